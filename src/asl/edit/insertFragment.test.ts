import { describe, expect, it } from "vitest";
import { hasOwn } from "../json";
import { flow, hostile, nested, passFragment } from "./testFixtures";
import { insertFragment } from "./insertFragment";
import { edge, frozen, scope, structuralProblems } from "./testSupport";

describe("insertFragment", () => {
  it("inserts on a Next edge: predecessor → new → old target, placed after the predecessor", () => {
    const input = flow();
    const { definition, selection } = insertFragment(input, edge("/States/A/Next"), passFragment());
    expect(definition.States.A).toEqual({ ...input.States.A, Next: "Pass" });
    expect(definition.States.Pass).toEqual({ Type: "Pass", Next: "B" });
    expect(Object.keys(definition.States)).toEqual(["A", "Pass", "B", "C", "D", "F"]);
    expect(selection).toEqual(["/States/Pass"]);
    expect(definition.States.B).toBe(input.States.B);
    expect(input.States.A).toMatchObject({ Next: "B" });
  });

  it("inserts on the StartAt edge, first in States", () => {
    const { definition } = insertFragment(flow(), edge("/StartAt"), passFragment());
    expect(definition.StartAt).toBe("Pass");
    expect(definition.States.Pass).toEqual({ Type: "Pass", Next: "A" });
    expect(Object.keys(definition)).toEqual(["Comment", "StartAt", "States"]);
    expect(Object.keys(definition.States)).toEqual(["Pass", "A", "B", "C", "D", "F"]);
  });

  it("inserts on a Choice rule, the Default and a Catch edge", () => {
    const rule = insertFragment(flow(), edge("/States/B/Choices/0/Next"), passFragment()).definition;
    expect(rule.States.B).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", NumericGreaterThan: 1, Next: "Pass" }], Default: "D" });
    expect(rule.States.Pass).toEqual({ Type: "Pass", Next: "C" });
    expect(Object.keys(rule.States)).toEqual(["A", "B", "Pass", "C", "D", "F"]);

    const fallback = insertFragment(flow(), edge("/States/B/Default"), passFragment()).definition;
    expect(fallback.States.B).toMatchObject({ Default: "Pass" });
    expect(fallback.States.Pass).toEqual({ Type: "Pass", Next: "D" });

    const caught = insertFragment(flow(), edge("/States/A/Catch/0/Next"), passFragment()).definition;
    expect(caught.States.A).toMatchObject({ Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Pass" }] });
    expect(caught.States.Pass).toEqual({ Type: "Pass", Next: "F" });
  });

  it("inserts on an End edge: End becomes Next at the same key position, the new state ends", () => {
    const input = frozen({ StartAt: "C", States: { C: { Type: "Pass", End: true, Comment: "last" } } });
    const { definition } = insertFragment(input, edge("/States/C/End"), passFragment());
    expect(Object.entries(definition.States.C as object)).toEqual([["Type", "Pass"], ["Next", "Pass"], ["Comment", "last"]]);
    expect(definition.States.Pass).toEqual({ Type: "Pass", End: true });
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("makes names unique against the whole document, nested states included", () => {
    const once = insertFragment(nested(), edge("/States/P/Next"), passFragment("Inner")).definition;
    expect(Object.keys(once.States)).toEqual(["P", "Inner (1)", "Done"]);
    const twice = insertFragment(once, edge("/States/P/Next"), passFragment("Inner")).definition;
    expect(Object.keys(twice.States)).toEqual(["P", "Inner (2)", "Inner (1)", "Done"]);
    expect(twice.States.P).toMatchObject({ Next: "Inner (2)" });
    expect(twice.States["Inner (2)"]).toEqual({ Type: "Pass", Next: "Inner (1)" });
  });

  it("fills an empty Parallel branch: StartAt then States", () => {
    const input = nested();
    const { definition, selection } = insertFragment(input, scope("/States/P/Branches/1"), passFragment());
    const branch = (definition.States.P as { Branches: unknown[] }).Branches[1];
    expect(branch).toEqual({ StartAt: "Pass", States: { Pass: { Type: "Pass", End: true } } });
    expect(Object.keys(branch as object)).toEqual(["StartAt", "States"]);
    expect(selection).toEqual(["/States/P/Branches/1/States/Pass"]);
    expect((definition.States.P as { Branches: unknown[] }).Branches[0]).toBe((input.States.P as { Branches: unknown[] }).Branches[0]);
  });

  it("fills a Map with no processor yet, and a StartAt edge on an empty scope", () => {
    const input = frozen({ StartAt: "M", States: { M: { Type: "Map", End: true } } });
    const { definition } = insertFragment(input, scope("/States/M/ItemProcessor"), passFragment());
    expect(definition.States.M).toEqual({ Type: "Map", End: true, ItemProcessor: { StartAt: "Pass", States: { Pass: { Type: "Pass", End: true } } } });
    const viaStartAt = insertFragment(input, edge("/States/M/ItemProcessor/StartAt"), passFragment()).definition;
    expect(viaStartAt).toEqual(definition);
  });

  it("gives a Parallel with no branches its first one, whether Branches is empty or missing", () => {
    const branch = { StartAt: "Pass", States: { Pass: { Type: "Pass", End: true } } };
    for (const parallel of [{ Type: "Parallel", Branches: [], End: true }, { Type: "Parallel", End: true }]) {
      const input = frozen({ StartAt: "P", States: { P: parallel } });
      const { definition, selection } = insertFragment(input, scope("/States/P/Branches/0"), passFragment());
      expect(definition.States.P).toEqual({ Type: "Parallel", Branches: [branch], End: true });
      expect(selection).toEqual(["/States/P/Branches/0/States/Pass"]);
    }
    const twoBranches = nested();
    expect(insertFragment(twoBranches, scope("/States/P/Branches/2"), passFragment()).definition).toBe(twoBranches);
  });

  it("inserts into a Map inside a Parallel", () => {
    const { definition } = insertFragment(nested(), edge("/States/P/Branches/0/States/M/ItemProcessor/StartAt"), passFragment());
    const processor = ((definition.States.P as { Branches: { States: Record<string, { ItemProcessor: unknown }> }[] }).Branches[0]?.States.M)?.ItemProcessor;
    expect(processor).toEqual({ ProcessorConfig: { Mode: "INLINE" }, StartAt: "Pass", States: { Pass: { Type: "Pass", Next: "Inner" }, Inner: { Type: "Pass", End: true } } });
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("inserts a non-empty scope target like its StartAt edge", () => {
    const { definition } = insertFragment(flow(), scope(""), passFragment());
    expect(definition.StartAt).toBe("Pass");
    expect(definition.States.Pass).toEqual({ Type: "Pass", Next: "A" });
  });

  it("remaps a multi-state fragment's internal references and wires every exit", () => {
    const fragment = {
      states: {
        A: { Type: "Task" as const, Resource: "arn:aws:states:::sns:publish", Catch: [{ ErrorEquals: ["States.ALL"], Next: "F" }] },
        F: { Type: "Pass" as const },
      },
      startAt: "A",
      exits: ["A", "F"],
    };
    const { definition, selection } = insertFragment(flow(), edge("/States/D/Next"), fragment);
    expect(definition.States.D).toMatchObject({ Next: "A (1)" });
    expect(definition.States["A (1)"]).toEqual({ Type: "Task", Resource: "arn:aws:states:::sns:publish", Catch: [{ ErrorEquals: ["States.ALL"], Next: "F (1)" }], Next: "C" });
    expect(definition.States["F (1)"]).toEqual({ Type: "Pass", Next: "C" });
    expect(Object.keys(definition.States)).toEqual(["A", "B", "C", "D", "A (1)", "F (1)", "F"]);
    expect(selection).toEqual(["/States/A (1)", "/States/F (1)"]);
    expect(fragment.states.A).not.toHaveProperty("Next");
  });

  it("points a Choice exit's open rules and Default at the edge target, or leaves them open at End", () => {
    const choice = { states: { Decide: { Type: "Choice" as const, Choices: [{ Variable: "$.ok", BooleanEquals: true }] } }, startAt: "Decide", exits: ["Decide"] };
    const mid = insertFragment(flow(), edge("/States/D/Next"), choice).definition;
    expect(mid.States.Decide).toEqual({ Type: "Choice", Choices: [{ Variable: "$.ok", BooleanEquals: true, Next: "C" }], Default: "C" });
    const last = insertFragment(flow(), edge("/States/C/End"), choice).definition;
    expect(last.States.Decide).toEqual({ Type: "Choice", Choices: [{ Variable: "$.ok", BooleanEquals: true }] });
    expect(last.States.C).toEqual({ Type: "Pass", Next: "Decide" });
  });

  it("handles hostile state names", () => {
    const input = hostile();
    const first = insertFragment(input, edge("/States/__proto__/Next"), passFragment("__proto__")).definition;
    expect(hasOwn(first.States, "__proto__ (1)")).toBe(true);
    expect(first.States.__proto__).toEqual({ Type: "Pass", Next: "__proto__ (1)" });
    expect(Object.getPrototypeOf(first.States)).toBe(Object.prototype);
    const slash = insertFragment(input, edge("/States/a~1b~0c/Next"), passFragment("constructor")).definition;
    expect(slash.States["a/b~c"]).toEqual({ Type: "Pass", Next: "constructor (1)" });
    expect(slash.States["constructor (1)"]).toEqual({ Type: "Pass", Next: '"quoted"' });
    const html = insertFragment(input, edge("/States/<img src=x onerror=alert(1)>/End"), passFragment("<b>")).definition;
    expect(html.States["<img src=x onerror=alert(1)>"]).toEqual({ Type: "Pass", Next: "<b>" });
    expect(structuralProblems(html)).toEqual([]);
  });

  it("tolerates invalid documents and targets", () => {
    const input = flow();
    expect(insertFragment(input, edge("/States/Nope/Next"), passFragment()).definition).toBe(input);
    expect(insertFragment(input, edge("/States/B/Choices/7/Next"), passFragment()).definition).toBe(input);
    expect(insertFragment(input, edge("/States/A/Parameters"), passFragment()).definition).toBe(input);
    expect(insertFragment(input, edge("/States/A/Next"), { states: {}, startAt: "X", exits: [] }).definition).toBe(input);

    const dangling = frozen({ StartAt: "A", States: { A: { Type: "Pass", Next: "Ghost" } } });
    expect(insertFragment(dangling, edge("/States/A/Next"), passFragment()).definition.States.Pass).toEqual({ Type: "Pass", End: true });

    const blank = frozen({});
    expect(insertFragment(blank, scope(""), passFragment()).definition).toEqual({ StartAt: "Pass", States: { Pass: { Type: "Pass", End: true } } });

    const openRule = frozen({ StartAt: "B", States: { B: { Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true }] } } });
    const filled = insertFragment(openRule, edge("/States/B/Choices/0/Next"), passFragment()).definition;
    expect(filled.States.B).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "Pass" }] });
    expect(filled.States.Pass).toEqual({ Type: "Pass", End: true });
  });
});
