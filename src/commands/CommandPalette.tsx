import { useEffect, useMemo, useRef, useState } from "react";
import { useCommandList, type StudioCommand } from "./CommandRegistry";
import { formatChord } from "./keys";
import "./commandPalette.css";

/** Ctrl+K (or F1 outside the code editor): every command in the studio, searchable, with its shortcut. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const list = useCommandList();
  const [commands] = useState(() => list());
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    const previous = returnFocus.current;
    return () => {
      element?.close();
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return commands.filter((c) => words.every((w) => `${c.group} ${c.label}`.toLowerCase().includes(w)));
  }, [commands, query]);

  const run = (command: StudioCommand | undefined) => {
    if (!command || command.isEnabled?.() === false) return;
    onClose();
    // After the dialog has closed and focus has gone back, so the command acts where the user was.
    requestAnimationFrame(() => command.run());
  };

  return (
    <dialog
      ref={dialog}
      className="command-palette"
      aria-label="Command palette"
      onClose={onClose}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "ArrowDown") setActive((i) => Math.min(matches.length - 1, i + 1));
        else if (event.key === "ArrowUp") setActive((i) => Math.max(0, i - 1));
        else if (event.key === "Enter") run(matches[active]);
        else return;
        event.preventDefault();
      }}
    >
      <input
        className="command-palette-input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="command-palette-list"
        aria-activedescendant={matches[active] ? `command-${matches[active].id}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <ul className="command-palette-list" id="command-palette-list" role="listbox" aria-label="Commands">
        {matches.length === 0 && <li className="command-palette-empty">No command matches “{query}”.</li>}
        {matches.map((command, index) => {
          const enabled = command.isEnabled?.() !== false;
          return (
            <li
              key={command.id}
              id={`command-${command.id}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={!enabled}
              className="command-palette-item"
              onMouseMove={() => setActive(index)}
              onClick={() => run(command)}
            >
              <span className="command-palette-group">{command.group}</span>
              <span className="command-palette-label">{command.label}</span>
              <span className="command-palette-keys">
                {(command.keys ?? []).map((k) => (
                  <kbd key={k}>{formatChord(k)}</kbd>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </dialog>
  );
}
