/**
 * The execution record, stored compactly: the history events and the state visits of a run.
 *
 * A run records two history events and one visit per transition. Built as objects (an event and
 * its details object each, a visit and its stages object), that was ~6 objects per transition,
 * all kept until the run ends: allocating them and copying them through the young generation
 * cost three quarters of a Pass/Choice loop. Here the record is a set of columns instead
 * (struct of arrays): numbers in typed arrays, payload references (names, inputs, outputs,
 * stage values) in plain arrays. Nothing is allocated per event or per visit on the way.
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

// ---------------------------------------------------------------------------------------------
// Storage

/**
 * Numbers are kept in rows of typed arrays, ROWS rows per chunk: chunks are added as the run
 * grows, never copied (doubling one array per field cost ~10% of a loop in copies and zeroing).
 */
const ROW_BITS = 12;
const ROWS = 1 << ROW_BITS;
const ROW_MASK = ROWS - 1;

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
      chunk = this.current = new Array<unknown>(CHUNK_SIZE);
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

/** Stage names in the order a state's pipeline records them (and materialised visits list them). */
const STAGE_KEYS = ["input", "afterInputPath", "afterParameters", "afterArguments", "result", "afterResultSelector", "afterResultPath", "variables"] as const;

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

/** The stages that happened, as InspectionStages (absent keys for stages that did not). */
export function stagesObject(stages: Stages): InspectionStages {
  const out: InspectionStages = {};
  for (const key of STAGE_KEYS) {
    const value = stages[key];
    if (value !== undefined) (out as Record<string, JsonValue>)[key] = value;
  }
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
 * - bits 0–15: per stage (STAGE_KEYS order), 2 bits: ABSENT, SAME (as the last data value, which
 *   starts as the visit's input; `variables` is never SAME and does not change it), STORED;
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
  private ints = new Int32Array(0);
  private floats = new Float64Array(0);
  private readonly refs = new RefStream();
  private readonly states: CompiledState[] = [];
  private readonly framePaths: (readonly IterationStep[])[] = [];
  private readonly frameArns: number[] = [];
  private readonly objects: (StateVisit | undefined)[] = [];

  constructor(
    private readonly arnTable: ArnTable,
    private readonly listener?: (visit: StateVisit) => void,
  ) {}

  /** The state's index in this log's state table (a compiled state remembers it for the log that saw it last). */
  private stateIndex(state: CompiledState): number {
    if (state.recordLog !== this) {
      state.recordLog = this;
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
    if (row === 0) {
      this.intChunks.push((this.ints = new Int32Array(ROWS * VI)));
      this.floatChunks.push((this.floats = new Float64Array(ROWS * VF)));
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
    let last = refs.get(lastAt);
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
      const targets = (this.states[ints[at + V_STATE] as number] as CompiledState).targets;
      let code = NEXT_STORED;
      for (let t = 0; t < targets.length && t < NEXT_STORED - 1; t++) {
        if (targets[t] === next) {
          code = t + 1;
          break;
        }
      }
      if (code === NEXT_STORED) refs.push(next);
      flags |= code << NEXT_SHIFT;
    }
    if (visit.error !== undefined || visit.cause !== undefined || visit.retries !== undefined || visit.mock !== undefined || visit.resultWriterFiles !== undefined || visit.assigned !== undefined) {
      const extras: VisitExtras = {};
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
  }

  private int(v: number, field: number): number {
    return (this.intChunks[v >>> ROW_BITS] as Int32Array)[(v & ROW_MASK) * VI + field] as number;
  }

  private float(v: number, field: number): number {
    return (this.floatChunks[v >>> ROW_BITS] as Float64Array)[(v & ROW_MASK) * VF + field] as number;
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

  /** The decoded exit data of a finished visit. */
  private decode(v: number): { stages: InspectionStages; output: JsonValue | undefined; next: string | undefined; extras: VisitExtras | undefined } {
    const flags = this.int(v, V_FLAGS);
    const refs = this.refs;
    let last = refs.get(this.int(v, V_INPUT)) as JsonValue;
    let at = this.int(v, V_EXIT);
    const stages: InspectionStages = {};
    for (let i = 0; i < 8; i++) {
      const code = (flags >>> (2 * i)) & 3;
      if (code === ABSENT) continue;
      const key = STAGE_KEYS[i] as keyof InspectionStages;
      if (code === SAME) (stages as Record<string, JsonValue>)[key] = last;
      else {
        const value = refs.get(at++) as JsonValue;
        (stages as Record<string, JsonValue>)[key] = value;
        if (key !== "variables") last = value;
      }
    }
    const outputCode = (flags >>> OUTPUT_SHIFT) & 3;
    const output = outputCode === ABSENT ? undefined : outputCode === SAME ? last : (refs.get(at++) as JsonValue);
    const nextCode = (flags >>> NEXT_SHIFT) & 255;
    const next = nextCode === 0 ? undefined : nextCode === NEXT_STORED ? (refs.get(at++) as string) : (this.states[this.int(v, V_STATE)] as CompiledState).targets[nextCode - 1];
    const extras = (flags & EXTRAS_BIT) !== 0 ? (refs.get(at++) as VisitExtras) : undefined;
    return { stages, output, next, extras };
  }

  /** A finished visit's output (for its exited event). */
  output(index: number): JsonValue {
    return this.decode(index).output as JsonValue;
  }

  /** The variables a finished visit assigned (for its exited event). */
  assigned(index: number): JsonObject | undefined {
    return this.decode(index).extras?.assigned;
  }

  /** The visit at `index`, built on first request (a visit still running is built as it is now, and not kept). */
  visit(index: number): StateVisit {
    const built = this.objects[index];
    if (built !== undefined) return built;
    const visit = this.build(index);
    if (visit.status !== "running") this.objects[index] = visit;
    return visit;
  }

  private build(v: number): StateVisit {
    const state = this.states[this.int(v, V_STATE)] as CompiledState;
    const flags = this.int(v, V_FLAGS);
    const status = STATUSES[(flags >>> STATUS_SHIFT) & 3] as VisitStatus;
    const slot = this.int(v, V_FRAME);
    const running = status === "running";
    const exit = running ? undefined : this.decode(v);
    const extras = exit?.extras;
    // Key order as the records were built before: entry fields, then what the state set, then the exit.
    const visit: StateVisit = {
      stateName: state.name,
      stateType: state.type,
      pointer: state.pointer,
      iterationPath: this.framePaths[slot] as readonly IterationStep[],
      input: this.refs.get(this.int(v, V_INPUT)) as JsonValue,
      stages: exit ? exit.stages : {},
      retries: extras?.retries ?? NO_RETRIES,
      enteredAt: this.float(v, 0),
      enteredEventId: this.int(v, V_ENTERED_ID),
      status,
    };
    const arnIndex = this.frameArns[slot] as number;
    if (arnIndex !== 0) visit.executionArn = this.arnTable.arns[arnIndex] as string;
    if ((flags & ENTRY_VARIABLES_BIT) !== 0) visit.variables = this.refs.get(this.int(v, V_VARIABLES)) as Readonly<JsonObject>;
    if (!exit) return visit;
    if (extras?.mock !== undefined) visit.mock = extras.mock;
    if (extras?.resultWriterFiles !== undefined) visit.resultWriterFiles = extras.resultWriterFiles;
    if (extras?.assigned !== undefined) visit.assigned = extras.assigned;
    if (status === "caught") {
      if (extras?.error !== undefined) visit.error = extras.error;
      if (extras?.cause !== undefined) visit.cause = extras.cause;
    }
    visit.exitedAt = this.float(v, 1);
    if (status === "failed") {
      if (extras?.error !== undefined) visit.error = extras.error;
      if (extras?.cause !== undefined) visit.cause = extras.cause;
      return visit;
    }
    if (exit.next !== undefined) visit.nextState = exit.next;
    visit.output = exit.output as JsonValue;
    return visit;
  }

  /** Every visit as objects, in entry order. */
  all(): StateVisit[] {
    const out = new Array<StateVisit>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.visit(i);
    return out;
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
  private ints = new Int32Array(0);
  private times = new Float64Array(0);
  private readonly generic: HistoryEvent[] = [];
  /** Built event objects, by index (holes: not built yet). */
  private readonly objects: (HistoryEvent | undefined)[] = [];
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
    if (row === 0) {
      this.intChunks.push((this.ints = new Int32Array(ROWS * EI)));
      this.timeChunks.push((this.times = new Float64Array(ROWS)));
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
    const built = this.objects[index];
    if (built !== undefined) return built;
    const event = this.build(index);
    this.objects[index] = event;
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
      const details: StateExitedEvent["stateExitedEventDetails"] = { name: visits.stateName(ref), output: visits.output(ref) };
      const assigned = visits.assigned(ref);
      if (assigned !== undefined) details.assignedVariables = assigned;
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

  /** Every event as objects (built now where needed); the same array on every call. */
  all(): HistoryEvent[] {
    const objects = this.objects;
    for (let i = 0; i < this.length; i++) if (objects[i] === undefined) objects[i] = this.build(i);
    return objects as HistoryEvent[];
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
