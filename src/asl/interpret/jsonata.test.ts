/**
 * JSONata states and workflow variables in the interpreter. Expected values come from the
 * Step Functions Developer Guide pages "Transforming data with JSONata in Step Functions" and
 * "Passing data between states with variables" (cited by section), or from the recordings
 * (test/corpus/aws-recorded, cited by number); decisions where both are silent say so.
 */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../json";
import { MAX_VARIABLE_BYTES } from "../jsonata/variables";
import type { StateExitedEvent } from "./events";
import { run } from "./testSupport";
import { testState } from "./testState";

const machine = (states: Record<string, JsonObject>, extra: JsonObject = {}): JsonObject => ({ StartAt: Object.keys(states)[0] as string, States: states, ...extra });
const jsonata = (states: Record<string, JsonObject>): JsonObject => machine(states, { QueryLanguage: "JSONata" });

describe("variables: assign once, read later (\"Passing data between states with variables\")", () => {
  it("JSONPath: a variable assigned in the first state is read three states later, in a path and in an intrinsic", async () => {
    const result = await run(
      machine({
        A: { Type: "Pass", Assign: { "total.$": "$.amount", currency: "EUR" }, Next: "B" },
        B: { Type: "Pass", Result: "something else", Next: "C" },
        C: { Type: "Pass", Parameters: { x: 1 }, Next: "D" },
        D: { Type: "Pass", Parameters: { "total.$": "$total", "label.$": "States.Format('{} {}', $total, $currency)" }, End: true },
      }),
      { amount: 42 },
    );
    expect(result.output).toEqual({ total: 42, label: "42 EUR" });
  });

  it("JSONata: the same with $name in expressions, mixed with a JSONPath state (corpus 0772, 0754)", async () => {
    const result = await run(
      machine({
        A: { Type: "Pass", QueryLanguage: "JSONata", Assign: { total: "{% $states.input.amount %}" }, Next: "B" },
        B: { Type: "Pass", Next: "C" },
        C: { Type: "Pass", Next: "D" },
        D: { Type: "Pass", QueryLanguage: "JSONata", Output: "{% $total * 2 %}", End: true },
      }),
      { amount: 21 },
    );
    expect(result.output).toBe(42);
  });

  it("every visit carries the variables in scope at entry, and what it assigned", async () => {
    const result = await run(
      jsonata({
        A: { Type: "Pass", Assign: { x: 1 }, Next: "B" },
        B: { Type: "Pass", Assign: { x: "{% $x + 1 %}", y: true }, Next: "C" },
        C: { Type: "Succeed" },
      }),
    );
    const [a, b, c] = result.visits;
    expect(a?.variables).toBeUndefined();
    expect(a?.assigned).toEqual({ x: 1 });
    expect(a?.stages.variables).toEqual({ x: 1 });
    expect(b?.variables).toEqual({ x: 1 });
    expect(b?.assigned).toEqual({ x: 2, y: true });
    expect(c?.variables).toEqual({ x: 2, y: true });
    const exited = result.events.filter((e): e is StateExitedEvent => e.type === "PassStateExited");
    expect(exited.map((e) => e.stateExitedEventDetails.assignedVariables)).toEqual([{ x: 1 }, { x: 2, y: true }]);
  });
});

describe("evaluation order (\"Passing data between states with variables\": Assign and Output are evaluated in parallel)", () => {
  it("Output reads the values from before the state's own Assign; the next state sees the new ones", async () => {
    const result = await run(
      jsonata({
        A: { Type: "Pass", Assign: { n: 1 }, Next: "B" },
        B: { Type: "Pass", Assign: { n: "{% $n + 10 %}", m: "{% $n %}" }, Output: { seenByOutput: "{% $n %}" }, Next: "C" },
        C: { Type: "Pass", Output: { n: "{% $n %}", m: "{% $m %}", before: "{% $states.input.seenByOutput %}" }, End: true },
      }),
    );
    expect(result.output).toEqual({ n: 11, m: 1, before: 1 });
  });

  it("JSONPath: Assign reads the raw result, before ResultSelector (DECISION, as LocalStack's AWS-recorded tests)", async () => {
    const result = await run(
      machine({
        T: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          ResultSelector: { "payload.$": "$.Payload" },
          Assign: { "status.$": "$.StatusCode", "payloadValue.$": "$.Payload.value" },
          Next: "P",
        },
        P: { Type: "Pass", Parameters: { "status.$": "$status", "value.$": "$payloadValue", "selected.$": "$" }, End: true },
      }),
      {},
      { mocks: { states: { T: { result: { StatusCode: 200, Payload: { value: 7 } } } } } },
    );
    expect(result.output).toEqual({ status: 200, value: 7, selected: { payload: { value: 7 } } });
  });
});

