// Browser tests drive Debian's Chromium; Playwright's own browser download cannot work offline.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const INSTALL = "apt-get install -y chromium";

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n\n  sudo ${INSTALL}\n`);
    process.exit(1);
  }
  console.log(`Chromium is missing: running "${INSTALL}"…`);
  try {
    execSync(INSTALL, { stdio: "inherit" });
  } catch {
    execSync(`apt-get update && ${INSTALL}`, { stdio: "inherit" });
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is still missing at ${CHROMIUM} after "${INSTALL}".`);
    process.exit(1);
  }
}
