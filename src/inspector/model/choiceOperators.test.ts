import { describe, expect, it } from "vitest";
import { CHOICE_LITERAL_OPERATORS, CHOICE_TYPE_TEST_OPERATORS } from "../../asl/types";
import { defaultOperand, fitsKind, OPERATOR_GROUPS, OPERATORS, operatorInfo } from "./choiceOperators";

describe("choice operators", () => {
  it("lists every literal and type-test operator once, grouped by kind", () => {
    const listed = OPERATOR_GROUPS.flatMap((g) => g.operators.map((o) => o.name));
    expect([...listed].sort()).toEqual([...CHOICE_LITERAL_OPERATORS, ...CHOICE_TYPE_TEST_OPERATORS].sort());
    expect(OPERATOR_GROUPS.map((g) => g.label)).toEqual(["String", "Number", "Boolean", "Timestamp", "Type tests", "Matches"]);
  });
  it("labels are unique and readable", () => {
    const labels = OPERATORS.map((o) => o.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(operatorInfo("NumericGreaterThanEquals")?.label).toBe("Number is greater than or equal to");
    expect(operatorInfo("StringMatches")?.label).toBe("String matches pattern (*)");
    expect(operatorInfo("IsPresent")?.label).toBe("Is present");
  });
  it("knows which have a Path variant", () => {
    expect(operatorInfo("StringEquals")?.hasPath).toBe(true);
    expect(operatorInfo("BooleanEquals")?.hasPath).toBe(true);
    expect(operatorInfo("StringMatches")?.hasPath).toBe(false);
    expect(operatorInfo("IsNull")?.hasPath).toBe(false);
  });
  it("gives defaults of the right type", () => {
    for (const o of OPERATORS) expect(fitsKind(o.kind, defaultOperand(o.kind))).toBe(true);
    expect(fitsKind("numeric", "1")).toBe(false);
  });
});
