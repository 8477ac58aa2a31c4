/**
 * Hover and completion documentation for every ASL field, state type and Choice operator, in our
 * own words from ../shared/reference/asl-semantics.md (section numbers) with the developer guide's
 * seed lines. Keyed by field name; OVERRIDES refine a field where its meaning depends on where it
 * is written (TimeoutSeconds at the top level vs on a Task, ResultPath in a catcher, Parameters on
 * a Map, …). Data table: long by nature.
 */
import { CHOICE_LITERAL_OPERATORS, CHOICE_PATH_OPERATORS, CHOICE_TYPE_TEST_OPERATORS, STATE_TYPES, type StateType } from "../types";
import type { NestedName } from "../validate/fields";

export interface FieldDoc {
  /** One or two sentences: what the field does. */
  text: string;
  /** The values it takes. */
  values?: string;
  defaultValue?: string;
  /** Where the guide says so: "seed L6095–L6102, asl-semantics.md §5.5". */
  cite: string;
}

/** Where a field is written: a state type, a nested object of the field table, or a Choice rule. */
export type DocPlace = StateType | NestedName | "ChoiceRule";

const PATH = "a JSONPath string starting with $ (or $$ for the context object)";
const REFERENCE_PATH = "a reference path such as $.order.id (one node; no filters or functions)";

