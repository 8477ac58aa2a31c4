import { describe, expect, it } from "vitest";
import { warmUpGraph } from "./warmUpGraph";

describe("warmUpGraph", () => {
  it("exercises every kind of node and edge the layout meets", () => {
    const graph = warmUpGraph(2);
    expect(new Set(graph.nodes.map((n) => n.kind))).toEqual(new Set(["start", "state", "branch", "end"]));
    expect(new Set(graph.edges.map((e) => e.kind))).toEqual(new Set(["start", "next", "choice", "default", "catch", "end"]));
    expect(warmUpGraph().nodes.length).toBeGreaterThan(700);
  });
});
