/**
 * `npm run bench -- layout`: ELK layout time for generated machines of 100, 500 and 1,000 states
 * (with Parallel and Map containers), the same code the canvas runs in its worker.
 * Goals (issue 4): ≤ 100 ms at 100 states, ≤ 1 s at 1,000. Printed, never asserted.
 */
import ELK from "elkjs/lib/elk.bundled.js";
import { layoutGraph } from "../src/graph/layout/layoutGraph";
import { toFlowGraph } from "../src/graph/toFlowGraph";
import { countStates, generateMachine } from "./support/generateMachine";
import { median } from "./support/stats";

const GOALS: Record<number, number> = { 100: 100, 1000: 1000 };

async function main(): Promise<void> {
  const elk = new ELK();
  // Warm the engine (JIT) as the canvas's worker is after its first layouts; the cold first
  // layout of a fresh engine is printed separately.
  const coldStart = performance.now();
  await layoutGraph(toFlowGraph(generateMachine(100)), new ELK());
  console.log(`cold: first layout of a 100-state machine in a fresh engine ${(performance.now() - coldStart).toFixed(0)} ms`);
  for (let i = 0; i < 3; i++) await layoutGraph(toFlowGraph(generateMachine(300)), elk);
  for (const size of [100, 500, 1000]) {
    const machine = generateMachine(size);
    const graph = toFlowGraph(machine);
    const times: number[] = [];
    for (let run = 0; run < (size >= 1000 ? 5 : 9); run++) {
      const started = performance.now();
      await layoutGraph(graph, elk);
      times.push(performance.now() - started);
    }
    const goal = GOALS[size];
    const verdict = goal === undefined ? "" : `   goal ≤ ${goal} ms: ${median(times) <= goal ? "meets goal" : "MISSES goal"}`;
    console.log(`${String(countStates(machine)).padStart(5)} states, ${graph.nodes.length} nodes, ${graph.edges.length} edges: layout median ${median(times).toFixed(0)} ms${verdict}`);
  }
}

await main();
