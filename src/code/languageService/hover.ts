/**
 * Hover: field documentation for keys (per state type and nested object), state types,
 * state names (their type and where they lead), Resource ARNs, error names, intrinsic
 * functions and context paths inside "….$" values.
 */
import { getIntrinsic, INTRINSICS } from "../../asl/intrinsics/catalog";
import { isStateType, type StateType } from "../../asl/types";
import { CONTEXT_PATHS, intrinsicDoc } from "./intrinsicDocs";
import type { ParsedText } from "./cursorContext";
import { errorDocCitation, errorNameDoc } from "./errorNames";
import { fieldDoc, renderFieldDoc, STATE_TYPE_DOCS } from "../../asl/docs/fieldDocs";
import { findToken } from "./locate";
import { resourceHover } from "./resources";
import { expressionSite, hoverJsonata, hoverJsonPathVariable } from "./jsonataAssist";
import { docPlaceOf, enclosingState, framesFor, isMachineRole, nestedOf, queryLanguage, type Frame } from "./roles";
import { childAt, getString, getValue, nodeAtPath, type PathSegment, type TreeNode } from "./tree";
import type { Hover, OffsetRange } from "./types";

export function hover(parsed: ParsedText, offset: number): Hover | undefined {
  const { text, tree } = parsed;
  const hit = findToken(text, tree, offset);
  if (!hit) return undefined;
  const range: OffsetRange = { startOffset: hit.token.offset, endOffset: hit.token.end };
  const containerPath = hit.path.slice(0, -1);
  const frames = framesFor(tree, containerPath);
  const container = frames[frames.length - 1] as Frame;
  const { state, scope } = enclosingState(frames);
  const last = hit.path[hit.path.length - 1];
  if (hit.kind === "value" && hit.token.quoted) {
    const assist = { text, tree, state, path: hit.path, frames };
    const site = queryLanguage(frames, state) === "JSONata" ? expressionSite(text, hit.token) : undefined;
    if (site) return hoverJsonata(assist, site, offset);
  }
  const contents = hit.kind === "key" ? keyHover(container, String(last ?? ""), state?.type) : valueHover(text, tree, hit.path, container, last, offset, state, scope, range);
  if (!contents) return undefined;
  return typeof contents === "string" ? { contents, range } : contents;
}

function keyHover(container: Frame, key: string, stateType: StateType | undefined): string | undefined {
  switch (container.role) {
    case "states":
      return stateSummary(key, childAt(container.node, key));
    case "template":
    case "credentials":
      if (key.endsWith(".$")) {
        const doc = container.role === "credentials" ? fieldDoc(key, "Credentials") : undefined;
        return doc ? renderFieldDoc(key, doc) : `**${key}**\n\nA dynamic value: the value must be a path ($… over the input, $$… over the context object) or an intrinsic function call. In the output the key becomes **${key.slice(0, -2)}**.\n\n*Developer guide seed L5960–L5986, L2619, asl-semantics.md §5.3*`;
      }
      return container.role === "credentials" ? render(key, "Credentials") : undefined;
    case "literal":
      return undefined;
    default: {
      const place = docPlaceOf(container.role, stateType);
      const where = container.role === "state" ? (stateType ? `${stateType} state` : "state") : container.role === "choiceRule" ? "choice rule" : nestedOf(container.role) ? placeLabel(container) : undefined;
      const doc = fieldDoc(key, place);
      return doc ? renderFieldDoc(key, doc, where) : undefined;
    }
  }
}

function placeLabel(container: Frame): string | undefined {
  if (container.role === "machine") return container.path.length === 0 ? "top level" : undefined;
  if (container.role === "branch") return "Parallel branch";
  if (container.role === "processor") return "Map item processor";
  return nestedOf(container.role);
}

function render(field: string, place: Parameters<typeof fieldDoc>[1]): string | undefined {
  const doc = fieldDoc(field, place);
  return doc ? renderFieldDoc(field, doc) : undefined;
}

