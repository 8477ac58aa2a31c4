import { appendPointer, hasOwn, isJsonObject, type JsonObject } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { ExpressionField } from "../expression/ExpressionField";
import { useStudio } from "../../store/StudioContext";
import { Note } from "../common/Note";
import { Section } from "../common/Section";
import { CheckboxField } from "../fields/CheckboxField";
import { Field } from "../fields/Field";
import { JsonField } from "../fields/JsonField";
import { PathField } from "../fields/PathField";
import { RadioGroup } from "../fields/RadioGroup";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { ValueOrPathField } from "../fields/ValueOrPathField";
import { editObjectAt, setAt } from "../model/editAt";
import { readExecutionType, readProcessingMode, setExecutionType, setProcessingMode, upgradeIterator, type ExecutionType, type ProcessingMode } from "../model/mapProcessing";
import { ItemBatcherFields } from "./ItemBatcherFields";
import { ItemReaderFields } from "./ItemReaderFields";
import { ResultWriterFields } from "./ResultWriterFields";

const ITEM_SELECTOR_DEFAULT = { "index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value" };
const JSONATA_ITEM_SELECTOR_DEFAULT = { index: "{% $states.context.Map.Item.Index %}", value: "{% $states.context.Map.Item.Value %}" };

/** A Map's processing mode, items, concurrency and, in distributed mode, its Map Run settings. */
export function MapConfiguration({ pointer, language = "JSONPath" }: { pointer: string; language?: QueryLanguageMode }) {
  const jsonata = language === "JSONata";
  const state = useDocValue(pointer);
  const workflowType = useStudio((s) => s.config.type);
  const apply = useApplyEdit();
  const node: JsonObject = isJsonObject(state) ? state : {};
  const mode = readProcessingMode(node);
  const distributed = mode === "DISTRIBUTED";
  const edit = (transform: (s: JsonObject) => JsonObject) => apply(editObjectAt(pointer, transform));
  return (
    <>
      <Section title="Processing">
        <RadioGroup<ProcessingMode>
          legend="Processing mode"
          doc="Mode"
          value={mode}
          diagnosticsPointer={appendPointer(pointer, "ItemProcessor", "ProcessorConfig")}
          options={[
            { value: "INLINE", label: "Inline", hint: "Iterations run in this execution, up to 40 at a time." },
            { value: "DISTRIBUTED", label: "Distributed", hint: workflowType === "EXPRESS" ? "Not available in Express workflows." : "Each iteration is a child execution; up to 10,000 at a time." },
          ]}
          onChange={(value) => edit((s) => setProcessingMode(s, value))}
        />
        {hasOwn(node, "Iterator") && !hasOwn(node, "ItemProcessor") && (
          <>
            <Note tone="warning">This Map uses Iterator, the deprecated name of ItemProcessor.</Note>
            <button type="button" className="button" onClick={() => edit(upgradeIterator)}>
              Rename to ItemProcessor
            </button>
          </>
        )}
        {distributed && (
          <Field label="Child execution type" asl="ExecutionType" pointer={appendPointer(pointer, "ItemProcessor", "ProcessorConfig", "ExecutionType")}>
            {(control) => (
              <select {...control} className="field-input" value={readExecutionType(node) ?? ""} onChange={(e) => edit((s) => setExecutionType(s, e.target.value as ExecutionType))}>
                {readExecutionType(node) === undefined && <option value="">Choose…</option>}
                <option value="STANDARD">Standard</option>
                <option value="EXPRESS">Express</option>
              </select>
            )}
          </Field>
        )}
      </Section>
      <Section title="Items">
        {distributed && <ItemReaderFields pointer={pointer} />}
        {!(distributed && hasOwn(node, "ItemReader")) &&
          (jsonata ? (
            <ExpressionField
              pointer={appendPointer(pointer, "Items")}
              shape="array"
              removable
              minRows={1}
              label="Items"
              asl="Items"
              testId="items-editor"
              placeholder="{% $states.input.items %}"
              help="The array to iterate over: a JSON array, or an expression giving one. Without Items, the state input must be an array."
            />
          ) : (
            <PathField pointer={appendPointer(pointer, "ItemsPath")} kind="reference" label="Path to items array" asl="ItemsPath" placeholder="$ (the whole input)" help="Where the array is in the state input, e.g. $.items." />
          ))}
        <CheckboxField label="Modify items with ItemSelector" doc="ItemSelector" checked={hasOwn(node, "ItemSelector")} onChange={(checked) => apply(setAt(appendPointer(pointer, "ItemSelector"), checked ? (jsonata ? JSONATA_ITEM_SELECTOR_DEFAULT : ITEM_SELECTOR_DEFAULT) : undefined))}>
          {jsonata ? (
            <ExpressionField pointer={appendPointer(pointer, "ItemSelector")} shape="object" label="ItemSelector" help="Builds each iteration's input; $states.context.Map.Item.Value is the item, $states.context.Map.Item.Index its position." />
          ) : (
            <JsonField pointer={appendPointer(pointer, "ItemSelector")} label="ItemSelector" help="Builds each iteration's input; $$.Map.Item.Value is the item, $$.Map.Item.Index its position." />
          )}
        </CheckboxField>
        {distributed && <ItemBatcherFields pointer={pointer} />}
      </Section>
      <Section title="Runtime settings">
        <ValueOrPathField pointer={pointer} field="MaxConcurrency" label="Concurrency limit" help="Iterations running at once; 0 or not set means no limit." valueKind="number" rule={{ integer: true, min: 0 }} pathKind="reference" initial={{ value: 10, path: "$.maxConcurrency" }} noneLabel="No limit" valueLabel="Number" language={language} />
        {distributed && (
          <>
            <ValueOrPathField pointer={pointer} field="ToleratedFailurePercentage" label="Tolerated failure percentage" valueKind="number" rule={{ min: 0, max: 100 }} pathKind="reference" initial={{ value: 5, path: "$.toleratedFailurePercentage" }} noneLabel="0% (default)" valueLabel="Percentage" language={language} />
            <ValueOrPathField pointer={pointer} field="ToleratedFailureCount" label="Tolerated failure count" valueKind="number" rule={{ integer: true, min: 0 }} pathKind="reference" initial={{ value: 10, path: "$.toleratedFailureCount" }} noneLabel="0 (default)" valueLabel="Count" language={language} />
            <TextField pointer={appendPointer(pointer, "Label")} label="Label" asl="Label" help="Names the Map Run: at most 40 characters, unique, no spaces or special characters." />
          </>
        )}
      </Section>
      {distributed && (
        <Section title="Export">
          <ResultWriterFields pointer={pointer} />
        </Section>
      )}
    </>
  );
}
