import type { FlowNode } from "../types";

/** Node sizes the layout reserves; the canvas draws nodes at exactly these sizes. */
export const STATE_HEIGHT = 56;
export const STATE_MIN_WIDTH = 160;
export const STATE_MAX_WIDTH = 300;
export const MARKER_SIZE = 30;
export const NESTED_MARKER_SIZE = 18;
export const EMPTY_SLOT = { width: 180, height: 52 };
/** Room above a container's children for its name and subtitle. */
export const CONTAINER_HEADER = 52;
export const CONTAINER_PADDING = 16;
export const BRANCH_HEADER = 24;

const CHAR_WIDTH = 8;
const LABEL_CHAR_WIDTH = 6.2;
export const LABEL_HEIGHT = 18;
/**
 * Edge labels are sized in steps of this many characters, so typing a Choice value or an error
 * name re-lays out the graph once every few keystrokes instead of on each one.
 */
const LABEL_CHAR_STEP = 4;

export function estimateTextWidth(text: string, charWidth = CHAR_WIDTH): number {
  return Math.ceil(text.length * charWidth);
}

/** Width follows the name only, so editing a field shown in the subtitle never moves the layout. */
export function stateWidth(node: FlowNode): number {
  return Math.round(Math.min(STATE_MAX_WIDTH, Math.max(STATE_MIN_WIDTH, 76 + (node.name ?? "").length * CHAR_WIDTH)));
}

/** The width the layout reserves for an edge label: at least its text, rounded up to a step. */
export function labelWidth(label: string): number {
  const chars = Math.ceil(label.length / LABEL_CHAR_STEP) * LABEL_CHAR_STEP;
  return Math.ceil(chars * LABEL_CHAR_WIDTH) + 12;
}

/** Size of a leaf node; containers are sized by the layout around their children. */
export function leafSize(node: FlowNode): { width: number; height: number } {
  switch (node.kind) {
    case "start":
    case "end": {
      const size = node.depth === 0 ? MARKER_SIZE : NESTED_MARKER_SIZE;
      return { width: size, height: size };
    }
    case "empty":
      return EMPTY_SLOT;
    default:
      return { width: stateWidth(node), height: STATE_HEIGHT };
  }
}
