import type { StudioTemplate } from "../types";

export const blank: StudioTemplate = {
  id: "blank",
  title: "Blank",
  description: "An empty state machine with one Pass state, to build your own workflow from scratch.",
  source: "Workflow Studio's Blank template (seed L11713–L11728)",
  services: [],
  workflowType: "STANDARD",
  name: "MyStateMachine",
  definition: {
    Comment: "A description of my state machine",
    StartAt: "Pass",
    States: { Pass: { Type: "Pass", End: true } },
  },
  sampleInputs: [{ name: "Empty input", input: {} }],
  mocks: {},
  expected: { status: "SUCCEEDED", output: {}, visits: ["Pass"] },
};
