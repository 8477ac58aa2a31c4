import type { StudioTemplate } from "../types";

export const choiceBranching: StudioTemplate = {
  id: "choice-branching",
  title: "Choice branching",
  description: "A Choice state routes on a number in the input to one of two Lambda functions, and fails with a named error when nothing matches.",
  source: "Amazon States Language example using a Choice state (seed L2464–L2514)",
  services: ["Lambda"],
  workflowType: "STANDARD",
  name: "ChoiceBranching",
  definition: {
    Comment: "An example of the Amazon States Language using a choice state.",
    StartAt: "FirstState",
    States: {
      FirstState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME", Next: "ChoiceState" },
      ChoiceState: {
        Type: "Choice",
        Choices: [
          { Variable: "$.foo", NumericEquals: 1, Next: "FirstMatchState" },
          { Variable: "$.foo", NumericEquals: 2, Next: "SecondMatchState" },
        ],
        Default: "DefaultState",
      },
      FirstMatchState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:OnFirstMatch", Next: "NextState" },
      SecondMatchState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:OnSecondMatch", Next: "NextState" },
      DefaultState: { Type: "Fail", Error: "DefaultStateError", Cause: "No Matches!" },
      NextState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME", End: true },
    },
  },
  sampleInputs: [
    { name: "foo = 1 (first match)", input: { foo: 1 } },
    { name: "foo = 2 (second match)", input: { foo: 2 } },
    { name: "foo = 3 (no match, fails)", input: { foo: 3 } },
  ],
  // FirstState and NextState are left unmocked: a Lambda function without a mock returns its input.
  mocks: {
    FirstMatchState: { result: { foo: 1, matched: "first" } },
    SecondMatchState: { result: { foo: 2, matched: "second" } },
  },
  expected: { status: "SUCCEEDED", output: { foo: 1, matched: "first" }, visits: ["FirstState", "ChoiceState", "FirstMatchState", "NextState"] },
};
