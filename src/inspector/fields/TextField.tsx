import { useId } from "react";
import { setAt } from "../model/editAt";
import { Field, type FieldChrome } from "./Field";
import { useApplyEdit } from "./useApplyEdit";
import { useDocValue } from "./useDocValue";

export interface TextFieldProps extends FieldChrome {
  pointer: string;
  /** "remove": clearing the text removes the field (optional fields); "keep": it writes "". */
  whenEmpty?: "remove" | "keep";
  placeholder?: string;
  multiline?: boolean;
  mono?: boolean;
  /** An immediate check of the text (e.g. path syntax), shown until the validator speaks. */
  check?: (text: string) => string | undefined;
  /** Suggestions offered while typing (a datalist). */
  suggestions?: readonly string[];
}

/** A string field written to the document as the user types (one undo step per burst). */
export function TextField({ pointer, whenEmpty = "remove", placeholder, multiline, mono, check, suggestions, ...chrome }: TextFieldProps) {
  const value = useDocValue(pointer);
  const apply = useApplyEdit();
  const text = typeof value === "string" ? value : value === undefined || value === null ? "" : JSON.stringify(value);
  const localError = check && (text !== "" || whenEmpty === "keep") ? check(text) : undefined;
  const onChange = (next: string) => apply(setAt(pointer, next === "" && whenEmpty === "remove" ? undefined : next), pointer);
  const suggestionsId = useId();
  const listId = suggestions ? suggestionsId : undefined;
  return (
    <Field pointer={pointer} localError={localError} {...chrome}>
      {(control) =>
        multiline ? (
          <textarea {...control} className={`field-input${mono ? " is-mono" : ""}`} rows={2} value={text} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <>
            <input {...control} className={`field-input${mono ? " is-mono" : ""}`} type="text" spellCheck={false} autoComplete="off" value={text} placeholder={placeholder} list={listId} onChange={(e) => onChange(e.target.value)} />
            {suggestions && (
              <datalist id={listId}>
                {suggestions.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            )}
          </>
        )
      }
    </Field>
  );
}
