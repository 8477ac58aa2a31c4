import { toFlowGraph } from "../toFlowGraph";
import type { FlowGraph } from "../types";

/**
 * A synthetic ~300-node workflow (chains, choices with labels, catches, a Parallel and a Map)
 * that exercises the same ELK code paths as real documents. Laying it out once while the page
 * is idle warms the layout worker's JIT: the first large document then lays out about twice as fast.
 */
export function warmUpGraph(blocks = 80): FlowGraph {
  const states: Record<string, unknown> = {};
  for (let b = 0; b < blocks; b++) {
    const next = b + 1 < blocks ? `Work ${b + 1}` : "Done";
    states[`Work ${b}`] = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Failed" }], Next: `Check ${b}` };
    states[`Check ${b}`] = { Type: "Choice", Choices: [{ Variable: "$.ok", BooleanEquals: true, Next: `Fan ${b}` }], Default: `Each ${b}` };
    states[`Fan ${b}`] = {
      Type: "Parallel",
      Branches: [0, 1].map((i) => ({ StartAt: `Branch ${b}.${i}`, States: { [`Branch ${b}.${i}`]: { Type: "Pass", End: true } } })),
      Next: `Each ${b}`,
    };
    states[`Each ${b}`] = { Type: "Map", ItemProcessor: { StartAt: `Item ${b}`, States: { [`Item ${b}`]: { Type: "Pass", End: true } } }, Next: next };
  }
  states.Done = { Type: "Succeed" };
  states.Failed = { Type: "Fail" };
  return toFlowGraph({ StartAt: "Work 0", States: states });
}
