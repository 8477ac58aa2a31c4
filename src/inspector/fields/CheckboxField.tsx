import type { ReactNode } from "react";

/**
 * A checkbox that turns an optional part of the state on or off (Workflow Studio's "Filter input
 * with InputPath" and the like); what it turns on is shown below it while it is checked.
 */
export function CheckboxField({ label, checked, onChange, help, children }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; help?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`toggle-field${checked ? " is-on" : ""}`}>
      <label className="checkbox-label">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
      {help && <p className="field-help toggle-help">{help}</p>}
      {checked && children && <div className="toggle-body">{children}</div>}
    </div>
  );
}
