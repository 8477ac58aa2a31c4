/**
 * The execution record, stored compactly: the history events and the state visits of a run.
 *
 * A run records two history events and one visit per transition. Built as objects (an event and
 * its details object each, a visit and its stages object), that was ~6 objects per transition,
 * all kept until the run ends: allocating them and copying them through the young generation
 * cost three quarters of a Pass/Choice loop. Here the record is columns instead (struct of
 * arrays): numbers in rows of typed arrays, and the payload values (inputs, stage values,
 * outputs) in one chunked stream of references, where a value equal to the one before it (a
 * stage that changed nothing, an input that is the frame's previous output) is not stored again.
 * A state's entered/exited events refer to its visit. Nothing is allocated per event or per
 * visit on the way, apart from the rare events kept as objects and the rare visit extras.
 *
 * The public shapes do not change: `HistoryEvent` and `StateVisit` objects are built from the
 * columns when someone asks for them (`event(i)`, `visit(i)`, `all()`), once each, and cached,
 * so the same index always gives the same object. With an `onEvent` / `onVisit` listener they
 * are built as they happen, for the listener. Payload values are shared with the run, as before
 * (never mutated).
 *
 * Event kinds stored without an object: `…StateEntered` (name, input), `…StateExited` (name,
 * output, assigned variables) and `MapIteration…` (name, index). Every other event is rare (a
 * few per Task, Map or Parallel state) and is kept as the object it was recorded as.
 */
import type { JsonObject, JsonValue } from "../json";
import type { CompiledState } from "./compile";
import type { HistoryEvent, HistoryEventType, MapIterationEvent, StateEnteredEvent, StateExitedEvent } from "./events";
import { NO_RETRIES, type InspectionStages, type IterationStep, type RetryRecord, type StateVisit, type VisitStatus } from "./types";

// ---------------------------------------------------------------------------------------------
// Event type codes

const STATE_TYPES = ["Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"] as const;

/** Code 0: an event kept as its object (its type is on the object). */
const GENERIC = 0;
const TYPE_NAMES: HistoryEventType[] = ["ExecutionStarted"];
const KINDS: number[] = [GENERIC];
const KIND_ENTERED = 1;
const KIND_EXITED = 2;
const KIND_ITERATION = 3;
/** MapIteration… events: the name of their details field, by code. */
const DETAIL_KEYS: string[] = [""];

function addType(type: HistoryEventType, kind: number, detailKey = ""): number {
  TYPE_NAMES.push(type);
  KINDS.push(kind);
  DETAIL_KEYS.push(detailKey);
  return TYPE_NAMES.length - 1;
}

const ENTERED_CODES: Record<string, number> = {};
const EXITED_CODES: Record<string, number> = {};
for (const type of STATE_TYPES) {
  ENTERED_CODES[type] = addType(`${type}StateEntered`, KIND_ENTERED);
  if (type !== "Fail") EXITED_CODES[type] = addType(`${type}StateExited`, KIND_EXITED);
}

/** Event code of a state type's `…StateEntered` (an unknown type records as a Pass, as before). */
export function enteredCode(stateType: string): number {
  return ENTERED_CODES[stateType] ?? (ENTERED_CODES.Pass as number);
}

export function exitedCode(stateType: string): number {
  return EXITED_CODES[stateType] ?? (EXITED_CODES.Pass as number);
}

export const MAP_ITERATION_STARTED = addType("MapIterationStarted", KIND_ITERATION, "mapIterationStartedEventDetails");
export const MAP_ITERATION_SUCCEEDED = addType("MapIterationSucceeded", KIND_ITERATION, "mapIterationSucceededEventDetails");
export const MAP_ITERATION_FAILED = addType("MapIterationFailed", KIND_ITERATION, "mapIterationFailedEventDetails");
export const MAP_ITERATION_ABORTED = addType("MapIterationAborted", KIND_ITERATION, "mapIterationAbortedEventDetails");

// ---------------------------------------------------------------------------------------------
// Storage

/**
 * Numbers are kept in rows of typed arrays, ROWS rows per chunk: chunks are added as the run
 * grows, never copied (doubling one array per field cost ~10% of a loop in copies and zeroing).
 */
const ROW_BITS = 12;
const ROWS = 1 << ROW_BITS;
const ROW_MASK = ROWS - 1;
/** The first chunk starts this small and doubles up to ROWS: most runs are short. */
const FIRST_ROWS = 32;

