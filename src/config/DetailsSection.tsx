import { useMemo } from "react";
import type { WorkflowType } from "../asl/types";
import { useStudio } from "../store/StudioContext";
import { ConfigField } from "./ConfigField";
import { ConfigSection } from "./ConfigSection";
import { checkStateMachineName, stateMachineNameNote } from "./model/stateMachineName";

const TYPES: { type: WorkflowType; label: string; description: string }[] = [
  { type: "STANDARD", label: "Standard", description: "Durable, exactly-once workflows that run for up to one year, with full execution history. Every integration pattern: request response, .sync jobs and callbacks." },
  { type: "EXPRESS", label: "Express", description: "High-volume, short workflows of up to five minutes, at-least-once. Request-response integrations only: no .sync, no .waitForTaskToken, no activities, no distributed Map." },
];

/** The state machine's name (with the naming rules) and its type, which drives validation. */
export function DetailsSection() {
  const name = useStudio((s) => s.config.name);
  const type = useStudio((s) => s.config.type);
  const setConfig = useStudio((s) => s.setConfig);
  const diagnostics = useStudio((s) => s.diagnostics);
  const expressProblems = useMemo(() => diagnostics.filter((d) => d.code.startsWith("EXPRESS_")).length, [diagnostics]);
  return (
    <ConfigSection title="Details">
      <ConfigField label="State machine name" help="At most 80 characters: letters, digits, - _ . and no spaces. It cannot change once the state machine is created." error={checkStateMachineName(name)} note={stateMachineNameNote(name)}>
        {(control) => <input {...control} className="config-input" type="text" spellCheck={false} autoComplete="off" value={name} onChange={(e) => setConfig({ name: e.target.value })} />}
      </ConfigField>
      <fieldset className="config-field type-choice">
        <legend className="config-label">Type</legend>
        <div className="type-cards">
          {TYPES.map((option) => (
            <label key={option.type} className={`type-card${type === option.type ? " is-selected" : ""}`}>
              <input type="radio" name="workflow-type" value={option.type} checked={type === option.type} onChange={() => setConfig({ type: option.type })} />
              <span className="type-card-text">
                <span className="type-card-title">{option.label}</span>
                <span className="type-card-description">{option.description}</span>
              </span>
            </label>
          ))}
        </div>
        <p className="config-help">The type cannot change once the state machine is created. Switching it here re-checks the workflow at once.</p>
        {type === "EXPRESS" && expressProblems > 0 && (
          <p className="config-message" data-severity="error" data-testid="express-problems">
            {expressProblems === 1 ? "1 state uses" : `${expressProblems} states use`} something Express workflows do not support; see the Problems panel.
          </p>
        )}
      </fieldset>
    </ConfigSection>
  );
}
