import type { JsonValue } from "../json";
import type { TextFormat } from "../parse/types";
import { updateJsonText } from "./updateJsonText";
import { updateYamlText } from "./updateYamlText";

/**
 * The text after an edit made in the graph or the inspector: `before` is what `text` holds,
 * `after` the edited document; only the affected part of the text changes.
 */
export function updateText(text: string, format: TextFormat, before: JsonValue, after: JsonValue): string {
  return format === "yaml" ? updateYamlText(text, before, after) : updateJsonText(text, before, after);
}
