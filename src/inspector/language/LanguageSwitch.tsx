import { useId, useState } from "react";
import type { Caveat, Refusal } from "../../asl/jsonata/convertToJsonata";
import { parsePointer } from "../../asl/json";
import type { StateMachine } from "../../asl/types";
import { useStudio, useStudioStore } from "../../store/StudioContext";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "../fields/FieldHelp";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useLanguageInfo } from "../fields/useLanguage";
import { machineLanguage, planMachineToJsonata, planMachineToJsonPath, planStateToJsonata, planStateToJsonPath, type QueryLanguageMode, type SwitchPlan } from "../model/queryLanguage";

type Outcome = { kind: "done"; summary: string; caveats: Caveat[] } | { kind: "refused"; summary: string; refusals: Refusal[]; target: QueryLanguageMode };

/** "Parameters › greeting.$" (state) or "Charge › Parameters › amount.$" (machine, without the leading States). */
function fieldLabel(pointer: string, machine: boolean): string {
  const segments = parsePointer(pointer);
  const shown = machine && segments[0] === "States" ? segments.slice(1) : segments;
  return shown.join(" › ") || (machine ? "the state machine" : "the state");
}

function SwitchOutcome({ outcome, machine, onKeepStates }: { outcome: Outcome | undefined; machine: boolean; onKeepStates?: (() => void) | undefined }) {
  return (
    <div className="language-outcome" role="status" aria-live="polite" data-testid="language-switch-result">
      {outcome?.kind === "done" && (
        <p className="field-help is-success">
          {outcome.summary}
          {outcome.caveats.length > 0 && " Check these fields:"}
        </p>
      )}
      {outcome?.kind === "done" && outcome.caveats.length > 0 && (
        <ul className="language-list">
          {outcome.caveats.map((c, i) => (
            <li key={i}>
              <code>{fieldLabel(c.pointer, machine)}</code> {c.message}
            </li>
          ))}
        </ul>
      )}
      {outcome?.kind === "refused" && (
        <div className="language-refused" data-testid="conversion-refusals">
          <p className="field-message" data-severity="error">
            {outcome.summary}
          </p>
          <ul className="language-list">
            {outcome.refusals.map((r, i) => (
              <li key={i} data-testid="conversion-refusal">
                <code>{fieldLabel(r.pointer, machine)}</code> {r.message}
              </li>
            ))}
          </ul>
          {onKeepStates && outcome.target === "JSONPath" && (
            <button type="button" className="button is-small" onClick={onKeepStates}>
              Make JSONPath the default, keep each state in JSONata
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function LanguageRadios({ legend, value, disabled, onChoose, hint }: { legend: string; value: QueryLanguageMode; disabled?: boolean; onChoose: (target: QueryLanguageMode) => void; hint?: string | undefined }) {
  const name = useId();
  const about = useFieldHelp();
  return (
    <div className={`language-switch${disabled ? " is-disabled" : ""}`} data-testid="language-switch" data-language={value}>
      <div className="language-switch-row">
        <span className="field-label" id={`${name}-label`}>
          {legend}
        </span>
        <FieldHelpButton field="QueryLanguage" expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />
        {/* Two toggle buttons (one pressed) rather than radios: choosing may be refused, and then nothing changes. */}
        <div className="lang-segmented" role="group" aria-labelledby={`${name}-label`} aria-describedby={hint ? `${name}-hint` : undefined}>
          {(["JSONPath", "JSONata"] as const).map((option) => (
            <button
              key={option}
              type="button"
              className={`lang-segment${value === option ? " is-selected" : ""}`}
              aria-pressed={value === option}
              disabled={disabled}
              title={value === option ? `The query language is ${option}` : option === "JSONata" ? "Convert to JSONata" : "Switch back to JSONPath"}
              onClick={() => onChoose(option)}
            >
              {option}
            </button>
          ))}
        </div>
      </div>
      {about.expanded && <FieldHelpPanel field="QueryLanguage" id={about.panelId} />}
      {hint && (
        <p className="field-help" id={`${name}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** The per-state switch: convert this state to JSONata, or take it back to JSONPath when nothing in it is JSONata. */
export function StateLanguageSwitch({ pointer, readOnly }: { pointer: string; readOnly: boolean }) {
  const store = useStudioStore();
  const apply = useApplyEdit();
  const info = useLanguageInfo(pointer);
  const [outcome, setOutcome] = useState<Outcome>();
  const machine = useStudio((s) => machineLanguage(s.definition));
  const fixed = info.inherited === "JSONata";
  const hint = fixed
    ? `JSONata, from ${machine === "JSONata" ? "the state machine" : "the Parallel or Map around this state"}: a state cannot use JSONPath inside it.`
    : info.source === "state" && info.language === "JSONata"
      ? "This state uses JSONata inside a JSONPath workflow."
      : undefined;
  const choose = (target: QueryLanguageMode) => {
    if (target === info.language) return;
    const definition = store.getState().definition as StateMachine | undefined;
    if (!definition) return;
    const plan: SwitchPlan = target === "JSONata" ? planStateToJsonata(definition, pointer) : planStateToJsonPath(definition, pointer);
    if (plan.ok) {
      apply(plan.edit);
      setOutcome({ kind: "done", summary: plan.summary, caveats: plan.caveats });
    } else setOutcome({ kind: "refused", summary: plan.summary, refusals: plan.refusals, target });
  };
  return (
    <div className="state-language" data-testid="state-language">
      <LanguageRadios legend="Query language" value={info.language} disabled={readOnly || fixed} onChoose={choose} hint={hint} />
      <SwitchOutcome outcome={outcome} machine={false} />
    </div>
  );
}

/** The machine-wide switch: convert every state to JSONata (or nothing), or go back to JSONPath. */
export function MachineLanguageSwitch({ readOnly }: { readOnly: boolean }) {
  const store = useStudioStore();
  const apply = useApplyEdit();
  const language = useStudio((s) => machineLanguage(s.definition));
  const [outcome, setOutcome] = useState<Outcome>();
  const run = (plan: SwitchPlan, target: QueryLanguageMode) => {
    if (plan.ok) {
      apply(plan.edit);
      setOutcome({ kind: "done", summary: plan.summary, caveats: plan.caveats });
    } else setOutcome({ kind: "refused", summary: plan.summary, refusals: plan.refusals, target });
  };
  const choose = (target: QueryLanguageMode) => {
    if (target === language) return;
    const definition = store.getState().definition as StateMachine | undefined;
    if (!definition) return;
    run(target === "JSONata" ? planMachineToJsonata(definition) : planMachineToJsonPath(definition), target);
  };
  const keepStates = () => {
    const definition = store.getState().definition as StateMachine | undefined;
    if (definition) run(planMachineToJsonPath(definition, true), "JSONPath");
  };
  return (
    <div className="machine-language" data-testid="machine-language">
      <LanguageRadios
        legend="Query language"
        value={language}
        disabled={readOnly}
        onChoose={choose}
        hint={language === "JSONata" ? "Every state uses Arguments, Output and {% %} expressions unless it says otherwise." : "JSONata converts every state (paths, Parameters, ResultSelector, ResultPath, OutputPath); if any cannot be converted faithfully, nothing changes."}
      />
      <SwitchOutcome outcome={outcome} machine onKeepStates={keepStates} />
    </div>
  );
}
