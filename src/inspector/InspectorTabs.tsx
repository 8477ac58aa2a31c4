import type { KeyboardEvent } from "react";
import type { QueryLanguageMode } from "../asl/validate/model";
import { tabLabel, type InspectorTab } from "./model/stateTabs";

/**
 * The inspector's tab list (WAI-ARIA tabs): arrow keys, Home and End move between tabs and
 * select them; only the selected tab is in the Tab order. A count marks tabs with problems.
 */
export function InspectorTabs({ idBase, tabs, active, problems, onSelect, language = "JSONPath" }: { idBase: string; tabs: readonly InspectorTab[]; active: InspectorTab; problems: Partial<Record<InspectorTab, number>>; onSelect: (tab: InspectorTab) => void; language?: QueryLanguageMode }) {
  const focusTab = (tab: InspectorTab) => {
    onSelect(tab);
    document.getElementById(`${idBase}-tab-${tab}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(active);
    const target =
      event.key === "ArrowRight" ? tabs[(index + 1) % tabs.length] : event.key === "ArrowLeft" ? tabs[(index - 1 + tabs.length) % tabs.length] : event.key === "Home" ? tabs[0] : event.key === "End" ? tabs[tabs.length - 1] : undefined;
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };
  return (
    <div className="inspector-tabs" role="tablist" aria-label="State settings" onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const count = problems[tab] ?? 0;
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${idBase}-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`${idBase}-panel`}
            tabIndex={tab === active ? 0 : -1}
            className="inspector-tab"
            onClick={() => onSelect(tab)}
          >
            {tabLabel(tab, language)}
            {count > 0 && (
              <span className="tab-badge">
                <span className="visually-hidden">, </span>
                {count}
                <span className="visually-hidden">{count === 1 ? " problem" : " problems"}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