describe("scopes (\"Passing data between states with variables\": variable scope)", () => {
  it("Map iterations read the outer variables; what they assign stays inside; the Map's own Assign comes after (corpus 0009, 0015)", async () => {
    const result = await run(
      jsonata({
        Init: { Type: "Pass", Assign: { factor: 10 }, Next: "Map" },
        Map: {
          Type: "Map",
          Items: "{% [1, 2, 3] %}",
          ItemProcessor: {
            StartAt: "Inner",
            States: {
              Inner: { Type: "Pass", Assign: { local: "{% $states.input * $factor %}" }, Next: "Use" },
              Use: { Type: "Pass", Output: "{% $local %}", End: true },
            },
          },
          Assign: { sum: "{% $sum($states.result) %}" },
          Next: "After",
        },
        After: { Type: "Pass", Output: { sum: "{% $sum %}", localLeaked: "{% $exists($local) %}" }, End: true },
      }),
    );
    expect(result.output).toEqual({ sum: 60, localLeaked: false });
  });

  it("Parallel branches read the outer variables and keep their own", async () => {
    const result = await run(
      jsonata({
        Init: { Type: "Pass", Assign: { base: 5 }, Next: "Par" },
        Par: {
          Type: "Parallel",
          Branches: [
            { StartAt: "B1", States: { B1: { Type: "Pass", Assign: { mine: 1 }, Next: "B1b" }, B1b: { Type: "Pass", Output: "{% $base + $mine %}", End: true } } },
            { StartAt: "B2", States: { B2: { Type: "Pass", Assign: { mine: 2 }, Next: "B2b" }, B2b: { Type: "Pass", Output: "{% $base + $mine %}", End: true } } },
          ],
          Next: "After",
        },
        After: { Type: "Pass", Output: { results: "{% $states.input %}", mineOutside: "{% $exists($mine) %}" }, End: true },
      }),
    );
    expect(result.output).toEqual({ results: [6, 7], mineOutside: false });
  });

  it("DECISION: an inner state cannot assign a variable of an outer scope (States.Runtime)", async () => {
    const result = await run(
      jsonata({
        Init: { Type: "Pass", Assign: { count: 0 }, Next: "Map" },
        Map: { Type: "Map", Items: [1], ItemProcessor: { StartAt: "Inner", States: { Inner: { Type: "Pass", Assign: { count: 1 }, End: true } } }, End: true },
      }),
    );
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("States.Runtime");
    expect(result.cause).toContain("Cannot assign the variable 'count': it belongs to an outer scope");
  });

  it("DECISION: a distributed Map's child executions do not see the parent's variables", async () => {
    const result = await run(
      jsonata({
        Init: { Type: "Pass", Assign: { secret: 1 }, Next: "Map" },
        Map: {
          Type: "Map",
          Items: [1],
          ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "Inner", States: { Inner: { Type: "Pass", Output: "{% $exists($secret) %}", End: true } } },
          End: true,
        },
      }),
    );
    expect(result.output).toEqual([false]);
  });
});