function valueHover(
  text: string,
  tree: TreeNode | undefined,
  path: PathSegment[],
  container: Frame,
  last: PathSegment | undefined,
  offset: number,
  state: ReturnType<typeof enclosingState>["state"],
  scope: ReturnType<typeof enclosingState>["scope"],
  range: OffsetRange,
): string | Hover | undefined {
  const node = nodeAtPath(tree, path);
  const value = node?.kind === "string" ? String(node.value) : undefined;
  const role = container.role;
  const field = typeof last === "number" ? String(container.path[container.path.length - 1] ?? "") : String(last ?? "");
  if (role === "errorList" && value !== undefined) {
    const doc = errorNameDoc(value);
    return doc ? `**${doc.name}**\n\n${doc.text}\n\n*${errorDocCitation(doc)}*` : `**${value}**\n\nA custom error name: matched exactly (case-sensitive) against the error a Task, Fail state or service reports.`;
  }
  if (value === undefined) return render(field, docPlaceOf(role, state?.type));
  if (role === "state" && field === "Type") {
    if (!isStateType(value)) return undefined;
    const doc = STATE_TYPE_DOCS[value];
    return `**${value}**\n\n${doc.text}\n\n*Developer guide ${doc.cite}*`;
  }
  const transitionScope = transitionScopePath(container, field, state, scope);
  if (transitionScope) {
    const target = childAt(childAt(nodeAtPath(tree, transitionScope), "States"), value);
    return target ? stateSummary(value, target) : `**${value}**\n\n⚠ No state of this scope has this name.`;
  }
  if (field === "Resource") return resourceHover(value) ?? render(field, docPlaceOf(role, state?.type));
  if (role === "state" && state?.type === "Fail" && field === "Error") {
    const doc = errorNameDoc(value);
    if (doc) return `**${doc.name}**\n\n${doc.text}\n\n*${errorDocCitation(doc, false)}*`;
  }
  const expression = (role === "template" || role === "credentials") && field.endsWith(".$");
  const failPath = role === "state" && state?.type === "Fail" && (field === "ErrorPath" || field === "CausePath");
  if (expression || failPath || field.endsWith("Path") || field === "Variable" || (role === "literal" && field.endsWith(".$") && path.includes("Assign"))) {
    const inner = wordHover(text, range, offset) ?? hoverJsonPathVariable({ text, tree, state, path, frames: [] }, range, offset);
    if (inner) return inner;
  }
  return render(field, docPlaceOf(role, state?.type));
}

/** The machine whose states a transition field names, or undefined when the field is not one. */
function transitionScopePath(container: Frame, field: string, state: ReturnType<typeof enclosingState>["state"], scope: ReturnType<typeof enclosingState>["scope"]): PathSegment[] | undefined {
  if (isMachineRole(container.role) && field === "StartAt") return container.path;
  const isTransition =
    (container.role === "state" && (field === "Next" || (field === "Default" && state?.type === "Choice"))) ||
    (container.role === "catcher" && field === "Next") ||
    (container.role === "choiceRule" && field === "Next");
  return isTransition ? scope?.path : undefined;
}

/** An intrinsic function name or a context path under the cursor, inside a value. */
function wordHover(text: string, range: OffsetRange, offset: number): Hover | undefined {
  const raw = text.slice(range.startOffset, range.endOffset);
  const functions = /States\.[A-Za-z0-9]+/g;
  for (let match = functions.exec(raw); match; match = functions.exec(raw)) {
    const start = range.startOffset + match.index;
    const end = start + match[0].length;
    if (offset < start || offset > end) continue;
    const info = getIntrinsic(match[0]);
    if (info) return { contents: intrinsicDoc(info), range: { startOffset: start, endOffset: end } };
    const known = INTRINSICS.map((i) => i.name).join(", ");
    return { contents: `**${match[0]}**\n\n⚠ Not an intrinsic function. The functions are ${known}.`, range: { startOffset: start, endOffset: end } };
  }
  const paths = /\$\$\.[A-Za-z0-9_.]+/g;
  for (let match = paths.exec(raw); match; match = paths.exec(raw)) {
    const start = range.startOffset + match.index;
    const end = start + match[0].length;
    if (offset < start || offset > end) continue;
    const known = CONTEXT_PATHS.find((p) => match[0] === p.path || match[0].startsWith(p.path + "."));
    if (known) return { contents: `**${known.path}**\n\n${known.text}\n\n*asl-semantics.md §6*`, range: { startOffset: start, endOffset: end } };
  }
  return undefined;
}

/** "**Name** · Type state", what it does, and where it leads. */
export function stateSummary(name: string, state: TreeNode | undefined): string {
  const type = getString(state, "Type");
  const lines = [`**${name}** · ${type ? `${type} state` : "state"}`];
  const comment = getString(state, "Comment");
  if (comment) lines.push("", comment);
  const leads: string[] = [];
  const next = getString(state, "Next");
  if (next !== undefined) leads.push(`Next → ${next}`);
  if (getValue(state, "End")?.value === true) leads.push("End");
  const rules = childAt(state, "Choices")?.items ?? [];
  const ruleTargets = rules.map((rule) => getString(rule, "Next")).filter((n): n is string => n !== undefined);
  if (ruleTargets.length > 0) leads.push(`Choices → ${ruleTargets.join(", ")}`);
  const fallback = getString(state, "Default");
  if (fallback !== undefined) leads.push(`Default → ${fallback}`);
  const catchTargets = (childAt(state, "Catch")?.items ?? []).map((c) => getString(c, "Next")).filter((n): n is string => n !== undefined);
  if (catchTargets.length > 0) leads.push(`Catch → ${catchTargets.join(", ")}`);
  if (type === "Succeed" || type === "Fail") leads.push("terminal");
  const resource = getString(state, "Resource");
  if (resource) leads.push(`Resource: \`${resource}\``);
  if (leads.length > 0) lines.push("", leads.join(" · "));
  if (isStateType(type)) lines.push("", STATE_TYPE_DOCS[type].text);
  return lines.join("\n");
}
