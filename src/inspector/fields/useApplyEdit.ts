import { useCallback } from "react";
import { useStudioStore } from "../../store/StudioContext";
import type { InspectorEdit } from "../model/editAt";

/**
 * Runs a pure edit through the store: one undo step, or one per burst of typing when the same
 * `coalesceKey` (the field's pointer) repeats.
 */
export function useApplyEdit(): (edit: InspectorEdit, coalesceKey?: string) => void {
  const store = useStudioStore();
  return useCallback((edit, coalesceKey) => {
    store.getState().applyEdit(edit, coalesceKey === undefined ? {} : { coalesceKey });
  }, [store]);
}
