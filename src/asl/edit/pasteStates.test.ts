import { describe, expect, it } from "vitest";
import { parseClipboardText } from "./clipboard";
import { copyStates } from "./copyStates";
import { flow, hostile, nested } from "./testFixtures";
import { pasteStates } from "./pasteStates";
import { edge, frozen, scope, structuralProblems } from "./testSupport";

describe("pasteStates", () => {
  it("pastes a copied chain on an edge with unique names and remapped internal references", () => {
    const input = flow();
    const clipboard = copyStates(input, ["/States/B", "/States/D"]);
    const { definition, selection } = pasteStates(input, clipboard, edge("/States/C/End"));
    expect(definition.States.C).toEqual({ Type: "Pass", Next: "B (1)" });
    expect(definition.States["B (1)"]).toEqual({ Type: "Choice", Choices: [{ Variable: "$.x", NumericGreaterThan: 1, Next: "C" }], Default: "D (1)" });
    expect(definition.States["D (1)"]).toEqual({ Type: "Wait", Seconds: 5, End: true });
    expect(Object.keys(definition.States)).toEqual(["A", "B", "C", "B (1)", "D (1)", "D", "F"]);
    expect(selection).toEqual(["/States/B (1)", "/States/D (1)"]);
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("rewires references to states missing from the target scope to where the edge went", () => {
    const clipboard = copyStates(flow(), ["/States/A"]);
    const { definition } = pasteStates(nested(), clipboard, edge("/States/P/Branches/0/States/M/Next"));
    const branch = (definition.States.P as { Branches: { States: Record<string, unknown> }[] }).Branches[0];
    expect(branch?.States.A).toEqual({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "After map", Catch: [{ ErrorEquals: ["States.ALL"], Next: "After map" }] });
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("pastes into an empty branch scope; references with nowhere to go stay dangling", () => {
    const clipboard = copyStates(flow(), ["/States/A"]);
    const { definition } = pasteStates(nested(), clipboard, scope("/States/P/Branches/1"));
    const branch = (definition.States.P as { Branches: unknown[] }).Branches[1];
    expect(branch).toEqual({
      StartAt: "A",
      States: { A: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true, Catch: [{ ErrorEquals: ["States.ALL"], Next: "F" }] } },
    });
  });

  it("round-trips through clipboard text", () => {
    const input = hostile();
    const text = JSON.stringify(copyStates(input, ["/States/__proto__"]));
    const { definition } = pasteStates(input, parseClipboardText(text), edge("/States/<img src=x onerror=alert(1)>/End"));
    expect(definition.States["<img src=x onerror=alert(1)>"]).toEqual({ Type: "Pass", Next: "__proto__ (1)" });
    expect(definition.States["__proto__ (1)"]).toEqual({ Type: "Pass", End: true });
    expect(Object.getPrototypeOf(definition.States)).toBe(Object.prototype);
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("pastes a container with nested names made unique", () => {
    const input = nested();
    const { definition } = pasteStates(input, copyStates(input, ["/States/P"]), edge("/States/P/Next"));
    expect(Object.keys(definition.States)).toEqual(["P", "P (1)", "Done"]);
    const copy = definition.States["P (1)"] as { Branches: { StartAt?: string; States: Record<string, unknown> }[]; Next: string };
    expect(copy.Next).toBe("Done");
    expect(copy.Branches[0]?.StartAt).toBe("M (1)");
    expect(Object.keys(copy.Branches[0]?.States ?? {})).toEqual(["M (1)", "After map (1)"]);
    expect(structuralProblems(definition)).toEqual([]);
  });

  it("ignores values that are not clipboards and unknown targets", () => {
    const input = flow();
    for (const junk of [undefined, null, 3, "text", {}, { format: "asl-studio/states@1", states: { A: 1 }, startAt: "A", exits: [] }, parseClipboardText("{oops")]) {
      expect(pasteStates(input, junk, edge("/States/A/Next")).definition).toBe(input);
    }
    expect(pasteStates(input, copyStates(input, ["/States/C"]), edge("/States/Nope/Next")).definition).toBe(input);
  });

  it("pastes a clipboard edited by hand with unknown exits into a blank document", () => {
    const clipboard = { format: "asl-studio/states@1", states: { X: { Type: "Pass", Next: "Elsewhere" } }, startAt: "X", exits: ["Y"] };
    const { definition } = pasteStates(frozen({}), clipboard, scope(""));
    expect(definition).toEqual({ StartAt: "X", States: { X: { Type: "Pass", End: true } } });
  });
});
