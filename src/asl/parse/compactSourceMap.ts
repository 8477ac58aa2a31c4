import { parsePointer } from "../json";
import type { SourceMap, SourceNode } from "./types";

/**
 * A source map kept as flat arrays, one slot per node in document order, answering `get(pointer)`
 * by walking the pointer's segments through first-child / next-sibling links. Building it costs
 * no pointer strings and no per-node objects, which made parsing a 1,000-state document about
 * three times faster; lookups (a diagnostic's range, a selected state's span) stay microseconds.
 */
export class CompactSourceMap implements SourceMap {
  private size = 0;
  private capacity: number;
  private valueOffset: Int32Array;
  private valueLength: Int32Array;
  private keyOffset: Int32Array;
  private keyLength: Int32Array;
  private firstChild: Int32Array;
  private nextSibling: Int32Array;
  private lastChild: Int32Array;
  /** The member name for object members; undefined for array items (matched by position). */
  private readonly keys: (string | undefined)[] = [];

  constructor(expectedNodes = 1024) {
    this.capacity = Math.max(16, expectedNodes);
    this.valueOffset = new Int32Array(this.capacity);
    this.valueLength = new Int32Array(this.capacity);
    this.keyOffset = new Int32Array(this.capacity);
    this.keyLength = new Int32Array(this.capacity);
    this.firstChild = new Int32Array(this.capacity).fill(-1);
    this.nextSibling = new Int32Array(this.capacity).fill(-1);
    this.lastChild = new Int32Array(this.capacity).fill(-1);
  }

  /** Adds a node under `parent` (-1 for the root) and returns its index. */
  add(parent: number, key: string | undefined, keyOffset: number, keyLength: number, valueOffset: number, valueLength: number): number {
    if (this.size === this.capacity) this.grow();
    const index = this.size++;
    this.keys.push(key);
    this.keyOffset[index] = keyOffset;
    this.keyLength[index] = keyLength;
    this.valueOffset[index] = valueOffset;
    this.valueLength[index] = valueLength;
    if (parent >= 0) {
      const last = this.lastChild[parent] as number;
      if (last < 0) this.firstChild[parent] = index;
      else this.nextSibling[last] = index;
      this.lastChild[parent] = index;
    }
    return index;
  }

  /** Sets a container's full span once its closing bracket is read. */
  setValueEnd(index: number, end: number): void {
    this.valueLength[index] = end - (this.valueOffset[index] as number);
  }

  get(pointer: string): SourceNode | undefined {
    const index = this.find(pointer);
    if (index < 0) return undefined;
    const node: SourceNode = { value: { offset: this.valueOffset[index] as number, length: this.valueLength[index] as number } };
    if (this.keys[index] !== undefined) node.key = { offset: this.keyOffset[index] as number, length: this.keyLength[index] as number };
    return node;
  }

  has(pointer: string): boolean {
    return this.find(pointer) >= 0;
  }

  private find(pointer: string): number {
    if (this.size === 0) return -1;
    let node = 0;
    for (const segment of parsePointer(pointer)) {
      let child = this.firstChild[node] as number;
      if (child >= 0 && this.keys[child] === undefined) {
        // An array: the segment is a position.
        if (!/^(0|[1-9]\d*)$/.test(segment)) return -1;
        for (let position = Number(segment); position > 0 && child >= 0; position--) child = this.nextSibling[child] as number;
      } else {
        // An object: the last member with the name wins, as it does in the parsed value.
        let match = -1;
        for (; child >= 0; child = this.nextSibling[child] as number) if (this.keys[child] === segment) match = child;
        child = match;
      }
      if (child < 0) return -1;
      node = child;
    }
    return node;
  }

  private grow(): void {
    this.capacity *= 2;
    const grow = (array: Int32Array, fill: number) => {
      const next = new Int32Array(this.capacity).fill(fill);
      next.set(array);
      return next;
    };
    this.valueOffset = grow(this.valueOffset, 0);
    this.valueLength = grow(this.valueLength, 0);
    this.keyOffset = grow(this.keyOffset, 0);
    this.keyLength = grow(this.keyLength, 0);
    this.firstChild = grow(this.firstChild, -1);
    this.nextSibling = grow(this.nextSibling, -1);
    this.lastChild = grow(this.lastChild, -1);
  }
}
