import type { JsonValue } from "../asl/json";
import type { StateMock, StateMockStep } from "../asl/mocks/types";
import { useStudio } from "../store/StudioContext";
import { testCaseMocks } from "./model/mockConfigIO";
import { MockStepEditor } from "./setup/MockStepEditor";
import { ItemReaderMockEditor } from "./setup/ItemReaderMockEditor";
import "./simulator.css";

type Kind = "none" | "result" | "error" | "sequence";

function kindOf(mock: StateMock | undefined): Kind {
  if (!mock || "itemReader" in mock) return "none";
  if ("sequence" in mock) return "sequence";
  return "error" in mock ? "error" : "result";
}

/**
 * The mock of one Task state (self-contained: give it a state name): none (the integration's
 * default result, or the imported test case), a result, an error with cause, or a sequence
 * answered one per invocation (retries use up the next answers; the last one repeats).
 * Map states with an ItemReader get the reader's data instead.
 */
export function MockEditor({ stateName, stateType = "Task" }: { stateName: string; stateType?: string }) {
  const mock = useStudio((s) => (Object.prototype.hasOwnProperty.call(s.simulation.mocks, stateName) ? s.simulation.mocks[stateName] : undefined));
  const mockConfig = useStudio((s) => s.simulation.mockConfig);
  const setSimulation = useStudio((s) => s.setSimulation);
  const mocks = useStudio((s) => s.simulation.mocks);
  const write = (next: StateMock | undefined) => {
    const rest = { ...mocks };
    delete rest[stateName];
    setSimulation({ mocks: next === undefined ? rest : { ...rest, [stateName]: next } });
  };
  if (stateType === "Map") return <ItemReaderMockEditor stateName={stateName} mock={mock} onChange={write} />;

  const kind = kindOf(mock);
  const fromCase = mockConfig ? testCaseMocks(mockConfig.file, mockConfig.testCase, mockConfig.stateMachine)[stateName] : undefined;
  const setKind = (next: Kind) => {
    const first: StateMockStep = mock && !("itemReader" in mock) && !("sequence" in mock) ? mock : mock && "sequence" in mock && mock.sequence[0] ? mock.sequence[0] : { result: {} as JsonValue };
    if (next === "none") write(undefined);
    else if (next === "result") write("result" in first ? first : { result: {} });
    else if (next === "error") write("error" in first ? first : { error: "States.TaskFailed", cause: "" });
    else write({ sequence: [{ error: "States.TaskFailed", cause: "First attempt fails" }, "result" in first ? first : { result: {} }] });
  };
  return (
    <div className="mock-editor" data-testid="mock-editor" data-state-name={stateName}>
      <label className="sim-inline-field">
        <span>Mock</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-label={`Mock of ${stateName}`}>
          <option value="none">{fromCase ? `From test case (${fromCase})` : "None: the integration's default result"}</option>
          <option value="result">Result</option>
          <option value="error">Error</option>
          <option value="sequence">Sequence (one answer per invocation)</option>
        </select>
      </label>
      {mock && !("itemReader" in mock) && !("sequence" in mock) && <MockStepEditor step={mock} onChange={write} label={stateName} />}
      {mock && "sequence" in mock && (
        <div className="mock-sequence">
          {mock.sequence.map((step, index) => (
            <div key={index} className="mock-sequence-step">
              <MockStepEditor step={step} label={`Invocation ${index}`} onChange={(next) => write({ sequence: mock.sequence.map((s, i) => (i === index ? next : s)) })} />
              <button
                type="button"
                className="sim-button is-small is-quiet"
                aria-label={`Remove invocation ${index}`}
                disabled={mock.sequence.length <= 1}
                onClick={() => write({ sequence: mock.sequence.filter((_, i) => i !== index) })}
              >
                Remove
              </button>
            </div>
          ))}
          <div className="sim-row">
            <button type="button" className="sim-button is-small" onClick={() => write({ sequence: [...mock.sequence, { result: {} }] })}>
              Add invocation
            </button>
            <span className="sim-muted">Retries use the next answers; the last one repeats.</span>
          </div>
        </div>
      )}
    </div>
  );
}
