import { appendPointer, isJsonObject } from "../../asl/json";
import type { StateType } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { Note } from "../common/Note";
import { ExpressionField } from "../expression/ExpressionField";
import { useDocValue } from "../fields/useDocValue";
import { IoFieldToggle } from "../io/IoFieldToggle";
import { ResultPathField } from "../io/ResultPathField";
import { lambdaPayloadNote, outputFieldsFor } from "../model/ioFields";

/** What a JSONata state outputs without Output (recorded: corpus 0577, 0579, 0770, 0842). */
function outputDefault(type: StateType | undefined): string {
  switch (type) {
    case "Task":
      return "Without Output, the state outputs the task's result ($states.result).";
    case "Parallel":
      return "Without Output, the state outputs the array of branch outputs ($states.result).";
    case "Map":
      return "Without Output, the state outputs the array of iteration outputs ($states.result).";
    case "Choice":
      return "Used when the Default rule is taken; a matched rule uses its own Output (Configuration tab). Without one, the input passes on.";
    default:
      return "Without Output, the state's input is its output.";
  }
}

/**
 * JSONPath: ResultSelector → ResultPath → OutputPath, in the order they apply (seed L12034-L12044).
 * JSONata: Output, one JSON value with {% %} expressions, or one expression (issue 9).
 */
export function OutputTab({ pointer, type, language = "JSONPath" }: { pointer: string; type: StateType | undefined; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  if (language === "JSONata") {
    const working = type === "Task" || type === "Parallel" || type === "Map";
    return (
      <div className="tab-body">
        <ExpressionField
          pointer={appendPointer(pointer, "Output")}
          removable
          label="Output"
          asl="Output"
          testId="output-editor"
          placeholder={working ? "{% $states.result %}" : "{% $states.input %}"}
          help={`${outputDefault(type)} Write JSON whose strings may be {% … %} expressions, or one expression. $states.input is the state input${working ? ", $states.result the result" : ""}; variables read their values from state entry.`}
        />
      </div>
    );
  }
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
