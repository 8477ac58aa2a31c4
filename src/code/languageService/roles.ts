/**
 * What each object and array of an ASL document is, from its path: the machine, a States map, a
 * state, a retrier, a choice rule, a payload template … Walking a path from the root gives the
 * chain of roles, the enclosing state and its scope, whatever the document's syntax state.
 */
import { isStateType, type StateType } from "../../asl/types";
import type { NestedName } from "../../asl/validate/fields";
import type { QueryLanguageMode } from "../../asl/validate/model";
import type { DocPlace } from "../../asl/docs/fieldDocs";
import { childAt, getString, keysOf, type PathSegment, type TreeNode } from "./tree";

export type Role =
  | "machine"
  | "branch"
  | "processor"
  | "states"
  | "state"
  | "processorConfig"
  | "retrier"
  | "catcher"
  | "choiceRule"
  | "itemReader"
  | "readerConfig"
  | "itemBatcher"
  | "resultWriter"
  | "credentials"
  /** A payload template (free keys); "key.$" values hold paths or intrinsic calls. */
  | "template"
  /** Free JSON with no ASL meaning (Result, JSONata fields). */
  | "literal"
  | "branchList"
  | "retryList"
  | "catchList"
  | "choiceList"
  /** And / Or: nested choice rules. */
  | "ruleList"
  /** ErrorEquals. */
  | "errorList"
  | "list"
  | "scalar";

export interface Frame {
  role: Role;
  path: PathSegment[];
  node: TreeNode | undefined;
}

/** Roles whose items are objects with fields of their own. */
export const ITEM_ROLE: Partial<Record<Role, Role>> = {
  branchList: "branch",
  retryList: "retrier",
  catchList: "catcher",
  choiceList: "choiceRule",
  ruleList: "choiceRule",
};

const NESTED_OF_ROLE: Partial<Record<Role, NestedName>> = {
  machine: "Machine",
  branch: "Branch",
  processor: "ItemProcessor",
  processorConfig: "ProcessorConfig",
  retrier: "Retrier",
  catcher: "Catcher",
  itemReader: "ItemReader",
  readerConfig: "ReaderConfig",
  itemBatcher: "ItemBatcher",
  resultWriter: "ResultWriter",
  credentials: "Credentials",
};

export function nestedOf(role: Role): NestedName | undefined {
  return NESTED_OF_ROLE[role];
}

export function isMachineRole(role: Role): boolean {
  return role === "machine" || role === "branch" || role === "processor";
}

const STATE_CHILDREN: Record<string, Role> = {
  Branches: "branchList",
  ItemProcessor: "processor",
  Iterator: "processor",
  Retry: "retryList",
  Catch: "catchList",
  Choices: "choiceList",
  Parameters: "template",
  ResultSelector: "template",
  ItemSelector: "template",
  ItemReader: "itemReader",
  ItemBatcher: "itemBatcher",
  ResultWriter: "resultWriter",
  Credentials: "credentials",
  Result: "literal",
  Arguments: "literal",
  Output: "literal",
  Assign: "literal",
  Items: "literal",
};

export function childRole(parent: Role, segment: PathSegment): Role {
  if (typeof segment === "number") {
    const item = ITEM_ROLE[parent];
    if (item) return item;
    if (parent === "template" || parent === "literal") return parent;
    return "scalar";
  }
  switch (parent) {
    case "machine":
    case "branch":
      return segment === "States" ? "states" : "scalar";
    case "processor":
      return segment === "States" ? "states" : segment === "ProcessorConfig" ? "processorConfig" : "scalar";
    case "states":
      return "state";
    case "state":
      return STATE_CHILDREN[segment] ?? "scalar";
    case "retrier":
      return segment === "ErrorEquals" ? "errorList" : "scalar";
    case "catcher":
      return segment === "ErrorEquals" ? "errorList" : segment === "Output" || segment === "Assign" ? "literal" : "scalar";
    case "choiceRule":
      return segment === "And" || segment === "Or" ? "ruleList" : segment === "Not" ? "choiceRule" : segment === "Assign" || segment === "Output" ? "literal" : "scalar";
    case "itemReader":
      return segment === "ReaderConfig" ? "readerConfig" : segment === "Parameters" ? "template" : segment === "Arguments" ? "literal" : "scalar";
    case "readerConfig":
      return segment === "CSVHeaders" ? "list" : "scalar";
    case "itemBatcher":
      return segment === "BatchInput" ? "template" : "scalar";
    case "resultWriter":
      return segment === "Parameters" ? "template" : segment === "WriterConfig" || segment === "Arguments" ? "literal" : "scalar";
    case "template":
    case "literal":
      return parent;
    default:
      return "scalar";
  }
}

/** The frames from the root down to (and including) `path`. */
export function framesFor(root: TreeNode | undefined, path: readonly PathSegment[]): Frame[] {
  const frames: Frame[] = [{ role: "machine", path: [], node: root }];
  let current = frames[0] as Frame;
  for (const segment of path) {
    const node = childAt(current.node, segment);
    current = { role: childRole(current.role, segment), path: [...current.path, segment], node };
    frames.push(current);
  }
  return frames;
}

export interface StateAtCursor {
  name: string;
  path: PathSegment[];
  node: TreeNode | undefined;
  type: StateType | undefined;
}

export interface ScopeAtCursor {
  /** Path of the machine object whose States the names come from. */
  path: PathSegment[];
  names: string[];
}

/** The innermost state among the frames, and the scope it lives in. */
export function enclosingState(frames: readonly Frame[]): { state?: StateAtCursor; scope?: ScopeAtCursor } {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    if (frame?.role !== "state") continue;
    const type = getString(frame.node, "Type");
    const state: StateAtCursor = { name: String(frame.path[frame.path.length - 1] ?? ""), path: frame.path, node: frame.node, type: isStateType(type) ? type : undefined };
    const machine = frames[i - 2];
    const scope = machine ? { path: machine.path, names: keysOf(childAt(machine.node, "States")) } : undefined;
    return scope ? { state, scope } : { state };
  }
  return {};
}

/** The query language in force: the state's own QueryLanguage, else the top level's. */
export function queryLanguage(frames: readonly Frame[], state: StateAtCursor | undefined): QueryLanguageMode {
  const own = getString(state?.node, "QueryLanguage");
  const top = getString(frames[0]?.node, "QueryLanguage");
  return (own ?? top) === "JSONata" ? "JSONata" : "JSONPath";
}

/** Where field docs and value shapes look a field up, for a container role. */
export function docPlaceOf(role: Role, stateType: StateType | undefined): DocPlace | undefined {
  if (role === "state") return stateType;
  if (role === "choiceRule") return "ChoiceRule";
  return nestedOf(role);
}

/** Every state name in the document (names are unique machine-wide), walking nested scopes. */
export function allStateNames(root: TreeNode | undefined): string[] {
  const names: string[] = [];
  const walkMachine = (machine: TreeNode | undefined, depth: number): void => {
    if (!machine || depth > 100) return;
    const states = childAt(machine, "States");
    for (const property of states?.properties ?? []) {
      names.push(property.key);
      const state = property.value;
      for (const branch of childAt(state, "Branches")?.items ?? []) walkMachine(branch, depth + 1);
      walkMachine(childAt(state, "ItemProcessor") ?? childAt(state, "Iterator"), depth + 1);
    }
  };
  walkMachine(root, 0);
  return names;
}

