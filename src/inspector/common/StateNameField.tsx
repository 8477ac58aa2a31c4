import { useState } from "react";
import { STATE_NAME_HELP } from "../../asl/docs/fieldDocs";
import { checkStateName, renameState } from "../../asl/edit/renameState";
import type { StateMachine } from "../../asl/types";
import { useStudio } from "../../store/StudioContext";
import { Field } from "../fields/Field";
import { useApplyEdit } from "../fields/useApplyEdit";

/**
 * The state's name. Renaming happens on Enter or when the field loses focus, and updates every
 * StartAt, Next, Default, rule and catcher that names the state; an empty, too long or duplicate
 * name is refused with the reason beside the field (Escape puts the name back).
 */
export function StateNameField({ pointer, name }: { pointer: string; name: string }) {
  const definition = useStudio((s) => s.definition) as StateMachine | undefined;
  const apply = useApplyEdit();
  const [draft, setDraft] = useState(name);
  const problem = draft !== name && definition ? checkStateName(definition, pointer, draft) : undefined;
  const commit = () => {
    if (draft === name || problem || !definition) return;
    apply((d) => renameState(d, pointer, draft));
  };
  return (
    <Field label="Name" doc={STATE_NAME_HELP} help="Unique in the whole workflow. Every transition that names the state follows a rename." localError={problem?.message} pointer={pointer} exact>
      {(control) => (
        <input
          {...control}
          className="field-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit();
            } else if (e.key === "Escape") {
              e.preventDefault();
              setDraft(name);
            }
          }}
        />
      )}
    </Field>
  );
}
