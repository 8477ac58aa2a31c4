// Refreshes test/corpus from ../shared/corpus (the project's shared test data).
import { cpSync, existsSync, rmSync } from "node:fs";

const source = new URL("../../shared/corpus/", import.meta.url);
const target = new URL("../test/corpus/", import.meta.url);
if (!existsSync(source)) {
  console.error(`No shared corpus at ${source.pathname}`);
  process.exit(2);
}
for (const folder of ["guide-definitions", "aws-recorded"]) {
  rmSync(new URL(folder, target), { recursive: true, force: true });
  cpSync(new URL(folder, source), new URL(folder, target), { recursive: true });
}
console.log("test/corpus refreshed from ../shared/corpus");
