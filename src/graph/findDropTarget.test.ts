import { describe, expect, it } from "vitest";
import { findDropTarget } from "./findDropTarget";
import type { GraphLayout } from "./layout/layoutGraph";
import { toFlowGraph } from "./toFlowGraph";

const definition = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Map", ItemProcessor: { States: {} }, End: true } } };
const graph = toFlowGraph(definition);
const layout: GraphLayout = {
  width: 400,
  height: 400,
  nodes: new Map([
    ["/States/A", { x: 100, y: 50, width: 160, height: 56 }],
    ["/States/B", { x: 60, y: 180, width: 240, height: 140 }],
    ["/States/B/ItemProcessor#empty", { x: 90, y: 240, width: 180, height: 52 }],
  ]),
  edges: new Map([
    ["#start->/States/A", { points: [{ x: 180, y: 10 }, { x: 180, y: 50 }] }],
    ["/States/A/Next->/States/B", { points: [{ x: 180, y: 106 }, { x: 180, y: 180 }] }],
    ["/States/B->end", { points: [{ x: 180, y: 320 }, { x: 180, y: 360 }] }],
  ]),
};

describe("findDropTarget", () => {
  it("finds the nearest edge and the point on it", () => {
    expect(findDropTarget(graph, layout, { x: 200, y: 140 })).toEqual({ kind: "edge", fieldPointer: "/States/A/Next", edgeId: "/States/A/Next->/States/B", point: { x: 180, y: 140 } });
    expect(findDropTarget(graph, layout, { x: 185, y: 340 })?.kind).toBe("edge");
  });

  it("prefers an empty slot under the pointer", () => {
    expect(findDropTarget(graph, layout, { x: 150, y: 260 })).toEqual({ kind: "scope", scopePointer: "/States/B/ItemProcessor", nodeId: "/States/B/ItemProcessor#empty" });
  });

  it("ignores a moving state's own edges and its inside", () => {
    expect(findDropTarget(graph, layout, { x: 150, y: 260 }, "/States/B")).toBeUndefined();
    expect(findDropTarget(graph, layout, { x: 200, y: 140 }, "/States/A")).toBeUndefined();
  });

  it("returns nothing far from every edge", () => {
    expect(findDropTarget(graph, layout, { x: 390, y: 20 })).toBeUndefined();
  });
});
