/**
 * The converter: each supported pattern is run as written (JSONPath) and converted (JSONata)
 * on the same inputs and mocks, and must give the same status, output and assigned variables.
 * Patterns follow "Transforming data with JSONata in Step Functions" (its conversion example)
 * and the intrinsic documentation; refusals are checked to change nothing.
 */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../json";
import { run } from "../interpret/testSupport";
import type { RunOptions } from "../interpret/types";
import type { State, StateMachine } from "../types";
import { validate } from "../validate/validate";
import { convertMachineToJsonata, convertStateToJsonata, pathToJsonata, type RefusalReason } from "./convertToJsonata";

const OPTIONS: RunOptions = { executionName: "exec-1", stateMachineName: "sm", random: 1 };

/** Runs the machine and its conversion on each input; the outcomes must match. */
async function expectSame(machine: StateMachine, inputs: JsonValue[], options: RunOptions = {}): Promise<StateMachine> {
  const converted = convertMachineToJsonata(machine);
  if (!converted.ok) throw new Error(`refused: ${JSON.stringify(converted.refusals)}`);
  const errors = validate(converted.value).filter((d) => d.severity === "error");
  expect(errors, JSON.stringify(converted.value)).toEqual([]);
  for (const input of inputs) {
    const before = await run(machine as unknown as JsonValue, input, { ...OPTIONS, ...options });
    const after = await run(converted.value as unknown as JsonValue, input, { ...OPTIONS, ...options });
    // Where the original fails, the conversion fails too (with JSONata's error name).
    expect({ status: after.status, output: after.output }, JSON.stringify(input)).toEqual({ status: before.status, output: before.output });
    expect(after.visits.map((v) => [v.stateName, v.assigned, v.nextState])).toEqual(before.visits.map((v) => [v.stateName, v.assigned, v.nextState]));
  }
  return converted.value;
}

const one = (state: JsonObject, extra: Record<string, JsonObject> = {}): StateMachine => ({ StartAt: "S", States: { S: state, ...extra } }) as unknown as StateMachine;
const lambda = "arn:aws:states:::lambda:invoke";
const echo: RunOptions = { taskHandler: (invocation) => ({ kind: "return", value: { Payload: invocation.input, StatusCode: 200 } }) };

function refusal(state: JsonObject): RefusalReason | undefined {
  const result = convertStateToJsonata(state as unknown as State);
  return result.ok ? undefined : result.refusals[0]?.reason;
}