/** A chunk of `rows` rows: `floatStride` numbers and `intStride` integers per row, in one buffer (one allocation). */
class RowChunk {
  readonly floats: Float64Array;
  readonly ints: Int32Array;
  constructor(
    readonly rows: number,
    floatStride: number,
    intStride: number,
  ) {
    const buffer = new ArrayBuffer(rows * (floatStride * 8 + intStride * 4));
    this.floats = new Float64Array(buffer, 0, rows * floatStride);
    this.ints = new Int32Array(buffer, rows * floatStride * 8, rows * intStride);
  }

  /** The same rows in a chunk twice as large (the first chunk grows this way). */
  widen(floatStride: number, intStride: number): RowChunk {
    const next = new RowChunk(this.rows * 2, floatStride, intStride);
    next.floats.set(this.floats);
    next.ints.set(this.ints);
    return next;
  }
}

const CHUNK_BITS = 12;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * References (payload values, names, extras) one after another, in fixed-size chunks. One big
 * array of references would be the obvious store, but while it grows each copy is a young large
 * object that every scavenge scans in full; chunks are small, filled once and then left alone.
 */
class RefStream {
  length = 0;
  private readonly chunks: unknown[][] = [];
  private current: unknown[] = [];
  private at = CHUNK_SIZE;

  push(value: unknown): number {
    let chunk = this.current;
    if (this.at === CHUNK_SIZE) {
      // The first chunk grows as it is filled (most runs are short), the next ones are made whole.
      chunk = this.current = this.length === 0 ? [] : new Array<unknown>(CHUNK_SIZE);
      this.chunks.push(chunk);
      this.at = 0;
    }
    chunk[this.at++] = value;
    return this.length++;
  }

  get(position: number): unknown {
    return (this.chunks[position >>> CHUNK_BITS] as unknown[])[position & CHUNK_MASK];
  }
}

/**
 * Event and visit objects once built, by index, in chunks for the same reason as RefStream
 * (a listener makes them one by one as the run goes). `all()` then gives the one array the
 * result hands out, and that array serves later lookups.
 */
class BuiltObjects<T> {
  private readonly chunks: (T | undefined)[][] = [];
  private complete: T[] | undefined;

  get(index: number): T | undefined {
    if (this.complete !== undefined) return this.complete[index];
    const chunk = this.chunks[index >>> CHUNK_BITS];
    return chunk === undefined ? undefined : chunk[index & CHUNK_MASK];
  }

  set(index: number, value: T): void {
    if (this.complete !== undefined) {
      this.complete[index] = value;
      return;
    }
    const c = index >>> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (chunk === undefined) {
      while (this.chunks.length < c) this.chunks.push(new Array<T | undefined>(CHUNK_SIZE));
      chunk = new Array<T | undefined>(CHUNK_SIZE);
      this.chunks[c] = chunk;
    }
    chunk[index & CHUNK_MASK] = value;
  }

  /** All `length` objects in one array (building the missing ones); kept as the store from then on. */
  all(length: number, build: (index: number) => T): T[] {
    if (this.complete !== undefined && this.complete.length === length) return this.complete;
    const out = new Array<T>(length);
    for (let i = 0; i < length; i++) out[i] = this.get(i) ?? build(i);
    this.complete = out;
    return out;
  }
}

/**
 * Interned executionArns of distributed Map child executions (index 0: the run's own history,
 * which records none).
 */
export class ArnTable {
  readonly arns: (string | undefined)[] = [undefined];

  add(arn: string): number {
    this.arns.push(arn);
    return this.arns.length - 1;
  }
}

/** What the log needs of a thread of control (runtime.ts `Frame`): its place, interned once per frame. */
export interface RecordFrame {
  iterationPath: readonly IterationStep[];
  /** Index of the frame in its run's visit log (set on first use). */
  recordSlot?: number;
  /**
   * The output of the frame's last visit and where the log holds it: the next visit's input is
   * usually that very value, and is then not stored again.
   */
  recordOutput?: JsonValue | undefined;
  recordOutputAt?: number;
}

// ---------------------------------------------------------------------------------------------
// Visits

/**
 * The stages of the visit in progress. A class, so every visit's stages have one shape (all
 * fields present, undefined = the stage did not happen) and reading them out stays monomorphic.
 */
