import { describe, expect, it } from "vitest";
import {
  addToGroup,
  combineWith,
  conditionOf,
  newComparison,
  readCondition,
  removeFromGroup,
  setGroupOperator,
  setOperand,
  setOperator,
  setValueSource,
  setVariable,
  toggleNot,
} from "./choiceCondition";

const rule = { Variable: "$.amount", NumericGreaterThan: 100, Next: "Approve" };

describe("readCondition", () => {
  it("reads comparisons with constant and path values", () => {
    expect(readCondition(rule)).toMatchObject({ kind: "comparison", variable: "$.amount", key: "NumericGreaterThan", source: "constant", value: 100 });
    expect(readCondition({ Variable: "$.a", StringEqualsPath: "$.b" })).toMatchObject({ key: "StringEqualsPath", source: "path", value: "$.b", operator: { name: "StringEquals" } });
    expect(readCondition({ Variable: "$.a", IsPresent: false })).toMatchObject({ operator: { kind: "typeTest" }, value: false });
  });
  it("reads groups and Not", () => {
    expect(readCondition({ And: [rule, rule], Next: "X" })).toEqual({ kind: "group", operator: "And", size: 2 });
    expect(readCondition({ Or: [] })).toEqual({ kind: "group", operator: "Or", size: 0 });
    expect(readCondition({ Not: rule })).toEqual({ kind: "not" });
  });
});

describe("comparison edits", () => {
  it("sets the Variable", () => {
    expect(setVariable(rule, "$.total")).toEqual({ ...rule, Variable: "$.total" });
  });
  it("changes the operator in place, keeping a value of the same kind", () => {
    const result = setOperator(rule, "NumericLessThan");
    expect(result).toEqual({ Variable: "$.amount", NumericLessThan: 100, Next: "Approve" });
    expect(Object.keys(result)).toEqual(["Variable", "NumericLessThan", "Next"]);
  });
  it("resets the value to the new kind's default", () => {
    expect(setOperator(rule, "StringEquals")).toEqual({ Variable: "$.amount", StringEquals: "", Next: "Approve" });
    expect(setOperator(rule, "BooleanEquals").BooleanEquals).toBe(true);
    expect(setOperator(rule, "TimestampEquals").TimestampEquals).toBe("2024-01-01T00:00:00Z");
    expect(setOperator(rule, "IsNull").IsNull).toBe(true);
    expect(setOperator(rule, "StringMatches").StringMatches).toBe("*");
  });
  it("keeps a path comparison a path comparison when it can", () => {
    const byPath = { Variable: "$.a", NumericEqualsPath: "$.b" };
    expect(setOperator(byPath, "NumericLessThan")).toEqual({ Variable: "$.a", NumericLessThanPath: "$.b" });
    expect(setOperator(byPath, "IsString")).toEqual({ Variable: "$.a", IsString: true });
  });
  it("switches between a constant and a path, and sets the value", () => {
    const byPath = setValueSource(rule, "path");
    expect(byPath).toEqual({ Variable: "$.amount", NumericGreaterThanPath: "$.otherValue", Next: "Approve" });
    expect(setOperand(byPath, "$.limit").NumericGreaterThanPath).toBe("$.limit");
    expect(setValueSource(byPath, "constant")).toEqual({ Variable: "$.amount", NumericGreaterThan: 0, Next: "Approve" });
    expect(setValueSource({ Variable: "$.a", StringMatches: "x*" }, "path")).toEqual({ Variable: "$.a", StringMatches: "x*" });
    expect(setOperand(rule, 5).NumericGreaterThan).toBe(5);
  });
});

describe("groups and Not", () => {
  it("combines a top-level rule into an And, keeping Next last", () => {
    const combined = combineWith(rule, "And");
    expect(combined).toEqual({ And: [{ Variable: "$.amount", NumericGreaterThan: 100 }, newComparison()], Next: "Approve" });
  });
  it("adds, removes (unwrapping a group of one) and switches And/Or", () => {
    const group = combineWith(rule, "Or");
    const three = addToGroup(group);
    expect(readCondition(three)).toEqual({ kind: "group", operator: "Or", size: 3 });
    expect(readCondition(removeFromGroup(three, 0))).toEqual({ kind: "group", operator: "Or", size: 2 });
    expect(removeFromGroup(group, 1)).toEqual(rule);
    expect(Object.keys(setGroupOperator(group, "And"))).toEqual(["And", "Next"]);
  });
  it("wraps in Not and unwraps again", () => {
    const negated = toggleNot(rule);
    expect(negated).toEqual({ Not: { Variable: "$.amount", NumericGreaterThan: 100 }, Next: "Approve" });
    expect(toggleNot(negated)).toEqual(rule);
  });
  it("nests: a condition inside a group can itself become a group", () => {
    const inner = combineWith({ Variable: "$.a", IsPresent: true }, "Or");
    expect(inner).toEqual({ Or: [{ Variable: "$.a", IsPresent: true }, newComparison()] });
    expect(conditionOf({ ...inner, Next: "X", Comment: "c" })).toEqual(inner);
  });
});
