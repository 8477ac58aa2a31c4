/**
 * Compiles Choice rules into predicates once per state. A comparison whose Variable (or `…Path`
 * operand) matches nothing fails with States.Runtime (seed L49456–L49457); `IsPresent` exists
 * to test first.
 */
import { isJsonObject, type JsonValue } from "../../json";
import { compilePath, evaluatePath, type CompiledPath } from "../../paths/evaluatePath";
import type { ChoiceRule } from "../../types";
import { runtimeError } from "../errors/statesErrors";
import type { StageEnv } from "../io/env";
import { COMPARISONS, compileStringMatches, TYPE_TESTS } from "./operators";

export type Predicate = (input: JsonValue, env: StageEnv) => boolean;

function invalid(message: string): Predicate {
  return (_input, env) => {
    throw runtimeError(env, message);
  };
}

function conditionPathError(env: StageEnv, path: string): never {
  throw runtimeError(env, `Invalid path '${path}': The choice state's condition path references an invalid value.`);
}

function readPath(path: CompiledPath, input: JsonValue, env: StageEnv): JsonValue | undefined {
  return evaluatePath(path, input, env);
}

export function compileRule(rule: ChoiceRule): Predicate {
  if (!isJsonObject(rule as unknown as JsonValue)) return invalid("A choice rule must be an object.");
  if (Array.isArray(rule.And)) {
    const parts = rule.And.map(compileRule);
    return (input, env) => parts.every((p) => p(input, env));
  }
  if (Array.isArray(rule.Or)) {
    const parts = rule.Or.map(compileRule);
    return (input, env) => parts.some((p) => p(input, env));
  }
  if (rule.Not !== undefined) {
    const inner = compileRule(rule.Not);
    return (input, env) => !inner(input, env);
  }
  if (typeof rule.Variable !== "string") return invalid("A choice rule needs a Variable (or And, Or, Not).");
  let variable: CompiledPath;
  try {
    variable = compilePath(rule.Variable);
  } catch (error) {
    return invalid((error as Error).message);
  }
  for (const [name, test] of Object.entries(TYPE_TESTS)) {
    if (!Object.prototype.hasOwnProperty.call(rule, name)) continue;
    const expected = rule[name as keyof ChoiceRule];
    return (input, env) => test(readPath(variable, input, env)) === (expected === true);
  }
  if (typeof rule.StringMatches === "string") {
    const regex = compileStringMatches(rule.StringMatches);
    return (input, env) => {
      const value = readPath(variable, input, env);
      if (value === undefined) conditionPathError(env, variable.text);
      return typeof value === "string" && regex.test(value);
    };
  }
  for (const [name, compare] of Object.entries(COMPARISONS)) {
    if (Object.prototype.hasOwnProperty.call(rule, name)) {
      const operand = rule[name as keyof ChoiceRule] as JsonValue;
      return (input, env) => {
        const value = readPath(variable, input, env);
        if (value === undefined) conditionPathError(env, variable.text);
        return compare(value, operand);
      };
    }
    const pathName = `${name}Path`;
    if (Object.prototype.hasOwnProperty.call(rule, pathName)) {
      const operandText = rule[pathName as keyof ChoiceRule];
      if (typeof operandText !== "string") return invalid(`${pathName} must be a path.`);
      let operandPath: CompiledPath;
      try {
        operandPath = compilePath(operandText);
      } catch (error) {
        return invalid((error as Error).message);
      }
      return (input, env) => {
        const value = readPath(variable, input, env);
        if (value === undefined) conditionPathError(env, variable.text);
        const other = readPath(operandPath, input, env);
        if (other === undefined) conditionPathError(env, operandPath.text);
        return compare(value, other);
      };
    }
  }
  return invalid("The choice rule has no comparison operator.");
}
