import { useMemo } from "react";
import type { JsonObject, JsonValue } from "../../asl/json";
import type { StateVisit } from "../../asl/interpret/types";
import { findStateByPointer } from "../../asl/traverse";
import { useStudioStore } from "../../store/StudioContext";
import { jsonPreview } from "../common/JsonView";
import { describeIteration, variablesBefore, visitVariableRows } from "../model/variablesModel";
import { useSelectedState } from "../useSelectedState";
import { useRun, useRunStore } from "../useRun";

/** A name → value table of variables; `changed` marks the ones a visit set. */
export function VariableTable({ variables, changed, caption, testId }: { variables: JsonObject; changed?: JsonObject | undefined; caption: string; testId?: string }) {
  const names = Object.keys(variables);
  if (names.length === 0) return <p className="sim-muted">No variables in scope.</p>;
  return (
    <table className="sim-table variables-table" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => {
          const set = changed !== undefined && Object.prototype.hasOwnProperty.call(changed, name);
          const value = variables[name] as JsonValue;
          return (
            <tr key={name} className={set ? "is-assigned" : undefined} data-variable={name}>
              <th scope="row">
                <code>${name}</code>
                {set && <span className="variables-badge">assigned here</span>}
              </th>
              <td className="sim-cell-wrap" title={JSON.stringify(value)}>
                <code>{jsonPreview(value, 200)}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function inline(variables: JsonObject | undefined): string {
  if (!variables) return "";
  return Object.keys(variables)
    .map((name) => `$${name} = ${jsonPreview(variables[name] as JsonValue, 60)}`)
    .join(", ");
}

/**
 * The variables panel: while the run is paused, the variables the next state will read; then the
 * variables in scope at each visit (all visits, or the selected state's), with what each assigned.
 */
export function VariablesView() {
  const run = useRun((s) => s.run);
  const phase = useRun((s) => s.phase);
  const paused = useRun((s) => s.paused);
  const runStore = useRunStore();
  const studio = useStudioStore();
  const pointer = useSelectedState();
  const visits = run?.visits ?? [];
  const pausedVariables = useMemo(() => (phase === "paused" && paused ? variablesBefore(visits, paused) : undefined), [phase, paused, visits]);
  const { rows, omitted } = useMemo(() => visitVariableRows(visits, pointer), [visits, pointer]);
  if (!run) return <p className="sim-empty">Run the workflow (or Step through it) to see the variables in scope at each state.</p>;
  const selectedName = pointer ? (findStateByPointer(run.definition, pointer)?.name ?? pointer.split("/").pop()) : undefined;
  const pick = (index: number) => {
    const visit = visits[index] as StateVisit;
    studio.getState().select([visit.pointer]);
    runStore.getState().inspectVisit(index);
    runStore.getState().showSimulatorView("details");
  };
  return (
    <div className="variables-view" data-testid="variables-view">
      {pausedVariables && paused && (
        <section className="variables-paused" aria-label="Variables before the paused state" data-testid="variables-paused">
          <h3 className="step-title">
            Paused before {paused.stateName}
            {paused.iterationPath.length > 0 && <span className="sim-muted"> ({describeIteration(paused.iterationPath)})</span>}
          </h3>
          <p className="sim-muted">The variables in scope when it is entered: what its expressions and paths will read.</p>
          <VariableTable variables={pausedVariables} caption={`Variables in scope before ${paused.stateName}`} testId="variables-paused-table" />
        </section>
      )}
      <section aria-label="Variables at each visit">
        <h3 className="step-title">
          Variables at each visit{selectedName ? <span className="sim-muted"> · {selectedName}</span> : null}
        </h3>
        {rows.length === 0 ? (
          <p className="sim-muted" data-testid="variables-none">
            {phase === "finished" ? (selectedName ? `No visit of ${selectedName} had or set a variable.` : "No state had or set a variable in this run.") : "No variables yet."}
          </p>
        ) : (
          <table className="sim-table variables-visits" data-testid="variables-visits">
            <caption className="sr-only">Variables in scope at each visit, and the ones each visit assigned</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">In scope when entered</th>
                <th scope="col">Assigned</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.index} data-testid="variables-row" data-state={row.visit.stateName}>
                  <th scope="row">
                    <button type="button" className="sim-link" onClick={() => pick(row.index)} title="Show this visit's step details">
                      {row.visit.stateName}
                    </button>
                    {row.visit.iterationPath.length > 0 && <span className="sim-muted"> {describeIteration(row.visit.iterationPath)}</span>}
                  </th>
                  <td className="sim-cell-wrap">
                    <code>{inline(row.entry) || "—"}</code>
                  </td>
                  <td className="sim-cell-wrap" data-testid="variables-assigned">
                    <code>{inline(row.assigned) || "—"}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {omitted > 0 && <p className="sim-muted">{omitted} earlier visits are not shown.</p>}
      </section>
    </div>
  );
}
