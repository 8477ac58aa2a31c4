/**
 * What a rule gets: the document index, the options, and `report`. Diagnostics are collected
 * here and, at the end, given their text range and put in document order.
 */
import type { Diagnostic, Severity } from "../diagnostics";
import { parsePointer, type JsonObject } from "../json";
import type { WorkflowType } from "../types";
import { CODES, type DiagnosticCode } from "./codes";
import type { DocumentIndex, StateInfo } from "./model";
import { orderDiagnostics } from "./order";
import { locate, type Highlight, type SourceInfo } from "./ranges";

export interface Report {
  code: DiagnosticCode;
  /** JSON Pointer of the offending node; for a missing field, the object that lacks it. */
  pointer: string;
  message: string;
  /** The state the finding belongs to, if any: sets statePointer/stateName. */
  state?: Pick<StateInfo, "pointer" | "name"> | undefined;
  /** Overrides the code's default severity. */
  severity?: Severity;
  /** Which part of the node to underline; by default the key for objects/arrays, else the value. */
  highlight?: Highlight;
  /** Part of a string value to underline: offsets in the string's text (not its JSON source). */
  subRange?: { start: number; length: number };
}

/** A workflow variable read by an expression or path, collected for the variables rule. */
export interface VariableRead {
  name: string;
  pointer: string;
  state: StateInfo;
  /** Where in the string value the reference is written, when known. */
  subRange?: { start: number; length: number };
}

/** A read of the context object's `Map` (`$$.Map.Item.Value`, `$states.context.Map…`), collected for the mapItemContext rule. */
export interface MapItemRead {
  /** The path or expression part that reads it, e.g. `$$.Map.Item.Value`. */
  text: string;
  pointer: string;
  state: StateInfo;
  /** Where in the string value the reference is written, when it is not the whole value. */
  subRange?: { start: number; length: number };
}

interface Pending extends Report {
  seq: number;
}

export class ValidationContext {
  private readonly pending: Pending[] = [];
  /** Variables read anywhere (filled by the path, intrinsic and JSONata checks; read by the variables rule). */
  readonly variableReads: VariableRead[] = [];
  /** Reads of `$$.Map…` anywhere (filled by the path, intrinsic and JSONata checks; read by the mapItemContext rule). */
  readonly mapItemReads: MapItemRead[] = [];

  constructor(
    readonly root: JsonObject | undefined,
    readonly index: DocumentIndex | undefined,
    readonly workflowType: WorkflowType | undefined,
    private readonly source: SourceInfo | undefined,
  ) {}

  report(report: Report): void {
    this.pending.push({ ...report, seq: this.pending.length });
  }

  get count(): number {
    return this.pending.length;
  }

  /** Diagnostics with ranges, in document order (ties keep the order rules reported them). */
  finish(): Diagnostic[] {
    const located = this.pending.map((p) => {
      const loc = locate(p.pointer, p.highlight ?? "auto", this.root, this.source, p.subRange);
      const diagnostic: Diagnostic = {
        severity: p.severity ?? CODES[p.code].severity,
        code: p.code,
        message: p.message,
        path: p.pointer,
      };
      if (loc.range) diagnostic.range = loc.range;
      if (p.state) {
        diagnostic.statePointer = p.state.pointer;
        diagnostic.stateName = p.state.name;
      }
      return { diagnostic, offset: loc.offset, seq: p.seq };
    });
    return orderDiagnostics(located, this.root);
  }
}

/** `State "Charge card": ` — the prefix every state-level message starts with. */
export function statePrefix(state: StateInfo): string {
  return `State ${quote(state.name)}: `;
}

/** A name or value in a message, quoted and cut to a readable length. */
export function quote(text: string): string {
  const short = text.length > 60 ? text.slice(0, 57) + "…" : text;
  return JSON.stringify(short);
}

/** Describes any value for a message: `the string "5"`, `the number 5`, `an object`, … */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  switch (typeof value) {
    case "string":
      return `the string ${quote(value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    case "undefined":
      return "nothing";
    default:
      return `a ${typeof value}`;
  }
}

/** "/Retry/0/BackoffRate" → "Retry[0].BackoffRate": how messages name a field. */
export function fieldLabel(relativePointer: string): string {
  let label = "";
  for (const segment of parsePointer(relativePointer)) {
    if (/^\d+$/.test(segment)) label += `[${segment}]`;
    else label += label === "" ? segment : `.${segment}`;
  }
  return label;
}

/** The label of the field at `pointer` inside `state`: "Parameters.MyDetails.size.$". */
export function labelIn(state: StateInfo, pointer: string): string {
  return fieldLabel(pointer.startsWith(state.pointer) ? pointer.slice(state.pointer.length) : pointer);
}