export const FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  // Top level, branches, processors (asl-semantics.md §1.1, §1.4)
  StartAt: { text: "The name of the state the machine (or this branch / item processor) starts with. It must match a state in the States object beside it exactly, case included.", values: "a state name of this scope", cite: "seed L2532–L2534, asl-semantics.md §1.1" },
  States: { text: "The states of this machine, keyed by name. Names are unique in the whole definition, nested branches and processors included; list order has no effect on run order.", cite: "seed L2544–L2556, L2376, asl-semantics.md §1.2" },
  Comment: { text: "A human-readable description. It has no effect on the run.", values: "a string", cite: "seed L2528–L2530, L3192, asl-semantics.md §1.1" },
  Version: { text: "The version of the Amazon States Language the definition uses.", values: "a string", defaultValue: "\"1.0\"", cite: "seed L2540–L2542, asl-semantics.md §1.1" },
  QueryLanguage: {
    text: "The language of paths and expressions in the definition or the state. JSONPath is the language the developer guide describes; JSONata replaces the path fields with Arguments, Output, Assign and Condition.",
    values: "\"JSONPath\" or \"JSONata\"",
    defaultValue: "\"JSONPath\"",
    cite: "not in the guide; asl-semantics.md §0",
  },

  // Common state fields (asl-semantics.md §1.3, §5)
  Type: { text: "The kind of state. It decides which other fields the state accepts.", values: "Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map", cite: "seed L3192–L3221, asl-semantics.md §1.5" },
  Next: { text: "The name of the state to run after this one. A state has either Next or \"End\": true, never both; the target must be in the same scope (a state in a branch cannot leave it).", values: "a state name of this scope", cite: "seed L2409–L2410, L3206, L4606–L4609, asl-semantics.md §1.3" },
  End: { text: "Makes the state terminal: the execution (or branch, or iteration) ends when it finishes. Use it instead of Next.", values: "true", cite: "seed L2409–L2410, L3204–L3207, asl-semantics.md §1.3" },
  InputPath: { text: "Selects the part of the state input the state works on (the effective input). null gives the state an empty object {}.", values: PATH + ", or null", defaultValue: "\"$\" (the whole input)", cite: "seed L3213–L3216, L1443, asl-semantics.md §5.1" },
  OutputPath: { text: "Selects the part of the state's result document that is passed on as the state output. null passes an empty object {}.", values: PATH + ", or null", defaultValue: "\"$\" (the whole document)", cite: "seed L3218–L3221, L6317–L6326, asl-semantics.md §5.6" },
  Parameters: {
    text: "A payload template that builds the state's input (for a Task, the API parameters) from the effective input. Keys ending in .$ take a path or an intrinsic function; the .$ is dropped in the output.",
    values: "a JSON object (payload template)",
    cite: "seed L3243–L3246, L3451–L3454, L5884–L5886, asl-semantics.md §5.3",
  },
  Result: { text: "Fixed JSON a Pass state outputs as its result (the output of a \"virtual task\"), placed by ResultPath. Without it, a Pass state's result is its effective input.", values: "any JSON value", cite: "seed L3232–L3235, asl-semantics.md §2.1" },
  ResultSelector: { text: "A payload template applied to the raw result before ResultPath, to keep only what you need (for example drop service metadata). Paths in it read the result.", values: "a JSON object (payload template)", cite: "seed L6015–L6024, asl-semantics.md §5.4" },
  ResultPath: {
    text: "Where the result goes in the state's raw input: \"$\" replaces the input with the result, \"$.field\" adds or overwrites that field, null discards the result and passes the input through.",
    values: REFERENCE_PATH + ", or null",
    defaultValue: "\"$\"",
    cite: "seed L6095–L6110, L6133–L6186, asl-semantics.md §5.5",
  },
  Retry: { text: "Retriers tried in order when the state fails: the first whose ErrorEquals matches the error re-runs the state after a backoff delay, until its MaxAttempts are used up.", values: "an array of retriers { ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds, JitterStrategy }", cite: "seed L10793–L10851, asl-semantics.md §8.2" },
  Catch: { text: "Fallback states: when retries do not handle an error, the first catcher whose ErrorEquals matches sends control to its Next, with the error output placed by its ResultPath.", values: "an array of catchers { ErrorEquals, Next, ResultPath }", cite: "seed L10949–L10990, asl-semantics.md §8.4" },

  // Task (asl-semantics.md §2.2, §9)
  Resource: {
    text: "What the Task runs: an optimized service integration (arn:aws:states:::lambda:invoke), an AWS SDK call (arn:aws:states:::aws-sdk:s3:listBuckets), the HTTP Task, an activity ARN or a Lambda function ARN. A .sync or .waitForTaskToken suffix selects the integration pattern.",
    values: "an ARN string",
    cite: "seed L3315–L3420, L3447–L3449, asl-semantics.md §9.1",
  },
  Credentials: { text: "A role the execution role assumes before calling the Resource, for cross-account tasks.", values: "{ \"RoleArn\": \"arn:aws:iam::…:role/…\" } or { \"RoleArn.$\": path or intrinsic }", cite: "seed L3456–L3467, asl-semantics.md §2.2" },
  TimeoutSeconds: { text: "How long the Task may run before it fails with States.Timeout. Mutually exclusive with TimeoutSecondsPath.", values: "a positive integer", defaultValue: "99999999", cite: "seed L3488–L3499, asl-semantics.md §2.2" },
  TimeoutSecondsPath: { text: "Reads the Task's timeout from the effective input. Mutually exclusive with TimeoutSeconds.", values: REFERENCE_PATH + " to a positive integer", cite: "seed L3501–L3508, asl-semantics.md §2.2" },
  HeartbeatSeconds: { text: "The longest gap allowed between heartbeats (SendTaskHeartbeat) before the Task fails with States.HeartbeatTimeout. It must be smaller than TimeoutSeconds; set it for callback tasks.", values: "a positive integer", defaultValue: "99999999", cite: "seed L3510–L3519, L30115–L30133, asl-semantics.md §2.2" },
  HeartbeatSecondsPath: { text: "Reads the heartbeat interval from the effective input. Mutually exclusive with HeartbeatSeconds.", values: REFERENCE_PATH + " to a positive integer", cite: "seed L3521–L3528, asl-semantics.md §2.2" },

  // Choice (asl-semantics.md §2.3)
  Choices: { text: "The choice rules, checked in order: the first top-level rule that matches sends control to its Next. If none matches, Default is used; without Default the execution fails with States.NoChoiceMatched.", values: "a non-empty array of choice rules", cite: "seed L4119–L4127, L4219–L4220, L4373, asl-semantics.md §2.3" },
  Default: { text: "The state to go to when no choice rule matches. Optional, but without it an unmatched input fails the execution with States.NoChoiceMatched.", values: "a state name of this scope", cite: "seed L4129–L4131, L4373–L4374, asl-semantics.md §2.3" },
  Variable: { text: "The value a comparison reads from the Choice state's effective input (or, with $$., from the context object).", values: REFERENCE_PATH, cite: "seed L4146–L4150, L7680, asl-semantics.md §2.3" },
  And: { text: "Matches when every rule in the array matches. Nested rules have no Next.", values: "a non-empty array of choice rules", cite: "seed L4222–L4226, L4292–L4295, asl-semantics.md §2.3" },
  Or: { text: "Matches when at least one rule in the array matches. Nested rules have no Next.", values: "a non-empty array of choice rules", cite: "seed L4222–L4226, L4292–L4295, asl-semantics.md §2.3" },
  Not: { text: "Matches when the rule inside does not. The nested rule has no Next.", values: "one choice rule", cite: "seed L4222–L4226, L4292–L4295, asl-semantics.md §2.3" },
  Condition: { text: "JSONata only: a {% … %} boolean expression (or true/false) that decides whether the rule matches.", values: "a JSONata expression or a boolean", cite: "not in the guide; asl-semantics.md §0" },

  // Wait (asl-semantics.md §2.4)
  Seconds: { text: "Waits this many seconds. A Wait has exactly one of Seconds, Timestamp, SecondsPath and TimestampPath; the longest wait is 1 year (Standard) or 5 minutes (Express).", values: "an integer from 0 to 99999999", cite: "seed L4383–L4386, L4412–L4414, asl-semantics.md §2.4" },
  Timestamp: { text: "Waits until this time. Milliseconds are ignored; a time in the past continues at once.", values: "an RFC 3339 timestamp with uppercase T and Z, e.g. \"2024-08-18T17:33:00Z\"", cite: "seed L4388–L4398, asl-semantics.md §2.4" },
  SecondsPath: { text: "Reads the number of seconds to wait from the effective input.", values: REFERENCE_PATH + " to an integer", cite: "seed L4400–L4404, asl-semantics.md §2.4" },
  TimestampPath: { text: "Reads the time to wait until from the effective input.", values: REFERENCE_PATH + " to a timestamp string", cite: "seed L4406–L4409, asl-semantics.md §2.4" },

  // Fail (asl-semantics.md §2.6)
  Error: { text: "The error name the Fail state raises, matched by Retry and Catch of enclosing Parallel and Map states. Names starting with States. are reserved.", values: "a string; mutually exclusive with ErrorPath", cite: "seed L4485–L4487, L10779, asl-semantics.md §2.6" },
  ErrorPath: { text: "Reads the error name from the state input, or builds it with an intrinsic function that returns a string (States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, States.Hash, States.UUID).", values: REFERENCE_PATH + " or an intrinsic call", cite: "seed L4489–L4496, asl-semantics.md §2.6" },
  Cause: { text: "A human-readable description of the failure.", values: "a string; mutually exclusive with CausePath", cite: "seed L4465–L4467, asl-semantics.md §2.6" },
  CausePath: { text: "Reads the cause from the state input, or builds it with a string-returning intrinsic function (the same ones as ErrorPath).", values: REFERENCE_PATH + " or an intrinsic call", cite: "seed L4469–L4476, asl-semantics.md §2.6" },

  // Parallel (asl-semantics.md §2.7)
  Branches: { text: "The branches run at the same time, each a machine with StartAt and States that gets its own copy of the effective input. The result is an array of the branch outputs in branch order; if one branch fails, the others are stopped.", values: "a non-empty array of { StartAt, States }", cite: "seed L4540–L4566, L4611–L4614, L4660–L4664, asl-semantics.md §2.7" },

  // Map (asl-semantics.md §2.8, §2.9)
  ItemProcessor: { text: "The machine that runs once per item: StartAt and States, plus ProcessorConfig to choose inline or distributed processing.", values: "{ ProcessorConfig?, StartAt, States }", cite: "seed L4870–L4887, asl-semantics.md §2.8" },
  Iterator: { text: "Deprecated name of ItemProcessor (without ProcessorConfig). Use ItemProcessor.", values: "{ StartAt, States }", cite: "seed L4893–L4896, asl-semantics.md §2.8" },
  ItemsPath: { text: "Selects the array to iterate over in the effective input. In a distributed Map it is allowed only without ItemReader.", values: REFERENCE_PATH + " to an array", defaultValue: "\"$\"", cite: "seed L4898–L4901, L5333–L5338, asl-semantics.md §2.8" },
  ItemSelector: { text: "A payload template that replaces each item before its iteration gets it. It can read the Map's effective input and $$.Map.Item.Value / $$.Map.Item.Index.", values: "a JSON object (payload template)", cite: "seed L4903–L4918, L7175–L7232, asl-semantics.md §2.8" },
  MaxConcurrency: { text: "The most iterations that run at the same time; 0 means no limit and 1 runs the items one by one in order.", values: "a non-negative integer", defaultValue: "0 (no limit; inline Maps run about 40 at once)", cite: "seed L4920–L4934, asl-semantics.md §2.8" },
  MaxConcurrencyPath: { text: "Reads MaxConcurrency from the effective input. Mutually exclusive with MaxConcurrency.", values: REFERENCE_PATH + " to a non-negative integer", cite: "seed L4936–L4943, asl-semantics.md §2.8" },
  ItemReader: { text: "Distributed Map only: reads the items from Amazon S3 (a JSON, CSV or JSONL file, an inventory manifest, or an object listing) instead of the state input.", values: "{ Resource, Parameters, ReaderConfig }", cite: "seed L5327–L5331, L6563–L7005, asl-semantics.md §2.9.3" },
  ItemBatcher: { text: "Distributed Map only: groups items into batches so each child execution gets { BatchInput, Items }. Give at least one of the limits.", values: "{ MaxItemsPerBatch, MaxInputBytesPerBatch, BatchInput } (or their …Path forms)", cite: "seed L5348–L5351, L7235–L7430, asl-semantics.md §2.9.6" },
  ResultWriter: { text: "Distributed Map only: writes the child results to Amazon S3; the Map's result is then the MapRunArn and the manifest location instead of the array of outputs.", values: "{ Resource: \"arn:aws:states:::s3:putObject\", Parameters: { Bucket, Prefix } }", cite: "seed L5420–L5431, L7431–L7530, asl-semantics.md §2.9.9" },
  ToleratedFailurePercentage: { text: "Distributed Map only: the share of failed or timed-out items the Map Run tolerates before it fails with States.ExceedToleratedFailureThreshold.", values: "a number from 0 to 100", defaultValue: "0 (any failure fails the Map Run)", cite: "seed L5371–L5376, L5515, asl-semantics.md §2.9.7" },
  ToleratedFailurePercentagePath: { text: "Distributed Map only: reads the tolerated failure percentage from the effective input.", values: REFERENCE_PATH + " to a number from 0 to 100", cite: "seed L5377–L5381, asl-semantics.md §2.9.7" },
  ToleratedFailureCount: { text: "Distributed Map only: the number of failed or timed-out items the Map Run tolerates before it fails with States.ExceedToleratedFailureThreshold.", values: "a non-negative integer", defaultValue: "0", cite: "seed L5383–L5391, asl-semantics.md §2.9.7" },
  ToleratedFailureCountPath: { text: "Distributed Map only: reads the tolerated failure count from the effective input.", values: REFERENCE_PATH + " to a non-negative integer", cite: "seed L5383–L5391, asl-semantics.md §2.9.7" },
  Label: { text: "Distributed Map only: names the Map in its Map Run ARN. Unique in the definition, at most 40 characters, no whitespace or special characters.", values: "a string of up to 40 characters", cite: "seed L5393–L5412, asl-semantics.md §2.9.8" },
  ProcessorConfig: { text: "How the Map processes items: Mode INLINE (iterations inside this execution, at most 40 at once) or DISTRIBUTED (each iteration a child execution, up to 10,000 at once).", values: "{ Mode, ExecutionType }", cite: "seed L4697–L4718, L5303–L5318, asl-semantics.md §2.9.1" },
  Mode: { text: "INLINE runs the iterations inside the parent execution (input must be a JSON array); DISTRIBUTED runs each as a child workflow execution (not allowed in Express workflows).", values: "\"INLINE\" or \"DISTRIBUTED\"", defaultValue: "\"INLINE\"", cite: "seed L4697–L4716, L5306–L5313, asl-semantics.md §2.8, §2.9.1" },
  ExecutionType: { text: "The workflow type of the child executions of a distributed Map; required when Mode is DISTRIBUTED.", values: "\"STANDARD\" or \"EXPRESS\"", cite: "seed L5315–L5318, asl-semantics.md §2.9.1" },
  ReaderConfig: { text: "How ItemReader reads the S3 object: its format, CSV headers and an item limit.", values: "{ InputType, CSVHeaderLocation, CSVHeaders, MaxItems }", cite: "seed L6605–L6668, asl-semantics.md §2.9.3" },
  InputType: { text: "The format of the S3 object ItemReader reads; an object listing (s3:listObjectsV2) needs none.", values: "\"CSV\", \"JSON\", \"JSONL\", \"MANIFEST\" or \"PARQUET\"", cite: "seed L6605–L6608, L6836–L6846, asl-semantics.md §2.9.3" },
  CSVHeaderLocation: { text: "Where the column names of a CSV file come from: its first row, or CSVHeaders. Required for CSV.", values: "\"FIRST_ROW\" or \"GIVEN\"", cite: "seed L6610–L6647, asl-semantics.md §2.9.3" },
  CSVHeaders: { text: "The column names of a CSV file when CSVHeaderLocation is GIVEN.", values: "an array of strings", cite: "seed L6631–L6643, asl-semantics.md §2.9.3" },
  CSVDelimiter: { text: "The field separator of the CSV file (newer than the guide; AWS accepts it).", values: "a string such as \"COMMA\", \"PIPE\", \"SEMICOLON\", \"SPACE\" or \"TAB\"", cite: "not in the guide" },
  MaxItems: { text: "Reads at most this many items (counted after the header row).", values: "an integer from 1 to 100,000,000", defaultValue: "all items", cite: "seed L6649–L6668, asl-semantics.md §2.9.3" },
  MaxItemsPath: { text: "Reads MaxItems from the state input. Mutually exclusive with MaxItems.", values: REFERENCE_PATH + " to a positive integer", cite: "seed L6664–L6668, asl-semantics.md §2.9.3" },
  MaxItemsPerBatch: { text: "The most items in one batch.", values: "a positive integer", cite: "seed L7319–L7358, asl-semantics.md §2.9.6" },
  MaxItemsPerBatchPath: { text: "Reads MaxItemsPerBatch from the state input. Mutually exclusive with MaxItemsPerBatch.", values: REFERENCE_PATH + " to a positive integer", cite: "seed L7319–L7358, asl-semantics.md §2.9.6" },
  MaxInputBytesPerBatch: { text: "The largest batch in bytes; items are added while they fit.", values: "an integer up to 262144 (256 KB)", cite: "seed L7362–L7400, asl-semantics.md §2.9.6" },
  MaxInputBytesPerBatchPath: { text: "Reads MaxInputBytesPerBatch from the state input. Mutually exclusive with MaxInputBytesPerBatch.", values: REFERENCE_PATH + " to a positive integer", cite: "seed L7362–L7400, asl-semantics.md §2.9.6" },
  BatchInput: { text: "Fixed JSON added to every batch as BatchInput; .$ keys read the Map's input.", values: "a JSON object (payload template)", cite: "seed L7402–L7430, asl-semantics.md §2.9.6" },
  WriterConfig: { text: "How ResultWriter formats the results it writes (newer than the guide; AWS accepts it).", values: "{ OutputType, Transformation }", cite: "not in the guide" },
  RoleArn: { text: "The IAM role the execution role assumes before running the Task.", values: "an IAM role ARN", cite: "seed L3456–L3467, asl-semantics.md §2.2" },
  "RoleArn.$": { text: "Reads the role to assume from the state input, or builds it with an intrinsic function.", values: PATH + " or an intrinsic call", cite: "seed L3456–L3467, asl-semantics.md §2.2" },

  // Retriers (asl-semantics.md §8.2) and catchers (§8.4)
  ErrorEquals: { text: "The error names this retrier or catcher handles. States.ALL matches any error (alone, and only in the last retrier or catcher); States.TaskFailed matches any error except States.Timeout.", values: "a non-empty array of error names", cite: "seed L10810–L10813, L10900–L10903, asl-semantics.md §8.1–§8.3" },
  IntervalSeconds: { text: "Seconds before the first retry.", values: "an integer from 1 to 99999999", defaultValue: "1", cite: "seed L10815–L10818, asl-semantics.md §8.2" },
  MaxAttempts: { text: "The most retries for these errors; 0 never retries them. When used up, the retrier stops retrying (later retriers are not tried) and Catch takes over.", values: "an integer from 0 to 99999999", defaultValue: "3", cite: "seed L10819–L10822, L10900–L10944, asl-semantics.md §8.2" },
  BackoffRate: { text: "The multiplier applied to the retry interval after each attempt: delay n = IntervalSeconds × BackoffRate^(n−1).", values: "a number ≥ 1.0", defaultValue: "2.0", cite: "seed L10824–L10831, asl-semantics.md §8.2" },
  MaxDelaySeconds: { text: "Caps the delay between retries that BackoffRate grows.", values: "an integer from 1 to 31622400", defaultValue: "no cap", cite: "seed L10833–L10839, asl-semantics.md §8.2" },
  JitterStrategy: { text: "FULL waits a random time between 0 and the computed delay, spreading out retries of many executions; NONE waits exactly the delay.", values: "\"FULL\" or \"NONE\"", defaultValue: "\"NONE\"", cite: "seed L10841–L10851, asl-semantics.md §8.2" },

  // JSONata-era fields (not in the guide)
  Arguments: { text: "JSONata only: the Task's (or Parallel's) arguments, replacing InputPath and Parameters.", values: "JSON, with {% … %} expressions", cite: "not in the guide; asl-semantics.md §0" },
  Output: { text: "JSONata only: the state's output, replacing ResultSelector, ResultPath and OutputPath.", values: "JSON, with {% … %} expressions", cite: "not in the guide; asl-semantics.md §0" },
  Assign: { text: "Workflow variables to set when the state completes, in JSONPath and JSONata states alike. Later states read them as $name; values are computed from the state's input and result, with the variables as they were on entry.", values: "an object of variable names", cite: "not in the guide; asl-semantics.md §0" },
  Items: { text: "JSONata only: the array a Map iterates over, replacing ItemsPath.", values: "an array or a {% … %} expression", cite: "not in the guide; asl-semantics.md §0" },
};

