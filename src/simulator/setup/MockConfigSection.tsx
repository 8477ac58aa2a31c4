import { useRef, useState } from "react";
import { MockConfigError } from "../../asl/mocks/mockConfig";
import { useStudio } from "../../store/StudioContext";
import { downloadText } from "../common/download";
import { exportMockConfig, formatJson, readMockConfig } from "../model/mockConfigIO";

/** Import a Step Functions Local MockConfigFile and choose its test case; export the per-state mocks as one. */
export function MockConfigSection() {
  const mockConfig = useStudio((s) => s.simulation.mockConfig);
  const mocks = useStudio((s) => s.simulation.mocks);
  const machineName = useStudio((s) => s.config.name);
  const setSimulation = useStudio((s) => s.setSimulation);
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();

  const importFile = async (file: File) => {
    try {
      const imported = readMockConfig(await file.text());
      const stateMachine = imported.stateMachines.includes(machineName) ? machineName : (imported.stateMachines[0] as string);
      const testCase = imported.testCases[stateMachine]?.[0];
      if (testCase === undefined) throw new MockConfigError(`State machine "${stateMachine}" has no test cases.`);
      setSimulation({ mockConfig: { file: imported.file, testCase, stateMachine } });
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const machines = mockConfig ? Object.keys(mockConfig.file.StateMachines) : [];
  const machine = mockConfig?.stateMachine ?? machines[0];
  const cases = mockConfig && machine ? Object.keys(mockConfig.file.StateMachines[machine]?.TestCases ?? {}) : [];
  const exportable = Object.keys(mocks).length > 0;

  return (
    <section className="mock-config" aria-label="Mock config file">
      <h3 className="sim-heading">Step Functions Local mock config</h3>
      <div className="sim-row">
        <button type="button" className="sim-button is-small" onClick={() => fileInput.current?.click()}>
          Import MockConfigFile…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          aria-label="MockConfigFile to import"
          data-testid="mock-config-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = "";
          }}
        />
        <button
          type="button"
          className="sim-button is-small"
          disabled={!exportable}
          title={exportable ? "Download the per-state mocks as a MockConfigFile test case" : "No per-state mocks to export"}
          onClick={() => downloadText("MockConfigFile.json", formatJson(exportMockConfig(mocks, machineName, "Simulated")) + "\n")}
        >
          Export mocks
        </button>
      </div>
      {error && (
        <p className="sim-error-text" role="alert">
          {error}
        </p>
      )}
      {mockConfig && (
        <div className="sim-grid-2 mock-config-choice">
          {machines.length > 1 && (
            <label className="sim-inline-field is-stacked">
              <span>State machine</span>
              <select value={machine} onChange={(e) => setSimulation({ mockConfig: { ...mockConfig, stateMachine: e.target.value, testCase: Object.keys(mockConfig.file.StateMachines[e.target.value]?.TestCases ?? {})[0] ?? "" } })}>
                {machines.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
            </label>
          )}
          <label className="sim-inline-field is-stacked">
            <span>Test case</span>
            <select value={mockConfig.testCase} onChange={(e) => setSimulation({ mockConfig: { ...mockConfig, testCase: e.target.value } })} aria-label="Test case">
              {cases.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="sim-button is-small is-quiet"
            onClick={() => setSimulation({ mockConfig: undefined })}
            aria-label="Remove the mock config"
          >
            Remove
          </button>
        </div>
      )}
      {mockConfig && <p className="sim-muted">Per-state mocks below take precedence over the test case.</p>}
    </section>
  );
}