export class Stages implements InspectionStages {
  input: JsonValue | undefined = undefined;
  afterInputPath: JsonValue | undefined = undefined;
  afterParameters: JsonValue | undefined = undefined;
  afterArguments: JsonValue | undefined = undefined;
  result: JsonValue | undefined = undefined;
  afterResultSelector: JsonValue | undefined = undefined;
  afterResultPath: JsonValue | undefined = undefined;
  variables: JsonObject | undefined = undefined;
}

/** The stages that happened, as InspectionStages (absent keys for stages that did not), in pipeline order. */
export function stagesObject(stages: Stages): InspectionStages {
  const out: InspectionStages = {};
  if (stages.input !== undefined) out.input = stages.input;
  if (stages.afterInputPath !== undefined) out.afterInputPath = stages.afterInputPath;
  if (stages.afterParameters !== undefined) out.afterParameters = stages.afterParameters;
  if (stages.afterArguments !== undefined) out.afterArguments = stages.afterArguments;
  if (stages.result !== undefined) out.result = stages.result;
  if (stages.afterResultSelector !== undefined) out.afterResultSelector = stages.afterResultSelector;
  if (stages.afterResultPath !== undefined) out.afterResultPath = stages.afterResultPath;
  if (stages.variables !== undefined) out.variables = stages.variables;
  return out;
}

/** What a visit carries besides its state, input, output and stages; rare, so stored only when set. */
export interface VisitExtras {
  error?: string;
  cause?: string;
  retries?: RetryRecord[];
  mock?: string;
  resultWriterFiles?: Record<string, JsonValue>;
  assigned?: JsonObject;
}

/** What `VisitLog.exit` reads of the visit in progress (the Visit class). */
export interface VisitOutcome {
  readonly index: number;
  readonly compiled: CompiledState;
  /** The visit's raw input (as recorded at entry). */
  readonly input: JsonValue | undefined;
  readonly stages: Stages;
  readonly error: string | undefined;
  readonly cause: string | undefined;
  readonly retries: RetryRecord[] | undefined;
  readonly mock: string | undefined;
  readonly resultWriterFiles: Record<string, JsonValue> | undefined;
  readonly assigned: JsonObject | undefined;
}

/*
 * A visit's flags (one 32-bit word). Values that equal the one before them are not stored again:
 * most stages pass their value on unchanged (no InputPath, no ResultSelector…), so a Pass visit
 * stores its input and its Parameters' output, not six references.
 * - bits 0–15: per stage (Stages order: input … afterResultPath, variables), 2 bits: ABSENT,
 *   SAME (as the last data value, which starts as the visit's input; `variables` is never SAME
 *   and does not change it), STORED;
 * - bits 16–17: the output, same encoding;
 * - bit 20: extras stored; bit 21: variables at entry stored (at V_VARIABLES);
 * - bits 22–23: status;
 * - bits 24–31: the next state: 0 none, 1 + its index in the state's `targets`, or NEXT_STORED.
 */
const ABSENT = 0;
const SAME = 1;
const STORED = 2;
const OUTPUT_SHIFT = 16;
const NEXT_SHIFT = 24;
const NEXT_STORED = 255;
const EXTRAS_BIT = 1 << 20;
const ENTRY_VARIABLES_BIT = 1 << 21;
const STATUS_SHIFT = 22;
const STATUS_CLEAR = ~(3 << STATUS_SHIFT);
const STATUSES: VisitStatus[] = ["running", "succeeded", "failed", "caught"];
const STATUS_RUNNING = 0;
export const STATUS_SUCCEEDED = 1;
export const STATUS_FAILED = 2;
export const STATUS_CAUGHT = 3;

/** Integer fields of a visit row (see VisitLog). */
const V_STATE = 0;
const V_FRAME = 1;
const V_INPUT = 2;
const V_EXIT = 3;
const V_ENTERED_ID = 4;
const V_FLAGS = 5;
const V_VARIABLES = 6;
const VI = 7;
/** Number fields of a visit row: enteredAt, exitedAt. */
const VF = 2;

let logCount = 0;

/**
 * The visit record of a run, in entry order. A visit is added when its state is entered and
 * completed when it exits or fails; `ended` then hands the finished `StateVisit` to `onVisit`.
 */
