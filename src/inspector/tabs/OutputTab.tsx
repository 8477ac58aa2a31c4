import { isJsonObject } from "../../asl/json";
import type { StateType } from "../../asl/types";
import { Note } from "../common/Note";
import { useDocValue } from "../fields/useDocValue";
import { IoFieldToggle } from "../io/IoFieldToggle";
import { ResultPathField } from "../io/ResultPathField";
import { lambdaPayloadNote, outputFieldsFor } from "../model/ioFields";

/** ResultSelector → ResultPath → OutputPath, in the order they apply (seed L12034-L12044). */
export function OutputTab({ pointer, type }: { pointer: string; type: StateType | undefined }) {
  const state = useDocValue(pointer);
  const note = isJsonObject(state) ? lambdaPayloadNote(state) : undefined;
  return (
    <div className="tab-body">
      {type === "Succeed" && <Note tone="warning">The guide says Succeed states have no input or output fields (seed L6341); AWS accepts OutputPath here.</Note>}
      {outputFieldsFor(type).map((field) =>
        field === "ResultPath" ? <ResultPathField key={field} pointer={pointer} /> : field !== "InputPath" && field !== "Parameters" && <IoFieldToggle key={field} pointer={pointer} field={field} />,
      )}
      {note && (
        <Note tone="warning" testId="lambda-payload-note">
          {note}
        </Note>
      )}
    </div>
  );
}
