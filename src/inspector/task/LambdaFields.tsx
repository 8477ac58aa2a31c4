import { appendPointer, getOwn, isJsonObject, type JsonObject } from "../../asl/json";
import { JsonField } from "../fields/JsonField";
import { PathField } from "../fields/PathField";
import { RadioGroup } from "../fields/RadioGroup";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { editObjectAt } from "../model/editAt";
import { readFunctionName, readPayload, setFunctionNameSource, setPayloadMode, type FunctionNameSource, type PayloadMode } from "../model/lambdaParameters";

/** Lambda Invoke's function name and payload (seed L11752-L11767), inside its Parameters. */
export function LambdaFields({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const parametersPointer = appendPointer(pointer, "Parameters");
  const raw = isJsonObject(state) ? getOwn(state, "Parameters") : undefined;
  const parameters: JsonObject = isJsonObject(raw) ? raw : {};
  const fn = readFunctionName(parameters);
  const payload = readPayload(parameters);
  const editParameters = (transform: (p: JsonObject) => JsonObject) => apply(editObjectAt(parametersPointer, transform, true));
  return (
    <>
      <RadioGroup<FunctionNameSource>
        legend="Function name"
        value={fn.source}
        options={[
          { value: "name", label: "Enter function name" },
          { value: "input", label: "Get function name from state input at runtime" },
        ]}
        onChange={(source) => editParameters((p) => setFunctionNameSource(p, source))}
      />
      {fn.source === "name" ? (
        <TextField pointer={appendPointer(parametersPointer, "FunctionName")} whenEmpty="keep" mono label="Function name or ARN" asl="FunctionName" placeholder="arn:aws:lambda:…:function:name" />
      ) : (
        <PathField pointer={appendPointer(parametersPointer, "FunctionName.$")} kind="jsonpath-or-intrinsic" whenEmpty="keep" label="Path to the function name" asl="FunctionName.$" />
      )}
      <RadioGroup<PayloadMode>
        legend="Payload"
        value={payload.mode}
        options={[
          { value: "input", label: "Use state input as payload" },
          { value: "custom", label: "Enter own payload" },
          { value: "none", label: "No payload" },
        ]}
        onChange={(mode) => editParameters((p) => setPayloadMode(p, mode))}
      />
      {payload.mode === "input" && <PathField pointer={appendPointer(parametersPointer, "Payload.$")} kind="jsonpath-or-intrinsic" whenEmpty="keep" label="Payload from" asl="Payload.$" help="$ sends the whole state input; a path sends part of it." />}
      {payload.mode === "custom" && <JsonField pointer={appendPointer(parametersPointer, "Payload")} shape="any" label="Payload" asl="Payload" help="Static JSON; keys ending in .$ take values from the input ($) or the context ($$)." />}
    </>
  );
}
