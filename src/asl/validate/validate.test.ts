import { describe, expect, it } from "vitest";
import { CODES } from "./codes";
import { machine } from "./testing/helpers";
import { validate } from "./validate";
import { validateText } from "./validateText";

describe("validate: locations and order", () => {
  const text = `{
  "StartAt": "Charge card",
  "States": {
    "Charge card": { "Type": "Pass", "Next": "Ship" },
    "Ship order": { "Type": "Pass" },
    "Orphan": { "Type": "Succeed", "Bogus": 1 }
  }
}`;

  it("locates each finding: the value written, the key of a missing field's owner", () => {
    const { diagnostics } = validateText(text, "json");
    const byCode = Object.fromEntries(diagnostics.map((d) => [d.code, d]));
    expect(byCode.UNKNOWN_STATE_REF?.range).toMatchObject({ start: { line: 4, column: 46 }, end: { line: 4, column: 52 } });
    expect(byCode.MISSING_NEXT_OR_END?.range).toMatchObject({ start: { line: 5, column: 5 }, end: { line: 5, column: 17 } });
    expect(byCode.FIELD_NOT_ALLOWED?.range).toMatchObject({ start: { line: 6, column: 36 }, end: { line: 6, column: 43 } });
    expect(byCode.UNREACHABLE_STATE?.statePointer).toBe("/States/Orphan");
  });

  it("lists findings in document order, whatever rule found them", () => {
    const { diagnostics } = validateText(text, "json");
    const offsets = diagnostics.map((d) => d.range?.offset ?? -1);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    expect(diagnostics.map((d) => d.code)).toEqual(["UNKNOWN_STATE_REF", "MISSING_NEXT_OR_END", "UNREACHABLE_STATE", "UNREACHABLE_STATE", "FIELD_NOT_ALLOWED"]);
  });

  it("orders by key order without a source map, and is deterministic", () => {
    const def = machine({ B: { Type: "Pass", Next: "X" }, A: { Type: "Pass", Next: "Y" } });
    const first = validate(def).map((d) => d.path);
    expect(first).toEqual(["/States/B/Next", "/States/A", "/States/A/Next"]);
    expect(validate(def).map((d) => d.path)).toEqual(first);
  });

  it("locates YAML the same way", () => {
    const yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Missing\n";
    const { diagnostics } = validateText(yaml, "yaml");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "UNKNOWN_STATE_REF", path: "/States/A/Next", range: { start: { line: 5, column: 11 } } });
  });

  it("validates a file that starts with a byte order mark, located as an editor shows it (README decision; the guide is silent)", () => {
    const json = validateText(`\uFEFF${text}`, "json").diagnostics;
    expect(json.map((d) => d.code)).toEqual(["UNKNOWN_STATE_REF", "MISSING_NEXT_OR_END", "UNREACHABLE_STATE", "UNREACHABLE_STATE", "FIELD_NOT_ALLOWED"]);
    expect(json[0]?.range).toMatchObject({ start: { line: 4, column: 46 }, offset: text.indexOf('"Ship"') + 1 });
    const yaml = validateText("\uFEFFStartAt: Missing\nStates:\n  A:\n    Type: Succeed\n", "yaml").diagnostics;
    expect(yaml.map((d) => [d.code, d.range?.start])).toEqual([["UNKNOWN_STATE_REF", { line: 1, column: 10 }]]);
  });

  it("keeps parse problems first and does not validate text that does not parse", () => {
    expect(new Set(validateText("{ \"StartAt\": ", "json").diagnostics.map((d) => d.code))).toEqual(new Set(["SYNTAX_ERROR"]));
    const dup = validateText('{"StartAt":"A","States":{"A":{"Type":"Succeed","Type":"Succeed"}}}', "json").diagnostics;
    expect(dup.map((d) => [d.code, d.severity])).toEqual([["DUPLICATE_KEY", "warning"]]);
  });

  it("makes a state name written twice in one States object an error (seed L2376–L2377)", () => {
    const text = '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"},"A":{"Type":"Pass","Next":"X"}}}';
    const { diagnostics } = validateText(text, "json");
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["UNREACHABLE_STATE", "warning", "/States/B"],
      ["DUPLICATE_STATE_NAME", "error", "/States/A"],
      ["UNKNOWN_STATE_REF", "error", "/States/A/Next"],
    ]);
    expect(diagnostics[1]?.range?.offset).toBe(text.lastIndexOf('"A"'));
  });

  it("gives every diagnostic a known code, its default severity unless stated, a message and a pointer", () => {
    const { diagnostics } = validateText(text, "json");
    for (const d of diagnostics) {
      expect(CODES).toHaveProperty(d.code);
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.path === "" || d.path.startsWith("/")).toBe(true);
    }
  });
});

