/**
 * One visit of one state in progress: what the state's module records about it (its stages,
 * retries, mock, assigned variables, how it ended), and the environment the data stages read
 * (`$$` built lazily, the random source, the error site for AWS-style causes). When the visit
 * ends, its record goes into the run's compact visit log (record.ts) and this object is dropped.
 */
import type { JsonObject, JsonValue } from "../json";
import type { RandomSource } from "../intrinsics/random";
import type { CompiledState } from "./compile";
import { buildContext } from "./context";
import type { StageEnv } from "./io/env";
import { Stages, type VisitOutcome } from "./record";
import { variablesOf, type Frame, type Run } from "./runtime";
import type { RetryRecord, StateVisit, VisitStatus } from "./types";

const NO_COUNTS: number[] = [];

/**
 * A visit's stages: a Stages instance (one shape, read out into the compact log), or, when an
 * `onVisit` listener wants each visit as an object anyway, a plain object holding only the
 * stages that happen, which then becomes the visit object's `stages` as it is.
 */
function newStages(run: Run): Stages {
  return run.visits.buildsObjects ? ({} as Stages) : new Stages();
}

export class Visit implements StageEnv, VisitOutcome {
  stateName: string;
  enteredEventId: number;
  /** Virtual time the state was entered at (`$$.State.EnteredTime`). */
  enteredAt: number;
  readonly random: RandomSource;
  /** Set when something that outlives the visit may read it (JSONata's `$states`): it is then not reused. */
  pinned = false;
  /** The raw input of a visit recorded in the run's log (set on entry). */
  input: JsonValue | undefined = undefined;
  /** The data at each stage, as TestState's inspectionData names them; written by the state's module. */
  stages: Stages;
  /** "caught" once a catcher took the error (the visit then exits with the catcher's output). */
  status: VisitStatus = "running";
  error: string | undefined = undefined;
  cause: string | undefined = undefined;
  /** Set on the first retry. */
  retries: RetryRecord[] | undefined = undefined;
  /** Where a Task's result came from. */
  mock: string | undefined = undefined;
  resultWriterFiles: Record<string, JsonValue> | undefined = undefined;
  /** The variables this visit assigned. */
  assigned: JsonObject | undefined = undefined;
  retryCount = 0;
  /** Attempts used per retrier, for MaxAttempts. */
  retrierCounts: number[];
  taskToken: string | undefined = undefined;
  mapItem: { index: number; value: JsonValue } | undefined = undefined;
  private contextObject: JsonObject | undefined = undefined;
  /** `$$` without a Map item, reused while only the item changes. */
  private baseContext: JsonObject | undefined = undefined;

  /**
   * @param record a standalone visit's entry data (TestState, the data-flow view): its
   *   enteredAt and enteredEventId are used; nothing is written back to it
   * @param index the visit's index in the run's visit log (-1: standalone)
   * @param enteredEventId with `index`: the id of the visit's `…StateEntered` event
   */
  constructor(
    readonly run: Run,
    readonly frame: Frame,
    public compiled: CompiledState,
    record?: Pick<StateVisit, "enteredAt" | "enteredEventId">,
    public index = -1,
    enteredEventId = 0,
  ) {
    this.stateName = compiled.name;
    this.enteredEventId = record ? record.enteredEventId : enteredEventId;
    this.enteredAt = record ? record.enteredAt : frame.now;
    this.random = run.random;
    this.stages = newStages(run);
    this.retrierCounts = compiled.retriers.length > 0 ? new Array<number>(compiled.retriers.length).fill(0) : NO_COUNTS;
  }

  /**
   * Makes this object the next visit of the same frame (runtime.ts `Frame.spareVisit`): a
   * frame runs one visit at a time, and nothing keeps a visit once it has ended.
   */
  reuse(compiled: CompiledState, index: number, enteredEventId: number): this {
    this.compiled = compiled;
    this.index = index;
    this.stateName = compiled.name;
    this.enteredEventId = enteredEventId;
    this.enteredAt = this.frame.now;
    this.input = undefined;
    const stages = this.stages;
    if (stages instanceof Stages) {
      stages.input = stages.afterInputPath = stages.afterParameters = stages.afterArguments = stages.result = stages.afterResultSelector = stages.afterResultPath = undefined;
      stages.variables = undefined;
    } else this.stages = newStages(this.run);
    this.status = "running";
    this.error = this.cause = this.mock = undefined;
    this.retries = undefined;
    this.resultWriterFiles = undefined;
    this.assigned = undefined;
    this.retryCount = 0;
    this.retrierCounts = compiled.retriers.length > 0 ? new Array<number>(compiled.retriers.length).fill(0) : NO_COUNTS;
    this.taskToken = undefined;
    this.mapItem = undefined;
    this.contextObject = undefined;
    this.baseContext = undefined;
    return this;
  }

  /** Forgets the stages (a retry starts over). */
  resetStages(): void {
    this.stages = newStages(this.run);
  }

  /** `$name` in a JSONPath path or intrinsic argument: the variable's value at state entry. */
  variable(name: string): JsonValue | undefined {
    return variablesOf(this.frame).get(name);
  }

  context(): JsonValue {
    if (!this.contextObject) {
      if (this.mapItem && this.baseContext && !this.run.options.contextOverrides) {
        // ItemSelector, once per Map item: share everything but the Map object.
        const base = this.baseContext;
        this.contextObject = { Execution: base.Execution as JsonValue, State: base.State as JsonValue, StateMachine: base.StateMachine as JsonValue, Task: base.Task as JsonValue, Map: { Item: { Index: this.mapItem.index, Value: this.mapItem.value } } };
        return this.contextObject;
      }
      const input: Parameters<typeof buildContext>[0] = {
        history: this.frame.history,
        stateName: this.stateName,
        enteredAt: this.enteredAt,
        retryCount: this.retryCount,
      };
      if (this.taskToken !== undefined) input.taskToken = this.taskToken;
      if (this.mapItem) input.mapItem = this.mapItem;
      if (this.run.options.contextOverrides) input.overrides = this.run.options.contextOverrides;
      this.contextObject = buildContext(input);
      if (!this.mapItem) this.baseContext = this.contextObject;
    }
    return this.contextObject;
  }

  /** Forget the built `$$` (RetryCount, task token or Map item changed). */
  resetContext(): void {
    this.contextObject = undefined;
    this.baseContext = undefined;
  }

  /** Next Map item for ItemSelector: keeps the shared part of `$$`. */
  setMapItem(item: { index: number; value: JsonValue } | undefined): void {
    if (!this.baseContext && item) {
      this.mapItem = undefined;
      this.contextObject = undefined;
      this.context();
    }
    this.mapItem = item;
    this.contextObject = undefined;
  }
}
