import { describe, expect, it } from "vitest";
import { found, machine, one } from "../testing/helpers";

const choice = (choices: unknown[], extra: Record<string, unknown> = {}) =>
  machine({ C: { Type: "Choice", Choices: choices, Default: "D", ...extra }, A: { Type: "Succeed" }, D: { Type: "Succeed" } });

describe("choiceRules", () => {
  it("accepts the guide's ChoiceStateX with Not, NumericEquals and And (seed L4310–L4372)", () => {
    const def = machine({
      ChoiceStateX: {
        Type: "Choice",
        Choices: [
          { Not: { Variable: "$.type", StringEquals: "Private" }, Next: "Public" },
          { Variable: "$.value", NumericEquals: 0, Next: "ValueIsZero" },
          { And: [{ Variable: "$.value", NumericGreaterThanEquals: 20 }, { Variable: "$.value", NumericLessThan: 30 }], Next: "ValueInTwenties" },
        ],
        Default: "DefaultState",
      },
      Public: { Type: "Succeed" },
      ValueIsZero: { Type: "Succeed" },
      ValueInTwenties: { Type: "Succeed" },
      DefaultState: { Type: "Fail", Cause: "No Matches!" },
    });
    expect(found(def)).toEqual([]);
  });

  it("accepts IsPresent inside And, and the type tests (seed L4175–L4196)", () => {
    expect(found(choice([{ And: [{ Variable: "$.x", IsPresent: true }, { Variable: "$.x", StringEquals: "a" }], Next: "A" }, { Variable: "$.y", IsNull: false, Next: "A" }]))).toEqual([]);
  });

  it("needs an operator (seed L4144–L4150)", () => {
    expect(found(choice([{ Variable: "$.x", Next: "A" }]), ["CHOICE_OPERATOR_COUNT"])).toEqual([["CHOICE_OPERATOR_COUNT", "/States/C/Choices/0"]]);
  });

  it("refuses two operators in one rule", () => {
    const d = one(choice([{ Variable: "$.x", StringEquals: "a", StringMatches: "a*", Next: "A" }]), "CHOICE_OPERATOR_COUNT");
    expect(d.path).toBe("/States/C/Choices/0/StringMatches");
    expect(d.message).toContain("combine two rules with And");
  });

  it("suggests the operator for a misspelt one instead of also saying there is none", () => {
    const diagnostics = found(choice([{ Variable: "$.x", StringEqual: "a", Next: "A" }]), ["CHOICE_OPERATOR_COUNT", "FIELD_NOT_ALLOWED"]);
    expect(diagnostics).toEqual([["FIELD_NOT_ALLOWED", "/States/C/Choices/0/StringEqual"]]);
    expect(one(choice([{ Variable: "$.x", StringEqual: "a", Next: "A" }]), "FIELD_NOT_ALLOWED").message).toContain('Did you mean "StringEquals"?');
  });

  it("needs Next on top-level rules and refuses it on nested ones (seed L4292–L4295)", () => {
    const def = choice([{ Variable: "$.x", IsPresent: true }, { Not: { Variable: "$.x", IsNull: true, Next: "A" }, Next: "A" }]);
    expect(found(def, ["CHOICE_RULE_MISSING_NEXT", "CHOICE_NESTED_NEXT"])).toEqual([
      ["CHOICE_RULE_MISSING_NEXT", "/States/C/Choices/0"],
      ["CHOICE_NESTED_NEXT", "/States/C/Choices/1/Not/Next"],
    ]);
  });

  it("needs Variable on a comparison (seed L4146)", () => {
    expect(found(choice([{ NumericEquals: 1, Next: "A" }]), ["CHOICE_MISSING_VARIABLE"])).toEqual([["CHOICE_MISSING_VARIABLE", "/States/C/Choices/0"]]);
  });

  it("checks operand types: no coercion (seed L4222–L4277)", () => {
    const def = choice([
      { Variable: "$.n", NumericEquals: "5", Next: "A" },
      { Variable: "$.s", StringEquals: 5, Next: "A" },
      { Variable: "$.b", BooleanEquals: "true", Next: "A" },
      { Variable: "$.x", IsPresent: "yes", Next: "A" },
      { Variable: "$.n", NumericLessThanPath: 3, Next: "A" },
    ]);
    expect(found(def, ["CHOICE_OPERAND_TYPE"]).map(([, p]) => p)).toEqual([
      "/States/C/Choices/0/NumericEquals",
      "/States/C/Choices/1/StringEquals",
      "/States/C/Choices/2/BooleanEquals",
      "/States/C/Choices/3/IsPresent",
      "/States/C/Choices/4/NumericLessThanPath",
    ]);
    expect(one(choice([{ Variable: "$.n", NumericEquals: "5", Next: "A" }]), "CHOICE_OPERAND_TYPE").message).toBe(
      'State "C": Choices[0].NumericEquals compares numbers, so its value must be a number, not the string "5" (seed L4222–L4277). Write 5 without quotes.',
    );
  });

  it("checks timestamps: RFC 3339 with uppercase T and Z (seed L4284–L4289)", () => {
    expect(found(choice([{ Variable: "$.t", TimestampEquals: "2016-08-18T17:33:00Z", Next: "A" }]))).toEqual([]);
    const d = one(choice([{ Variable: "$.t", TimestampLessThan: "2016-08-18t17:33:00z", Next: "A" }]), "INVALID_TIMESTAMP");
    expect(d.path).toBe("/States/C/Choices/0/TimestampLessThan");
    expect(d.message).toContain("T and Z must be uppercase");
  });

  it("needs And/Or to be non-empty arrays and Not an object (seed L4292–L4295)", () => {
    const def = choice([
      { And: [], Next: "A" },
      { Or: { Variable: "$.x", IsNull: true }, Next: "A" },
      { Not: [{ Variable: "$.x", IsNull: true }], Next: "A" },
    ]);
    expect(found(def, ["SCHEMA_EMPTY", "CHOICE_OPERAND_TYPE"])).toEqual([
      ["SCHEMA_EMPTY", "/States/C/Choices/0/And"],
      ["CHOICE_OPERAND_TYPE", "/States/C/Choices/1/Or"],
      ["CHOICE_OPERAND_TYPE", "/States/C/Choices/2/Not"],
    ]);
  });

  it("needs Variable and …Path operands to be reference paths; $$ context paths are fine (seed L4149–L4150, L7680)", () => {
    expect(found(choice([{ Variable: "$$.Execution.Input.x", StringEqualsPath: "$.y", Next: "A" }]))).toEqual([]);
    expect(found(choice([{ Variable: "$.items[*].x", IsPresent: true, Next: "A" }, { Variable: "$.a", NumericEqualsPath: "$..b", Next: "A" }]), ["INVALID_REFERENCE_PATH"])).toEqual([
      ["INVALID_REFERENCE_PATH", "/States/C/Choices/0/Variable"],
      ["INVALID_REFERENCE_PATH", "/States/C/Choices/1/NumericEqualsPath"],
    ]);
    expect(found(choice([{ Variable: "value", IsPresent: true, Next: "A" }]), ["INVALID_PATH"])).toEqual([["INVALID_PATH", "/States/C/Choices/0/Variable"]]);
  });

  it("needs at least one rule (seed L4119–L4127)", () => {
    expect(found(choice([]), ["SCHEMA_EMPTY"])).toEqual([["SCHEMA_EMPTY", "/States/C/Choices"]]);
  });
});

