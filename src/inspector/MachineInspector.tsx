import { useId, useMemo } from "react";
import { getOwn, isJsonObject } from "../asl/json";
import { useStudio } from "../store/StudioContext";
import { Section } from "./common/Section";
import { MachineLanguageSwitch } from "./language/LanguageSwitch";
import { DocPlaceContext } from "./fields/DocPlaceContext";
import { Field } from "./fields/Field";
import { FieldMessages } from "./fields/FieldMessages";
import { NumberField } from "./fields/NumberField";
import { StateSelect } from "./fields/StateSelect";
import { TextField } from "./fields/TextField";
import { useApplyEdit } from "./fields/useApplyEdit";
import { bySeverity } from "./model/diagnosticsAt";
import { setAt } from "./model/editAt";

/** With no state selected: the state machine's own fields (seed L2524–L2556). */
export function MachineInspector({ readOnly }: { readOnly: boolean }) {
  const definition = useStudio((s) => s.definition);
  const diagnostics = useStudio((s) => s.diagnostics);
  const apply = useApplyEdit();
  const messagesId = useId();
  const root = isJsonObject(definition) ? definition : {};
  const states = getOwn(root, "States");
  const names = isJsonObject(states) ? Object.keys(states) : [];
  const startAt = getOwn(root, "StartAt");
  const start = typeof startAt === "string" ? startAt : undefined;
  const general = useMemo(() => bySeverity(diagnostics.filter((d) => d.path === "" || d.path === "/States")), [diagnostics]);
  return (
    <DocPlaceContext.Provider value="Machine">
    <div className="machine-inspector" data-testid="machine-inspector">
      <div className="inspector-heading">
        <h3 className="inspector-title">State machine</h3>
        <span className="type-badge">{names.length} {names.length === 1 ? "state" : "states"}</span>
      </div>
      <p className="field-help inspector-hint">Select a state on the canvas to edit it. These fields belong to the whole workflow.</p>
      <FieldMessages id={messagesId} diagnostics={general} />
      <fieldset className="inspector-form" disabled={readOnly}>
        <Section title="Workflow">
          <Field label="Start at" asl="StartAt" pointer="/StartAt" help="The first state to run.">
            {(control) => <StateSelect control={control} names={start !== undefined && !names.includes(start) ? [...names, start] : names} value={start} onChange={(name) => apply(setAt("/StartAt", name))} />}
          </Field>
          <TextField pointer="/Comment" multiline label="Comment" help="A description of the workflow." />
          <NumberField pointer="/TimeoutSeconds" rule={{ integer: true, min: 1 }} label="Timeout (s)" asl="TimeoutSeconds" placeholder="No limit (1 year max.)" help="The execution fails with States.Timeout after this long." />
          <TextField pointer="/Version" label="ASL version" asl="Version" placeholder="1.0" />
        </Section>
        <Section title="Data" testId="machine-query-language">
          <MachineLanguageSwitch readOnly={readOnly} />
        </Section>
      </fieldset>
    </div>
    </DocPlaceContext.Provider>
  );
}