export class VisitLog {
  length = 0;
  /**
   * Per visit, VI integers (V_STATE: index in `states`, V_FRAME: index in the frame tables,
   * V_INPUT / V_EXIT: where its input and its exit data start in `refs`, V_ENTERED_ID, V_FLAGS)
   * and VF numbers (enteredAt, exitedAt).
   */
  private readonly intChunks: Int32Array[] = [];
  private readonly floatChunks: Float64Array[] = [];
  private chunk = new RowChunk(0, VF, VI);
  private ints = this.chunk.ints;
  private floats = this.chunk.floats;
  private readonly refs = new RefStream();
  private readonly states: CompiledState[] = [];
  private readonly framePaths: (readonly IterationStep[])[] = [];
  private readonly frameArns: number[] = [];
  /** Visit objects built so far (finished visits only). */
  private readonly objects = new BuiltObjects<StateVisit>();

  /** True when each visit is built as an object as it ends (there is an `onVisit` listener). */
  readonly buildsObjects: boolean;
  /** Tells this log from others in CompiledState.recordLog (a number: a state must not keep a finished run alive). */
  private readonly id = ++logCount;

  constructor(
    private readonly arnTable: ArnTable,
    private readonly listener?: (visit: StateVisit) => void,
  ) {
    this.buildsObjects = listener !== undefined;
  }

  /** The state's index in this log's state table (a compiled state remembers it for the log that saw it last). */
  private stateIndex(state: CompiledState): number {
    if (state.recordLog !== this.id) {
      state.recordLog = this.id;
      state.recordIndex = this.states.length;
      this.states.push(state);
    }
    return state.recordIndex;
  }

  private frameSlot(frame: RecordFrame, arnIndex: number): number {
    let slot = frame.recordSlot;
    if (slot === undefined || slot < 0) {
      slot = frame.recordSlot = this.framePaths.length;
      this.framePaths.push(frame.iterationPath);
      this.frameArns.push(arnIndex);
    }
    return slot;
  }

  /** Records a state entry; returns the visit's index. `arnIndex` (ArnTable) is read only the first time a frame is seen. */
  enter(state: CompiledState, frame: RecordFrame, arnIndex: number, input: JsonValue, enteredAt: number, enteredEventId: number, variables: Readonly<JsonObject> | undefined): number {
    const v = this.length;
    const row = v & ROW_MASK;
    if (row === 0 || row === this.chunk.rows) {
      const chunk = (this.chunk = row === 0 ? new RowChunk(v === 0 ? FIRST_ROWS : ROWS, VF, VI) : this.chunk.widen(VF, VI));
      if (row === 0) {
        this.intChunks.push(chunk.ints);
        this.floatChunks.push(chunk.floats);
      } else {
        this.intChunks[0] = chunk.ints;
        this.floatChunks[0] = chunk.floats;
      }
      this.ints = chunk.ints;
      this.floats = chunk.floats;
    }
    const ints = this.ints;
    const at = row * VI;
    ints[at + V_STATE] = this.stateIndex(state);
    ints[at + V_FRAME] = this.frameSlot(frame, arnIndex);
    // The input is most often the frame's last output, already in the log.
    ints[at + V_INPUT] = input === frame.recordOutput && frame.recordOutputAt !== undefined && frame.recordOutputAt >= 0 ? frame.recordOutputAt : this.refs.push(input);
    let flags = 0;
    if (variables !== undefined) {
      ints[at + V_VARIABLES] = this.refs.push(variables);
      flags = ENTRY_VARIABLES_BIT;
    }
    ints[at + V_FLAGS] = flags;
    ints[at + V_ENTERED_ID] = enteredEventId;
    this.floats[row * VF] = enteredAt;
    this.length = v + 1;
    return v;
  }

