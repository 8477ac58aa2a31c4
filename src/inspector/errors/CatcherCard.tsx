import { useId } from "react";
import { appendPointer, getOwn, isJsonObject, type JsonObject } from "../../asl/json";
import { ListItemActions } from "../common/ListItemActions";
import { DocPlaceContext } from "../fields/DocPlaceContext";
import { ErrorNamesField } from "../fields/ErrorNamesField";
import { Field } from "../fields/Field";
import { PathField } from "../fields/PathField";
import { StateSelect } from "../fields/StateSelect";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { editObjectAt, setAt } from "../model/editAt";
import { readResultPathMode, setResultPathMode, type ResultPathMode } from "../model/errorHandling";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { ExpressionField } from "../expression/ExpressionField";
import { AssignEditor } from "../variables/AssignEditor";

/**
 * One catcher (seed L10954–L10964): the errors it matches, the fallback state, where the error
 * goes (JSONata: its Output over $states.errorOutput), and the variables it assigns.
 */
export function CatcherCard({ pointer, index, count, names, suggestions, onMove, onRemove, language = "JSONPath" }: { pointer: string; index: number; count: number; names: readonly string[]; suggestions: readonly string[]; onMove: (to: number) => void; onRemove: () => void; language?: QueryLanguageMode }) {
  const catcher = useDocValue(pointer);
  const apply = useApplyEdit();
  const titleId = useId();
  const node: JsonObject = isJsonObject(catcher) ? catcher : {};
  const next = getOwn(node, "Next");
  const target = typeof next === "string" ? next : undefined;
  const { mode } = readResultPathMode(node);
  const options = target !== undefined && !names.includes(target) ? [...names, target] : names;
  return (
    <DocPlaceContext.Provider value="Catcher">
    <section className="card" role="group" aria-labelledby={titleId} data-testid="catcher">
      <div className="card-header">
        <h5 className="card-title" id={titleId}>
          Catcher #{index + 1}
        </h5>
        <ListItemActions noun="catcher" index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <ErrorNamesField pointer={pointer} suggestions={suggestions} />
      <Field label="Fallback state" asl="Next" pointer={appendPointer(pointer, "Next")}>
        {(control) => <StateSelect control={control} names={options} value={target} onChange={(value) => apply(setAt(appendPointer(pointer, "Next"), value))} />}
      </Field>
      {language === "JSONata" ? (
        <ExpressionField
          pointer={appendPointer(pointer, "Output")}
          removable
          minRows={1}
          label="Error output"
          asl="Output"
          placeholder="{% $states.errorOutput %}"
          help="What goes to the fallback state. Without Output, the error output {Error, Cause} ($states.errorOutput); $states.input is the state's input."
        />
      ) : (
        <>
          <Field label="Error output" asl="ResultPath" diagnosticsPointer={mode === "path" ? undefined : appendPointer(pointer, "ResultPath")}>
            {(control) => (
              <select {...control} className="field-input" value={mode} onChange={(e) => apply(editObjectAt(pointer, (c) => setResultPathMode(c, e.target.value as ResultPathMode, "$.error")))}>
                <option value="default">Replace the input with the error</option>
                <option value="path">Add the error to the input at a path</option>
                <option value="discard">Discard the error, keep the input (null)</option>
              </select>
            )}
          </Field>
          {mode === "path" && <PathField pointer={appendPointer(pointer, "ResultPath")} kind="write" whenEmpty="keep" label="ResultPath" help="Where the error object {Error, Cause} goes in the original input." />}
        </>
      )}
      <AssignEditor ownerPointer={pointer} language={language} title="Variables when this catcher takes the error" compact />
      <TextField pointer={appendPointer(pointer, "Comment")} label="Comment" />
    </section>
    </DocPlaceContext.Provider>
  );
}
