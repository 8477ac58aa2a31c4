import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, SHARED_CORPUS_DIR } from "./corpus";

function files(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

// Only meaningful beside the shared corpus; on a clean clone the vendored copy is the corpus.
describe.runIf(existsSync(SHARED_CORPUS_DIR))("the vendored corpus", () => {
  it("matches ../shared/corpus (run `npm run sync-corpus` when it does not)", () => {
    for (const folder of ["guide-definitions", "aws-recorded"]) {
      const ours = files(join(CORPUS_DIR, folder)).sort();
      expect(ours).toEqual(files(join(SHARED_CORPUS_DIR, folder)).sort());
      for (const file of ours) expect(readFileSync(join(CORPUS_DIR, folder, file), "utf8"), file).toBe(readFileSync(join(SHARED_CORPUS_DIR, folder, file), "utf8"));
    }
  });
});

describe("the corpus the tests use", () => {
  it("is present", () => {
    expect(files(join(CORPUS_DIR, "guide-definitions")).filter((f) => f.endsWith(".asl.json")).length).toBeGreaterThanOrEqual(97);
    expect(files(join(CORPUS_DIR, "aws-recorded")).filter((f) => f.endsWith(".json")).length).toBeGreaterThanOrEqual(470);
  });
});
