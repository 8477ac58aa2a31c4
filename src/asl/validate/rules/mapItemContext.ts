/**
 * `$$.Map.Item.Index` and `$$.Map.Item.Value` (`$states.context.Map.Item…` in JSONata) exist
 * only while a Map state builds an iteration's input: the guide allows them in the Map's
 * ItemSelector, and says to define them there, not in the states of the ItemProcessor (seed
 * L7840–L7845; asl-semantics.md §2.8, §6). JSONPath Maps may still call it Parameters (seed
 * L4917–L4918). Anywhere else — a processor's states, the Map's other fields, outside any Map —
 * the context object has no Map item, so the read finds nothing.
 *
 * Decision: a warning, like the other reads that find nothing at run time (variables). The
 * guide does not say AWS refuses the definition, and no recorded execution reads the Map item
 * anywhere but in ItemSelector/Parameters (corpus 0032, 0787, 0805–0811, 0914).
 */
import { quote, labelIn, type MapItemRead, type ValidationContext } from "../context";
import type { StateInfo } from "../model";
import type { Rule } from "./rule";

/** The read is in the Map's own ItemSelector (or its deprecated JSONPath name, Parameters). */
function inItemSelector(read: MapItemRead): boolean {
  const { state, pointer } = read;
  if (state.type !== "Map") return false;
  for (const field of state.language === "JSONPath" ? ["ItemSelector", "Parameters"] : ["ItemSelector"]) {
    const base = `${state.pointer}/${field}`;
    if (pointer === base || pointer.startsWith(`${base}/`)) return true;
  }
  return false;
}

/** The innermost Map whose item processor holds the state. */
function enclosingMap(state: StateInfo): StateInfo | undefined {
  for (let scope = state.scope; scope.owner; scope = scope.owner.scope) if (scope.kind === "processor") return scope.owner;
  return undefined;
}

function report(ctx: ValidationContext, read: MapItemRead): void {
  const { state, pointer } = read;
  const selector = state.language === "JSONata" ? "ItemSelector" : "ItemSelector (or Parameters)";
  const map = state.type === "Map" ? state : enclosingMap(state);
  const where = map === state ? `outside ${quote(state.name)}'s ${selector}` : map ? `in a state of ${quote(map.name)}'s item processor` : "outside any Map state";
  const fix = map ? ` Read it in ${quote(map.name)}'s ${selector} and pass it in the iteration's input.` : "";
  ctx.report({
    code: "MAP_ITEM_CONTEXT_MISPLACED",
    pointer,
    state,
    ...(read.subRange ? { subRange: read.subRange } : {}),
    message: `State ${quote(state.name)}: ${labelIn(state, pointer)} reads ${quote(read.text)}, ${where}. The Map item (Index, Value) exists only in a Map state's ${selector}, where each iteration's input is built (seed L7840–L7845); here it reads nothing.${fix}`,
  });
}

export const mapItemContext: Rule = {
  id: "mapItemContext",
  document(_index, ctx) {
    const reported = new Set<string>();
    for (const read of ctx.mapItemReads) {
      if (inItemSelector(read)) continue;
      const key = `${read.pointer}\u0000${read.subRange?.start ?? -1}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report(ctx, read);
    }
  },
};
