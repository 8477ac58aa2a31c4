/**
 * Pure edits for the inspector: each returns the `(definition) => EditResult` function that the
 * store's applyEdit runs on the current document, so a field never writes a stale copy.
 */
import { updateAtPointer } from "../../asl/edit/updateAtPointer";
import type { EditResult } from "../../asl/edit/types";
import { getAtPointer, isJsonObject, type JsonObject, type JsonValue } from "../../asl/json";
import type { StateMachine } from "../../asl/types";

export type InspectorEdit = (definition: StateMachine) => EditResult;

/** Sets (or, with undefined, removes) the value at `pointer`; missing parent objects are created. */
export function setAt(pointer: string, value: JsonValue | undefined): InspectorEdit {
  return (definition) => updateAtPointer(definition, pointer, value);
}

/**
 * Replaces the object at `pointer` by `transform(object)`. A missing value is passed in as `{}`
 * when `create` is set (for nested objects such as ItemReader); otherwise nothing changes.
 */
export function editObjectAt(pointer: string, transform: (node: JsonObject) => JsonObject | undefined, create = false): InspectorEdit {
  return (definition) => {
    const node = getAtPointer(definition as unknown as JsonValue, pointer);
    if (!isJsonObject(node) && !(create && node === undefined)) return { definition };
    const next = transform(isJsonObject(node) ? node : {});
    if (next === node) return { definition };
    return updateAtPointer(definition, pointer, next);
  };
}

/** Replaces the array at `pointer` by `transform(array)` (a missing array is passed in as `[]`). */
export function editArrayAt(pointer: string, transform: (items: JsonValue[]) => JsonValue[] | undefined): InspectorEdit {
  return (definition) => {
    const node = getAtPointer(definition as unknown as JsonValue, pointer);
    if (node !== undefined && !Array.isArray(node)) return { definition };
    return updateAtPointer(definition, pointer, transform(node ?? []));
  };
}
