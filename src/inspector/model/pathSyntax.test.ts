import { describe, expect, it } from "vitest";
import { checkPathSyntax } from "./pathSyntax";

describe("checkPathSyntax", () => {
  it("accepts any JSONPath for InputPath/OutputPath, including context paths", () => {
    expect(checkPathSyntax("$.a[0:2]", "jsonpath")).toBeUndefined();
    expect(checkPathSyntax("$..comment", "jsonpath")).toBeUndefined();
    expect(checkPathSyntax("$$.Execution.Id", "jsonpath")).toBeUndefined();
  });
  it("reports a syntax error with its position and a fix", () => {
    expect(checkPathSyntax("$.a[", "jsonpath")).toMatch(/^Not a valid path: .*\(character 5\)\.$/);
    expect(checkPathSyntax("foo.bar", "reference")).toMatch(/Did you mean \$\.foo\.bar\?/);
  });
  it("needs a single node for reference paths and ResultPath", () => {
    expect(checkPathSyntax("$.items[*]", "reference")).toMatch(/names one value/);
    expect(checkPathSyntax("$.items[0].id", "reference")).toBeUndefined();
    expect(checkPathSyntax("$..x", "write")).toMatch(/one place/);
    expect(checkPathSyntax("$$.Task.Token", "write")).toMatch(/not \$\$/);
  });
  it("accepts intrinsics only where allowed", () => {
    expect(checkPathSyntax("States.Format('{}', $.a)", "reference-or-intrinsic")).toBeUndefined();
    expect(checkPathSyntax("States.Format('{}', $.a", "reference-or-intrinsic")).toMatch(/intrinsic/);
    expect(checkPathSyntax("States.UUID()", "jsonpath")).toMatch(/not allowed/);
  });
  it("reads workflow variables in reading paths, never in ResultPath", () => {
    expect(checkPathSyntax("$total", "reference")).toBeUndefined();
    expect(checkPathSyntax("$order.items[0]", "jsonpath-or-intrinsic")).toBeUndefined();
    expect(checkPathSyntax("States.Format('{}', $name)", "reference-or-intrinsic")).toBeUndefined();
    expect(checkPathSyntax("$total", "write")).toMatch(/variables are set with Assign/);
  });
  it("asks for a path when empty", () => {
    expect(checkPathSyntax("", "jsonpath")).toMatch(/Enter a path/);
  });
});
