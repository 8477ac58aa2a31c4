import type { StudioTemplate } from "../types";

export const inlineMap: StudioTemplate = {
  id: "inline-map",
  title: "Inline Map",
  description: "A Pass state supplies a list of colours and an inline Map state runs a step for each one, generating a UUID per item with States.UUID().",
  source: "Repeat actions with an inline Map state (seed L13358–L13405; output L13455)",
  services: [],
  workflowType: "STANDARD",
  name: "InlineMapDemo",
  definition: {
    Comment: "Using Map state in Inline mode",
    StartAt: "Pass",
    States: {
      Pass: { Type: "Pass", Next: "Map demo", Result: { foo: "bar", colors: ["red", "green", "blue", "yellow", "white"] } },
      "Map demo": {
        Type: "Map",
        ItemsPath: "$.colors",
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: "Generate UUID",
          States: {
            "Generate UUID": { Type: "Pass", End: true, Parameters: { "uuid.$": "States.UUID()" }, OutputPath: "$.uuid" },
          },
        },
        End: true,
      },
    },
  },
  sampleInputs: [{ name: "Any input (the Pass state supplies the items)", input: {} }],
  mocks: {},
  // Five UUIDs; their values depend on the run's random seed.
  expected: { status: "SUCCEEDED", visits: ["Pass", "Map demo", "Generate UUID"] },
};
