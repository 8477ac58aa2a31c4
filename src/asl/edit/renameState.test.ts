import { describe, expect, it } from "vitest";
import { flow, hostile, nested } from "./testFixtures";
import { checkStateName, renameState, StateNameError } from "./renameState";
import { frozen, structuralProblems } from "./testSupport";

describe("renameState", () => {
  it("renames in place and updates StartAt, Next, Choice rules, Default and Catch", () => {
    const input = frozen({
      StartAt: "X",
      States: {
        X: { Type: "Task", Resource: "r", Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "X" }] },
        B: { Type: "Choice", Choices: [{ Not: { Variable: "$.a", IsNull: true }, Next: "X" }], Default: "X" },
        C: { Type: "Pass", End: true },
      },
    });
    const { definition, selection } = renameState(input, "/States/X", "Charge card");
    expect(definition).toEqual({
      StartAt: "Charge card",
      States: {
        "Charge card": { Type: "Task", Resource: "r", Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Charge card" }] },
        B: { Type: "Choice", Choices: [{ Not: { Variable: "$.a", IsNull: true }, Next: "Charge card" }], Default: "Charge card" },
        C: { Type: "Pass", End: true },
      },
    });
    expect(Object.keys(definition.States)).toEqual(["Charge card", "B", "C"]);
    expect(selection).toEqual(["/States/Charge card"]);
    expect(definition.States.C).toBe(input.States.C);
  });

  it("updates a Next inside nested And/Or/Not rules of a hand-written document", () => {
    const input = frozen({ StartAt: "B", States: { B: { Type: "Choice", Choices: [{ And: [{ Variable: "$.a", IsNull: true, Next: "T" }], Next: "T" }] }, T: { Type: "Succeed" } } });
    const { definition } = renameState(input, "/States/T", "Done");
    expect(definition.States.B).toEqual({ Type: "Choice", Choices: [{ And: [{ Variable: "$.a", IsNull: true, Next: "Done" }], Next: "Done" }] });
  });

  it("renames inside a branch only, leaving same-named references elsewhere alone", () => {
    const input = frozen({
      StartAt: "P",
      States: {
        P: { Type: "Parallel", Branches: [{ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } } }], Next: "Q" },
        Q: { Type: "Pass", Next: "B" },
      },
    });
    const { definition, selection } = renameState(input, "/States/P/Branches/0/States/B", "Bee");
    expect((definition.States.P as { Branches: unknown[] }).Branches[0]).toEqual({ StartAt: "A", States: { A: { Type: "Pass", Next: "Bee" }, Bee: { Type: "Pass", End: true } } });
    expect(definition.States.Q).toBe(input.States.Q);
    expect(selection).toEqual(["/States/P/Branches/0/States/Bee"]);
  });

  it("renames a state of a Map inside a Parallel", () => {
    const { definition } = renameState(nested(), "/States/P/Branches/0/States/M/ItemProcessor/States/Inner", "Per item");
    expect(structuralProblems(definition)).toEqual([]);
    const map = (definition.States.P as { Branches: { States: Record<string, { ItemProcessor: unknown }> }[] }).Branches[0]?.States.M;
    expect(map?.ItemProcessor).toEqual({ ProcessorConfig: { Mode: "INLINE" }, StartAt: "Per item", States: { "Per item": { Type: "Pass", End: true } } });
  });

  it("rejects empty, too long and duplicate names with a StateNameError", () => {
    const input = flow();
    const problem = (name: string) => {
      try {
        renameState(input, "/States/A", name);
      } catch (error) {
        expect(error).toBeInstanceOf(StateNameError);
        return (error as StateNameError).problem;
      }
      return undefined;
    };
    expect(problem("")).toBe("empty");
    expect(problem("   ")).toBe("empty");
    expect(problem("x".repeat(81))).toBe("too-long");
    expect(problem("B")).toBe("duplicate");
    expect(problem("x".repeat(80))).toBeUndefined();
    expect(problem("é".repeat(80))).toBeUndefined();
    expect(() => renameState(nested(), "/States/Done", "Inner")).toThrow(/already named "Inner"/);
    expect(() => renameState(input, "/States/Nope", "Z")).toThrow(StateNameError);
    expect(checkStateName(input, "/States/A", "A")).toBeUndefined();
    expect(checkStateName(input, "/States/A", "F")?.problem).toBe("duplicate");
  });

  it("renaming to the same name changes nothing", () => {
    const input = flow();
    expect(renameState(input, "/States/A", "A").definition).toBe(input);
  });

  it("handles hostile names, as old and new names", () => {
    const input = hostile();
    const first = renameState(input, "/States/__proto__", "constructor (2)").definition;
    expect(first.StartAt).toBe("constructor (2)");
    expect(Object.keys(first.States)[0]).toBe("constructor (2)");
    const second = renameState(input, "/States/constructor", "__proto__ x").definition;
    expect(second.States.__proto__).toEqual({ Type: "Pass", Next: "__proto__ x" });
    const third = renameState(input, "/States/<img src=x onerror=alert(1)>", "a/b~c/d").definition;
    expect(third.States['"quoted"']).toEqual({ Type: "Pass", Next: "a/b~c/d" });
    expect(structuralProblems(third)).toEqual([]);
    const fourth = renameState(input, "/States/a~1b~0c", "__proto__ (1)").definition;
    expect(Object.keys(fourth.States)).toEqual(["__proto__", "constructor", "__proto__ (1)", '"quoted"', "<img src=x onerror=alert(1)>"]);
  });

  it("leaves references dangling elsewhere untouched in an invalid document", () => {
    const input = frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "Ghost" }, B: { Type: "Pass" } } });
    const { definition } = renameState(input, "/States/B", "Bee");
    expect(definition).toEqual({ StartAt: "A", States: { A: { Type: "Pass", Next: "Ghost" }, Bee: { Type: "Pass" } } });
  });
});
