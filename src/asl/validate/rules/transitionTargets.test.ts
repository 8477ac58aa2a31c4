import { describe, expect, it } from "vitest";
import { errors, found, machine, one } from "../testing/helpers";

describe("transitionTargets", () => {
  it("accepts the guide's Choice example, whose rules, Default and Next all name states (seed L2464–L2514)", () => {
    const def = machine({
      FirstState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME", Next: "ChoiceState" },
      ChoiceState: {
        Type: "Choice",
        Choices: [
          { Variable: "$.foo", NumericEquals: 1, Next: "FirstMatchState" },
          { Variable: "$.foo", NumericEquals: 2, Next: "SecondMatchState" },
        ],
        Default: "DefaultState",
      },
      FirstMatchState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:OnFirstMatch", Next: "NextState" },
      SecondMatchState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:OnSecondMatch", Next: "NextState" },
      DefaultState: { Type: "Fail", Error: "DefaultStateError", Cause: "No Matches!" },
      NextState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME", End: true },
    });
    expect(errors(def)).toEqual([]);
  });

  it("reports a Next that names no state, with a suggestion (the issue's example)", () => {
    const def = machine({
      "Charge card": { Type: "Pass", Next: "Ship" },
      "Ship order": { Type: "Succeed" },
    });
    const d = one(def, "UNKNOWN_STATE_REF");
    expect(d).toMatchObject({ path: "/States/Charge card/Next", stateName: "Charge card", statePointer: "/States/Charge card" });
    expect(d.message).toBe('State "Charge card": Next names "Ship", which does not exist in this state machine. Did you mean "Ship order"?');
  });

  it("matches names case-sensitively (seed L2532–L2534) and suggests the other case", () => {
    const def = machine({ A: { Type: "Pass", Next: "done" }, Done: { Type: "Succeed" } });
    expect(one(def, "UNKNOWN_STATE_REF").message).toContain('Did you mean "Done"?');
  });

  it("checks StartAt at the top and in each branch and processor (seed L2532, L4540–L4543, L4876–L4887)", () => {
    const def = {
      StartAt: "Missing",
      States: {
        P: { Type: "Parallel", Branches: [{ StartAt: "Nope", States: { B: { Type: "Succeed" } } }], Next: "M" },
        M: { Type: "Map", ItemProcessor: { StartAt: "Gone", States: { I: { Type: "Succeed" } } }, End: true },
      },
    };
    expect(found(def, ["UNKNOWN_STATE_REF"])).toEqual([
      ["UNKNOWN_STATE_REF", "/StartAt"],
      ["UNKNOWN_STATE_REF", "/States/P/Branches/0/StartAt"],
      ["UNKNOWN_STATE_REF", "/States/M/ItemProcessor/StartAt"],
    ]);
    expect(one(machine({ P: (def.States as Record<string, unknown>).P, M: { Type: "Succeed" } }), "UNKNOWN_STATE_REF").message).toBe(
      'State "P": Branches[0].StartAt names "Nope", which does not exist in this branch.',
    );
  });

  it("refuses a Next that leaves a Parallel branch, and says why (seed L4606–L4609)", () => {
    const def = machine({
      P: { Type: "Parallel", Branches: [{ StartAt: "In", States: { In: { Type: "Pass", Next: "After" } } }], Next: "After" },
      After: { Type: "Succeed" },
    });
    const d = one(def, "UNKNOWN_STATE_REF");
    expect(d.path).toBe("/States/P/Branches/0/States/In/Next");
    expect(d.message).toContain("which does not exist in this branch");
    expect(d.message).toContain("A state with that name exists in the top-level machine, but a Parallel branch must be self-contained: its states cannot transition to a state outside the branch (seed L4606–L4607).");
  });

  it("refuses a Next that leaves a Map's item processor, and says why (seed L4889–L4890)", () => {
    const def = machine({
      M: { Type: "Map", ItemProcessor: { StartAt: "In", States: { In: { Type: "Pass", Next: "After" } } }, Next: "After" },
      After: { Type: "Succeed" },
    });
    const d = one(def, "UNKNOWN_STATE_REF");
    expect(d.path).toBe("/States/M/ItemProcessor/States/In/Next");
    expect(d.message).toBe(
      'State "In": Next names "After", which does not exist in this Map\'s item processor. A state with that name exists in the top-level machine, but the states of a Map\'s item processor can only transition to each other: a transition cannot leave the item processor (seed L4889–L4890). End the iteration with End: true and set Next on the Map state instead.',
    );
  });

  it("explains the processor boundary rather than suggesting a similar one-letter name (\"Y\" is not \"X\")", () => {
    const def = machine({
      M: { Type: "Map", ItemProcessor: { StartAt: "X", States: { X: { Type: "Pass", Next: "Y" } } }, Next: "Y" },
      Y: { Type: "Succeed" },
    });
    const message = one(def, "UNKNOWN_STATE_REF").message;
    expect(message).not.toContain("Did you mean");
    expect(message).toContain("a transition cannot leave the item processor (seed L4889–L4890)");
    expect(one(machine({ A: { Type: "Pass", Next: "Y" }, X: { Type: "Succeed" } }), "UNKNOWN_STATE_REF").message).toBe('State "A": Next names "Y", which does not exist in this state machine.');
  });

  it("says a state outside cannot enter a branch or processor (seed L4606–L4607, L4889–L4890)", () => {
    const def = machine({
      Start: { Type: "Pass", Next: "Inner" },
      P: { Type: "Parallel", Branches: [{ StartAt: "Inner", States: { Inner: { Type: "Succeed" } } }], End: true },
    });
    expect(one(def, "UNKNOWN_STATE_REF").message).toContain('A state with that name exists in a branch of "P", but no state outside a Parallel branch can transition into it (seed L4606–L4607).');
  });

  it("refuses a Next into a Map processor from outside (seed L4889–L4890)", () => {
    const def = machine({
      Start: { Type: "Pass", Next: "Inner" },
      M: { Type: "Map", ItemProcessor: { StartAt: "Inner", States: { Inner: { Type: "Succeed" } } }, End: true },
    });
    expect(found(def, ["UNKNOWN_STATE_REF"])).toEqual([["UNKNOWN_STATE_REF", "/States/Start/Next"]]);
    expect(one(def, "UNKNOWN_STATE_REF").message).toContain('exists in the item processor of "M", but no state outside a Map\'s item processor can transition into it (seed L4889–L4890).');
  });

  it("checks Default, each choice rule's Next and each catcher's Next (seed L4129, L4144, L10958–L10960)", () => {
    const def = machine({
      C: { Type: "Choice", Choices: [{ Variable: "$.a", BooleanEquals: true, Next: "X1" }], Default: "X2" },
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Next: "X3" }], End: true },
    });
    expect(found(def, ["UNKNOWN_STATE_REF"])).toEqual([
      ["UNKNOWN_STATE_REF", "/States/C/Choices/0/Next"],
      ["UNKNOWN_STATE_REF", "/States/C/Default"],
      ["UNKNOWN_STATE_REF", "/States/T/Catch/0/Next"],
    ]);
  });

  it("treats inherited object members as names only when written: 'constructor' is not a state", () => {
    expect(found(machine({ A: { Type: "Pass", Next: "constructor" } }), ["UNKNOWN_STATE_REF"])).toEqual([["UNKNOWN_STATE_REF", "/States/A/Next"]]);
  });
});
