/** What the data stages of one state visit may read besides their document: `$$`, randomness, where errors happened. */
import type { JsonValue } from "../../json";
import type { PathSources } from "../../paths/evaluatePath";
import type { RandomSource } from "../../intrinsics/random";
import type { StateErrorSite } from "../errors/statesErrors";

export interface StageEnv extends PathSources, StateErrorSite {
  random: RandomSource;
  context(): JsonValue;
}
