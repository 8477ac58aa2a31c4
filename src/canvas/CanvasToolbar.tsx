import { getCanvasCommand, type CanvasCommandContext } from "../commands/canvasCommands";
import { formatChord } from "../commands/keys";
import { useStudio } from "../store/StudioContext";
import { ToolbarIcon, type ToolbarIconName } from "./ToolbarIcon";

const BUTTONS: { command: string; icon: ToolbarIconName }[] = [
  { command: "undo", icon: "undo" },
  { command: "redo", icon: "redo" },
  { command: "delete", icon: "delete" },
  { command: "duplicate", icon: "duplicate" },
  { command: "zoomIn", icon: "zoomIn" },
  { command: "zoomOut", icon: "zoomOut" },
  { command: "fit", icon: "fit" },
  { command: "centre", icon: "centre" },
  { command: "direction", icon: "direction" },
  { command: "shortcuts", icon: "keyboard" },
];

export function CanvasToolbar({ context }: { context: CanvasCommandContext }) {
  // Re-render when what the enabled state depends on changes.
  useStudio((s) => s.selection);
  useStudio((s) => s.history);
  useStudio((s) => s.parse);
  const direction = useStudio((s) => s.layoutDirection);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Design toolbar">
      {BUTTONS.map(({ command: id, icon }) => {
        const command = getCanvasCommand(id);
        const shortcut = command.keys[0] ? ` (${formatChord(command.keys[0])})` : "";
        const label = id === "direction" ? (direction === "DOWN" ? "Lay out left to right" : "Lay out top to bottom") : command.label;
        return (
          <button
            key={id}
            type="button"
            className="toolbar-button"
            aria-label={label}
            title={label + shortcut}
            disabled={!command.isEnabled(context)}
            onClick={() => command.run(context)}
          >
            <ToolbarIcon name={icon} />
          </button>
        );
      })}
    </div>
  );
}
