/** Reading and replacing one machine (root, Parallel branch, Map processor) inside a document. */
import { appendPointer, getAtPointer, getOwn, isJsonObject, parsePointer, toPointer, type JsonObject } from "../json";
import { listScopes } from "../traverse";
import { setIn } from "./copyOnWrite";

const PROCESSOR_KEYS = new Set(["ItemProcessor", "Iterator"]);

/**
 * The machine object at `scopePointer`. A Map without a processor yet, or a Parallel without
 * branches (at `Branches/0`), gets an empty one, so a drop on its "Drag first state here" slot
 * works; anything else missing gives undefined.
 */
export function getMachineAt(root: JsonObject, scopePointer: string): JsonObject | undefined {
  const machine = getAtPointer(root, scopePointer);
  if (isJsonObject(machine)) return machine;
  if (machine !== undefined) return undefined;
  const segments = parsePointer(scopePointer);
  if (isFirstBranchOfBranchless(root, segments)) return {};
  const last = segments[segments.length - 1];
  const owner = getAtPointer(root, scopePointer.slice(0, scopePointer.lastIndexOf("/")));
  return last !== undefined && PROCESSOR_KEYS.has(last) && isJsonObject(owner) && owner.Type === "Map" ? {} : undefined;
}

/** `…/Branches/0` of a Parallel whose Branches is empty, missing or not an array. */
function isFirstBranchOfBranchless(root: JsonObject, segments: readonly string[]): boolean {
  if (segments.length < 2 || segments[segments.length - 1] !== "0" || segments[segments.length - 2] !== "Branches") return false;
  const parallel = getAtPointer(root, toPointer(segments.slice(0, -2)));
  if (!isJsonObject(parallel) || parallel.Type !== "Parallel") return false;
  const branches = getOwn(parallel, "Branches");
  return !Array.isArray(branches) || branches.length === 0;
}

/** The `States` object of a machine, `{}` when it is missing or malformed. */
export function getStatesOf(machine: JsonObject): JsonObject {
  const states = getOwn(machine, "States");
  return isJsonObject(states) ? states : {};
}

/** `root` with the machine at `scopePointer` replaced. */
export function withMachineAt(root: JsonObject, scopePointer: string, machine: JsonObject): JsonObject {
  if (scopePointer === "") return machine;
  const segments = parsePointer(scopePointer);
  // setIn would turn a missing Branches into an object keyed "0".
  const next = isFirstBranchOfBranchless(root, segments) ? setIn(root, segments.slice(0, -1), [machine]) : setIn(root, segments, machine);
  return isJsonObject(next) ? next : root;
}

export function statePointerIn(scopePointer: string, name: string): string {
  return appendPointer(scopePointer, "States", name);
}

/** Every state name used anywhere in the document, including keys whose value is not a state object. */
export function collectStateNames(root: unknown): Set<string> {
  const names = new Set<string>();
  for (const scope of listScopes(root)) for (const name of Object.keys(scope.machine.States)) names.add(name);
  return names;
}
