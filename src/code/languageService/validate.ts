/**
 * Markers: the parser's problems and the validator's diagnostics (src/asl/validate/validateText),
 * on the exact ranges the source map gives. A finding without a range is put on the document's
 * first character rather than dropped.
 */
import type { Diagnostic } from "../../asl/diagnostics";
import { validateText } from "../../asl/validate/validateText";
import type { Marker, TextFormat, ValidateOptions } from "./types";

export function toMarker(diagnostic: Diagnostic, text: string): Marker {
  const range = diagnostic.range;
  const marker: Marker = {
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
    startLineNumber: range?.start.line ?? 1,
    startColumn: range?.start.column ?? 1,
    endLineNumber: range?.end.line ?? 1,
    endColumn: range?.end.column ?? (text.length > 0 && !/[\r\n]/.test(text.charAt(0)) ? 2 : 1),
    source: "asl",
    pointer: diagnostic.path,
  };
  if (marker.endLineNumber < marker.startLineNumber || (marker.endLineNumber === marker.startLineNumber && marker.endColumn < marker.startColumn)) {
    marker.endLineNumber = marker.startLineNumber;
    marker.endColumn = marker.startColumn;
  }
  if (diagnostic.stateName !== undefined) marker.stateName = diagnostic.stateName;
  return marker;
}

export function validate(text: string, format: TextFormat, options: ValidateOptions = {}): Marker[] {
  const { diagnostics } = validateText(text, format, options.workflowType ? { workflowType: options.workflowType } : {});
  return diagnostics.map((d) => toMarker(d, text));
}
