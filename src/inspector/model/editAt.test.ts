import { describe, expect, it } from "vitest";
import type { StateMachine } from "../../asl/types";
import { editArrayAt, editObjectAt, setAt } from "./editAt";

const machine = (): StateMachine => ({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });

describe("inspector edits", () => {
  it("setAt sets and clears a field at a pointer", () => {
    const set = setAt("/States/A/Comment", "hello")(machine()).definition;
    expect(set.States.A).toEqual({ Type: "Pass", End: true, Comment: "hello" });
    expect(setAt("/States/A/Comment", undefined)(set).definition.States.A).toEqual({ Type: "Pass", End: true });
  });
  it("setAt creates missing parents (nested objects like ItemReader/ReaderConfig)", () => {
    const result = setAt("/States/A/ItemReader/ReaderConfig/MaxItems", 10)(machine()).definition;
    expect((result.States.A as unknown as Record<string, unknown>).ItemReader).toEqual({ ReaderConfig: { MaxItems: 10 } });
  });
  it("editObjectAt transforms the current object, and creates it only when asked", () => {
    const edit = editObjectAt("/States/A", (state) => ({ ...state, Comment: "x" }));
    expect(edit(machine()).definition.States.A).toEqual({ Type: "Pass", End: true, Comment: "x" });
    const missing = editObjectAt("/States/A/ItemBatcher", () => ({ MaxItemsPerBatch: 1 }));
    expect(missing(machine()).definition).toEqual(machine());
    const created = editObjectAt("/States/A/ItemBatcher", () => ({ MaxItemsPerBatch: 1 }), true);
    expect((created(machine()).definition.States.A as unknown as Record<string, unknown>).ItemBatcher).toEqual({ MaxItemsPerBatch: 1 });
  });
  it("editArrayAt transforms an array and leaves non-arrays alone", () => {
    const added = editArrayAt("/States/A/Retry", (items) => [...items, { ErrorEquals: ["States.ALL"] }])(machine()).definition;
    expect(added.States.A).toMatchObject({ Retry: [{ ErrorEquals: ["States.ALL"] }] });
    expect(editArrayAt("/States/A/Type", () => [])(machine()).definition).toEqual(machine());
  });
});