/** Field docs that depend on where the field is written. */
export const FIELD_DOC_OVERRIDES: Readonly<Partial<Record<DocPlace, Readonly<Record<string, FieldDoc>>>>> = {
  Machine: {
    TimeoutSeconds: { text: "The longest an execution may run; when exceeded it fails with States.Timeout. A redrive resets the timer.", values: "a positive integer", defaultValue: "none (1 year for Standard, 5 minutes for Express)", cite: "seed L2535–L2538, L10068, asl-semantics.md §1.1" },
    StartAt: { text: "The name of the state the execution starts with. It must match a top-level state exactly, case included.", values: "a top-level state name", cite: "seed L2532–L2534, L5587–L5589, asl-semantics.md §1.1" },
  },
  Branch: {
    StartAt: { text: "The state this branch starts with. It must be one of the branch's own states; a branch cannot reach states outside it.", values: "a state name of this branch", cite: "seed L4540–L4543, L4606–L4609, asl-semantics.md §1.4" },
  },
  ItemProcessor: {
    StartAt: { text: "The state each iteration starts with. It must be one of the processor's own states.", values: "a state name of this item processor", cite: "seed L4876–L4891, asl-semantics.md §1.4" },
  },
  Catcher: {
    Next: { text: "The state to go to when this catcher handles the error. It must be in the same scope as the state.", values: "a state name of this scope", cite: "seed L10958–L10960, asl-semantics.md §8.4" },
    ResultPath: { text: "Where the error output { Error, Cause } goes in the state's raw input: \"$\" replaces the input, \"$.error\" adds it beside the input, null passes the input through unchanged.", values: REFERENCE_PATH + ", or null", defaultValue: "\"$\"", cite: "seed L10962–L10964, L10990–L11006, asl-semantics.md §8.4" },
    ErrorEquals: { text: "The error names this catcher handles, tried after the retriers. States.ALL (alone, in the last catcher) catches any error except States.Runtime and States.DataLimitExceeded.", values: "a non-empty array of error names", cite: "seed L10954–L10956, L10970–L10972, asl-semantics.md §8.3–§8.4" },
  },
  Retrier: {
    ErrorEquals: { text: "The error names this retrier handles; the first retrier whose list matches is used. States.ALL (alone, in the last retrier) matches any retryable error.", values: "a non-empty array of error names", cite: "seed L10810–L10813, L10900–L10903, asl-semantics.md §8.2–§8.3" },
  },
  ChoiceRule: {
    Next: { text: "The state to go to when this rule matches. Only top-level rules have Next; rules nested in And, Or or Not must not.", values: "a state name of this scope", cite: "seed L4144, L4292–L4295, asl-semantics.md §2.3" },
    Output: { text: "JSONata only: the Choice's output when this rule matches.", values: "JSON, with {% … %} expressions", cite: "not in the guide" },
    Assign: { text: "Variables to set when this rule matches (the Choice's own Assign applies only when Default is taken).", values: "an object of variable names", cite: "not in the guide" },
  },
  ItemReader: {
    Resource: { text: "The S3 API ItemReader calls: s3:getObject reads one object (JSON, CSV, JSONL or an inventory manifest), s3:listObjectsV2 lists the objects under a prefix.", values: "\"arn:aws:states:::s3:getObject\" or \"arn:aws:states:::s3:listObjectsV2\"", cite: "seed L6670–L6673, L6766–L6773, asl-semantics.md §2.9.3" },
    Parameters: { text: "Bucket plus Key (getObject) or Prefix (listObjectsV2). The bucket must be in the same account and Region.", values: "{ Bucket, Key } or { Bucket, Prefix }", cite: "seed L6675–L6681, asl-semantics.md §2.9.3" },
  },
  ResultWriter: {
    Resource: { text: "Where ResultWriter writes: always arn:aws:states:::s3:putObject.", values: "\"arn:aws:states:::s3:putObject\"", cite: "seed L5420–L5431, asl-semantics.md §2.9.9" },
    Parameters: { text: "The bucket and key prefix of the result files (manifest.json, SUCCEEDED_n.json, FAILED_n.json, PENDING_n.json). Same account and Region as the state machine.", values: "{ Bucket, Prefix }", cite: "seed L7437–L7503, asl-semantics.md §2.9.9" },
  },
  Map: {
    Parameters: { text: "Deprecated name of ItemSelector: it builds each item's input, not the Map's input. Use ItemSelector.", values: "a JSON object (payload template)", cite: "seed L4917–L4918, L4988–L4994, asl-semantics.md §2.8" },
    ResultPath: { text: "Where the array of iteration outputs (or the ResultWriter summary) goes in the state's raw input.", values: REFERENCE_PATH + ", or null", defaultValue: "\"$\"", cite: "seed L4945–L4959, L6095–L6110, asl-semantics.md §2.8" },
    Retry: { text: "Retriers for the Map: a retry re-runs all iterations, not only the failed ones (a distributed Map starts a new Map Run).", values: "an array of retriers", cite: "seed L4961–L4970, L5448–L5460, asl-semantics.md §2.8" },
  },
  Parallel: {
    Parameters: { text: "A payload template that builds the input every branch receives.", values: "a JSON object (payload template)", cite: "seed L11984–L11987, asl-semantics.md §2.7" },
    ResultPath: { text: "Where the array of branch outputs goes in the state's raw input.", values: REFERENCE_PATH + ", or null", defaultValue: "\"$\"", cite: "seed L4545–L4553, L6095–L6110, asl-semantics.md §2.7" },
    Retry: { text: "Retriers for the Parallel: a retry re-runs all branches.", values: "an array of retriers", cite: "seed L4554–L4562, L4963–L4970, asl-semantics.md §2.7" },
  },
  Pass: {
    ResultPath: { text: "Where Result (or, without it, the effective input) goes in the state's raw input: \"$\" replaces the input, \"$.field\" adds the field, null passes the input through.", values: REFERENCE_PATH + ", or null", defaultValue: "\"$\"", cite: "seed L3237–L3241, asl-semantics.md §2.1" },
    Parameters: { text: "Builds the effective input from the state input; without Result it becomes the Pass state's result.", values: "a JSON object (payload template)", cite: "seed L3243–L3246, L19967–L19992, asl-semantics.md §2.1" },
  },
  Succeed: {
    InputPath: { text: "Accepted by the service, but the guide says Succeed has no input/output fields (the validator warns).", values: PATH + ", or null", cite: "seed L6341, asl-semantics.md §1.5" },
    OutputPath: { text: "Accepted by the service, but the guide says Succeed has no input/output fields (the validator warns).", values: PATH + ", or null", cite: "seed L6341, asl-semantics.md §1.5" },
  },
};