describe("convertToJsonata: same outputs as the JSONPath original", () => {
  it("the documentation's example: Parameters → Arguments (\"Transforming data with JSONata\")", async () => {
    const machine: StateMachine = {
      StartAt: "Init",
      States: {
        Init: { Type: "Pass", Assign: { customerName: "María" }, Next: "S" },
        S: { Type: "Task", Resource: lambda, Parameters: { static: "Hello", "title.$": "$.title", "name.$": "$customerName", "not-evaluated": "$customerName" }, End: true },
      },
    } as unknown as StateMachine;
    const converted = await expectSame(machine, [{ title: "Doctor" }], echo);
    expect(converted.States.S).toMatchObject({ Arguments: { static: "Hello", title: "{% $states.input.title %}", name: "{% $customerName %}", "not-evaluated": "$customerName" } });
    expect(converted.QueryLanguage).toBe("JSONata");
  });

  it("InputPath, nested templates, arrays and a top-level States.Array", async () => {
    await expectSame(
      one({ Type: "Pass", InputPath: "$.order", Parameters: { id: 1, "who.$": "$.customer.name", nested: { "list.$": "States.Array($.total, 'x', $.items)", arr: [{ "q.$": "$.items[0]" }, 2] } }, End: true }),
      [{ order: { customer: { name: "Ann" }, total: 12.5, items: [[1], [2]] } }],
    );
  });

  it("ResultSelector, ResultPath into the input (missing parents created), OutputPath", async () => {
    const task = { Type: "Task", Resource: lambda, ResultSelector: { "status.$": "$.StatusCode", "echo.$": "$.Payload" }, ResultPath: "$.call.result", OutputPath: "$.call", End: true };
    await expectSame(one(task), [{ a: 1 }, { a: 1, call: { other: true } }], echo);
    await expectSame(one({ ...task, ResultPath: null, OutputPath: "$.a" }), [{ a: [5] }], echo);
    await expectSame(one({ ...task, ResultPath: "$", OutputPath: null }), [{}], echo);
    const { ResultSelector: _selector, OutputPath: _output, ...plain } = task;
    await expectSame(one({ ...plain, ResultPath: "$.r" }), [{ a: 1 }], echo);
    await expectSame(one({ Type: "Pass", Result: { x: [1] }, ResultPath: "$.out", End: true }), [{ keep: "me" }]);
  });

  it("context paths and variables", async () => {
    await expectSame(
      { StartAt: "A", States: { A: { Type: "Pass", Assign: { "n.$": "$.n", label: "L" }, Next: "S" }, S: { Type: "Pass", Parameters: { "state.$": "$$.State.Name", "exec.$": "$$.Execution.Name", "n.$": "$n", "label.$": "$label" }, End: true } } } as unknown as StateMachine,
      [{ n: 3 }],
    );
  });

  it("intrinsics with an exact equivalent", async () => {
    const parameters = {
      "format.$": "States.Format('Hello {}, you are {} with {}', $.name, $.age, $.tags)",
      "length.$": "States.ArrayLength($.items)",
      "sum.$": "States.MathAdd($.a, $.b)",
      "parsed.$": "States.StringToJson($.json)",
      "empty.$": "States.StringToJson($.blank)",
      "text.$": "States.JsonToString($.obj)",
      "textOfString.$": "States.JsonToString($.name)",
      "hash.$": "States.Hash($.name, 'SHA-256')",
      "merged.$": "States.JsonMerge($.obj, $.obj2, false)",
      "chunks.$": "States.ArrayPartition($.items, 2)",
      "range.$": "States.ArrayRange(1, 9, 9)",
      "range2.$": "States.ArrayRange(0, $.a, 3)",
      "unique.$": "States.ArrayUnique($.dupes)",
      "second.$": "States.ArrayGetItem($.items, 1)",
      "has.$": "States.ArrayContains($.items, 3)",
      "nested.$": "States.Format('{}-{}', States.MathAdd(1, 2), States.ArrayLength(States.Array(1, 2)))",
    };
    await expectSame(one({ Type: "Pass", Parameters: parameters, End: true }), [
      { name: "Ann \"A\"", age: 42, tags: { t: ["x"] }, items: [1, [2], 3, { x: 4 }], a: 4.3, b: -1.5, json: '{"k":[1,null]}', blank: " ", obj: { k: 1, z: "é" }, obj2: { k: 2 }, dupes: [1, { a: 1 }, 1, { a: 1 }] },
    ]);
  });

  it("States.UUID → $uuid(): both draw a version 4 UUID", async () => {
    const machine = one({ Type: "Pass", Parameters: { "id.$": "States.UUID()" }, End: true });
    const converted = convertMachineToJsonata(machine);
    expect(converted.ok).toBe(true);
    if (!converted.ok) return;
    const after = await run(converted.value as unknown as JsonValue, {}, OPTIONS);
    expect((after.output as JsonObject).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("Choice rules → Condition: strings, numbers, booleans, paths, And/Or/Not, type tests, StringMatches", async () => {
    const machine: StateMachine = {
      StartAt: "C",
      States: {
        C: {
          Type: "Choice",
          InputPath: "$.data",
          OutputPath: "$.value",
          Choices: [
            { Not: { Variable: "$.type", StringEquals: "Private" }, Next: "Public" },
            { Variable: "$.value", NumericEquals: 0, Next: "Zero" },
            { And: [{ Variable: "$.value", NumericGreaterThanEquals: 20 }, { Variable: "$.value", NumericLessThan: 30 }], Next: "Twenties", Assign: { "band.$": "$.value" } },
            { Or: [{ Variable: "$.flag", BooleanEquals: true }, { Variable: "$.limit", IsPresent: true }], Next: "Flagged" },
            { Variable: "$.value", NumericGreaterThanPath: "$.threshold", Next: "Above" },
            { Variable: "$.name", StringMatches: "log-*.txt", Next: "Log" },
            { Variable: "$.maybe", IsNull: true, Next: "Null" },
            { Variable: "$.value", IsNumeric: true, Next: "Number" },
          ],
          Default: "Other",
          Assign: { fell: "through" },
        },
        Public: { Type: "Pass", End: true },
        Zero: { Type: "Pass", End: true },
        Twenties: { Type: "Pass", End: true },
        Flagged: { Type: "Pass", End: true },
        Above: { Type: "Pass", End: true },
        Log: { Type: "Pass", End: true },
        Null: { Type: "Pass", End: true },
        Number: { Type: "Pass", End: true },
        Other: { Type: "Pass", End: true },
      },
    } as unknown as StateMachine;
    const inputs: JsonValue[] = ([
      { type: "Public", value: 1 },
      { type: "Private", value: 0 },
      { type: "Private", value: 22 },
      { type: "Private", value: 35, flag: true },
      { type: "Private", value: 35, flag: "yes", limit: null },
      { type: "Private", value: 35 },
      { type: "Private", value: 35, threshold: 30 },
      { type: "Private", value: "35", threshold: 30, name: "log-1.txt" },
      { type: "Private", value: "35", maybe: null },
      { type: "Private", value: 40, threshold: "30" },
      { type: "Private", value: "x" },
    ] as JsonObject[]).map((data) => ({ data }));
    await expectSame(machine, inputs);
  });

  it("Map: ItemsPath → Items, ItemSelector with $$.Map.Item, MaxConcurrencyPath, inner states and ResultPath", async () => {
    const machine = one({
      Type: "Map",
      ItemsPath: "$.orders",
      MaxConcurrencyPath: "$.limit",
      ItemSelector: { "index.$": "$$.Map.Item.Index", "order.$": "$$.Map.Item.Value", "currency.$": "$.currency" },
      ItemProcessor: { StartAt: "Price", States: { Price: { Type: "Pass", Parameters: { "total.$": "States.MathAdd($.order.amount, 1)", "label.$": "States.Format('{} {}', $.index, $.currency)" }, End: true } } },
      ResultPath: "$.priced",
      End: true,
    });
    await expectSame(machine, [{ orders: [{ amount: 1 }, { amount: 2 }], limit: 1, currency: "EUR" }]);
  });

  it("Parallel with Parameters and converted branches; catchers with ResultPath and Assign", async () => {
    const machine = one({
      Type: "Parallel",
      Parameters: { "x.$": "$.x" },
      Branches: [
        { StartAt: "B1", States: { B1: { Type: "Pass", Parameters: { "double.$": "States.MathAdd($.x, $.x)" }, End: true } } },
        { StartAt: "B2", States: { B2: { Type: "Task", Resource: lambda, ResultSelector: { "ok.$": "$.StatusCode" }, End: true } } },
      ],
      ResultSelector: { "first.$": "$[0].double", "second.$": "$[1]" },
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Assign: { "why.$": "$.Error" }, Next: "Caught" }],
      End: true,
    });
    (machine.States as unknown as Record<string, JsonObject>).Caught = { Type: "Pass", End: true };
    await expectSame(machine, [{ x: 2 }], echo);
    await expectSame(machine, [{ x: 2 }], { taskHandler: () => ({ kind: "throw", error: "Boom", cause: "no" }) });
  });

  it("Wait SecondsPath/TimestampPath and Fail ErrorPath/CausePath", async () => {
    await expectSame(one({ Type: "Wait", SecondsPath: "$.s", OutputPath: "$.keep", End: true }), [{ s: 5, keep: { k: 1 } }]);
    await expectSame(one({ Type: "Wait", TimestampPath: "$.at", End: true }), [{ at: "2024-01-01T00:00:10Z" }]);
    await expectSame(one({ Type: "Fail", ErrorPath: "$.code", CausePath: "States.Format('failed: {}', $.why)" }), [{ code: "E42", why: "because" }]);
  });

  it("JSONPath Assign → JSONata Assign, read later by JSONPath and JSONata states alike", async () => {
    const machine = {
      StartAt: "T",
      States: {
        T: { Type: "Task", Resource: lambda, Assign: { "code.$": "$.StatusCode", "payload.$": "$.Payload", fixed: [1, { a: "b" }] }, ResultPath: null, Next: "U" },
        U: { Type: "Pass", Parameters: { "code.$": "$code", "p.$": "$payload", "f.$": "$fixed" }, End: true },
      },
    } as unknown as StateMachine;
    await expectSame(machine, [{ q: 1 }], echo);
  });

  it("keeps literal {% %} text literal, and converts a state already in JSONata by dropping its own QueryLanguage", async () => {
    const machine = {
      StartAt: "A",
      States: {
        A: { Type: "Pass", Parameters: { text: "{% not an expression here %}" }, Next: "B" },
        B: { Type: "Pass", QueryLanguage: "JSONata", Output: { t: "{% $states.input.text %}" }, End: true },
      },
    } as unknown as StateMachine;
    const converted = await expectSame(machine, [{}]);
    expect((converted.States.B as unknown as JsonObject).QueryLanguage).toBeUndefined();
  });

  it("converts one state inside a JSONPath machine (it gets QueryLanguage JSONata)", async () => {
    const state = { Type: "Pass", InputPath: "$.a", Parameters: { "b.$": "$.b" }, ResultPath: "$.out", End: true } as unknown as State;
    const converted = convertStateToJsonata(state);
    expect(converted.ok).toBe(true);
    if (!converted.ok) return;
    expect(converted.value).toEqual({
      Type: "Pass",
      End: true,
      QueryLanguage: "JSONata",
      Output: '{% $merge([$states.input, {"out": {"b": $states.input.a.b}}]) %}',
    });
    const before = await run(one(state as unknown as JsonObject) as unknown as JsonValue, { a: { b: 1 } }, OPTIONS);
    const after = await run(one(converted.value as unknown as JsonObject) as unknown as JsonValue, { a: { b: 1 } }, OPTIONS);
    expect(after.output).toEqual(before.output);
  });

  it("gives the JSONata form of a path", () => {
    expect(pathToJsonata("$.a['b c'][0]")).toBe("$states.input.a.`b c`[0]");
    expect(pathToJsonata("$$.Map.Item.Value")).toBe("$states.context.Map.Item.Value");
    expect(pathToJsonata("$total.x")).toBe("$total.x");
    expect(pathToJsonata("$.a[*]")).toBeUndefined();
  });

  it("lists caveats where JSONata differs on values the converter cannot see", () => {
    const result = convertStateToJsonata({ Type: "Pass", Parameters: { "s.$": "States.Format('{}', $.n)" }, End: true } as unknown as State);
    expect(result.ok && result.caveats.map((c) => c.kind)).toEqual(["format-number-precision"]);
  });
});

describe("convertToJsonata: refuses rather than guesses", () => {
  const pass = (parameters: JsonObject) => ({ Type: "Pass", Parameters: parameters, End: true });

  it.each([
    ["a filter", pass({ "a.$": "$.items[?(@.x > 1)]" }), "indefinite-path"],
    ["a wildcard", pass({ "a.$": "$.items[*].x" }), "indefinite-path"],
    ["recursive descent", pass({ "a.$": "$..x" }), "indefinite-path"],
    ["a slice", { Type: "Pass", InputPath: "$.items[1:]", End: true }, "indefinite-path"],
    ["ResultPath into an array item", { Type: "Pass", ResultPath: "$.list[0]", End: true }, "result-path-index"],
    ["InputPath null with a path after it", { Type: "Pass", InputPath: null, Parameters: { "a.$": "$.x" }, End: true }, "input-path-null"],
    ["States.StringSplit", pass({ "a.$": "States.StringSplit($.s, ',')" }), "unsupported-intrinsic"],
    ["States.Base64Encode (JSONata's is Latin-1)", pass({ "a.$": "States.Base64Encode($.s)" }), "unsupported-intrinsic"],
    ["a seeded States.MathRandom", pass({ "a.$": "States.MathRandom(1, 10, 7)" }), "unsupported-intrinsic"],
    ["States.ArrayContains of an object", pass({ "a.$": "States.ArrayContains($.list, $.item)" }), "unsupported-intrinsic"],
    ["an array of computed values inside an expression", pass({ "a.$": "States.Format('{}', States.Array($.x))" }), "array-in-expression"],
    ["a Timestamp comparison", { Type: "Choice", Choices: [{ Variable: "$.t", TimestampLessThan: "2024-01-01T00:00:00Z", Next: "X" }], Default: "X" }, "unsupported-operator"],
    ["a field name with a backtick", pass({ "a.$": "$['a`b']" }), "path-not-expressible"],
    ["a Map whose inner state cannot be converted", { Type: "Map", ItemProcessor: { StartAt: "I", States: { I: { Type: "Pass", Parameters: { "x.$": "$..y" }, End: true } } }, End: true }, "nested-state"],
    ["a state already in JSONata", { Type: "Pass", QueryLanguage: "JSONata", End: true }, "already-jsonata"],
  ])("%s", (_what, state, reason) => {
    const before = JSON.stringify(state);
    expect(refusal(state as JsonObject)).toBe(reason);
    expect(JSON.stringify(state)).toBe(before);
  });

  it("a machine with one state it cannot convert is refused as a whole, naming every such state", () => {
    const machine = {
      StartAt: "A",
      States: { A: { Type: "Pass", Parameters: { "x.$": "$[*]" }, Next: "B" }, B: { Type: "Pass", ResultPath: "$[0]", End: true } },
    } as unknown as StateMachine;
    const result = convertMachineToJsonata(machine);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusals.map((r) => [r.reason, r.pointer])).toEqual([
      ["indefinite-path", "/States/A/Parameters/x.$"],
      ["result-path-index", "/States/B/ResultPath"],
    ]);
  });
});
