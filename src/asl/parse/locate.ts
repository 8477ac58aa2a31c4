import { listStates } from "../traverse";
import type { SourceMap } from "./types";

/** The innermost state whose text contains `offset`, as a pointer; undefined outside every state. */
export function statePointerAtOffset(definition: unknown, sourceMap: SourceMap, offset: number): string | undefined {
  let best: { pointer: string; length: number } | undefined;
  for (const location of listStates(definition)) {
    const node = sourceMap.get(location.pointer);
    if (!node) continue;
    const start = node.key?.offset ?? node.value.offset;
    const end = node.value.offset + node.value.length;
    if (offset < start || offset > end) continue;
    const length = end - start;
    if (!best || length < best.length) best = { pointer: location.pointer, length };
  }
  return best?.pointer;
}

/** The text span of a state, from its key to the end of its value. */
export function stateSpan(sourceMap: SourceMap, pointer: string): { offset: number; length: number } | undefined {
  const node = sourceMap.get(pointer);
  if (!node) return undefined;
  const offset = node.key?.offset ?? node.value.offset;
  return { offset, length: node.value.offset + node.value.length - offset };
}
