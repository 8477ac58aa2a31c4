import type { JsonValue } from "../../asl/json";
import { Field, type FieldChrome } from "../fields/Field";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { useDraft } from "../fields/useDraft";
import { setAt } from "../model/editAt";
import { formatScalarValue, parseScalarOrExpression, type ScalarKind } from "../model/expressionText";
import { CodeInput } from "./CodeInput";

const matches = (scalar: ScalarKind) => (text: string, value: JsonValue | undefined) => {
  if (value === undefined) return text.trim() === "";
  const parsed = parseScalarOrExpression(text, scalar);
  return parsed.ok && parsed.value === value;
};

/**
 * A scalar field of a JSONata state that also takes an expression (Wait Seconds/Timestamp, Fail
 * Error/Cause, TimeoutSeconds, MaxConcurrency…): a number (or text) as written, or `{% … %}`.
 */
export function ExpressionValueField({ pointer, scalar, required = false, placeholder, testId, ...chrome }: FieldChrome & { pointer: string; scalar: ScalarKind; required?: boolean; placeholder?: string; testId?: string }) {
  const value = useDocValue(pointer);
  const apply = useApplyEdit();
  const [draft, setDraft] = useDraft(value, formatScalarValue, matches(scalar));
  const empty = draft.trim() === "";
  const parsed = empty ? undefined : parseScalarOrExpression(draft, scalar);
  const localError = empty ? (required ? "Enter a value or an expression {% … %}." : undefined) : parsed && !parsed.ok ? parsed.message : parsed?.ok && parsed.problems.length > 0 ? parsed.problems.join(" ") : undefined;
  const onChange = (text: string) => {
    setDraft(text);
    if (text.trim() === "" && (scalar.kind === "number" || !required)) {
      if (!required) apply(setAt(pointer, undefined), pointer);
      return;
    }
    const result = parseScalarOrExpression(text, scalar);
    if (result.ok) apply(setAt(pointer, result.value), pointer);
  };
  return (
    <Field pointer={pointer} localError={localError} {...chrome}>
      {(control) => <CodeInput {...control} value={draft} onChange={onChange} minRows={1} maxRows={6} placeholder={placeholder} {...(testId ? { testId } : {})} />}
    </Field>
  );
}
