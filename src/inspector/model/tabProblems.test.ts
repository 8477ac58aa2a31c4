import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../asl/diagnostics";
import { sortProblemsByTab } from "./tabProblems";

const d = (path: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({ severity, code: "X", message: "m", path });

describe("sortProblemsByTab", () => {
  it("counts problems per tab and keeps state-level ones apart", () => {
    const result = sortProblemsByTab([d("/States/A"), d("/States/A/InputPath"), d("/States/A/Retry/0/ErrorEquals"), d("/States/A/Catch/0/Next", "warning"), d("/States/A/Foo"), d("/States/A/Comment", "info")], "/States/A", "Task");
    expect(result.counts).toEqual({ input: 1, errors: 2 });
    expect(result.general.map((x) => x.path)).toEqual(["/States/A", "/States/A/Foo"]);
  });
});
