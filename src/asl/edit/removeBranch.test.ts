import { describe, expect, it } from "vitest";
import { removeBranch } from "./removeBranch";
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
