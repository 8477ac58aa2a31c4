import type { JsonValue } from "../../json";
import type { CompiledState } from "../compile";
import type { MaybePromise } from "../maybePromise";
import type { Frame, Run } from "../runtime";
import type { Visit } from "../visit";

/** How a state visit ended: its output and the state to run next (undefined: the machine ends here). */
export interface StateResult {
  output: JsonValue;
  next: string | undefined;
}

/** One module per state type implements this. */
export type StateHandler = (run: Run, state: CompiledState, raw: JsonValue, frame: Frame, visit: Visit) => MaybePromise<StateResult>;
