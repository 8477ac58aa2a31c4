/** States.Array(…values) (seed L2687–L2701). */
import type { JsonValue } from "../../json";

export function statesArray(args: JsonValue[]): JsonValue {
  return args.slice();
}
