import { describe, expect, it } from "vitest";
import { moveBranch } from "./moveBranch";
import { branchStarts, parallel } from "./testFixtures";

describe("moveBranch", () => {
  it("reorders branches", () => {
    expect(branchStarts(moveBranch(parallel(), "/States/P", 0, 2).definition)).toEqual(["B", "C", "A"]);
    expect(branchStarts(moveBranch(parallel(), "/States/P", 2, 0).definition)).toEqual(["C", "A", "B"]);
  });

  it("changes nothing for bad indexes, non-Parallel states and unknown pointers", () => {
    const input = parallel();
    expect(moveBranch(input, "/States/P", -1, 0).definition).toBe(input);
    expect(moveBranch(input, "/States/Nope", 0, 1).definition).toBe(input);
    expect(moveBranch(input, "/States/P", 0, 3).definition).toBe(input);
    expect(moveBranch(input, "/States/P", 1, 1).definition).toBe(input);
  });
});
