import { useId, type ReactNode } from "react";
import { appendPointer, isJsonObject, type JsonObject } from "../../asl/json";
import { FieldMessages } from "../fields/FieldMessages";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { useFieldDiagnostics } from "../fields/useFieldDiagnostics";
import { addToGroup, combineWith, readCondition, setGroupOperator, toggleNot, type GroupOperator } from "../model/choiceCondition";
import { editObjectAt } from "../model/editAt";
import { ComparisonEditor } from "./ComparisonEditor";
import { ConditionGroup } from "./ConditionGroup";

/**
 * One node of a rule's condition: a comparison, an And/Or group of nodes, or a Not around one.
 * Any comparison can be combined with another (AND/OR) and any node negated, so groups nest.
 */
export function ConditionEditor({ pointer, legend, onRemove }: { pointer: string; legend: string; onRemove?: (() => void) | undefined }) {
  const node = useDocValue(pointer);
  const apply = useApplyEdit();
  const diagnostics = useFieldDiagnostics(pointer, true);
  const messagesId = useId();
  if (!isJsonObject(node)) {
    return <p className="field-help">This condition is not a JSON object; fix it in the code editor.</p>;
  }
  const edit = (transform: (n: JsonObject) => JsonObject) => apply(editObjectAt(pointer, transform));
  const shape = readCondition(node);
  const negated = shape.kind === "not";
  const actions = (extra: ReactNode) => (
    <div className="condition-actions">
      {extra}
      {/* Its name starts with the word it shows (speech input users say what they see). */}
      <button type="button" className="button is-small is-quiet" aria-label={negated ? undefined : "NOT: negate this condition"} title={negated ? "Remove the NOT around this condition" : "Negate this condition"} onClick={() => edit(toggleNot)}>
        {negated ? "Remove NOT" : "NOT"}
      </button>
      {onRemove && (
        <button type="button" className="button is-small is-quiet" aria-label={`Remove ${legend}`} onClick={onRemove}>
          Remove
        </button>
      )}
    </div>
  );

  if (shape.kind === "not") {
    return (
      <fieldset className="condition is-not">
        <legend className="condition-legend">{legend}: NOT</legend>
        <ConditionEditor pointer={appendPointer(pointer, "Not")} legend="Negated condition" />
        <FieldMessages id={messagesId} diagnostics={diagnostics} />
        {actions(null)}
      </fieldset>
    );
  }

  if (shape.kind === "group") {
    return (
      <fieldset className="condition is-group">
        <legend className="condition-legend">{legend}</legend>
        <label className="group-operator">
          <span>Match</span>
          <select className="field-input" value={shape.operator} onChange={(e) => edit((n) => setGroupOperator(n, e.target.value as GroupOperator))}>
            <option value="And">all of these (And)</option>
            <option value="Or">any of these (Or)</option>
          </select>
        </label>
        <ConditionGroup pointer={pointer} operator={shape.operator} size={shape.size} />
        <FieldMessages id={messagesId} diagnostics={diagnostics} />
        {actions(
          <button type="button" className="button is-small" onClick={() => edit((n) => addToGroup(n))}>
            Add condition
          </button>,
        )}
      </fieldset>
    );
  }

  return (
    <fieldset className="condition">
      <legend className="condition-legend">{legend}</legend>
      <ComparisonEditor pointer={pointer} node={node} />
      {actions(
        <>
          <button type="button" className="button is-small" aria-label="Add an AND condition" title="Combine with another condition that must also hold" onClick={() => edit((n) => combineWith(n, "And"))}>
            <span aria-hidden="true">+ </span>AND
          </button>
          <button type="button" className="button is-small" aria-label="Add an OR condition" title="Combine with another condition that may hold instead" onClick={() => edit((n) => combineWith(n, "Or"))}>
            <span aria-hidden="true">+ </span>OR
          </button>
        </>,
      )}
    </fieldset>
  );
}
