import { useMemo, useState } from "react";
import { getAtPointer, isJsonObject, type JsonObject, type JsonValue } from "../../asl/json";
import { languageAt } from "../../inspector/model/queryLanguage";
import type { StateMock } from "../../asl/mocks/types";
import { findStateByPointer } from "../../asl/traverse";
import { useStudio } from "../../store/StudioContext";
import { JsonTextArea } from "../common/JsonTextArea";
import { JsonView } from "../common/JsonView";
import { parseJsonText } from "../model/parseJsonText";
import { visitIndexesOf } from "../model/visitQueries";
import { activeInput } from "../runController";
import { useSelectedState } from "../useSelectedState";
import { useRun } from "../useRun";
import { StageCard } from "./StageCard";
import { computeDataFlow, type ResultSource } from "./stageModel";

type InputMode = "run" | "typed";
type ResultMode = "run" | "mock" | "typed" | "default";

function mockResult(mock: StateMock | undefined): ResultSource | undefined {
  if (!mock || "itemReader" in mock) return undefined;
  const step = "sequence" in mock ? mock.sequence[0] : mock;
  if (!step) return undefined;
  const label = "sequence" in mock ? "The mock's first answer (invocation 0)" : "The state's mock";
  return "error" in step ? { kind: "error", error: step.error, ...(step.cause !== undefined ? { cause: step.cause } : {}), label } : { kind: "value", value: step.result, label };
}

/**
 * The data-flow view of the selected state: its stages side by side, evaluated live with the
 * interpreter's own stage functions as the definition changes. Input from a run's visit or typed;
 * the result from the run, the mock, typed, or the integration's default.
 */