  /** Completes a visit: how it ended (STATUS_*), its output and next state (succeeded/caught), its stages and extras. */
  exit(visit: VisitOutcome, frame: RecordFrame, status: number, exitedAt: number, output: JsonValue | undefined, next: string | undefined): void {
    const v = visit.index;
    const ints = this.intChunks[v >>> ROW_BITS] as Int32Array;
    const at = (v & ROW_MASK) * VI;
    const refs = this.refs;
    (this.floatChunks[v >>> ROW_BITS] as Float64Array)[(v & ROW_MASK) * VF + 1] = exitedAt;
    ints[at + V_EXIT] = refs.length;
    // Each stage value that is not the one before it is stored; `lastAt` is where the last one is.
    let lastAt = ints[at + V_INPUT] as number;
    let last: unknown = visit.input;
    let flags = ints[at + V_FLAGS] as number;
    const s = visit.stages;
    let value: unknown = s.input;
    if (value !== undefined) flags |= value === last ? SAME : ((lastAt = refs.push((last = value))), STORED);
    value = s.afterInputPath;
    if (value !== undefined) flags |= (value === last ? SAME : ((lastAt = refs.push((last = value))), STORED)) << 2;
    value = s.afterParameters;
    if (value !== undefined) flags |= (value === last ? SAME : ((lastAt = refs.push((last = value))), STORED)) << 4;
    value = s.afterArguments;
    if (value !== undefined) flags |= (value === last ? SAME : ((lastAt = refs.push((last = value))), STORED)) << 6;
    value = s.result;
    if (value !== undefined) flags |= (value === last ? SAME : ((lastAt = refs.push((last = value))), STORED)) << 8;
    value = s.afterResultSelector;
    if (value !== undefined) flags |= (value === last ? SAME : ((lastAt = refs.push((last = value))), STORED)) << 10;
    value = s.afterResultPath;
    if (value !== undefined) flags |= (value === last ? SAME : ((lastAt = refs.push((last = value))), STORED)) << 12;
    if (s.variables !== undefined) {
      refs.push(s.variables);
      flags |= STORED << 14;
    }
    if (output !== undefined) {
      flags |= (output === last ? SAME : ((lastAt = refs.push(output)), STORED)) << OUTPUT_SHIFT;
      frame.recordOutput = output;
      frame.recordOutputAt = lastAt;
    }
    if (next !== undefined) {
      const state = visit.compiled;
      // The state's own Next is its first target.
      let code = next === state.next ? 1 : NEXT_STORED;
      if (code === NEXT_STORED) {
        const targets = state.targets;
        for (let t = 0; t < targets.length && t < NEXT_STORED - 1; t++) {
          if (targets[t] === next) {
            code = t + 1;
            break;
          }
        }
      }
      if (code === NEXT_STORED) refs.push(next);
      flags |= code << NEXT_SHIFT;
    }
    let extras: VisitExtras | undefined;
    if (visit.error !== undefined || visit.cause !== undefined || visit.retries !== undefined || visit.mock !== undefined || visit.resultWriterFiles !== undefined || visit.assigned !== undefined) {
      extras = {};
      if (visit.error !== undefined) extras.error = visit.error;
      if (visit.cause !== undefined) extras.cause = visit.cause;
      if (visit.retries !== undefined) extras.retries = visit.retries;
      if (visit.mock !== undefined) extras.mock = visit.mock;
      if (visit.resultWriterFiles !== undefined) extras.resultWriterFiles = visit.resultWriterFiles;
      if (visit.assigned !== undefined) extras.assigned = visit.assigned;
      refs.push(extras);
      flags |= EXTRAS_BIT;
    }
    ints[at + V_FLAGS] = (flags & STATUS_CLEAR) | (status << STATUS_SHIFT);
    // With a listener the visit object is wanted now: built from what is at hand, not decoded.
    // (Its stages object is then the plain one the state wrote: see Visit.)
    if (this.listener) this.objects.set(v, this.compose(v, status, s as InspectionStages, output, next, extras, exitedAt));
    // Its exited event, recorded next, takes these without decoding them again.
    this.lastExited = v;
    this.lastOutput = output;
    this.lastAssigned = extras?.assigned;
  }

  private int(v: number, field: number): number {
    return (this.intChunks[v >>> ROW_BITS] as Int32Array)[(v & ROW_MASK) * VI + field] as number;
  }

  /** Hands a finished visit to the `onVisit` listener, if there is one. */
  ended(index: number): void {
    if (this.listener) this.listener(this.visit(index));
  }

  stateName(index: number): string {
    return (this.states[this.int(index, V_STATE)] as CompiledState).name;
  }

  input(index: number): JsonValue {
    return this.refs.get(this.int(index, V_INPUT)) as JsonValue;
  }

