/**
 * The ASL snippets: a complete state of each type (offered at a key position inside a States
 * object, like Workflow Studio's Ctrl+Space after a state), the common building blocks (retrier,
 * catcher, choice rule, branch) and the value shape a field's key completion inserts.
 */
import { lambdaDefaultRetrier } from "../../asl/catalog/lambdaRetrier";
import { isJsonObject, type JsonValue } from "../../asl/json";
import { STATE_TYPES, type StateType } from "../../asl/types";
import { NESTED, STATE_FIELDS, isOwnField } from "../../asl/validate/fields";
import type { DocPlace } from "../../asl/docs/fieldDocs";
import { arr, choice, emptyObj, lit, num, obj, str, usableChoices, type Snip } from "./snippetModel";

/** Hands out tab stop numbers in order. */
export class Tabs {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

/** The first of base, "base 1", "base 2", … not in `used`; it is added to `used`. */
export function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 1; used.has(name); i++) name = `${base} ${i}`;
  used.add(name);
  return name;
}

export interface SnippetScope {
  /** State names of the scope the snippet goes into (targets for Next). */
  scopeNames: readonly string[];
  /** Every state name in the document (names are unique machine-wide). */
  usedNames: Set<string>;
}

/** `"Next": <choice of the scope's states>`, or `"End": true` when there is nothing to go to. */
function transition(tabs: Tabs, names: readonly string[]): readonly [string, Snip] {
  if (names.length === 0) return ["End", lit(true)];
  return ["Next", usableChoices(names) ? choice(tabs.next(), names) : str(tabs.next(), names[0] ?? "")];
}

export function retrierSnip(tabs: Tabs): Snip {
  return obj(["ErrorEquals", arr(str(tabs.next(), "States.TaskFailed"))], ["IntervalSeconds", num(tabs.next(), 1)], ["MaxAttempts", num(tabs.next(), 3)], ["BackoffRate", num(tabs.next(), 2)]);
}

export function lambdaRetrierSnip(): Snip {
  return lit(lambdaDefaultRetrier() as unknown as JsonValue);
}

export function catcherSnip(tabs: Tabs, names: readonly string[]): Snip {
  const errors = arr(str(tabs.next(), "States.ALL"));
  const resultPath = str(tabs.next(), "$.error");
  const next = usableChoices(names) ? choice(tabs.next(), names) : str(tabs.next(), names[0] ?? "");
  return obj(["ErrorEquals", errors], ["ResultPath", resultPath], ["Next", next]);
}

export function choiceRuleSnip(tabs: Tabs, names: readonly string[], nested: boolean): Snip {
  const entries: Array<readonly [string, Snip]> = [
    ["Variable", str(tabs.next(), "$.variable")],
    ["StringEquals", str(tabs.next(), "value")],
  ];
  if (!nested) entries.push(["Next", usableChoices(names) ? choice(tabs.next(), names) : str(tabs.next(), names[0] ?? "")]);
  return obj(...entries);
}

/** A branch (or item processor) with one Pass state; its StartAt mirrors the state's name. */
export function machineSnip(tabs: Tabs, used: Set<string>, base: string, extra: ReadonlyArray<readonly [string, Snip]> = []): Snip {
  const n = tabs.next();
  const name = uniqueName(base, used);
  return obj(...extra, ["StartAt", str(n, name)], ["States", obj([str(n, name), obj(["Type", lit("Pass")], ["End", lit(true)])])]);
}

export interface StateSnippet {
  label: string;
  type: StateType;
  detail: string;
  /** The state name (a tab stop) and the state object. */
  key: Snip;
  value: Snip;
}

