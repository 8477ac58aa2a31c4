import { appendPointer, isJsonObject } from "../../asl/json";
import { NumberField } from "../fields/NumberField";
import { PathField } from "../fields/PathField";
import { RadioGroup } from "../fields/RadioGroup";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { editObjectAt } from "../model/editAt";
import { readWaitForm, setWaitForm, WAIT_FIELDS, WAIT_FORM_LABELS, type WaitField } from "../model/waitForm";

/** The Wait state's four forms (seed L4380–L4414): exactly one of them. */
export function WaitConfiguration({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const { field } = readWaitForm(isJsonObject(state) ? state : {});
  return (
    <>
      <RadioGroup<WaitField>
        legend="Options"
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
