import { describe, expect, it } from "vitest";
import { addChoiceRule, moveChoiceRule, removeChoiceRule, setDefaultState } from "./choiceRules";

const choice = { Type: "Choice", Choices: [{ Variable: "$.a", BooleanEquals: true, Next: "A" }, { Variable: "$.b", BooleanEquals: true, Next: "B" }], Default: "C" };

describe("choice rules", () => {
  it("adds a rule going to a state", () => {
    expect(addChoiceRule(choice, "C").Choices).toEqual([...choice.Choices, { Variable: "$.variable", BooleanEquals: true, Next: "C" }]);
    expect(addChoiceRule({ Type: "Choice" }, undefined).Choices).toEqual([{ Variable: "$.variable", BooleanEquals: true }]);
  });
  it("adds a JSONata rule with a Condition", () => {
    expect(addChoiceRule({ Type: "Choice" }, "C", "JSONata").Choices).toEqual([{ Condition: "{% $states.input.value = true %}", Next: "C" }]);
  });
  it("reorders and removes rules", () => {
    expect(moveChoiceRule(choice, 1, 0).Choices).toEqual([choice.Choices[1], choice.Choices[0]]);
    expect(removeChoiceRule(choice, 0).Choices).toEqual([choice.Choices[1]]);
  });
  it("sets and clears the Default", () => {
    expect(setDefaultState(choice, "A").Default).toBe("A");
    expect(setDefaultState(choice, undefined)).not.toHaveProperty("Default");
  });
});
