/**
 * Structure: the JSON Schema (compiled once, compiledSchema.ts) applied to the top level and to
 * each state by its Type and query language, plus what a schema cannot say well: a state that
 * is not an object, a missing or unknown Type (with a suggestion), nesting the validator will
 * not follow.
 * Seed: top level L2524–L2556; state types L3192; fields per type L3192–L5465.
 */
import { STATE_TYPES } from "../../types";
import { describeValue, quote } from "../context";
import type { Rule } from "../rules/rule";
import { closest } from "../suggest";
import { getCompiledSchema } from "./compiledSchema";
import { reportSchemaErrors } from "./schemaDiagnostics";

const TYPE_LIST = STATE_TYPES.join(", ");

export const structureRule: Rule = {
  id: "structure",
  document(index, ctx) {
    const schema = getCompiledSchema();
    if (!schema.machine(index.root) && schema.machine.errors) reportSchemaErrors(ctx, schema.machine.errors, index.root, "", undefined);
    for (const { name, pointer, value } of index.malformedStates) {
      ctx.report({
        code: "SCHEMA_TYPE",
        pointer,
        state: { pointer, name },
        message: `State ${quote(name)} must be an object with a Type field, not ${describeValue(value)}.`,
      });
    }
    for (const skipped of index.skippedScopes) {
      ctx.report({
        code: "NESTING_TOO_DEEP",
        pointer: skipped.pointer,
        state: skipped.state,
        message:
          skipped.reason === "depth"
            ? `State ${quote(skipped.state.name)}: Parallel and Map states nest more than 100 levels deep here; the validator does not look further.`
            : `State ${quote(skipped.state.name)}: this branch or processor is the same object as one already checked (a cycle in the input); it is not checked again.`,
      });
    }
  },
  state(state, ctx) {
    const type = state.node.Type;
    if (state.type === undefined) {
      let message: string;
      if (type === undefined) message = `State ${quote(state.name)} has no Type; set it to one of ${TYPE_LIST} (seed L3192).`;
      else if (typeof type !== "string") message = `State ${quote(state.name)}: Type must be a string, one of ${TYPE_LIST}; it is ${describeValue(type)}.`;
      else {
        const suggestion = closest(type, STATE_TYPES);
        message = `State ${quote(state.name)}: Type ${quote(type)} is not a state type.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ""} The types are ${TYPE_LIST} (case-sensitive).`;
      }
      ctx.report({ code: "INVALID_STATE_TYPE", pointer: type === undefined ? state.pointer : state.pointer + "/Type", state, message });
      return;
    }
    const schema = getCompiledSchema();
    const validate = state.language === "JSONata" ? schema.jsonataStates[state.type] : schema.states[state.type];
    if (!validate(state.node) && validate.errors) reportSchemaErrors(ctx, validate.errors, state.node, state.pointer, state);
  },
};
