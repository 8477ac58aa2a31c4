/**
 * QueryLanguage (issue 9; "Transforming data with JSONata in Step Functions"): the top level
 * sets it for the whole machine (JSONPath by default); a state may set its own, and the states
 * of a Parallel's branches and a Map's processor inherit their state's. A state may switch to
 * JSONata inside JSONPath, not back: "JSONPath" under JSONata is an error.
 */
import { getOwn } from "../../json";
import { quote } from "../context";
import type { QueryLanguageMode, StateInfo } from "../model";
import type { Rule } from "./rule";

function inheritedLanguage(state: StateInfo, rootLanguage: QueryLanguageMode): QueryLanguageMode {
  return state.scope.owner ? state.scope.owner.language : rootLanguage;
}

export const queryLanguage: Rule = {
  id: "queryLanguage",
  document(index, ctx) {
    const rootLanguage: QueryLanguageMode = getOwn(index.root, "QueryLanguage") === "JSONata" ? "JSONata" : "JSONPath";
    for (const state of index.states) {
      if (getOwn(state.node, "QueryLanguage") !== "JSONPath") continue;
      if (inheritedLanguage(state, rootLanguage) !== "JSONata") continue;
      const around = state.scope.owner ? `its ${state.scope.owner.type} state ${quote(state.scope.owner.name)}` : "the state machine";
      ctx.report({
        code: "QUERY_LANGUAGE_CONFLICT",
        pointer: `${state.pointer}/QueryLanguage`,
        state,
        message: `State ${quote(state.name)}: "QueryLanguage": "JSONPath" inside JSONata (set by ${around}); a state may switch from JSONPath to JSONata, not back. Rewrite the state in JSONata, or make the state machine JSONPath and switch single states to JSONata.`,
      });
    }
  },
};
