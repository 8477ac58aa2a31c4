import { appendPointer, isJsonObject } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { ExpressionValueField } from "../expression/ExpressionValueField";
import { NumberField } from "../fields/NumberField";
import { PathField } from "../fields/PathField";
import { RadioGroup } from "../fields/RadioGroup";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { editObjectAt } from "../model/editAt";
import { readWaitForm, setWaitForm, WAIT_FIELDS, WAIT_FORM_LABELS, type WaitField } from "../model/waitForm";

/**
 * The Wait state's four forms (seed L4380–L4414): exactly one of them. JSONata states have two,
 * Seconds and Timestamp, each a value or a `{% %}` expression (issue 9).
 */
export function WaitConfiguration({ pointer, language = "JSONPath" }: { pointer: string; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const { field } = readWaitForm(isJsonObject(state) ? state : {});
  if (language === "JSONata") {
    const forms = WAIT_FIELDS.filter((f) => f === "Seconds" || f === "Timestamp" || f === field);
    return (
      <>
        <RadioGroup<WaitField>
          legend="Options"
          doc="Wait"
          value={field}
          diagnosticsPointer={pointer}
          exact
          options={forms.map((f) => ({ value: f, label: f === "Seconds" ? "Wait for an interval" : f === "Timestamp" ? "Wait until a date and time" : WAIT_FORM_LABELS[f], hint: f }))}
          onChange={(f) => apply(editObjectAt(pointer, (s) => setWaitForm(s, f)))}
        />
        {field === "Seconds" && <ExpressionValueField pointer={appendPointer(pointer, "Seconds")} scalar={{ kind: "number", rule: { integer: true, min: 0, max: 99999999 } }} required label="Seconds" asl="Seconds" placeholder="5 or {% $states.input.waitSeconds %}" help="A number of seconds, or an expression giving one. At most 1 year in Standard workflows, 5 minutes in Express." />}
        {field === "Timestamp" && <ExpressionValueField pointer={appendPointer(pointer, "Timestamp")} scalar={{ kind: "text" }} required label="Until" asl="Timestamp" placeholder="2024-08-18T17:33:00Z or {% $states.input.until %}" help="An ISO 8601 timestamp with an uppercase T and Z, or an expression giving one." />}
        {(field === "SecondsPath" || field === "TimestampPath") && <PathField pointer={appendPointer(pointer, field)} kind="reference" whenEmpty="keep" label={field} asl={field} help="JSONata states have no …Path fields: choose Seconds or Timestamp and write an expression." />}
      </>
    );
  }
  return (
    <>
      <RadioGroup<WaitField>
        legend="Options"
        doc="Wait"
        value={field}
        diagnosticsPointer={pointer}
        exact
        options={WAIT_FIELDS.map((f) => ({ value: f, label: WAIT_FORM_LABELS[f], hint: f }))}
        onChange={(f) => apply(editObjectAt(pointer, (s) => setWaitForm(s, f)))}
      />
      {field === "Seconds" && <NumberField pointer={appendPointer(pointer, "Seconds")} rule={{ integer: true, min: 0, max: 99999999 }} required label="Seconds" asl="Seconds" help="At most 1 year in Standard workflows, 5 minutes in Express." />}
      {field === "Timestamp" && <TextField pointer={appendPointer(pointer, "Timestamp")} whenEmpty="keep" mono label="Until" asl="Timestamp" placeholder="2024-08-18T17:33:00Z" help="RFC 3339 with an uppercase T and Z; milliseconds are ignored." />}
      {field === "SecondsPath" && <PathField pointer={appendPointer(pointer, "SecondsPath")} kind="reference" whenEmpty="keep" label="Seconds from" asl="SecondsPath" />}
      {field === "TimestampPath" && <PathField pointer={appendPointer(pointer, "TimestampPath")} kind="reference" whenEmpty="keep" label="Timestamp from" asl="TimestampPath" />}
    </>
  );
}
