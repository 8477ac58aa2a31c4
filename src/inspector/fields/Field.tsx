import { useId, type ReactNode } from "react";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "./FieldHelp";
import { FieldMessages } from "./FieldMessages";
import { useFieldDiagnostics } from "./useFieldDiagnostics";

/** What every field shows around its control. */
export interface FieldChrome {
  label: ReactNode;
  /** The ASL field the control writes, shown beside the label. */
  asl?: string | undefined;
  /** What the ⓘ explains when it is not `asl` (a field that writes Next or End, a state's name). */
  doc?: string | undefined;
  help?: ReactNode;
  /** A small control at the right of the label row (e.g. how a value is given: constant or path). */
  headerControl?: ReactNode;
  /** Whose validator findings to show; the control's own pointer when left out. */
  diagnosticsPointer?: string | undefined;
  exact?: boolean | undefined;
}

export interface ControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean;
}

interface FieldProps extends FieldChrome {
  pointer?: string | undefined;
  localError?: string | undefined;
  localWarning?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its help text and messages, linked for assistive technology. */
export function Field({ label, asl, doc, help, headerControl, pointer, diagnosticsPointer, exact, localError, localWarning, children }: FieldProps) {
  const id = useId();
  const diagnostics = useFieldDiagnostics(diagnosticsPointer ?? pointer, exact);
  const helpId = help ? `${id}-help` : undefined;
  const messagesId = `${id}-messages`;
  const invalid = localError !== undefined || diagnostics.some((d) => d.severity === "error");
  const describedBy = [helpId, messagesId].filter(Boolean).join(" ");
  const about = useFieldHelp();
  // The ASL field named beside the label, or a label that is itself a field name (e.g. "OutputPath").
  const docField = doc ?? asl ?? (typeof label === "string" && /^[A-Z][A-Za-z]+$/.test(label) ? label : undefined);
  return (
    <div className="field" data-invalid={invalid || undefined}>
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          {label}
          {asl && <code className="field-asl">{asl}</code>}
        </label>
        {docField && <FieldHelpButton field={docField} expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />}
        {headerControl}
      </div>
      {docField && about.expanded && <FieldHelpPanel field={docField} id={about.panelId} />}
      {children({ id, "aria-describedby": describedBy || undefined, "aria-invalid": invalid })}
      {help && (
        <p className="field-help" id={helpId}>
          {help}
        </p>
      )}
      <FieldMessages id={messagesId} diagnostics={diagnostics} localError={localError} localWarning={localWarning} />
    </div>
  );
}