describe("size limits (\"Passing data between states with variables\": size limits)", () => {
  const big = (bytes: number) => "x".repeat(bytes - 2);

  it("a variable of 256 KiB is fine, one byte more fails with States.DataLimitExceeded", async () => {
    const ok = await run(machine({ A: { Type: "Pass", Assign: { v: big(MAX_VARIABLE_BYTES) }, End: true } }));
    expect(ok.status).toBe("SUCCEEDED");
    const tooBig = await run(machine({ A: { Type: "Pass", Assign: { v: big(MAX_VARIABLE_BYTES + 1) }, End: true } }));
    expect(tooBig).toMatchObject({ status: "FAILED", error: "States.DataLimitExceeded" });
    expect(tooBig.cause).toContain("256 KiB) per variable");
  });

  it("one Assign holds at most 256 KiB in all", async () => {
    const result = await run(machine({ A: { Type: "Pass", Assign: { a: big(150_000), b: big(150_000) }, End: true } }));
    expect(result.error).toBe("States.DataLimitExceeded");
    expect(result.cause).toContain("per Assign");
  });

  it("an execution holds at most 10 MiB of variables", async () => {
    const states: Record<string, JsonObject> = {};
    for (let i = 0; i < 42; i++) states[`S${i}`] = { Type: "Pass", Assign: { [`v${i}`]: big(250_000) }, ...(i < 41 ? { Next: `S${i + 1}` } : { End: true }) };
    const result = await run(machine(states));
    expect(result.error).toBe("States.DataLimitExceeded");
    expect(result.cause).toContain("(10 MiB)");
    expect(result.visits.filter((v) => v.status === "succeeded")).toHaveLength(41);
  });
});

