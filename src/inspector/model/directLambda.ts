/**
 * A Task whose Resource is a Lambda function ARN calls the function directly: it sends the
 * effective input (Parameters; JSONata: Arguments) and its result is the function's output alone
 * (seed L28248-L28262). The optimized Lambda Invoke integration names the function in
 * FunctionName, sends Payload, and wraps the output: `{ "Payload": <output>, "StatusCode": 200, … }`
 * (service-integrations.md §3.1, seed L28118-L28246).
 */
import { insertAfter } from "../../asl/edit/copyOnWrite";
import { parseResource } from "../../asl/catalog/resource";
import { getOwn, hasOwn, type JsonObject, type JsonValue } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { setKey } from "./objects";

const LAMBDA_FUNCTION_ARN = /^arn:([^:]+):lambda:/;

/** The function ARN when the Task's Resource is one (a Lambda function invoked directly). */
export function directLambdaFunction(state: JsonObject): string | undefined {
  const resource = getOwn(state, "Resource");
  return typeof resource === "string" && parseResource(resource).kind === "lambda-arn" ? resource : undefined;
}

/**
 * The fields that read the function's output and would find it under Payload after converting,
 * for the person to check. Assign is listed when it may read the result (JSONPath: any `.$` key).
 */
export function fieldsReadingResult(state: JsonObject, language: QueryLanguageMode): string[] {
  const mentions = (field: string, text: string) => hasOwn(state, field) && JSON.stringify(getOwn(state, field)).includes(text);
  if (language === "JSONata") return ["Output", "Assign"].filter((field) => mentions(field, "$states.result"));
  const resultPath = getOwn(state, "ResultPath");
  const readers: string[] = [];
  if (hasOwn(state, "ResultSelector")) readers.push("ResultSelector");
  if (typeof resultPath === "string" && resultPath !== "$") readers.push("ResultPath");
  // With a null ResultPath the result is discarded and OutputPath reads the input.
  if (hasOwn(state, "OutputPath") && resultPath !== null) readers.push("OutputPath");
  if (mentions("Assign", '.$"')) readers.push("Assign");
  return readers;
}

/** The field that keeps the state's output the function's output, when nothing else shapes it. */
function unwrapPayload(state: JsonObject, language: QueryLanguageMode): [string, JsonValue] | undefined {
  if (language === "JSONata") return hasOwn(state, "Output") ? undefined : ["Output", "{% $states.result.Payload %}"];
  const resultPath = getOwn(state, "ResultPath");
  const shaped = hasOwn(state, "ResultSelector") || hasOwn(state, "OutputPath") || (resultPath !== undefined && resultPath !== "$");
  return shaped ? undefined : ["OutputPath", "$.Payload"];
}

/**
 * The Task calling the same function through `arn:<partition>:states:::lambda:invoke`: the ARN
 * goes to FunctionName and what was sent to the function to Payload (the state input when nothing
 * shaped it). When nothing else shapes the output, OutputPath "$.Payload" (JSONata: Output
 * `{% $states.result.Payload %}`) keeps it the function's output; otherwise the fields that read
 * the result (fieldsReadingResult) are left for the person. Any other Task is returned as it is.
 */
export function convertToLambdaInvoke(state: JsonObject, language: QueryLanguageMode): JsonObject {
  const functionArn = directLambdaFunction(state);
  if (functionArn === undefined) return state;
  const partition = LAMBDA_FUNCTION_ARN.exec(functionArn)?.[1] ?? "aws";
  const requestField = language === "JSONata" ? "Arguments" : "Parameters";
  const sent = getOwn(state, requestField);
  const defaultPayload: JsonObject = language === "JSONata" ? { Payload: "{% $states.input %}" } : { "Payload.$": "$" };
  const request: JsonObject = { FunctionName: functionArn, ...(sent === undefined ? defaultPayload : { Payload: sent }) };

  const withResource = setKey(state, "Resource", `arn:${partition}:states:::lambda:invoke`);
  const withRequest = hasOwn(withResource, requestField) ? setKey(withResource, requestField, request) : insertAfter(withResource, "Resource", [[requestField, request]]);
  const unwrap = unwrapPayload(state, language);
  return unwrap ? insertAfter(withRequest, requestField, [unwrap]) : withRequest;
}
