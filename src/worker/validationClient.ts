import type { Diagnostic } from "../asl/diagnostics";
import type { TextFormat } from "../asl/parse/types";
import type { WorkflowType } from "../asl/types";
import { VALIDATION_PROTOCOL_VERSION, type ValidationRequest, type ValidationResponse } from "./validationProtocol";

export type BackgroundValidator = (text: string, format: TextFormat, workflowType: WorkflowType) => Promise<Diagnostic[]>;

/**
 * Validates in a Web Worker, started on first use; answers come back in request order (the
 * caller drops those it no longer needs). If the worker fails, pending requests are rejected
 * and the caller falls back to validating on its own.
 */
export function createValidationClient(createWorker: () => Worker = () => new Worker(new URL("./validation.worker.ts", import.meta.url), { type: "module" })): { validate: BackgroundValidator; dispose: () => void } {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }>();

  const start = (): Worker => {
    const created = createWorker();
    created.onmessage = (event: MessageEvent<ValidationResponse>) => {
      const { id, diagnostics, version } = event.data;
      if (version !== VALIDATION_PROTOCOL_VERSION) return;
      pending.get(id)?.resolve(diagnostics);
      pending.delete(id);
    };
    created.onerror = () => {
      for (const entry of pending.values()) entry.reject(new Error("The validation worker failed"));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
    return created;
  };

  return {
    validate: (text, format, workflowType) =>
      new Promise<Diagnostic[]>((resolve, reject) => {
        worker ??= start();
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        const request: ValidationRequest = { version: VALIDATION_PROTOCOL_VERSION, id, text, format, workflowType };
        worker.postMessage(request);
      }),
    dispose: () => {
      worker?.terminate();
      worker = undefined;
      for (const entry of pending.values()) entry.reject(new Error("disposed"));
      pending.clear();
    },
  };
}
