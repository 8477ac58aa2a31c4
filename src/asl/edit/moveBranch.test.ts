import { describe, expect, it } from "vitest";
import { moveBranch } from "./moveBranch";
import { frozen } from "./testSupport";

const parallel = () =>
  frozen({
    StartAt: "P",
    States: {
      P: {
        Type: "Parallel",
        Branches: [
          { StartAt: "A", States: { A: { Type: "Pass", End: true } } },
          { StartAt: "B", States: { B: { Type: "Pass", End: true } } },
          { StartAt: "C", States: { C: { Type: "Pass", End: true } } },
        ],
        End: true,
      },
    },
  });
const branchStarts = (definition: { States: Record<string, unknown> }, name = "P") =>
  (definition.States[name] as { Branches: { StartAt?: string }[] }).Branches.map((b) => b.StartAt ?? "(empty)");

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