export function fieldDoc(field: string, place?: DocPlace): FieldDoc | undefined {
  const override = place ? FIELD_DOC_OVERRIDES[place]?.[field] : undefined;
  if (override) return override;
  if (Object.prototype.hasOwnProperty.call(FIELD_DOCS, field)) return FIELD_DOCS[field];
  return choiceOperatorDoc(field);
}

/** Choice comparison operators, documented by family (asl-semantics.md §2.3, seed L4222–L4266). */
export function choiceOperatorDoc(operator: string): FieldDoc | undefined {
  const cite = "seed L4222–L4291, asl-semantics.md §2.3";
  if ((CHOICE_TYPE_TEST_OPERATORS as readonly string[]).includes(operator)) {
    const what = operator === "IsNull" ? "is JSON null" : operator === "IsPresent" ? "exists in the input (test it before reading a field that may be missing)" : `is a ${operator.slice(2).toLowerCase()}`;
    return { text: `Type test: true matches when the Variable ${what}; false matches the opposite.`, values: "true or false", cite: "seed L4175–L4196, L4222–L4266, asl-semantics.md §2.3" };
  }
  const isPath = (CHOICE_PATH_OPERATORS as readonly string[]).includes(operator);
  if (!isPath && !(CHOICE_LITERAL_OPERATORS as readonly string[]).includes(operator)) return undefined;
  const base = isPath ? operator.slice(0, -"Path".length) : operator;
  const family = base.startsWith("String") ? "string" : base.startsWith("Numeric") ? "number" : base.startsWith("Boolean") ? "boolean" : "timestamp";
  const relation = base.replace(/^(String|Numeric|Boolean|Timestamp)/, "");
  const words: Record<string, string> = {
    Equals: "equals",
    LessThan: "is less than",
    GreaterThan: "is greater than",
    LessThanEquals: "is less than or equal to",
    GreaterThanEquals: "is greater than or equal to",
    Matches: "matches the pattern (each * matches any characters; \\\\* is a literal star)",
  };
  const other = isPath ? "the value at this reference path (compares two input values)" : `this ${family}`;
  const order = family === "string" && relation !== "Equals" && relation !== "Matches" ? " Strings compare by UTF-16 code unit, like Java's compareTo." : "";
  const types = family === "timestamp" ? " Timestamps are RFC 3339 with uppercase T and Z." : family === "number" ? " There is no coercion: a string never matches." : "";
  return {
    text: `Matches when the Variable is a ${family} that ${words[relation] ?? relation} ${other}.${order}${types}`,
    values: isPath ? REFERENCE_PATH : family === "boolean" ? "true or false" : family === "number" ? "a number" : family === "timestamp" ? "a timestamp string" : "a string",
    cite,
  };
}

