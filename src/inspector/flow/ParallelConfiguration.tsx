import { addBranch } from "../../asl/edit/addBranch";
import { moveBranch } from "../../asl/edit/moveBranch";
import { removeBranch } from "../../asl/edit/removeBranch";
import { getOwn, isJsonObject } from "../../asl/json";
import { ListItemActions } from "../common/ListItemActions";
import { Section } from "../common/Section";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { arrayAt } from "../model/objects";

/** A Parallel state's branches (seed L4540–L4566): add, remove, reorder (the order of the result array). */
export function ParallelConfiguration({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const branches = isJsonObject(state) ? arrayAt(state, "Branches") : [];
  return (
    <Section
      title="Branches"
      doc="Branches"
      actions={
        <button type="button" className="button is-small" onClick={() => apply((d) => addBranch(d, pointer))}>
          Add branch
        </button>
      }
    >
      <p className="field-help">Branches run at the same time; the result is an array with one entry per branch, in this order.</p>
      {branches.length === 0 && <p className="field-help">No branches yet: add one, or drop a state on the Parallel's slot in the canvas.</p>}
      <ol className="branch-list">
        {branches.map((branch, i) => {
          const states = isJsonObject(branch) ? getOwn(branch, "States") : undefined;
          const count = isJsonObject(states) ? Object.keys(states).length : 0;
          const start = isJsonObject(branch) ? getOwn(branch, "StartAt") : undefined;
          return (
            <li key={i} className="branch-item" data-testid="branch-item">
              <div>
                <span className="branch-title">Branch {i + 1}</span>
                <span className="branch-detail">{count === 0 ? "empty" : `starts at ${typeof start === "string" ? start : "?"} · ${count} ${count === 1 ? "state" : "states"}`}</span>
              </div>
              <ListItemActions noun="branch" index={i} count={branches.length} onMove={(to) => apply((d) => moveBranch(d, pointer, i, to))} onRemove={() => apply((d) => removeBranch(d, pointer, i))} canRemove={branches.length > 1} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
