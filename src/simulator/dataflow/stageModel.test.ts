import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../asl/json";
import { computeDataFlow, parsePathField, pathSyntaxError, type DataFlowModel, type StageId } from "./stageModel";

const stage = (model: DataFlowModel, id: StageId) => model.stages.find((s) => s.id === id);
const value = (model: DataFlowModel, id: StageId) => stage(model, id)?.value;

// The data flow simulator walkthrough (seed L7965–L8006).
const janeDoe: JsonValue = {
  data: {
    firstname: "Jane",
    lastname: "Doe",
    identity: { email: "jdoe@example.com", ssn: "123-45-6789" },
    address: { street: "123 Main St", city: "Columbus", state: "OH", zip: "43219" },
  },
};

// The JSONPath "store" document the console's known limitations quote (seed L8022–L8027).
const store: JsonValue = {
  store: {
    book: [
      { category: "reference", author: "Nigel Rees", title: "Sayings of the Century", price: 8.95, isInStock: true },
      { category: "fiction", author: "Evelyn Waugh", title: "Sword of Honour", price: 12.99, isInStock: false },
      { category: "fiction", author: "Herman Melville", title: "Moby Dick", price: 8.99, isInStock: true },
      { category: "fiction", author: "J. R. R. Tolkien", title: "The Lord of the Rings", price: 22.99, isInStock: true },
    ],
  },
};

