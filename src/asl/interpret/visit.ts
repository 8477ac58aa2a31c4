/**
 * One visit of one state: the record the UI shows, and the environment the data stages read
 * (`$$` built lazily, the random source, the error site for AWS-style causes).
 */
import type { JsonObject, JsonValue } from "../json";
import type { RandomSource } from "../intrinsics/random";
import type { CompiledState } from "./compile";
import { buildContext } from "./context";
import type { StageEnv } from "./io/env";
import type { Frame, Run } from "./runtime";
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

  context(): JsonValue {
    if (!this.contextObject) {
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
    }
    return this.contextObject;
  }

  /** Forget the built `$$` (RetryCount, task token or Map item changed). */
  resetContext(): void {
    this.contextObject = undefined;
  }
}
