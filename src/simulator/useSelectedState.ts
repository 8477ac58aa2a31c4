import { getAtPointer, isJsonObject, type JsonValue } from "../asl/json";
import { useStudio } from "../store/StudioContext";

/** The state the simulator's views describe: the most recently selected one that exists in the document. */
export function useSelectedState(): string | undefined {
  return useStudio((s) => {
    for (let i = s.selection.length - 1; i >= 0; i--) {
      const pointer = s.selection[i] as string;
      if (isJsonObject(getAtPointer(s.definition as JsonValue, pointer))) return pointer;
    }
    return undefined;
  });
}