  /**
   * The stored values of a finished visit's exit data, walked in order: the stages (into
   * `stages` when given), then output, next state and extras. Returns the output; `next` and
   * `extras` are left in `this.decodedNext` / `this.decodedExtras` (no object per call).
   */
  private decode(v: number, stages: InspectionStages | undefined): JsonValue | undefined {
    const ints = this.intChunks[v >>> ROW_BITS] as Int32Array;
    const row = (v & ROW_MASK) * VI;
    const flags = ints[row + V_FLAGS] as number;
    const refs = this.refs;
    let last = refs.get(ints[row + V_INPUT] as number) as JsonValue;
    let at = ints[row + V_EXIT] as number;
    let code = flags & 3;
    if (code !== ABSENT) {
      if (code === STORED) last = refs.get(at++) as JsonValue;
      if (stages) stages.input = last;
    }
    code = (flags >>> 2) & 3;
    if (code !== ABSENT) {
      if (code === STORED) last = refs.get(at++) as JsonValue;
      if (stages) stages.afterInputPath = last;
    }
    code = (flags >>> 4) & 3;
    if (code !== ABSENT) {
      if (code === STORED) last = refs.get(at++) as JsonValue;
      if (stages) stages.afterParameters = last;
    }
    code = (flags >>> 6) & 3;
    if (code !== ABSENT) {
      if (code === STORED) last = refs.get(at++) as JsonValue;
      if (stages) stages.afterArguments = last;
    }
    code = (flags >>> 8) & 3;
    if (code !== ABSENT) {
      if (code === STORED) last = refs.get(at++) as JsonValue;
      if (stages) stages.result = last;
    }
    code = (flags >>> 10) & 3;
    if (code !== ABSENT) {
      if (code === STORED) last = refs.get(at++) as JsonValue;
      if (stages) stages.afterResultSelector = last;
    }
    code = (flags >>> 12) & 3;
    if (code !== ABSENT) {
      if (code === STORED) last = refs.get(at++) as JsonValue;
      if (stages) stages.afterResultPath = last;
    }
    if (((flags >>> 14) & 3) !== ABSENT) {
      const variables = refs.get(at++) as JsonObject;
      if (stages) stages.variables = variables;
    }
    code = (flags >>> OUTPUT_SHIFT) & 3;
    const output = code === ABSENT ? undefined : code === SAME ? last : (refs.get(at++) as JsonValue);
    const nextCode = (flags >>> NEXT_SHIFT) & 255;
    this.decodedNext = nextCode === 0 ? undefined : nextCode === NEXT_STORED ? (refs.get(at++) as string) : (this.states[ints[row + V_STATE] as number] as CompiledState).targets[nextCode - 1];
    this.decodedExtras = (flags & EXTRAS_BIT) !== 0 ? (refs.get(at++) as VisitExtras) : undefined;
    return output;
  }

  private decodedNext: string | undefined = undefined;
  /** The visit that ended last, its output and assigned variables. */
  private lastExited = -1;
  private lastOutput: JsonValue | undefined = undefined;
  private lastAssigned: JsonObject | undefined = undefined;
  private decodedExtras: VisitExtras | undefined = undefined;

  /** The details of a finished visit's exited event: name, output, and the variables it assigned. */
  exitedDetails(index: number): StateExitedEvent["stateExitedEventDetails"] {
    if (index === this.lastExited) {
      const recent: StateExitedEvent["stateExitedEventDetails"] = { name: this.stateName(index), output: this.lastOutput as JsonValue };
      if (this.lastAssigned !== undefined) recent.assignedVariables = this.lastAssigned;
      return recent;
    }
    const details: StateExitedEvent["stateExitedEventDetails"] = { name: this.stateName(index), output: this.decode(index, undefined) as JsonValue };
    const assigned = this.decodedExtras?.assigned;
    if (assigned !== undefined) details.assignedVariables = assigned;
    return details;
  }

  /** The visit at `index`, built on first request (a visit still running is built as it is now, and not kept). */
  visit(index: number): StateVisit {
    const built = this.objects.get(index);
    if (built !== undefined) return built;
    const visit = this.build(index);
    if (visit.status !== "running") this.objects.set(index, visit);
    return visit;
  }

  private build(v: number): StateVisit {
    const ints = this.intChunks[v >>> ROW_BITS] as Int32Array;
    const row = (v & ROW_MASK) * VI;
    const floats = this.floatChunks[v >>> ROW_BITS] as Float64Array;
    const flags = ints[row + V_FLAGS] as number;
    const status = (flags >>> STATUS_SHIFT) & 3;
    const stages: InspectionStages = {};
    const output = status === STATUS_RUNNING ? undefined : this.decode(v, stages);
    return this.compose(
      v,
      status,
      stages,
      output,
      status === STATUS_RUNNING ? undefined : this.decodedNext,
      status === STATUS_RUNNING ? undefined : this.decodedExtras,
      floats[(v & ROW_MASK) * VF + 1] as number,
    );
  }

