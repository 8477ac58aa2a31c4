import { getAtPointer, type JsonValue } from "../../asl/json";
import { useStudio } from "../../store/StudioContext";

/** The document's value at `pointer` (the store's definition is the source of truth). */
export function useDocValue(pointer: string): JsonValue | undefined {
  return useStudio((s) => getAtPointer(s.definition, pointer));
}
