import { appendPointer, isJsonObject } from "../../asl/json";
import type { StateMachine } from "../../asl/types";
import { useStudio } from "../../store/StudioContext";
import { Field } from "../fields/Field";
import { StateSelect } from "../fields/StateSelect";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { nextStateOptions, readNext, setNext } from "../model/transitions";

/** "Next state": a state of the same scope, or the end of the workflow (or branch). */
export function NextStateField({ pointer, name, nested }: { pointer: string; name: string; nested: boolean }) {
  const state = useDocValue(pointer);
  const definition = useStudio((s) => s.definition) as StateMachine | undefined;
  const apply = useApplyEdit();
  const current = isJsonObject(state) ? readNext(state) : undefined;
  const names = definition ? nextStateOptions(definition, pointer, current) : [];
  const nextPointer = appendPointer(pointer, isJsonObject(state) && state.Next === undefined && state.End !== undefined ? "End" : "Next");
  return (
    <Field label="Next state" doc="Next" help="Where the workflow goes when this state finishes." diagnosticsPointer={nextPointer}>
      {(control) => (
        <StateSelect control={control} names={names} value={current} self={name} endLabel={nested ? "End of this branch (End)" : "End of the workflow (End)"} onChange={(target) => apply(setNext(pointer, target))} />
      )}
    </Field>
  );
}
