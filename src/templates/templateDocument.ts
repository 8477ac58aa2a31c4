import type { TextFormat } from "../asl/parse/types";
import { serialize } from "../asl/serialize";
import type { DocumentContent } from "../persistence/documentRecord";
import { defaultConfig } from "../store/studioConfig";
import type { StudioTemplate } from "./types";

/** A template as a new document: its definition, name and type, sample inputs and mocks. */
export function templateDocument(template: StudioTemplate, format: TextFormat = "json"): DocumentContent {
  const inputs = template.sampleInputs.map((sample, i) => ({ id: `input-${i + 1}`, name: sample.name, text: JSON.stringify(sample.input, null, 2) }));
  return {
    text: serialize(template.definition, format) + (format === "json" ? "\n" : ""),
    format,
    mode: "design",
    config: defaultConfig(template.name, template.workflowType),
    simulation: { inputs, activeInputId: inputs[0]?.id ?? "input-1", mocks: structuredClone(template.mocks) as Record<string, (typeof template.mocks)[string]> },
  };
}

