/**
 * Which field is allowed where, and what it holds: the one table behind both the JSON Schema
 * (schema/aslSchema.ts builds the per-state-type schemas from it) and the field-allowed rule.
 * Matrix of asl-semantics.md §1.5 (seed L3192–L5465, L6016, L6095, L6341, L10793, L10949).
 *
 * Query languages (issue 9; "Transforming data with JSONata in Step Functions"): the JSONata
 * fields (Arguments, Output, Items; Condition in choice rules) have `languages: JSONATA`, the
 * JSONPath-only ones (InputPath, Parameters, ResultSelector, ResultPath, OutputPath, Result, the
 * …Path fields) `languages: JSONPATH`; Assign exists in both ("Passing data between states with
 * variables"). `jsonataSchema` is a field's value in JSONata states, where Seconds,
 * TimeoutSeconds, MaxConcurrency… also take a `{% … %}` expression. The schema builder makes one
 * schema per language from this table.
 */
import type { SchemaObject } from "ajv";
import type { StateType } from "../types";
import type { QueryLanguageMode } from "./model";

export interface FieldSpec {
  /** State types (or, for nested objects, always) that accept the field. */
  states: readonly StateType[];
  /** Query languages in which the field exists; both when absent. */
  languages?: readonly QueryLanguageMode[];
  /** Accepted by the service but not by the guide on these types: a warning, not an error. */
  discouragedOn?: { states: readonly StateType[]; reason: string };
  /** Only on a Map whose ItemProcessor.ProcessorConfig.Mode is DISTRIBUTED. */
  distributedOnly?: boolean;
  /** JSON Schema of the value (JSONPath states, and JSONata states unless `jsonataSchema` says otherwise). */
  schema: SchemaObject;
  /** JSON Schema of the value in JSONata states, where the field takes a `{% … %}` expression too. */
  jsonataSchema?: SchemaObject;
  /** What the value is, for messages: "the ARN of the work to run". */
  hint?: string;
  /** The value (or each element of the array) is an object whose fields NESTED[nested] lists. */
  nested?: NestedName;
}

const ALL: readonly StateType[] = ["Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"];
const FLOWING: readonly StateType[] = ["Pass", "Task", "Wait", "Parallel", "Map"];
const IO: readonly StateType[] = ["Pass", "Task", "Choice", "Wait", "Parallel", "Map"];
const WORKING: readonly StateType[] = ["Task", "Parallel", "Map"];
const JSONPATH: readonly QueryLanguageMode[] = ["JSONPath"];
const JSONATA: readonly QueryLanguageMode[] = ["JSONata"];

const string: SchemaObject = { type: "string" };
const pathOrNull: SchemaObject = { type: ["string", "null"] };
const object: SchemaObject = { type: "object" };
const positiveInteger: SchemaObject = { type: "integer", minimum: 1 };
const nonNegativeInteger: SchemaObject = { type: "integer", minimum: 0 };
const errorNames: SchemaObject = { type: "array", minItems: 1, items: { type: "string" } };
/** A JSONata expression: the whole string is `{% … %}` (corpus 0002). */
export const JSONATA_EXPRESSION_SCHEMA: SchemaObject = { type: "string", pattern: "^\\{%[\\s\\S]*%\\}$" };
/** In JSONata states, a field that holds a value of `schema` or an expression computing it. */
const orExpression = (schema: SchemaObject): SchemaObject => ({ anyOf: [schema, JSONATA_EXPRESSION_SCHEMA] });
const anyJson: SchemaObject = {};
const assignObject: SchemaObject = { type: "object" };

