import type { ReactNode } from "react";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "./FieldHelp";

/**
 * A checkbox that turns an optional part of the state on or off (Workflow Studio's "Filter input
 * with InputPath" and the like); what it turns on is shown below it while it is checked.
 */
export function CheckboxField({ label, checked, onChange, help, doc, children }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; help?: ReactNode; /** The ASL field it turns on, for the ⓘ help. */ doc?: string; children?: ReactNode }) {
  const about = useFieldHelp();
  return (
    <div className={`toggle-field${checked ? " is-on" : ""}`}>
      <div className="field-label-row">
        <label className="checkbox-label">
          <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
          <span>{label}</span>
        </label>
        {doc && <FieldHelpButton field={doc} expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />}
      </div>
      {doc && about.expanded && <FieldHelpPanel field={doc} id={about.panelId} />}
      {help && <p className="field-help toggle-help">{help}</p>}
      {checked && children && <div className="toggle-body">{children}</div>}
    </div>
  );
}
