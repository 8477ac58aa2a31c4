/**
 * Intrinsic calls that do not parse or cannot compute, through states: each is a failing
 * intrinsic, States.IntrinsicFailure (seed L10731–L10732), which retriers and catchers see
 * (States.ALL matches it), not the uncatchable States.Runtime. Malformed calls: a backslash that
 * escapes nothing, an unclosed quote, a trailing comma (seed L3162–L3190, asl-semantics §7.2);
 * values out of States.MathAdd's range (seed L3051).
 */
import { describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../json";
import { run } from "./testSupport";

const machine = (states: JsonObject, startAt = Object.keys(states)[0] as string): JsonObject => ({ StartAt: startAt, States: states });
const caught = (state: JsonObject): JsonObject =>
  machine({ S: { ...state, Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Handled" }], End: true }, Handled: { Type: "Pass", End: true } });
const errorOf = (output: JsonValue | undefined) => (output as { error?: { Error?: string; Cause?: string } } | undefined)?.error;

const MALFORMED: [string, string][] = [
  ["States.Format('bad \\q','x')", "a backslash before a character that is not ' { } or \\ (seed L3162–L3190)"],
  ["States.Format('unclosed, $.x)", "an unclosed quote"],
  ["States.Array(1, 2,)", "a trailing comma"],
];

describe("malformed intrinsic calls fail with States.IntrinsicFailure (seed L3162–L3190, asl-semantics §7.2)", () => {
  it.each(MALFORMED)("Pass Parameters %s: %s", async (expression) => {
    const failed = await run(machine({ S: { Type: "Pass", Parameters: { "v.$": expression }, End: true } }), { x: 1 });
    expect(failed).toMatchObject({ status: "FAILED", error: "States.IntrinsicFailure" });
    expect(failed.cause).toContain("'S'");
    const handled = await run(caught({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { "v.$": expression } }), { x: 1 });
    expect(handled.status).toBe("SUCCEEDED");
    expect(errorOf(handled.output)?.Error).toBe("States.IntrinsicFailure");
  });

  it.each(MALFORMED)("Fail CausePath / ErrorPath %s: %s (seed L4469–L4496)", async (expression) => {
    for (const field of ["CausePath", "ErrorPath"]) {
      const failed = await run(machine({ F: { Type: "Fail", [field]: expression } }), { x: 1 });
      expect(failed).toMatchObject({ status: "FAILED", error: "States.IntrinsicFailure" });
      expect(failed.cause).not.toContain("Internal interpreter error");
      // A Fail state has no Catch: a Parallel around it catches with States.ALL.
      const handled = await run(caught({ Type: "Parallel", Branches: [machine({ F: { Type: "Fail", [field]: expression } })] }), { x: 1 });
      expect(errorOf(handled.output)?.Error).toBe("States.IntrinsicFailure");
    }
  });

  it("a malformed call in ItemSelector and in ResultSelector, and a retrier naming States.IntrinsicFailure retries it", async () => {
    const map = await run(caught({ Type: "Map", ItemsPath: "$.items", ItemSelector: { "v.$": "States.Format('\\x{}', $$.Map.Item.Value)" }, ItemProcessor: machine({ P: { Type: "Pass", End: true } }) }), { items: [1] });
    expect(errorOf(map.output)?.Error).toBe("States.IntrinsicFailure");
    const selector = await run(caught({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ResultSelector: { "v.$": "States.Array(1,)" } }), {});
    expect(errorOf(selector.output)?.Error).toBe("States.IntrinsicFailure");
    const withRetry = await run(
      machine({
        T: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { "v.$": "States.Array(1,)" },
          Retry: [{ ErrorEquals: ["States.IntrinsicFailure"], MaxAttempts: 2, IntervalSeconds: 1, BackoffRate: 1 }],
          End: true,
        },
      }),
      {},
    );
    expect(withRetry.error).toBe("States.IntrinsicFailure");
    expect(withRetry.visits[0]?.retries).toHaveLength(2);
  });
});

describe("States.MathAdd outside the 32-bit range fails with States.IntrinsicFailure (seed L3051)", () => {
  it.each([
    ["an argument above the range", { a: 2147483648, b: 0 }],
    ["an argument below the range", { a: -2147483649, b: 0 }],
    ["a sum above the range", { a: 2147483647, b: 1 }],
    ["a sum below the range", { a: -2147483648, b: -1 }],
  ])("%s", async (_what, input) => {
    const result = await run(caught({ Type: "Pass", Parameters: { "sum.$": "States.MathAdd($.a, $.b)" } }), input);
    expect(result.status).toBe("SUCCEEDED");
    expect(errorOf(result.output)).toMatchObject({ Error: "States.IntrinsicFailure" });
  });

  it("the ends of the range are sums like any other", async () => {
    const result = await run(machine({ S: { Type: "Pass", Parameters: { "max.$": "States.MathAdd($.a, 1)", "min.$": "States.MathAdd($.b, -1)" }, End: true } }), { a: 2147483646, b: -2147483647 });
    expect(result.output).toEqual({ max: 2147483647, min: -2147483648 });
  });
});