export const STATE_FIELDS: Readonly<Record<string, FieldSpec>> = {
  Type: { states: ALL, schema: string },
  Comment: { states: ALL, schema: string },
  QueryLanguage: { states: ALL, schema: { enum: ["JSONPath", "JSONata"] } },
  Next: { states: FLOWING, schema: string, hint: "the name of the state to run next" },
  End: { states: FLOWING, schema: { type: "boolean" } },
  InputPath: {
    states: IO,
    languages: JSONPATH,
    schema: pathOrNull,
    discouragedOn: { states: ["Succeed"], reason: "the guide says Succeed states have no input/output fields (seed L6341)" },
  },
  OutputPath: {
    states: IO,
    languages: JSONPATH,
    schema: pathOrNull,
    discouragedOn: { states: ["Succeed"], reason: "the guide says Succeed states have no input/output fields (seed L6341)" },
  },
  Parameters: { states: ["Pass", "Task", "Parallel", "Map"], languages: JSONPATH, schema: object },
  Result: { states: ["Pass"], languages: JSONPATH, schema: {} },
  ResultSelector: { states: WORKING, languages: JSONPATH, schema: object },
  ResultPath: { states: ["Pass", "Task", "Parallel", "Map"], languages: JSONPATH, schema: pathOrNull },
  Retry: { states: WORKING, schema: { type: "array", items: { $ref: "#/definitions/Retrier" } }, nested: "Retrier" },
  Catch: { states: WORKING, schema: { type: "array", items: { $ref: "#/definitions/Catcher" } }, nested: "Catcher" },

  // Task (seed L3445–L3531)
  Resource: { states: ["Task"], schema: string, hint: "the ARN of the work to run, e.g. arn:aws:states:::lambda:invoke" },
  Credentials: { states: ["Task"], schema: object, jsonataSchema: orExpression(object), nested: "Credentials" },
  TimeoutSeconds: { states: ["Task"], schema: positiveInteger, jsonataSchema: orExpression(positiveInteger) },
  TimeoutSecondsPath: { states: ["Task"], languages: JSONPATH, schema: string },
  HeartbeatSeconds: { states: ["Task"], schema: positiveInteger, jsonataSchema: orExpression(positiveInteger) },
  HeartbeatSecondsPath: { states: ["Task"], languages: JSONPATH, schema: string },

  // Choice (seed L4117–L4135)
  Choices: { states: ["Choice"], schema: { type: "array", minItems: 1, items: object }, hint: "a non-empty array of choice rules" },
  Default: { states: ["Choice"], schema: string },

  // Wait (seed L4380–L4414)
  Seconds: { states: ["Wait"], schema: { type: "integer", minimum: 0, maximum: 99999999 }, jsonataSchema: orExpression({ type: "integer", minimum: 0, maximum: 99999999 }) },
  Timestamp: { states: ["Wait"], schema: string },
  SecondsPath: { states: ["Wait"], languages: JSONPATH, schema: string },
  TimestampPath: { states: ["Wait"], languages: JSONPATH, schema: string },

  // Fail (seed L4460–L4505)
  Error: { states: ["Fail"], schema: string },
  ErrorPath: { states: ["Fail"], languages: JSONPATH, schema: string },
  Cause: { states: ["Fail"], schema: string },
  CausePath: { states: ["Fail"], languages: JSONPATH, schema: string },

  // Parallel (seed L4536–L4562)
  Branches: {
    states: ["Parallel"],
    schema: { type: "array", minItems: 1, items: { $ref: "#/definitions/Branch" } },
    hint: "a non-empty array of branches, each with StartAt and States",
    nested: "Branch",
  },

  // Map (seed L4864–L4994, L5295–L5465)
  ItemProcessor: { states: ["Map"], schema: { $ref: "#/definitions/ItemProcessor" }, nested: "ItemProcessor" },
  Iterator: { states: ["Map"], schema: { $ref: "#/definitions/Iterator" }, nested: "Iterator" },
  ItemsPath: { states: ["Map"], languages: JSONPATH, schema: string },
  ItemSelector: { states: ["Map"], schema: object, jsonataSchema: orExpression(object) },
  MaxConcurrency: { states: ["Map"], schema: nonNegativeInteger, jsonataSchema: orExpression(nonNegativeInteger) },
  MaxConcurrencyPath: { states: ["Map"], languages: JSONPATH, schema: string },
  ItemReader: { states: ["Map"], distributedOnly: true, schema: { $ref: "#/definitions/ItemReader" }, nested: "ItemReader" },
  ItemBatcher: { states: ["Map"], distributedOnly: true, schema: { $ref: "#/definitions/ItemBatcher" }, nested: "ItemBatcher" },
  ResultWriter: { states: ["Map"], distributedOnly: true, schema: { $ref: "#/definitions/ResultWriter" }, nested: "ResultWriter" },
  ToleratedFailurePercentage: { states: ["Map"], distributedOnly: true, schema: { type: "number", minimum: 0, maximum: 100 }, jsonataSchema: orExpression({ type: "number", minimum: 0, maximum: 100 }) },
  ToleratedFailurePercentagePath: { states: ["Map"], distributedOnly: true, languages: JSONPATH, schema: string },
  ToleratedFailureCount: { states: ["Map"], distributedOnly: true, schema: nonNegativeInteger, jsonataSchema: orExpression(nonNegativeInteger) },
  ToleratedFailureCountPath: { states: ["Map"], distributedOnly: true, languages: JSONPATH, schema: string },
  Label: { states: ["Map"], distributedOnly: true, schema: string },

  // JSONata and variables (not in the guide; see the header)
  Arguments: { states: ["Task", "Parallel"], languages: JSONATA, schema: anyJson },
  Output: { states: ["Pass", "Task", "Choice", "Wait", "Succeed", "Parallel", "Map"], languages: JSONATA, schema: anyJson },
  Assign: { states: ["Pass", "Task", "Choice", "Wait", "Parallel", "Map"], schema: assignObject },
  Items: { states: ["Map"], languages: JSONATA, schema: { type: ["array", "string"] }, jsonataSchema: { anyOf: [{ type: "array" }, JSONATA_EXPRESSION_SCHEMA] } },
};

