import { describe, expect, it } from "vitest";
import { removeBranch } from "./removeBranch";
import { branchStarts, parallel } from "./testFixtures";

describe("removeBranch", () => {
  it("deletes a branch with its states", () => {
    const { definition } = removeBranch(parallel(), "/States/P", 1);
    expect(branchStarts(definition)).toEqual(["A", "C"]);
    expect(branchStarts(removeBranch(definition, "/States/P", 1).definition)).toEqual(["A"]);
  });

  it("changes nothing for bad indexes, non-Parallel states and unknown pointers", () => {
    const input = parallel();
    expect(removeBranch(input, "/States/P", 3).definition).toBe(input);
    expect(removeBranch(input, "/States/P", -1).definition).toBe(input);
    expect(removeBranch(input, "/States/P/Branches/0/States/A", 0).definition).toBe(input);
  });
});
