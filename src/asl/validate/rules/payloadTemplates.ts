/**
 * Payload templates: Parameters, ResultSelector, ItemSelector, Credentials, ItemBatcher's
 * BatchInput, and the Parameters of ItemReader/ResultWriter (asl-semantics.md §5.3, §12.1
 * item 15). In every object, nested ones and objects inside arrays included:
 * - a key ending in `.$` holds a string: a path ($… or $$…) or an intrinsic call
 *   (seed L2619–L2620, L5960–L5986, L7755–L7760); anything else is an error;
 * - intrinsic calls are checked (syntax, name, arity, count) and allowed only where §7.1 lists
 *   them: Parameters, ResultSelector, ItemSelector, Credentials (seed L2636–L2681, L7641–L7647).
 *   BatchInput is not in that list (seed L7402–L7430 shows paths only), so intrinsics there are
 *   refused;
 * - a path-looking string under a key without `.$` is passed on as plain text: a warning
 *   (seed L48328–L48345).
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../../json";
import { checkIntrinsic } from "../checks/intrinsicCheck";
import { checkPath } from "../checks/pathCheck";
import { describeValue, labelIn, quote, type ValidationContext } from "../context";
import { escapeSegment, type StateInfo } from "../model";
import type { Rule } from "./rule";

const MAX_TEMPLATE_DEPTH = 200;
const PATH_LIKE = /^\$\$?(?:\.|\[|$)/;
const INTRINSIC_LIKE = /^\s*States\./;

interface Template {
  /** Keys from the state down to the template. */
  at: readonly string[];
  intrinsics: boolean;
}

interface PreparedTemplate extends Template {
  pointer: string;
}

const TEMPLATE_LIST: Partial<Record<string, readonly Template[]>> = {
  Pass: [{ at: ["Parameters"], intrinsics: true }],
  Task: [
    { at: ["Parameters"], intrinsics: true },
    { at: ["ResultSelector"], intrinsics: true },
    { at: ["Credentials"], intrinsics: true },
  ],
  Parallel: [
    { at: ["Parameters"], intrinsics: true },
    { at: ["ResultSelector"], intrinsics: true },
  ],
  Map: [
    { at: ["Parameters"], intrinsics: true },
    { at: ["ItemSelector"], intrinsics: true },
    { at: ["ResultSelector"], intrinsics: true },
    { at: ["ItemBatcher", "BatchInput"], intrinsics: false },
    { at: ["ItemReader", "Parameters"], intrinsics: true },
    { at: ["ResultWriter", "Parameters"], intrinsics: true },
  ],
};

const TEMPLATES = new Map<string, PreparedTemplate[]>(
  Object.entries(TEMPLATE_LIST).map(([type, list]) => [type, (list ?? []).map((t) => ({ ...t, pointer: t.at.join("/") }))]),
);


function checkDynamic(ctx: ValidationContext, state: StateInfo, value: JsonValue, pointer: string, intrinsics: boolean): void {
  if (typeof value !== "string") {
    ctx.report({
      code: "TEMPLATE_VALUE_NOT_STRING",
      pointer,
      state,
      message: `State ${quote(state.name)}: ${labelIn(state, pointer)} ends in .$, so its value must be a string holding a path such as "$.id" or an intrinsic call, not ${describeValue(value)} (seed L5960–L5986). For a fixed value, drop .$ from the key.`,
    });
    return;
  }
  if (INTRINSIC_LIKE.test(value)) {
    if (intrinsics) checkIntrinsic(ctx, state, pointer, value, "template");
    else {
      ctx.report({
        code: "INTRINSIC_NOT_ALLOWED",
        pointer,
        state,
        message: `State ${quote(state.name)}: ${labelIn(state, pointer)}: intrinsic functions are not supported in BatchInput, only paths (seed L2636–L2681, L7402–L7430). Compute the value in ItemSelector or an earlier state.`,
      });
    }
    return;
  }
  checkPath(ctx, state, pointer, value, "jsonpath");
}

/** Checks a template written at `pointer` (JSONPath Assign values use it too). */
export function checkTemplate(ctx: ValidationContext, state: StateInfo, value: JsonValue, pointer: string, intrinsics: boolean): void {
  walk(ctx, state, value, pointer, intrinsics, 0);
}

/** Messages name fields from their pointer, only when something is reported: templates are walked on every keystroke. */
function walk(ctx: ValidationContext, state: StateInfo, value: JsonValue, pointer: string, intrinsics: boolean, depth: number): void {
  if (depth > MAX_TEMPLATE_DEPTH) {
    ctx.report({ code: "NESTING_TOO_DEEP", pointer, state, message: `State ${quote(state.name)}: ${labelIn(state, pointer)} nests more than ${MAX_TEMPLATE_DEPTH} levels deep; the validator does not look further.` });
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as JsonValue;
      if (typeof item === "object" && item !== null) walk(ctx, state, item, `${pointer}/${i}`, intrinsics, depth + 1);
    }
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) {
    const item = value[key] as JsonValue;
    if (key.endsWith(".$")) {
      checkDynamic(ctx, state, item, `${pointer}/${escapeSegment(key)}`, intrinsics);
    } else if (typeof item === "string") {
      if (item.charCodeAt(0) === 36 /* $ */ ? PATH_LIKE.test(item) : INTRINSIC_LIKE.test(item) && item.includes("(")) {
        ctx.report({
          code: "TEMPLATE_KEY_MISSING_SUFFIX",
          pointer: `${pointer}/${escapeSegment(key)}`,
          state,
          highlight: "key",
          message: `State ${quote(state.name)}: ${labelIn(state, `${pointer}/${escapeSegment(key)}`)} holds ${quote(item)}, which is passed on as plain text because the key does not end in .$. To evaluate it, rename the key to ${quote(key + ".$")} (seed L48328–L48331).`,
        });
      }
    } else if (typeof item === "object" && item !== null) {
      walk(ctx, state, item, `${pointer}/${escapeSegment(key)}`, intrinsics, depth + 1);
    }
  }
}

export const payloadTemplates: Rule = {
  id: "payloadTemplates",
  state(state, ctx) {
    if (state.type === undefined || state.language !== "JSONPath") return;
    const templates = TEMPLATES.get(state.type);
    if (!templates) return;
    for (const template of templates) {
      let value: JsonValue | undefined = state.node;
      for (const key of template.at) value = isJsonObject(value) ? getOwn(value as JsonObject, key) : undefined;
      if (value === undefined || !isJsonObject(value)) continue;
      walk(ctx, state, value, `${state.pointer}/${template.pointer}`, template.intrinsics, 0);
    }
  },
};
