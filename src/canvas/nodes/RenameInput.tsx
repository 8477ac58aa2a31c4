import { useEffect, useRef, useState } from "react";
import { useCanvasInteraction } from "../CanvasContext";

/** Inline rename (F2 or double-click): Enter commits, Escape cancels, errors show below. */
export function RenameInput({ pointer, name }: { pointer: string; name: string }) {
  const { commitRename, cancelRename, renameError } = useCanvasInteraction();
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <span className="rename">
      <input
        ref={input}
        className="rename-input nodrag"
        aria-label="State name"
        value={value}
        aria-invalid={renameError !== undefined}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter") commitRename(pointer, value);
          if (e.key === "Escape") cancelRename();
        }}
        onBlur={() => {
          if (!commitRename(pointer, value)) cancelRename();
        }}
      />
      {renameError && (
        <span className="rename-error" role="alert">
          {renameError}
        </span>
      )}
    </span>
  );
}
