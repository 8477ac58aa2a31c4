/**
 * What the Export menu produces at once from the studio's state: definition text in JSON or YAML
 * and file names. The diagram (diagramExport.ts) and CloudFormation/SAM templates
 * (InfrastructureDialog) are loaded when first asked for, so the first paint does not wait for them.
 */
import type { JsonValue } from "../asl/json";
import type { TextFormat } from "../asl/parse/types";
import { serialize } from "../asl/serialize";
import type { StudioState } from "../store/createStudioStore";
import { fileBaseName } from "./browser/download";

/** True when the text parses, so it can be converted to the other format. */
export function canConvert(state: StudioState): boolean {
  return state.parse.value !== undefined && state.definition !== undefined;
}

/**
 * The definition in `format`: the text exactly as written when it is already in that format
 * (comments and layout kept), else the document converted.
 */
export function definitionText(state: StudioState, format: TextFormat): string {
  if (format === state.format) return state.text;
  if (!canConvert(state)) throw new Error("The text has a syntax error: fix it in Code mode before converting it.");
  const text = serialize(state.definition as JsonValue, format);
  return format === "json" ? `${text}\n` : text;
}

export function exportFileName(state: StudioState, suffix: string): string {
  return `${fileBaseName(state.config.name)}${suffix}`;
}
