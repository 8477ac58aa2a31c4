import { useId, type ReactNode } from "react";
import { SeverityIcon } from "../diagnostics/SeverityIcon";

export interface ConfigControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean;
}

/** A labelled Config-mode control with its help and its problem, if any, linked to it. */
export function ConfigField({ label, help, error, note, children }: { label: ReactNode; help?: ReactNode; error?: string | undefined; note?: string | undefined; children: (control: ConfigControlProps) => ReactNode }) {
  const id = useId();
  const described = [help ? `${id}-help` : "", error || note ? `${id}-message` : ""].filter(Boolean).join(" ");
  return (
    <div className="config-field" data-invalid={error ? true : undefined}>
      <label className="config-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, "aria-describedby": described || undefined, "aria-invalid": error !== undefined })}
      {help && (
        <p className="config-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {(error || note) && (
        <p className="config-message" id={`${id}-message`} data-severity={error ? "error" : "warning"} data-testid="config-message">
          <SeverityIcon severity={error ? "error" : "warning"} />
          <span>{error ?? note}</span>
        </p>
      )}
    </div>
  );
}
