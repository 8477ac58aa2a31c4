/** Test support (not used by production code): the real interpreter host behind an in-memory Worker. */
import { attachInterpreterHost, type HostPort } from "../worker/interpreterHost";
import { createInterpreterClient, type InterpreterClient, type WorkerLike } from "../worker/interpreterClient";
import type { FromWorker, ToWorker } from "../worker/protocol";

/** Messages are structured-cloned and delivered asynchronously, as postMessage does. */
export function memoryWorker(): WorkerLike {
  const toClient: ((event: { data: unknown }) => void)[] = [];
  const toHost: ((event: { data: unknown }) => void)[] = [];
  let terminated = false;
  const port: HostPort = {
    postMessage: (m: FromWorker) => setTimeout(() => !terminated && toClient.forEach((l) => l({ data: structuredClone(m) })), 0),
    addEventListener: (_t, l) => toHost.push(l),
  };
  attachInterpreterHost(port);
  return {
    postMessage: (m: ToWorker) => setTimeout(() => !terminated && toHost.forEach((l) => l({ data: structuredClone(m) })), 0),
    terminate: () => {
      terminated = true;
    },
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      if (type === "message") toClient.push(listener);
    },
  } as WorkerLike;
}

export const memoryClient = (): InterpreterClient => createInterpreterClient({ createWorker: memoryWorker });
