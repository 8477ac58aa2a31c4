/**
 * Every field must be allowed where it is written (asl-semantics.md §1.5 and §12.1 item 4;
 * unknown fields are errors). The table is fields.ts: which state types take a field, in which
 * query language, whether only a distributed Map takes it, and the fields of nested objects
 * (retriers, catchers, branches, ItemReader, …). Succeed with InputPath/OutputPath is a warning
 * (the service accepts it, the guide says no: seed L6341; asl-semantics.md §15).
 */
import { getOwn, isJsonObject, type JsonValue } from "../../json";
import { STATE_TYPES, type StateType } from "../../types";
import { quote, type ValidationContext } from "../context";
import { inLanguage, isOwnField, NESTED, STATE_FIELDS, type NestedName, type NestedSpec } from "../fields";
import { escapeSegment, isDistributedMap, type QueryLanguageMode, type StateInfo } from "../model";
import { closest } from "../suggest";
import type { Rule } from "./rule";

/** Why a known field is refused on a type, when there is more to say than "not allowed". */
const REASONS: Partial<Record<StateType, Record<string, string>>> = {
  Choice: {
    Next: "a Choice moves on through the Next of its rules and its Default (seed L2414–L2415)",
    End: "a Choice cannot end the execution; lead a rule or Default to a Succeed state instead (seed L4133–L4135)",
  },
  Succeed: { Next: "Succeed is a terminal state (seed L4450–L4456)", End: "Succeed is already terminal (seed L4450–L4456)" },
  Fail: { Next: "Fail is a terminal state (seed L4505)", End: "Fail is already terminal (seed L4505)" },
};

const allowedCache = new Map<string, string[]>();

function allowedFields(type: StateType, language: QueryLanguageMode): string[] {
  const key = `${type}/${language}`;
  let fields = allowedCache.get(key);
  if (!fields) {
    fields = Object.entries(STATE_FIELDS)
      .filter(([, spec]) => spec.states.includes(type) && inLanguage(spec, language))
      .map(([name]) => name);
    allowedCache.set(key, fields);
  }
  return fields;
}

function plainFieldsOf(type: StateType, language: QueryLanguageMode): Set<string> {
  return new Set(
    Object.entries(STATE_FIELDS)
      .filter(([, spec]) => spec.states.includes(type) && inLanguage(spec, language) && !spec.distributedOnly && !spec.nested)
      .map(([name]) => name),
  );
}

/** Per language and type: the fields allowed with nothing more to check (not nested, not distributed-only). */
const PLAIN_FIELDS: Record<QueryLanguageMode, Record<StateType, Set<string>>> = {
  JSONPath: Object.fromEntries(STATE_TYPES.map((t) => [t, plainFieldsOf(t, "JSONPath")])) as Record<StateType, Set<string>>,
  JSONata: Object.fromEntries(STATE_TYPES.map((t) => [t, plainFieldsOf(t, "JSONata")])) as Record<StateType, Set<string>>,
};

function typesAllowing(states: readonly StateType[]): string {
  return states.length === 1 ? `${states[0]} states` : `${states.slice(0, -1).join(", ")} and ${states[states.length - 1]} states`;
}


function languageNote(language: QueryLanguageMode): string {
  return language === "JSONPath"
    ? `it is a JSONata field, allowed only when QueryLanguage is "JSONata"`
    : `it is a JSONPath field and this state uses QueryLanguage "JSONata"`;
}

function stateWhere(state: StateInfo): string {
  return `State ${quote(state.name)}: `;
}

function nestedWhere(state: StateInfo | undefined, label: string): string {
  return `${state ? `State ${quote(state.name)}: ` : ""}${label ? `${label}: ` : ""}`;
}

export function checkNested(
  ctx: ValidationContext,
  state: StateInfo | undefined,
  value: JsonValue | undefined,
  name: NestedName,
  pointer: string,
  label: string,
  language: QueryLanguageMode,
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkNestedObject(ctx, state, value[i], name, `${pointer}/${i}`, `${label}[${i}]`, language);
  } else {
    checkNestedObject(ctx, state, value, name, pointer, label, language);
  }
}

