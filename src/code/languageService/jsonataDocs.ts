/**
 * What the editors say about JSONata inside `{% … %}`: the reserved `$states` variable and its
 * members ("Transforming data with JSONata in Step Functions", "Reserved variable: $states"),
 * the context object's fields, jsonata 2.0's built-in functions (docs.jsonata.org, function
 * library) and Step Functions' own functions (src/asl/jsonata/functions.ts), with signatures.
 */
import { JSONATA_BUILTIN_FUNCTIONS } from "../../asl/jsonata/analyze";
import { STEP_FUNCTIONS_FUNCTIONS, UNAVAILABLE_FUNCTIONS } from "../../asl/jsonata/functions";
import { CONTEXT_PATHS } from "./intrinsicDocs";

export interface JsonataFunctionDoc {
  name: string;
  /** `$pad(str, width [, char])`. */
  signature: string;
  doc: string;
  /** Step Functions adds (or replaces) it. */
  stepFunctions?: boolean;
  /** Not available in Step Functions ($eval). */
  unavailable?: boolean;
}

/** jsonata 2.0.6's function library, one line each. */
const BUILTIN: Record<string, [signature: string, doc: string]> = {
  sum: ["$sum(array)", "The sum of an array of numbers."],
  count: ["$count(array)", "The number of items in the array (1 for a single value, 0 for nothing)."],
  max: ["$max(array)", "The largest number in the array."],
  min: ["$min(array)", "The smallest number in the array."],
  average: ["$average(array)", "The mean of an array of numbers."],
  string: ["$string(arg [, prettify])", "The value as a string; objects and arrays become JSON text."],
  substring: ["$substring(str, start [, length])", "Part of a string from a 0-based start (negative counts from the end)."],
  substringBefore: ["$substringBefore(str, chars)", "The part of the string before the first occurrence of chars."],
  substringAfter: ["$substringAfter(str, chars)", "The part of the string after the first occurrence of chars."],
  lowercase: ["$lowercase(str)", "The string in lower case."],
  uppercase: ["$uppercase(str)", "The string in upper case."],
  length: ["$length(str)", "The number of characters in the string."],
  trim: ["$trim(str)", "The string without leading and trailing blanks, inner runs of blanks as one space."],
  pad: ["$pad(str, width [, char])", "The string padded to width characters (negative width pads on the left)."],
  match: ["$match(str, pattern [, limit])", "The matches of a regular expression: match, index and groups of each."],
  contains: ["$contains(str, pattern)", "Whether the string contains the text or matches the regular expression."],
  replace: ["$replace(str, pattern, replacement [, limit])", "The string with occurrences of the text or regular expression replaced."],
  split: ["$split(str, separator [, limit])", "The string cut at each separator (text or regular expression) into an array."],
  join: ["$join(array [, separator])", "The strings of the array joined into one."],
  formatNumber: ["$formatNumber(number, picture [, options])", "The number as text following an XPath picture string, e.g. '#,##0.00'."],
  formatBase: ["$formatBase(number [, radix])", "The integer written in another base (2 to 36)."],
  formatInteger: ["$formatInteger(number, picture)", "The integer as text following a picture: '000', 'w' (words), 'I' (roman)…"],
  parseInteger: ["$parseInteger(string, picture)", "The integer a formatted string stands for (the inverse of $formatInteger)."],
  number: ["$number(arg)", "The value as a number: numeric text, booleans (1/0), hex/octal/binary literals."],
  floor: ["$floor(number)", "The number rounded down."],
  ceil: ["$ceil(number)", "The number rounded up."],
  round: ["$round(number [, precision])", "The number rounded to precision decimal places (half to even)."],
  abs: ["$abs(number)", "The absolute value."],
  sqrt: ["$sqrt(number)", "The square root."],
  power: ["$power(base, exponent)", "base raised to exponent."],
  random: ["$random()", "A random number in [0, 1)."],
  boolean: ["$boolean(arg)", "The value as a boolean (empty strings, 0, null, empty arrays and objects are false)."],
  not: ["$not(arg)", "The logical negation of the value as a boolean."],
  map: ["$map(array, function)", "Each item through the function: function($value, $index, $array)."],
  zip: ["$zip(array1, …)", "The arrays combined item by item into an array of tuples."],
  filter: ["$filter(array, function)", "The items for which the function returns true."],
  single: ["$single(array [, function])", "The only item that matches; an error when none or several do."],
  reduce: ["$reduce(array, function [, init])", "The array folded into one value: function($accumulator, $value)."],
  sift: ["$sift(object, function)", "The object with only the entries for which function($value, $key) is true."],
  keys: ["$keys(object)", "The keys of the object (or of the objects of an array)."],
  lookup: ["$lookup(object, key)", "The value of the key in the object (or in each object of an array)."],
  append: ["$append(array1, array2)", "The two arrays (or values) joined into one array."],
  exists: ["$exists(arg)", "Whether the expression gives a value (false for a missing field)."],
  spread: ["$spread(object)", "The object split into an array of one-entry objects."],
  merge: ["$merge(array)", "The objects of the array merged into one (later keys win)."],
  reverse: ["$reverse(array)", "The array in reverse order."],
  each: ["$each(object, function)", "function($value, $key) applied to every entry, as an array."],
  error: ["$error(message)", "Stops the evaluation with an error (States.QueryEvaluationError in a state)."],
  assert: ["$assert(condition, message)", "Stops with the message when the condition is false."],
  type: ["$type(value)", "The value's type: null, number, string, boolean, array, object or function."],
  sort: ["$sort(array [, function])", "The array sorted; function($left, $right) returns true to swap."],
  shuffle: ["$shuffle(array)", "The array in a random order."],
  distinct: ["$distinct(array)", "The array without duplicate values."],
  base64encode: ["$base64encode(str)", "The string as Base64 (of its Latin-1 bytes)."],
  base64decode: ["$base64decode(str)", "The text a Base64 string holds."],
  encodeUrlComponent: ["$encodeUrlComponent(str)", "The string with URL-component characters percent-encoded."],
  encodeUrl: ["$encodeUrl(str)", "The URL with reserved characters percent-encoded."],
  decodeUrlComponent: ["$decodeUrlComponent(str)", "The string with percent-encoding decoded."],
  decodeUrl: ["$decodeUrl(str)", "The URL with percent-encoding decoded."],
  eval: ["$eval(expr [, context])", "Evaluates JSONata text."],
  toMillis: ["$toMillis(timestamp [, picture])", "An ISO 8601 timestamp as milliseconds since the epoch."],
  fromMillis: ["$fromMillis(number [, picture [, timezone]])", "Milliseconds since the epoch as an ISO 8601 timestamp."],
  clone: ["$clone(value)", "A deep copy of the value."],
  now: ["$now([picture [, timezone]])", "The current time as an ISO 8601 timestamp (the simulator's virtual clock)."],
  millis: ["$millis()", "The current time in milliseconds since the epoch (the simulator's virtual clock)."],
};

