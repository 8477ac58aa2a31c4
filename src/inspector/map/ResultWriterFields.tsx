import { appendPointer, hasOwn, isJsonObject } from "../../asl/json";
import { CheckboxField } from "../fields/CheckboxField";
import { DocPlaceContext } from "../fields/DocPlaceContext";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { editObjectAt } from "../model/editAt";
import { setResultWriterEnabled } from "../model/mapOptions";

/** ResultWriter (seed L7431–L7530): export the child executions' results to S3. */
export function ResultWriterFields({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const on = isJsonObject(state) && hasOwn(state, "ResultWriter");
  const parameters = appendPointer(pointer, "ResultWriter", "Parameters");
  return (
    <DocPlaceContext.Provider value="ResultWriter">
    <CheckboxField label="Export the results to Amazon S3 (ResultWriter)" doc="ResultWriter" help="The Map's result becomes {MapRunArn, ResultWriterDetails}; the files go under the prefix." checked={on} onChange={(checked) => apply(editObjectAt(pointer, (s) => setResultWriterEnabled(s, checked)))}>
      <TextField pointer={appendPointer(parameters, "Bucket")} whenEmpty="keep" mono label="Bucket" asl="Bucket" />
      <TextField pointer={appendPointer(parameters, "Prefix")} whenEmpty="keep" mono label="Prefix" asl="Prefix" />
    </CheckboxField>
    </DocPlaceContext.Provider>
  );
}