export interface StateTypeDoc {
  text: string;
  cite: string;
}

export const STATE_TYPE_DOCS: Readonly<Record<StateType, StateTypeDoc>> = {
  Task: { text: "Does one unit of work: calls an AWS service (optimized or SDK integration), an HTTP endpoint, a Lambda function or an activity named by Resource.", cite: "seed L3281–L3655, asl-semantics.md §2.2" },
  Pass: { text: "Passes its input to its output, optionally injecting fixed data (Result) or reshaping it; does no work.", cite: "seed L3223–L3279, asl-semantics.md §2.1" },
  Choice: { text: "Branches: its rules, checked in order, pick the next state; Default is used when none matches.", cite: "seed L4114–L4375, asl-semantics.md §2.3" },
  Wait: { text: "Pauses for a number of seconds or until a timestamp (exactly one of Seconds, Timestamp, SecondsPath, TimestampPath).", cite: "seed L4376–L4444, asl-semantics.md §2.4" },
  Succeed: { text: "Ends the execution (or branch, or iteration) successfully. Terminal: no Next or End.", cite: "seed L4446–L4456, asl-semantics.md §2.5" },
  Fail: { text: "Ends the execution as failed with an Error and a Cause, unless an enclosing Parallel or Map catches it. Terminal: no Next or End.", cite: "seed L4458–L4532, asl-semantics.md §2.6" },
  Parallel: { text: "Runs its Branches at the same time and outputs an array with each branch's output, in branch order.", cite: "seed L4534–L4703, asl-semantics.md §2.7" },
  Map: { text: "Runs the ItemProcessor once per item of an array (inline) or of an S3 data set (distributed) and outputs an array of the results, in item order.", cite: "seed L4679–L5587, asl-semantics.md §2.8–§2.9" },
};

