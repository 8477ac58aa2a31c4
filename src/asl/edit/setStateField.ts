import { appendPointer, getAtPointer, isJsonObject, type JsonValue } from "../json";
import type { StateMachine } from "../types";
import { asJson } from "./copyOnWrite";
import type { EditResult } from "./types";
import { updateAtPointer } from "./updateAtPointer";

/**
 * Sets one field of a state (`undefined` removes it, the other fields keep their order). A new
 * field goes last. Does nothing when there is no state object at `statePointer`. Changing `Next`
 * or `End` this way does not touch the other; setNextState switches between them.
 */
export function setStateField(definition: StateMachine, statePointer: string, field: string, value: JsonValue | undefined): EditResult {
  if (!isJsonObject(getAtPointer(asJson(definition), statePointer))) return { definition };
  return updateAtPointer(definition, appendPointer(statePointer, field), value);
}