/** One snippet per state type, plus a Lambda Invoke Task and a distributed Map. */
export function stateSnippets(scope: SnippetScope): StateSnippet[] {
  const make = (label: string, type: StateType, detail: string, base: string, body: (tabs: Tabs, used: Set<string>) => Array<readonly [string, Snip]>): StateSnippet => {
    const used = new Set(scope.usedNames);
    const tabs = new Tabs();
    const key = str(tabs.next(), uniqueName(base, used));
    return { label, type, detail, key, value: obj(["Type", lit(type)], ...body(tabs, used)) };
  };
  const names = scope.scopeNames;
  return [
    make("Task", "Task", "A Task state calling Lambda Invoke, with Workflow Studio's default retrier", "Lambda Invoke", (tabs) => [
      ["Resource", lit("arn:aws:states:::lambda:invoke")],
      ["Parameters", obj(["FunctionName", str(tabs.next(), "arn:aws:lambda:us-east-1:123456789012:function:functionName")], ["Payload.$", lit("$")])],
      ["Retry", arr(lambdaRetrierSnip())],
      transition(tabs, names),
    ]),
    make("Task (any service)", "Task", "A Task state; pick the Resource from the completion list", "Task", (tabs) => [["Resource", str(tabs.next(), "arn:aws:states:::")], transition(tabs, names)]),
    make("Pass", "Pass", "A Pass state that injects a Result (Workflow Studio's boilerplate)", "Pass", (tabs) => [
      ["Result", obj([str(tabs.next(), "key"), str(tabs.next(), "value")])],
      ["ResultPath", str(tabs.next(), "$.result")],
      transition(tabs, names),
    ]),
    make("Choice", "Choice", "A Choice state with one rule and a Default", "Choice", (tabs) => [
      ["Choices", arr(choiceRuleSnip(tabs, names, false))],
      ["Default", usableChoices(names) ? choice(tabs.next(), names) : str(tabs.next(), names[0] ?? "")],
    ]),
    make("Wait", "Wait", "A Wait state for a number of seconds", "Wait", (tabs) => [["Seconds", num(tabs.next(), 5)], transition(tabs, names)]),
    make("Succeed", "Succeed", "A Succeed state: ends successfully", "Success", () => []),
    make("Fail", "Fail", "A Fail state with an error name and a cause", "Fail", (tabs) => [
      ["Error", str(tabs.next(), "ErrorName")],
      ["Cause", str(tabs.next(), "What went wrong")],
    ]),
    make("Parallel", "Parallel", "A Parallel state with two branches", "Parallel", (tabs, used) => [
      ["Branches", arr(machineSnip(tabs, used, "Branch 1 step"), machineSnip(tabs, used, "Branch 2 step"))],
      transition(tabs, names),
    ]),
    make("Map", "Map", "An inline Map state over an array of the input", "Map", (tabs, used) => [
      ["ItemsPath", str(tabs.next(), "$.items")],
      ["ItemProcessor", machineSnip(tabs, used, "Process item", [["ProcessorConfig", obj(["Mode", lit("INLINE")])]])],
      transition(tabs, names),
    ]),
    make("Map (distributed)", "Map", "A distributed Map reading a JSON array from Amazon S3 (Standard workflows only)", "Distributed Map", (tabs, used) => [
      ["ItemReader", obj(["Resource", lit("arn:aws:states:::s3:getObject")], ["ReaderConfig", obj(["InputType", lit("JSON")])], ["Parameters", obj(["Bucket", str(tabs.next(), "amzn-s3-demo-bucket")], ["Key", str(tabs.next(), "items.json")])])],
      ["ItemProcessor", machineSnip(tabs, used, "Process item", [["ProcessorConfig", obj(["Mode", lit("DISTRIBUTED")], ["ExecutionType", choice(tabs.next(), ["STANDARD", "EXPRESS"])])]])],
      ["MaxConcurrency", num(tabs.next(), 1000)],
      ["Label", str(tabs.next(), "DistributedMap")],
      transition(tabs, names),
    ]),
  ];
}

/** Everything the value shape of a field may depend on. */
export interface ShapeContext {
  /** Transition targets of the scope. */
  names: readonly string[];
  usedNames: Set<string>;
  /** The state's Resource, to pick the Lambda retrier. */
  resource?: string;
}

const NUMBER_DEFAULTS: Record<string, number> = {
  TimeoutSeconds: 300,
  HeartbeatSeconds: 60,
  Seconds: 5,
  MaxConcurrency: 0,
  ToleratedFailurePercentage: 5,
  ToleratedFailureCount: 10,
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
  MaxDelaySeconds: 60,
  MaxItems: 100,
  MaxItemsPerBatch: 10,
  MaxInputBytesPerBatch: 262144,
};

const PATH_DEFAULTS: Record<string, string> = {
  ResultPath: "$.result",
  ItemsPath: "$.items",
  Variable: "$.variable",
  InputPath: "$",
  OutputPath: "$",
};

function schemaOf(field: string, place: DocPlace): Record<string, unknown> | undefined {
  if (place === "ChoiceRule") return undefined;
  if (place in NESTED) {
    const spec = NESTED[place as keyof typeof NESTED];
    return isOwnField(spec.fields, field) ? (spec.fields[field]?.schema as Record<string, unknown> | undefined) : undefined;
  }
  return isOwnField(STATE_FIELDS, field) ? (STATE_FIELDS[field]?.schema as Record<string, unknown> | undefined) : undefined;
}

export interface ValueShape {
  snip: Snip;
  /** Open the suggest widget after inserting (state names, Resource ARNs). */
  retrigger?: boolean;
}

