import type { ControlProps } from "./Field";

export const NONE_OPTION = "\u0000none";

/**
 * A dropdown of state names (Next, Default, a rule's or catcher's Next, StartAt). `endLabel` adds
 * the End option (value ""), `noneLabel` an option for "not set" (value NONE_OPTION).
 */
export function StateSelect({ control, names, value, onChange, endLabel, noneLabel, self }: {
  control: ControlProps;
  names: readonly string[];
  value: string | undefined;
  onChange: (value: string) => void;
  endLabel?: string;
  noneLabel?: string;
  /** The state being edited, marked in the list. */
  self?: string;
}) {
  const placeholder = value === undefined && noneLabel === undefined;
  return (
    <select {...control} className="field-input" value={value ?? (noneLabel !== undefined ? NONE_OPTION : "\u0000unset")} onChange={(e) => onChange(e.target.value)}>
      {placeholder && (
        <option value={"\u0000unset"} disabled>
          Choose a state…
        </option>
      )}
      {noneLabel !== undefined && <option value={NONE_OPTION}>{noneLabel}</option>}
      {endLabel !== undefined && <option value="">{endLabel}</option>}
      {names.map((name) => (
        <option key={name} value={name}>
          {name === self ? `${name} (this state)` : name}
        </option>
      ))}
    </select>
  );
}