describe("JSONata states (\"Transforming data with JSONata in Step Functions\")", () => {
  it("the documentation's conversion example: Arguments with a literal, an input field and a variable", async () => {
    // "Transforming data with JSONata": Parameters {"static": "Hello", "title.$": "$.title", "name.$": "$customerName", "not-evaluated": "$customerName"}.
    const args = { static: "Hello", title: "{% $states.input.title %}", name: "{% $customerName %}", "not-evaluated": "$customerName" };
    const result = await run(
      jsonata({
        Init: { Type: "Pass", Assign: { customerName: "María" }, Next: "Call" },
        Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Arguments: args, Output: "{% $states.result %}", End: true },
      }),
      { title: "Doctor" },
      { taskHandler: (invocation) => ({ kind: "return", value: invocation.input }) },
    );
    expect(result.output).toEqual({ static: "Hello", title: "Doctor", name: "María", "not-evaluated": "$customerName" });
    const call = result.visits[1];
    expect(call?.stages).toMatchObject({ input: { title: "Doctor" }, afterArguments: { static: "Hello", title: "Doctor", name: "María" }, result: { static: "Hello" } });
    expect(call?.stages.afterInputPath).toBeUndefined();
  });

  it("an expression is the whole string only: partial and padded strings are literals (corpus 0002)", async () => {
    const result = await run(jsonata({ P: { Type: "Pass", Output: { a: " {% 1 %} ", b: "x {% 1 %}", c: "{% 1 + 1 %}" }, End: true } }));
    expect(result.output).toEqual({ a: " {% 1 %} ", b: "x {% 1 %}", c: 2 });
  });

  it("$states.context is the context object; $now() is the virtual clock", async () => {
    const result = await run(jsonata({ P: { Type: "Pass", Output: { name: "{% $states.context.State.Name %}", now: "{% $now() %}", exec: "{% $states.context.Execution.Name %}" }, End: true } }), {}, { executionName: "e1" });
    expect(result.output).toEqual({ name: "P", now: "2024-01-01T00:00:00.000Z", exec: "e1" });
  });

  it("an output that is $states itself keeps its own context after later states run", async () => {
    const result = await run(jsonata({ P: { Type: "Pass", Output: "{% $states %}", Next: "Q" }, Q: { Type: "Pass", Output: "{% $states.input %}", Next: "R" }, R: { Type: "Pass", End: true } }));
    const output = result.output as JsonObject;
    expect(((output.context as JsonObject).State as JsonObject).Name).toBe("P");
    expect(JSON.parse(JSON.stringify(result.visits[0]?.output)).context.State.Name).toBe("P");
  });

  it("$random and $uuid follow the run's seed; a seeded $random is the same every time", async () => {
    const def = jsonata({ P: { Type: "Pass", Output: { r: "{% $random() %}", u: "{% $uuid() %}", s1: "{% $random(7) %}", s2: "{% $random(7) %}" }, End: true } });
    const a = (await run(def, {}, { random: 3 })).output as JsonObject;
    const b = (await run(def, {}, { random: 3 })).output as JsonObject;
    expect(a).toEqual(b);
    expect(a.s1).toBe(a.s2);
    expect(a.u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("an undefined variable: 'returned nothing (undefined)' (corpus 0037)", async () => {
    const result = await run(jsonata({ P: { Type: "Pass", Output: { v: "{% $nope %}" }, End: true } }));
    expect(result).toMatchObject({
      status: "FAILED",
      error: "States.QueryEvaluationError",
      cause: "An error occurred while executing the state 'P' (entered at the event id #2). The JSONata expression '$nope' specified for the field 'Output/v' returned nothing (undefined).",
    });
    expect(result.events.find((e) => e.type === "EvaluationFailed")).toMatchObject({ evaluationFailedEventDetails: { error: "States.QueryEvaluationError", location: "Output/v", state: "P" } });
  });

  it("$eval is not available (\"Supported JSONata version\"): a call fails like an unknown function (corpus 0735)", async () => {
    const result = await run(jsonata({ P: { Type: "Pass", Output: "{% $eval('1') %}", End: true } }));
    expect(result.cause).toContain("threw an error during evaluation. T1006: Attempted to invoke a non-function");
  });

  it("a hostile expression fails cleanly: huge $range, unbounded recursion, a loop stopped by the time budget", async () => {
    const range = await run(jsonata({ P: { Type: "Pass", Output: "{% $count($range(0, 1000000000, 1)) %}", End: true } }));
    expect(range.error).toBe("States.QueryEvaluationError");
    // A tail call does not nest (jsonata runs it as a loop): the time budget stops it.
    const tailCall = await run(jsonata({ P: { Type: "Pass", Output: "{% ($f := function($n) { $f($n + 1) }; $f(0)) %}", End: true } }), {}, { jsonataTimeLimitMs: 200 });
    expect(tailCall.error).toBe("States.QueryEvaluationError");
    const recursion = await run(jsonata({ P: { Type: "Pass", Output: "{% ($f := function($n) { 1 + $f($n + 1) }; $f(0)) %}", End: true } }));
    expect(recursion.cause).toContain("nests deeper than");
    const loop = await run(jsonata({ P: { Type: "Pass", Output: "{% $count($map([1..1000000], function($v) { $map([1..1000], function($w) { $w }) })) %}", End: true } }), {}, { jsonataTimeLimitMs: 200 });
    expect(loop.error).toBe("States.QueryEvaluationError");
    expect(loop.cause).toContain("ran longer than 200 ms");
  });

  it("a QueryEvaluationError can be caught; the catcher's Output and Assign read $states.errorOutput (corpus 0969)", async () => {
    const result = await run(
      jsonata({
        P: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Arguments: "{% $missing %}", Catch: [{ ErrorEquals: ["States.QueryEvaluationError"], Assign: { failure: "{% $states.errorOutput.Error %}" }, Output: { in: "{% $states.input %}" }, Next: "After" }], End: true },
        After: { Type: "Pass", Output: { failure: "{% $failure %}", in: "{% $states.input.in %}" }, End: true },
      }),
      { a: 1 },
    );
    expect(result.output).toEqual({ failure: "States.QueryEvaluationError", in: { a: 1 } });
  });

  it("JSONPath catcher: Assign reads {Error, Cause} (DECISION)", async () => {
    const result = await run(
      machine({
        F: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Assign: { "why.$": "$.Cause" }, ResultPath: null, Next: "After" }], End: true },
        After: { Type: "Pass", Parameters: { "why.$": "$why" }, End: true },
      }),
      {},
      { mocks: { states: { F: { error: "Boom", cause: "because" } } } },
    );
    expect(result.output).toEqual({ why: "because" });
  });

  it("Choice: the matched rule's Assign and Output, else the state's (corpus 0011, 0765, 0766)", async () => {
    const def = jsonata({
      C: {
        Type: "Choice",
        Choices: [{ Condition: "{% $states.input.n > 1 %}", Assign: { which: "rule" }, Output: { via: "rule" }, Next: "Done" }],
        Default: "Done",
        Assign: { which: "default" },
      },
      Done: { Type: "Pass", Output: { which: "{% $which %}", input: "{% $states.input %}" }, End: true },
    });
    expect((await run(def, { n: 2 })).output).toEqual({ which: "rule", input: { via: "rule" } });
    expect((await run(def, { n: 0 })).output).toEqual({ which: "default", input: { n: 0 } });
  });

  it("Choice: a Condition that is not a boolean is a QueryEvaluationError (DECISION: the Items wording of corpus 0856)", async () => {
    const result = await run(jsonata({ C: { Type: "Choice", Choices: [{ Condition: "{% $states.input.n %}", Next: "D" }], Default: "D" }, D: { Type: "Succeed" } }), { n: 3 });
    expect(result.cause).toContain("returned an unexpected result type. Expected 'boolean', but was 'number' for value: 3");
  });

  it("Map: ItemSelector reads $states.context.Map.Item (corpus 0914); the items must be an array (corpus 0856, 0866)", async () => {
    const ok = await run(jsonata({ M: { Type: "Map", Items: "{% $states.input.xs %}", ItemSelector: { i: "{% $states.context.Map.Item.Index %}", v: "{% $states.context.Map.Item.Value %}" }, ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, End: true } }), { xs: ["a", "b"] });
    expect(ok.output).toEqual([{ i: 0, v: "a" }, { i: 1, v: "b" }]);
    expect(ok.visits[0]?.stages.afterArguments).toEqual([{ i: 0, v: "a" }, { i: 1, v: "b" }]);
    const notArray = await run(jsonata({ M: { Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, End: true } }), { a: 1 });
    expect(notArray.cause).toContain("Map state input must be an array but was: {\"a\":1}");
  });

  it("distributed Map: ItemReader with ReaderConfig.MaxItems, ItemBatcher and ResultWriter Arguments as expressions", async () => {
    const result = await run(
      jsonata({
        M: {
          Type: "Map",
          ItemReader: { Resource: "arn:aws:states:::s3:getObject", Arguments: { Bucket: "{% $states.input.bucket %}", Key: "k" }, ReaderConfig: { InputType: "JSON", MaxItems: "{% $states.input.max %}" } },
          ItemBatcher: { MaxItemsPerBatch: "{% 2 %}", BatchInput: { tag: "{% $states.input.tag %}" } },
          ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "P", States: { P: { Type: "Pass", Output: "{% $count($states.input.Items) %}", End: true } } },
          ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Arguments: { Bucket: "{% $states.input.bucket %}", Prefix: "out" } },
          End: true,
        },
      }),
      { bucket: "b", max: 3, tag: "t" },
      { mocks: { states: { M: { itemReader: [1, 2, 3, 4, 5] } } } },
    );
    expect(result.status).toBe("SUCCEEDED");
    expect(result.visits[0]?.stages.afterArguments).toEqual([{ BatchInput: { tag: "t" }, Items: [1, 2] }, { BatchInput: { tag: "t" }, Items: [3] }]);
    expect((result.output as JsonObject).ResultWriterDetails).toMatchObject({ Bucket: "b" });
  });

  it("Parallel: every branch gets Arguments; Output reads $states.result", async () => {
    const result = await run(
      jsonata({
        P: {
          Type: "Parallel",
          Arguments: { n: "{% $states.input.n * 10 %}" },
          Branches: [
            { StartAt: "A", States: { A: { Type: "Pass", Output: "{% $states.input.n + 1 %}", End: true } } },
            { StartAt: "B", States: { B: { Type: "Pass", Output: "{% $states.input.n + 2 %}", End: true } } },
          ],
          Output: { sum: "{% $sum($states.result) %}", input: "{% $states.input.n %}" },
          End: true,
        },
      }),
      { n: 1 },
    );
    expect(result.output).toEqual({ sum: 23, input: 1 });
  });

  it("Wait: Seconds and Timestamp expressions (corpus 0842, 0886); a bad timestamp's recorded wording (corpus 0887)", async () => {
    const seconds = await run(jsonata({ W: { Type: "Wait", Seconds: "{% $states.input.s %}", End: true } }), { s: 30 });
    expect(seconds.stopTime - seconds.startTime).toBe(30_000);
    const bad = await run(jsonata({ W: { Type: "Wait", Timestamp: "{% $states.input.t %}", End: true } }), { t: "2016-12-05 21:29:29Z" });
    expect(bad.cause).toContain("The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 2016-12-05 21:29:29Z");
  });

  it("Fail: Error and Cause expressions (corpus 0843, 0844)", async () => {
    const result = await run(jsonata({ F: { Type: "Fail", Error: "{% $states.input.e %}", Cause: "{% 'because ' & $states.input.c %}" } }), { e: "E1", c: "x" });
    expect(result).toMatchObject({ status: "FAILED", error: "E1", cause: "because x" });
  });

  it("Task: TimeoutSeconds as an expression (corpus 0577) times the task out on the virtual clock", async () => {
    const result = await run(
      jsonata({ T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Arguments: {}, TimeoutSeconds: "{% $states.input.t %}", End: true } }),
      { t: 5 },
      { mocks: { states: { T: { result: {}, delaySeconds: 10 } } } },
    );
    expect(result.error).toBe("States.Timeout");
  });
});

