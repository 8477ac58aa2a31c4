import { copyStates } from "../asl/edit/copyStates";
import { duplicateStates } from "../asl/edit/duplicateStates";
import { pasteStates } from "../asl/edit/pasteStates";
import { removeStates } from "../asl/edit/removeStates";
import { CLIPBOARD_FORMAT, type Clipboard } from "../asl/edit/types";
import { isJsonObject } from "../asl/json";
import { insertionPointAfter } from "../graph/insertionPoint";
import type { FlowGraph } from "../graph/types";
import { isEditable, type StudioStore } from "../store/createStudioStore";
import type { KeyChord } from "./keys";

/** What a canvas command can reach. */
export interface CanvasCommandContext {
  store: StudioStore;
  graph: FlowGraph;
  zoomIn: () => void;
  zoomOut: () => void;
  fitView: () => void;
  centre: () => void;
  startRename: (pointer: string) => void;
  openShortcuts: () => void;
}

export interface CanvasCommand {
  id: string;
  label: string;
  /** Chords that run it; the first is shown in menus and the shortcuts dialog. */
  keys: KeyChord[];
  isEnabled: (ctx: CanvasCommandContext) => boolean;
  run: (ctx: CanvasCommandContext) => void;
}

const hasSelection = (ctx: CanvasCommandContext) => ctx.store.getState().selection.length > 0;
const canEdit = (ctx: CanvasCommandContext) => isEditable(ctx.store.getState());

function isClipboard(value: unknown): value is Clipboard {
  return isJsonObject(value as never) && (value as { format?: unknown }).format === CLIPBOARD_FORMAT;
}

function copy(ctx: CanvasCommandContext): void {
  const { definition, selection, setClipboard } = ctx.store.getState();
  if (!isJsonObject(definition) || selection.length === 0) return;
  setClipboard(copyStates(definition as never, selection));
}

/** The one list toolbar, context menu, shortcuts and the shortcuts dialog all read. */
export const CANVAS_COMMANDS: CanvasCommand[] = [
  {
    id: "undo",
    label: "Undo",
    keys: ["Mod+Z"],
    isEnabled: (ctx) => ctx.store.getState().history.past.length > 0,
    run: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: "redo",
    label: "Redo",
    keys: ["Mod+Shift+Z", "Mod+Y"],
    isEnabled: (ctx) => ctx.store.getState().history.future.length > 0,
    run: (ctx) => ctx.store.getState().redo(),
  },
  {
    id: "delete",
    label: "Delete",
    keys: ["Delete", "Backspace"],
    isEnabled: (ctx) => canEdit(ctx) && hasSelection(ctx),
    run: (ctx) => {
      const { selection, applyEdit } = ctx.store.getState();
      applyEdit((definition) => removeStates(definition, selection));
    },
  },
  {
    id: "duplicate",
    label: "Duplicate",
    keys: ["Mod+D"],
    isEnabled: (ctx) => canEdit(ctx) && hasSelection(ctx),
    run: (ctx) => {
      const { selection, applyEdit } = ctx.store.getState();
      applyEdit((definition) => duplicateStates(definition, selection));
    },
  },
  {
    id: "copy",
    label: "Copy",
    keys: ["Mod+C"],
    isEnabled: (ctx) => hasSelection(ctx),
    run: copy,
  },
  {
    id: "cut",
    label: "Cut",
    keys: ["Mod+X"],
    isEnabled: (ctx) => canEdit(ctx) && hasSelection(ctx),
    run: (ctx) => {
      copy(ctx);
      const { selection, applyEdit } = ctx.store.getState();
      applyEdit((definition) => removeStates(definition, selection));
    },
  },
  {
    id: "paste",
    label: "Paste",
    keys: ["Mod+V"],
    isEnabled: (ctx) => canEdit(ctx) && isClipboard(ctx.store.getState().clipboard),
    run: (ctx) => {
      const { clipboard, selection, definition, applyEdit } = ctx.store.getState();
      if (!isClipboard(clipboard)) return;
      const target = insertionPointAfter(definition, ctx.graph, selection[selection.length - 1]);
      if (target) applyEdit((current) => pasteStates(current, clipboard, target));
    },
  },
  {
    id: "rename",
    label: "Rename",
    keys: ["F2"],
    isEnabled: (ctx) => canEdit(ctx) && ctx.store.getState().selection.length === 1,
    run: (ctx) => {
      const [pointer] = ctx.store.getState().selection;
      if (pointer) ctx.startRename(pointer);
    },
  },
  {
    id: "breakpoint",
    label: "Toggle a simulator breakpoint on the selected states",
    keys: ["F9"],
    isEnabled: (ctx) => hasSelection(ctx) && ctx.store.getState().features.simulator && !ctx.store.getState().readOnly,
    run: (ctx) => {
      const { selection, run } = ctx.store.getState();
      for (const pointer of selection) run.getState().toggleBreakpoint(pointer);
    },
  },
  { id: "zoomIn", label: "Zoom in", keys: ["Mod+="], isEnabled: () => true, run: (ctx) => ctx.zoomIn() },
  { id: "zoomOut", label: "Zoom out", keys: ["Mod+-"], isEnabled: () => true, run: (ctx) => ctx.zoomOut() },
  { id: "fit", label: "Fit to view", keys: ["Shift+1"], isEnabled: () => true, run: (ctx) => ctx.fitView() },
  { id: "centre", label: "Center the workflow", keys: ["Alt+C"], isEnabled: () => true, run: (ctx) => ctx.centre() },
  {
    id: "direction",
    label: "Switch layout direction",
    keys: ["Alt+L"],
    isEnabled: () => true,
    run: (ctx) => {
      const { layoutDirection, setLayoutDirection } = ctx.store.getState();
      setLayoutDirection(layoutDirection === "DOWN" ? "RIGHT" : "DOWN");
    },
  },
  { id: "shortcuts", label: "Keyboard shortcuts", keys: ["?"], isEnabled: () => true, run: (ctx) => ctx.openShortcuts() },
];

export function getCanvasCommand(id: string): CanvasCommand {
  const command = CANVAS_COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown canvas command ${id}`);
  return command;
}
