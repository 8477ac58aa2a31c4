/**
 * Document order for diagnostics. With a source map the text offset decides; without one the
 * order of keys in the objects does (the order the user wrote them, as parsers keep it).
 * Ties keep the order in which rules reported them, so output is deterministic.
 */
import type { Diagnostic } from "../diagnostics";
import { isJsonObject, parsePointer, type JsonObject, type JsonValue } from "../json";

export interface Located {
  diagnostic: Diagnostic;
  offset: number | undefined;
  seq: number;
}

export function orderDiagnostics(located: Located[], root: JsonObject | undefined): Diagnostic[] {
  if (located.length > 1) {
    if (located.every((l) => l.offset !== undefined)) {
      located.sort((a, b) => (a.offset as number) - (b.offset as number) || a.seq - b.seq);
    } else {
      const keys = new Map<string, number[]>();
      const keyOf = (pointer: string): number[] => {
        let key = keys.get(pointer);
        if (!key) {
          key = documentOrderKey(root, pointer);
          keys.set(pointer, key);
        }
        return key;
      };
      located.sort((a, b) => compareKeys(keyOf(a.diagnostic.path), keyOf(b.diagnostic.path)) || a.seq - b.seq);
    }
  }
  return located.map((l) => l.diagnostic);
}

const keyIndexCache = new WeakMap<object, Map<string, number>>();

function keyIndex(node: JsonObject): Map<string, number> {
  let index = keyIndexCache.get(node);
  if (!index) {
    index = new Map();
    const keys = Object.keys(node);
    for (let i = 0; i < keys.length; i++) index.set(keys[i] as string, i);
    keyIndexCache.set(node, index);
  }
  return index;
}

/** Position of each pointer step among its siblings; a missing step sorts after written ones. */
function documentOrderKey(root: JsonValue | undefined, pointer: string): number[] {
  const key: number[] = [];
  let node: JsonValue | undefined = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      const i = /^\d+$/.test(segment) ? Number(segment) : Number.MAX_SAFE_INTEGER;
      key.push(i);
      node = node[i];
    } else if (isJsonObject(node)) {
      const i = keyIndex(node).get(segment);
      key.push(i ?? Number.MAX_SAFE_INTEGER);
      node = i === undefined ? undefined : node[segment];
    } else {
      key.push(Number.MAX_SAFE_INTEGER);
      node = undefined;
    }
  }
  return key;
}

function compareKeys(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