/** Required fields per state type, besides Type. Map's ItemProcessor-or-Iterator is a rule. */
export const REQUIRED_STATE_FIELDS: Readonly<Record<StateType, readonly string[]>> = {
  Pass: [],
  Task: ["Resource"],
  Choice: ["Choices"],
  Wait: [],
  Succeed: [],
  Fail: [],
  Parallel: ["Branches"],
  Map: [],
};

export interface NestedField {
  schema: SchemaObject;
  jsonataSchema?: SchemaObject;
  languages?: readonly QueryLanguageMode[];
  nested?: NestedName;
  hint?: string;
}

export interface NestedSpec {
  /** How messages name the object: "a retrier", "a branch". */
  label: string;
  fields: Readonly<Record<string, NestedField>>;
  required: readonly string[];
  /** Values whose keys are not checked (payload templates use any key). */
  openKeys?: boolean;
}

const machineFields: Record<string, NestedField> = {
  StartAt: { schema: string, hint: "the name of the first state" },
  States: { schema: { type: "object", minProperties: 1 }, hint: "an object of named states" },
  Comment: { schema: string },
};

export type NestedName =
  | "Machine"
  | "Branch"
  | "ItemProcessor"
  | "Iterator"
  | "ProcessorConfig"
  | "Retrier"
  | "Catcher"
  | "ItemReader"
  | "ReaderConfig"
  | "ItemBatcher"
  | "ResultWriter"
  | "Credentials";