function checkNestedObject(ctx: ValidationContext, state: StateInfo | undefined, value: JsonValue | undefined, name: NestedName, pointer: string, label: string, language: QueryLanguageMode): void {
  if (!isJsonObject(value)) return;
  const spec: NestedSpec = NESTED[name];
  for (const key of Object.keys(value)) {
    const field = isOwnField(spec.fields, key) ? spec.fields[key] : undefined;
    if (field && !field.nested && field.languages === undefined) continue; // the common case, kept cheap
    if (!field) {
      const suggestion = closest(key, Object.keys(spec.fields).filter((k) => inLanguage(spec.fields[k] ?? {}, language)));
      ctx.report({
        code: "FIELD_NOT_ALLOWED",
        pointer: `${pointer}/${escapeSegment(key)}`,
        state,
        highlight: "key",
        message: `${nestedWhere(state, label)}${quote(key)} is not a field of ${spec.label}.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ` The fields are ${Object.keys(spec.fields).join(", ")}.`}`,
      });
      continue;
    }
    if (!inLanguage(field, language)) {
      ctx.report({ code: "FIELD_NOT_ALLOWED", pointer: `${pointer}/${escapeSegment(key)}`, state, highlight: "key", message: `${nestedWhere(state, label)}${key} is not allowed here: ${languageNote(language)}.` });
      continue;
    }
    if (field.nested) checkNested(ctx, state, value[key], field.nested, `${pointer}/${escapeSegment(key)}`, label ? `${label}.${key}` : key, language);
  }
}


export const fieldsAllowed: Rule = {
  id: "fieldsAllowed",
  document(index, ctx) {
    checkNestedObject(ctx, undefined, index.root, "Machine", "", "", getOwn(index.root, "QueryLanguage") === "JSONata" ? "JSONata" : "JSONPath");
  },
  state(state, ctx) {
    const type = state.type;
    if (type === undefined) return;
    const node = state.node;
    const language = state.language;
    const plain = PLAIN_FIELDS[language][type];
    for (const key of Object.keys(node)) {
      const spec = isOwnField(STATE_FIELDS, key) ? STATE_FIELDS[key] : undefined;
      if (plain.has(key)) continue; // the common case, kept cheap
      const pointer = `${state.pointer}/${escapeSegment(key)}`;
      if (!spec) {
        const suggestion = closest(key, allowedFields(type, language));
        ctx.report({
          code: "FIELD_NOT_ALLOWED",
          pointer,
          state,
          highlight: "key",
          message: `${stateWhere(state)}${quote(key)} is not a field of a ${type} state.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ` Its fields are ${allowedFields(type, language).join(", ")}.`}`,
        });
        continue;
      }
      if (!spec.states.includes(type)) {
        if (spec.discouragedOn?.states.includes(type) && inLanguage(spec, language)) {
          ctx.report({ code: "FIELD_DISCOURAGED", pointer, state, highlight: "key", message: `${stateWhere(state)}${key} on a ${type} state is accepted by the service, but ${spec.discouragedOn.reason}.` });
        } else {
          const reason = REASONS[type]?.[key];
          ctx.report({
            code: "FIELD_NOT_ALLOWED",
            pointer,
            state,
            highlight: "key",
            message: `${stateWhere(state)}${key} is not allowed on a ${type} state${reason ? `: ${reason}` : `; it belongs to ${typesAllowing(spec.states)}`}. Remove it.`,
          });
        }
        continue;
      }
      if (!inLanguage(spec, language)) {
        ctx.report({ code: "FIELD_NOT_ALLOWED", pointer, state, highlight: "key", message: `${stateWhere(state)}${key} is not allowed here: ${languageNote(language)}.` });
        continue;
      }
      if (spec.distributedOnly && !isDistributedMap(node) && language === "JSONata" && key.startsWith("ToleratedFailure")) {
        // Recorded: AWS created inline JSONata Maps with these (corpus 0582, 0583, 0588); they only count failures of child executions.
        ctx.report({ code: "FIELD_DISCOURAGED", pointer, state, highlight: "key", message: `${stateWhere(state)}${key} has no effect on an inline Map: only a distributed Map tolerates failed items (the service accepts it).` });
        continue;
      }
      if (spec.distributedOnly && !isDistributedMap(node)) {
        ctx.report({
          code: "FIELD_NOT_ALLOWED",
          pointer,
          state,
          highlight: "key",
          message: `${stateWhere(state)}${key} is only for a distributed Map; set ItemProcessor.ProcessorConfig.Mode to "DISTRIBUTED" or remove ${key} (seed L5295–L5465).`,
        });
        continue;
      }
      if (spec.nested) checkNested(ctx, state, node[key], spec.nested, pointer, key, language);
    }
  },
};
