import { getStateNamesInScope } from "../../asl/edit/getStateNamesInScope";
import { appendPointer, isJsonObject, type JsonObject } from "../../asl/json";
import type { StateMachine, StateType } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { useStudio } from "../../store/StudioContext";
import { Section } from "../common/Section";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { ValueOrPathField } from "../fields/ValueOrPathField";
import { CatcherCard } from "../errors/CatcherCard";
import { RetrierCard } from "../errors/RetrierCard";
import { editObjectAt } from "../model/editAt";
import { addCatcher, addRetrier, LAMBDA_ERRORS, moveHandler, PREDEFINED_ERRORS, removeHandler } from "../model/errorHandling";
import { isLambdaInvoke } from "../model/ioFields";
import { arrayAt } from "../model/objects";

/** Retriers, catchers, and (for a Task) its timeout and heartbeat (seed L12353-L12404). */
export function ErrorHandlingTab({ pointer, name, type, language = "JSONPath" }: { pointer: string; name: string; type: StateType | undefined; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const definition = useStudio((s) => s.definition) as StateMachine | undefined;
  const apply = useApplyEdit();
  const node: JsonObject = isJsonObject(state) ? state : {};
  const retriers = arrayAt(node, "Retry");
  const catchers = arrayAt(node, "Catch");
  const names = definition ? getStateNamesInScope(definition, pointer).filter((n) => n !== name) : [];
  const suggestions = isLambdaInvoke(node) ? [...PREDEFINED_ERRORS, ...LAMBDA_ERRORS] : PREDEFINED_ERRORS;
  const edit = (transform: (s: JsonObject) => JsonObject) => apply(editObjectAt(pointer, transform));
  return (
    <div className="tab-body">
      <Section
        title="Retry on errors"
        doc="Retry"
        actions={
          <button type="button" className="button is-small" onClick={() => edit(addRetrier)}>
            Add new retrier
          </button>
        }
      >
        {retriers.length === 0 && <p className="field-help">No retriers: an error goes straight to the catchers.</p>}
        {retriers.map((_, i) => (
          <RetrierCard
            key={i}
            pointer={appendPointer(pointer, "Retry", i)}
            index={i}
            count={retriers.length}
            suggestions={suggestions}
            onMove={(to) => edit((s) => moveHandler(s, "Retry", i, to))}
            onRemove={() => edit((s) => removeHandler(s, "Retry", i))}
          />
        ))}
      </Section>
      <Section
        title="Catch errors"
        doc="Catch"
        actions={
          <button type="button" className="button is-small" disabled={names.length === 0} onClick={() => edit((s) => addCatcher(s, names[0] ?? ""))}>
            Add new catcher
          </button>
        }
      >
        {catchers.length === 0 && <p className="field-help">{names.length === 0 ? "Add another state to this workflow to catch errors into it." : "No catchers: an error that is not retried fails the state."}</p>}
        {catchers.map((_, i) => (
          <CatcherCard
            key={i}
            pointer={appendPointer(pointer, "Catch", i)}
            index={i}
            count={catchers.length}
            names={names}
            suggestions={suggestions}
            language={language}
            onMove={(to) => edit((s) => moveHandler(s, "Catch", i, to))}
            onRemove={() => edit((s) => removeHandler(s, "Catch", i))}
          />
        ))}
      </Section>
      {type === "Task" && (
        <Section title="Timeouts">
          <ValueOrPathField pointer={pointer} field="TimeoutSeconds" label="Timeout" help="Fails the task with States.Timeout after this many seconds." valueKind="number" rule={{ integer: true, min: 1, max: 99999999 }} pathKind="reference" initial={{ value: 300, path: "$.timeoutSeconds" }} valueLabel="Seconds" language={language} />
          <ValueOrPathField pointer={pointer} field="HeartbeatSeconds" label="Heartbeat" help="Fails the task when no heartbeat arrives for this long; must be less than the timeout." valueKind="number" rule={{ integer: true, min: 1, max: 99999999 }} pathKind="reference" initial={{ value: 60, path: "$.heartbeatSeconds" }} valueLabel="Seconds" language={language} />
        </Section>
      )}
    </div>
  );
}
