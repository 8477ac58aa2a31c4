import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GUIDE_DEFINITIONS_DIR } from "../../test/corpus";
import { describeCondition } from "./describeCondition";
import { toFlowGraph } from "./toFlowGraph";

const guide = (file: string) => JSON.parse(readFileSync(`${GUIDE_DEFINITIONS_DIR}${file}`, "utf8")) as unknown;

describe("toFlowGraph", () => {
  it("draws the Workflow Studio tutorial machine (seed L12620–L12685): states, markers, lanes, labelled edges", () => {
    const graph = toFlowGraph(guide("0025_12620.asl.json"));
    const states = graph.nodes.filter((n) => n.kind === "state").map((n) => n.name);
    expect(states).toEqual(["Pass", "IsHelloWorldExample", "Yes", "Wait 3 seconds", "Parallel", "Hello", "World", "PassState", "No"]);
    expect(graph.nodes.filter((n) => n.kind === "branch").map((n) => [n.id, n.parentId])).toEqual([
      ["/States/Parallel/Branches/0", "/States/Parallel"],
      ["/States/Parallel/Branches/1", "/States/Parallel"],
    ]);
    expect(graph.nodes.find((n) => n.name === "Hello")?.parentId).toBe("/States/Parallel/Branches/0");
    const choiceEdges = graph.edges.filter((e) => e.source === "/States/IsHelloWorldExample").map((e) => [e.kind, e.label, e.fieldPointer]);
    expect(choiceEdges).toEqual([
      ["choice", "$.IsHelloWorldExample == true", "/States/IsHelloWorldExample/Choices/0/Next"],
      ["choice", "$.IsHelloWorldExample == false", "/States/IsHelloWorldExample/Choices/1/Next"],
      ["default", "Default", "/States/IsHelloWorldExample/Default"],
    ]);
    expect(graph.edges.find((e) => e.source === "#start")?.fieldPointer).toBe("/StartAt");
    // A Fail state goes to End without an insertable field; an End state's edge is its End field.
    const failEdge = graph.edges.find((e) => e.source === "/States/No");
    expect(failEdge?.kind).toBe("end");
    expect(failEdge).not.toHaveProperty("fieldPointer");
    expect(graph.edges.find((e) => e.source === "/States/PassState")).toMatchObject({ kind: "end", fieldPointer: "/States/PassState/End" });
  });

  it("labels catch edges with their error names and draws them as catch (seed L13150–L13186)", () => {
    const graph = toFlowGraph(guide("0026_13150.asl.json"));
    const catches = graph.edges.filter((e) => e.kind === "catch").map((e) => e.label);
    expect(catches).toEqual(["CustomError", "States.TaskFailed", "States.ALL"]);
  });

  it("puts a Map's item processor inside the Map and an empty container gets a slot", () => {
    const graph = toFlowGraph({ StartAt: "M", States: { M: { Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, Next: "E" }, E: { Type: "Map", ItemProcessor: { States: {} }, End: true } } });
    expect(graph.nodes.find((n) => n.name === "P")?.parentId).toBe("/States/M");
    expect(graph.nodes.find((n) => n.kind === "empty")).toMatchObject({ id: "/States/E/ItemProcessor#empty", parentId: "/States/E", scopePointer: "/States/E/ItemProcessor" });
    expect(toFlowGraph({ States: {} }).nodes).toEqual([{ id: "#empty", kind: "empty", scopePointer: "", depth: 0 }]);
  });

  it("gives a Parallel without branches a slot inside it, at the first branch's place", () => {
    for (const parallel of [{ Type: "Parallel", Branches: [], End: true }, { Type: "Parallel", End: true }]) {
      const graph = toFlowGraph({ StartAt: "P", States: { P: parallel } });
      expect(graph.nodes.filter((n) => n.parentId === "/States/P")).toEqual([{ id: "/States/P/Branches/0#empty", kind: "empty", parentId: "/States/P", scopePointer: "/States/P/Branches/0", depth: 1 }]);
      expect(graph.nodes.find((n) => n.id === "/States/P")).toMatchObject({ isContainer: true, stateType: "Parallel" });
    }
  });

  it("tells each branch lane how many branches its Parallel has; a filled Parallel has no slot of its own", () => {
    const one = toFlowGraph({ StartAt: "P", States: { P: { Type: "Parallel", Branches: [{ StartAt: "A", States: { A: { Type: "Pass", End: true } } }], End: true } } });
    expect(one.nodes.filter((n) => n.kind === "branch").map((n) => n.branchCount)).toEqual([1]);
    expect(one.nodes.some((n) => n.kind === "empty")).toBe(false);
    const two = toFlowGraph(guide("0025_12620.asl.json"));
    expect(two.nodes.filter((n) => n.kind === "branch").map((n) => n.branchCount)).toEqual([2, 2]);
  });

  it("skips transitions to states that do not exist (the validator reports them) and never throws", () => {
    const graph = toFlowGraph({ StartAt: "A", States: { A: { Type: "Pass", Next: "Nowhere" } } });
    expect(graph.edges.map((e) => e.kind)).toEqual(["start"]);
    for (const bad of [null, 1, "x", [], { States: { A: 5 } }, { StartAt: 3, States: { A: { Type: 7, Next: [] } } }]) expect(() => toFlowGraph(bad)).not.toThrow();
  });
});

describe("describeCondition", () => {
  it("writes the guide's ChoiceStateX rules readably (seed L4310–L4340)", () => {
    expect(describeCondition({ Not: { Variable: "$.type", StringEquals: "Private" }, Next: "Public" })).toBe('not ($.type == "Private")');
    expect(describeCondition({ Variable: "$.value", NumericEquals: 0 })).toBe("$.value == 0");
    expect(describeCondition({ And: [{ Variable: "$.value", NumericGreaterThanEquals: 20 }, { Variable: "$.value", NumericLessThan: 30 }] })).toBe("$.value >= 20 and $.value < 30");
  });

  it("covers paths, type tests, wildcards and long conditions", () => {
    expect(describeCondition({ Variable: "$.a", NumericLessThanEqualsPath: "$.b" })).toBe("$.a <= $.b");
    expect(describeCondition({ Variable: "$.a", IsPresent: false })).toBe("$.a is not present");
    expect(describeCondition({ Variable: "$.a", IsNull: true })).toBe("$.a is null");
    expect(describeCondition({ Variable: "$.name", StringMatches: "log-*.txt" })).toBe('$.name matches "log-*.txt"');
    expect(describeCondition({ Or: [{ Variable: "$.aaaaaaaaaaaa", StringEquals: "bbbbbbbbbbbbbbb" }, { Variable: "$.c", BooleanEquals: true }] })).toHaveLength(48);
  });
});
