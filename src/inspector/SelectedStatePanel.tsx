import { findStateByPointer } from "../asl/traverse";
import { useStudio } from "../store/StudioContext";

/** Until the field-by-field inspector lands: the selected state's name, type and ASL, read-only. */
export function SelectedStatePanel() {
  const pointer = useStudio((s) => s.selection[0]);
  const definition = useStudio((s) => s.definition);
  const location = pointer === undefined ? undefined : findStateByPointer(definition, pointer);
  if (!location) return <p className="panel-empty">Select a state to see its definition.</p>;
  return (
    <div className="selected-state" data-testid="selected-state">
      <h3 className="selected-state-name">{location.name}</h3>
      <p className="selected-state-type">{String(location.state.Type)} state</p>
      <pre className="selected-state-json">{JSON.stringify(location.state, null, 2)}</pre>
    </div>
  );
}
