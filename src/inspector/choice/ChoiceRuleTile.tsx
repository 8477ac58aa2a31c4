import { useId, useState } from "react";
import { appendPointer, getOwn, isJsonObject } from "../../asl/json";
import { describeCondition } from "../../graph/describeCondition";
import { ListItemActions } from "../common/ListItemActions";
import { DocPlaceContext } from "../fields/DocPlaceContext";
import { Field } from "../fields/Field";
import { StateSelect } from "../fields/StateSelect";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { useFieldDiagnostics } from "../fields/useFieldDiagnostics";
import { setAt } from "../model/editAt";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { ExpressionField } from "../expression/ExpressionField";
import { AssignEditor } from "../variables/AssignEditor";
import { ConditionEditor } from "./ConditionEditor";

/** "Rule #N" (seed L966-L987): its condition, and "Then next state is". */
export function ChoiceRuleTile({ pointer, index, count, names, onMove, onRemove, language = "JSONPath" }: { pointer: string; index: number; count: number; names: readonly string[]; onMove: (to: number) => void; onRemove: () => void; language?: QueryLanguageMode }) {
  const rule = useDocValue(pointer);
  const apply = useApplyEdit();
  const titleId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  const problems = useFieldDiagnostics(pointer).filter((d) => d.severity === "error").length;
  const next = isJsonObject(rule) ? getOwn(rule, "Next") : undefined;
  const target = typeof next === "string" ? next : undefined;
  const options = target !== undefined && !names.includes(target) ? [...names, target] : names;
  return (
    <section className="card rule-tile" role="group" aria-labelledby={titleId} data-testid="choice-rule">
      <div className="card-header">
        <h5 className="card-title" id={titleId}>
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" className="disclosure-icon"><path d="M5 3l6 5-6 5z" fill="currentColor" /></svg>
            Rule #{index + 1}
          </button>
        </h5>
        {problems > 0 && (
          <span className="problem-count" title={`${problems} problems in this rule`}>
            {problems}
            <span className="visually-hidden"> problems</span>
          </span>
        )}
        <ListItemActions noun="rule" index={index} count={count} onMove={onMove} onRemove={onRemove} canRemove={count > 1} />
      </div>
      <p className="rule-summary">
        <code>{describeCondition(rule)}</code>
        <span className="rule-arrow"> → {target ?? "?"}</span>
      </p>
      {/* The rule's own Next, Assign and Output: help speaks of the rule, not the Choice state. */}
      <DocPlaceContext.Provider value="ChoiceRule">
      <div id={bodyId} hidden={!open} className="card-body">
        {language === "JSONata" ? (
          <ExpressionField
            pointer={appendPointer(pointer, "Condition")}
            shape="boolean"
            minRows={1}
            label="Condition"
            asl="Condition"
            testId="condition-editor"
            placeholder="{% $states.input.total > 100 %}"
            help="An expression that gives true or false, over $states.input and the variables."
          />
        ) : (
          <ConditionEditor pointer={pointer} legend="Conditions" />
        )}
        <Field label="Then next state is" asl="Next" pointer={appendPointer(pointer, "Next")}>
          {(control) => <StateSelect control={control} names={options} value={target} onChange={(value) => apply(setAt(appendPointer(pointer, "Next"), value))} />}
        </Field>
        {language === "JSONata" && <ExpressionField pointer={appendPointer(pointer, "Output")} removable minRows={1} label="Output" asl="Output" placeholder="(the input passes on)" help="The state's output when this rule matches." />}
        <AssignEditor ownerPointer={pointer} language={language} title="Variables when this rule matches" compact />
        <TextField pointer={appendPointer(pointer, "Comment")} label="Comment" />
      </div>
      </DocPlaceContext.Provider>
    </section>
  );
}