export function DataFlowView() {
  const definition = useStudio((s) => s.definition);
  const sample = useStudio((s) => activeInput(s)?.text ?? "{}");
  const mocks = useStudio((s) => s.simulation.mocks);
  const run = useRun((s) => s.run);
  const inspected = useRun((s) => s.inspectedVisit);
  const pointer = useSelectedState();
  const location = pointer ? findStateByPointer(definition, pointer) : undefined;
  const state = pointer ? getAtPointer(definition as JsonValue, pointer) : undefined;

  const visit = useMemo(() => {
    if (!run || !pointer) return undefined;
    const chosen = inspected !== undefined ? run.visits[inspected] : undefined;
    if (chosen && chosen.pointer === pointer) return chosen;
    const indexes = visitIndexesOf(run.visits, pointer);
    return indexes.length > 0 ? run.visits[indexes[indexes.length - 1] as number] : undefined;
  }, [run, pointer, inspected]);

  const [inputMode, setInputMode] = useState<InputMode | undefined>();
  const [typedInput, setTypedInput] = useState<string | undefined>();
  const [resultMode, setResultMode] = useState<ResultMode | undefined>();
  const [typedResult, setTypedResult] = useState("{}");
  const [typedVariables, setTypedVariables] = useState("{}");

  const type = state && typeof state === "object" && !Array.isArray(state) ? String(state.Type ?? "") : "";
  const hasResultStage = type === "Task" || type === "Map" || type === "Parallel";
  const mock = location ? mocks[location.name] : undefined;
  const effectiveInputMode: InputMode = inputMode === "run" && visit ? "run" : inputMode === "typed" ? "typed" : visit ? "run" : "typed";
  const runResult = visit?.stages.result;
  const effectiveResultMode: ResultMode =
    resultMode && (resultMode !== "run" || runResult !== undefined) && (resultMode !== "mock" || mockResult(mock)) ? resultMode : runResult !== undefined && effectiveInputMode === "run" ? "run" : mockResult(mock) ? "mock" : "default";

  const inputText = typedInput ?? sample;
  const parsedInput = parseJsonText(inputText);
  const input: JsonValue | undefined = effectiveInputMode === "run" ? visit?.input : parsedInput.ok ? parsedInput.value : undefined;
  const parsedResult = parseJsonText(typedResult);
  const language = useMemo(() => (pointer ? languageAt(definition, pointer).language : "JSONPath"), [definition, pointer]);
  const parsedVariables = useMemo(() => parseJsonText(typedVariables), [typedVariables]);
  const variables: JsonObject | undefined = effectiveInputMode === "run" ? (visit?.variables as JsonObject | undefined) : parsedVariables.ok && isJsonObject(parsedVariables.value) ? parsedVariables.value : undefined;

  const model = useMemo(() => {
    if (!location || state === undefined || input === undefined) return undefined;
    let result: ResultSource | undefined;
    if (effectiveResultMode === "run" && runResult !== undefined) result = { kind: "value", value: runResult, label: "The result recorded by the run" };
    else if (effectiveResultMode === "mock") result = mockResult(mock);
    else if (effectiveResultMode === "typed" && parsedResult.ok) result = { kind: "value", value: parsedResult.value, label: "Typed here" };
    const itemReaderData = mock && "itemReader" in mock ? mock.itemReader : undefined;
    return computeDataFlow({ stateName: location.name, state, input, language, ...(variables ? { variables } : {}), ...(result ? { result } : {}), ...(itemReaderData !== undefined ? { itemReaderData } : {}) });
  }, [location, state, input, language, variables, effectiveResultMode, runResult, mock, parsedResult.ok, typedResult]);

  if (!pointer || !location) {
    return (
      <div className="sim-empty">
        <p>
          <strong>Select a state</strong> on the graph to see how it transforms its data, side by side: InputPath, Parameters, the task result, ResultSelector, ResultPath and OutputPath (JSONata: Arguments, the result and Output), and the variables after Assign.
        </p>
      </div>
    );
  }

  return (
    <div className="dataflow" data-testid="dataflow" data-language={language}>
      <div className="dataflow-sources">
        <h3 className="step-title">
          {location.name} <span className="sim-muted">{type}{language === "JSONata" ? " · JSONata" : ""}</span>
        </h3>
        <label className="sim-inline-field">
          <span>State input</span>
          <select value={effectiveInputMode} onChange={(e) => setInputMode(e.target.value as InputMode)} aria-label="State input source">
            <option value="run" disabled={!visit}>
              {visit ? `From the run${visit.iterationPath.length ? ` (${visit.iterationPath.map((s) => `${s.state} #${s.index}`).join(" › ")})` : ""}` : "From a run (run it first)"}
            </option>
            <option value="typed">Typed here</option>
          </select>
        </label>
        {hasResultStage && (
          <label className="sim-inline-field">
            <span>{type === "Task" ? "Task result" : type === "Map" ? "Iteration results" : "Branch results"}</span>
            <select value={effectiveResultMode} onChange={(e) => setResultMode(e.target.value as ResultMode)} aria-label="Result source">
              <option value="run" disabled={runResult === undefined}>
                From the run
              </option>
              <option value="mock" disabled={!mockResult(mock)}>
                From the mock
              </option>
              <option value="typed">Typed here</option>
              <option value="default">{type === "Task" ? "Integration's default result" : "Assume inputs pass through"}</option>
            </select>
          </label>
        )}
        {model?.nextState !== undefined && !model.caught && (
          <span className="sim-muted" data-testid="dataflow-next">
            Next: <strong>{model.nextState}</strong>
          </span>
        )}
      </div>
      {(effectiveInputMode === "typed" || effectiveResultMode === "typed") && (
        <div className="dataflow-typed">
          {effectiveInputMode === "typed" && <JsonTextArea label="State input (typed)" value={inputText} onChange={setTypedInput} rows={4} testId="dataflow-input" />}
          {effectiveInputMode === "typed" && <JsonTextArea label="Variables in scope (typed)" value={typedVariables} onChange={setTypedVariables} rows={4} testId="dataflow-variables" />}
          {effectiveResultMode === "typed" && <JsonTextArea label="Result (typed)" value={typedResult} onChange={setTypedResult} rows={4} testId="dataflow-result" />}
        </div>
      )}
      {model && (
        <>
          <div className="dataflow-stages" role="list" aria-label="Data-flow stages">
            {model.stages.map((stage, i) => (
              <div key={stage.id} role="listitem" className="dataflow-stage-slot">
                {i > 0 && <span className="dataflow-arrow" aria-hidden="true">→</span>}
                <StageCard stage={stage} statePointer={pointer} note={stage.id === "result" ? model.resultLabel : undefined} />
              </div>
            ))}
          </div>
          {model.retriable && (
            <p className="sim-muted" data-testid="dataflow-retriable">
              Retry #{model.retriable.index} matches {model.error?.error}: a run retries the task up to {model.retriable.maxAttempts} {model.retriable.maxAttempts === 1 ? "time" : "times"} first (TestState says RETRIABLE).
            </p>
          )}
          {model.caught && (
            <div className="sim-banner is-warning" data-testid="dataflow-caught">
              <div>
                <strong>{model.caught.error.error}</strong> is caught by Catch #{model.caught.index}: the state goes to <strong>{model.caught.next}</strong> with this output.
                <JsonView value={model.output} label="Output after the catcher" />
              </div>
            </div>
          )}
          {model.error && !model.caught && (
            <div className="sim-banner is-error" data-testid="dataflow-error">
              <div>
                The state fails with <strong>{model.error.error}</strong>
                {model.error.cause && <p className="sim-cause">{model.error.cause}</p>}
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}
