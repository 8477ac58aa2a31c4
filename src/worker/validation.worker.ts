/// <reference lib="webworker" />
// Tiny entry: validates texts off the main thread. Imports only the pure core.
import { validateText } from "../asl/validate/validateText";
import { VALIDATION_PROTOCOL_VERSION, type ValidationRequest, type ValidationResponse } from "./validationProtocol";

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, text, format, workflowType, version } = event.data;
  if (version !== VALIDATION_PROTOCOL_VERSION) return;
  const response: ValidationResponse = { version: VALIDATION_PROTOCOL_VERSION, id, diagnostics: validateText(text, format, { workflowType }).diagnostics };
  self.postMessage(response);
};
