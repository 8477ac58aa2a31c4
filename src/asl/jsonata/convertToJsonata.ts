/**
 * JSONPath → JSONata: the console's "convert to JSONata" for the common patterns
 * ("Transforming data with JSONata in Step Functions", conversion example), pure.
 *
 * - InputPath + Parameters → Arguments; ResultSelector + ResultPath + OutputPath → Output (or
 *   nothing, when the JSONata default gives the same); Result → Output; `key.$` paths →
 *   `{% $states.input.key %}`, `$$…` → `$states.context…`, `$var…` → `$var…`;
 * - Map ItemsPath → Items, ItemSelector stays (converted), the …Path fields → expressions;
 *   Wait SecondsPath/TimestampPath → Seconds/Timestamp; Fail ErrorPath/CausePath → Error/Cause;
 *   Choice rules → Condition; JSONPath Assign (`x.$`) → JSONata Assign; catchers' ResultPath →
 *   Output;
 * - intrinsics with an exact JSONata equivalent (States.Format, Array, ArrayLength, MathAdd,
 *   StringToJson, JsonToString, UUID, Hash, JsonMerge, ArrayPartition, ArrayRange, ArrayUnique,
 *   ArrayGetItem with a literal index, ArrayContains of a literal scalar, MathRandom without seed).
 *
 * It REFUSES, changing nothing, when it cannot keep the meaning: paths that select several
 * values (filters, wildcards, slices, unions, `..`), ResultPath through an array index, an
 * InputPath of null with paths after it, intrinsics without an exact equivalent (StringSplit's
 * character set, Base64 (JSONata's is Latin-1), seeded MathRandom, …), Timestamp comparisons,
 * arrays of computed values inside an expression (JSONata flattens them), or a Map/Parallel whose
 * inner states cannot all be converted. The refusals say why and where.
 *
 * Faithful means: for every input on which the JSONPath state succeeds, the JSONata state gives
 * the same output, variables and next state. Where they fail, they may fail differently
 * (JSONPath's States.Runtime becomes States.QueryEvaluationError, a catchable error); the
 * result's `caveats` list the narrower differences the converter cannot rule out (States.Format
 * prints numbers through JSONata's $string, 15 significant digits).
 */
import { isJsonObject, type JsonObject, type JsonValue } from "../json";
import { looksLikeIntrinsic, parseIntrinsic, splitFormatTemplate, type IntrinsicArg, type IntrinsicCall } from "../intrinsics/parseIntrinsic";
import { tryParsePath, type ParsedPath, type PathSegment } from "../paths/parsePath";
import type { State, StateMachine } from "../types";

export type RefusalReason =
  | "already-jsonata"
  | "indefinite-path"
  | "path-not-expressible"
  | "input-path-null"
  | "result-path-index"
  | "unsupported-intrinsic"
  | "unsupported-operator"
  | "array-in-expression"
  | "nested-state"
  | "invalid-value";

export interface Refusal {
  reason: RefusalReason;
  /** JSON Pointer of the field, relative to what was converted (the state, or the machine). */
  pointer: string;
  message: string;
}

export type CaveatKind = "format-number-precision";

export interface Caveat {
  kind: CaveatKind;
  pointer: string;
  message: string;
}

export type ConversionResult<T> = { ok: true; value: T; caveats: Caveat[] } | { ok: false; refusals: Refusal[] };

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Symbolic values: what a JSONPath stage produces, as JSON with JSONata expressions inside.

type Sym =
  | { kind: "expr"; text: string; path: boolean }
  | { kind: "object"; entries: [string, Sym][] }
  | { kind: "array"; items: Sym[] }
  | { kind: "literal"; value: JsonValue };

const INPUT: Sym = { kind: "expr", text: "$states.input", path: true };
const RESULT: Sym = { kind: "expr", text: "$states.result", path: true };
const ERROR_OUTPUT: Sym = { kind: "expr", text: "$states.errorOutput", path: true };
const CONTEXT: Sym = { kind: "expr", text: "$states.context", path: true };

function isSame(a: Sym, b: Sym): boolean {
  return a.kind === "expr" && b.kind === "expr" && a.text === b.text;
}

class Converter {
  readonly caveats: Caveat[] = [];
  constructor(private readonly base: string) {}

  refuse(reason: RefusalReason, pointer: string, message: string): never {
    throw new Refused({ reason, pointer: this.base + pointer, message });
  }

  caveat(kind: CaveatKind, pointer: string, message: string): void {
    if (!this.caveats.some((c) => c.kind === kind && c.pointer === this.base + pointer)) this.caveats.push({ kind, pointer: this.base + pointer, message });
  }

  // --- paths -----------------------------------------------------------------------------------

  parse(text: string, pointer: string): ParsedPath {
    const parsed = tryParsePath(text);
    if (!("segments" in parsed)) this.refuse("invalid-value", pointer, `${JSON.stringify(text)} is not a path: ${parsed.message}.`);
    return parsed;
  }

