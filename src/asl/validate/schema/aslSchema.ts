/**
 * The JSON Schema of a JSONPath-mode definition, generated from the field table (fields.ts) so
 * the two never disagree. One definition per state type plus the nested objects. The schema
 * types the fields a state may have; which fields are allowed at all is the field-allowed rule's
 * job, so no `additionalProperties` here (one finding per mistake, with a tailored message).
 * Nested states are not part of a state's schema: the validator visits each state itself.
 */
import type { SchemaObject } from "ajv";
import { STATE_TYPES, type StateType } from "../../types";
import { inLanguage, NESTED, REQUIRED_STATE_FIELDS, STATE_FIELDS, type NestedName, type NestedSpec } from "../fields";

export const SCHEMA_ID = "asl-studio/jsonpath";

function stateDefinition(type: StateType): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  for (const [name, spec] of Object.entries(STATE_FIELDS)) {
    if (spec.states.includes(type) && inLanguage(spec, "JSONPath")) properties[name] = spec.schema;
  }
  return { type: "object", required: [...REQUIRED_STATE_FIELDS[type]], properties };
}

function nestedDefinition(spec: NestedSpec): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (inLanguage(field, "JSONPath")) properties[name] = field.schema;
  }
  return { type: "object", required: [...spec.required], properties };
}

export function buildSchema(): SchemaObject {
  const definitions: Record<string, SchemaObject> = {};
  for (const name of Object.keys(NESTED) as NestedName[]) definitions[name] = nestedDefinition(NESTED[name]);
  for (const type of STATE_TYPES) definitions[type] = stateDefinition(type);
  return { $id: SCHEMA_ID, definitions };
}
