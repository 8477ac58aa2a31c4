import { describe, expect, it } from "vitest";
import { toFlowGraph } from "../toFlowGraph";
import type { GraphLayout } from "./layoutGraph";
import { provisionalLayout } from "./provisionalLayout";

const before = { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } } };
const previous: GraphLayout = {
  width: 400,
  height: 400,
  nodes: new Map([
    ["#start", { x: 185, y: 10, width: 30, height: 30 }],
    ["/States/A", { x: 120, y: 80, width: 160, height: 56 }],
    ["/States/B", { x: 120, y: 236, width: 160, height: 56 }],
    ["#end", { x: 185, y: 330, width: 30, height: 30 }],
  ]),
  edges: new Map([
    ["#start->/States/A", { points: [{ x: 200, y: 40 }, { x: 200, y: 80 }] }],
    ["/States/A/Next->/States/B", { points: [{ x: 200, y: 136 }, { x: 200, y: 236 }] }],
    ["/States/B->end", { points: [{ x: 200, y: 292 }, { x: 200, y: 330 }] }],
  ]),
};

describe("provisionalLayout", () => {
  it("keeps every known place and puts an inserted state between its neighbours", () => {
    const after = { StartAt: "A", States: { A: { Type: "Pass", Next: "New" }, New: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } } };
    const layout = provisionalLayout(toFlowGraph(after), previous);
    expect(layout.nodes.get("/States/A")).toEqual(previous.nodes.get("/States/A"));
    const inserted = layout.nodes.get("/States/New");
    expect(inserted && inserted.y + inserted.height / 2).toBe((136 + 236) / 2);
    expect(inserted && inserted.x + inserted.width / 2).toBe(200);
    expect(layout.edges.get("/States/A/Next->/States/New")?.points).toEqual([{ x: 200, y: 136 }, { x: 200, y: (136 + 236) / 2 - 28 }]);
    expect(layout.edges.get("/States/New/Next->/States/B")?.points).toHaveLength(2);
  });

  it("drops what the new graph no longer has from the drawn nodes", () => {
    const graph = toFlowGraph(before);
    expect([...provisionalLayout(graph, previous).nodes.keys()].sort()).toEqual([...previous.nodes.keys()].sort());
  });
});
