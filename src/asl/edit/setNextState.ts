import { getAtPointer, isJsonObject, parsePointer } from "../json";
import type { StateMachine } from "../types";
import { asJson, asMachine, setIn } from "./copyOnWrite";
import { setStateTransition, TO_END } from "./transitions";
import { END, type EditResult } from "./types";

/**
 * Sets where a state goes next: a state name gives `Next` (removing `End`), the `END` sentinel
 * ("END") gives `"End": true` (removing `Next`); the field keeps the other one's key position.
 * A Choice, Succeed or Fail (which have no Next/End) is left unchanged. To target a state that is
 * literally named "END", use setStateField(…, "Next", "END").
 */
export function setNextState(definition: StateMachine, statePointer: string, next: string | typeof END): EditResult {
  const root = asJson(definition);
  const state = getAtPointer(root, statePointer);
  if (!isJsonObject(state) || state.Type === "Choice") return { definition };
  const updated = setStateTransition(state, next === END ? TO_END : next);
  if (updated === state) return { definition };
  const result = setIn(root, parsePointer(statePointer), updated);
  return isJsonObject(result) ? { definition: asMachine(result) } : { definition };
}