/**
 * Help for what the inspector edits that is not an ASL field of its own: a state's name (its key
 * in States) and the S3 location inside ItemReader's and ResultWriter's Parameters. Kept apart
 * from FIELD_DOCS so Code mode never offers them as fields.
 */
export const STATE_NAME_HELP = "state name";
export const OPERATOR_HELP = "comparison operator";

const INSPECTOR_CONCEPTS: Readonly<Record<string, FieldDoc>> = {
  [STATE_NAME_HELP]: {
    text: "The state's key in States: StartAt, Next, Default, Choice rules and catchers refer to the state by it, exactly, case included. It must be unique in the whole definition, nested branches and item processors included.",
    values: "a string of at most 80 characters (the limit is the ASL spec's, not the guide's)",
    cite: "seed L2376–L2377, L2534, asl-semantics.md §1.2",
  },
  [OPERATOR_HELP]: {
    text: "How the rule compares the Variable: with a string, number, boolean or timestamp (each operator checks the type too, so a string never equals a number), with another input value (the …Path operators), or by testing its type or presence (Is…).",
    values: "one operator per comparison",
    cite: "seed L4222–L4291, asl-semantics.md §2.3",
  },
};

const S3_LOCATION_DOCS: Readonly<Partial<Record<DocPlace, Readonly<Record<string, FieldDoc>>>>> = {
  ItemReader: {
    Bucket: { text: "The S3 bucket ItemReader reads from. It must be in the same account and Region as the state machine.", values: "a bucket name", cite: "seed L6675–L6681, asl-semantics.md §2.9.3" },
    Key: { text: "The object s3:getObject reads: a JSON array, a CSV file or an inventory manifest.", values: "an object key", cite: "seed L6675–L6681, L6797–L6870, asl-semantics.md §2.9.3" },
    Prefix: { text: "s3:listObjectsV2 lists the objects under this prefix; each object ({Etag, Key, LastModified, Size, StorageClass}) is one item.", values: "a key prefix", cite: "seed L6750–L6795, asl-semantics.md §2.9.3" },
  },
  ResultWriter: {
    Bucket: { text: "The S3 bucket the child results are written to. Another account or Region fails the Map with States.ResultWriterFailed.", values: "a bucket name", cite: "seed L7437–L7439, asl-semantics.md §2.9.9" },
    Prefix: { text: "The key prefix of the result files: manifest.json and SUCCEEDED_n.json, FAILED_n.json, PENDING_n.json, each split at 5 GB.", values: "a key prefix", cite: "seed L7482–L7503, asl-semantics.md §2.9.9" },
  },
};