  /** The steps of a definite path (member names and indexes); refuses the others. */
  steps(parsed: ParsedPath, pointer: string): (string | number)[] {
    const out: (string | number)[] = [];
    for (const segment of parsed.segments) {
      if (segment.kind === "member") out.push(segment.name);
      else if (segment.kind === "index" && segment.index >= 0) out.push(segment.index);
      else this.refuse("indefinite-path", pointer, `${JSON.stringify(parsed.text)} ${describeSegment(segment)}; JSONata paths select and flatten differently, so it is not converted. Rewrite it as a JSONata expression by hand.`);
    }
    return out;
  }

  /** A reading path over `doc` (the effective input of the field): `$.a` → doc.a, `$$.x` → context, `$v.x` → variable. */
  readPath(text: string, doc: Sym, pointer: string): Sym {
    const parsed = this.parse(text, pointer);
    const steps = this.steps(parsed, pointer);
    const root: Sym = parsed.root.kind === "context" ? CONTEXT : parsed.root.kind === "variable" ? { kind: "expr", text: `$${parsed.root.name}`, path: true } : doc;
    return this.select(root, steps, pointer);
  }

  select(value: Sym, steps: readonly (string | number)[], pointer: string): Sym {
    let current = value;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as string | number;
      if (current.kind === "object" && typeof step === "string") {
        const entry = current.entries.find(([key]) => key === step);
        if (!entry) this.refuse("invalid-value", pointer, `the path reads ${JSON.stringify(step)}, which the value it reads from never has: the JSONPath state always fails there.`);
        current = entry[1];
        continue;
      }
      if (current.kind === "array" && typeof step === "number") {
        const item = current.items[step];
        if (!item) this.refuse("invalid-value", pointer, `the path reads item ${step}, which the array it reads from never has.`);
        current = item;
        continue;
      }
      if (current.kind === "literal") {
        const value = current.value;
        const next = typeof step === "number" ? (Array.isArray(value) ? value[step] : undefined) : isJsonObject(value) && Object.prototype.hasOwnProperty.call(value, step) ? value[step] : undefined;
        if (next === undefined) this.refuse("invalid-value", pointer, `the path reads ${JSON.stringify(step)}, which the value it reads from never has.`);
        current = { kind: "literal", value: next };
        continue;
      }
      const base = current.kind === "expr" && current.path ? current.text : `(${this.expression(current, pointer)})`;
      current = { kind: "expr", text: base + stepText(step, (reason, why) => this.refuse(reason, pointer, why)), path: true };
    }
    return current;
  }

  // --- templates -------------------------------------------------------------------------------

  /** A JSONPath payload template over `doc` (Parameters, ResultSelector, ItemSelector, Assign values…). */
  template(value: JsonValue, doc: Sym, pointer: string): Sym {
    if (Array.isArray(value)) return { kind: "array", items: value.map((item, i) => this.template(item, doc, `${pointer}/${i}`)) };
    if (!isJsonObject(value)) return { kind: "literal", value };
    const entries: [string, Sym][] = [];
    for (const key of Object.keys(value)) {
      const item = value[key] as JsonValue;
      const at = `${pointer}/${escape(key)}`;
      if (key.endsWith(".$") && key.length > 2) {
        if (typeof item !== "string") this.refuse("invalid-value", at, `${key} must hold a path or an intrinsic call.`);
        entries.push([key.slice(0, -2), this.dynamic(item, doc, at)]);
      } else entries.push([key, this.template(item, doc, at)]);
    }
    return { kind: "object", entries };
  }

  /** A `.$` value: a path, or an intrinsic call (States.Array at the top becomes a JSON array of its arguments). */
  dynamic(text: string, doc: Sym, pointer: string): Sym {
    if (!looksLikeIntrinsic(text)) return this.readPath(text, doc, pointer);
    let call: IntrinsicCall;
    try {
      call = parseIntrinsic(text);
    } catch (error) {
      return this.refuse("invalid-value", pointer, `${JSON.stringify(text)} is not a valid intrinsic call: ${(error as Error).message}`);
    }
    if (call.name === "States.Array") return { kind: "array", items: call.args.map((arg) => this.argument(arg, doc, pointer)) };
    return { kind: "expr", text: this.intrinsic(call, doc, pointer), path: false };
  }

  argument(arg: IntrinsicArg, doc: Sym, pointer: string): Sym {
    switch (arg.kind) {
      case "string":
      case "number":
      case "boolean":
        return { kind: "literal", value: arg.value };
      case "null":
        return { kind: "literal", value: null };
      case "path":
        return this.readPath(arg.path, doc, pointer);
      case "call":
        return { kind: "expr", text: this.intrinsic(arg, doc, pointer), path: false };
    }
  }

  // --- intrinsics --------------------------------------------------------------------------------

  intrinsic(call: IntrinsicCall, doc: Sym, pointer: string): string {
    const args = call.args;
    const expr = (i: number): string => {
      const arg = args[i];
      if (!arg) this.refuse("invalid-value", pointer, `${call.name} is missing argument ${i + 1}.`);
      return this.expression(this.argument(arg, doc, pointer), pointer);
    };
    const literalInteger = (i: number): number | undefined => {
      const arg = args[i];
      return arg?.kind === "number" && Number.isInteger(arg.value) ? arg.value : undefined;
    };
    /** Intrinsics round integer arguments half up (Java's Math.round): JSONata's $round is half-even. */
    const integer = (i: number): string => {
      const literal = literalInteger(i);
      return literal !== undefined ? String(literal) : `$floor(${expr(i)} + 0.5)`;
    };
    const unsupported = (why: string): never => this.refuse("unsupported-intrinsic", pointer, `${call.name} has no exact JSONata equivalent here: ${why}.`);
    switch (call.name) {
      case "States.Format": {
        const template = args[0];
        if (template?.kind !== "string") return unsupported("its template is not a literal string");
        const { parts, placeholders } = splitFormatTemplate(template.raw);
        if (placeholders !== args.length - 1) this.refuse("invalid-value", pointer, "States.Format's placeholders and values do not match.");
        const pieces: string[] = [];
        if ((parts[0] ?? "") !== "") pieces.push(stringLiteral(parts[0] ?? ""));
        for (let i = 1; i < parts.length; i++) {
          const value = this.argument(args[i] as IntrinsicArg, doc, pointer);
          if (value.kind === "literal") pieces.push(stringLiteral(typeof value.value === "string" ? value.value : JSON.stringify(value.value)));
          else {
            pieces.push(`$string(${this.expression(value, pointer)})`);
            this.caveat("format-number-precision", pointer, "States.Format writes numbers as JSON; JSONata's $string writes them with at most 15 significant digits (0.1 + 0.2 gives 0.3).");
          }
          if ((parts[i] ?? "") !== "") pieces.push(stringLiteral(parts[i] ?? ""));
        }
        return pieces.length === 0 ? "''" : pieces.join(" & ");
      }
      case "States.Array": {
        const items = args.map((arg) => this.argument(arg, doc, pointer));
        return this.expression({ kind: "array", items }, pointer);
      }
      case "States.ArrayLength":
        return `$count(${expr(0)})`;
      case "States.ArrayGetItem": {
        const index = literalInteger(1);
        if (index === undefined || index < 0) return unsupported("the index is not a literal non-negative integer (JSONata indexes differently from the end and with fractions)");
        return `(${expr(0)})[${index}]`;
      }
      case "States.ArrayContains": {
        const needle = args[1];
        if (!needle || !(needle.kind === "string" || needle.kind === "number" || needle.kind === "boolean" || needle.kind === "null")) {
          return unsupported("JSONata's `in` compares objects and arrays by identity, not by value; only a literal scalar is looked up the same way");
        }
        return `(${this.expression(this.argument(needle, doc, pointer), pointer)} in ${expr(0)})`;
      }
      case "States.ArrayUnique":
        return `$distinct(${expr(0)})`;
      case "States.ArrayPartition":
        return `$partition(${expr(0)}, ${integer(1)})`;
      case "States.ArrayRange":
        // [ ] keeps a one-item range an array ($range(1, 1, 1) alone is 1).
        return `[$range(${integer(0)}, ${integer(1)}, ${integer(2)})]`;
      case "States.MathAdd":
        return `(${integer(0)} + ${integer(1)})`;
      case "States.MathRandom":
        if (args.length > 2) return unsupported("a seeded States.MathRandom draws a different number than $random(seed)");
        return `($floor($random() * (${integer(1)} - ${integer(0)})) + ${integer(0)})`;
      case "States.StringToJson": {
        const text = expr(0);
        // States.StringToJson("") and ("  ") are null (recorded, corpus 0689, 0690).
        return `($trim(${text}) = '' ? null : $parse(${text}))`;
      }
      case "States.JsonToString":
        // $string of a string is the string itself; wrapping it in an object gives its JSON text.
        return `($s := $string({'v': ${expr(0)}}); $substring($s, 5, $length($s) - 6))`;
      case "States.JsonMerge": {
        const deep = args[2];
        if (!(deep?.kind === "boolean" && deep.value === false)) return unsupported("only a shallow merge (false) has an equivalent");
        return `$merge([${expr(0)}, ${expr(1)}])`;
      }
      case "States.Hash":
        return `$hash(${expr(0)}, ${expr(1)})`;
      case "States.UUID":
        return "$uuid()";
      case "States.StringSplit":
        return unsupported("it splits at any of a set of characters and drops empty pieces; $split does neither");
      case "States.Base64Encode":
      case "States.Base64Decode":
        return unsupported("JSONata's $base64encode/$base64decode work on Latin-1, the intrinsics on UTF-8");
      default:
        return unsupported("it is not one of the intrinsics");
    }
  }

  // --- output ------------------------------------------------------------------------------------

  /** JSONata expression text of a symbolic value. */
  expression(value: Sym, pointer: string): string {
    switch (value.kind) {
      case "expr":
        return value.text;
      case "literal":
        return JSON.stringify(value.value);
      case "object":
        return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}: ${this.expression(item, pointer)}`).join(", ")}}`;
      case "array":
        if (value.items.some((item) => item.kind !== "literal")) {
          this.refuse("array-in-expression", pointer, "an array of computed values would have to be written inside an expression, where JSONata flattens arrays; it is not converted.");
        }
        return JSON.stringify(value.items.map((item) => (item as { value: JsonValue }).value));
    }
  }

  /** The JSON value of a JSONata field: literals as they are, expressions as `{% … %}` strings. */
  field(value: Sym, pointer: string): JsonValue {
    switch (value.kind) {
      case "expr":
        return `{% ${value.text} %}`;
      case "literal":
        return typeof value.value === "string" && value.value.startsWith("{%") && value.value.endsWith("%}") ? `{% ${JSON.stringify(value.value)} %}` : deepLiteral(value.value);
      case "object": {
        const out: JsonObject = {};
        for (const [key, item] of value.entries) Object.defineProperty(out, key, { value: this.field(item, pointer), enumerable: true, writable: true, configurable: true });
        return out;
      }
      case "array":
        return value.items.map((item) => this.field(item, pointer));
    }
  }

  /** ResultPath: `result` placed into `raw` at `path` (null: discarded; `$`: replaces it). */
  place(raw: Sym, resultPath: unknown, result: Sym, pointer: string): Sym {
    if (resultPath === undefined || resultPath === "$") return result;
    if (resultPath === null) return raw;
    if (typeof resultPath !== "string") return this.refuse("invalid-value", pointer, "ResultPath must be a path or null.");
    const parsed = this.parse(resultPath, pointer);
    if (parsed.root.kind !== "input") this.refuse("invalid-value", pointer, "ResultPath writes into the state input ($…).");
    const steps = this.steps(parsed, pointer);
    if (steps.some((step) => typeof step === "number")) {
      this.refuse("result-path-index", pointer, `ResultPath ${JSON.stringify(resultPath)} writes into an array item; JSONata has no faithful equivalent of that copy.`);
    }
    return this.setAt(raw, steps as string[], result, pointer);
  }

  private setAt(base: Sym, steps: readonly string[], value: Sym, pointer: string): Sym {
    if (steps.length === 0) return value;
    const [first, ...rest] = steps as [string, ...string[]];
    if (base.kind === "object") {
      const existing = base.entries.find(([key]) => key === first);
      const child = existing ? this.setAt(existing[1], rest, value, pointer) : this.setAt({ kind: "literal", value: {} }, rest, value, pointer);
      const entries: [string, Sym][] = existing ? base.entries.map(([key, item]) => [key, key === first ? child : item]) : [...base.entries, [first, child]];
      return { kind: "object", entries };
    }
    if (base.kind === "literal" && isJsonObject(base.value)) {
      const source = base.value;
      const entries: [string, Sym][] = Object.keys(source).map((key) => [key, { kind: "literal", value: source[key] as JsonValue }]);
      return this.setAt({ kind: "object", entries }, steps, value, pointer);
    }
    // Missing objects on the way are created, and the result is added after the existing keys: $merge does both.
    const inner = this.setAt(this.select(base, [first], pointer), rest, value, pointer);
    return { kind: "expr", text: `$merge([${this.expression(base, pointer)}, {${JSON.stringify(first)}: ${this.expression(inner, pointer)}}])`, path: false };
  }

  /** InputPath over the raw input: the document Parameters and the …Path fields read. */
  effectiveInput(inputPath: unknown, pointer: string): Sym | "null" {
    if (inputPath === undefined || inputPath === "$") return INPUT;
    if (inputPath === null) return "null";
    if (typeof inputPath !== "string") return this.refuse("invalid-value", pointer, "InputPath must be a path or null.");
    return this.readPath(inputPath, INPUT, pointer);
  }

  outputPath(value: Sym, outputPath: unknown, pointer: string): Sym {
    if (outputPath === undefined || outputPath === "$") return value;
    if (outputPath === null) return { kind: "literal", value: {} };
    if (typeof outputPath !== "string") return this.refuse("invalid-value", pointer, "OutputPath must be a path or null.");
    return this.readPath(outputPath, value, pointer);
  }
}

