import { appendPointer, hasOwn, isJsonObject, type JsonObject } from "../../asl/json";
import { CheckboxField } from "../fields/CheckboxField";
import { JsonField } from "../fields/JsonField";
import { PathField } from "../fields/PathField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { setAt } from "../model/editAt";
import { ioDefault, type IoField } from "../model/ioFields";

const COPY: Record<Exclude<IoField, "ResultPath">, { toggle: string; help: string }> = {
  InputPath: { toggle: "Filter input with InputPath", help: "Selects the part of the state input the state works on." },
  Parameters: { toggle: "Transform input with Parameters", help: "Builds a new input. Keys ending in .$ take a path ($ input, $$ context, $name a variable) or an intrinsic function." },
  ResultSelector: { toggle: "Transform result with ResultSelector", help: "Builds a new result from the raw result before ResultPath places it. Keys ending in .$ take a path into the result." },
  OutputPath: { toggle: "Filter output with OutputPath", help: "Selects the part of the output to pass to the next state." },
};

/** An optional input/output field behind a checkbox that turns it on with a sensible default. */
export function IoFieldToggle({ pointer, field }: { pointer: string; field: Exclude<IoField, "ResultPath"> }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const node: JsonObject = isJsonObject(state) ? state : {};
  const on = hasOwn(node, field);
  const fieldPointer = appendPointer(pointer, field);
  const { toggle, help } = COPY[field];
  return (
    <CheckboxField label={toggle} doc={field} checked={on} onChange={(checked) => apply(setAt(fieldPointer, checked ? ioDefault(field, node) : undefined))}>
      {field === "InputPath" || field === "OutputPath" ? (
        <PathField pointer={fieldPointer} kind="jsonpath" whenEmpty="keep" label={field} help={help} />
      ) : (
        <JsonField pointer={fieldPointer} label={field} help={help} />
      )}
    </CheckboxField>
  );
}
