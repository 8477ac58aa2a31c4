import ELK from "elkjs/lib/elk.bundled.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GUIDE_DEFINITIONS_DIR } from "../../../test/corpus";
import { toFlowGraph } from "../toFlowGraph";
import { layoutGraph, layoutKey } from "./layoutGraph";

const guide = (file: string) => JSON.parse(readFileSync(`${GUIDE_DEFINITIONS_DIR}${file}`, "utf8")) as Record<string, unknown>;

describe("layoutGraph", () => {
  it("positions every node and routes every edge, deterministically", async () => {
    const graph = toFlowGraph(guide("0092_38664.asl.json"));
    const elk = new ELK();
    const first = await layoutGraph(graph, elk);
    const second = await layoutGraph(graph, new ELK());
    for (const node of graph.nodes) expect(first.nodes.has(node.id), node.id).toBe(true);
    for (const edge of graph.edges) expect(first.edges.get(edge.id)?.points.length, edge.id).toBeGreaterThanOrEqual(2);
    expect([...second.nodes]).toEqual([...first.nodes]);
    expect([...second.edges]).toEqual([...first.edges]);
  });

  it("lays top-down by default and left-to-right on request", async () => {
    const graph = toFlowGraph({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } } });
    const down = await layoutGraph(graph, new ELK(), "DOWN");
    const right = await layoutGraph(graph, new ELK(), "RIGHT");
    const [a, b] = [down.nodes.get("/States/A"), down.nodes.get("/States/B")];
    expect((b?.y ?? 0) > (a?.y ?? 0)).toBe(true);
    expect((right.nodes.get("/States/B")?.x ?? 0) > (right.nodes.get("/States/A")?.x ?? 0)).toBe(true);
  });

  it("keeps the layout key when only a field value or comment changes", () => {
    const before = guide("0025_12620.asl.json");
    const after = structuredClone(before) as { Comment: string; States: Record<string, Record<string, unknown>> };
    after.Comment = "changed";
    (after.States.Pass as Record<string, unknown>).ResultPath = "$.x";
    (after.States["Wait 3 seconds"] as Record<string, unknown>).Seconds = 30;
    expect(layoutKey(toFlowGraph(after), "DOWN")).toBe(layoutKey(toFlowGraph(before), "DOWN"));
    (after.States.Yes as Record<string, unknown>).Next = "PassState";
    expect(layoutKey(toFlowGraph(after), "DOWN")).not.toBe(layoutKey(toFlowGraph(before), "DOWN"));
  });
});
