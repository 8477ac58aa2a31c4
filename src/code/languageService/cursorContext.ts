/**
 * The cursor-context analyser: for an offset in JSON or YAML text, parsed or half-typed, where
 * the cursor is (a property key or a value), under which JSON pointer, inside which state of
 * which type and scope, in which ASL object (a Choice rule, a catcher, Retry's ErrorEquals,
 * a payload template's "….$" value, …) and which text a completion replaces.
 */
import { escapePointerSegment } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import type { DocPlace } from "../../asl/docs/fieldDocs";
import { locateJson, locateYaml, patchYamlForCursor, type RawLocation, type Token } from "./locate";
import { allStateNames, childRole, docPlaceOf, enclosingState, framesFor, ITEM_ROLE, queryLanguage, type Frame, type Role, type ScopeAtCursor, type StateAtCursor } from "./roles";
import { childAt, keysOf, nodeAtPath, type PathSegment, type TreeNode } from "./tree";
import type { OffsetRange, TextFormat } from "./types";
import { jsonTree } from "./jsonTree";
import { yamlTree } from "./yamlTree";

export interface CursorContext {
  format: TextFormat;
  text: string;
  offset: number;
  tree: TreeNode | undefined;
  /** "key": a property name is being typed; "value": a property value or an array item; "none": nothing to offer. */
  kind: "key" | "value" | "none";
  /** key: the containing object's path plus the key typed so far; value: the value's path. */
  path: PathSegment[];
  /** JSON Pointer of `path` (for a key with nothing typed yet, of the containing object). */
  pointer: string;
  /** The object a key belongs to, or the object/array holding the value. */
  containerPath: PathSegment[];
  container: TreeNode | undefined;
  containerRole: Role;
  /** The role the value has (value positions). */
  valueRole: Role | undefined;
  /** Key positions: the key typed so far; value positions: the property that holds the value (for items, the array's property). */
  field: string | undefined;
  /** Value positions inside an array. */
  index: number | undefined;
  /** The text before the cursor inside the token, without quotes. */
  prefix: string;
  token: Token | undefined;
  /** What a completion replaces: the token under the cursor, or an empty range at it. */
  range: OffsetRange;
  /** Keys already in the containing object, without the one being typed. */
  existingKeys: string[];
  /** The innermost state the cursor is in, and its scope (the machine whose States hold it). */
  state: StateAtCursor | undefined;
  scope: ScopeAtCursor | undefined;
  /** The machine a StartAt or a new state belongs to (key or value in a machine or States object). */
  machinePath: PathSegment[] | undefined;
  language: QueryLanguageMode;
  /** Where field docs and value shapes are looked up for the container. */
  place: DocPlace | undefined;
  /** 0 for a rule directly in Choices, 1+ inside And/Or/Not. */
  choiceRuleDepth: number | undefined;
  frames: Frame[];
  /** JSON: where a comma must go before the insertion, and whether one must follow it. */
  commaBefore: number | undefined;
  commaAfter: boolean;
  /** The key being typed is already followed by ":". */
  hasColon: boolean;
  /** YAML: the insertion starts a sequence item and must write "- ". */
  needsDash: boolean;
  /** YAML: columns between the line's indentation and the insertion (after "- "). */
  extraIndent: number;
  /** Every state name in the document (computed on first use). */
  allStateNames(): string[];
}

export interface ParsedText {
  text: string;
  format: TextFormat;
  tree: TreeNode | undefined;
  /** Nested deeper than the parsers follow (hostile input): no tree, no completion or hover. */
  tooDeep?: boolean;
}

/** Parses text into the tolerant tree. */
export function parseText(text: string, format: TextFormat): ParsedText {
  return { text, format, tree: format === "yaml" ? yamlTree(text) : jsonTree(text) };
}

function pointerOf(path: readonly PathSegment[]): string {
  return path.map((s) => "/" + escapePointerSegment(s)).join("");
}

function tokenPrefix(text: string, token: Token | undefined, offset: number): string {
  if (!token) return "";
  return text.slice(token.offset + (token.quoted ? 1 : 0), Math.max(offset, token.offset + (token.quoted ? 1 : 0)));
}

/**
 * Analyses the cursor. `parsed` is the tolerant tree of `text` (pass a cached one); for YAML an
 * unterminated quote on the cursor line is closed first so it does not swallow the lines below.
 */
export function cursorContext(parsed: ParsedText, offset: number): CursorContext {
  const { text, format } = parsed;
  let tree = parsed.tree;
  let raw: RawLocation;
  if (format === "yaml") {
    const patched = patchYamlForCursor(text, offset);
    if (patched !== text) tree = yamlTree(patched);
    raw = locateYaml(text, offset, tree);
  } else {
    raw = locateJson(text, offset, tree);
  }
  return buildContext(text, format, tree, offset, raw);
}

