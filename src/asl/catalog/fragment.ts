import type { StateFragment } from "../edit/types";
import type { State } from "../types";

/** A fragment of one state that is its own start and exit. */
export function singleStateFragment(name: string, state: State): StateFragment {
  return { states: { [name]: state }, startAt: name, exits: [name] };
}
