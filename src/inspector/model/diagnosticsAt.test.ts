import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../asl/diagnostics";
import { bySeverity, diagnosticsAt, fieldMessage } from "./diagnosticsAt";

const d = (path: string, statePointer?: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({
  severity,
  code: "X",
  message: 'State "A \\"q\\"": InputPath is bad',
  path,
  ...(statePointer ? { statePointer } : {}),
});

describe("diagnosticsAt", () => {
  it("matches the field and anything inside it, not siblings with a common prefix", () => {
    const list = [d("/States/A/Retry/0/ErrorEquals", "/States/A"), d("/States/A/Retry", "/States/A"), d("/States/A/RetryX", "/States/A")];
    expect(diagnosticsAt(list, "/States/A/Retry")).toHaveLength(2);
    expect(diagnosticsAt(list, "/States/A/Retry", true)).toHaveLength(1);
  });
  it("leaves out problems of states nested below", () => {
    const list = [d("/States/P/Branches/0/States/X/Next", "/States/P/Branches/0/States/X"), d("/States/P/Branches", "/States/P")];
    expect(diagnosticsAt(list, "/States/P/Branches")).toHaveLength(1);
    expect(diagnosticsAt(list, "/States/P")).toHaveLength(1);
  });
  it("drops the state prefix from messages and sorts errors first", () => {
    expect(fieldMessage(d("/x"))).toBe("InputPath is bad");
    expect(bySeverity([d("/a", undefined, "info"), d("/b", undefined, "error")]).map((x) => x.path)).toEqual(["/b", "/a"]);
  });
});