describe("choiceRules in JSONata states (\"Transforming data with JSONata in Step Functions\"; corpus 0011, 0765, 0846, 0884)", () => {
  const choice = (rule: Record<string, unknown>) => ({ QueryLanguage: "JSONata", StartAt: "C", States: { C: { Type: "Choice", Choices: [rule], Default: "D" }, D: { Type: "Succeed" } } });

  it("accepts Condition (an expression or a boolean) with Next, Assign, Output and Comment", () => {
    expect(found(choice({ Condition: "{% $states.input.value >= 20 and $states.input.value < 30 %}", Next: "D", Assign: { x: 1 }, Output: { y: 2 }, Comment: "c" }))).toEqual([]);
    expect(found(choice({ Condition: true, Next: "D" }))).toEqual([]);
  });

  it("needs a Condition and refuses the JSONPath comparisons", () => {
    expect(found(choice({ Next: "D" }), ["CHOICE_CONDITION_REQUIRED"])).toEqual([["CHOICE_CONDITION_REQUIRED", "/States/C/Choices/0"]]);
    expect(found(choice({ Variable: "$.a", StringEquals: "x", Condition: "{% true %}", Next: "D" }), ["FIELD_NOT_ALLOWED"])).toEqual([
      ["FIELD_NOT_ALLOWED", "/States/C/Choices/0/Variable"],
      ["FIELD_NOT_ALLOWED", "/States/C/Choices/0/StringEquals"],
    ]);
    expect(found(choice({ Condition: "true", Next: "D" }), ["CHOICE_OPERAND_TYPE"])).toEqual([["CHOICE_OPERAND_TYPE", "/States/C/Choices/0/Condition"]]);
  });

  it("JSONPath rules take Assign on top-level rules only; Condition and Output are JSONata's", () => {
    const jsonPath = (rule: Record<string, unknown>) => ({ StartAt: "C", States: { C: { Type: "Choice", Choices: [rule], Default: "D" }, D: { Type: "Succeed" } } });
    expect(found(jsonPath({ Variable: "$.a", IsPresent: true, Assign: { seen: true }, Next: "D" }))).toEqual([]);
    expect(found(jsonPath({ Not: { Variable: "$.a", IsPresent: true, Assign: { x: 1 } }, Next: "D" }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/C/Choices/0/Not/Assign"]]);
    expect(found(jsonPath({ Variable: "$.a", IsPresent: true, Output: {}, Next: "D" }), ["FIELD_NOT_ALLOWED"])).toEqual([["FIELD_NOT_ALLOWED", "/States/C/Choices/0/Output"]]);
  });
});
