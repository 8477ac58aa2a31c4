/**
 * Every diagnostic code the validator (and the parser in front of it) can produce, with its
 * default severity and a one-line description. Codes are stable: messages may change, codes may
 * not. Seed lines cite ../shared/seeds/step-functions-developer-guide.zh.txt.
 */
import type { Severity } from "../diagnostics";

export interface CodeInfo {
  severity: Severity;
  description: string;
}

export const CODES = {
  // Text (reported by src/asl/parse, listed here so that every code lives in one table)
  SYNTAX_ERROR: { severity: "error", description: "The text is not valid JSON or YAML." },
  DUPLICATE_KEY: { severity: "warning", description: "A key appears twice in one object; the last value wins." },
  NESTING_TOO_DEEP: { severity: "error", description: "Objects, arrays or states nest deeper than the validator follows." },
  UNSUPPORTED_YAML: { severity: "error", description: "A YAML feature with no JSON equivalent (anchors to maps as keys, tags)." },
  EMPTY_DOCUMENT: { severity: "error", description: "The document is empty." },

  // Structure (the JSON Schema, schema/)
  SCHEMA_TYPE: { severity: "error", description: "A field has the wrong JSON type (string, number, object, …)." },
  SCHEMA_REQUIRED: { severity: "error", description: "A required field is missing." },
  SCHEMA_ENUM: { severity: "error", description: "A field's value is not one of the values the language allows." },
  SCHEMA_RANGE: { severity: "error", description: "A number is outside its allowed range, or a string is too long." },
  SCHEMA_EMPTY: { severity: "error", description: "An array or object that must have entries is empty." },
  INVALID_STATE_TYPE: { severity: "error", description: "Type is missing or is not one of the eight state types (seed L3192)." },

  // Fields
  FIELD_NOT_ALLOWED: { severity: "error", description: "The field is not allowed here (unknown, or not for this state type; seed L3192–L5465)." },
  FIELD_DISCOURAGED: { severity: "warning", description: "The service accepts the field but the guide says it is not supported here." },
  MUTUALLY_EXCLUSIVE_FIELDS: { severity: "error", description: "Two fields that exclude each other are both set (e.g. TimeoutSeconds and TimeoutSecondsPath)." },

  // Transitions and the state graph
  MISSING_NEXT_OR_END: { severity: "error", description: "A Pass, Task, Wait, Parallel or Map state has neither Next nor End (seed L2409)." },
  NEXT_AND_END: { severity: "error", description: "A state has both Next and End (seed L3206)." },
  END_NOT_TRUE: { severity: "error", description: "End is present but not true." },
  UNKNOWN_STATE_REF: { severity: "error", description: "StartAt, Next, Default or a catcher's Next names no state of its scope (seed L2532, L4606)." },
  DUPLICATE_STATE_NAME: { severity: "error", description: "Two states share a name; names are unique in the whole machine (seed L2376)." },
  STATE_NAME_TOO_LONG: { severity: "error", description: "A state name is longer than 80 characters (ASL spec; the guide is silent)." },
  UNREACHABLE_STATE: { severity: "warning", description: "No transition leads to the state from its scope's StartAt." },
  NO_TERMINAL_STATE: { severity: "error", description: "From StartAt no terminal state (Succeed, Fail, End: true) can be reached." },

  // Task
  INVALID_RESOURCE_ARN: { severity: "error", description: "A Resource is not one of the ARN forms of seed L3315–L3420." },
  UNKNOWN_INTEGRATION: { severity: "error", description: "An optimized integration Resource names a service or API action the guide does not list (seed L21644–L21708 and the service sections)." },
  UNSUPPORTED_INTEGRATION_PATTERN: { severity: "error", description: "The integration does not support the Resource's pattern (.sync, .sync:2, .waitForTaskToken) (seed L21644–L21708 and the service sections)." },
  UNKNOWN_SDK_SERVICE: { severity: "warning", description: "An AWS SDK integration names a service id that is not in the guide's table of SDK integrations (seed L21852–L24806)." },
  RESOURCE_PLACEHOLDER: { severity: "info", description: "A Resource holds a ${…} substitution that is resolved at deploy time." },
  SUSPICIOUS_ACCOUNT_ID: { severity: "warning", description: "The account id in an ARN is not 12 digits." },
  HEARTBEAT_NOT_LESS_THAN_TIMEOUT: { severity: "error", description: "HeartbeatSeconds must be smaller than TimeoutSeconds (seed L3513)." },

  // Retry / Catch
  STATES_ALL_NOT_ALONE: { severity: "error", description: "States.ALL shares its ErrorEquals array with other names (seed L10900, L10970)." },
  STATES_ALL_NOT_LAST: { severity: "error", description: "States.ALL is used in a retrier or catcher that is not the last one (seed L10900, L10970)." },
  UNCATCHABLE_ERROR: { severity: "warning", description: "States.Runtime and States.DataLimitExceeded are never retried or caught (seed L10714, L10762)." },
  UNKNOWN_STATES_ERROR: { severity: "warning", description: "An error name starts with States. but is not one of the predefined ones (seed L10687–L10777)." },
  RESERVED_ERROR_NAME: { severity: "warning", description: "A Fail state's Error starts with States., which is reserved (seed L10779)." },

  // Choice
  CHOICE_OPERATOR_COUNT: { severity: "error", description: "A choice rule needs exactly one comparison operator, or And/Or/Not (seed L4144–L4150)." },
  CHOICE_MISSING_VARIABLE: { severity: "error", description: "A comparison needs a Variable (seed L4146)." },
  CHOICE_RULE_MISSING_NEXT: { severity: "error", description: "A top-level choice rule needs Next (seed L4144)." },
  CHOICE_NESTED_NEXT: { severity: "error", description: "A rule nested in And/Or/Not must not have Next (seed L4292–L4295)." },
  CHOICE_OPERAND_TYPE: { severity: "error", description: "The operand's type does not match the operator (seed L4222–L4276)." },
  INVALID_TIMESTAMP: { severity: "error", description: "A timestamp is not RFC 3339 with uppercase T and Z (seed L4284–L4289, L4388)." },

  // Wait
  WAIT_DURATION_REQUIRED: { severity: "error", description: "A Wait needs one of Seconds, Timestamp, SecondsPath, TimestampPath (seed L4412)." },

  // Paths, templates, intrinsics
  INVALID_PATH: { severity: "error", description: "A path is not valid JSONPath, or is not allowed in this field (seed L5781–L5855)." },
  INVALID_REFERENCE_PATH: { severity: "error", description: "A field that needs a reference path (one node) holds a path that can select several (seed L5826–L5838, L6109)." },
  TEMPLATE_VALUE_NOT_STRING: { severity: "error", description: "A key ending in .$ must hold a string: a path or an intrinsic call (seed L2619, L5960)." },
  TEMPLATE_KEY_MISSING_SUFFIX: { severity: "warning", description: "A value looks like a path but its key does not end in .$, so it is passed as text (seed L48328)." },
  INVALID_INTRINSIC: { severity: "error", description: "An intrinsic function call has a syntax error (seed L3162–L3190)." },
  UNKNOWN_INTRINSIC: { severity: "error", description: "No intrinsic function has this name (seed L2599–L3132)." },
  INTRINSIC_ARITY: { severity: "error", description: "An intrinsic function gets too few or too many arguments (seed L2687–L3160)." },
  INTRINSIC_ARGUMENT: { severity: "error", description: "A literal argument of an intrinsic function has a value the function rejects." },
  TOO_MANY_INTRINSIC_CALLS: { severity: "error", description: "More than 10 intrinsic calls in one field (seed L2622)." },
  INTRINSIC_NOT_ALLOWED: { severity: "error", description: "Intrinsic functions (or this one) are not supported in this field (seed L2636–L2681, L4474)." },

  // Map
  MAP_PROCESSOR_REQUIRED: { severity: "error", description: "A Map needs ItemProcessor (or the deprecated Iterator) (seed L4870)." },
  DISTRIBUTED_MAP_CONFIG: { severity: "error", description: "A distributed Map's configuration is incomplete or inconsistent (seed L5315, L6610–L6647, L7316)." },
  MAP_ITEM_CONTEXT_MISPLACED: { severity: "warning", description: "The Map item ($$.Map.Item, $states.context.Map.Item) is read outside a Map state's ItemSelector, where it holds nothing (seed L7840–L7845)." },
  INVALID_MAP_LABEL: { severity: "error", description: "A Map Label is too long, has a forbidden character, or repeats (seed L5393–L5412)." },

  // Query languages, JSONata and variables (issue 9; "Transforming data with JSONata in Step Functions", "Passing data between states with variables")
  QUERY_LANGUAGE_CONFLICT: { severity: "error", description: "A JSONPath state inside a JSONata state machine, branch or Map: a state may switch to JSONata, not back." },
  JSONATA_SYNTAX_ERROR: { severity: "error", description: "A {% … %} JSONata expression does not parse." },
  JSONATA_NOT_AN_EXPRESSION: { severity: "warning", description: "A string holds {% and %} but is not one whole expression (blanks or text around it), so it is passed as text." },
  JSONATA_IN_JSONPATH_STATE: { severity: "warning", description: "A {% … %} string in a JSONPath state is passed as text; expressions need QueryLanguage JSONata." },
  JSONATA_FUNCTION_UNAVAILABLE: { severity: "error", description: "An expression calls a JSONata function Step Functions does not provide ($eval: use $parse)." },
  JSONATA_UNKNOWN_FUNCTION: { severity: "warning", description: "An expression calls a function that is neither a JSONata 2.0.6 built-in nor one of Step Functions' ($partition, $range, $hash, $random, $uuid, $parse)." },
  JSONATA_NO_CONTEXT: { severity: "warning", description: "An expression starts from $, $$ or a field name, but a state's expression has no context document: use $states.input." },
  STATES_VARIABLE_MISUSE: { severity: "error", description: "An expression reads $states.result or $states.errorOutput where it does not exist, or an unknown $states member." },
  CHOICE_CONDITION_REQUIRED: { severity: "error", description: "A choice rule of a JSONata state needs a Condition, a boolean or an expression." },
  INVALID_VARIABLE_NAME: { severity: "error", description: "A variable name is not an identifier of at most 80 characters, or is the reserved name states." },
  DUPLICATE_VARIABLE: { severity: "error", description: "One Assign sets the same variable twice (x and x.$)." },
  VARIABLE_NOT_ASSIGNED: { severity: "warning", description: "A variable is read but no state of its scope, or of the scopes around it, assigns it." },
  VARIABLE_NOT_AVAILABLE: { severity: "warning", description: "A state in a distributed Map's child workflow reads a variable of the parent, which child executions cannot see." },
  VARIABLE_OUTER_SCOPE: { severity: "warning", description: "A state in a Parallel branch or Map iteration assigns a variable an outer scope assigns; that fails at run time." },

  // Workflow type
  EXPRESS_UNSUPPORTED_PATTERN: { severity: "error", description: "Express workflows support request-response only: no .sync or .waitForTaskToken (seed L2186–L2190, L21640)." },
  EXPRESS_UNSUPPORTED_FEATURE: { severity: "error", description: "Express workflows cannot use activities, distributed Maps or waits over 5 minutes (seed L2194, L5308, L4413)." },

  // Safety net
  INTERNAL_ERROR: { severity: "error", description: "The validator failed on this input; please report it." },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export function codeInfo(code: DiagnosticCode): CodeInfo {
  return CODES[code];
}
