/**
 * The Amazon States Language as the Step Functions Developer Guide defines it
 * (../shared/reference/asl-semantics.md §1–§9), plus the JSONata-era fields
 * (QueryLanguage, Arguments, Output, Assign, Condition, Items) that today's service accepts.
 *
 * Field names are ASL's own. Every field is optional in the type where a user could leave it
 * out of a document being edited; the validator, not the type, says what a valid machine needs.
 */
import type { JsonObject, JsonValue } from "./json";

export type QueryLanguage = "JSONPath" | "JSONata";

export const STATE_TYPES = ["Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"] as const;
export type StateType = (typeof STATE_TYPES)[number];

/** A payload template: static JSON plus `key.$` entries holding paths or intrinsic calls. */
export type PayloadTemplate = JsonObject;

/** `StartAt` + `States`: the top-level machine, a Parallel branch and a Map item processor share it. */
export interface StatesMachine {
  Comment?: string;
  StartAt: string;
  States: Record<string, State>;
}

export interface StateMachine extends StatesMachine {
  Version?: string;
  TimeoutSeconds?: number;
  QueryLanguage?: QueryLanguage;
}

interface StateBase {
  Type: StateType;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
}

interface TransitionFields {
  Next?: string;
  End?: boolean;
}

interface PathIoFields {
  InputPath?: string | null;
  OutputPath?: string | null;
}

interface ResultFields {
  ResultPath?: string | null;
  ResultSelector?: PayloadTemplate;
}

interface JsonataFields {
  /** JSONata only: the value of the state's output (replaces ResultSelector/ResultPath/OutputPath). */
  Output?: JsonValue;
  /** Variables assigned when the state completes. */
  Assign?: JsonObject;
}

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: "FULL" | "NONE";
  Comment?: string;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  /** JSONata only. */
  Output?: JsonValue;
  Assign?: JsonObject;
  Comment?: string;
}

