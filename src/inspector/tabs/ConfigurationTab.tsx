import { appendPointer } from "../../asl/json";
import type { StateType } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { ChoiceConfiguration } from "../choice/ChoiceConfiguration";
import { NextStateField } from "../common/NextStateField";
import { Note } from "../common/Note";
import { StateNameField } from "../common/StateNameField";
import { TextField } from "../fields/TextField";
import { FailConfiguration } from "../flow/FailConfiguration";
import { ParallelConfiguration } from "../flow/ParallelConfiguration";
import { PassConfiguration } from "../flow/PassConfiguration";
import { WaitConfiguration } from "../flow/WaitConfiguration";
import { MapConfiguration } from "../map/MapConfiguration";
import { hasNextField } from "../model/transitions";
import { TaskConfiguration } from "../task/TaskConfiguration";

/** Name, the type's own fields, Next state and Comment (seed L11744-L11792). */
export function ConfigurationTab({ pointer, name, type, nested, language = "JSONPath" }: { pointer: string; name: string; type: StateType | undefined; nested: boolean; language?: QueryLanguageMode }) {
  return (
    <div className="tab-body">
      <StateNameField key={name} pointer={pointer} name={name} />
      {type === "Task" && <TaskConfiguration pointer={pointer} language={language} />}
      {type === "Choice" && <ChoiceConfiguration pointer={pointer} name={name} language={language} />}
      {type === "Wait" && <WaitConfiguration pointer={pointer} language={language} />}
      {type === "Pass" && <PassConfiguration pointer={pointer} language={language} />}
      {type === "Fail" && <FailConfiguration pointer={pointer} language={language} />}
      {type === "Parallel" && <ParallelConfiguration pointer={pointer} />}
      {type === "Map" && <MapConfiguration pointer={pointer} language={language} />}
      {type === "Succeed" && <Note>A Succeed state ends the workflow{nested ? " (here: its branch)" : ""} successfully; its input is its output.</Note>}
      {type === undefined && <Note tone="warning">This state has no valid Type; set one in the code editor.</Note>}
      {hasNextField(type) && <NextStateField pointer={pointer} name={name} nested={nested} />}
      <TextField pointer={appendPointer(pointer, "Comment")} multiline label="Comment" help="A note for readers; it does not change how the state runs." />
    </div>
  );
}
