import { useState } from "react";
import type { ImportedMachine, SkippedMachine } from "./importText";
import { Dialog } from "./ui/Dialog";

/** A template with several state machines: which one to open. */
export function MachineChooserDialog({ machines, skipped, source, onChoose, onClose }: { machines: ImportedMachine[]; skipped: SkippedMachine[]; source: string; onChoose: (machine: ImportedMachine) => void; onClose: () => void }) {
  const [selected, setSelected] = useState(machines[0]?.logicalId);
  const machine = machines.find((m) => m.logicalId === selected);
  return (
    <Dialog
      title="Choose a state machine"
      onClose={onClose}
      testId="machine-chooser"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button is-primary" disabled={!machine} onClick={() => machine && onChoose(machine)}>
            Open
          </button>
        </>
      }
    >
      <p className="dialog-note">{source} holds {machines.length + skipped.length} state machines. Each opens as its own document.</p>
      <div className="choice-list" role="radiogroup" aria-label="State machines">
        {machines.map((m) => (
          <label key={m.logicalId} className={`choice-row${selected === m.logicalId ? " is-selected" : ""}`}>
            <input type="radio" name="machine" value={m.logicalId} checked={selected === m.logicalId} onChange={() => setSelected(m.logicalId)} />
            <span className="choice-main">
              <strong>{m.logicalId}</strong>
              <span className="choice-meta">
                {m.config.name !== m.logicalId ? `${m.config.name} · ` : ""}
                {m.config.type} · {m.resourceType}
              </span>
            </span>
          </label>
        ))}
        {skipped.map((s) => (
          <div key={s.logicalId} className="choice-row is-disabled">
            <span className="choice-main">
              <strong>{s.logicalId}</strong>
              <span className="choice-meta">Cannot be opened: {s.reason}</span>
            </span>
          </div>
        ))}
      </div>
    </Dialog>
  );
}
