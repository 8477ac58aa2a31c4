import { JsonView } from "../common/JsonView";
import type { DataFlowStage } from "./stageModel";
import { StageFieldEditor } from "./StageFieldEditor";

/** One stage: its name (as TestState names it), the field that produced it, its value with the changes highlighted, or the error raised there. */
export function StageCard({ stage, statePointer, note }: { stage: DataFlowStage; statePointer: string; note?: string | undefined }) {
  return (
    <section className={`stage-card is-${stage.status}`} aria-label={stage.title} data-testid="stage" data-stage={stage.id} data-status={stage.status}>
      <header className="stage-card-header">
        <h4 className="stage-title">{stage.title}</h4>
        <code className="stage-api-name" title="The name TestState gives this stage">
          {stage.apiName}
        </code>
      </header>
      {stage.field && <StageFieldEditor field={stage.field} statePointer={statePointer} />}
      {note && <p className="stage-note">{note}</p>}
      {stage.note && <p className="stage-note">{stage.note}</p>}
      <div className="stage-value">
        {stage.status === "ok" && <JsonView value={stage.value} base={stage.base} label={`${stage.title} value`} testId="stage-value" />}
        {stage.status === "error" && stage.error && (
          <div className="stage-error" role="alert" data-testid="stage-error">
            <strong>{stage.error.error}</strong>
            {stage.error.cause && <p>{stage.error.cause}</p>}
          </div>
        )}
        {stage.status === "not-reached" && <p className="sim-muted">Not reached: an earlier stage failed.</p>}
      </div>
    </section>
  );
}