  /** A visit object from its entry columns and its exit data (decoded, or as the visit just ended). */
  private compose(v: number, status: number, stages: InspectionStages, output: JsonValue | undefined, next: string | undefined, extras: VisitExtras | undefined, exitedAt: number): StateVisit {
    const ints = this.intChunks[v >>> ROW_BITS] as Int32Array;
    const row = (v & ROW_MASK) * VI;
    const state = this.states[ints[row + V_STATE] as number] as CompiledState;
    const flags = ints[row + V_FLAGS] as number;
    const statusName = STATUSES[status] as VisitStatus;
    const slot = ints[row + V_FRAME] as number;
    const iterationPath = this.framePaths[slot] as readonly IterationStep[];
    const input = this.refs.get(ints[row + V_INPUT] as number) as JsonValue;
    const enteredAt = (this.floatChunks[v >>> ROW_BITS] as Float64Array)[(v & ROW_MASK) * VF] as number;
    const enteredEventId = ints[row + V_ENTERED_ID] as number;
    const arnIndex = this.frameArns[slot] as number;
    // Key order as the records were built before: entry fields, then what the state set, then the exit.
    if (status === STATUS_SUCCEEDED && arnIndex === 0 && (flags & ENTRY_VARIABLES_BIT) === 0 && extras === undefined) {
      // The common case in one literal (one allocation, no added properties).
      if (next !== undefined) {
        return { stateName: state.name, stateType: state.type, pointer: state.pointer, iterationPath, input, stages, retries: NO_RETRIES, enteredAt, enteredEventId, status: statusName, exitedAt, nextState: next, output: output as JsonValue };
      }
      return { stateName: state.name, stateType: state.type, pointer: state.pointer, iterationPath, input, stages, retries: NO_RETRIES, enteredAt, enteredEventId, status: statusName, exitedAt, output: output as JsonValue };
    }
    const visit: StateVisit = { stateName: state.name, stateType: state.type, pointer: state.pointer, iterationPath, input, stages, retries: extras?.retries ?? NO_RETRIES, enteredAt, enteredEventId, status: statusName };
    if (arnIndex !== 0) visit.executionArn = this.arnTable.arns[arnIndex] as string;
    if ((flags & ENTRY_VARIABLES_BIT) !== 0) visit.variables = this.refs.get(ints[row + V_VARIABLES] as number) as Readonly<JsonObject>;
    if (status === STATUS_RUNNING) return visit;
    if (extras?.mock !== undefined) visit.mock = extras.mock;
    if (extras?.resultWriterFiles !== undefined) visit.resultWriterFiles = extras.resultWriterFiles;
    if (extras?.assigned !== undefined) visit.assigned = extras.assigned;
    if (status === STATUS_CAUGHT) {
      if (extras?.error !== undefined) visit.error = extras.error;
      if (extras?.cause !== undefined) visit.cause = extras.cause;
    }
    visit.exitedAt = exitedAt;
    if (status === STATUS_FAILED) {
      if (extras?.error !== undefined) visit.error = extras.error;
      if (extras?.cause !== undefined) visit.cause = extras.cause;
      return visit;
    }
    if (next !== undefined) visit.nextState = next;
    visit.output = output as JsonValue;
    return visit;
  }


  /** Every visit as objects, in entry order. */
  all(): StateVisit[] {
    return this.objects.all(this.length, (i) => this.build(i));
  }
}

// ---------------------------------------------------------------------------------------------
// Events

/** Integer fields of an event row (see EventLog). */
const E_CODE = 0;
const E_ID = 1;
const E_PREVIOUS = 2;
const E_ARN = 3;
const E_REF = 4;
const E_ITEM = 5;
const EI = 6;

/**
 * The event record of a run: every event in emission order, an optional synchronous listener,
 * and any number of async iterators that replay from the start and then follow live events.
 * A state's entered/exited event refers to its visit (name, input, output, assigned variables
 * are the visit's); a MapIteration event to the Map's visit and the item index.
 */
export class EventLog {
  length = 0;
  /** Per event, EI integers (E_CODE, E_ID, E_PREVIOUS, E_ARN, E_REF, E_ITEM) and its timestamp. */
  private readonly intChunks: Int32Array[] = [];
  private readonly timeChunks: Float64Array[] = [];
  private chunk = new RowChunk(0, 1, EI);
  private ints = this.chunk.ints;
  private times = this.chunk.floats;
  private readonly generic: HistoryEvent[] = [];
  /** Event objects built so far. */
  private readonly objects = new BuiltObjects<HistoryEvent>();
  private closed = false;
  private wakers: (() => void)[] = [];

