import { useId } from "react";
import { appendPointer, getOwn, isJsonObject } from "../../asl/json";
import { ListItemActions } from "../common/ListItemActions";
import { DocPlaceContext } from "../fields/DocPlaceContext";
import { ErrorNamesField } from "../fields/ErrorNamesField";
import { Field } from "../fields/Field";
import { NumberField } from "../fields/NumberField";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { setAt } from "../model/editAt";

/** One retrier (seed L10810–L10851): the errors it matches and its timing. */
export function RetrierCard({ pointer, index, count, suggestions, onMove, onRemove }: { pointer: string; index: number; count: number; suggestions: readonly string[]; onMove: (to: number) => void; onRemove: () => void }) {
  const retrier = useDocValue(pointer);
  const apply = useApplyEdit();
  const titleId = useId();
  const jitter = isJsonObject(retrier) ? getOwn(retrier, "JitterStrategy") : undefined;
  return (
    <DocPlaceContext.Provider value="Retrier">
    <section className="card" role="group" aria-labelledby={titleId} data-testid="retrier">
      <div className="card-header">
        <h5 className="card-title" id={titleId}>
          Retrier #{index + 1}
        </h5>
        <ListItemActions noun="retrier" index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <ErrorNamesField pointer={pointer} suggestions={suggestions} />
      <div className="field-grid">
        <NumberField pointer={appendPointer(pointer, "IntervalSeconds")} rule={{ integer: true, min: 1, max: 99999999 }} label="Interval (s)" asl="IntervalSeconds" placeholder="1" />
        <NumberField pointer={appendPointer(pointer, "MaxAttempts")} rule={{ integer: true, min: 0, max: 99999999 }} label="Max attempts" asl="MaxAttempts" placeholder="3" />
        <NumberField pointer={appendPointer(pointer, "BackoffRate")} rule={{ min: 1 }} label="Backoff rate" asl="BackoffRate" placeholder="2.0" />
        <NumberField pointer={appendPointer(pointer, "MaxDelaySeconds")} rule={{ integer: true, min: 1, max: 31622400 }} label="Max delay (s)" asl="MaxDelaySeconds" placeholder="No cap" />
      </div>
      <Field label="Jitter" asl="JitterStrategy" pointer={appendPointer(pointer, "JitterStrategy")} help="FULL spreads each wait randomly between 0 and the computed delay.">
        {(control) => (
          <select {...control} className="field-input" value={typeof jitter === "string" ? jitter : ""} onChange={(e) => apply(setAt(appendPointer(pointer, "JitterStrategy"), e.target.value === "" ? undefined : e.target.value))}>
            <option value="">Not set (NONE)</option>
            <option value="FULL">FULL</option>
            <option value="NONE">NONE</option>
          </select>
        )}
      </Field>
      <TextField pointer={appendPointer(pointer, "Comment")} label="Comment" />
    </section>
    </DocPlaceContext.Provider>
  );
}
