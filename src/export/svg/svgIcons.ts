import type { StateType } from "../../asl/types";

/**
 * The 16×16 state glyphs of src/canvas/nodes/StateIcon.tsx as SVG markup (stroke-only, drawn in
 * the state's colour). A unit test checks they stay identical to the canvas's.
 */
export const ICON_MARKUP: Record<StateType, string> = {
  Task: '<rect x="2" y="3" width="12" height="10" rx="2"/><path d="M5 7l2 2-2 2M8.5 11H11"/>',
  Pass: '<path d="M2 8h11M10 5l3 3-3 3"/>',
  Choice: '<path d="M8 2l6 6-6 6-6-6z"/><path d="M8 6v2.5M8 10.5v.01"/>',
  Wait: '<circle cx="8" cy="8" r="6"/><path d="M8 4.5V8l2.5 1.5"/>',
  Succeed: '<circle cx="8" cy="8" r="6"/><path d="M5 8.2l2 2 4-4"/>',
  Fail: '<circle cx="8" cy="8" r="6"/><path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4"/>',
  Parallel: '<path d="M2 4h12M2 8h12M2 12h12M4 2v12"/>',
  Map: '<rect x="2" y="2" width="5" height="5" rx="1"/><rect x="9" y="2" width="5" height="5" rx="1"/><rect x="2" y="9" width="5" height="5" rx="1"/><rect x="9" y="9" width="5" height="5" rx="1"/>',
};

/** Small status glyphs (12×12 box centred on 0,0), drawn in white on the status colour. */
export const STATUS_GLYPHS = {
  succeeded: '<path d="M-3 0.2l2 2 4-4"/>',
  failed: '<path d="M-2.5 -2.5l5 5M2.5 -2.5l-5 5"/>',
  caught: '<path d="M0 -3v3.2M0 2.6v.01"/>',
  running: '<path d="M-1.5 -3l3.5 3-3.5 3"/>',
  "not-run": '<path d="M-3 0h6"/>',
} as const;
