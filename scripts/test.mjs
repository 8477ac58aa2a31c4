// `npm test`: type check, unit tests, then browser tests against the built app.
import { spawnSync } from "node:child_process";

const steps = [
  ["Type check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["Unit tests", "npx", ["vitest", "run"]],
  ["Chromium", "node", ["scripts/ensure-chromium.mjs"]],
  ["Build", "npx", ["vite", "build", "--logLevel", "warn"]],
  ["Browser tests", "npx", ["playwright", "test"]],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
