import type { JsonValue } from "../../asl/json";
import { setAt } from "../model/editAt";
import { formatJson, jsonTextMatches, parseJsonText, type JsonShape } from "../model/jsonText";
import { Field, type FieldChrome } from "./Field";
import { useApplyEdit } from "./useApplyEdit";
import { useDocValue } from "./useDocValue";
import { useDraft } from "./useDraft";

/**
 * A JSON-aware text area. Text that parses is written to the document as the user types; text
 * that does not stays in the field, with the located error beside it, and is not written.
 */
export function JsonField({ pointer, shape = "object", removable = false, placeholder, ...chrome }: FieldChrome & { pointer: string; shape?: JsonShape; removable?: boolean; placeholder?: string }) {
  const value = useDocValue(pointer);
  const apply = useApplyEdit();
  const [draft, setDraft] = useDraft(value, formatJson, jsonTextMatches);
  const empty = draft.trim() === "";
  const parsed = empty && removable ? undefined : parseJsonText(draft, shape);
  const onChange = (text: string) => {
    setDraft(text);
    if (text.trim() === "" && removable) {
      apply(setAt(pointer, undefined), pointer);
      return;
    }
    const result = parseJsonText(text, shape);
    if (result.ok) apply(setAt(pointer, result.value as JsonValue), pointer);
  };
  const lines = draft.split("\n").length;
  return (
    <Field pointer={pointer} localError={parsed && !parsed.ok ? parsed.message : undefined} localWarning={parsed?.ok ? parsed.warning : undefined} {...chrome}>
      {(control) => (
        <textarea
          {...control}
          className="field-input is-mono field-json"
          spellCheck={false}
          autoComplete="off"
          rows={Math.min(Math.max(lines, 3), 16)}
          value={draft}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