interface ErrorHandlingFields {
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface TaskState extends StateBase, TransitionFields, PathIoFields, ResultFields, JsonataFields, ErrorHandlingFields {
  Type: "Task";
  Resource: string;
  Parameters?: PayloadTemplate;
  /** JSONata only: the task's arguments (replaces InputPath/Parameters). */
  Arguments?: JsonValue;
  Credentials?: JsonObject;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
}

export interface PassState extends StateBase, TransitionFields, PathIoFields, JsonataFields {
  Type: "Pass";
  Result?: JsonValue;
  ResultPath?: string | null;
  Parameters?: PayloadTemplate;
}

/** A Choice comparison operator that compares with a literal. */
export const CHOICE_LITERAL_OPERATORS = [
  "StringEquals",
  "StringLessThan",
  "StringGreaterThan",
  "StringLessThanEquals",
  "StringGreaterThanEquals",
  "StringMatches",
  "NumericEquals",
  "NumericLessThan",
  "NumericGreaterThan",
  "NumericLessThanEquals",
  "NumericGreaterThanEquals",
  "BooleanEquals",
  "TimestampEquals",
  "TimestampLessThan",
  "TimestampGreaterThan",
  "TimestampLessThanEquals",
  "TimestampGreaterThanEquals",
] as const;

/** A Choice comparison operator whose value is a reference path to the other operand. */
export const CHOICE_PATH_OPERATORS = [
  "StringEqualsPath",
  "StringLessThanPath",
  "StringGreaterThanPath",
  "StringLessThanEqualsPath",
  "StringGreaterThanEqualsPath",
  "NumericEqualsPath",
  "NumericLessThanPath",
  "NumericGreaterThanPath",
  "NumericLessThanEqualsPath",
  "NumericGreaterThanEqualsPath",
  "BooleanEqualsPath",
  "TimestampEqualsPath",
  "TimestampLessThanPath",
  "TimestampGreaterThanPath",
  "TimestampLessThanEqualsPath",
  "TimestampGreaterThanEqualsPath",
] as const;

export const CHOICE_TYPE_TEST_OPERATORS = ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"] as const;

export const CHOICE_OPERATORS = [...CHOICE_LITERAL_OPERATORS, ...CHOICE_PATH_OPERATORS, ...CHOICE_TYPE_TEST_OPERATORS] as const;

export type ChoiceLiteralOperator = (typeof CHOICE_LITERAL_OPERATORS)[number];
export type ChoicePathOperator = (typeof CHOICE_PATH_OPERATORS)[number];
export type ChoiceTypeTestOperator = (typeof CHOICE_TYPE_TEST_OPERATORS)[number];
export type ChoiceOperator = (typeof CHOICE_OPERATORS)[number];

/**
 * A choice rule or a nested condition. A top-level rule carries `Next`; nested rules inside
 * `And`/`Or`/`Not` must not. Exactly one operator (or `And`/`Or`/`Not`) per rule.
 */
export type ChoiceRule = {
  Variable?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  Next?: string;
  Comment?: string;
  /** JSONata only: a `{% … %}` boolean expression (or a literal boolean). */
  Condition?: string | boolean;
  Assign?: JsonObject;
  Output?: JsonValue;
} & { [Op in ChoiceOperator]?: JsonValue };

export interface ChoiceState extends StateBase, PathIoFields {
  Type: "Choice";
  Choices: ChoiceRule[];
  Default?: string;
  Output?: JsonValue;
  Assign?: JsonObject;
}

export interface WaitState extends StateBase, TransitionFields, PathIoFields, JsonataFields {
  Type: "Wait";
  Seconds?: number | string;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface SucceedState extends StateBase, PathIoFields {
  Type: "Succeed";
  Output?: JsonValue;
}

export interface FailState extends StateBase {
  Type: "Fail";
  Error?: string;
  ErrorPath?: string;
  Cause?: string;
  CausePath?: string;
}

export interface ParallelState extends StateBase, TransitionFields, PathIoFields, ResultFields, JsonataFields, ErrorHandlingFields {
  Type: "Parallel";
  Branches: StatesMachine[];
  Parameters?: PayloadTemplate;
  Arguments?: JsonValue;
}

export interface ProcessorConfig {
  Mode?: "INLINE" | "DISTRIBUTED";
  ExecutionType?: "STANDARD" | "EXPRESS";
}

export interface ItemProcessor extends StatesMachine {
  ProcessorConfig?: ProcessorConfig;
}

export interface ReaderConfig {
  InputType?: "CSV" | "JSON" | "JSONL" | "MANIFEST" | "PARQUET";
  CSVHeaderLocation?: "FIRST_ROW" | "GIVEN";
  CSVHeaders?: string[];
  CSVDelimiter?: string;
  MaxItems?: number | string;
  MaxItemsPath?: string;
}

export interface ItemReader {
  Resource: string;
  Parameters?: PayloadTemplate;
  Arguments?: JsonValue;
  ReaderConfig?: ReaderConfig;
}

export interface ItemBatcher {
  MaxItemsPerBatch?: number | string;
  MaxItemsPerBatchPath?: string;
  MaxInputBytesPerBatch?: number | string;
  MaxInputBytesPerBatchPath?: string;
  BatchInput?: JsonValue;
}

export interface ResultWriter {
  Resource?: string;
  Parameters?: PayloadTemplate;
  Arguments?: JsonValue;
  WriterConfig?: { OutputType?: string; Transformation?: string };
}

export interface MapState extends StateBase, TransitionFields, PathIoFields, ResultFields, JsonataFields, ErrorHandlingFields {
  Type: "Map";
  ItemProcessor?: ItemProcessor;
  /** Deprecated name of ItemProcessor (no ProcessorConfig). */
  Iterator?: StatesMachine;
  ItemsPath?: string;
  /** JSONata only: the items to iterate, an array or a `{% … %}` expression. */
  Items?: JsonValue;
  ItemSelector?: JsonValue;
  /** Deprecated name of ItemSelector. */
  Parameters?: PayloadTemplate;
  ItemReader?: ItemReader;
  ItemBatcher?: ItemBatcher;
  ResultWriter?: ResultWriter;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  Label?: string;
}

export type State = TaskState | PassState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;

export type StateOfType<T extends StateType> = Extract<State, { Type: T }>;

/** Workflow type, chosen in Config mode; drives the Express-only validation rules. */
export type WorkflowType = "STANDARD" | "EXPRESS";

export function isStateType(value: unknown): value is StateType {
  return typeof value === "string" && (STATE_TYPES as readonly string[]).includes(value);
}

/** The machine a Map iterates: `ItemProcessor`, or the deprecated `Iterator`. */
export function getItemProcessor(state: MapState): StatesMachine | undefined {
  return state.ItemProcessor ?? state.Iterator;
}

export function isDistributedMap(state: MapState): boolean {
  return state.ItemProcessor?.ProcessorConfig?.Mode === "DISTRIBUTED";
}
