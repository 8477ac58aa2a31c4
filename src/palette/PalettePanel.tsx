import { useMemo, useState } from "react";
import { insertFragment } from "../asl/edit/insertFragment";
import { insertionPointAfter } from "../graph/insertionPoint";
import { toFlowGraph } from "../graph/toFlowGraph";
import { isEditable } from "../store/createStudioStore";
import { useStudio, useStudioStore } from "../store/StudioContext";
import { PALETTE_DRAG_TYPE } from "./paletteDrag";
import { PALETTE_TABS, searchPalette, type PaletteItem, type PaletteTab } from "./paletteItems";
import "./palette.css";

/** The states browser: Flow, Actions and Patterns tabs with one search box over all of them. */
export function PalettePanel() {
  const [tab, setTab] = useState<PaletteTab>("flow");
  const [query, setQuery] = useState("");
  const store = useStudioStore();
  const readOnly = useStudio((s) => !isEditable(s));
  const items = useMemo(() => searchPalette(query, query.trim() === "" ? tab : undefined), [query, tab]);

  /** Keyboard and double-click insertion: after the selected state, or at the end of the flow. */
  const insert = (item: PaletteItem) => {
    const { definition, selection, applyEdit } = store.getState();
    const target = insertionPointAfter(definition, toFlowGraph(definition), selection[selection.length - 1]);
    if (target) applyEdit((d) => insertFragment(d, target, item.create()));
  };

  return (
    <div className="palette">
      <div className="palette-search">
        <input type="search" placeholder="Search states and actions" aria-label="Search states and actions" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="palette-tabs" role="tablist" aria-label="States browser tabs">
        {PALETTE_TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id && query.trim() === ""} className="palette-tab" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <ul className="palette-list" aria-label={query.trim() ? "Search results" : `${tab} items`}>
        {items.length === 0 && <li className="palette-empty">Nothing matches “{query}”.</li>}
        {items.map((item, index) => (
          <li key={item.id}>
            {(index === 0 || items[index - 1]?.group !== item.group) && <div className="palette-group">{item.group}</div>}
            <div
              className="palette-item"
              data-testid="palette-item"
              data-item={item.id}
              role="button"
              tabIndex={0}
              aria-disabled={readOnly}
              title={`${item.description}\nDrag onto the canvas, or press Enter to add it after the selected state.`}
              draggable={!readOnly}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_DRAG_TYPE, item.id);
                event.dataTransfer.setData("text/plain", item.label);
                event.dataTransfer.effectAllowed = "copy";
              }}
              onDoubleClick={() => !readOnly && insert(item)}
              onKeyDown={(event) => {
                if ((event.key === "Enter" || event.key === " ") && !readOnly) {
                  event.preventDefault();
                  insert(item);
                }
              }}
            >
              <span className="palette-item-icon" style={{ color: item.color }} aria-hidden="true">
                {item.glyph}
              </span>
              <span className="palette-item-text">
                <span className="palette-item-label">{item.label}</span>
                <span className="palette-item-description">{item.description}</span>
              </span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
