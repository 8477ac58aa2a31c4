import { appendPointer, hasOwn, isJsonObject, type JsonObject } from "../../asl/json";
import { CheckboxField } from "../fields/CheckboxField";
import { PathField } from "../fields/PathField";
import { RadioGroup } from "../fields/RadioGroup";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { editObjectAt } from "../model/editAt";
import { readResultPathMode, setResultPathMode } from "../model/errorHandling";
import { ioDefault } from "../model/ioFields";

/**
 * "Add original input to output using ResultPath" (seed L12102-L12140): combine the result into
 * the input at a path, or discard it and pass the input on (`null`). Unchecked, the result
 * replaces the input (the default `$`).
 */
export function ResultPathField({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const node: JsonObject = isJsonObject(state) ? state : {};
  const { mode } = readResultPathMode(node);
  const defaultPath = String(ioDefault("ResultPath", node));
  return (
    <CheckboxField
      label="Add original input to output using ResultPath"
      doc="ResultPath"
      checked={hasOwn(node, "ResultPath")}
      help="Unchecked, the result replaces the state input."
      onChange={(checked) => apply(editObjectAt(pointer, (s) => setResultPathMode(s, checked ? "path" : "default", defaultPath)))}
    >
      <RadioGroup
        legend="What to do with the result"
        doc="ResultPath"
        value={mode === "discard" ? "discard" : "path"}
        options={[
          { value: "path", label: "Combine the result into the input at a path" },
          { value: "discard", label: "Discard the result and keep the original input", hint: "ResultPath: null" },
        ]}
        onChange={(value) => apply(editObjectAt(pointer, (s) => setResultPathMode(s, value, defaultPath)))}
      />
      {mode === "path" && <PathField pointer={appendPointer(pointer, "ResultPath")} kind="write" whenEmpty="keep" label="ResultPath" />}
      {mode === "discard" && <p className="field-help">The state's output is its original input; the result is dropped.</p>}
    </CheckboxField>
  );
}
