/**
 * The guide's worked examples, asl-semantics.md §14 (WE-01 … WE-46), with the seed lines they
 * come from. Errata (§16) are noted where a test deliberately departs from the guide's text.
 * WE-30 (intrinsics) lives in src/asl/intrinsics/intrinsics.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../json";
import type { TaskOutcome } from "../mocks/taskInvocation";
import { testState } from "./testState";
import { run } from "./testSupport";
import type { RunOptions } from "./types";

const machine = (states: JsonObject, startAt = Object.keys(states)[0] as string): JsonObject => ({ StartAt: startAt, States: states });
const returns = (value: JsonValue) => ({ result: value });
const hello = "Hello, AWS Step Functions!";
const we08Input = { comment: "This is a test of the input and output of a Task state.", details: "Default example", who: "AWS Step Functions" };
const lambda = "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction";

async function output(definition: JsonValue, input: JsonValue, options: RunOptions = {}): Promise<JsonValue | undefined> {
  const result = await run(definition, input, options);
  expect(result.status, `${result.error}: ${result.cause}`).toBe("SUCCEEDED");
  return result.output;
}

describe("WE-01…WE-14: data flow", () => {
  it("WE-01 Pass Result + ResultPath (seed L3250–L3277)", async () => {
    const def = machine({ P: { Type: "Pass", Result: { "x-datum": 0.381018, "y-datum": 622.2269926397355 }, ResultPath: "$.coords", End: true } });
    expect(await output(def, { georefOf: "Home" })).toEqual({ georefOf: "Home", coords: { "x-datum": 0.381018, "y-datum": 622.2269926397355 } });
  });

  it("WE-02 Parallel result array in branch order (seed L4614–L4653)", async () => {
    const def = machine({
      FunWithMath: {
        Type: "Parallel",
        Branches: [
          machine({ Add: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:Add", End: true } }),
          machine({ Subtract: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:Subtract", End: true } }),
        ],
        End: true,
      },
    });
    const result = await run(def, [3, 2], { mocks: { states: { Add: returns(5), Subtract: returns(1) } } });
    expect(result.output).toEqual([5, 1]);
    expect(result.visits.filter((v) => v.stateType === "Task").map((v) => v.input)).toEqual([[3, 2], [3, 2]]);
  });

  const we03 = machine({
    ChoiceStateX: {
      Type: "Choice",
      Choices: [
        { Not: { Variable: "$.type", StringEquals: "Private" }, Next: "Public" },
        { Variable: "$.value", NumericEquals: 0, Next: "ValueIsZero" },
        { And: [{ Variable: "$.value", NumericGreaterThanEquals: 20 }, { Variable: "$.value", NumericLessThan: 30 }], Next: "ValueInTwenties" },
      ],
      Default: "DefaultState",
    },
    Public: { Type: "Pass", End: true },
    ValueIsZero: { Type: "Pass", End: true },
    ValueInTwenties: { Type: "Pass", End: true },
    DefaultState: { Type: "Fail", Cause: "No Matches!" },
  });
  it.each([
    [{ type: "Private", value: 22 }, "ValueInTwenties"],
    [{ type: "Public", value: 22 }, "Public"],
    [{ type: "Private", value: 0 }, "ValueIsZero"],
  ])("WE-03 Choice with Not/And/NumericEquals (seed L4299–L4372): %j → %s", async (input, next) => {
    const result = await run(we03, input);
    expect(result.visits[1]?.stateName).toBe(next);
  });
  it("WE-03 Default → Fail with cause 'No Matches!', no error; a missing $.type → States.Runtime (seed L4301–L4306)", async () => {
    const failed = await run(we03, { type: "Private", value: 5 });
    expect([failed.status, failed.error, failed.cause]).toEqual(["FAILED", undefined, "No Matches!"]);
    const missing = await run(we03, { value: 5 });
    expect([missing.status, missing.error]).toEqual(["FAILED", "States.Runtime"]);
  });

  it("WE-04 InputPath (seed L5897–L5927)", async () => {
    const input = { comment: "Example for InputPath.", dataset1: { val1: 1, val2: 2, val3: 3 }, dataset2: { val1: "a", val2: "b", val3: "c" } };
    expect(await output(machine({ P: { Type: "Pass", InputPath: "$.dataset2", End: true } }), input)).toEqual({ val1: "a", val2: "b", val3: "c" });
  });

  it("WE-05 path evaluation table (seed L5838–L5855)", async () => {
    const input = { foo: 123, bar: ["a", "b", "c"], car: { cdr: true }, jar: [{ a: 1 }, { a: 5 }, { a: 2 }, { a: 7 }, { a: 3 }] };
    const def = machine({ P: { Type: "Pass", Parameters: { "foo.$": "$.foo", "bar.$": "$.bar", "cdr.$": "$.car.cdr", "jar.$": "$.jar[?(@.a >= 5)]" }, End: true } });
    expect(await output(def, input)).toEqual({ foo: 123, bar: ["a", "b", "c"], cdr: true, jar: [{ a: 5 }, { a: 7 }] });
  });

  it("WE-06 Parameters with static and .$ values, nested (seed L5945–L5986)", async () => {
    const input = { comment: "Example for Parameters.", product: { details: { color: "blue", size: "small", material: "cotton" }, availability: "in stock", sku: "2317", cost: "$23" } };
    const def = machine({
      P: { Type: "Pass", Parameters: { comment: "Selecting what I care about.", MyDetails: { "size.$": "$.product.details.size", "exists.$": "$.product.availability", StaticValue: "foo" } }, End: true },
    });
    expect(await output(def, input)).toEqual({ comment: "Selecting what I care about.", MyDetails: { size: "small", exists: "in stock", StaticValue: "foo" } });
  });

  it("WE-07 ResultSelector + ResultPath (seed L6025–L6071)", async () => {
    const result = {
      resourceType: "elasticmapreduce",
      resource: "createCluster.sync",
      output: { SdkHttpMetadata: { HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "1234-5678-9012" }, ClusterId: "AKIAIOSFODNN7EXAMPLE" },
    };
    const def = machine({
      T: { Type: "Task", Resource: "arn:aws:states:::elasticmapreduce:createCluster.sync", ResultSelector: { "ClusterId.$": "$.output.ClusterId", "ResourceType.$": "$.resourceType" }, ResultPath: "$.EMROutput", End: true },
    });
    expect(await output(def, { OtherDataFromInput: {} }, { mocks: { states: { T: returns(result) } } })).toEqual({
      OtherDataFromInput: {},
      EMROutput: { ResourceType: "elasticmapreduce", ClusterId: "AKIAIOSFODNN7EXAMPLE" },
    });
  });

  it("WE-08 ResultPath default replaces the input; null keeps it (seed L6131–L6186)", async () => {
    const mocks = { states: { T: returns(hello) } };
    expect(await output(machine({ T: { Type: "Task", Resource: lambda, End: true } }), we08Input, { mocks })).toBe(hello);
    expect(await output(machine({ T: { Type: "Task", Resource: lambda, ResultPath: null, End: true } }), we08Input, { mocks })).toEqual(we08Input);
  });

  it("WE-09 ResultPath adds a field, other fields unchanged (seed L6190–L6216; erratum 3)", async () => {
    const def = machine({ T: { Type: "Task", Resource: lambda, ResultPath: "$.taskresult", End: true } });
    expect(await output(def, we08Input, { mocks: { states: { T: returns(hello) } } })).toEqual({ ...we08Input, taskresult: hello });
  });

  it("WE-10 ResultPath into a child node (seed L6219–L6248)", async () => {
    const input = { comment: "An input comment.", strings: { string1: "foo", string2: "bar", string3: "baz" }, who: "AWS Step Functions" };
    const def = machine({ T: { Type: "Task", Resource: lambda, ResultPath: "$.strings.lambdaresult", End: true } });
    expect(await output(def, input, { mocks: { states: { T: returns(hello) } } })).toEqual({ ...input, strings: { ...input.strings, lambdaresult: hello } });
  });

  it("WE-11 ResultPath overwrites an existing node (seed L6250–L6284; erratum 3)", async () => {
    const def = machine({ T: { Type: "Task", Resource: lambda, ResultPath: "$.comment", End: true } });
    expect(await output(def, we08Input, { mocks: { states: { T: returns(hello) } } })).toEqual({ ...we08Input, comment: hello });
  });

  it("WE-12 Catch with ResultPath (seed L6286–L6310)", async () => {
    const def = machine({
      T: { Type: "Task", Resource: lambda, Catch: [{ ErrorEquals: ["States.ALL"], Next: "NextTask", ResultPath: "$.error" }], End: true },
      NextTask: { Type: "Pass", End: true },
    });
    expect(await output(def, { foo: "bar" }, { mocks: { states: { T: { error: "Error here" } } } })).toEqual({ foo: "bar", error: { Error: "Error here" } });
  });

  it("WE-13 slice path (seed L5927–L5944)", async () => {
    expect(await output(machine({ P: { Type: "Pass", Parameters: { "s.$": "$.a[0:2]" }, End: true } }), { a: [1, 2, 3, 4] })).toEqual({ s: [1, 2] });
  });

  it("WE-14 InputPath → ResultPath → OutputPath; ResultPath writes into the raw input (seed L6345–L6430)", async () => {
    const input = { comment: "An input comment.", data: { val1: 23, val2: 17 }, extra: "foo", lambda: { who: "AWS Step Functions" } };
    const def = machine({ T: { Type: "Task", Resource: lambda, InputPath: "$.lambda", ResultPath: "$.data.lambdaresult", OutputPath: "$.data", End: true } });
    const result = await run(def, input, { mocks: { states: { T: returns(hello) } } });
    expect(result.visits[0]?.stages.afterInputPath).toEqual({ who: "AWS Step Functions" });
    expect(result.visits[0]?.stages.afterResultPath).toEqual({ ...input, data: { val1: 23, val2: 17, lambdaresult: hello } });
    expect(result.output).toEqual({ val1: 23, val2: 17, lambdaresult: hello });
    expect(input.data).toEqual({ val1: 23, val2: 17 }); // the caller's input is never mutated
  });
});

describe("WE-15…WE-19, WE-26…WE-28, WE-39, WE-42, WE-45: Map", () => {
  const shipped = [
    { prod: "R31", "dest-code": 9511, quantity: 1344 },
    { prod: "S39", "dest-code": 9511, quantity: 40 },
    { prod: "R31", "dest-code": 9833, quantity: 12 },
    { prod: "R40", "dest-code": 9860, quantity: 887 },
    { prod: "R40", "dest-code": 9511, quantity: 1220 },
  ];
  const we15Input = { "ship-date": "2016-03-14T01:59:00Z", detail: { "delivery-partner": "UQS", shipped } };

  it("WE-15 inline Map with InputPath, ItemsPath, ItemSelector, ResultPath (seed L4998–L5095)", async () => {
    const def = machine({
      "Validate-All": {
        Type: "Map",
        InputPath: "$.detail",
        ItemsPath: "$.shipped",
        MaxConcurrency: 0,
        ResultPath: "$.detail.shipped",
        ItemSelector: { "parcel.$": "$$.Map.Item.Value", "courier.$": "$.delivery-partner" },
        ItemProcessor: { StartAt: "Validate", States: { Validate: { Type: "Task", Resource: lambda, End: true } } },
        End: true,
      },
    });
    const result = await run(def, we15Input, { mocks: { states: { Validate: returns({ valid: true }) } } });
    expect(result.visits.find((v) => v.stateName === "Validate")?.input).toEqual({ parcel: shipped[0], courier: "UQS" });
    expect(result.output).toEqual({ ...we15Input, detail: { ...we15Input.detail, shipped: shipped.map(() => ({ valid: true })) } });
  });

  it("WE-16 Map context object (seed L7848–L7910)", async () => {
    const def = machine({
      ExampleMapState: {
        Type: "Map",
        ItemSelector: { "ContextIndex.$": "$$.Map.Item.Index", "ContextValue.$": "$$.Map.Item.Value" },
        ItemProcessor: { StartAt: "TestPass", States: { TestPass: { Type: "Pass", End: true } } },
        End: true,
      },
    });
    expect(await output(def, [{ who: "bob" }, { who: "meg" }, { who: "joe" }])).toEqual([
      { ContextIndex: 0, ContextValue: { who: "bob" } },
      { ContextIndex: 1, ContextValue: { who: "meg" } },
      { ContextIndex: 2, ContextValue: { who: "joe" } },
    ]);
  });

  it("WE-17 ItemSelector with a static value (seed L7190–L7232)", async () => {
    const items = [{ resize: "true", format: "jpg" }, { resize: "false", format: "png" }, { resize: "true", format: "jpg" }];
    const def = machine({ M: { Type: "Map", ItemSelector: { size: 10, "value.$": "$$.Map.Item.Value" }, ItemProcessor: machine({ P: { Type: "Pass", End: true } }), End: true } });
    expect(await output(def, items)).toEqual(items.map((value) => ({ size: 10, value })));
  });

  const distributed = (extra: JsonObject, processor: JsonObject = machine({ P: { Type: "Pass", End: true } })): JsonObject =>
    machine({ M: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...processor }, End: true, ...extra } });

  it("WE-18 ItemBatcher child inputs, with and without BatchInput (seed L7250–L7300, L7398–L7430)", async () => {
    const items = [{ a: 1 }, { a: 2 }, { a: 3 }];
    expect(await output(distributed({ ItemBatcher: { MaxItemsPerBatch: 2 } }), items)).toEqual([{ Items: [{ a: 1 }, { a: 2 }] }, { Items: [{ a: 3 }] }]);
    expect(await output(distributed({ ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { factCheck: "December 2022" } } }), items)).toEqual([
      { BatchInput: { factCheck: "December 2022" }, Items: [{ a: 1 }, { a: 2 }] },
      { BatchInput: { factCheck: "December 2022" }, Items: [{ a: 3 }] },
    ]);
    // 10 items in batches of 3 → 3, 3, 3, 1 (seed L13778–L13782).
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    const batches = (await output(distributed({ ItemBatcher: { MaxItemsPerBatch: 3 } }), ten)) as { Items: number[] }[];
    expect(batches.map((b) => b.Items.length)).toEqual([3, 3, 3, 1]);
  });

  it("WE-19 CSV items with ItemSelector type conversion (seed L7590–L7668; erratum 10: the JSON object is quoted)", async () => {
    const csv = 'abc,123,"This string contains commas, a double quote (""), and a newline (\n)","{""MyKey"":""MyValue""}","[1,2,3]"\n';
    const def = distributed({
      ItemReader: {
        Resource: "arn:aws:states:::s3:getObject",
        ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["MyLetters", "MyNumbers", "MyString", "MyObject", "MyArray"] },
        Parameters: { Bucket: "my-bucket", Key: "myCSVInput.csv" },
      },
      ItemSelector: {
        "MyLetters.$": "$$.Map.Item.Value.MyLetters",
        "MyNumbers.$": "States.StringToJson($$.Map.Item.Value.MyNumbers)",
        "MyString.$": "$$.Map.Item.Value.MyString",
        "MyObject.$": "States.StringToJson($$.Map.Item.Value.MyObject)",
        "MyArray.$": "States.StringToJson($$.Map.Item.Value.MyArray)",
      },
    });
    expect(await output(def, {}, { mocks: { states: { M: { itemReader: csv } } } })).toEqual([
      { MyNumbers: 123, MyObject: { MyKey: "MyValue" }, MyString: 'This string contains commas, a double quote ("), and a newline (\n)', MyLetters: "abc", MyArray: [1, 2, 3] },
    ]);
  });

  it("WE-26 distributed Map + ItemBatcher + BatchInput + ResultSelector flatten (seed L13778–L13983)", async () => {
    const lambdaTask = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "Payload.$": "$", FunctionName: "f" }, OutputPath: "$.Payload", End: true };
    const def = machine({
      Pass: { Type: "Pass", Result: { MyMultiplicationFactor: 7, MyItems: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, Next: "Map" },
      Map: {
        Type: "Map",
        ItemsPath: "$.MyItems",
        ItemBatcher: { MaxItemsPerBatch: 3, BatchInput: { "MyMultiplicationFactor.$": "$.MyMultiplicationFactor" } },
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "Lambda Invoke", States: { "Lambda Invoke": lambdaTask } },
        ResultSelector: { "multiplied.$": "$..multiplied[*]" },
        End: true,
      },
    });
    const taskHandler = (inv: { input: JsonValue }): TaskOutcome => {
      const p = (inv.input as JsonObject).Payload as { BatchInput: { MyMultiplicationFactor: number }; Items: number[] };
      return { kind: "return", value: { Payload: { statusCode: 200, multiplied: p.Items.map((x) => x * p.BatchInput.MyMultiplicationFactor) } } };
    };
    const result = await run(def, {}, { taskHandler });
    expect(result.visits.find((v) => v.stateName === "Lambda Invoke")?.input).toEqual({ BatchInput: { MyMultiplicationFactor: 7 }, Items: [1, 2, 3] });
    expect(result.output).toEqual({ multiplied: [7, 14, 21, 28, 35, 42, 49, 56, 63, 70] });
  });

  it("WE-28 inline Map + States.UUID + OutputPath: five distinct v4 UUIDs (seed L13300–L13462)", async () => {
    const def = machine({
      Pass: { Type: "Pass", Result: { foo: "bar", colors: ["red", "green", "blue", "yellow", "white"] }, Next: "Map" },
      Map: { Type: "Map", ItemsPath: "$.colors", ItemProcessor: machine({ Gen: { Type: "Pass", Parameters: { "uuid.$": "States.UUID()" }, OutputPath: "$.uuid", End: true } }), End: true },
    });
    const ids = (await output(def, {})) as string[];
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("WE-39 Map ItemsPath with a Pass processor (seed L7110–L7165)", async () => {
    const input = { ThingsPiratesSay: [{ say: "Avast!" }, { say: "Yar!" }, { say: "Walk the Plank!" }], ThingsGiantsSay: [{ say: "Fee!" }, { say: "Fi!" }, { say: "Fo!" }, { say: "Fum!" }] };
    const def = machine({ M: { Type: "Map", ItemsPath: "$.ThingsPiratesSay", ItemProcessor: machine({ P: { Type: "Pass", End: true } }), End: true } });
    expect(await output(def, input)).toEqual(input.ThingsPiratesSay);
  });

  it("WE-42 CSV FIRST_ROW headers give strings; MANIFEST rows (seed L6700–L7005)", async () => {
    const csv = "userId,movieId,rating,timestamp\n1,307,3.5,1256677221\n";
    const reader = { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" }, Parameters: { Bucket: "b", Key: "k" } };
    expect(await output(distributed({ ItemReader: reader }), {}, { mocks: { states: { M: { itemReader: csv } } } })).toEqual([
      { userId: "1", movieId: "307", rating: "3.5", timestamp: "1256677221" },
    ]);
    const manifest = "sourceBucket,csvDataset/titles.csv,3399671,2022-11-16T00:29:32.000Z\n";
    const manifestReader = { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "MANIFEST" }, Parameters: { Bucket: "b", Key: "manifest.csv" } };
    expect(await output(distributed({ ItemReader: manifestReader }), {}, { mocks: { states: { M: { itemReader: manifest } } } })).toEqual([
      { LastModifiedDate: "2022-11-16T00:29:32.000Z", Bucket: "sourceBucket", Size: "3399671", Key: "csvDataset/titles.csv" },
    ]);
  });

  it("WE-45 ResultWriter result shape (seed L7462–L7475)", async () => {
    const def = distributed({ Label: "Map", ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "myOutputBucket", Prefix: "csvProcessJobs" } } });
    const result = await run(def, [1, 2], { stateMachineName: "csvProcess", region: "us-east-2" });
    const out = result.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    expect(out.MapRunArn).toMatch(/^arn:aws:states:us-east-2:123456789012:mapRun:csvProcess\/Map:[0-9a-f-]{36}$/);
    expect(out.ResultWriterDetails.Bucket).toBe("myOutputBucket");
    expect(out.ResultWriterDetails.Key).toMatch(/^csvProcessJobs\/[0-9a-f-]{36}\/manifest\.json$/);
    expect(Object.keys(result.visits[0]?.resultWriterFiles ?? {})).toEqual(expect.arrayContaining([out.ResultWriterDetails.Key]));
  });
});

describe("WE-20…WE-25, WE-29, WE-36…WE-38, WE-40, WE-41, WE-46", () => {
  it("WE-20 task output becomes execution output (seed L5711–L5753)", async () => {
    const def = { StartAt: "Add", Version: "1.0", TimeoutSeconds: 10, States: { Add: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:Add", End: true } } };
    expect(await output(def, { numbers: [3, 4] }, { mocks: { states: { Add: returns({ result: 7 }) } } })).toEqual({ result: 7 });
  });

  it("WE-21/22 InputPath selects the Lambda payload; States.Format builds an address (seed L1509–L1598)", async () => {
    const input = { data: { firstname: "Jane", lastname: "Doe", identity: { email: "jdoe@example.com", ssn: "123-45-6789" }, address: { street: "123 Main St", city: "Columbus", state: "OH", zip: "43219" } } };
    const def = machine({
      T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", InputPath: "$.data.address", Parameters: { "Payload.$": "$", FunctionName: "f", "addressString.$": "States.Format('{}. {}, {} - {}', $.street, $.city, $.state, $.zip)" }, End: true },
    });
    const result = await run(def, input);
    expect(result.visits[0]?.stages.afterParameters).toEqual({ Payload: input.data.address, FunctionName: "f", addressString: "123 Main St. Columbus, OH - 43219" });
  });

  it("WE-23 TestState DEBUG pipeline for Pass (seed L19967–L19992)", async () => {
    const state = { Type: "Pass", InputPath: "$.payload", Parameters: { data: 1 }, ResultPath: "$.result", OutputPath: "$.result.data", Next: "Another State" };
    const result = await testState(state, { payload: { foo: "bar" } }, { inspectionLevel: "DEBUG" });
    expect(result).toMatchObject({ status: "SUCCEEDED", output: "1", nextState: "Another State" });
    expect(result.inspectionData).toEqual({
      input: '{"payload":{"foo":"bar"}}',
      afterInputPath: '{"foo":"bar"}',
      afterParameters: '{"data":1}',
      afterResultSelector: '{"data":1}',
      afterResultPath: '{"payload":{"foo":"bar"},"result":{"data":1}}',
    });
  });

  it("WE-24 TestState Choice (seed L19945–L19962)", async () => {
    const state = { Type: "Choice", Choices: [{ Variable: "$.number", NumericEquals: 1, Next: "Equals 1" }, { Variable: "$.number", NumericEquals: 2, Next: "Equals 2" }], Default: "No Match" };
    expect(await testState(state, { number: 2 })).toEqual({ status: "SUCCEEDED", output: '{"number":2}', nextState: "Equals 2" });
  });

  it("WE-25 ResultSelector + StringToJson on a Lambda envelope; a path into a string fails (seed L1604–L1643, L1826–L1862)", async () => {
    const envelope = { ExecutedVersion: "$LATEST", Payload: { statusCode: 200, body: '{"approved":true,"message":"identity validation passed"}' }, StatusCode: 200 };
    const ok = machine({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ResultSelector: { "identity.$": "States.StringToJson($.Payload.body)" }, End: true } });
    expect(await output(ok, {}, { mocks: { states: { T: returns(envelope) } } })).toEqual({ identity: { approved: true, message: "identity validation passed" } });
    const bad = machine({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ResultSelector: { "identity.$": "$.Payload.body.message" }, End: true } });
    const failed = await run(bad, {}, { mocks: { states: { T: returns(envelope) } } });
    expect([failed.status, failed.error]).toEqual(["FAILED", "States.Runtime"]);
  });

  it("WE-29 an indefinite path returns an array, even for one match (seed L8022–L8055)", async () => {
    const input: JsonValue = { items: [{ name: "shoe", color: "blue", comment: "nice shoe" }, { name: "hat", color: "red" }, { name: "shirt", color: "yellow" }] };
    expect(await output(machine({ P: { Type: "Pass", InputPath: "$..comment", End: true } }), input)).toEqual(["nice shoe"]);
  });

  it("WE-36 loop via Choice + Task (seed L15190–L15330)", async () => {
    const def = machine({
      ConfigureCount: { Type: "Pass", Result: { count: 10, index: 0, step: 1 }, ResultPath: "$.iterator", Next: "Iterator" },
      Iterator: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:Iterator", ResultPath: "$.iterator", Next: "IsCountReached" },
      IsCountReached: { Type: "Choice", Choices: [{ Variable: "$.iterator.continue", BooleanEquals: true, Next: "ExampleWork" }], Default: "Done" },
      ExampleWork: { Type: "Pass", Result: { success: true }, ResultPath: "$.result", Next: "Iterator" },
      Done: { Type: "Pass", End: true },
    });
    const taskHandler = (inv: { input: JsonValue }): TaskOutcome => {
      const it = (inv.input as { iterator: { count: number; index: number; step: number } }).iterator;
      const index = it.index + it.step;
      return { kind: "return", value: { index, step: it.step, count: it.count, continue: index < it.count } };
    };
    const result = await run(def, {}, { taskHandler });
    expect(result.output).toEqual({ iterator: { index: 10, step: 1, count: 10, continue: false }, result: { success: true } });
    expect(result.visits.filter((v) => v.stateName === "ExampleWork")).toHaveLength(9);
  });

  it("WE-37 startExecution .sync gives Output as a string, .sync:2 as JSON (seed L29088–L29112)", async () => {
    const task = (resource: string) => machine({ T: { Type: "Task", Resource: resource, Parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:HelloWorld" }, End: true } });
    const sync = (await output(task("arn:aws:states:::states:startExecution.sync"), {})) as JsonObject;
    const sync2 = (await output(task("arn:aws:states:::states:startExecution.sync:2"), {})) as JsonObject;
    expect(typeof sync.Output).toBe("string");
    expect(typeof sync2.Output).toBe("object");
  });

  it("WE-38 a Parameters path into an API parameter (seed L30183–L30200)", async () => {
    const input = { comment: "A message in the state input", input: { message: "foo", otherInfo: "bar" }, data: "example" };
    expect(await output(machine({ P: { Type: "Pass", Parameters: { "myMessage.$": "$.input.message" }, End: true } }), input)).toEqual({ myMessage: "foo" });
  });

  it("WE-40 Wait TimestampPath: waits until the instant on the virtual clock; output = input (seed L4415–L4444)", async () => {
    const def = machine({ wait_until: { Type: "Wait", TimestampPath: "$.expirydate", End: true } });
    const input = { expirydate: "2024-03-14T01:59:00Z" };
    const result = await run(def, input, { startTime: "2024-03-14T01:00:00Z" });
    expect(result.output).toEqual(input);
    expect(new Date(result.stopTime).toISOString()).toBe("2024-03-14T01:59:00.000Z");
    const past = await run(def, input, { startTime: "2025-01-01T00:00:00Z" });
    expect(past.stopTime).toBe(Date.parse("2025-01-01T00:00:00Z"));
  });

  it("WE-41 Fail with paths and an intrinsic (seed L4505–L4532)", async () => {
    const input = { Error: "ErrorA", Cause: "Bad" };
    const paths = await run(machine({ F: { Type: "Fail", ErrorPath: "$.Error", CausePath: "$.Cause" } }), input);
    expect([paths.error, paths.cause]).toEqual(["ErrorA", "Bad"]);
    const format = await run(machine({ F: { Type: "Fail", ErrorPath: "$.Error", CausePath: "States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)" } }), input);
    expect(format.cause).toBe("This is a custom error message for ErrorA, caused by Bad.");
  });

  it("WE-46 Lambda envelope + OutputPath $.Payload (seed L28226–L28244, L12150–L12170)", async () => {
    const payload = { foo: "bar", colors: ["red", "blue", "green"], car: { year: 2008, make: "Toyota", model: "Matrix" } };
    const def = machine({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, OutputPath: "$.Payload", End: true } });
    expect(await output(def, payload)).toEqual(payload); // unmocked lambda:invoke echoes the Payload in its envelope
    const result = await run(def, payload);
    expect(Object.keys(result.visits[0]?.stages.result as JsonObject)).toEqual(["ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"]);
  });
});

describe("WE-31…WE-35, WE-44: retry and catch", () => {
  const failing = (retry: JsonValue[], catchers?: JsonValue[]) =>
    machine({
      X: { Type: "Task", Resource: lambda, Retry: retry, ...(catchers ? { Catch: catchers } : {}), End: true },
      Z: { Type: "Pass", End: true },
    });
  const delays = async (retrier: JsonObject, errors = 10) => {
    const result = await run(failing([{ ErrorEquals: ["States.ALL"], ...retrier }]), {}, { mocks: { states: { X: { sequence: Array.from({ length: errors }, () => ({ error: "E" })) } } } });
    return result.visits[0]?.retries.map((r) => r.delaySeconds);
  };

  it("WE-31 retry delays (seed L10826–L10898)", async () => {
    expect(await delays({ IntervalSeconds: 3, BackoffRate: 2, MaxAttempts: 3 })).toEqual([3, 6, 12]);
    expect(await delays({ IntervalSeconds: 3, BackoffRate: 1, MaxAttempts: 2 })).toEqual([3, 3]);
    expect(await delays({ IntervalSeconds: 3, BackoffRate: 2, MaxAttempts: 3, MaxDelaySeconds: 5 })).toEqual([3, 5, 5]);
    const jitter = (await delays({ IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 3, JitterStrategy: "FULL" })) as number[];
    [2, 4, 8].forEach((cap, i) => {
      expect(jitter[i]).toBeGreaterThanOrEqual(0);
      expect(jitter[i]).toBeLessThanOrEqual(cap);
    });
    expect(await delays({ MaxAttempts: 0 })).toEqual([]);
  });

  it("WE-31 delays pass on the virtual clock (3 + 6 + 12 s)", async () => {
    const result = await run(failing([{ ErrorEquals: ["States.ALL"], IntervalSeconds: 3, BackoffRate: 2, MaxAttempts: 3 }]), {}, { mocks: { states: { X: { error: "E" } } } });
    expect(result.stopTime - result.startTime).toBe(21_000);
  });

  it("WE-32 complex retry + catch: ErrorA, ErrorB, ErrorC, ErrorB → 1 s, 2 s, 5 s, then Z (seed L10913–L10944)", async () => {
    const def = failing(
      [
        { ErrorEquals: ["ErrorA", "ErrorB"], IntervalSeconds: 1, BackoffRate: 2.0, MaxAttempts: 2 },
        { ErrorEquals: ["ErrorC"], IntervalSeconds: 5 },
      ],
      [{ ErrorEquals: ["States.ALL"], Next: "Z" }],
    );
    const sequence = ["ErrorA", "ErrorB", "ErrorC", "ErrorB"].map((error) => ({ error, cause: `${error} happened` }));
    const result = await run(def, { in: 1 }, { mocks: { states: { X: { sequence } } } });
    expect(result.visits[0]?.retries.map((r) => r.delaySeconds)).toEqual([1, 2, 5]);
    expect(result.visits[0]?.status).toBe("caught");
    expect(result.output).toEqual({ Error: "ErrorB", Cause: "ErrorB happened" });
  });

  it("WE-33 retry all except States.Timeout (seed L10900–L10911)", async () => {
    const def = failing([{ ErrorEquals: ["States.Timeout"], MaxAttempts: 0 }, { ErrorEquals: ["States.ALL"] }]);
    const timeout = await run(def, {}, { mocks: { states: { X: { error: "States.Timeout" } } } });
    expect([timeout.status, timeout.error, timeout.visits[0]?.retries.length]).toEqual(["FAILED", "States.Timeout", 0]);
    const other = await run(def, {}, { mocks: { states: { X: { error: "Other" } } } });
    expect(other.visits[0]?.retries.map((r) => r.delaySeconds)).toEqual([1, 2, 4]);
  });

  it("WE-34 catch order: custom, States.TaskFailed, States.ALL (seed L13140–L13200)", async () => {
    const def = machine({
      CreateAccount: {
        Type: "Task",
        Resource: "arn:aws:lambda:us-east-1:123456789012:function:FailFunction",
        Catch: [
          { ErrorEquals: ["CustomError"], Next: "CustomErrorFallback" },
          { ErrorEquals: ["States.TaskFailed"], Next: "ReservedTypeFallback" },
          { ErrorEquals: ["States.ALL"], Next: "CatchAllFallback" },
        ],
        End: true,
      },
      CustomErrorFallback: { Type: "Pass", Result: "This is a fallback from a custom Lambda function exception", End: true },
      ReservedTypeFallback: { Type: "Pass", Result: "This is a fallback from a reserved error code", End: true },
      CatchAllFallback: { Type: "Pass", Result: "This is a fallback from any error code", End: true },
    });
    const with_ = (error: string) => output(def, {}, { mocks: { states: { CreateAccount: { error } } } });
    expect(await with_("CustomError")).toBe("This is a fallback from a custom Lambda function exception");
    expect(await with_("Other")).toBe("This is a fallback from a reserved error code");
    expect(await with_("States.Timeout")).toBe("This is a fallback from any error code");
  });

  it("WE-35 Catch with ResultPath null passes the original input (seed L16860–L16900)", async () => {
    const def = machine({
      HeadBucket: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:s3:headBucket", Catch: [{ ErrorEquals: ["S3.S3Exception"], ResultPath: null, Next: "Fallback" }], End: true },
      Fallback: { Type: "Pass", End: true },
    });
    expect(await output(def, { Name: "bucket" }, { mocks: { states: { HeadBucket: { error: "S3.S3Exception" } } } })).toEqual({ Name: "bucket" });
  });

  it("WE-44 mock config retry path consumes 0, 1-2, 3 (seed L20712–L20912)", async () => {
    const def = machine({
      LambdaState: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f" }, Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }], End: true },
    });
    const config = {
      StateMachines: { LambdaSQSIntegration: { TestCases: { RetryPath: { LambdaState: "MockedLambdaRetry" } } } },
      MockedResponses: {
        MockedLambdaRetry: {
          "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } },
          "1-2": { Throw: { Error: "Lambda.TimeoutException", Cause: "Lambda timed out." } },
          "3": { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } } },
        },
      },
    };
    const result = await run(def, {}, { mocks: { config, testCase: "RetryPath" } });
    expect(result.output).toEqual({ StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } });
    expect(result.visits[0]?.retries.map((r) => r.delaySeconds)).toEqual([2, 4, 8]);
  });
});
