import type { SampleInput } from "../../store/simulationData";
import { useStudio } from "../../store/StudioContext";
import { JsonTextArea } from "../common/JsonTextArea";
import { parseJsonText } from "../model/parseJsonText";

function nextId(inputs: SampleInput[]): string {
  let n = inputs.length + 1;
  while (inputs.some((i) => i.id === `input-${n}`)) n++;
  return `input-${n}`;
}

/** Named sample inputs, kept with the document: pick, add, rename, duplicate, delete, edit with validation. */
export function InputsEditor() {
  const simulation = useStudio((s) => s.simulation);
  const setSimulation = useStudio((s) => s.setSimulation);
  const { inputs, activeInputId } = simulation;
  const active = inputs.find((i) => i.id === activeInputId) ?? inputs[0];
  const update = (patch: Partial<SampleInput>) => {
    if (!active) return;
    setSimulation({ inputs: inputs.map((i) => (i.id === active.id ? { ...i, ...patch } : i)) });
  };
  const add = (text: string, base = "Input") => {
    const id = nextId(inputs);
    let name = `${base} ${inputs.length + 1}`;
    for (let n = inputs.length + 2; inputs.some((i) => i.name === name); n++) name = `${base} ${n}`;
    setSimulation({ inputs: [...inputs, { id, name, text }], activeInputId: id });
  };
  const remove = () => {
    if (!active || inputs.length <= 1) return;
    const rest = inputs.filter((i) => i.id !== active.id);
    setSimulation({ inputs: rest, activeInputId: (rest[0] as SampleInput).id });
  };
  const format = () => {
    if (!active) return;
    const parsed = parseJsonText(active.text);
    if (parsed.ok) update({ text: JSON.stringify(parsed.value, null, 2) });
  };
  return (
    <div className="sim-setup-section" data-testid="inputs-editor">
      <div className="sim-row">
        <label className="sim-inline-field is-grow">
          <span>Sample input</span>
          <select value={active?.id ?? ""} onChange={(e) => setSimulation({ activeInputId: e.target.value })} aria-label="Sample input">
            {inputs.map((input) => (
              <option key={input.id} value={input.id}>
                {input.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="sim-button is-small" onClick={() => add("{}")}>
          New
        </button>
        <button type="button" className="sim-button is-small" onClick={() => active && add(active.text, active.name)} disabled={!active}>
          Duplicate
        </button>
        <button type="button" className="sim-button is-small" onClick={remove} disabled={inputs.length <= 1} aria-label="Delete this input">
          Delete
        </button>
      </div>
      {active && (
        <>
          <label className="sim-inline-field">
            <span>Name</span>
            <input type="text" value={active.name} onChange={(e) => update({ name: e.target.value })} aria-label="Input name" />
          </label>
          <JsonTextArea label="Input JSON" value={active.text} onChange={(text) => update({ text })} rows={10} testId="input-json" />
          <div className="sim-row">
            <button type="button" className="sim-button is-small" onClick={format} disabled={!parseJsonText(active.text).ok}>
              Format
            </button>
          </div>
        </>
      )}
    </div>
  );
}
