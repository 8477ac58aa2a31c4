/**
 * One visit of one state: the record the UI shows, and the environment the data stages read
 * (`$$` built lazily, the random source, the error site for AWS-style causes).
 */
import type { JsonObject, JsonValue } from "../json";
import type { RandomSource } from "../intrinsics/random";
import type { CompiledState } from "./compile";
import { buildContext } from "./context";
import type { StageEnv } from "./io/env";
import { variablesOf, type Frame, type Run } from "./runtime";
import type { StateVisit } from "./types";

const NO_COUNTS: number[] = [];

export class Visit implements StageEnv {
  readonly stateName: string;
  readonly enteredEventId: number;
  readonly random: RandomSource;
  retryCount = 0;
  /** Attempts used per retrier, for MaxAttempts. */
  readonly retrierCounts: number[];
  taskToken: string | undefined;
  mapItem: { index: number; value: JsonValue } | undefined;
  private contextObject: JsonObject | undefined;
  /** `$$` without a Map item, reused while only the item changes. */
  private baseContext: JsonObject | undefined;

  constructor(
    readonly run: Run,
    readonly frame: Frame,
    readonly compiled: CompiledState,
    readonly record: StateVisit,
  ) {
    this.stateName = compiled.name;
    this.enteredEventId = record.enteredEventId;
    this.random = run.random;
    this.retrierCounts = compiled.retriers.length > 0 ? new Array<number>(compiled.retriers.length).fill(0) : NO_COUNTS;
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
        enteredAt: this.record.enteredAt,
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
