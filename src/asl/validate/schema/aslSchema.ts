/**
 * The JSON Schema of a definition, generated from the field table (fields.ts) so the two never
 * disagree: one definition per state type and per nested object, for each query language
 * (JSONata definitions are named `TaskJsonata`, `CatcherJsonata`, …; there a field's value may
 * be a `{% … %}` expression where fields.ts says so). The schema types the fields a state may
 * have; which fields are allowed at all is the field-allowed rule's job, so no
 * `additionalProperties` here (one finding per mistake, with a tailored message). Nested states
 * are not part of a state's schema: the validator visits each state itself.
 */
import type { SchemaObject } from "ajv";
import { STATE_TYPES, type StateType } from "../../types";
import { inLanguage, NESTED, REQUIRED_STATE_FIELDS, schemaIn, STATE_FIELDS, type NestedName, type NestedSpec } from "../fields";
import type { QueryLanguageMode } from "../model";

export const SCHEMA_ID = "asl-studio/jsonpath";

/** The definition name of a state type or nested object in a language: `Task`, `TaskJsonata`. */
export function definitionName(name: string, language: QueryLanguageMode): string {
  return language === "JSONata" ? `${name}Jsonata` : name;
}

/** In JSONata definitions, `$ref`s point at the JSONata variant of the nested object. */
function inLanguageRefs(schema: SchemaObject, language: QueryLanguageMode): SchemaObject {
  if (language === "JSONPath") return schema;
  const map = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(map);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = key === "$ref" && typeof item === "string" && item.startsWith("#/definitions/") && item !== "#/definitions/Machine" ? `${item}Jsonata` : map(item);
    }
    return out;
  };
  return map(schema) as SchemaObject;
}

function stateDefinition(type: StateType, language: QueryLanguageMode): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  for (const [name, spec] of Object.entries(STATE_FIELDS)) {
    if (spec.states.includes(type) && inLanguage(spec, language)) properties[name] = inLanguageRefs(schemaIn(spec, language), language);
  }
  return { type: "object", required: [...REQUIRED_STATE_FIELDS[type]], properties };
}

function nestedDefinition(spec: NestedSpec, language: QueryLanguageMode): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (inLanguage(field, language)) properties[name] = inLanguageRefs(schemaIn(field, language), language);
  }
  return { type: "object", required: [...spec.required], properties };
}

export function buildSchema(): SchemaObject {
  const definitions: Record<string, SchemaObject> = {};
  for (const language of ["JSONPath", "JSONata"] as const) {
    for (const name of Object.keys(NESTED) as NestedName[]) {
      if (name === "Machine" && language === "JSONata") continue;
      definitions[definitionName(name, language)] = nestedDefinition(NESTED[name], language);
    }
    for (const type of STATE_TYPES) definitions[definitionName(type, language)] = stateDefinition(type, language);
  }
  return { $id: SCHEMA_ID, definitions };
}
