import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

const task = (fields: Record<string, unknown>) => single({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ...fields });

describe("retryCatch", () => {
  it("accepts the guide's complex retry example (seed L10913–L10944)", () => {
    const def = task({
      Retry: [
        { ErrorEquals: ["ErrorA", "ErrorB"], IntervalSeconds: 1, BackoffRate: 2.0, MaxAttempts: 2 },
        { ErrorEquals: ["ErrorC"], IntervalSeconds: 5 },
      ],
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "S" }],
    });
    expect(found(def).filter(([code]) => code !== "UNREACHABLE_STATE")).toEqual([]);
  });

  it("accepts 'retry all but timeout': States.ALL last (seed L10900–L10911)", () => {
    expect(found(task({ Retry: [{ ErrorEquals: ["States.Timeout"], MaxAttempts: 0 }, { ErrorEquals: ["States.ALL"] }] }))).toEqual([]);
  });

  it("refuses States.ALL with other names in the same ErrorEquals (seed L10900–L10902)", () => {
    expect(found(task({ Retry: [{ ErrorEquals: ["States.ALL", "States.Timeout"] }] }), ["STATES_ALL_NOT_ALONE"])).toEqual([["STATES_ALL_NOT_ALONE", "/States/S/Retry/0/ErrorEquals/0"]]);
  });

  it("refuses States.ALL in a retrier or catcher that is not the last (seed L10900–L10903, L10970–L10972)", () => {
    const def = task({
      Retry: [{ ErrorEquals: ["States.ALL"] }, { ErrorEquals: ["States.Timeout"] }],
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "S" }, { ErrorEquals: ["Custom"], Next: "S" }],
    });
    expect(found(def, ["STATES_ALL_NOT_LAST"])).toEqual([
      ["STATES_ALL_NOT_LAST", "/States/S/Retry/0/ErrorEquals/0"],
      ["STATES_ALL_NOT_LAST", "/States/S/Catch/0/ErrorEquals/0"],
    ]);
  });

  it("keeps retrier numbers in range: IntervalSeconds ≥ 1, MaxAttempts ≥ 0, MaxDelaySeconds 1–31622400 (seed L10815–L10839), BackoffRate ≥ 1 (§15)", () => {
    const def = task({ Retry: [{ ErrorEquals: ["E"], IntervalSeconds: 0, MaxAttempts: -1, BackoffRate: 0.5, MaxDelaySeconds: 31622401 }] });
    expect(found(def, ["SCHEMA_RANGE"])).toEqual([
      ["SCHEMA_RANGE", "/States/S/Retry/0/IntervalSeconds"],
      ["SCHEMA_RANGE", "/States/S/Retry/0/MaxAttempts"],
      ["SCHEMA_RANGE", "/States/S/Retry/0/BackoffRate"],
      ["SCHEMA_RANGE", "/States/S/Retry/0/MaxDelaySeconds"],
    ]);
    expect(one(task({ Retry: [{ ErrorEquals: ["E"], BackoffRate: 0.5 }] }), "SCHEMA_RANGE").message).toBe('State "S": Retry[0].BackoffRate is 0.5; it must be at least 1.');
  });

  it("accepts JitterStrategy FULL or NONE only (seed L10841–L10851)", () => {
    expect(found(task({ Retry: [{ ErrorEquals: ["E"], JitterStrategy: "FULL" }] }))).toEqual([]);
    const d = one(task({ Retry: [{ ErrorEquals: ["E"], JitterStrategy: "Full" }] }), "SCHEMA_ENUM");
    expect(d.path).toBe("/States/S/Retry/0/JitterStrategy");
    expect(d.message).toContain('Did you mean "FULL"?');
  });

  it("needs a non-empty ErrorEquals (seed L10810–L10813) and a catcher's Next (seed L10958)", () => {
    expect(found(task({ Retry: [{ ErrorEquals: [] }], Catch: [{ ErrorEquals: ["E"] }] }), ["SCHEMA_EMPTY", "SCHEMA_REQUIRED"])).toEqual([
      ["SCHEMA_EMPTY", "/States/S/Retry/0/ErrorEquals"],
      ["SCHEMA_REQUIRED", "/States/S/Catch/0"],
    ]);
  });

  it("warns that States.Runtime and States.DataLimitExceeded never match (seed L10714–L10716, L10762–L10764; §8.3)", () => {
    const def = task({ Retry: [{ ErrorEquals: ["States.Runtime"] }], Catch: [{ ErrorEquals: ["States.DataLimitExceeded"], Next: "S" }] });
    const diagnostics = found(def, ["UNCATCHABLE_ERROR"]);
    expect(diagnostics).toEqual([
      ["UNCATCHABLE_ERROR", "/States/S/Retry/0/ErrorEquals/0"],
      ["UNCATCHABLE_ERROR", "/States/S/Catch/0/ErrorEquals/0"],
    ]);
  });

  it("warns about a misspelt predefined error name, and accepts States.Http.StatusCode.NNN (seed L29741–L29763)", () => {
    expect(one(task({ Retry: [{ ErrorEquals: ["States.Timout"] }] }), "UNKNOWN_STATES_ERROR").message).toContain('Did you mean "States.Timeout"?');
    expect(found(task({ Retry: [{ ErrorEquals: ["States.Http.StatusCode.429"] }] }))).toEqual([]);
  });
});