describe("data-flow stage model", () => {
  it("names the stages as TestState does and follows the guide's walkthrough (InputPath, then Parameters with States.Format)", () => {
    const model = computeDataFlow({
      stateName: "Format address",
      state: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        InputPath: "$.data.address",
        Parameters: { "addressString.$": "States.Format('{}. {}, {} - {}', $.street, $.city, $.state, $.zip)" },
        End: true,
      },
      input: janeDoe,
      result: { kind: "value", value: { ok: true }, label: "typed" },
    });
    expect(model.stages.map((s) => s.apiName)).toEqual(["input", "afterInputPath", "afterParameters", "result", "afterResultSelector", "afterResultPath", "output"]);
    expect(value(model, "afterInputPath")).toEqual({ street: "123 Main St", city: "Columbus", state: "OH", zip: "43219" });
    expect(value(model, "afterParameters")).toEqual({ addressString: "123 Main St. Columbus, OH - 43219" });
    expect(stage(model, "afterInputPath")?.field).toEqual({ name: "InputPath", kind: "path", value: "$.data.address", editable: true });
    expect(model.output).toEqual({ ok: true });
  });

  it("ResultPath places the result into the raw input; the base of that stage is the input (for highlighting)", () => {
    const model = computeDataFlow({
      stateName: "T",
      state: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ResultSelector: { "body.$": "$.Payload.body" }, ResultPath: "$.taskresult", OutputPath: "$.taskresult", End: true },
      input: { comment: "hi" },
      result: { kind: "value", value: { Payload: { body: "Hello" } }, label: "mock" },
    });
    expect(value(model, "afterResultSelector")).toEqual({ body: "Hello" });
    expect(value(model, "afterResultPath")).toEqual({ comment: "hi", taskresult: { body: "Hello" } });
    expect(stage(model, "afterResultPath")?.base).toEqual({ comment: "hi" });
    expect(model.output).toEqual({ body: "Hello" });
  });

  it("console bug 1: filter expressions evaluate as on the service", () => {
    const titles = computeDataFlow({ stateName: "P", state: { Type: "Pass", InputPath: "$..book[?(@.price > 10.0)].title", End: true }, input: store });
    expect(titles.output).toEqual(["Sword of Honour", "The Lord of the Rings"]);
    const inStock = computeDataFlow({ stateName: "P", state: { Type: "Pass", InputPath: "$..book[?(@.isInStock==true)]", End: true }, input: store });
    expect((inStock.output as { title: string }[]).map((b) => b.title)).toEqual(["Sayings of the Century", "Moby Dick", "The Lord of the Rings"]);
  });

  it("console bug 2: a single-item result of an indefinite path stays an array (seed L8030–L8055)", () => {
    const items: JsonValue = { items: [{ name: "shoe", color: "blue", comment: "nice shoe" }, { name: "hat", color: "red" }, { name: "shirt", color: "yellow" }] };
    const model = computeDataFlow({ stateName: "P", state: { Type: "Pass", InputPath: "$..comment", End: true }, input: items });
    expect(value(model, "afterInputPath")).toEqual(["nice shoe"]);
    expect(model.output).toEqual(["nice shoe"]);
  });

  it("console bug 3: Map fields are simulated (ItemsPath, ItemSelector with $$.Map.Item, ItemBatcher)", () => {
    const model = computeDataFlow({
      stateName: "Map",
      state: {
        Type: "Map",
        ItemsPath: "$.things",
        ItemSelector: { "index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value", "owner.$": "$.owner" },
        ItemProcessor: { StartAt: "W", States: { W: { Type: "Pass", End: true } } },
        ResultPath: "$.out",
        End: true,
      },
      input: { owner: "Ann", things: ["a", "b"] },
    });
    expect(model.stages.map((s) => s.id)).toEqual(["input", "afterInputPath", "items", "afterItemSelector", "result", "afterResultSelector", "afterResultPath", "output"]);
    expect(stage(model, "items")?.field?.name).toBe("ItemsPath");
    expect(value(model, "afterItemSelector")).toEqual([
      { index: 0, value: "a", owner: "Ann" },
      { index: 1, value: "b", owner: "Ann" },
    ]);
    expect(model.output).toEqual({ owner: "Ann", things: ["a", "b"], out: value(model, "afterItemSelector") as JsonValue });

    const distributed = computeDataFlow({
      stateName: "Batch",
      state: {
        Type: "Map",
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "W", States: { W: { Type: "Pass", End: true } } },
        ItemsPath: "$.items",
        ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { "tag.$": "$.tag" } },
        End: true,
      },
      input: { tag: "t", items: [1, 2, 3] },
      result: { kind: "value", value: ["r1", "r2"], label: "typed" },
    });
    expect(distributed.stages.map((s) => s.id)).toContain("afterItemBatcher");
    expect(value(distributed, "afterItemBatcher")).toEqual([
      { BatchInput: { tag: "t" }, Items: [1, 2] },
      { BatchInput: { tag: "t" }, Items: [3] },
    ]);
    expect(distributed.output).toEqual(["r1", "r2"]);
  });

  it("an InputPath that matches nothing fails there with States.Runtime; later stages are not reached", () => {
    const model = computeDataFlow({ stateName: "T", state: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", InputPath: "$.missing", End: true }, input: { a: 1 } });
    expect(stage(model, "afterInputPath")?.status).toBe("error");
    expect(stage(model, "afterInputPath")?.error?.error).toBe("States.Runtime");
    expect(stage(model, "afterInputPath")?.error?.cause).toContain("Invalid path '$.missing' : No results for path: $['missing']");
    expect(model.stages.slice(2).every((s) => s.status === "not-reached")).toBe(true);
    expect(model.error?.stage).toBe("afterInputPath");
  });

  it("a ResultPath into a non-object fails with States.ResultPathMatchFailure", () => {
    const model = computeDataFlow({ stateName: "P", state: { Type: "Pass", Result: 1, ResultPath: "$.x", End: true }, input: "text" });
    expect(stage(model, "afterResultPath")?.error?.error).toBe("States.ResultPathMatchFailure");
    expect(stage(model, "output")?.status).toBe("not-reached");
  });

  it("a mocked task error is shown at the result stage, and a matching catcher places the error output", () => {
    const model = computeDataFlow({
      stateName: "T",
      state: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["Oops"], ResultPath: "$.error", Next: "Recover" }], End: true },
      input: { a: 1 },
      result: { kind: "error", error: "Oops", cause: "bad", label: "mock" },
    });
    expect(stage(model, "result")?.error).toEqual({ error: "Oops", cause: "bad" });
    expect(model.caught).toEqual({ index: 0, next: "Recover", error: { error: "Oops", cause: "bad" } });
    expect(model.output).toEqual({ a: 1, error: { Error: "Oops", Cause: "bad" } });
  });

  it("a retrier that matches makes the error RETRIABLE (not for States.Runtime)", () => {
    const state: JsonValue = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Retry: [{ ErrorEquals: ["States.ALL"], MaxAttempts: 2 }], End: true };
    expect(computeDataFlow({ stateName: "T", state, input: {}, result: { kind: "error", error: "Busy", label: "mock" } }).retriable).toEqual({ index: 0, maxAttempts: 2 });
    expect(computeDataFlow({ stateName: "T", state: { ...(state as object), InputPath: "$.nope" }, input: {} }).retriable).toBeUndefined();
  });

  it("an unmocked task uses the integration's default result", () => {
    const model = computeDataFlow({ stateName: "T", state: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", Parameters: { QueueUrl: "q", MessageBody: "m" }, End: true }, input: {} });
    expect(model.resultLabel).toContain("default result");
    expect(value(model, "result")).toHaveProperty("MessageId");
  });

  it("Choice: InputPath, OutputPath and the state it goes to", () => {
    const model = computeDataFlow({
      stateName: "C",
      state: { Type: "Choice", InputPath: "$.n", Choices: [{ Variable: "$", NumericGreaterThan: 1, Next: "Big" }], Default: "Small" },
      input: { n: 2 },
    });
    expect(model.stages.map((s) => s.id)).toEqual(["input", "afterInputPath", "output"]);
    expect(model.nextState).toBe("Big");
    expect(model.output).toBe(2);
  });

  it("Wait: a SecondsPath or TimestampPath that cannot be read fails the state as a run does (recorded causes, corpus 0751, 0894)", () => {
    const wait = (state: Record<string, JsonValue>, input: JsonValue) => computeDataFlow({ stateName: "W", state: { Type: "Wait", Next: "Done", ...state }, input });
    const missing = wait({ SecondsPath: "$.input.waitSeconds" }, {});
    expect(missing.error).toEqual({ stage: "output", error: "States.Runtime", cause: expect.stringContaining("The SecondsPath parameter does not reference an input value: $.input.waitSeconds") });
    expect(missing.output).toBeUndefined();
    const badTime = wait({ TimestampPath: "$.t" }, { t: "2016-12-05 21:29:29Z" });
    expect(badTime.error?.cause).toContain("not reference a valid ISO-8601 extended offset date-time format string: $.t == 2016-12-05 21:29:29Z");
    const fine = wait({ SecondsPath: "$.s" }, { s: 5 });
    expect(fine.error).toBeUndefined();
    expect(fine).toMatchObject({ nextState: "Done", output: { s: 5 } });
  });

  it("Fail: the error and cause it raises", () => {
    const model = computeDataFlow({ stateName: "F", state: { Type: "Fail", ErrorPath: "$.e", Cause: "why" }, input: { e: "Custom.Error" } });
    expect(model.error).toEqual({ stage: "input", error: "Custom.Error", cause: "why" });
  });

  it("reads typed path fields: empty removes, null is null; syntax errors are reported", () => {
    expect(parsePathField("")).toBeUndefined();
    expect(parsePathField(" null ")).toBeNull();
    expect(parsePathField("$.a")).toBe("$.a");
    expect(pathSyntaxError("$.a")).toBeUndefined();
    expect(pathSyntaxError("$.[")).toBeDefined();
  });
});

