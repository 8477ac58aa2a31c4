import { isJsonObject, parsePointer, type JsonValue } from "../json";
import type { StateMachine } from "../types";
import { asJson, asMachine, setIn } from "./copyOnWrite";
import type { EditResult } from "./types";

/**
 * Sets the value at a JSON pointer, or removes it when `value` is undefined (other keys keep
 * their order; an array element is spliced out). Missing parents are created as objects and
 * `-` appends to an array. Replacing the whole document ("") needs an object.
 */
export function updateAtPointer(definition: StateMachine, pointer: string, value: JsonValue | undefined): EditResult {
  const result = setIn(asJson(definition), parsePointer(pointer), value);
  return isJsonObject(result) ? { definition: asMachine(result) } : { definition };
}
