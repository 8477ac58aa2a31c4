import { appendPointer, getOwn, isJsonObject } from "../../asl/json";
import type { StateType } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { ExpressionField } from "../expression/ExpressionField";
import { Note } from "../common/Note";
import { JsonField } from "../fields/JsonField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { IoFieldToggle } from "../io/IoFieldToggle";
import { editObjectAt } from "../model/editAt";
import { inputFieldsFor } from "../model/ioFields";
import { upgradeMapParameters } from "../model/mapProcessing";

/**
 * InputPath, and Parameters for Pass and Parallel (Task's are its API parameters; Map's are
 * ItemSelector). JSONata: a Parallel's Arguments (the input of every branch).
 */
export function InputTab({ pointer, type, language = "JSONPath" }: { pointer: string; type: StateType | undefined; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  if (language === "JSONata") {
    return (
      <div className="tab-body">
        <ExpressionField
          pointer={appendPointer(pointer, "Arguments")}
          removable
          label="Arguments"
          asl="Arguments"
          testId="arguments-editor"
          placeholder="{% $states.input %}"
          help="The input of every branch. Without Arguments, each branch gets the state input. JSON whose strings may be {% … %} expressions, or one expression."
        />
      </div>
    );
  }
  const mapParameters = type === "Map" && isJsonObject(state) && getOwn(state, "Parameters") !== undefined;
  return (
    <div className="tab-body">
      {type === "Succeed" && <Note tone="warning">The guide says Succeed states have no input or output fields (seed L6341); AWS accepts InputPath and OutputPath here.</Note>}
      {inputFieldsFor(type).map((field) => field !== "ResultPath" && field !== "ResultSelector" && <IoFieldToggle key={field} pointer={pointer} field={field} />)}
      {type === "Task" && <p className="field-help">A Task's Parameters are its API parameters, in the Configuration tab.</p>}
      {type === "Map" && <p className="field-help">A Map shapes each item with ItemSelector, in the Configuration tab.</p>}
      {mapParameters && (
        <>
          <Note tone="warning">Parameters on a Map is the deprecated name of ItemSelector: it shapes each item, not the whole input.</Note>
          <JsonField pointer={appendPointer(pointer, "Parameters")} label="Parameters" asl="deprecated" doc="Parameters" removable />
          <button type="button" className="button" onClick={() => apply(editObjectAt(pointer, upgradeMapParameters))}>
            Rename to ItemSelector
          </button>
        </>
      )}
    </div>
  );
}
