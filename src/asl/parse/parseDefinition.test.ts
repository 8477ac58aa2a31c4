import { describe, expect, it } from "vitest";
import { parseDefinition } from "./parseDefinition";

describe("parseDefinition (JSON)", () => {
  it("reads a definition and maps every pointer to its text span", () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "End": true }\n  }\n}';
    const result = parseDefinition(text, "json");
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    const startAt = result.sourceMap.get("/StartAt");
    expect(startAt && text.slice(startAt.value.offset, startAt.value.offset + startAt.value.length)).toBe('"A"');
    expect(startAt?.key && text.slice(startAt.key.offset, startAt.key.offset + startAt.key.length)).toBe('"StartAt"');
    const state = result.sourceMap.get("/States/A");
    expect(state && text.slice(state.value.offset, state.value.offset + state.value.length)).toBe('{ "Type": "Pass", "End": true }');
    const end = result.sourceMap.get("/States/A/End");
    expect(end && result.lineIndex.positionAt(end.value.offset)).toEqual({ line: 4, column: 35 });
  });

  it("escapes pointer segments for names with / and ~", () => {
    const result = parseDefinition('{"States": {"a/b~c": {"Type": "Succeed"}}}', "json");
    expect(result.sourceMap.has("/States/a~1b~0c/Type")).toBe(true);
  });

  it("returns a located syntax error instead of throwing", () => {
    const result = parseDefinition('{\n  "StartAt": "A",\n  "States": {\n}', "json");
    expect(result.value).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ code: "SYNTAX_ERROR", fatal: true, line: 4 });
  });

  it("rejects comments and trailing commas (ASL is strict JSON)", () => {
    expect(parseDefinition('{"a": 1,}', "json").problems[0]?.code).toBe("SYNTAX_ERROR");
    expect(parseDefinition('{"a": 1 // x\n}', "json").problems[0]?.message).toMatch(/Comments/);
  });

  it("reports duplicate keys at the second key without failing the parse", () => {
    const text = '{"StartAt": "A", "StartAt": "B"}';
    const result = parseDefinition(text, "json");
    expect(result.value).toEqual({ StartAt: "B" });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: "DUPLICATE_KEY", fatal: false, pointer: "/StartAt", span: { offset: 17, length: 9 } });
  });

  it("keeps __proto__ and constructor as plain data", () => {
    const result = parseDefinition('{"__proto__": {"polluted": true}, "constructor": 1}', "json");
    const value = result.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses hostile nesting with a located error instead of overflowing the stack", () => {
    const text = "[".repeat(100_000);
    const result = parseDefinition(text, "json");
    expect(result.problems[0]).toMatchObject({ code: "NESTING_TOO_DEEP", fatal: true });
  });

  it("reports an empty document", () => {
    expect(parseDefinition("   ", "json").problems[0]?.code).toBe("EMPTY_DOCUMENT");
  });
});

describe("parseDefinition (YAML)", () => {
  it("reads YAML with source positions", () => {
    const text = "# comment\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n";
    const result = parseDefinition(text, "yaml");
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    const type = result.sourceMap.get("/States/A/Type");
    expect(type && text.slice(type.value.offset, type.value.offset + type.value.length)).toBe("Pass");
    expect(type && result.lineIndex.positionAt(type.value.offset)).toEqual({ line: 5, column: 11 });
  });

  it("reports a YAML syntax error with its line", () => {
    const result = parseDefinition("StartAt: A\nStates:\n  A: {Type: Pass\n", "yaml");
    expect(result.value).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ code: "SYNTAX_ERROR", fatal: true });
    expect(result.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it("reports duplicate keys", () => {
    const result = parseDefinition("StartAt: A\nStartAt: B\n", "yaml");
    expect(result.value).toEqual({ StartAt: "B" });
    expect(result.problems[0]).toMatchObject({ code: "DUPLICATE_KEY", line: 2, column: 1 });
  });

  it("refuses values JSON cannot hold", () => {
    expect(parseDefinition("a: .inf\n", "yaml").problems[0]?.code).toBe("UNSUPPORTED_YAML");
  });

  it("resolves aliases but refuses exponential alias expansion", () => {
    expect(parseDefinition("a: &x {b: 1}\nc: *x\n", "yaml").value).toEqual({ a: { b: 1 }, c: { b: 1 } });
    const lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(", ")}]`);
    const result = parseDefinition(lines.join("\n"), "yaml");
    expect(result.value).toBeUndefined();
    expect(result.problems[0]?.fatal).toBe(true);
  });

  it("keeps __proto__ keys as data", () => {
    const value = parseDefinition("__proto__: {polluted: true}\n", "yaml").value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/**
 * A UTF-8 byte order mark (U+FEFF) at the start of a file, as some Windows editors save it. The
 * guide says nothing about it; RFC 8259 §8.1 lets a JSON parser ignore it, and YAML 1.2 allows
 * it. Decision: accept it in both formats; offsets keep counting it (so they index the text as
 * given), columns on line 1 do not (editors, Monaco included, do not show it).
 */
describe("parseDefinition (byte order mark)", () => {
  const BOM = "\uFEFF";

  it("reads JSON that starts with a byte order mark, with offsets into the text as given", () => {
    const text = `${BOM}{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}`;
    const result = parseDefinition(text, "json");
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    const startAt = result.sourceMap.get("/StartAt");
    expect(startAt && text.slice(startAt.value.offset, startAt.value.offset + startAt.value.length)).toBe('"A"');
    expect(startAt && result.lineIndex.positionAt(startAt.value.offset)).toEqual({ line: 1, column: 13 });
    expect(result.lineIndex.positionAt(1)).toEqual({ line: 1, column: 1 });
    expect(result.lineIndex.offsetAt({ line: 1, column: 1 })).toBe(1);
  });

  it("reads YAML that starts with a byte order mark", () => {
    const text = `${BOM}StartAt: A\nStates:\n  A:\n    Type: Succeed\n`;
    const result = parseDefinition(text, "yaml");
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ StartAt: "A", States: { A: { Type: "Succeed" } } });
    const startAt = result.sourceMap.get("/StartAt");
    expect(startAt && text.slice(startAt.value.offset, startAt.value.offset + startAt.value.length)).toBe("A");
    expect(startAt && result.lineIndex.positionAt(startAt.value.offset)).toEqual({ line: 1, column: 10 });
  });

  it("places a syntax error after the mark where an editor shows it", () => {
    const problem = parseDefinition(`${BOM}{,}`, "json").problems[0];
    expect(problem).toMatchObject({ code: "SYNTAX_ERROR", line: 1, column: 2, span: { offset: 2 } });
  });

  it("treats a mark alone as an empty document", () => {
    expect(parseDefinition(BOM, "json").problems[0]?.code).toBe("EMPTY_DOCUMENT");
    expect(parseDefinition(BOM, "yaml").problems[0]?.code).toBe("EMPTY_DOCUMENT");
  });

  it("still refuses a mark anywhere else", () => {
    expect(parseDefinition(`{${BOM}"a": 1}`, "json").problems[0]?.code).toBe("SYNTAX_ERROR");
  });
});