/** What `"Field": ` is followed by when the key is completed. Tab stops start at 1. */
export function valueShape(field: string, place: DocPlace, ctx: ShapeContext): ValueShape {
  const tabs = new Tabs();
  const isStateType = (STATE_TYPES as readonly string[]).includes(place);
  switch (field) {
    case "Type":
      return { snip: choice(tabs.next(), STATE_TYPES) };
    case "Next":
    case "Default":
    case "StartAt":
      return { snip: str(tabs.next()), retrigger: true };
    case "End":
      return { snip: lit(true) };
    case "Resource":
      return { snip: str(tabs.next()), retrigger: true };
    case "Retry": {
      const lambda = ctx.resource?.startsWith("arn:aws:states:::lambda:invoke") === true;
      return { snip: arr(lambda ? lambdaRetrierSnip() : retrierSnip(tabs)) };
    }
    case "Catch":
      return { snip: arr(catcherSnip(tabs, ctx.names)) };
    case "Choices":
      return { snip: arr(choiceRuleSnip(tabs, ctx.names, false)) };
    case "And":
    case "Or":
      return { snip: arr(choiceRuleSnip(tabs, ctx.names, true), choiceRuleSnip(tabs, ctx.names, true)) };
    case "Not":
      return { snip: choiceRuleSnip(tabs, ctx.names, true) };
    case "Branches":
      return { snip: arr(machineSnip(tabs, new Set(ctx.usedNames), "Branch 1 step"), machineSnip(tabs, new Set(ctx.usedNames), "Branch 2 step")) };
    case "ItemProcessor":
    case "Iterator":
      return { snip: machineSnip(tabs, new Set(ctx.usedNames), "Process item", field === "ItemProcessor" ? [["ProcessorConfig", obj(["Mode", choice(tabs.next(), ["INLINE", "DISTRIBUTED"])])]] : []) };
    case "ProcessorConfig":
      return { snip: obj(["Mode", choice(tabs.next(), ["INLINE", "DISTRIBUTED"])]) };
    case "ErrorEquals":
      return { snip: arr(str(tabs.next(), "States.ALL")) };
    case "Credentials":
      return { snip: obj(["RoleArn", str(tabs.next(), "arn:aws:iam::123456789012:role/RoleName")]) };
    case "ItemReader":
      return { snip: obj(["Resource", choice(tabs.next(), ["arn:aws:states:::s3:getObject", "arn:aws:states:::s3:listObjectsV2"])], ["ReaderConfig", obj(["InputType", choice(tabs.next(), ["JSON", "CSV", "JSONL", "MANIFEST"])])], ["Parameters", obj(["Bucket", str(tabs.next(), "amzn-s3-demo-bucket")], ["Key", str(tabs.next(), "items.json")])]) };
    case "ItemBatcher":
      return { snip: obj(["MaxItemsPerBatch", num(tabs.next(), 10)]) };
    case "ResultWriter":
      return { snip: obj(["Resource", lit("arn:aws:states:::s3:putObject")], ["Parameters", obj(["Bucket", str(tabs.next(), "amzn-s3-demo-bucket")], ["Prefix", str(tabs.next(), "results")])]) };
    case "ReaderConfig":
      return { snip: obj(["InputType", choice(tabs.next(), ["JSON", "CSV", "JSONL", "MANIFEST"])]) };
    case "CSVHeaders":
      return { snip: arr(str(tabs.next(), "column")) };
    case "Result":
      return { snip: emptyObj(tabs.next()) };
    default:
      break;
  }
  const schema = schemaOf(field, place);
  const enumValues = Array.isArray(schema?.enum) ? (schema.enum as unknown[]).filter((v): v is string => typeof v === "string") : undefined;
  if (enumValues && enumValues.length > 0) return { snip: choice(tabs.next(), enumValues) };
  const type = schema?.type;
  if (type === "integer" || type === "number") return { snip: num(tabs.next(), NUMBER_DEFAULTS[field] ?? (typeof schema?.minimum === "number" ? schema.minimum : 0)) };
  if (type === "boolean") return { snip: lit(true) };
  if (type === "object" || (isStateType && isJsonObject(schema) && schema.type === "object")) return { snip: emptyObj(tabs.next()) };
  if (field.endsWith("Path") || field in PATH_DEFAULTS) return { snip: str(tabs.next(), PATH_DEFAULTS[field] ?? "$.") };
  if (field.endsWith(".$")) return { snip: str(tabs.next(), "$.") };
  return { snip: str(tabs.next()) };
}