describe("data-flow stages of JSONata states and Assign (issue 9)", () => {
  const lambda = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke" };

  it("Task: input → afterArguments → result → output (Output) → variables (Assign), over the variables of state entry", () => {
    const model = computeDataFlow({
      stateName: "Price",
      language: "JSONata",
      state: {
        ...lambda,
        Arguments: { FunctionName: "price", Payload: { sku: "{% $states.input.sku %}", currency: "{% $currency %}" } },
        Output: { total: "{% $states.result.Payload.price * $states.input.qty %}", was: "{% $count %}" },
        Assign: { count: "{% $count + 1 %}", lastPrice: "{% $states.result.Payload.price %}" },
        End: true,
      },
      input: { sku: "A1", qty: 3 },
      variables: { currency: "EUR", count: 1 },
      result: { kind: "value", value: { Payload: { price: 5 } }, label: "mock" },
    });
    expect(model.stages.map((s) => s.apiName)).toEqual(["input", "afterArguments", "result", "output", "variables"]);
    expect(value(model, "afterArguments")).toEqual({ FunctionName: "price", Payload: { sku: "A1", currency: "EUR" } });
    // Output reads $count from state entry (1), not the value Assign gives it.
    expect(model.output).toEqual({ total: 15, was: 1 });
    expect(value(model, "variables")).toEqual({ currency: "EUR", count: 2, lastPrice: 5 });
    expect(stage(model, "variables")?.base).toEqual({ currency: "EUR", count: 1 });
    expect(stage(model, "output")?.field).toEqual({ name: "Output", kind: "jsonata", value: { total: "{% $states.result.Payload.price * $states.input.qty %}", was: "{% $count %}" }, editable: true });
  });

  it("defaults: no Arguments sends the input, no Output outputs the result (Task) or the input (Pass)", () => {
    const task = computeDataFlow({ stateName: "T", language: "JSONata", state: { ...lambda, End: true }, input: { a: 1 }, result: { kind: "value", value: { r: 2 }, label: "mock" } });
    expect(value(task, "afterArguments")).toEqual({ a: 1 });
    expect(task.output).toEqual({ r: 2 });
    expect(task.stages.map((s) => s.id)).not.toContain("variables");
    const pass = computeDataFlow({ stateName: "P", language: "JSONata", state: { Type: "Pass", End: true }, input: { a: 1 } });
    expect(pass.stages.map((s) => s.id)).toEqual(["input", "output"]);
    expect(pass.output).toEqual({ a: 1 });
  });

  it("an expression that returns nothing fails the stage with AWS's cause", () => {
    const model = computeDataFlow({ stateName: "P", language: "JSONata", state: { Type: "Pass", Output: "{% $nothing %}", End: true }, input: {} });
    expect(stage(model, "output")?.status).toBe("error");
    expect(model.error).toMatchObject({ stage: "output", error: "States.QueryEvaluationError" });
    expect(model.error?.cause).toMatch(/The JSONata expression '\$nothing' specified for the field 'Output' returned nothing \(undefined\)\./);
  });

  it("Choice: the matched rule's Condition, Output and Assign; the state's own on Default", () => {
    const state = {
      Type: "Choice",
      Choices: [{ Condition: "{% $states.input.n > $limit %}", Output: { big: true }, Assign: { size: "big" }, Next: "Big" }],
      Default: "Small",
      Assign: { size: "small" },
    };
    const big = computeDataFlow({ stateName: "C", language: "JSONata", state, input: { n: 5 }, variables: { limit: 3 } });
    expect(big.nextState).toBe("Big");
    expect(big.matchedRule).toBe(0);
    expect(big.output).toEqual({ big: true });
    expect(value(big, "variables")).toEqual({ limit: 3, size: "big" });
    expect(stage(big, "variables")?.field?.path).toEqual(["Choices", 0, "Assign"]);
    const small = computeDataFlow({ stateName: "C", language: "JSONata", state, input: { n: 1 }, variables: { limit: 3 } });
    expect(small.nextState).toBe("Small");
    expect(small.output).toEqual({ n: 1 });
    expect(value(small, "variables")).toEqual({ limit: 3, size: "small" });
  });

  it("Map: Items, then each iteration's input after ItemSelector (TestState's afterArguments)", () => {
    const model = computeDataFlow({
      stateName: "M",
      language: "JSONata",
      state: { Type: "Map", Items: "{% $states.input.orders %}", ItemSelector: { id: "{% $states.context.Map.Item.Value.id %}", at: "{% $states.context.Map.Item.Index %}" }, ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, Output: "{% $count($states.result) %}", End: true },
      input: { orders: [{ id: "a" }, { id: "b" }] },
    });
    expect(model.stages.map((s) => s.apiName)).toEqual(["input", "items", "afterArguments", "result", "output"]);
    expect(value(model, "afterItemSelector")).toEqual([{ id: "a", at: 0 }, { id: "b", at: 1 }]);
    expect(model.output).toBe(2);
  });

  it("a JSONata catcher's Output reads $states.errorOutput", () => {
    const model = computeDataFlow({
      stateName: "T",
      language: "JSONata",
      state: { ...lambda, Catch: [{ ErrorEquals: ["States.ALL"], Output: { failed: "{% $states.errorOutput.Error %}", order: "{% $states.input.id %}" }, Next: "Recover" }], End: true },
      input: { id: 7 },
      result: { kind: "error", error: "Oops", cause: "bad", label: "mock" },
    });
    expect(model.caught).toEqual({ index: 0, next: "Recover", error: { error: "Oops", cause: "bad" } });
    expect(model.output).toEqual({ failed: "Oops", order: 7 });
  });

  it("JSONPath Assign: a variables stage over the raw result (Task) or the effective input (Choice)", () => {
    const task = computeDataFlow({
      stateName: "T",
      state: { ...lambda, ResultSelector: { "p.$": "$.Payload" }, Assign: { "raw.$": "$.Payload", fixed: 1 }, End: true },
      input: {},
      variables: { old: true },
      result: { kind: "value", value: { Payload: 9 }, label: "mock" },
    });
    expect(task.stages.map((s) => s.id).at(-1)).toBe("variables");
    expect(value(task, "variables")).toEqual({ old: true, raw: 9, fixed: 1 });
    const choice = computeDataFlow({ stateName: "C", state: { Type: "Choice", Choices: [{ Variable: "$.n", NumericGreaterThan: 1, Assign: { "seen.$": "$.n" }, Next: "Big" }], Default: "Small" }, input: { n: 2 } });
    expect(value(choice, "variables")).toEqual({ seen: 2 });
    expect(stage(choice, "variables")?.field).toMatchObject({ name: "Assign", path: ["Choices", 0, "Assign"] });
  });

  it("JSONPath paths read variables of state entry", () => {
    const model = computeDataFlow({ stateName: "P", state: { Type: "Pass", Parameters: { "total.$": "$total" }, End: true }, input: {}, variables: { total: 42 } });
    expect(model.output).toEqual({ total: 42 });
  });
});
