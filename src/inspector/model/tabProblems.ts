/** Sorts a state's findings into the tab that edits the field they are about. */
import type { Diagnostic } from "../../asl/diagnostics";
import { parsePointer } from "../../asl/json";
import type { StateType } from "../../asl/types";
import { tabOfField, type InspectorTab } from "./stateTabs";

export interface TabProblems {
  /** Count of errors and warnings per tab. */
  counts: Partial<Record<InspectorTab, number>>;
  /** Findings about the state itself or a field no tab edits. */
  general: Diagnostic[];
}

/** `diagnostics` must already be those of the state at `statePointer` (see diagnosticsAt). */
export function sortProblemsByTab(diagnostics: readonly Diagnostic[], statePointer: string, type: StateType | undefined): TabProblems {
  const counts: Partial<Record<InspectorTab, number>> = {};
  const general: Diagnostic[] = [];
  const depth = parsePointer(statePointer).length;
  for (const d of diagnostics) {
    const field = d.path === statePointer ? undefined : parsePointer(d.path)[depth];
    const tab = field === undefined ? undefined : tabOfField(type, field);
    if (tab === undefined) general.push(d);
    else if (d.severity !== "info") counts[tab] = (counts[tab] ?? 0) + 1;
  }
  return { counts, general };
}