const SIGNATURES: Record<string, string> = {
  partition: "$partition(array, size)",
  range: "$range(start, end, step)",
  hash: "$hash(data, algorithm)",
  random: "$random([seed])",
  uuid: "$uuid()",
  parse: "$parse(text)",
};

/** Every function a `{% %}` expression can call, Step Functions' own first where they replace a built-in. */
export const JSONATA_FUNCTION_DOCS: readonly JsonataFunctionDoc[] = (() => {
  const docs = new Map<string, JsonataFunctionDoc>();
  for (const name of JSONATA_BUILTIN_FUNCTIONS) {
    const [signature, doc] = BUILTIN[name] ?? [`$${name}()`, "A JSONata built-in function."];
    const entry: JsonataFunctionDoc = { name, signature, doc };
    if (UNAVAILABLE_FUNCTIONS.includes(name)) {
      entry.unavailable = true;
      entry.doc = `${doc} Not available in Step Functions: use $parse for JSON text.`;
    }
    docs.set(name, entry);
  }
  for (const fn of STEP_FUNCTIONS_FUNCTIONS) {
    const doc = fn.doc.replace(/^\$[A-Za-z]+\([^)]*\):\s*/, "");
    docs.set(fn.name, { name: fn.name, signature: SIGNATURES[fn.name] ?? `$${fn.name}()`, doc: doc.charAt(0).toUpperCase() + doc.slice(1), stepFunctions: true });
  }
  return [...docs.values()];
})();

