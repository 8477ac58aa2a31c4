/**
 * The guide's errata (asl-semantics.md §16) handled correctly, plus TestState's RETRIABLE and
 * CAUGHT_ERROR statuses and a few Map readers.
 */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../json";
import { testState } from "./testState";
import { run } from "./testSupport";

const machine = (states: JsonObject): JsonObject => ({ StartAt: Object.keys(states)[0] as string, States: states });
const pass = (extra: JsonObject) => machine({ P: { Type: "Pass", ...extra, End: true } });

describe("seed errata (asl-semantics §16)", () => {
  it("1: Base64Decode of RGF0YSB0byBlbmNvZGU= is 'Data to encode', not 'Decoded data' (L2884–L2886)", async () => {
    expect((await run(pass({ Parameters: { "v.$": "States.Base64Decode('RGF0YSB0byBlbmNvZGU=')" } }))).output).toEqual({ v: "Data to encode" });
  });
  it("2: SHA-1 of 'input data' has 40 hex digits (L2922)", async () => {
    expect((await run(pass({ Parameters: { "v.$": "States.Hash('input data', 'SHA-1')" } }))).output).toEqual({ v: "aaff4a450a104cd177d28d18d74485e8cae074b7" });
  });
  it("3: ResultPath never modifies other fields (L6209–L6214)", async () => {
    const input = { comment: "c", details: "Default example" };
    expect((await run(pass({ Result: "r", ResultPath: "$.taskresult" }), input)).output).toEqual({ ...input, taskresult: "r" });
  });
  it('4: InputPath $.dataset2.val1 gives "a", not {"a"} (L11974–L11976)', async () => {
    expect((await run(pass({ InputPath: "$.dataset2.val1" }), { dataset2: { val1: "a" } })).output).toBe("a");
  });
  it("6: a filter in a path returns every match (L5826–L5855)", async () => {
    expect((await run(pass({ InputPath: "$.jar[?(@.a >= 5)]" }), { jar: [{ a: 1 }, { a: 5 }, { a: 7 }] })).output).toEqual([{ a: 5 }, { a: 7 }]);
  });
  it("8: $$.Map.Item.Value is any JSON value, not only a string (L7833–L7838)", async () => {
    const def = machine({ M: { Type: "Map", ItemSelector: { "v.$": "$$.Map.Item.Value" }, ItemProcessor: machine({ X: { Type: "Pass", End: true } }), End: true } });
    expect((await run(def, [{ o: 1 }, [2], 3])).output).toEqual([{ v: { o: 1 } }, { v: [2] }, { v: 3 }]);
  });
  it("9: the default HeartbeatSeconds does not time a task out", async () => {
    const def = machine({ T: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", End: true } });
    expect((await run(def, {}, { mocks: { states: { T: { result: 1, delaySeconds: 3600 } } } })).status).toBe("SUCCEEDED");
  });
  it("11: the name is States.StringToJson; States.StringToJSON is unknown (L1866)", async () => {
    expect((await run(pass({ Parameters: { "v.$": "States.StringToJSON('{}')" } }))).error).toBe("States.IntrinsicFailure");
  });
});

describe("TestState statuses (seed L19786–L19791)", () => {
  const task = (extra: JsonObject): JsonValue => ({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true, ...extra });
  it("RETRIABLE when a retrier would retry; CAUGHT_ERROR with the catcher's output and next state; FAILED otherwise", async () => {
    const error = { error: "Boom", cause: "bad" };
    expect(await testState(task({ Retry: [{ ErrorEquals: ["Boom"] }] }), {}, { mock: error })).toEqual({ status: "RETRIABLE", error: "Boom", cause: "bad" });
    expect(await testState(task({ Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.err", Next: "H" }] }), { a: 1 }, { mock: error })).toEqual({
      status: "CAUGHT_ERROR",
      error: "Boom",
      cause: "bad",
      output: '{"a":1,"err":{"Error":"Boom","Cause":"bad"}}',
      nextState: "H",
    });
    expect(await testState(task({ Retry: [{ ErrorEquals: ["Boom"], MaxAttempts: 0 }] }), {}, { mock: error })).toEqual({ status: "FAILED", error: "Boom", cause: "bad" });
  });
  it("refuses what the guide says TestState cannot test (seed L19744–L19772)", async () => {
    await expect(testState({ Type: "Parallel", Branches: [], End: true }, {})).rejects.toThrow(/cannot test Parallel/);
    await expect(testState(task({ Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken" }), {})).rejects.toThrow(/cannot test/);
  });
});

describe("distributed Map readers and batches (seed L6563–L7430)", () => {
  const dmap = (extra: JsonObject) =>
    machine({ M: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...machine({ X: { Type: "Pass", End: true } }) }, End: true, ...extra } });
  it("JSONL and JSON text, MaxItems", async () => {
    const reader = (type: string, max?: number) => ({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: type, ...(max ? { MaxItems: max } : {}) }, Parameters: { Bucket: "b", Key: "k" } } });
    expect((await run(dmap(reader("JSONL")), {}, { mocks: { states: { M: { itemReader: '{"a":1}\n{"a":2}\n' } } } })).output).toEqual([{ a: 1 }, { a: 2 }]);
    expect((await run(dmap(reader("JSON", 1)), {}, { mocks: { states: { M: { itemReader: "[1,2,3]" } } } })).output).toEqual([1]);
    expect((await run(dmap(reader("JSON")), {})).error).toBe("States.ItemReaderFailed");
  });
  it("MaxInputBytesPerBatch limits the batch size in bytes", async () => {
    const result = await run(dmap({ ItemBatcher: { MaxInputBytesPerBatch: 30 } }), ["aaaa", "bbbb", "cccc", "dddd"]);
    const batches = result.output as { Items: string[] }[];
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.Items)).toEqual(["aaaa", "bbbb", "cccc", "dddd"]);
  });
});
