import { describe, expect, it } from "vitest";
import {
  addCatcher,
  addErrorName,
  addRetrier,
  moveHandler,
  readErrorNames,
  readResultPathMode,
  removeErrorName,
  removeHandler,
  setResultPathMode,
} from "./errorHandling";
import { setKey } from "./objects";

const task = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true };

describe("retriers", () => {
  it("adds a catch-all retrier with the default timing, then a TaskFailed one before it", () => {
    const one = addRetrier(task);
    expect(one.Retry).toEqual([{ ErrorEquals: ["States.ALL"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }]);
    const two = addRetrier(one);
    expect((two.Retry as { ErrorEquals: string[] }[]).map((r) => r.ErrorEquals)).toEqual([["States.TaskFailed"], ["States.ALL"]]);
  });
  it.each(["IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"])("sets and clears %s", (field) => {
    const retrier = { ErrorEquals: ["States.ALL"] };
    const value = field === "JitterStrategy" ? "FULL" : field === "Comment" ? "why" : 7;
    expect(setKey(retrier, field, value)).toEqual({ ErrorEquals: ["States.ALL"], [field]: value });
    expect(setKey(setKey(retrier, field, value), field, undefined)).toEqual(retrier);
  });
  it("reorders and removes; the field goes with the last one", () => {
    const two = { ...task, Retry: [{ ErrorEquals: ["A"] }, { ErrorEquals: ["B"] }] };
    expect(moveHandler(two, "Retry", 0, 1).Retry).toEqual([{ ErrorEquals: ["B"] }, { ErrorEquals: ["A"] }]);
    expect(removeHandler(two, "Retry", 0).Retry).toEqual([{ ErrorEquals: ["B"] }]);
    expect(removeHandler(removeHandler(two, "Retry", 0), "Retry", 0)).toEqual(task);
  });
});

describe("catchers", () => {
  it("adds a catcher to a fallback state, before a catch-all", () => {
    const one = addCatcher(task, "Handle");
    expect(one.Catch).toEqual([{ ErrorEquals: ["States.ALL"], Next: "Handle" }]);
    expect(addCatcher(one, "Other").Catch).toEqual([{ ErrorEquals: ["States.TaskFailed"], Next: "Other" }, { ErrorEquals: ["States.ALL"], Next: "Handle" }]);
  });
  it("sets the fallback state, ResultPath (path, discard, default) and Comment", () => {
    const catcher = { ErrorEquals: ["States.ALL"], Next: "A" };
    expect(setKey(catcher, "Next", "B").Next).toBe("B");
    expect(setResultPathMode(catcher, "path", "$.error").ResultPath).toBe("$.error");
    expect(setResultPathMode(catcher, "discard", "$.error").ResultPath).toBeNull();
    expect(readResultPathMode(setResultPathMode(catcher, "discard", "")).mode).toBe("discard");
    expect(setResultPathMode({ ...catcher, ResultPath: "$.e" }, "default", "")).toEqual(catcher);
    expect(readResultPathMode({ ...catcher, ResultPath: "$.e" })).toEqual({ mode: "path", path: "$.e" });
    expect(setKey(catcher, "Comment", "note").Comment).toBe("note");
  });
  it("removes the Catch field with the last catcher", () => {
    expect(removeHandler({ ...task, Catch: [{ ErrorEquals: ["X"], Next: "A" }] }, "Catch", 0)).toEqual(task);
  });
});

describe("error names", () => {
  it("adds trimmed, unique names and removes them", () => {
    const handler = { ErrorEquals: ["States.Timeout"] };
    expect(readErrorNames(addErrorName(handler, " MyError "))).toEqual(["States.Timeout", "MyError"]);
    expect(addErrorName(handler, "States.Timeout")).toBe(handler);
    expect(addErrorName(handler, "  ")).toBe(handler);
    expect(removeErrorName(handler, "States.Timeout")).toEqual({ ErrorEquals: [] });
  });
});
