/**
 * The query-language switch of the inspector (issue 9): the language in force for a state
 * (its own QueryLanguage, else its enclosing Parallel's or Map's, else the machine's; a state may
 * switch to JSONata inside a JSONPath machine, not the other way round), and the conversions
 * behind the per-state and machine-wide switches.
 *
 * - JSONPath → JSONata uses the converter (src/asl/jsonata/convertToJsonata.ts). When it refuses,
 *   nothing changes and the refusals are shown (field and reason).
 * - JSONata → JSONPath has no converter (DECISION: the form never guesses). A state or machine
 *   can go back only when nothing in it is JSONata-specific (Arguments, Output, Items, Condition,
 *   a `{% %}` string): then the switch changes the language alone, which keeps the meaning. A
 *   JSONata machine whose states are not all like that can instead make JSONPath the default
 *   while each top-level state keeps JSONata by saying so itself (same behaviour).
 */
import { convertMachineToJsonata, convertStateToJsonata, type Caveat, type Refusal } from "../../asl/jsonata/convertToJsonata";
import { isJsonataExpression } from "../../asl/jsonata/expression";
import { updateAtPointer } from "../../asl/edit/updateAtPointer";
import { getAtPointer, getOwn, isJsonObject, parsePointer, setOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { visitStates } from "../../asl/traverse";
import type { State, StateMachine } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";
import type { InspectorEdit } from "./editAt";

export type { QueryLanguageMode };

export interface LanguageInForce {
  language: QueryLanguageMode;
  /** Where it comes from: the state's own field, an enclosing Parallel/Map, the machine, or the default (JSONPath). */
  source: "state" | "parent" | "machine" | "default";
  /** The language the state would have without its own QueryLanguage. */
  inherited: QueryLanguageMode;
}

function declared(node: JsonValue | undefined): QueryLanguageMode | undefined {
  const value = isJsonObject(node) ? getOwn(node, "QueryLanguage") : undefined;
  return value === "JSONata" || value === "JSONPath" ? value : undefined;
}

/** The machine's own language (JSONPath when it says nothing). */
export function machineLanguage(definition: JsonValue | undefined): QueryLanguageMode {
  return declared(definition) ?? "JSONPath";
}

/** The language in force for the state at `pointer`, walking the states that enclose it. */
export function languageAt(definition: JsonValue | undefined, pointer: string): LanguageInForce {
  const top = declared(definition);
  let language: QueryLanguageMode = top ?? "JSONPath";
  let source: LanguageInForce["source"] = top ? "machine" : "default";
  let inherited = language;
  visitStates(definition, (location) => {
    const self = location.pointer === pointer;
    if (!self && !pointer.startsWith(location.pointer + "/")) return false;
    if (self) inherited = language;
    const own = declared(location.state as unknown as JsonValue);
    if (own) {
      language = own;
      source = self ? "state" : "parent";
    }
    return self ? false : undefined;
  });
  return { language, source, inherited };
}

/** Field names that exist only in JSONata states. */
const JSONATA_FIELDS = ["Arguments", "Output", "Items"];

/** Where a state (and the states inside it) says something only JSONata can say; pointers relative to `base`. */
export function jsonataContent(node: JsonValue | undefined, base = ""): string[] {
  const found: string[] = [];
  const walk = (value: JsonValue | undefined, pointer: string, depth: number): void => {
    if (depth > 200 || value === undefined) return;
    if (isJsonataExpression(value)) {
      found.push(pointer);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`, depth + 1));
    else if (isJsonObject(value)) {
      for (const key of Object.keys(value)) {
        const child = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (JSONATA_FIELDS.includes(key) || key === "Condition") {
          found.push(child);
          continue;
        }
        walk(getOwn(value, key), child, depth + 1);
      }
    }
  };
  walk(node, base, 0);
  return found;
}

/** "Output" for "/Output", "Choices › 0 › Condition" for deeper pointers. */
export function describePointer(pointer: string): string {
  return parsePointer(pointer).join(" › ") || "the whole value";
}

export type SwitchPlan =
  | { ok: true; edit: InspectorEdit; caveats: Caveat[]; summary: string }
  | { ok: false; refusals: Refusal[]; summary: string };

/** Convert the state at `pointer` (and its inner states) to JSONata. */
export function planStateToJsonata(definition: StateMachine, pointer: string): SwitchPlan {
  const state = getAtPointer(definition as unknown as JsonValue, pointer);
  if (!isJsonObject(state)) return { ok: false, refusals: [], summary: "There is no state here." };
  const result = convertStateToJsonata(state as unknown as State, { markLanguage: true });
  if (!result.ok) return { ok: false, refusals: result.refusals, summary: "Nothing was converted: the converter cannot keep this state's meaning." };
  const converted = result.value as unknown as JsonValue;
  return {
    ok: true,
    caveats: result.caveats,
    summary: "Converted to JSONata.",
    edit: (d) => {
      const current = getAtPointer(d as unknown as JsonValue, pointer);
      if (!isJsonObject(current)) return { definition: d };
      return { definition: replaceAt(d, pointer, converted) };
    },
  };
}

/** Take the state back to JSONPath: only when nothing in it is JSONata-specific. */
export function planStateToJsonPath(definition: StateMachine, pointer: string): SwitchPlan {
  const state = getAtPointer(definition as unknown as JsonValue, pointer);
  if (!isJsonObject(state)) return { ok: false, refusals: [], summary: "There is no state here." };
  const { inherited } = languageAt(definition as unknown as JsonValue, pointer);
  if (inherited === "JSONata") return { ok: false, refusals: [], summary: "The state machine (or the state around this one) uses JSONata; a state cannot use JSONPath inside it." };
  const blocking = jsonataContent(state);
  if (blocking.length > 0) {
    return {
      ok: false,
      summary: "There is no converter from JSONata to JSONPath. Rewrite or remove these fields first:",
      refusals: blocking.map((p) => ({ reason: "invalid-value", pointer: p, message: `${describePointer(p)} is JSONata.` })),
    };
  }
  return {
    ok: true,
    caveats: [],
    summary: "The state uses JSONPath again.",
    edit: (d) => {
      const current = getAtPointer(d as unknown as JsonValue, pointer);
      if (!isJsonObject(current)) return { definition: d };
      const { QueryLanguage: _drop, ...rest } = current;
      return { definition: replaceAt(d, pointer, rest) };
    },
  };
}

/** The machine-wide switch to JSONata: every state converted, or nothing. */
export function planMachineToJsonata(definition: StateMachine): SwitchPlan {
  const result = convertMachineToJsonata(definition);
  if (!result.ok) return { ok: false, refusals: result.refusals, summary: "Nothing was converted: the converter cannot keep the meaning of these fields." };
  const converted = result.value;
  let count = 0;
  visitStates(converted, () => {
    count++;
  });
  return { ok: true, caveats: result.caveats, summary: `Converted the workflow to JSONata (${count} ${count === 1 ? "state" : "states"}).`, edit: () => ({ definition: converted }) };
}

/** The machine-wide switch back to JSONPath; see the module comment. */
export function planMachineToJsonPath(definition: StateMachine, keepStatesInJsonata = false): SwitchPlan {
  const root = definition as unknown as JsonObject;
  const states = getOwn(root, "States");
  const blocking = isJsonObject(states) ? jsonataContent(states, "/States") : [];
  if (blocking.length > 0 && !keepStatesInJsonata) {
    return {
      ok: false,
      summary: "There is no converter from JSONata to JSONPath. These fields are JSONata:",
      refusals: blocking.map((p) => ({ reason: "invalid-value", pointer: p, message: `${describePointer(p)} is JSONata.` })),
    };
  }
  return {
    ok: true,
    caveats: [],
    summary: keepStatesInJsonata ? "JSONPath is the default now; each state keeps JSONata (its own QueryLanguage)." : "The workflow uses JSONPath again.",
    edit: (d) => {
      const machine = d as unknown as JsonObject;
      const out: JsonObject = {};
      for (const key of Object.keys(machine)) {
        if (key === "QueryLanguage") continue;
        const value = getOwn(machine, key) as JsonValue;
        if (key === "States" && keepStatesInJsonata && isJsonObject(value)) {
          const marked: JsonObject = {};
          for (const name of Object.keys(value)) {
            const state = getOwn(value, name) as JsonValue;
            setOwn(marked, name, isJsonObject(state) && declared(state) === undefined ? { ...state, QueryLanguage: "JSONata" } : state);
          }
          setOwn(out, key, marked);
        } else setOwn(out, key, value);
      }
      return { definition: out as unknown as StateMachine };
    },
  };
}

function replaceAt(definition: StateMachine, pointer: string, value: JsonValue): StateMachine {
  return updateAtPointer(definition, pointer, value).definition;
}
