import ELK from "elkjs/lib/elk.bundled.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GUIDE_DEFINITIONS_DIR } from "../../../test/corpus";
import { toFlowGraph } from "../toFlowGraph";
import { layoutGraph, layoutKey } from "./layoutGraph";
import { estimateTextWidth } from "./sizes";

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

  it("changes the key when a state becomes a container, even one with nothing to draw inside", () => {
    const before = { StartAt: "A", States: { A: { Type: "Pass", End: true } } };
    const after = { StartAt: "A", States: { A: { Type: "Parallel", Branches: [null], End: true } } };
    expect(layoutKey(toFlowGraph(after), "DOWN")).not.toBe(layoutKey(toFlowGraph(before), "DOWN"));
  });

  describe("when an edge label's text changes", () => {
    const machine = (amount: number, errors: string[]) => ({
      StartAt: "Charge",
      States: {
        Charge: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f" }, Next: "Check", Catch: [{ ErrorEquals: errors, Next: "Failed" }] },
        Check: { Type: "Choice", Choices: [{ Variable: "$.amount", NumericGreaterThan: amount, Next: "Big" }], Default: "Small" },
        Big: { Type: "Succeed" },
        Small: { Type: "Succeed" },
        Failed: { Type: "Fail" },
      },
    });
    const key = (amount: number, errors = ["States.Timeout"]) => layoutKey(toFlowGraph(machine(amount, errors)), "DOWN");
    const choiceLabelBox = async (amount: number) => {
      const graph = toFlowGraph(machine(amount, ["States.Timeout"]));
      const edge = graph.edges.find((e) => e.kind === "choice");
      const box = (await layoutGraph(graph, new ELK())).edges.get(edge?.id ?? "")?.label;
      return { text: edge?.label ?? "", width: box?.width ?? 0 };
    };

    it("keeps the key while the label needs no more room", () => {
      expect(key(200)).toBe(key(100));
      // One more character stays within the width already reserved.
      expect(key(1000)).toBe(key(100));
      expect(key(100, ["States.TaskFail"])).toBe(key(100, ["States.Timeout"]));
    });

    it("changes the key when the label needs more room or the structure changes", () => {
      expect(key(1234567890)).not.toBe(key(100));
      expect(key(100, ["States.Timeout", "States.TaskFailed"])).not.toBe(key(100));
      const retargeted = machine(100, ["States.Timeout"]);
      retargeted.States.Check.Default = "Big";
      expect(layoutKey(toFlowGraph(retargeted), "DOWN")).not.toBe(key(100));
      expect(key(100)).not.toBe(layoutKey(toFlowGraph(machine(100, ["States.Timeout"])), "RIGHT"));
    });

    it("lays a longer label out in a wider box that holds its text", async () => {
      const short = await choiceLabelBox(100);
      const long = await choiceLabelBox(1234567890);
      expect(long.width).toBeGreaterThan(short.width);
      for (const label of [short, long]) expect(label.width).toBeGreaterThanOrEqual(estimateTextWidth(label.text, 6.2));
    });
  });
});