function describeSegment(segment: PathSegment): string {
  switch (segment.kind) {
    case "wildcard":
      return "uses a wildcard";
    case "descendant":
      return "uses recursive descent (..)";
    case "slice":
      return "uses a slice";
    case "filter":
      return "uses a filter";
    case "script":
      return "uses a script expression";
    case "union":
      return "selects several names or indexes";
    default:
      return "uses a negative index";
  }
}

function stepText(step: string | number, refuse: (reason: RefusalReason, why: string) => never): string {
  if (typeof step === "number") return `[${step}]`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(step) && !JSONATA_KEYWORDS.has(step)) return `.${step}`;
  if (step.includes("`")) refuse("path-not-expressible", `the field name ${JSON.stringify(step)} holds a backtick, which a JSONata name cannot.`);
  return `.\`${step}\``;
}

const JSONATA_KEYWORDS = new Set(["and", "or", "in", "true", "false", "null", "function"]);

function stringLiteral(text: string): string {
  return JSON.stringify(text);
}

function escape(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function deepLiteral(value: JsonValue): JsonValue {
  if (typeof value === "string" && value.startsWith("{%") && value.endsWith("%}")) return `{% ${JSON.stringify(value)} %}`;
  if (Array.isArray(value)) return value.map(deepLiteral);
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: deepLiteral(value[key] as JsonValue), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// States.

const JSONPATH_ONLY = [
  "InputPath",
  "OutputPath",
  "Parameters",
  "ResultSelector",
  "ResultPath",
  "Result",
  "ItemsPath",
  "TimeoutSecondsPath",
  "HeartbeatSecondsPath",
  "SecondsPath",
  "TimestampPath",
  "ErrorPath",
  "CausePath",
  "MaxConcurrencyPath",
  "ToleratedFailurePercentagePath",
  "ToleratedFailureCountPath",
];

type Writable = Record<string, JsonValue>;

function convertAssign(c: Converter, assign: JsonValue | undefined, doc: Sym, pointer: string): JsonValue | undefined {
  if (assign === undefined) return undefined;
  if (!isJsonObject(assign)) return c.refuse("invalid-value", pointer, "Assign must be an object.");
  const sym = c.template(assign, doc, pointer);
  return c.field(sym, pointer);
}

/** One state, its inner states included. `pointer` is where it sits (for refusals). */
function convertState(c: Converter, source: State, pointer: string, setLanguage: boolean): JsonObject {
  const s = source as unknown as Writable;
  const out: Writable = {};
  for (const key of Object.keys(s)) if (!JSONPATH_ONLY.includes(key) && key !== "QueryLanguage" && key !== "Assign") out[key] = s[key] as JsonValue;
  if (setLanguage) out.QueryLanguage = "JSONata";
  const type = source.Type;
  const effective = c.effectiveInput(s.InputPath, `${pointer}/InputPath`);
  const doc = (field: string): Sym => (effective === "null" ? c.refuse("input-path-null", `${pointer}/${field}`, "InputPath is null, so every path after it reads {} and fails: nothing to convert.") : effective);
  const docOrEmpty: Sym = effective === "null" ? { kind: "literal", value: {} } : effective;
  const setField = (name: string, value: Sym, defaultValue?: Sym) => {
    if (defaultValue && isSame(value, defaultValue)) return;
    out[name] = c.field(value, `${pointer}/${name}`);
  };
  const readField = (pathField: string, field: string, over: Sym) => {
    const path = s[pathField];
    if (typeof path === "string") out[field] = c.field(c.readPath(path, over, `${pointer}/${pathField}`), `${pointer}/${pathField}`);
  };

  const finish = (result: Sym, assignDoc: Sym, fallback: Sym) => {
    const placed = c.place(INPUT, s.ResultPath, result, `${pointer}/ResultPath`);
    const output = c.outputPath(placed, s.OutputPath, `${pointer}/OutputPath`);
    setField("Output", output, fallback);
    const assign = convertAssign(c, s.Assign, assignDoc, `${pointer}/Assign`);
    if (assign !== undefined) out.Assign = assign;
  };

  const convertCatchers = () => {
    const catchers = s.Catch;
    if (!Array.isArray(catchers)) return;
    out.Catch = catchers.map((catcher, i) => {
      if (!isJsonObject(catcher)) return catcher;
      const at = `${pointer}/Catch/${i}`;
      const copy: Writable = {};
      for (const key of Object.keys(catcher)) if (key !== "ResultPath" && key !== "Assign") copy[key] = catcher[key] as JsonValue;
      const placed = c.place(INPUT, catcher.ResultPath, ERROR_OUTPUT, `${at}/ResultPath`);
      if (!isSame(placed, ERROR_OUTPUT)) copy.Output = c.field(placed, `${at}/Output`);
      const assign = convertAssign(c, catcher.Assign, ERROR_OUTPUT, `${at}/Assign`);
      if (assign !== undefined) copy.Assign = assign;
      return copy;
    });
  };

  switch (type) {
    case "Pass": {
      const result: Sym = s.Result !== undefined ? { kind: "literal", value: s.Result as JsonValue } : s.Parameters !== undefined ? c.template(s.Parameters as JsonValue, doc("Parameters"), `${pointer}/Parameters`) : docOrEmpty;
      finish(result, result, INPUT);
      break;
    }
    case "Task":
    case "Parallel": {
      const args = s.Parameters !== undefined ? c.template(s.Parameters as JsonValue, doc("Parameters"), `${pointer}/Parameters`) : docOrEmpty;
      setField("Arguments", args, INPUT);
      if (type === "Task") {
        readField("TimeoutSecondsPath", "TimeoutSeconds", docOrEmpty);
        readField("HeartbeatSecondsPath", "HeartbeatSeconds", docOrEmpty);
        if (s.Credentials !== undefined) out.Credentials = c.field(c.template(s.Credentials as JsonValue, docOrEmpty, `${pointer}/Credentials`), `${pointer}/Credentials`);
      } else {
        const branches = s.Branches;
        if (Array.isArray(branches)) out.Branches = branches.map((branch, i) => convertNested(c, branch, `${pointer}/Branches/${i}`));
      }
      const result = s.ResultSelector !== undefined ? c.template(s.ResultSelector as JsonValue, RESULT, `${pointer}/ResultSelector`) : RESULT;
      finish(result, RESULT, RESULT);
      convertCatchers();
      break;
    }
    case "Map": {
      const reader = isJsonObject(s.ItemReader) ? s.ItemReader : undefined;
      if (!reader) {
        const items = typeof s.ItemsPath === "string" ? c.readPath(s.ItemsPath, docOrEmpty, `${pointer}/ItemsPath`) : docOrEmpty;
        setField("Items", items, INPUT);
      } else {
        const copy: Writable = { ...reader };
        delete copy.Parameters;
        if (reader.Parameters !== undefined) copy.Arguments = c.field(c.template(reader.Parameters, docOrEmpty, `${pointer}/ItemReader/Parameters`), `${pointer}/ItemReader/Parameters`);
        const config = isJsonObject(reader.ReaderConfig) ? reader.ReaderConfig : undefined;
        if (config && typeof config.MaxItemsPath === "string") {
          const { MaxItemsPath, ...rest } = config;
          copy.ReaderConfig = { ...rest, MaxItems: c.field(c.readPath(MaxItemsPath, docOrEmpty, `${pointer}/ItemReader/ReaderConfig/MaxItemsPath`), pointer) };
        }
        out.ItemReader = copy;
      }
      const selector = s.ItemSelector !== undefined ? s.ItemSelector : s.Parameters;
      if (selector !== undefined) out.ItemSelector = c.field(c.template(selector as JsonValue, docOrEmpty, `${pointer}/ItemSelector`), `${pointer}/ItemSelector`);
      readField("MaxConcurrencyPath", "MaxConcurrency", docOrEmpty);
      readField("ToleratedFailurePercentagePath", "ToleratedFailurePercentage", docOrEmpty);
      readField("ToleratedFailureCountPath", "ToleratedFailureCount", docOrEmpty);
      if (isJsonObject(s.ItemBatcher)) {
        const batcher: Writable = {};
        for (const [key, value] of Object.entries(s.ItemBatcher)) {
          const at = `${pointer}/ItemBatcher/${key}`;
          if (key === "BatchInput") batcher.BatchInput = c.field(c.template(value, docOrEmpty, at), at);
          else if (key.endsWith("Path") && typeof value === "string") batcher[key.slice(0, -4)] = c.field(c.readPath(value, docOrEmpty, at), at);
          else batcher[key] = value;
        }
        out.ItemBatcher = batcher;
      }
      if (isJsonObject(s.ResultWriter) && s.ResultWriter.Parameters !== undefined) {
        const { Parameters, ...rest } = s.ResultWriter;
        out.ResultWriter = { ...rest, Arguments: c.field(c.template(Parameters as JsonValue, INPUT, `${pointer}/ResultWriter/Parameters`), pointer) };
      }
      for (const key of ["ItemProcessor", "Iterator"]) if (isJsonObject(s[key])) out[key] = convertNested(c, s[key] as JsonValue, `${pointer}/${key}`);
      const result = s.ResultSelector !== undefined ? c.template(s.ResultSelector as JsonValue, RESULT, `${pointer}/ResultSelector`) : RESULT;
      finish(result, RESULT, RESULT);
      convertCatchers();
      break;
    }
    case "Wait": {
      readField("SecondsPath", "Seconds", docOrEmpty);
      readField("TimestampPath", "Timestamp", docOrEmpty);
      setField("Output", c.outputPath(docOrEmpty, s.OutputPath, `${pointer}/OutputPath`), INPUT);
      const assign = convertAssign(c, s.Assign, docOrEmpty, `${pointer}/Assign`);
      if (assign !== undefined) out.Assign = assign;
      break;
    }
    case "Succeed":
      setField("Output", c.outputPath(docOrEmpty, s.OutputPath, `${pointer}/OutputPath`), INPUT);
      break;
    case "Fail":
      // ErrorPath/CausePath read the raw input (Fail has no InputPath).
      for (const [pathField, field] of [["ErrorPath", "Error"], ["CausePath", "Cause"]] as const) {
        const text = s[pathField];
        if (typeof text === "string") out[field] = c.field(c.dynamic(text, INPUT, `${pointer}/${pathField}`), `${pointer}/${pathField}`);
      }
      break;
    case "Choice": {
      const output = c.outputPath(docOrEmpty, s.OutputPath, `${pointer}/OutputPath`);
      const choices = s.Choices;
      if (Array.isArray(choices)) {
        out.Choices = choices.map((rule, i) => {
          const at = `${pointer}/Choices/${i}`;
          if (!isJsonObject(rule)) return c.refuse("invalid-value", at, "A choice rule must be an object.");
          const converted: Writable = { Condition: `{% ${condition(c, rule, doc("Choices"), at)} %}` };
          if (rule.Next !== undefined) converted.Next = rule.Next;
          if (rule.Comment !== undefined) converted.Comment = rule.Comment;
          const assign = convertAssign(c, rule.Assign, docOrEmpty, `${at}/Assign`);
          if (assign !== undefined) converted.Assign = assign;
          // A matched rule's Output replaces the state's: both carry OutputPath's.
          if (!isSame(output, INPUT)) converted.Output = c.field(output, `${pointer}/OutputPath`);
          return converted;
        });
      }
      setField("Output", output, INPUT);
      const assign = convertAssign(c, s.Assign, docOrEmpty, `${pointer}/Assign`);
      if (assign !== undefined) out.Assign = assign;
      break;
    }
    default:
      c.refuse("invalid-value", pointer, `Type ${JSON.stringify(type)} is not a state type.`);
  }
  return out;
}

/** A Parallel branch or Map processor: every state converted, none marked (they inherit JSONata). */
function convertNested(c: Converter, machine: JsonValue, pointer: string): JsonValue {
  if (!isJsonObject(machine) || !isJsonObject(machine.States)) return machine;
  const states: JsonObject = {};
  for (const [name, state] of Object.entries(machine.States)) {
    if (!isJsonObject(state)) continue;
    const at = `${pointer}/States/${escape(name)}`;
    if (state.QueryLanguage === "JSONata") {
      const { QueryLanguage: _drop, ...rest } = state;
      Object.defineProperty(states, name, { value: rest, enumerable: true, writable: true, configurable: true });
      continue;
    }
    try {
      Object.defineProperty(states, name, { value: convertState(c, state as unknown as State, at, false), enumerable: true, writable: true, configurable: true });
    } catch (error) {
      if (error instanceof Refused) {
        throw new Refused({ ...error.refusal, reason: "nested-state", message: `State ${JSON.stringify(name)} inside cannot be converted (the states of a JSONata Parallel or Map are JSONata too): ${error.refusal.message}` });
      }
      throw error;
    }
  }
  return { ...machine, States: states };
}

// --- Choice rules → Condition ----------------------------------------------------------------------

const STRING_OPS: Record<string, string> = { StringEquals: "=", StringLessThan: "<", StringGreaterThan: ">", StringLessThanEquals: "<=", StringGreaterThanEquals: ">=" };
const NUMERIC_OPS: Record<string, string> = { NumericEquals: "=", NumericLessThan: "<", NumericGreaterThan: ">", NumericLessThanEquals: "<=", NumericGreaterThanEquals: ">=" };
const TYPE_TESTS: Record<string, (x: string) => string> = {
  IsNull: (x) => `$type(${x}) = 'null'`,
  IsPresent: (x) => `$exists(${x})`,
  IsNumeric: (x) => `$type(${x}) = 'number'`,
  IsString: (x) => `$type(${x}) = 'string'`,
  IsBoolean: (x) => `$type(${x}) = 'boolean'`,
};

/**
 * A JSONPath choice rule as a JSONata boolean. No coercion, as in JSONPath (asl-semantics §2.3):
 * each comparison first checks the operand's type, so a string never equals a number and `<`
 * never compares mixed types (JSONata would fail: T2009).
 */
function condition(c: Converter, rule: JsonObject, doc: Sym, pointer: string): string {
  if (Array.isArray(rule.And)) return `(${rule.And.map((inner, i) => condition(c, asRule(c, inner, `${pointer}/And/${i}`), doc, `${pointer}/And/${i}`)).join(" and ")})`;
  if (Array.isArray(rule.Or)) return `(${rule.Or.map((inner, i) => condition(c, asRule(c, inner, `${pointer}/Or/${i}`), doc, `${pointer}/Or/${i}`)).join(" or ")})`;
  if (rule.Not !== undefined) return `$not(${condition(c, asRule(c, rule.Not, `${pointer}/Not`), doc, `${pointer}/Not`)})`;
  if (typeof rule.Variable !== "string") return c.refuse("invalid-value", pointer, "The rule has no Variable.");
  const x = c.expression(c.readPath(rule.Variable, doc, `${pointer}/Variable`), pointer);
  for (const [op, test] of Object.entries(TYPE_TESTS)) {
    if (rule[op] === undefined) continue;
    return rule[op] === true ? test(x) : `$not(${test(x)})`;
  }
  if (rule.IsTimestamp !== undefined || Object.keys(rule).some((key) => key.startsWith("Timestamp"))) {
    return c.refuse("unsupported-operator", pointer, "Timestamp comparisons have no exact JSONata equivalent ($toMillis reads other formats and drops the nanoseconds).");
  }
  // A comparison on a missing value fails the JSONPath state (States.Runtime, "Invalid path");
  // the condition fails too instead of being false, so no other rule is taken in its place.
  const present = (value: string, path: string, body: string): string =>
    `($exists(${value}) ? ${body} : $error(${JSON.stringify(`Invalid path '${path}': The choice state's condition path references an invalid value.`)}))`;
  const variable = rule.Variable;
  const compare = (ops: Record<string, string>, type: string): string | undefined => {
    for (const [op, symbol] of Object.entries(ops)) {
      if (rule[op] !== undefined) {
        const value = rule[op] as JsonValue;
        if (typeof value !== type) return c.refuse("invalid-value", `${pointer}/${op}`, `${op} needs a ${type}.`);
        return present(x, variable, `($type(${x}) = '${type}' and ${x} ${symbol} ${JSON.stringify(value)})`);
      }
      const pathOp = `${op}Path`;
      if (typeof rule[pathOp] === "string") {
        const other = rule[pathOp] as string;
        const y = c.expression(c.readPath(other, doc, `${pointer}/${pathOp}`), pointer);
        return present(x, variable, present(y, other, `($type(${x}) = '${type}' and $type(${y}) = '${type}' and ${x} ${symbol} ${y})`));
      }
    }
    return undefined;
  };
  const result = compare(STRING_OPS, "string") ?? compare(NUMERIC_OPS, "number");
  if (result !== undefined) return result;
  if (typeof rule.BooleanEquals === "boolean") return present(x, variable, `($type(${x}) = 'boolean' and ${x} = ${rule.BooleanEquals})`);
  if (typeof rule.BooleanEqualsPath === "string") {
    const other = rule.BooleanEqualsPath;
    const y = c.expression(c.readPath(other, doc, `${pointer}/BooleanEqualsPath`), pointer);
    return present(x, variable, present(y, other, `($type(${x}) = 'boolean' and $type(${y}) = 'boolean' and ${x} = ${y})`));
  }
  if (typeof rule.StringMatches === "string") return present(x, variable, `($type(${x}) = 'string' and $contains(${x}, ${matchesRegex(rule.StringMatches)}))`);
  return c.refuse("unsupported-operator", pointer, "The rule has no comparison this converter knows.");
}

function asRule(c: Converter, value: JsonValue | undefined, pointer: string): JsonObject {
  if (!isJsonObject(value)) return c.refuse("invalid-value", pointer, "A choice rule must be an object.");
  return value;
}

/** StringMatches' pattern (`*` any run, `\*` a star, `\\` a backslash) as a JSONata regex literal. */
function matchesRegex(pattern: string): string {
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "\\" && i + 1 < pattern.length && (pattern[i + 1] === "*" || pattern[i + 1] === "\\")) {
      source += "\\" + pattern[i + 1];
      i++;
    } else if (ch === "*") source += "[\\s\\S]*";
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return `/${source}$/`;
}

// ---------------------------------------------------------------------------------------------
// Entry points.

/**
 * Converts one JSONPath state to JSONata (its inner states too, for a Parallel or Map). The
 * result is a new object: the input is never changed. With `markLanguage` (default true) the
 * state gets `"QueryLanguage": "JSONata"`, for a state inside a JSONPath machine.
 */
export function convertStateToJsonata(state: State, options: { markLanguage?: boolean } = {}): ConversionResult<State> {
  if (state.QueryLanguage === "JSONata") return { ok: false, refusals: [{ reason: "already-jsonata", pointer: "", message: "The state already uses JSONata." }] };
  const c = new Converter("");
  try {
    const converted = convertState(c, state, "", options.markLanguage ?? true);
    return { ok: true, value: converted as unknown as State, caveats: c.caveats };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusals: [error.refusal] };
    throw error;
  }
}

