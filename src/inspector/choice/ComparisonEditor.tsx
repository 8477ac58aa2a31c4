import { OPERATOR_HELP } from "../../asl/docs/fieldDocs";
import { appendPointer, type JsonObject } from "../../asl/json";
import { Field } from "../fields/Field";
import { NumberField } from "../fields/NumberField";
import { PathField } from "../fields/PathField";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { readCondition, setOperand, setOperator, setValueSource, type ValueSource } from "../model/choiceCondition";
import { OPERATOR_GROUPS, type BaseOperator } from "../model/choiceOperators";
import { editObjectAt } from "../model/editAt";

/** Variable, operator (grouped by kind) and a value typed as the operator needs, constant or path. */
export function ComparisonEditor({ pointer, node }: { pointer: string; node: JsonObject }) {
  const apply = useApplyEdit();
  const shape = readCondition(node);
  if (shape.kind !== "comparison") return null;
  const edit = (transform: (n: JsonObject) => JsonObject) => apply(editObjectAt(pointer, transform));
  const { operator, key, source } = shape;
  const valuePointer = key === undefined ? undefined : appendPointer(pointer, key);
  const compareWith = operator?.hasPath ? (
    <select className="field-source" aria-label="Compare with" value={source} onChange={(e) => edit((n) => setValueSource(n, e.target.value as ValueSource))}>
      <option value="constant">Constant</option>
      <option value="path">Path (…Path)</option>
    </select>
  ) : undefined;
  return (
    <>
      <PathField pointer={appendPointer(pointer, "Variable")} kind="reference" whenEmpty="keep" label="Variable" help="" placeholder="$.order.total" />
      <Field label="Operator" doc={key ?? OPERATOR_HELP} diagnosticsPointer={pointer} exact>
        {(control) => (
          <select {...control} className="field-input" value={operator?.name ?? ""} onChange={(e) => edit((n) => setOperator(n, e.target.value as BaseOperator))}>
            {operator === undefined && (
              <option value="" disabled>
                Choose an operator…
              </option>
            )}
            {OPERATOR_GROUPS.map((group) => (
              <optgroup key={group.kind} label={group.label}>
                {group.operators.map((o) => (
                  <option key={o.name} value={o.name}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      {operator && valuePointer && source === "path" && <PathField pointer={valuePointer} kind="reference" whenEmpty="keep" label="Value" asl={key} help="" headerControl={compareWith} />}
      {operator && valuePointer && source === "constant" && (
        <>
          {(operator.kind === "string" || operator.kind === "pattern" || operator.kind === "timestamp") && (
            <TextField
              pointer={valuePointer}
              whenEmpty="keep"
              label="Value"
              asl={key}
              headerControl={compareWith}
              placeholder={operator.kind === "timestamp" ? "2024-01-01T00:00:00Z" : undefined}
              help={operator.kind === "pattern" ? "* matches any characters; write \\* for a literal star." : operator.kind === "timestamp" ? "RFC 3339 with an uppercase T and Z, e.g. 2016-08-18T17:33:00Z." : undefined}
            />
          )}
          {operator.kind === "numeric" && <NumberField pointer={valuePointer} rule={{}} required label="Value" asl={key} headerControl={compareWith} />}
          {(operator.kind === "boolean" || operator.kind === "typeTest") && (
            <Field label={operator.kind === "typeTest" ? "Expected" : "Value"} asl={key} pointer={valuePointer} headerControl={compareWith}>
              {(control) => (
                <select {...control} className="field-input" value={String(shape.value === false ? false : true)} onChange={(e) => edit((n) => setOperand(n, e.target.value === "true"))}>
                  <option value="true">{operator.kind === "typeTest" ? `true (${operator.label.toLowerCase()})` : "true"}</option>
                  <option value="false">{operator.kind === "typeTest" ? `false (${operator.label.toLowerCase().replace(/^is /, "is not ")})` : "false"}</option>
                </select>
              )}
            </Field>
          )}
        </>
      )}
    </>
  );
}