/** A small seeded generator of odd values for the never-throws property. */
function random(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const keys = ["Type", "Next", "End", "States", "StartAt", "Branches", "ItemProcessor", "Iterator", "Choices", "And", "Not", "Parameters", "x.$", "Retry", "Catch", "ErrorEquals", "__proto__", "constructor", "Variable", "Resource", "Seconds", "ProcessorConfig", "Mode", "DISTRIBUTED", "ItemReader", "Label"];
  const strings = ["Task", "Pass", "Choice", "Map", "Parallel", "Wait", "Fail", "Succeed", "$", "$.a", "$$.", "States.Format('{}', $.a)", "States.X(", "arn:aws:states:::lambda:invoke.sync", "States.ALL", "A", "B", "", "2016-01-01T00:00:00Z"];
  const value = (depth: number): unknown => {
    const r = next();
    if (depth > 6 || r < 0.3) return strings[Math.floor(next() * strings.length)];
    if (r < 0.4) return Math.floor(next() * 200) - 50;
    if (r < 0.45) return next() < 0.5;
    if (r < 0.5) return null;
    if (r < 0.65) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 6); i > 0; i--) Object.defineProperty(o, keys[Math.floor(next() * keys.length)] as string, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
    return o;
  };
  return value;
}

describe("validate never throws", () => {
  it("on values that are not objects", () => {
    for (const bad of [null, undefined, [], [1, 2], "x", 0, NaN, true, () => 1, Symbol("s"), 10n]) {
      expect(() => validate(bad)).not.toThrow();
      expect(validate(bad).map((d) => d.code)).toEqual(["SCHEMA_TYPE"]);
    }
  });

  it("on __proto__, constructor and other inherited names as keys and state names", () => {
    const def = JSON.parse(
      '{"__proto__":{"x":1},"StartAt":"constructor","States":{"constructor":{"Type":"Pass","Next":"__proto__"},"__proto__":{"Type":"Pass","Next":"toString"},"hasOwnProperty":{"Type":"Succeed"}}}',
    ) as unknown;
    const codes = validate(def).map((d) => `${d.code} ${d.path}`);
    expect(codes).toContain("FIELD_NOT_ALLOWED /__proto__");
    expect(codes).toContain("UNKNOWN_STATE_REF /States/__proto__/Next");
    expect(codes).not.toContain("UNKNOWN_STATE_REF /States/constructor/Next");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("on objects without a prototype and on non-JSON values inside", () => {
    const state = Object.assign(Object.create(null) as Record<string, unknown>, { Type: "Pass", End: true, Result: () => 1, Comment: Symbol("c"), Parameters: { "a.$": 10n } });
    expect(() => validate({ StartAt: "S", States: { S: state } })).not.toThrow();
  });

  it("on cyclic values", () => {
    const branch: Record<string, unknown> = { StartAt: "P", States: {} };
    const parallel: Record<string, unknown> = { Type: "Parallel", Branches: [branch], End: true };
    (branch.States as Record<string, unknown>).P = parallel;
    const def = { StartAt: "P", States: { P: parallel } };
    const params: Record<string, unknown> = {};
    params.self = params;
    const withParams = { StartAt: "A", States: { A: { Type: "Pass", Parameters: params, End: true } } };
    expect(() => validate(def)).not.toThrow();
    expect(validate(def).some((d) => d.code === "NESTING_TOO_DEEP")).toBe(true);
    expect(() => validate(withParams)).not.toThrow();
  });

  it("on very deep nesting of states, choice rules and templates", () => {
    let states: Record<string, unknown> = { Leaf: { Type: "Succeed" } };
    for (let i = 0; i < 5000; i++) states = { [`P${i}`]: { Type: "Parallel", Branches: [{ StartAt: Object.keys(states)[0], States: states }], End: true } };
    expect(() => validate({ StartAt: Object.keys(states)[0], States: states })).not.toThrow();

    let rule: Record<string, unknown> = { Variable: "$.a", IsNull: true };
    for (let i = 0; i < 100_000; i++) rule = { Not: rule };
    let template: Record<string, unknown> = { "a.$": "$.a" };
    for (let i = 0; i < 100_000; i++) template = { t: template };
    const def = machine({ C: { Type: "Choice", Choices: [{ ...rule, Next: "P" }] }, P: { Type: "Pass", Parameters: template, End: true } });
    const codes = validate(def).map((d) => d.code);
    expect(codes.filter((c) => c === "NESTING_TOO_DEEP")).toHaveLength(2);
  });

  it("on objects whose properties throw when read", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => ["StartAt", "States"],
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
        get: () => {
          throw new Error("boom");
        },
      },
    );
    expect(() => validate(hostile)).not.toThrow();
    expect(validate(hostile).map((d) => d.code)).toContain("INTERNAL_ERROR");
  });

  it("on huge names and many states", () => {
    const big = "n".repeat(1_000_000);
    expect(() => validate(machine({ [big]: { Type: "Pass", Next: big + "x" } }))).not.toThrow();
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) states[`S${i}`] = { Type: "Pass", Next: i < 19_999 ? `S${i + 1}` : "Nope" };
    expect(validate(machine(states)).map((d) => d.code)).toEqual(["UNKNOWN_STATE_REF"]);
  });

  it("on a thousand random odd documents", () => {
    const value = random(42);
    for (let i = 0; i < 1000; i++) {
      const doc = { StartAt: "A", States: { A: value(0), B: value(0), C: { Type: "Parallel", Branches: [value(0), { StartAt: "D", States: { D: value(0) } }] } } };
      const diagnostics = validate(doc);
      for (const d of diagnostics) {
        expect(CODES).toHaveProperty(d.code);
        expect(d.code).not.toBe("INTERNAL_ERROR");
      }
    }
  });
});
