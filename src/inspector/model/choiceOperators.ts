/**
 * Choice comparison operators as the condition builder offers them (seed L4222–L4266): grouped by
 * the kind of value they compare, each with a readable label, and whether it has a `…Path`
 * variant that compares with another value of the input.
 */
import type { JsonValue } from "../../asl/json";
import { CHOICE_LITERAL_OPERATORS, CHOICE_PATH_OPERATORS, CHOICE_TYPE_TEST_OPERATORS } from "../../asl/types";

/** A constant operand: a string, number or boolean. */
export type Operand = string | number | boolean;

export type OperatorKind = "string" | "numeric" | "boolean" | "timestamp" | "pattern" | "typeTest";

/** An operator without its `Path` suffix: what the Operator dropdown lists. */
export type BaseOperator = (typeof CHOICE_LITERAL_OPERATORS)[number] | (typeof CHOICE_TYPE_TEST_OPERATORS)[number];

export interface OperatorInfo {
  name: BaseOperator;
  kind: OperatorKind;
  label: string;
  /** `name + "Path"` exists. */
  hasPath: boolean;
}

const RELATIONS: Record<string, string> = {
  Equals: "is equal to",
  LessThan: "is less than",
  GreaterThan: "is greater than",
  LessThanEquals: "is less than or equal to",
  GreaterThanEquals: "is greater than or equal to",
};

const KIND_PREFIX: Record<string, { kind: OperatorKind; noun: string }> = {
  String: { kind: "string", noun: "String" },
  Numeric: { kind: "numeric", noun: "Number" },
  Boolean: { kind: "boolean", noun: "Boolean" },
  Timestamp: { kind: "timestamp", noun: "Timestamp" },
};

const TYPE_TEST_LABELS: Record<string, string> = {
  IsPresent: "Is present",
  IsNull: "Is null",
  IsNumeric: "Is numeric",
  IsString: "Is a string",
  IsBoolean: "Is a boolean",
  IsTimestamp: "Is a timestamp",
};

function describe(name: BaseOperator): OperatorInfo {
  const hasPath = (CHOICE_PATH_OPERATORS as readonly string[]).includes(`${name}Path`);
  if (name === "StringMatches") return { name, kind: "pattern", label: "String matches pattern (*)", hasPath };
  if ((CHOICE_TYPE_TEST_OPERATORS as readonly string[]).includes(name)) return { name, kind: "typeTest", label: TYPE_TEST_LABELS[name] ?? name, hasPath };
  const prefix = Object.keys(KIND_PREFIX).find((p) => name.startsWith(p)) ?? "String";
  const { kind, noun } = KIND_PREFIX[prefix] ?? { kind: "string" as const, noun: "String" };
  return { name, kind, label: `${noun} ${RELATIONS[name.slice(prefix.length)] ?? name}`, hasPath };
}

export const OPERATORS: readonly OperatorInfo[] = [...CHOICE_LITERAL_OPERATORS, ...CHOICE_TYPE_TEST_OPERATORS].map(describe);

export const OPERATOR_GROUPS: readonly { kind: OperatorKind; label: string; operators: OperatorInfo[] }[] = (
  [
    ["string", "String"],
    ["numeric", "Number"],
    ["boolean", "Boolean"],
    ["timestamp", "Timestamp"],
    ["typeTest", "Type tests"],
    ["pattern", "Matches"],
  ] as const
).map(([kind, label]) => ({ kind, label, operators: OPERATORS.filter((o) => o.kind === kind) }));

export function operatorInfo(name: string): OperatorInfo | undefined {
  return OPERATORS.find((o) => o.name === name);
}

/** The value a new comparison of this kind starts with. */
export function defaultOperand(kind: OperatorKind): JsonValue {
  switch (kind) {
    case "string":
      return "";
    case "numeric":
      return 0;
    case "boolean":
    case "typeTest":
      return true;
    case "timestamp":
      return "2024-01-01T00:00:00Z";
    case "pattern":
      return "*";
  }
}

/** True when `value` is a constant the operator of this kind accepts (a timestamp is a string). */
export function fitsKind(kind: OperatorKind, value: JsonValue | undefined): value is Operand {
  switch (kind) {
    case "string":
    case "timestamp":
    case "pattern":
      return typeof value === "string";
    case "numeric":
      return typeof value === "number";
    case "boolean":
    case "typeTest":
      return typeof value === "boolean";
  }
}
