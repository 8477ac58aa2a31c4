/**
 * The condition builder's view of a choice rule (seed L4144–L4300): a node is a comparison
 * (`Variable` + one operator), an `And`/`Or` group of nodes, or a `Not` around one node. Edits
 * work on one node object at a time, so keys the builder does not know (and a top-level rule's
 * `Next` and `Comment`) are kept as they are.
 */
import { getOwn, hasOwn, isJsonObject, setOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { CHOICE_OPERATORS } from "../../asl/types";
import { defaultOperand, operatorInfo, type BaseOperator, type OperatorInfo } from "./choiceOperators";
import { arrayAt, removeItem, setKey, swapKey } from "./objects";

/** Keys of a top-level rule that are not part of its condition. */
export const RULE_ONLY_KEYS: readonly string[] = ["Next", "Comment", "Assign", "Output"];

export type GroupOperator = "And" | "Or";
export type ValueSource = "constant" | "path";

export type ConditionShape =
  | {
      kind: "comparison";
      variable: string | undefined;
      /** The operator key as written (`NumericEqualsPath`), and its base (`NumericEquals`). */
      key: string | undefined;
      operator: OperatorInfo | undefined;
      source: ValueSource;
      value: JsonValue | undefined;
    }
  | { kind: "group"; operator: GroupOperator; size: number }
  | { kind: "not" };

/** The operator key a comparison node uses, if any (the first one, when there are several). */
export function operatorKeyOf(node: JsonObject): string | undefined {
  return CHOICE_OPERATORS.find((op) => hasOwn(node, op));
}

export function readCondition(node: JsonObject): ConditionShape {
  if (Array.isArray(getOwn(node, "And"))) return { kind: "group", operator: "And", size: arrayAt(node, "And").length };
  if (Array.isArray(getOwn(node, "Or"))) return { kind: "group", operator: "Or", size: arrayAt(node, "Or").length };
  if (hasOwn(node, "Not")) return { kind: "not" };
  const variable = getOwn(node, "Variable");
  const key = operatorKeyOf(node);
  const source: ValueSource = key !== undefined && key.endsWith("Path") ? "path" : "constant";
  const base = key === undefined ? undefined : source === "path" ? key.slice(0, -"Path".length) : key;
  return {
    kind: "comparison",
    variable: typeof variable === "string" ? variable : undefined,
    key,
    operator: base === undefined ? undefined : operatorInfo(base),
    source,
    value: key === undefined ? undefined : getOwn(node, key),
  };
}

/** A fresh comparison, as the states browser's Choice starts with. */
export function newComparison(): JsonObject {
  return { Variable: "$.variable", BooleanEquals: true };
}

/** The node without its rule-only keys (Next, Comment, …). */
export function conditionOf(node: JsonObject): JsonObject {
  const condition: JsonObject = {};
  for (const key of Object.keys(node)) if (!RULE_ONLY_KEYS.includes(key)) setOwn(condition, key, getOwn(node, key) as JsonValue);
  return condition;
}

/** `condition` followed by the rule-only keys of `node`. */
export function withCondition(node: JsonObject, condition: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const key of Object.keys(condition)) if (!RULE_ONLY_KEYS.includes(key)) setOwn(result, key, getOwn(condition, key) as JsonValue);
  for (const key of Object.keys(node)) if (RULE_ONLY_KEYS.includes(key)) setOwn(result, key, getOwn(node, key) as JsonValue);
  return result;
}

export function setVariable(node: JsonObject, variable: string): JsonObject {
  return setKey(node, "Variable", variable);
}

/**
 * Changes the operator. The value is kept when the new operator compares the same kind of value
 * (or both read a path); otherwise it becomes that kind's default. A `…Path` comparison stays a
 * path comparison when the new operator has a Path variant.
 */
export function setOperator(node: JsonObject, operator: BaseOperator): JsonObject {
  const info = operatorInfo(operator);
  if (!info) return node;
  const current = readCondition(node);
  if (current.kind !== "comparison") return node;
  const keepPath = current.source === "path" && info.hasPath;
  const key = keepPath ? `${operator}Path` : operator;
  const sameKind = current.operator?.kind === info.kind && current.source === "constant";
  const value = keepPath || sameKind ? (current.value ?? defaultOperand(info.kind)) : defaultOperand(info.kind);
  const withVariable = hasOwn(node, "Variable") ? node : setKey(node, "Variable", "$.variable");
  return swapKey(withVariable, CHOICE_OPERATORS, key, value);
}

export const DEFAULT_COMPARE_PATH = "$.otherValue";

/** Compares with a constant (`NumericEquals`) or with another value of the input (`NumericEqualsPath`). */
export function setValueSource(node: JsonObject, source: ValueSource): JsonObject {
  const current = readCondition(node);
  if (current.kind !== "comparison" || !current.operator || current.source === source) return node;
  if (source === "path" && !current.operator.hasPath) return node;
  const key = source === "path" ? `${current.operator.name}Path` : current.operator.name;
  return swapKey(node, CHOICE_OPERATORS, key, source === "path" ? DEFAULT_COMPARE_PATH : defaultOperand(current.operator.kind));
}

/** Sets the comparison's value (a constant or a path, as its operator says). */
export function setOperand(node: JsonObject, value: JsonValue): JsonObject {
  const key = operatorKeyOf(node);
  return key === undefined ? node : setKey(node, key, value);
}

/** Puts the node's condition in an And/Or group together with a new comparison. */
export function combineWith(node: JsonObject, operator: GroupOperator): JsonObject {
  return withCondition(node, { [operator]: [conditionOf(node), newComparison()] });
}

function groupKey(node: JsonObject): GroupOperator | undefined {
  return Array.isArray(getOwn(node, "And")) ? "And" : Array.isArray(getOwn(node, "Or")) ? "Or" : undefined;
}

export function addToGroup(node: JsonObject, child: JsonObject = newComparison()): JsonObject {
  const key = groupKey(node);
  return key ? setKey(node, key, [...arrayAt(node, key), child]) : node;
}

/**
 * Removes one condition of a group. When a single condition is left, the group is replaced by
 * it (an And of one is just that condition).
 */
export function removeFromGroup(node: JsonObject, index: number): JsonObject {
  const key = groupKey(node);
  if (!key) return node;
  const rest = removeItem(arrayAt(node, key), index);
  const only = rest[0];
  if (rest.length === 1 && isJsonObject(only)) return withCondition(node, only);
  return setKey(node, key, rest);
}

/** Switches a group between And (all must hold) and Or (any may hold). */
export function setGroupOperator(node: JsonObject, operator: GroupOperator): JsonObject {
  const key = groupKey(node);
  if (!key || key === operator) return node;
  return swapKey(node, ["And", "Or"], operator, arrayAt(node, key));
}

/** Wraps the node's condition in `Not`, or unwraps it when it already is one. */
export function toggleNot(node: JsonObject): JsonObject {
  const inner = getOwn(node, "Not");
  if (inner !== undefined) return isJsonObject(inner) ? withCondition(node, inner) : withCondition(node, {});
  return withCondition(node, { Not: conditionOf(node) });
}