function buildContext(text: string, format: TextFormat, tree: TreeNode | undefined, offset: number, raw: RawLocation): CursorContext {
  let kind = raw.kind;
  let path = raw.path;
  let token = raw.token;
  let needsDash = raw.needsDash === true;
  let containerPath = path.slice(0, -1);
  let frames = framesFor(tree, containerPath);
  let containerFrame = frames[frames.length - 1] as Frame;
  const last = path[path.length - 1];

  // An item of a list of objects (Retry, Catch, Choices, Branches, And/Or) where YAML has a bare
  // scalar or nothing yet: the user is typing the first key of the item's object.
  if (kind === "value" && typeof last === "number" && ITEM_ROLE[containerFrame.role]) {
    const item = nodeAtPath(tree, path);
    const bare = !item || item.kind === "null" || (item.kind === "string" && !item.quoted);
    if (format === "yaml" && bare) {
      kind = "key";
      containerPath = path;
      path = [...path, token ? text.slice(token.offset, token.end) : ""];
      frames = framesFor(tree, containerPath);
      containerFrame = frames[frames.length - 1] as Frame;
    }
  }
  // YAML "States:" (or any object field) with a bare word on the line below: the word is the
  // first key of that object being typed, not the field's value.
  if (kind === "value" && format === "yaml" && token && !token.quoted && typeof last === "string") {
    const property = containerFrame.node?.properties?.find((p) => p.key === last && p.value?.offset === token?.offset);
    const role = childRole(containerFrame.role, last);
    const objectRole = role !== "scalar" && role !== "literal" && role !== "errorList" && role !== "list";
    if (property && objectRole && text.slice(property.keyEnd, token.offset).includes("\n")) {
      kind = "key";
      containerPath = path;
      path = [...path, text.slice(token.offset, token.end)];
      frames = framesFor(tree, containerPath);
      containerFrame = frames[frames.length - 1] as Frame;
    }
  }
  // A key typed directly under a list of objects (YAML "Retry:" then an indented key): a new item.
  if (kind === "key" && ITEM_ROLE[containerFrame.role] && format === "yaml") {
    const list = containerFrame.node;
    const index = list?.kind === "array" ? (list.items?.length ?? 0) : 0;
    containerPath = [...containerPath, index];
    path = [...containerPath, path[path.length - 1] ?? ""];
    frames = framesFor(tree, containerPath);
    containerFrame = frames[frames.length - 1] as Frame;
    needsDash = true;
  }

  const container = containerFrame.node;
  const { state, scope } = enclosingState(frames);
  const language = queryLanguage(frames, state);
  const prefix = tokenPrefix(text, token, offset);
  if (token && token.end < offset) token = undefined;
  const range = token ? { startOffset: token.offset, endOffset: Math.max(token.end, offset) } : { startOffset: offset, endOffset: offset };
  const field = kind === "key" ? (token ? prefix + text.slice(offset, token.end - (token.quoted && !token.unterminated ? 1 : 0)) : "") : typeof last === "number" ? (containerPath[containerPath.length - 1] as string | undefined) : (last as string | undefined);
  const typedKeyOffset = kind === "key" ? token?.offset : undefined;
  const existingKeys = (container?.properties ?? []).filter((p) => p.keyOffset !== typedKeyOffset).map((p) => p.key);
  const valueRole = kind === "value" && last !== undefined ? childRole(containerFrame.role, last) : undefined;

  let choiceRuleDepth: number | undefined;
  const ruleFrames = frames.filter((f) => f.role === "choiceRule");
  if (ruleFrames.length > 0) choiceRuleDepth = ruleFrames.length - 1;

  let machinePath: PathSegment[] | undefined;
  if (containerFrame.role === "machine" || containerFrame.role === "branch" || containerFrame.role === "processor") machinePath = containerPath;
  else if (containerFrame.role === "states") machinePath = containerPath.slice(0, -1);

  const lineStart = text.lastIndexOf("\n", range.startOffset - 1) + 1;
  const leading = /^ */.exec(text.slice(lineStart, range.startOffset))?.[0].length ?? 0;
  const extraIndent = format === "yaml" ? range.startOffset - lineStart - leading : 0;

  let names: string[] | undefined;
  return {
    format,
    text,
    offset,
    tree,
    kind,
    path,
    pointer: pointerOf(kind === "key" && field === "" ? containerPath : path),
    containerPath,
    container,
    containerRole: containerFrame.role,
    valueRole,
    field,
    index: typeof last === "number" && kind === "value" ? last : undefined,
    prefix,
    token,
    range,
    existingKeys,
    state,
    scope,
    machinePath,
    language,
    place: docPlaceOf(containerFrame.role, state?.type),
    choiceRuleDepth,
    frames,
    commaBefore: raw.commaBefore,
    commaAfter: raw.commaAfter === true,
    hasColon: raw.hasColon === true,
    needsDash,
    extraIndent: Math.max(0, extraIndent),
    allStateNames: () => (names ??= allStateNames(tree)),
  };
}

/** The names a transition written at this cursor may target: the state's scope, or the machine's own states for StartAt. */
export function transitionTargets(ctx: CursorContext): string[] {
  if (ctx.machinePath && (ctx.containerRole === "machine" || ctx.containerRole === "branch" || ctx.containerRole === "processor")) {
    return keysOf(childAt(ctx.container, "States"));
  }
  return ctx.scope?.names ?? [];
}