/**
 * Converts a whole machine: `"QueryLanguage": "JSONata"` at the top, every state converted (a
 * state already in JSONata keeps its fields and loses its own QueryLanguage). Refusals list
 * every state that cannot be converted; then nothing is converted.
 */
export function convertMachineToJsonata(machine: StateMachine): ConversionResult<StateMachine> {
  if (machine.QueryLanguage === "JSONata") return { ok: false, refusals: [{ reason: "already-jsonata", pointer: "", message: "The state machine already uses JSONata." }] };
  const refusals: Refusal[] = [];
  const caveats: Caveat[] = [];
  const states: JsonObject = {};
  for (const [name, state] of Object.entries(machine.States ?? {})) {
    const pointer = `/States/${escape(name)}`;
    let converted: JsonValue;
    if ((state as { QueryLanguage?: string }).QueryLanguage === "JSONata") {
      const { QueryLanguage: _drop, ...rest } = state as unknown as JsonObject;
      converted = rest;
    } else {
      const c = new Converter(pointer);
      try {
        converted = convertState(c, state, "", false);
        caveats.push(...c.caveats);
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        refusals.push(error.refusal);
        continue;
      }
    }
    Object.defineProperty(states, name, { value: converted, enumerable: true, writable: true, configurable: true });
  }
  if (refusals.length > 0) return { ok: false, refusals };
  const { States: _states, QueryLanguage: _language, ...rest } = machine as unknown as JsonObject;
  const out = { ...rest, QueryLanguage: "JSONata", States: states } as unknown as StateMachine;
  return { ok: true, value: out, caveats };
}

/** The JSONata form of a JSONPath path over a state's input (for editors): `$.a.b` → `$states.input.a.b`. Undefined when it has none. */
export function pathToJsonata(path: string): string | undefined {
  try {
    const c = new Converter("");
    const sym = c.readPath(path, INPUT, "");
    return c.expression(sym, "");
  } catch (error) {
    if (error instanceof Refused) return undefined;
    throw error;
  }
}

