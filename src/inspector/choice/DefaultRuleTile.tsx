import { appendPointer, getOwn, isJsonObject } from "../../asl/json";
import { Field } from "../fields/Field";
import { NONE_OPTION, StateSelect } from "../fields/StateSelect";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { setDefaultState } from "../model/choiceRules";
import { editObjectAt } from "../model/editAt";

/** The Default rule (seed L985-L987): where to go when no rule matches. */
export function DefaultRuleTile({ pointer, names }: { pointer: string; names: readonly string[] }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const current = isJsonObject(state) ? getOwn(state, "Default") : undefined;
  const target = typeof current === "string" ? current : undefined;
  const options = target !== undefined && !names.includes(target) ? [...names, target] : names;
  return (
    <section className="card is-default" aria-label="Default rule" data-testid="default-rule">
      <div className="card-header">
        <h5 className="card-title">Default rule</h5>
      </div>
      <Field label="Default state" asl="Default" pointer={appendPointer(pointer, "Default")} help="Used when no rule matches.">
        {(control) => (
          <StateSelect
            control={control}
            names={options}
            value={target}
            noneLabel="None: fail with States.NoChoiceMatched"
            onChange={(value) => apply(editObjectAt(pointer, (s) => setDefaultState(s, value === NONE_OPTION ? undefined : value)))}
          />
        )}
      </Field>
    </section>
  );
}
