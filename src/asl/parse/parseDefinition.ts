import { parseJson } from "./parseJson";
import { parseYaml } from "./parseYaml";
import type { ParseResult, TextFormat } from "./types";

/**
 * Text → document + source map. Syntax errors come back as located problems, never thrown.
 * The caller decides the format (editor mode, file extension); see `formatFromFileName`.
 */
export function parseDefinition(text: string, format: TextFormat = "json"): ParseResult {
  return format === "yaml" ? parseYaml(text) : parseJson(text);
}

export function formatFromFileName(fileName: string): TextFormat {
  return /\.ya?ml$/i.test(fileName) ? "yaml" : "json";
}