export function jsonataFunctionDoc(name: string): JsonataFunctionDoc | undefined {
  return JSONATA_FUNCTION_DOCS.find((f) => f.name === name);
}

export function renderFunctionDoc(fn: JsonataFunctionDoc): string {
  const origin = fn.stepFunctions ? "Step Functions function" : fn.unavailable ? "JSONata function · not available in Step Functions" : "JSONata function";
  const cite = fn.stepFunctions ? "*Transforming data with JSONata in Step Functions (not in the guide)*" : "*docs.jsonata.org, function library (jsonata 2.0)*";
  return `**${fn.signature}** · ${origin}\n\n${fn.doc}\n\n${cite}`;
}

/** Where in a state an expression is written: which `$states` members exist there. */
export type ExpressionPlace =
  /** Arguments, Items, ItemSelector, Condition, Wait/Fail/Task fields: input and context. */
  | "before-result"
  /** Output and Assign of a Task, Parallel or Map: input, result, context. */
  | "after-result"
  /** Output and Assign of Pass, Choice, Wait, Succeed: input, context. */
  | "no-result"
  /** Output and Assign of a catcher: input, errorOutput, context. */
  | "catcher";

export interface StatesMember {
  name: string;
  doc: string;
}

const STATES_MEMBERS: Record<string, string> = {
  input: "The state's input, as it entered the state (always the original input, whatever the other fields compute).",
  result: "The result of the Task's API call, or the Parallel's or Map's array of branch or iteration outputs. Only in Output and Assign, and only when the state succeeded.",
  errorOutput: "The error output {Error, Cause} of the error being caught. Only in a catcher's Output and Assign.",
  context: "The context object: Execution, State, StateMachine, Task and (in a Map's ItemSelector) Map.Item.",
};

export function statesMembersAt(place: ExpressionPlace): StatesMember[] {
  const names = place === "after-result" ? ["input", "result", "context"] : place === "catcher" ? ["input", "errorOutput", "context"] : ["input", "context"];
  return names.map((name) => ({ name, doc: STATES_MEMBERS[name] as string }));
}

export function statesMemberDoc(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(STATES_MEMBERS, name) ? STATES_MEMBERS[name] : undefined;
}

export const STATES_DOC =
  "**$states** · reserved variable\n\nWhat a JSONata state knows: `$states.input` (the state input), `$states.result` (in Output and Assign, after a successful task, Parallel or Map), `$states.errorOutput` (in a catcher) and `$states.context` (the context object).\n\n*Passing data between states with variables: \"Reserved variable: $states\" (not in the guide)*";

/** The context object's fields as `$states.context…` paths (the `$$.…` paths of JSONPath). */
export interface ContextField {
  /** Path below `$states.context`, e.g. "Execution.Id". */
  path: string;
  text: string;
  mapItemOnly?: boolean;
}

export const CONTEXT_FIELDS: readonly ContextField[] = [
  { path: "Execution", text: "The execution: Id, Input, Name, RoleArn, StartTime, RedriveCount." },
  { path: "State", text: "The current state: EnteredTime, Name, RetryCount." },
  { path: "StateMachine", text: "The state machine: Id, Name." },
  { path: "Task", text: "The task: Token (in a .waitForTaskToken Task)." },
  { path: "Map", text: "The Map item being prepared: Item.Index, Item.Value (in a Map's ItemSelector).", mapItemOnly: true },
  { path: "Map.Item", text: "The current item: Index and Value.", mapItemOnly: true },
  ...CONTEXT_PATHS.map((p) => ({ path: p.path.slice(3), text: p.text, ...(p.mapItemOnly ? { mapItemOnly: true } : {}) })),
];
