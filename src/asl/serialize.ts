import { stringify as stringifyYaml } from "yaml";
import type { JsonValue } from "./json";
import type { TextFormat } from "./parse/types";

/** Document → JSON text with 2-space indentation, keys in the order the document holds them. */
export function toJson(value: JsonValue): string {
  return JSON.stringify(value, null, 2);
}

/** Document → YAML text; long strings are never folded, so values round-trip exactly. */
export function toYaml(value: JsonValue): string {
  return stringifyYaml(value, { indent: 2, lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

export function serialize(value: JsonValue, format: TextFormat): string {
  return format === "yaml" ? toYaml(value) : toJson(value);
}
