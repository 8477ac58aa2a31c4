import { parseResource } from "../../asl/catalog/resource";
import { isJsonObject, type JsonObject } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { Note } from "../common/Note";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { convertToLambdaInvoke, fieldsReadingResult } from "../model/directLambda";
import { editObjectAt } from "../model/editAt";

/**
 * What a Resource outside the integration catalog calls: an activity, or a Lambda function
 * invoked directly, with the offer to call it through the optimized Lambda Invoke instead.
 */
export function DirectResourceNote({ pointer, resource, language }: { pointer: string; resource: string; language: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const parsed = parseResource(resource);
  if (parsed.kind === "activity") {
    return (
      <Note testId="resource-kind">
        Runs the activity <code>{parsed.action}</code>: a worker you host polls Step Functions for the task (GetActivityTask) and sends the result back.
      </Note>
    );
  }
  if (parsed.kind !== "lambda-arn") return null;
  const node: JsonObject = isJsonObject(state) ? state : {};
  const readers = fieldsReadingResult(node, language);
  const example = language === "JSONata" ? "$states.result.total becomes $states.result.Payload.total" : "$.total becomes $.Payload.total";
  return (
    <div data-testid="direct-lambda">
      <Note testId="resource-kind">
        Invokes the Lambda function <code>{parsed.action}</code> directly: the result is the function's output alone. The optimized Lambda Invoke integration can also wait for a callback and returns the output under Payload with the call's status.
      </Note>
      <button type="button" className="button is-small" onClick={() => apply(editObjectAt(pointer, (s) => convertToLambdaInvoke(s, language)))}>
        Convert to Lambda Invoke
      </button>
      <p className="field-help">
        {"Converting names this ARN in FunctionName and sends the function the same input as Payload. "}
        {readers.length === 0 ? "The state's output stays the same." : `The function's output then arrives under Payload: update ${readers.join(" and ")} (e.g. ${example}).`}
      </p>
    </div>
  );
}
