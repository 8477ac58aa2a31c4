import { useEffect, useRef } from "react";
import { CANVAS_COMMANDS } from "../commands/canvasCommands";
import { formatChord } from "../commands/keys";
import { ARROW_KEYS } from "../graph/keyboardNavigation";
import type { LayoutDirection } from "../store/createStudioStore";
import { useStudio } from "../store/StudioContext";

const ARROWS: Record<string, string> = { ArrowDown: "↓", ArrowUp: "↑", ArrowRight: "→", ArrowLeft: "←" };

/** The arrow keys turn with the layout, so the rows say what each does in the one shown. */
function navigationRows(direction: LayoutDirection): { label: string; keys: string[] }[] {
  const arrow = ARROW_KEYS[direction];
  const key = (move: keyof typeof arrow) => ARROWS[arrow[move]] ?? arrow[move];
  return [
    { label: "Next state along the flow: into a Parallel branch or a Map iteration, and out past the container at a branch's end", keys: [key("next")] },
    { label: "Back to the state this one is reached from (a branch's first state goes back to its Parallel or Map)", keys: [key("previous")] },
    { label: "The other states reached from that same state: Choice rules and Default, Catch targets, the other branches", keys: [`${key("previousSibling")} ${key("nextSibling")}`] },
    { label: "Open the selected state in the inspector", keys: ["Enter"] },
  ];
}

const EXTRA: { label: string; keys: string[] }[] = [
  { label: "Select several states", keys: ["Shift+Click", "Shift+Drag"] },
  { label: "Rename", keys: ["Double-click"] },
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const direction = useStudio((s) => s.layoutDirection);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {CANVAS_COMMANDS.map((command) => (
            <tr key={command.id}>
              <td>{command.label}</td>
              <td>
                {command.keys.map((k) => (
                  <kbd key={k}>{formatChord(k)}</kbd>
                ))}
              </td>
            </tr>
          ))}
          {[...navigationRows(direction), ...EXTRA].map((row) => (
            <tr key={row.label}>
              <td>{row.label}</td>
              <td>
                {row.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-note">
        The arrow keys follow the layout: along the flow is {direction === "DOWN" ? "down" : "to the right"}, the way the graph is drawn. Shortcuts never act while you type in a field.
      </p>
      <button type="button" className="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
