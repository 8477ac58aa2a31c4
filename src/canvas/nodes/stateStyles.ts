import type { StateType } from "../../asl/types";

/** Each state type's colour (also used by the SVG export), in the spirit of Workflow Studio. */
export const STATE_COLORS: Record<StateType, string> = {
  Task: "#3759d7",
  Pass: "#6b7280",
  Choice: "#b45309",
  Wait: "#0e7490",
  Succeed: "#15803d",
  Fail: "#b91c1c",
  Parallel: "#7c3aed",
  Map: "#be185d",
};

export const UNKNOWN_COLOR = "#6b7280";

export function stateColor(type: StateType | undefined): string {
  return type ? STATE_COLORS[type] : UNKNOWN_COLOR;
}
