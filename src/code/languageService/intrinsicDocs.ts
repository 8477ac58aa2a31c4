/**
 * Completion snippets, examples and hover text for the 18 intrinsic functions (catalog in
 * src/asl/intrinsics/catalog.ts; examples from asl-semantics.md §7.3), and the context-object
 * paths ($$.…) a "….$" value can read (asl-semantics.md §6).
 */
import { INTRINSICS, type IntrinsicInfo } from "../../asl/intrinsics/catalog";
import { escapeSnippet } from "./snippetModel";

const HASH_ALGORITHMS = ["'SHA-256'", "'SHA-1'", "'SHA-384'", "'SHA-512'", "'MD5'"];

/** Default argument text per function; an array is a choice. */
const ARGS: Record<string, ReadonlyArray<string | readonly string[]>> = {
  "States.Format": ["'Hello, {}'", "$.name"],
  "States.StringToJson": ["$.escapedJsonString"],
  "States.JsonToString": ["$.unescapedJson"],
  "States.Array": ["$.first", "$.second"],
  "States.ArrayPartition": ["$.inputArray", "4"],
  "States.ArrayContains": ["$.inputArray", "$.lookingFor"],
  "States.ArrayRange": ["1", "9", "2"],
  "States.ArrayGetItem": ["$.inputArray", "0"],
  "States.ArrayLength": ["$.inputArray"],
  "States.ArrayUnique": ["$.inputArray"],
  "States.Base64Encode": ["$.input"],
  "States.Base64Decode": ["$.base64"],
  "States.Hash": ["$.Data", HASH_ALGORITHMS],
  "States.JsonMerge": ["$.json1", "$.json2", "false"],
  "States.MathRandom": ["1", "999"],
  "States.MathAdd": ["$.value1", "1"],
  "States.StringSplit": ["$.inputString", "','"],
  "States.UUID": [],
};

const EXAMPLES: Record<string, string> = {
  "States.Format": "States.Format('Hello, my name is {}.', $.name) with {\"name\": \"Arnav\"} → \"Hello, my name is Arnav.\"",
  "States.StringToJson": "States.StringToJson($.escapedJsonString) with {\"escapedJsonString\": \"{\\\"foo\\\": \\\"bar\\\"}\"} → {\"foo\": \"bar\"}",
  "States.JsonToString": "States.JsonToString($.unescapedJson) with {\"unescapedJson\": {\"foo\": \"bar\"}} → \"{\\\"foo\\\":\\\"bar\\\"}\"",
  "States.Array": "States.Array($.Id) with {\"Id\": 123456} → [123456]",
  "States.ArrayPartition": "States.ArrayPartition($.inputArray, 4) with [1…9] → [[1,2,3,4],[5,6,7,8],[9]]",
  "States.ArrayContains": "States.ArrayContains($.inputArray, $.lookingFor) with [1…9] and 5 → true",
  "States.ArrayRange": "States.ArrayRange(1, 9, 2) → [1,3,5,7,9] (at most 1000 elements)",
  "States.ArrayGetItem": "States.ArrayGetItem($.inputArray, $.index) with [1…9] and 5 → 6 (0-based)",
  "States.ArrayLength": "States.ArrayLength($.inputArray) with [1…9] → 9",
  "States.ArrayUnique": "States.ArrayUnique($.inputArray) with [1,2,3,3,3,3,3,3,4] → [1,2,3,4]",
  "States.Base64Encode": "States.Base64Encode($.input) with \"Data to encode\" → \"RGF0YSB0byBlbmNvZGU=\"",
  "States.Base64Decode": "States.Base64Decode($.base64) with \"RGF0YSB0byBlbmNvZGU=\" → \"Data to encode\"",
  "States.Hash": "States.Hash($.Data, 'SHA-1') with \"input data\" → \"aaff4a450a104cd177d28d18d74485e8cae074b7\". Algorithms: MD5, SHA-1, SHA-256, SHA-384, SHA-512",
  "States.JsonMerge": "States.JsonMerge($.json1, $.json2, false) with {\"a\":{\"a1\":1},\"b\":2} and {\"a\":{\"a3\":1},\"c\":3} → {\"a\":{\"a3\":1},\"b\":2,\"c\":3}",
  "States.MathRandom": "States.MathRandom(1, 999) → e.g. 456 (start inclusive, end exclusive)",
  "States.MathAdd": "States.MathAdd($.value1, $.step) with 111 and -1 → 110",
  "States.StringSplit": "States.StringSplit($.inputString, '.+,=') with \"This.is+a,test=string\" → [\"This\",\"is\",\"a\",\"test\",\"string\"]",
  "States.UUID": "States.UUID() → \"ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8\"",
};

/** `States.Hash(${1:$.Data}, ${2|'SHA-256',…|})`. */
export function intrinsicSnippet(info: IntrinsicInfo): string {
  const args = (ARGS[info.name] ?? []).map((arg, i) => (typeof arg === "string" ? `\${${i + 1}:${escapeSnippet(arg)}}` : `\${${i + 1}|${arg.join(",")}|}`));
  return `${info.name}(${args.join(", ")})`;
}

export function intrinsicDoc(info: IntrinsicInfo): string {
  const lines = [`**${info.signature}**`, "", info.description];
  const example = EXAMPLES[info.name];
  if (example) lines.push("", `Example: \`${example}\``);
  lines.push("", `Only as the value of a key ending in .$ (and, for Fail, in ErrorPath/CausePath${info.allowedInFail ? ", where this one is allowed" : ", where this one is not allowed"}). Fails with States.IntrinsicFailure.`);
  lines.push("", `*Developer guide seed L${info.seedLine}, asl-semantics.md §7*`);
  return lines.join("\n");
}

export { INTRINSICS };

export interface ContextPath {
  path: string;
  text: string;
  /** Only in a Map's ItemSelector (or deprecated Parameters). */
  mapItemOnly?: boolean;
}

export const CONTEXT_PATHS: readonly ContextPath[] = [
  { path: "$$.Execution.Id", text: "The execution ARN." },
  { path: "$$.Execution.Input", text: "The execution's input." },
  { path: "$$.Execution.Name", text: "The execution name." },
  { path: "$$.Execution.RoleArn", text: "The execution role ARN." },
  { path: "$$.Execution.StartTime", text: "When the execution started (ISO 8601)." },
  { path: "$$.Execution.RedriveCount", text: "How many times the execution was redriven." },
  { path: "$$.State.EnteredTime", text: "When the current state was entered (ISO 8601)." },
  { path: "$$.State.Name", text: "The current state's name." },
  { path: "$$.State.RetryCount", text: "The number of retries of the current state so far." },
  { path: "$$.StateMachine.Id", text: "The state machine ARN." },
  { path: "$$.StateMachine.Name", text: "The state machine name." },
  { path: "$$.Task.Token", text: "The task token of a .waitForTaskToken Task; pass it to the worker." },
  { path: "$$.Map.Item.Index", text: "The 0-based index of the current item.", mapItemOnly: true },
  { path: "$$.Map.Item.Value", text: "The current item.", mapItemOnly: true },
];
