import { useId, type ReactNode } from "react";
import { FieldMessages } from "./FieldMessages";
import { useFieldDiagnostics } from "./useFieldDiagnostics";

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/** A set of mutually exclusive options as a labelled radio group (arrow keys move between them). */
export function RadioGroup<T extends string>({ legend, options, value, onChange, diagnosticsPointer, exact, testId }: {
  legend: ReactNode;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  diagnosticsPointer?: string;
  exact?: boolean;
  testId?: string;
}) {
  const name = useId();
  const diagnostics = useFieldDiagnostics(diagnosticsPointer, exact);
  return (
    <fieldset className="field radio-group" data-testid={testId} aria-describedby={diagnostics.length > 0 ? `${name}-messages` : undefined}>
      <legend className="field-label">{legend}</legend>
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
