import { useMemo, useState } from "react";
import { isJsonObject } from "../../asl/json";
import { listStates } from "../../asl/traverse";
import { useStudio } from "../../store/StudioContext";
import { MockEditor } from "../MockEditor";
import { MockConfigSection } from "./MockConfigSection";

/** Mocks of every Task state (and Map ItemReader data), plus Step Functions Local MockConfigFile import/export. */
export function MocksEditor() {
  const definition = useStudio((s) => s.definition);
  const mocks = useStudio((s) => s.simulation.mocks);
  const selection = useStudio((s) => s.selection);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const states = useMemo(
    () =>
      listStates(definition).filter((l) => {
        const state = l.state as unknown as Record<string, unknown>;
        return state.Type === "Task" || (state.Type === "Map" && isJsonObject(state.ItemReader as never));
      }),
    [definition],
  );
  return (
    <div className="sim-setup-section" data-testid="mocks-editor">
      <MockConfigSection />
      <h3 className="sim-heading">Per-state mocks</h3>
      {states.length === 0 && <p className="sim-muted">This workflow has no Task states to mock.</p>}
      <ul className="mock-list">
        {states.map((location) => {
          const state = location.state as unknown as Record<string, unknown>;
          const isOpen = open[location.pointer] ?? (selection.includes(location.pointer) || Object.prototype.hasOwnProperty.call(mocks, location.name));
          return (
            <li key={location.pointer} className={`mock-item${selection.includes(location.pointer) ? " is-selected" : ""}`}>
              <button type="button" className="mock-item-header" aria-expanded={isOpen} onClick={() => setOpen({ ...open, [location.pointer]: !isOpen })}>
                <span className="mock-item-caret" aria-hidden="true">
                  {isOpen ? "▾" : "▸"}
                </span>
                <span className="mock-item-name">{location.name}</span>
                <span className="sim-muted mock-item-summary">{summary(mocks[location.name])}</span>
                <span className="sim-muted mock-item-resource">{typeof state.Resource === "string" ? state.Resource.replace(/^arn:aws:states:::/, "") : String(state.Type)}</span>
              </button>
              {isOpen && <MockEditor stateName={location.name} stateType={String(state.Type)} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function summary(mock: import("../../asl/mocks/types").StateMock | undefined): string {
  if (!mock) return "";
  if ("itemReader" in mock) return "item data";
  if ("sequence" in mock) return `${mock.sequence.length} answers`;
  return "error" in mock ? `throws ${mock.error}` : "result";
}
