import { useId, type ReactNode } from "react";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "./FieldHelp";
import { FieldMessages } from "./FieldMessages";
import { useFieldDiagnostics } from "./useFieldDiagnostics";

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * A set of mutually exclusive options as a labelled radio group (arrow keys move between them).
 * With `doc`, the ⓘ sits beside the legend: the legend itself stays the group's name only, so the
 * visible label beside the button is a copy hidden from assistive technology.
 */
export function RadioGroup<T extends string>({ legend, doc, options, value, onChange, diagnosticsPointer, exact, testId }: {
  legend: ReactNode;
  /** The field (or state type) the ⓘ explains. */
  doc?: string;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  diagnosticsPointer?: string;
  exact?: boolean;
  testId?: string;
}) {
  const name = useId();
  const diagnostics = useFieldDiagnostics(diagnosticsPointer, exact);
  const about = useFieldHelp();
  return (
    <fieldset className="field radio-group" data-testid={testId} aria-describedby={diagnostics.length > 0 ? `${name}-messages` : undefined}>
      {doc ? (
        <>
          <legend className="visually-hidden">{legend}</legend>
          <div className="field-label-row">
            <span className="field-label" aria-hidden="true">
              {legend}
            </span>
            <FieldHelpButton field={doc} expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />
          </div>
          {about.expanded && <FieldHelpPanel field={doc} id={about.panelId} />}
        </>
      ) : (
        <legend className="field-label">{legend}</legend>
      )}
      {options.map((option) => (
        <label key={option.value} className="radio-option">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>
            {option.label}
            {option.hint && <span className="radio-hint">{option.hint}</span>}
          </span>
        </label>
      ))}
      <FieldMessages id={`${name}-messages`} diagnostics={diagnostics} />
    </fieldset>
  );
}
