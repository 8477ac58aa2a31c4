import { isJsonObject, type JsonObject } from "../json";
import { edgeSuccessor, isStateIn, type EdgeSite } from "./edgeSite";
import { mapValues } from "./copyOnWrite";
import { mapStateTargets, TO_END } from "./transitions";

/**
 * States arriving at an edge (pasted or moved) with their references to states outside the group
 * fixed for the new place: a name the target scope has is kept; any other is rewired to where the
 * edge went. When the edge went to End a `Next` becomes End and a Choice rule, Default or catcher
 * keeps its (dangling) name.
 */
export function retargetOutsideReferences(states: JsonObject, site: EdgeSite): JsonObject {
  const group = new Set(Object.keys(states));
  const successor = edgeSuccessor(site);
  const retarget = (name: string, kind: string) => {
    if (group.has(name) || isStateIn(site.machine, name)) return undefined;
    return kind === "next" || successor !== TO_END ? successor : undefined;
  };
  return mapValues(states, (state) => (isJsonObject(state) ? mapStateTargets(state, retarget) : state));
}