export const NESTED: Readonly<Record<NestedName, NestedSpec>> = {
  /** The top level (seed L2524–L2556). */
  Machine: {
    label: "the top level of a state machine",
    fields: {
      ...machineFields,
      Version: { schema: string },
      TimeoutSeconds: { schema: positiveInteger },
      QueryLanguage: { schema: { enum: ["JSONPath", "JSONata"] } },
    },
    required: ["StartAt", "States"],
  },
  /** A Parallel branch (seed L4540–L4543; Comment allowed, asl-semantics.md §1.4). */
  Branch: { label: "a branch", fields: machineFields, required: ["StartAt", "States"] },
  ItemProcessor: {
    label: "ItemProcessor",
    fields: { ...machineFields, ProcessorConfig: { schema: { $ref: "#/definitions/ProcessorConfig" }, nested: "ProcessorConfig" } },
    required: ["StartAt", "States"],
  },
  /** The deprecated name of ItemProcessor; AWS accepts ProcessorConfig in it too (aws-recorded 0805–0808). */
  Iterator: {
    label: "Iterator",
    fields: { ...machineFields, ProcessorConfig: { schema: { $ref: "#/definitions/ProcessorConfig" }, nested: "ProcessorConfig" } },
    required: ["StartAt", "States"],
  },
  ProcessorConfig: {
    label: "ProcessorConfig",
    fields: {
      Mode: { schema: { enum: ["INLINE", "DISTRIBUTED"] } },
      ExecutionType: { schema: { enum: ["STANDARD", "EXPRESS"] } },
    },
    required: [],
  },
  /** seed L10810–L10851; BackoffRate ≥ 1 is the ASL spec's bound (asl-semantics.md §15). */
  Retrier: {
    label: "a retrier",
    fields: {
      ErrorEquals: { schema: errorNames, hint: "a non-empty array of error names" },
      IntervalSeconds: { schema: { type: "integer", minimum: 1, maximum: 99999999 } },
      MaxAttempts: { schema: { type: "integer", minimum: 0, maximum: 99999999 } },
      BackoffRate: { schema: { type: "number", minimum: 1 } },
      MaxDelaySeconds: { schema: { type: "integer", minimum: 1, maximum: 31622400 } },
      JitterStrategy: { schema: { enum: ["FULL", "NONE"] } },
      Comment: { schema: string },
    },
    required: ["ErrorEquals"],
  },
  /** seed L10954–L10964 */
  Catcher: {
    label: "a catcher",
    fields: {
      ErrorEquals: { schema: errorNames, hint: "a non-empty array of error names" },
      Next: { schema: string, hint: "the state to go to when the error is caught" },
      ResultPath: { schema: pathOrNull, languages: JSONPATH },
      Comment: { schema: string },
      Output: { schema: anyJson, languages: JSONATA },
      Assign: { schema: assignObject },
    },
    required: ["ErrorEquals", "Next"],
  },
  /** seed L6670–L6681, L6605–L6668. JSONL, PARQUET and CSVDelimiter are newer than the guide; AWS accepts them. */
  ItemReader: {
    label: "ItemReader",
    fields: {
      Resource: { schema: string, hint: "arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2" },
      Parameters: { schema: object, languages: JSONPATH },
      Arguments: { schema: anyJson, languages: JSONATA },
      ReaderConfig: { schema: { $ref: "#/definitions/ReaderConfig" }, nested: "ReaderConfig" },
    },
    required: ["Resource"],
  },
  ReaderConfig: {
    label: "ReaderConfig",
    fields: {
      InputType: { schema: { enum: ["CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"] } },
      CSVHeaderLocation: { schema: { enum: ["FIRST_ROW", "GIVEN"] } },
      CSVHeaders: { schema: { type: "array", items: { type: "string" } } },
      CSVDelimiter: { schema: string },
      MaxItems: { schema: { type: "integer", minimum: 1, maximum: 100000000 }, jsonataSchema: orExpression({ type: "integer", minimum: 1, maximum: 100000000 }) },
      MaxItemsPath: { schema: string, languages: JSONPATH },
    },
    required: [],
  },
  /** seed L7319–L7430 */
  ItemBatcher: {
    label: "ItemBatcher",
    fields: {
      MaxItemsPerBatch: { schema: positiveInteger, jsonataSchema: orExpression(positiveInteger) },
      MaxItemsPerBatchPath: { schema: string, languages: JSONPATH },
      MaxInputBytesPerBatch: { schema: { type: "integer", minimum: 1, maximum: 262144 }, jsonataSchema: orExpression({ type: "integer", minimum: 1, maximum: 262144 }) },
      MaxInputBytesPerBatchPath: { schema: string, languages: JSONPATH },
      BatchInput: { schema: object, jsonataSchema: orExpression(object) },
    },
    required: [],
  },
  /** seed L5420–L5431. WriterConfig is newer than the guide; AWS accepts it. */
  ResultWriter: {
    label: "ResultWriter",
    fields: {
      Resource: { schema: string },
      Parameters: { schema: object, languages: JSONPATH },
      Arguments: { schema: anyJson, languages: JSONATA },
      WriterConfig: { schema: object },
    },
    required: [],
  },
  /** seed L3456–L3467 */
  Credentials: {
    label: "Credentials",
    fields: {
      RoleArn: { schema: string },
      "RoleArn.$": { schema: string },
    },
    required: [],
  },
};

/** The schema of a field's value in a query language. */
export function schemaIn(spec: { schema: SchemaObject; jsonataSchema?: SchemaObject }, language: QueryLanguageMode): SchemaObject {
  return language === "JSONata" && spec.jsonataSchema !== undefined ? spec.jsonataSchema : spec.schema;
}

/** Whether the field exists in this query language. */
export function inLanguage(spec: { languages?: readonly QueryLanguageMode[] }, language: QueryLanguageMode): boolean {
  return spec.languages === undefined || spec.languages.includes(language);
}

export function isOwnField(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
