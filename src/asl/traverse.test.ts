import { describe, expect, it } from "vitest";
import { findState, findStateByPointer, getTransitions, listScopes, listStates, resolveTarget, scopePointerOf } from "./traverse";

// The Workflow Studio tutorial machine (seed L12620–L12685): Pass, Choice, Wait, Parallel with two branches, Fail.
const machine = {
  StartAt: "Pass",
  States: {
    Pass: { Type: "Pass", Next: "Choose" },
    Choose: {
      Type: "Choice",
      Choices: [{ Variable: "$.x", BooleanEquals: true, Next: "Par" }],
      Default: "No",
    },
    Par: {
      Type: "Parallel",
      Branches: [
        { StartAt: "Hello", States: { Hello: { Type: "Pass", End: true } } },
        { StartAt: "Loop", States: { Loop: { Type: "Map", ItemProcessor: { StartAt: "Item", States: { Item: { Type: "Succeed" } } }, End: true } } },
      ],
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "No" }],
      End: true,
    },
    No: { Type: "Fail" },
  },
};

describe("traverse", () => {
  it("lists every state in document order with pointers and depth", () => {
    expect(listStates(machine).map((s) => [s.name, s.pointer, s.depth])).toEqual([
      ["Pass", "/States/Pass", 0],
      ["Choose", "/States/Choose", 0],
      ["Par", "/States/Par", 0],
      ["Hello", "/States/Par/Branches/0/States/Hello", 1],
      ["Loop", "/States/Par/Branches/1/States/Loop", 1],
      ["Item", "/States/Par/Branches/1/States/Loop/ItemProcessor/States/Item", 2],
      ["No", "/States/No", 0],
    ]);
  });

  it("lists scopes: the root, each Parallel branch and each Map processor", () => {
    expect(listScopes(machine).map((s) => [s.kind, s.pointer, s.branchIndex])).toEqual([
      ["root", "", undefined],
      ["branch", "/States/Par/Branches/0", 0],
      ["branch", "/States/Par/Branches/1", 1],
      ["processor", "/States/Par/Branches/1/States/Loop/ItemProcessor", undefined],
    ]);
  });

  it("gives every transition with the pointer of the field that holds it", () => {
    const choose = findState(machine, "Choose");
    expect(choose && getTransitions(choose)).toEqual([
      { kind: "choice", target: "Par", pointer: "/States/Choose/Choices/0/Next", index: 0 },
      { kind: "default", target: "No", pointer: "/States/Choose/Default" },
    ]);
    const par = findState(machine, "Par");
    expect(par && getTransitions(par)).toEqual([{ kind: "catch", target: "No", pointer: "/States/Par/Catch/0/Next", index: 0 }]);
  });

  it("resolves a target only within its own scope (seed L4606–L4609)", () => {
    const hello = findState(machine, "Hello");
    expect(hello && resolveTarget(hello.scope, "No")).toBeUndefined();
    expect(hello && resolveTarget(hello.scope, "Hello")?.pointer).toBe("/States/Par/Branches/0/States/Hello");
    const pass = findState(machine, "Pass");
    expect(pass && resolveTarget(pass.scope, "constructor")).toBeUndefined();
  });

  it("finds states by pointer and derives scope pointers", () => {
    expect(findStateByPointer(machine, "/States/Par/Branches/1/States/Loop/ItemProcessor/States/Item")?.name).toBe("Item");
    expect(findStateByPointer(machine, "/States/Missing")).toBeUndefined();
    expect(scopePointerOf("/States/Par/Branches/1/States/Loop")).toBe("/States/Par/Branches/1");
    expect(scopePointerOf("/States/Pass")).toBe("");
  });

  it("skips anything not shaped like a machine instead of throwing", () => {
    for (const bad of [null, 42, "x", [], { States: [] }, { States: { A: null, B: 3 } }]) {
      expect(() => listStates(bad)).not.toThrow();
    }
    expect(listStates({ States: { A: null, B: { Type: "Pass" } } }).map((s) => s.name)).toEqual(["B"]);
  });
});
