/**
 * Path syntax per field (asl-semantics.md §4, §12.1; seed L5781–L5855, L6109–L6110, L7673–L7686):
 * - InputPath / OutputPath take any JSONPath over the input or the context object, or null;
 * - ResultPath (state and catcher): a write path ($ plus .name, ['name'], [n]), or null;
 * - fields that read one value (ItemsPath, TimeoutSecondsPath, HeartbeatSecondsPath,
 *   SecondsPath, TimestampPath, MaxConcurrencyPath, ToleratedFailure…Path, MaxItemsPath,
 *   MaxItemsPerBatchPath, MaxInputBytesPerBatchPath): a reference path naming one node.
 * Choice Variable/…Path, template `.$` values and Fail ErrorPath/CausePath are checked by their
 * own rules. Intrinsic calls in any of these fields are refused (seed L2636–L2681).
 */
import { getOwn, isJsonObject, type JsonObject } from "../../json";
import type { StateType } from "../../types";
import { checkPath, type PathKind } from "../checks/pathCheck";
import type { ValidationContext } from "../context";
import { STATE_FIELDS } from "../fields";
import type { StateInfo } from "../model";
import type { Rule } from "./rule";

const STATE_PATHS: readonly [string, PathKind][] = [
  ["InputPath", "jsonpath"],
  ["OutputPath", "jsonpath"],
  ["ResultPath", "write"],
  ["ItemsPath", "reference"],
  ["TimeoutSecondsPath", "reference"],
  ["HeartbeatSecondsPath", "reference"],
  ["SecondsPath", "reference"],
  ["TimestampPath", "reference"],
  ["MaxConcurrencyPath", "reference"],
  ["ToleratedFailurePercentagePath", "reference"],
  ["ToleratedFailureCountPath", "reference"],
];

const NESTED_PATHS: readonly [readonly string[], string][] = [
  [["ItemReader", "ReaderConfig"], "MaxItemsPath"],
  [["ItemBatcher"], "MaxItemsPerBatchPath"],
  [["ItemBatcher"], "MaxInputBytesPerBatchPath"],
];

function allowedOn(field: string, type: StateType, state: StateInfo): boolean {
  const spec = STATE_FIELDS[field];
  return spec !== undefined && (spec.states.includes(type) || (spec.discouragedOn?.states.includes(type) ?? false)) && state.language === "JSONPath";
}

function check(ctx: ValidationContext, state: StateInfo, node: JsonObject, pointer: string, field: string, kind: PathKind): void {
  const value = getOwn(node, field);
  if (typeof value === "string") checkPath(ctx, state, `${pointer}/${field}`, value, kind);
}

export const pathFields: Rule = {
  id: "pathFields",
  state(state, ctx) {
    const type = state.type;
    if (type === undefined || state.language !== "JSONPath") return;
    const node = state.node;
    for (const [field, kind] of STATE_PATHS) {
      if (node[field] !== undefined && allowedOn(field, type, state)) check(ctx, state, node, state.pointer, field, kind);
    }
    if (type === "Task" || type === "Parallel" || type === "Map") {
      const catchers = getOwn(node, "Catch");
      if (Array.isArray(catchers)) {
        for (let i = 0; i < catchers.length; i++) {
          const catcher = catchers[i];
          if (isJsonObject(catcher)) check(ctx, state, catcher, `${state.pointer}/Catch/${i}`, "ResultPath", "write");
        }
      }
    }
    if (type === "Map") {
      for (const [within, field] of NESTED_PATHS) {
        let inner: JsonObject | undefined = node;
        for (const key of within) {
          const next: unknown = inner ? getOwn(inner, key) : undefined;
          inner = isJsonObject(next) ? next : undefined;
        }
        if (inner) check(ctx, state, inner, `${state.pointer}/${within.join("/")}`, field, "reference");
      }
    }
  },
};
