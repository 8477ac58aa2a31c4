import type { StudioTemplate } from "../types";

export const helloWorld: StudioTemplate = {
  id: "hello-world",
  title: "Hello world",
  description: "The Workflow Studio tutorial: a Pass state, a Choice on the input, a Wait of 3 seconds and a Parallel state with two branches.",
  source: "Tutorial: learn to use Workflow Studio (seed L12620–L12685; input L12722, output L12742)",
  services: [],
  workflowType: "STANDARD",
  name: "HelloWorld",
  definition: {
    Comment: "A description of my state machine",
    StartAt: "Pass",
    States: {
      Pass: { Type: "Pass", Next: "IsHelloWorldExample" },
      IsHelloWorldExample: {
        Type: "Choice",
        Choices: [
          { Variable: "$.IsHelloWorldExample", BooleanEquals: true, Next: "Yes" },
          { Variable: "$.IsHelloWorldExample", BooleanEquals: false, Next: "No" },
        ],
        Default: "Yes",
      },
      Yes: { Type: "Pass", Next: "Wait 3 seconds" },
      "Wait 3 seconds": { Type: "Wait", Seconds: 3, Next: "Parallel" },
      Parallel: {
        Type: "Parallel",
        Branches: [
          { StartAt: "Hello", States: { Hello: { Type: "Pass", End: true } } },
          { StartAt: "World", States: { World: { Type: "Pass", End: true } } },
        ],
        Next: "PassState",
      },
      PassState: { Type: "Pass", End: true },
      No: { Type: "Fail" },
    },
  },
  sampleInputs: [
    { name: "Hello world example", input: { IsHelloWorldExample: true } },
    { name: "Not an example (fails)", input: { IsHelloWorldExample: false } },
  ],
  mocks: {},
  expected: {
    status: "SUCCEEDED",
    output: [{ IsHelloWorldExample: true }, { IsHelloWorldExample: true }],
    visits: ["Pass", "IsHelloWorldExample", "Yes", "Wait 3 seconds", "Parallel", "Hello", "World", "PassState"],
  },
};