describe("TestState with JSONata and variables", () => {
  it("takes variables and shows afterArguments, result and the variables after Assign", async () => {
    const answer = await testState(
      { Type: "Task", QueryLanguage: "JSONata", Resource: "arn:aws:states:::lambda:invoke", Arguments: { who: "{% $user %}" }, Assign: { last: "{% $states.result.ok %}" }, Output: "{% $states.result %}", End: true },
      { a: 1 },
      { variables: { user: "bob" }, mock: { result: { ok: true } }, inspectionLevel: "DEBUG" },
    );
    expect(answer.status).toBe("SUCCEEDED");
    expect(answer.output).toBe('{"ok":true}');
    expect(answer.inspectionData).toEqual({ input: '{"a":1}', afterArguments: '{"who":"bob"}', result: '{"ok":true}', variables: '{"user":"bob","last":true}' });
  });

  it("a JSONata catcher's output for CAUGHT_ERROR", async () => {
    const answer = await testState(
      { Type: "Task", QueryLanguage: "JSONata", Resource: "arn:aws:states:::lambda:invoke", Catch: [{ ErrorEquals: ["States.ALL"], Output: "{% $states.errorOutput.Error %}", Next: "X" }], End: true },
      {},
      { mock: { error: "Boom" } },
    );
    expect(answer).toMatchObject({ status: "CAUGHT_ERROR", output: '"Boom"', nextState: "X" });
  });
});

describe("JSONPath paths read variables (\"Passing data between states with variables\")", () => {
  it("InputPath, ItemsPath, MaxConcurrencyPath and Choice Variable/…Path take $name (corpus 0009, 0014, 0016, 0030)", async () => {
    const result = await run(
      machine({
        A: { Type: "Pass", Assign: { items: [1, 2], limit: "1", want: 2 }, Next: "M" },
        M: { Type: "Map", ItemsPath: "$items", MaxConcurrencyPath: "$limit", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, Next: "C" },
        C: { Type: "Choice", Choices: [{ Variable: "$want", NumericEqualsPath: "$[1]", Next: "Yes" }], Default: "No" },
        Yes: { Type: "Pass", InputPath: "$want", End: true },
        No: { Type: "Fail" },
      }),
    );
    expect(result.output).toBe(2 as JsonValue);
  });
});
