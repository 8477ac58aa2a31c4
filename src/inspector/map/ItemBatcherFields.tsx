import { appendPointer, hasOwn, isJsonObject } from "../../asl/json";
import { CheckboxField } from "../fields/CheckboxField";
import { JsonField } from "../fields/JsonField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { ValueOrPathField } from "../fields/ValueOrPathField";
import { editObjectAt, setAt } from "../model/editAt";
import { setItemBatcherEnabled } from "../model/mapOptions";

/** ItemBatcher (seed L7235–L7430): several items per child execution. */
export function ItemBatcherFields({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const batcherPointer = appendPointer(pointer, "ItemBatcher");
  const batcher = useDocValue(batcherPointer);
  const on = isJsonObject(state) && hasOwn(state, "ItemBatcher");
  const hasBatchInput = isJsonObject(batcher) && hasOwn(batcher, "BatchInput");
  return (
    <CheckboxField label="Batch items (ItemBatcher)" doc="ItemBatcher" help="Each child execution gets {BatchInput, Items} instead of one item." checked={on} onChange={(checked) => apply(editObjectAt(pointer, (s) => setItemBatcherEnabled(s, checked)))}>
      <ValueOrPathField pointer={batcherPointer} field="MaxItemsPerBatch" label="Max items per batch" valueKind="number" rule={{ integer: true, min: 1 }} pathKind="reference" initial={{ value: 10, path: "$.batchSize" }} valueLabel="Number" />
      <ValueOrPathField pointer={batcherPointer} field="MaxInputBytesPerBatch" label="Max bytes per batch" help="At most 256 KB (262144)." valueKind="number" rule={{ integer: true, min: 1, max: 262144 }} pathKind="reference" initial={{ value: 262144, path: "$.batchBytes" }} valueLabel="Bytes" />
      <CheckboxField label="Add fixed BatchInput to every batch" doc="BatchInput" checked={hasBatchInput} onChange={(checked) => apply(setAt(appendPointer(batcherPointer, "BatchInput"), checked ? {} : undefined))}>
        <JsonField pointer={appendPointer(batcherPointer, "BatchInput")} label="BatchInput" help="Keys ending in .$ read the Map's input." />
      </CheckboxField>
    </CheckboxField>
  );
}
