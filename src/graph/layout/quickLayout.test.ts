import { describe, expect, it } from "vitest";
import { toFlowGraph } from "../toFlowGraph";
import { quickLayout } from "./quickLayout";

describe("quickLayout", () => {
  it("places a small flat graph in layers from Start, loops ignored, with a route for every edge", () => {
    const graph = toFlowGraph({
      StartAt: "A",
      States: {
        A: { Type: "Pass", Next: "B" },
        B: { Type: "Choice", Choices: [{ Variable: "$.again", BooleanEquals: true, Next: "A" }], Default: "C" },
        C: { Type: "Succeed" },
      },
    });
    const layout = quickLayout(graph);
    const y = (id: string) => layout?.nodes.get(id)?.y ?? -1;
    expect(y("#start")).toBeLessThan(y("/States/A"));
    expect(y("/States/A")).toBeLessThan(y("/States/B"));
    expect(y("/States/B")).toBeLessThan(y("/States/C"));
    expect(y("/States/C")).toBeLessThan(y("#end"));
    for (const edge of graph.edges) expect(layout?.edges.get(edge.id)?.points, edge.id).toHaveLength(2);
  });

  it("leaves graphs with containers to ELK", () => {
    expect(quickLayout(toFlowGraph({ StartAt: "M", States: { M: { Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, End: true } } }))).toBeUndefined();
  });
});
