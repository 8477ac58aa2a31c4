import { describe, expect, it } from "vitest";
import { createAslLanguageService } from "./index";
import { corpusText, toYaml } from "./testing";
import { toMarker } from "./validate";

const service = createAslLanguageService();
const HELLO = corpusText("0025_12620.asl.json");

describe("validate → markers", () => {
  it("gives no markers for a valid definition, in JSON and YAML", () => {
    expect(service.validate(HELLO, "json")).toEqual([]);
    expect(service.validate(toYaml(HELLO), "yaml")).toEqual([]);
  });

  it("puts a validator finding on the exact range of the offending value", () => {
    const text = HELLO.replace('"Next": "Parallel"', '"Next": "Paralel"');
    const markers = service.validate(text, "json");
    // The unknown target, and Parallel and PassState are no longer reachable.
    expect(markers.map((m) => m.code)).toEqual(["UNKNOWN_STATE_REF", "UNREACHABLE_STATE", "UNREACHABLE_STATE"]);
    const unknown = markers.find((m) => m.code === "UNKNOWN_STATE_REF");
    const line = text.split("\n").findIndex((l) => l.includes('"Paralel"')) + 1;
    const column = (text.split("\n")[line - 1] ?? "").indexOf('"Paralel"') + 1;
    expect(unknown).toMatchObject({ severity: "error", source: "asl", pointer: "/States/Wait 3 seconds/Next", stateName: "Wait 3 seconds", startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column + '"Paralel"'.length });
    expect(unknown?.message).toMatch(/Parallel/);
    expect(markers.find((m) => m.code === "UNREACHABLE_STATE")?.severity).toBe("warning");
  });

  it("reports a syntax error where it is, in JSON and YAML", () => {
    const json = service.validate('{\n  "StartAt": "A",\n  "States": {\n}', "json");
    expect(json[0]).toMatchObject({ severity: "error", code: "SYNTAX_ERROR", startLineNumber: 4 });
    const yaml = service.validate("StartAt: A\nStates:\n  A: {Type: Pass\n", "yaml");
    expect(yaml[0]).toMatchObject({ severity: "error", code: "SYNTAX_ERROR" });
    expect(yaml[0]?.startLineNumber).toBeGreaterThanOrEqual(3);
  });

  it("maps severities and passes the workflow type", () => {
    const callback = '{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "End": true}}}';
    expect(service.validate(callback, "json")).toEqual([]);
    expect(service.validate(callback, "json", { workflowType: "EXPRESS" })[0]).toMatchObject({ code: "EXPRESS_UNSUPPORTED_PATTERN", severity: "error" });
    expect(createAslLanguageService({ workflowType: "EXPRESS" }).validate(callback, "json")).toHaveLength(1);
    const duplicate = service.validate('{"StartAt": "A", "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}', "json");
    expect(duplicate[0]).toMatchObject({ code: "DUPLICATE_KEY", severity: "warning" });
  });

  it("puts a finding without a range at the document's start", () => {
    expect(toMarker({ severity: "info", code: "X", message: "m", path: "" }, "{}")).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2, severity: "info" });
    expect(toMarker({ severity: "error", code: "EMPTY_DOCUMENT", message: "m", path: "" }, "")).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 });
  });
});
