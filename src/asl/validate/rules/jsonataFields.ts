/**
 * The values of JSONata states' fields (checks/jsonataCheck.ts): which fields take expressions
 * and which `$states` members each may read ("Transforming data with JSONata in Step
 * Functions"; "Reserved variable: $states"). In JSONPath states, `{% … %}` strings in templates
 * and Assign are passed as text: a warning (corpus 0006 shows AWS accepts them as literals).
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../../json";
import type { StateType } from "../../types";
import { checkJsonataValue, checkTextInJsonPath, type ExpressionSite } from "../checks/jsonataCheck";
import type { Rule } from "./rule";

type FieldList = readonly (readonly [path: readonly string[], site: ExpressionSite])[];

const OUTPUT_ON_RESULT: FieldList = [
  [["Output"], "result"],
  [["Assign"], "result"],
];
const OUTPUT_ON_INPUT: FieldList = [
  [["Output"], "input"],
  [["Assign"], "input"],
];

const JSONATA_FIELDS: Record<StateType, FieldList> = {
  Pass: OUTPUT_ON_INPUT,
  Task: [[["Arguments"], "input"], [["Credentials"], "input"], [["TimeoutSeconds"], "input"], [["HeartbeatSeconds"], "input"], ...OUTPUT_ON_RESULT],
  Choice: OUTPUT_ON_INPUT,
  Wait: [[["Seconds"], "input"], [["Timestamp"], "input"], ...OUTPUT_ON_INPUT],
  Succeed: [[["Output"], "input"]],
  Fail: [[["Error"], "input"], [["Cause"], "input"]],
  Parallel: [[["Arguments"], "input"], ...OUTPUT_ON_RESULT],
  Map: [
    [["Items"], "input"],
    [["ItemSelector"], "input"],
    [["MaxConcurrency"], "input"],
    [["ToleratedFailurePercentage"], "input"],
    [["ToleratedFailureCount"], "input"],
    [["ItemReader", "Arguments"], "input"],
    [["ItemReader", "ReaderConfig", "MaxItems"], "input"],
    [["ItemBatcher", "BatchInput"], "input"],
    [["ItemBatcher", "MaxItemsPerBatch"], "input"],
    [["ItemBatcher", "MaxInputBytesPerBatch"], "input"],
    [["ResultWriter", "Arguments"], "input"],
    ...OUTPUT_ON_RESULT,
  ],
};

/** JSONPath fields where a `{% … %}` string is most likely a mistake. */
const JSONPATH_TEXT_FIELDS = ["Parameters", "ResultSelector", "ItemSelector", "Assign"];

function at(node: JsonObject, path: readonly string[]): JsonValue | undefined {
  let value: JsonValue | undefined = node;
  for (const key of path) value = isJsonObject(value) ? getOwn(value, key) : undefined;
  return value;
}

export const jsonataFields: Rule = {
  id: "jsonataFields",
  state(state, ctx) {
    const type = state.type;
    if (type === undefined) return;
    const node = state.node;
    if (state.language === "JSONPath") {
      for (const field of JSONPATH_TEXT_FIELDS) {
        const value = getOwn(node, field);
        if (value !== undefined && typeof value === "object") checkTextInJsonPath(ctx, state, value, `${state.pointer}/${field}`);
      }
      return;
    }
    for (const [path, site] of JSONATA_FIELDS[type]) {
      const value = at(node, path);
      if (value !== undefined) checkJsonataValue(ctx, state, value, `${state.pointer}/${path.join("/")}`, site);
    }
    const catchers = type === "Task" || type === "Parallel" || type === "Map" ? getOwn(node, "Catch") : undefined;
    if (Array.isArray(catchers)) {
      catchers.forEach((catcher, i) => {
        if (!isJsonObject(catcher)) return;
        for (const field of ["Output", "Assign"]) {
          const value = getOwn(catcher, field);
          if (value !== undefined) checkJsonataValue(ctx, state, value, `${state.pointer}/Catch/${i}/${field}`, "catcher");
        }
      });
    }
    const choices = type === "Choice" ? getOwn(node, "Choices") : undefined;
    if (Array.isArray(choices)) {
      choices.forEach((rule, i) => {
        if (!isJsonObject(rule)) return;
        for (const field of ["Condition", "Output", "Assign"]) {
          const value = getOwn(rule, field);
          if (value !== undefined) checkJsonataValue(ctx, state, value, `${state.pointer}/Choices/${i}/${field}`, "input");
        }
      });
    }
  },
};
