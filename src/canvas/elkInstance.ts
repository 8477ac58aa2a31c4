import ELK from "elkjs/lib/elk-api.js";
import workerUrl from "elkjs/lib/elk-worker.min.js?url";
import type { ElkLike } from "../graph/layout/layoutGraph";

let instance: ElkLike | undefined;

/** ELK runs in its own (classic-script) Worker; created on first use so first paint never waits for it. */
export function getElk(): ElkLike {
  instance ??= new ELK({ workerUrl, workerFactory: (url) => new Worker(url ?? workerUrl) });
  return instance;
}
