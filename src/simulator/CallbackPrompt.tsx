import { useState } from "react";
import type { PendingTask } from "../asl/interpret/types";
import { JsonTextArea } from "./common/JsonTextArea";
import { jsonPreview } from "./common/JsonView";
import { parseJsonText } from "./model/parseJsonText";
import { useRun, useRunStore } from "./useRun";

/** A `.waitForTaskToken` (or activity) task is waiting: answer it like SendTaskSuccess / SendTaskFailure. */
export function CallbackPrompt() {
  const tasks = useRun((s) => s.pendingTasks);
  if (tasks.length === 0) return null;
  return (
    <div className="callback-prompts">
      {tasks.map((task) => (
        <CallbackTask key={task.taskToken} task={task} />
      ))}
    </div>
  );
}

function CallbackTask({ task }: { task: PendingTask }) {
  const runStore = useRunStore();
  const [output, setOutput] = useState("{}");
  const [error, setError] = useState("");
  const [cause, setCause] = useState("");
  const parsed = parseJsonText(output);
  const where = task.iterationPath.length > 0 ? ` (${task.iterationPath.map((s) => `${s.state} #${s.index}`).join(" › ")})` : "";
  return (
    <section className="callback-prompt" role="dialog" aria-modal="false" aria-label={`Callback for ${task.stateName}`} data-testid="callback-prompt">
      <header>
        <strong>{task.stateName}</strong>
        {where} waits for a callback with its task token.
      </header>
      <p className="sim-muted callback-token">
        Token <code>{task.taskToken.slice(0, 18)}…</code> · {task.resource} · input {jsonPreview(task.input, 80)}
      </p>
      <div className="callback-forms">
        <div className="callback-form">
          <JsonTextArea label="Output (SendTaskSuccess)" value={output} onChange={setOutput} rows={3} />
          <button type="button" className="sim-button is-primary is-small" disabled={!parsed.ok} onClick={() => parsed.ok && runStore.getState().sendTaskSuccess(task.taskToken, parsed.value)}>
            Send success
          </button>
        </div>
        <div className="callback-form">
          <label className="sim-inline-field is-stacked">
            <span>Error (SendTaskFailure)</span>
            <input type="text" value={error} onChange={(e) => setError(e.target.value)} placeholder="States.TaskFailed" />
          </label>
          <label className="sim-inline-field is-stacked">
            <span>Cause</span>
            <input type="text" value={cause} onChange={(e) => setCause(e.target.value)} />
          </label>
          <button type="button" className="sim-button is-danger is-small" onClick={() => runStore.getState().sendTaskFailure(task.taskToken, error, cause)}>
            Send failure
          </button>
        </div>
      </div>
    </section>
  );
}
