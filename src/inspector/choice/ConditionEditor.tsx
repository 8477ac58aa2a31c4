import { useId } from "react";
import { appendPointer, isJsonObject, type JsonObject } from "../../asl/json";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { FieldMessages } from "../fields/FieldMessages";
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
  const removeButton = onRemove && (
    <button type="button" className="button is-small is-quiet" onClick={onRemove}>
      Remove
    </button>
  );

  if (shape.kind === "not") {
    return (
      <fieldset className="condition is-not">
        <legend className="condition-legend">{legend}: NOT</legend>
        <ConditionEditor pointer={appendPointer(pointer, "Not")} legend="Negated condition" />
        <div className="condition-actions">
          <button type="button" className="button is-small is-quiet" aria-pressed="true" onClick={() => edit(toggleNot)}>
            Remove NOT
          </button>
          {removeButton}
        </div>
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
        <div className="condition-actions">
          <button type="button" className="button is-small" onClick={() => edit((n) => addToGroup(n))}>
            Add condition
          </button>
          <button type="button" className="button is-small is-quiet" aria-pressed="false" onClick={() => edit(toggleNot)}>
            Negate (NOT)
          </button>
          {removeButton}
        </div>
      </fieldset>
    );
  }

  return (
    <fieldset className="condition">
      <legend className="condition-legend">{legend}</legend>
      <ComparisonEditor pointer={pointer} node={node} />
      <div className="condition-actions">
        <button type="button" className="button is-small" onClick={() => edit((n) => combineWith(n, "And"))}>
          Add an AND condition
        </button>
        <button type="button" className="button is-small" onClick={() => edit((n) => combineWith(n, "Or"))}>
          Add an OR condition
        </button>
        <button type="button" className="button is-small is-quiet" aria-pressed="false" onClick={() => edit(toggleNot)}>
          Negate (NOT)
        </button>
        {removeButton}
      </div>
    </fieldset>
  );
}
