import { appendPointer, hasOwn, isJsonObject } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { Note } from "../common/Note";
import { CheckboxField } from "../fields/CheckboxField";
import { JsonField } from "../fields/JsonField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { setAt } from "../model/editAt";

/** A Pass state's fixed Result (seed L3229–L3246), a JSON value of whatever kind, placed by ResultPath. */
export function PassConfiguration({ pointer, language = "JSONPath" }: { pointer: string; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const on = isJsonObject(state) && hasOwn(state, "Result");
  if (language === "JSONata" && !on) return <Note>A JSONata Pass state outputs its Output (Output tab), or its input when it has none; its Variables tab assigns variables.</Note>;
  const resultPointer = appendPointer(pointer, "Result");
  return (
    <CheckboxField label="Output a fixed Result" doc="Result" help="Without it, a Pass state passes its input (after Parameters) through." checked={on} onChange={(checked) => apply(setAt(resultPointer, checked ? {} : undefined))}>
      <JsonField pointer={resultPointer} shape="any" label="Result" help="Any JSON value: an object, an array, a string, a number…" />
    </CheckboxField>
  );
}
