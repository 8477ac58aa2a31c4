import type { TextFormat } from "../asl/parse/types";
import type { DocumentContent } from "../persistence/documentRecord";
import { defaultSimulationData } from "../store/simulationData";
import { defaultConfig } from "../store/studioConfig";
import type { ImportedMachine } from "./importText";

/** A state machine name from a file name or pasted text: the characters names forbid become "-". */
export function toStateMachineName(raw: string | undefined, fallback = "Imported"): string {
  const name = (raw ?? "")
    .replace(/[\s?*<>{}[\]:;,\\|^~$#%&`"\u0000-\u001f\u007f-\u009f]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return [...name].slice(0, 80).join("") || fallback;
}

export function definitionContent(text: string, format: TextFormat, name: string | undefined): DocumentContent {
  return { text, format, config: defaultConfig(toStateMachineName(name)), simulation: defaultSimulationData() };
}

export function machineContent(machine: ImportedMachine): DocumentContent {
  return { text: machine.text, format: machine.format, config: { ...machine.config, name: toStateMachineName(machine.config.name, machine.logicalId) }, simulation: defaultSimulationData() };
}
