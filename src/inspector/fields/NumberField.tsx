import type { JsonValue } from "../../asl/json";
import { setAt } from "../model/editAt";
import { numberTextMatches, parseNumberText, type NumberRule } from "../model/numberText";
import { Field, type FieldChrome } from "./Field";
import { useApplyEdit } from "./useApplyEdit";
import { useDocValue } from "./useDocValue";
import { useDraft } from "./useDraft";

const format = (value: JsonValue | undefined) => (typeof value === "number" ? String(value) : value === undefined ? "" : JSON.stringify(value));

/**
 * A number field. The typed text is written once it is a valid number for the rule; until then it
 * stays in the field with the reason beside it. Clearing an optional field removes it.
 */
export function NumberField({ pointer, rule, required, placeholder, ...chrome }: FieldChrome & { pointer: string; rule: NumberRule; required?: boolean; placeholder?: string }) {
  const value = useDocValue(pointer);
  const apply = useApplyEdit();
  const [draft, setDraft] = useDraft(value, format, numberTextMatches);
  const empty = draft.trim() === "";
  const parsed = empty ? undefined : parseNumberText(draft, rule);
  const localError = empty ? (required ? "Enter a number." : undefined) : parsed && !parsed.ok ? parsed.message : undefined;
  const onChange = (text: string) => {
    setDraft(text);
    if (text.trim() === "") {
      if (!required) apply(setAt(pointer, undefined), pointer);
      return;
    }
    const result = parseNumberText(text, rule);
    if (result.ok) apply(setAt(pointer, result.value), pointer);
  };
  return (
    <Field pointer={pointer} localError={localError} {...chrome}>
      {(control) => (
        <input {...control} className="field-input is-number" type="text" inputMode={rule.integer ? "numeric" : "decimal"} autoComplete="off" value={draft} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
