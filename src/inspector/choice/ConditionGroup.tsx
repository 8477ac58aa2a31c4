import { appendPointer } from "../../asl/json";
import { useApplyEdit } from "../fields/useApplyEdit";
import { removeFromGroup, type GroupOperator } from "../model/choiceCondition";
import { editObjectAt } from "../model/editAt";
import { ConditionEditor } from "./ConditionEditor";

/** The conditions of an And/Or group, each removable while more than one is left. */
export function ConditionGroup({ pointer, operator, size }: { pointer: string; operator: GroupOperator; size: number }) {
  const apply = useApplyEdit();
  return (
    <ol className="condition-list">
      {Array.from({ length: size }, (_, i) => (
        <li key={i}>
          {i > 0 && <span className="condition-joiner">{operator === "And" ? "and" : "or"}</span>}
          <ConditionEditor pointer={appendPointer(pointer, operator, i)} legend={`Condition ${i + 1}`} onRemove={size > 1 ? () => apply(editObjectAt(pointer, (n) => removeFromGroup(n, i))) : undefined} />
        </li>
      ))}
    </ol>
  );
}