/** The inspector's ⓘ: the ASL field's doc where it is written, else the inspector's own help. */
export function helpDoc(field: string, place?: DocPlace): FieldDoc | undefined {
  const own = (table: Readonly<Record<string, FieldDoc>> | undefined) => (table && Object.prototype.hasOwnProperty.call(table, field) ? table[field] : undefined);
  // A state type's summary explains a choice between its fields (how a Wait waits).
  const stateType = (STATE_TYPES as readonly string[]).includes(field) ? STATE_TYPE_DOCS[field as StateType] : undefined;
  return own(INSPECTOR_CONCEPTS) ?? fieldDoc(field, place) ?? own(place ? S3_LOCATION_DOCS[place] : undefined) ?? stateType;
}

/** Markdown for a field's hover. */
export function renderFieldDoc(field: string, doc: FieldDoc, where?: string): string {
  const lines = [`**${field}**${where ? ` · ${where}` : ""}`, "", doc.text];
  const facts: string[] = [];
  if (doc.values) facts.push(`Values: ${doc.values}.`);
  if (doc.defaultValue) facts.push(`Default: ${doc.defaultValue}.`);
  if (facts.length > 0) lines.push("", facts.join(" "));
  lines.push("", `*${doc.cite.startsWith("seed") ? `Developer guide ${doc.cite}` : doc.cite}*`);
  return lines.join("\n");
}
