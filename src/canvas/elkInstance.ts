import ELK from "elkjs/lib/elk-api.js";
import workerUrl from "elkjs/lib/elk-worker.min.js?url";
import { layoutGraph, type ElkLike } from "../graph/layout/layoutGraph";
import { warmUpGraph } from "../graph/layout/warmUpGraph";

let instance: ElkLike | undefined;
let warmed = false;

/**
 * ELK runs in its own (classic-script) Worker, stateless and shared by the studios of a page;
 * created on first use so first paint never waits for it.
 */
export function getElk(): ElkLike {
  instance ??= new ELK({ workerUrl, workerFactory: (url) => new Worker(url ?? workerUrl) });
  return instance;
}

/** Once the page is idle, lays out a synthetic workflow so the worker's JIT is warm (see warmUpGraph). */
export function warmUpElk(): void {
  if (warmed) return;
  warmed = true;
  const run = () => void layoutGraph(warmUpGraph(), getElk()).catch(() => undefined);
  // Soon after the first layout, not on idle: a busy canvas may never be idle before the user acts.
  setTimeout(run, 800);
}
