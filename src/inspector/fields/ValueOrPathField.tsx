import type { ReactNode } from "react";
import { appendPointer, hasOwn, isJsonObject, type JsonValue } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { ExpressionValueField } from "../expression/ExpressionValueField";
import { editObjectAt } from "../model/editAt";
import type { NumberRule } from "../model/numberText";
import type { PathKind } from "../model/pathSyntax";
import { pathKeyOf, readValueOrPath, setValueSource, type ValueSource } from "../model/valueOrPath";
import { FieldHelpButton, FieldHelpPanel, useFieldHelp } from "./FieldHelp";
import { NumberField } from "./NumberField";
import { PathField } from "./PathField";
import { TextField } from "./TextField";
import { useApplyEdit } from "./useApplyEdit";
import { useDocValue } from "./useDocValue";

interface ValueOrPathFieldProps {
  /** The object holding the field (a state, ReaderConfig, ItemBatcher, …). */
  pointer: string;
  field: string;
  label: string;
  help?: string;
  /** "number" values use `rule`; "text" values are strings (Fail's Error and Cause). */
  valueKind: "number" | "text";
  rule?: NumberRule;
  pathKind: PathKind;
  initial: { value: JsonValue; path: string };
  valueLabel?: string;
  noneLabel?: string;
  /** Create the holding object when a value is set (nested objects such as ReaderConfig). */
  create?: boolean;
  /** JSONata states have no …Path twins: the field takes its value or a {% %} expression. */
  language?: QueryLanguageMode;
}

/**
 * A field that is given as a constant or read from the input by its `…Path` twin
 * (TimeoutSeconds / TimeoutSecondsPath, Error / ErrorPath, …): a source choice and one input.
 */
export function ValueOrPathField({ pointer, field, label, help, valueKind, rule = {}, pathKind, initial, valueLabel = "Value", noneLabel = "Not set", create = false, language = "JSONPath" }: ValueOrPathFieldProps) {
  const node = useDocValue(pointer);
  const apply = useApplyEdit();
  if (language === "JSONata" && !(isJsonObject(node) && hasOwn(node, pathKeyOf(field)))) {
    const example = valueKind === "number" ? `e.g. ${String(initial.value)}` : "text";
    return (
      <ExpressionValueField
        pointer={appendPointer(pointer, field)}
        scalar={valueKind === "number" ? { kind: "number", rule } : { kind: "text" }}
        label={label}
        asl={field}
        help={`${help ? `${help} ` : ""}A value (${example}) or an expression {% … %}; empty: ${noneLabel.toLowerCase()}.`}
        placeholder={valueKind === "number" ? `${String(initial.value)} or {% $states.input.${field.charAt(0).toLowerCase()}${field.slice(1)} %}` : "{% … %} or text"}
      />
    );
  }
  const current = readValueOrPath(isJsonObject(node) ? node : {}, field);
  const setSource = (source: ValueSource) => apply(editObjectAt(pointer, (n) => setValueSource(n, field, source, initial), create));
  const sourceSelect = (
    <select className="field-source" aria-label={`How ${label} is given`} value={current.source} onChange={(e) => setSource(e.target.value as ValueSource)}>
      <option value="none">{noneLabel}</option>
      <option value="value">{valueLabel}</option>
      <option value="path">From the input (path)</option>
    </select>
  );
  if (current.source === "none") return <UnsetField label={label} field={field} help={help} sourceSelect={sourceSelect} />;
  if (current.source === "path") {
    return <PathField pointer={appendPointer(pointer, pathKeyOf(field))} kind={pathKind} whenEmpty="keep" label={label} asl={pathKeyOf(field)} headerControl={sourceSelect} />;
  }
  return valueKind === "number" ? (
    <NumberField pointer={appendPointer(pointer, field)} rule={rule} required label={label} asl={field} help={help} headerControl={sourceSelect} />
  ) : (
    <TextField pointer={appendPointer(pointer, field)} whenEmpty="keep" label={label} asl={field} help={help} headerControl={sourceSelect} />
  );
}

/** Not set yet: the label, the ⓘ and the choice of how to give the value. */
function UnsetField({ label, field, help, sourceSelect }: { label: string; field: string; help: string | undefined; sourceSelect: ReactNode }) {
  const about = useFieldHelp();
  return (
    <div className="field">
      <div className="field-label-row">
        <span className="field-label">{label}</span>
        <FieldHelpButton field={field} expanded={about.expanded} onToggle={about.toggle} panelId={about.panelId} />
        {sourceSelect}
      </div>
      {about.expanded && <FieldHelpPanel field={field} id={about.panelId} />}
      {help && <p className="field-help">{help}</p>}
    </div>
  );
}
