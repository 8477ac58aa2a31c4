import { useEffect, useRef } from "react";
import { getCanvasCommand, type CanvasCommandContext } from "../commands/canvasCommands";
import { formatChord } from "../commands/keys";
import { useCanvasInteraction } from "./CanvasContext";

export type ContextMenuState = { x: number; y: number; kind: "state"; pointer: string; isParallel: boolean } | { x: number; y: number; kind: "pane" };

const STATE_ITEMS = ["rename", "duplicate", "copy", "cut", "paste", "delete"];
const PANE_ITEMS = ["paste", "fit", "centre", "undo", "redo"];

export function ContextMenu({ menu, context, onClose }: { menu: ContextMenuState; context: CanvasCommandContext; onClose: () => void }) {
  const { addBranch } = useCanvasInteraction();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
    const close = (event: globalThis.MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener("mousedown", close);
    return () => window.removeEventListener("mousedown", close);
  }, [onClose]);

  const items = menu.kind === "state" ? STATE_ITEMS : PANE_ITEMS;
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={menu.kind === "state" ? "State actions" : "Canvas actions"}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button:not([disabled])") ?? [])];
          const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
          buttons[(index + (event.key === "ArrowDown" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
        }
        event.stopPropagation();
      }}
    >
      {items.map((id) => {
        const command = getCanvasCommand(id);
        return (
          <button
            key={id}
            type="button"
            role="menuitem"
            disabled={!command.isEnabled(context)}
            onClick={() => {
              onClose();
              command.run(context);
            }}
          >
            <span>{id === "delete" ? "Delete state" : command.label}</span>
            {command.keys[0] && <kbd>{formatChord(command.keys[0])}</kbd>}
          </button>
        );
      })}
      {menu.kind === "state" && menu.isParallel && (
        <button
          type="button"
          role="menuitem"
          onClick={() => {
            onClose();
            addBranch(menu.pointer);
          }}
        >
          <span>Add branch</span>
        </button>
      )}
    </div>
  );
}
