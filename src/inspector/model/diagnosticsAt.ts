/** Which validator findings an inspector field shows beside itself. */
import type { Diagnostic } from "../../asl/diagnostics";

/**
 * The diagnostics about the node at `pointer` or anything inside it, leaving out those that
 * belong to a state nested below (a Parallel's Branches field does not show its children's
 * problems). With `exact`, only those about the node itself.
 */
export function diagnosticsAt(diagnostics: readonly Diagnostic[], pointer: string, exact = false): Diagnostic[] {
  return diagnostics.filter((d) => {
    if (d.path !== pointer && (exact || !d.path.startsWith(pointer + "/"))) return false;
    return d.statePointer === undefined || !d.statePointer.startsWith(pointer + "/") || d.statePointer === pointer;
  });
}

/** The message without its `State "Name": ` prefix, which the inspector already shows. */
export function fieldMessage(diagnostic: Diagnostic): string {
  return diagnostic.message.replace(/^State "(?:[^"\\]|\\.)*": /, "");
}

/** Errors first, then warnings, then info. */
export function bySeverity(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...diagnostics].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
