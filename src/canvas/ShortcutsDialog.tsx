import { useEffect, useRef } from "react";
import { CANVAS_COMMANDS } from "../commands/canvasCommands";
import { formatChord } from "../commands/keys";

const EXTRA: { label: string; keys: string[] }[] = [
  { label: "Select several states", keys: ["Shift+Click", "Shift+Drag"] },
  { label: "Move to the next / previous connected state", keys: ["↓ →", "↑ ←"] },
  { label: "Rename", keys: ["Double-click"] },
  { label: "Toggle a simulator breakpoint on the selected states", keys: ["F9"] },
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
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
          {EXTRA.map((row) => (
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
      <p className="shortcuts-note">Shortcuts never act while you type in a field.</p>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