  constructor(
    private readonly arnTable: ArnTable,
    private readonly visits: VisitLog,
    private readonly listener?: (event: HistoryEvent) => void,
  ) {}

  /**
   * Records an event: `ref` is the visit a state or MapIteration event is about (for an event
   * kept as an object, its index in `generic`), `item` a MapIteration's index.
   */
  add(code: number, id: number, previousEventId: number, timestamp: number, arnIndex: number, ref: number, item: number): void {
    const i = this.length;
    const row = i & ROW_MASK;
    if (row === 0 || row === this.chunk.rows) {
      const chunk = (this.chunk = row === 0 ? new RowChunk(i === 0 ? FIRST_ROWS : ROWS, 1, EI) : this.chunk.widen(1, EI));
      if (row === 0) {
        this.intChunks.push(chunk.ints);
        this.timeChunks.push(chunk.floats);
      } else {
        this.intChunks[0] = chunk.ints;
        this.timeChunks[0] = chunk.floats;
      }
      this.ints = chunk.ints;
      this.times = chunk.floats;
    }
    const ints = this.ints;
    const at = row * EI;
    ints[at + E_CODE] = code;
    ints[at + E_ID] = id;
    ints[at + E_PREVIOUS] = previousEventId;
    ints[at + E_ARN] = arnIndex;
    ints[at + E_REF] = ref;
    ints[at + E_ITEM] = item;
    this.times[row] = timestamp;
    this.length = i + 1;
    if (this.listener) this.listener(this.event(i));
    if (this.wakers.length > 0) this.wake();
  }

  /** Records an event built as an object (id, previousEventId, timestamp set). */
  addObject(event: HistoryEvent): void {
    this.generic.push(event);
    this.add(GENERIC, event.id, event.previousEventId, event.timestamp, 0, this.generic.length - 1, 0);
  }

  /** The event at `index`, built on first request. */
  event(index: number): HistoryEvent {
    const built = this.objects.get(index);
    if (built !== undefined) return built;
    const event = this.build(index);
    this.objects.set(index, event);
    return event;
  }

  private build(i: number): HistoryEvent {
    const ints = this.intChunks[i >>> ROW_BITS] as Int32Array;
    const at = (i & ROW_MASK) * EI;
    const code = ints[at + E_CODE] as number;
    const kind = KINDS[code] as number;
    const ref = ints[at + E_REF] as number;
    if (kind === GENERIC) return this.generic[ref] as HistoryEvent;
    const type = TYPE_NAMES[code] as HistoryEventType;
    const visits = this.visits;
    const id = ints[at + E_ID] as number;
    const previousEventId = ints[at + E_PREVIOUS] as number;
    const timestamp = (this.timeChunks[i >>> ROW_BITS] as Float64Array)[i & ROW_MASK] as number;
    let event: HistoryEvent;
    // Key order as the objects were built before (draft fields, then id, previousEventId, timestamp, executionArn).
    if (kind === KIND_ENTERED) {
      event = { type, stateEnteredEventDetails: { name: visits.stateName(ref), input: visits.input(ref) }, id, previousEventId, timestamp } as StateEnteredEvent;
    } else if (kind === KIND_EXITED) {
      const details = visits.exitedDetails(ref);
      event = { type, stateExitedEventDetails: details, id, previousEventId, timestamp } as StateExitedEvent;
    } else {
      const iteration = { type } as MapIterationEvent;
      (iteration as unknown as Record<string, unknown>)[DETAIL_KEYS[code] as string] = { name: visits.stateName(ref), index: ints[at + E_ITEM] as number };
      iteration.id = id;
      iteration.previousEventId = previousEventId;
      iteration.timestamp = timestamp;
      event = iteration;
    }
    const arnIndex = ints[at + E_ARN] as number;
    if (arnIndex !== 0) event.executionArn = this.arnTable.arns[arnIndex] as string;
    return event;
  }

  /** Every event as objects (built now where needed). */
  all(): HistoryEvent[] {
    return this.objects.all(this.length, (i) => this.build(i));
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }

  async *iterate(): AsyncGenerator<HistoryEvent, void, undefined> {
    let index = 0;
    for (;;) {
      while (index < this.length) yield this.event(index++);
      if (this.closed) return;
      await new Promise<void>((resolve) => this.wakers.push(resolve));
    }
  }
}
