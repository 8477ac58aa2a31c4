import { useEffect, useState } from "react";
import type { JsonValue } from "../../asl/json";
import type { StateMockStep } from "../../asl/mocks/types";
import { JsonTextArea } from "../common/JsonTextArea";
import { parseJsonText } from "../model/parseJsonText";

/** One answer of a mock: a result (JSON, kept as typed until it parses) or an error with cause; optionally how long the task takes. */
export function MockStepEditor({ step, onChange, label }: { step: StateMockStep; onChange: (step: StateMockStep) => void; label: string }) {
  const isError = "error" in step;
  const [draft, setDraft] = useState(() => (isError ? "{}" : JSON.stringify(step.result, null, 2)));
  useEffect(() => {
    if (isError) return;
    const parsed = parseJsonText(draft);
    if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(step.result)) setDraft(JSON.stringify(step.result, null, 2));
    // Only when the stored result changes from outside (an import, undo of a template).
  }, [isError ? undefined : JSON.stringify(step.result)]);
  const delay = step.delaySeconds;
  const withDelay = (next: StateMockStep): StateMockStep => (delay !== undefined ? { ...next, delaySeconds: delay } : next);
  return (
    <div className="mock-step">
      <div className="sim-row">
        <span className="sim-label">{label}</span>
        <div className="sim-segmented" role="radiogroup" aria-label={`${label}: answer`}>
          <label>
            <input type="radio" checked={!isError} onChange={() => onChange(withDelay({ result: parsedOr(draft, {}) }))} /> Result
          </label>
          <label>
            <input type="radio" checked={isError} onChange={() => onChange(withDelay({ error: "States.TaskFailed", cause: "" }))} /> Error
          </label>
        </div>
        <label className="sim-inline-field" title="How long the task takes on the virtual clock">
          <span>Takes (s)</span>
          <input
            type="number"
            min={0}
            className="sim-number is-short"
            value={delay ?? ""}
            placeholder="0"
            aria-label={`${label}: seconds the task takes`}
            onChange={(e) => {
              const seconds = e.target.value === "" ? undefined : Math.max(0, Number(e.target.value));
              const { delaySeconds: _old, ...rest } = step;
              onChange(seconds === undefined ? (rest as StateMockStep) : { ...rest, delaySeconds: seconds });
            }}
          />
        </label>
      </div>
      {isError ? (
        <div className="sim-grid-2">
          <label className="sim-inline-field is-stacked">
            <span>Error</span>
            <input type="text" value={step.error} onChange={(e) => onChange({ ...step, error: e.target.value })} aria-label={`${label}: error name`} placeholder="States.TaskFailed" />
          </label>
          <label className="sim-inline-field is-stacked">
            <span>Cause</span>
            <input type="text" value={step.cause ?? ""} onChange={(e) => onChange({ ...step, cause: e.target.value })} aria-label={`${label}: cause`} />
          </label>
        </div>
      ) : (
        <JsonTextArea
          label={`${label}: result JSON`}
          hideLabel
          value={draft}
          rows={4}
          onChange={(text) => {
            setDraft(text);
            const parsed = parseJsonText(text);
            if (parsed.ok) onChange(withDelay({ result: parsed.value }));
          }}
        />
      )}
    </div>
  );
}

function parsedOr(text: string, fallback: JsonValue): JsonValue {
  const parsed = parseJsonText(text);
  return parsed.ok ? parsed.value : fallback;
}
