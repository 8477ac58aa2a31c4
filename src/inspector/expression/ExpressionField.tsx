import type { JsonValue } from "../../asl/json";
import { Field, type FieldChrome } from "../fields/Field";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { useDraft } from "../fields/useDraft";
import { setAt } from "../model/editAt";
import { expressionTextMatches, formatExpressionValue, parseExpressionText, type ExpressionShape } from "../model/expressionText";
import { CodeInput } from "./CodeInput";

export interface ExpressionFieldProps extends FieldChrome {
  pointer: string;
  /** What a value that is not an expression must be. */
  shape?: ExpressionShape;
  /** Clearing the text removes the field. */
  removable?: boolean;
  placeholder?: string;
  minRows?: number;
  testId?: string;
}

/**
 * A JSONata-era field (Arguments, Output, Items, ItemSelector, Condition, a rule's or catcher's
 * Output): JSON whose strings may be `{% … %}` expressions, or one expression, highlighted.
 * Text that parses is written as the user types (one undo step per burst); every expression's
 * syntax is checked at once and the problem located beside the field.
 */
export function ExpressionField({ pointer, shape = "any", removable = false, placeholder, minRows = 2, testId, ...chrome }: ExpressionFieldProps) {
  const value = useDocValue(pointer);
  const apply = useApplyEdit();
  const [draft, setDraft] = useDraft(value, formatExpressionValue, expressionTextMatches);
  const empty = draft.trim() === "";
  const parsed = empty && removable ? undefined : parseExpressionText(draft, shape);
  const localError = parsed && !parsed.ok ? parsed.message : parsed?.ok && parsed.problems.length > 0 ? parsed.problems.join(" ") : undefined;
  const onChange = (text: string) => {
    setDraft(text);
    if (text.trim() === "" && removable) {
      apply(setAt(pointer, undefined), pointer);
      return;
    }
    const result = parseExpressionText(text, shape);
    if (result.ok) apply(setAt(pointer, result.value as JsonValue), pointer);
  };
  return (
    <Field pointer={pointer} localError={localError} localWarning={parsed?.ok ? parsed.warning : undefined} {...chrome}>
      {(control) => <CodeInput {...control} value={draft} onChange={onChange} minRows={minRows} placeholder={placeholder} {...(testId ? { testId } : {})} />}
    </Field>
  );
}
