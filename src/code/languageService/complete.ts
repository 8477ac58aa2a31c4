/**
 * Completion. Key positions offer the fields valid where the cursor is (the validator's field
 * table, src/asl/validate/fields.ts, so completion never offers a field the validator refuses),
 * with a value shape to fill in; inside a States object, a snippet per state type. Value
 * positions offer state names of the right scope, Resource ARNs, Type and enum values, error
 * names in ErrorEquals, intrinsic functions and context paths in "….$" values.
 */
import { getAwsSdkService } from "../../asl/catalog/awsSdkServices";
import { parseResource } from "../../asl/catalog/resource";
import { CHOICE_LITERAL_OPERATORS, CHOICE_OPERATORS, CHOICE_PATH_OPERATORS, CHOICE_TYPE_TEST_OPERATORS, STATE_TYPES, type StateType, type WorkflowType } from "../../asl/types";
import { inLanguage, isOwnField, NESTED, REQUIRED_STATE_FIELDS, STATE_FIELDS } from "../../asl/validate/fields";
import { EXCLUSIVE_PAIRS } from "../../asl/validate/rules/mutuallyExclusive";
import { cursorContext, transitionTargets, type CursorContext, type ParsedText } from "./cursorContext";
import { errorDocCitation, SERVICE_ERROR_DOCS, STATES_ERROR_DOCS } from "./errorNames";
import { completeJsonata, completeJsonPathVariables, expressionSite, type AssistContext } from "./jsonataAssist";
import { fieldDoc, renderFieldDoc, STATE_TYPE_DOCS, type DocPlace } from "../../asl/docs/fieldDocs";
import { CONTEXT_PATHS, intrinsicDoc, intrinsicSnippet, INTRINSICS } from "./intrinsicDocs";
import { s3ResourceEntries, taskResourceEntries, type ResourceEntry } from "./resources";
import { nestedOf } from "./roles";
import { choice, num, obj, renderEntries, renderEntry, renderItem, renderValue, str, yamlString, type Snip } from "./snippetModel";
import { catcherSnip, choiceRuleSnip, lambdaRetrierSnip, machineSnip, retrierSnip, stateSnippets, Tabs, valueShape, type ShapeContext } from "./snippets";
import { childAt, getString, keysOf, nodeAtPath, type TreeNode } from "./tree";
import type { CompleteOptions, CompletionItem, CompletionItemKind, CompletionList } from "./types";

const EMPTY: CompletionList = { items: [], isIncomplete: false };

export function complete(parsed: ParsedText, offset: number, options: CompleteOptions = {}): CompletionList {
  const ctx = cursorContext(parsed, offset);
  const items = ctx.kind === "key" ? completeKey(ctx) : ctx.kind === "value" ? completeValue(ctx, options.workflowType ?? "STANDARD") : [];
  if (parsed.text.trim() === "") items.unshift(skeletonItem(parsed.format, offset));
  return items.length === 0 ? EMPTY : { items, isIncomplete: false };
}

/** A whole new state machine, for an empty document. */
function skeletonItem(format: "json" | "yaml", offset: number): CompletionItem {
  const tabs = new Tabs();
  const comment = str(tabs.next(), "A description of my state machine");
  const machine = machineSnip(tabs, new Set<string>(), "Hello");
  const value = machine.t === "obj" ? obj(["Comment", comment], ...machine.entries) : machine;
  const insertText = format === "json" ? renderValue(value, "json") : value.t === "obj" ? renderEntries(value.entries, "yaml") : "";
  return {
    label: "State machine",
    kind: "snippet",
    insertText,
    insertTextIsSnippet: true,
    range: { startOffset: offset, endOffset: offset },
    detail: "A new definition: Comment, StartAt and one state",
    documentation: "**State machine**\n\nThe top level of a definition: StartAt names the first state and States holds them all.\n\n*Developer guide seed L2524–L2556, asl-semantics.md §1.1*",
    sortText: "0",
  };
}

// ------------------------------------------------------------------ item builders

interface ItemInfo {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string;
  sortText?: string;
  retrigger?: boolean;
}

function withInfo(item: CompletionItem, info: ItemInfo): CompletionItem {
  if (info.detail !== undefined) item.detail = info.detail;
  if (info.documentation !== undefined) item.documentation = info.documentation;
  if (info.sortText !== undefined) item.sortText = info.sortText;
  if (info.retrigger) item.retrigger = true;
  return item;
}

function commaEdits(ctx: CursorContext, item: CompletionItem): CompletionItem {
  if (ctx.format !== "json") return item;
  if (ctx.commaBefore !== undefined) item.additionalTextEdits = [{ offset: ctx.commaBefore, length: 0, text: "," }];
  if (ctx.commaAfter) item.insertText += ",";
  return item;
}

function quotedFilter(ctx: CursorContext, text: string): string | undefined {
  const quote = ctx.token?.quoted ? ctx.text.charAt(ctx.token.offset) : undefined;
  return quote ? quote + text + quote : undefined;
}

/** A property: `"Key": <shape>` (or only the key when a ":" already follows). */
function keyItem(ctx: CursorContext, key: string, shape: Snip, info: ItemInfo): CompletionItem {
  let insertText: string;
  let snippet = true;
  if (ctx.hasColon) {
    insertText = ctx.format === "json" ? JSON.stringify(key) : ctx.token?.quoted ? JSON.stringify(key) : yamlString(key);
    snippet = false;
  } else if (ctx.format === "yaml" && ctx.needsDash) {
    insertText = renderItem(obj([key, shape]), "yaml", true, { extraIndent: ctx.extraIndent });
  } else {
    insertText = renderEntry(key, shape, ctx.format, { extraIndent: ctx.extraIndent });
  }
  const item: CompletionItem = { label: info.label, kind: info.kind, insertText, range: ctx.range };
  if (snippet) item.insertTextIsSnippet = true;
  const filter = quotedFilter(ctx, key);
  if (filter) item.filterText = filter;
  return commaEdits(ctx, withInfo(item, info));
}

/** A scalar string value, quoted as the format and the typed token need. */
function stringItem(ctx: CursorContext, value: string, info: ItemInfo): CompletionItem {
  const quote = ctx.token?.quoted ? ctx.text.charAt(ctx.token.offset) : undefined;
  let insertText: string;
  if (ctx.format === "json" || quote === '"') insertText = JSON.stringify(value);
  else if (quote === "'") insertText = `'${value.replace(/'/g, "''")}'`;
  else insertText = yamlString(value);
  const item: CompletionItem = { label: info.label, kind: info.kind, insertText, range: ctx.range };
  const filter = quotedFilter(ctx, value);
  if (filter) item.filterText = filter;
  return ctx.index !== undefined ? commaEdits(ctx, withInfo(item, info)) : withInfo(item, info);
}

/** A string value written as a snippet (`States.Http.StatusCode.${1:404}`), quoted as the format and token need. */
function snippetStringItem(ctx: CursorContext, snippet: string, info: ItemInfo): CompletionItem {
  const quote = ctx.token?.quoted ? ctx.text.charAt(ctx.token.offset) : ctx.format === "json" ? '"' : "";
  const item: CompletionItem = { label: info.label, kind: info.kind, insertText: quote + snippet + quote, insertTextIsSnippet: true, range: ctx.range };
  const filter = quotedFilter(ctx, info.label);
  if (filter) item.filterText = filter;
  return ctx.index !== undefined ? commaEdits(ctx, withInfo(item, info)) : withInfo(item, info);
}

/** A literal (true, 0) or a snippet value; `item` renders it as an array item. */
function snippetValueItem(ctx: CursorContext, value: Snip, info: ItemInfo, asItem: boolean): CompletionItem {
  const insertText = asItem ? renderItem(value, ctx.format, ctx.needsDash, { extraIndent: ctx.extraIndent }) : renderValue(value, ctx.format, { extraIndent: ctx.extraIndent });
  const item: CompletionItem = { label: info.label, kind: info.kind, insertText, insertTextIsSnippet: true, range: ctx.range };
  return asItem ? commaEdits(ctx, withInfo(item, info)) : withInfo(item, info);
}

function shapeContext(ctx: CursorContext): ShapeContext {
  const resource = getString(ctx.state?.node, "Resource");
  const shape: ShapeContext = { names: transitionTargets(ctx), usedNames: new Set(ctx.allStateNames()) };
  if (resource !== undefined) shape.resource = resource;
  return shape;
}

function fieldInfo(field: string, place: DocPlace | undefined, sortText: string, where?: string): ItemInfo {
  const doc = fieldDoc(field, place);
  const info: ItemInfo = { label: field, kind: "property", sortText: sortText + field };
  if (doc) {
    info.documentation = renderFieldDoc(field, doc, where);
    if (doc.values) info.detail = doc.values;
  }
  return info;
}

// ------------------------------------------------------------------ keys

function completeKey(ctx: CursorContext): CompletionItem[] {
  switch (ctx.containerRole) {
    case "states":
      return ctx.hasColon ? [] : completeStateSnippets(ctx);
    case "state":
      return completeStateFields(ctx);
    case "choiceRule":
      return completeRuleFields(ctx);
    default: {
      const nested = nestedOf(ctx.containerRole);
      return nested ? completeNestedFields(ctx, nested) : [];
    }
  }
}

function completeStateSnippets(ctx: CursorContext): CompletionItem[] {
  const names = ctx.machinePath ? keysOf(nodeAtPath(ctx.tree, [...ctx.machinePath, "States"])) : [];
  const snippets = stateSnippets({ scopeNames: names, usedNames: new Set(ctx.allStateNames()) });
  return snippets.map((snippet, index) => {
    const insertText = renderEntry(snippet.key, snippet.value, ctx.format, { extraIndent: ctx.extraIndent });
    const doc = STATE_TYPE_DOCS[snippet.type];
    const item: CompletionItem = {
      label: snippet.label,
      kind: "snippet",
      insertText,
      insertTextIsSnippet: true,
      range: ctx.range,
      detail: snippet.detail,
      documentation: `**${snippet.type} state**\n\n${doc.text}\n\n*Developer guide ${doc.cite}*`,
      sortText: `0${String(index).padStart(2, "0")}`,
    };
    const filter = quotedFilter(ctx, snippet.label);
    if (filter) item.filterText = filter;
    return commaEdits(ctx, item);
  });
}

/** Fields excluded because a field that rules them out is present. */
function excludedByPresent(present: Set<string>, type: StateType | undefined, within: readonly string[] | undefined): Set<string> {
  const excluded = new Set<string>();
  for (const pair of EXCLUSIVE_PAIRS) {
    if (pair.type !== type && type !== undefined) continue;
    if ((pair.within ?? []).join("/") !== (within ?? []).join("/")) continue;
    const [a, b] = pair.fields;
    if (present.has(a)) excluded.add(b);
    if (present.has(b)) excluded.add(a);
  }
  if (present.has("Next")) excluded.add("End");
  if (present.has("End")) excluded.add("Next");
  if (type === "Wait") {
    const durations = ["Seconds", "Timestamp", "SecondsPath", "TimestampPath"];
    if (durations.some((d) => present.has(d))) for (const d of durations) excluded.add(d);
  }
  return excluded;
}

function isDistributedMap(state: TreeNode | undefined): boolean {
  const config = childAt(childAt(state, "ItemProcessor"), "ProcessorConfig");
  return getString(config, "Mode") === "DISTRIBUTED";
}

function completeStateFields(ctx: CursorContext): CompletionItem[] {
  const type = ctx.state?.type;
  const present = new Set(ctx.existingKeys);
  const excluded = excludedByPresent(present, type, undefined);
  const shapes = shapeContext(ctx);
  const required = type ? REQUIRED_STATE_FIELDS[type] : [];
  const distributed = isDistributedMap(ctx.state?.node);
  const items: CompletionItem[] = [];
  for (const [field, spec] of Object.entries(STATE_FIELDS)) {
    if (present.has(field) || excluded.has(field)) continue;
    if (!inLanguage(spec, ctx.language)) continue;
    if (type) {
      if (!spec.states.includes(type)) continue;
      if (spec.distributedOnly && !distributed) continue;
      // Deprecated names: Iterator (use ItemProcessor) and a Map's Parameters (use ItemSelector).
      if (type === "Map" && (field === "Iterator" || field === "Parameters")) continue;
    } else if (field !== "Type" && field !== "Comment") {
      continue;
    }
    const sort = field === "Type" ? "0" : required.includes(field) ? "1" : field === "Next" || field === "End" ? "2" : "3";
    const shape = valueShape(field, type ?? "Pass", shapes);
    items.push(keyItem(ctx, field, shape.snip, { ...fieldInfo(field, type, sort, type ? `${type} state` : undefined), ...(shape.retrigger && !ctx.hasColon ? { retrigger: true } : {}) }));
  }
  return items;
}

function completeNestedFields(ctx: CursorContext, nested: keyof typeof NESTED): CompletionItem[] {
  const spec = NESTED[nested];
  const present = new Set(ctx.existingKeys);
  const within = nested === "ReaderConfig" ? ["ItemReader", "ReaderConfig"] : nested === "ItemBatcher" ? ["ItemBatcher"] : undefined;
  const excluded = within ? excludedByPresent(present, "Map", within) : new Set<string>();
  const shapes = shapeContext(ctx);
  const items: CompletionItem[] = [];
  for (const [field, fieldSpec] of Object.entries(spec.fields)) {
    if (present.has(field) || excluded.has(field)) continue;
    if (!inLanguage(fieldSpec, ctx.language)) continue;
    if (nested === "Credentials" && (present.has("RoleArn") || present.has("RoleArn.$"))) continue;
    const sort = spec.required.includes(field) ? "1" : "3";
    const shape = valueShape(field, nested, shapes);
    items.push(keyItem(ctx, field, shape.snip, { ...fieldInfo(field, nested, sort, spec.label), ...(shape.retrigger && !ctx.hasColon ? { retrigger: true } : {}) }));
  }
  return items;
}

function operatorShape(operator: string): Snip {
  const tabs = new Tabs();
  if ((CHOICE_TYPE_TEST_OPERATORS as readonly string[]).includes(operator)) return choice(tabs.next(), ["true", "false"], false);
  if ((CHOICE_PATH_OPERATORS as readonly string[]).includes(operator)) return str(tabs.next(), "$.");
  if (operator.startsWith("Numeric")) return num(tabs.next(), 0);
  if (operator.startsWith("Boolean")) return choice(tabs.next(), ["true", "false"], false);
  if (operator.startsWith("Timestamp")) return str(tabs.next(), "2024-01-01T00:00:00Z");
  if (operator === "StringMatches") return str(tabs.next(), "*.txt");
  return str(tabs.next(), "value");
}

function completeRuleFields(ctx: CursorContext): CompletionItem[] {
  const present = new Set(ctx.existingKeys);
  const topLevel = ctx.choiceRuleDepth === 0;
  const shapes = shapeContext(ctx);
  const items: CompletionItem[] = [];
  const add = (field: string, shape: Snip, sort: string, retrigger = false) => {
    if (present.has(field)) return;
    items.push(keyItem(ctx, field, shape, { ...fieldInfo(field, "ChoiceRule", sort, topLevel ? "choice rule" : "nested choice rule"), ...(retrigger && !ctx.hasColon ? { retrigger: true } : {}) }));
  };
  if (topLevel) add("Next", str(1), "2", true);
  add("Comment", str(1), "4");
  if (ctx.language === "JSONata") {
    add("Condition", str(1, "{% $states.input.value = 1 %}"), "0");
    if (topLevel) {
      add("Assign", obj(), "4");
      add("Output", obj(), "4");
    }
    return items;
  }
  const hasOperator = CHOICE_OPERATORS.some((op) => present.has(op));
  const hasLogic = present.has("And") || present.has("Or") || present.has("Not");
  if (!hasLogic) add("Variable", str(1, "$.variable"), "0");
  if (!hasOperator && !hasLogic) {
    for (const op of CHOICE_OPERATORS) add(op, operatorShape(op), (CHOICE_LITERAL_OPERATORS as readonly string[]).includes(op) ? "1" : "3");
  }
  if (!hasOperator && !hasLogic && !present.has("Variable")) {
    for (const logic of ["And", "Or", "Not"]) add(logic, valueShape(logic, "ChoiceRule", shapes).snip, "3");
  }
  return items;
}

// ------------------------------------------------------------------ values

function assistContext(ctx: CursorContext): AssistContext {
  return { text: ctx.text, tree: ctx.tree, state: ctx.state, path: ctx.path, frames: ctx.frames };
}

function completeValue(ctx: CursorContext, workflowType: WorkflowType): CompletionItem[] {
  const role = ctx.containerRole;
  const field = ctx.field;
  if (ctx.language === "JSONata" && ctx.token?.quoted) {
    const site = expressionSite(ctx.text, ctx.token);
    if (site) return completeJsonata(assistContext(ctx), site, ctx.offset) ?? [];
  }
  if (role === "errorList") return completeErrorNames(ctx);
  if (ctx.index !== undefined && ctx.valueRole && ["retrier", "catcher", "choiceRule", "branch"].includes(ctx.valueRole)) return completeListItem(ctx);
  if (field === undefined) return [];
  const jsonPathAssign = role === "literal" && ctx.language === "JSONPath" && ctx.path.includes("Assign");
  if ((role === "template" || role === "credentials" || jsonPathAssign) && field.endsWith(".$")) return completeExpression(ctx, false);
  if (role === "state" && ctx.state?.type === "Fail" && (field === "ErrorPath" || field === "CausePath")) return completeExpression(ctx, true);
  if (role === "state" && field === "Type") return completeTypes(ctx);
  if (isTransition(ctx, field)) return completeStateNames(ctx);
  if (field === "Resource") {
    if (role === "state") return completeResources(ctx, taskResourceEntries(workflowType));
    if (role === "itemReader") return completeResources(ctx, s3ResourceEntries("ItemReader"));
    if (role === "resultWriter") return completeResources(ctx, s3ResourceEntries("ResultWriter"));
    return [];
  }
  if (role === "choiceRule" && ((CHOICE_TYPE_TEST_OPERATORS as readonly string[]).includes(field) || field === "BooleanEquals")) return completeLiterals(ctx, [true, false]);
  if (role === "choiceRule" && (field === "Variable" || (CHOICE_PATH_OPERATORS as readonly string[]).includes(field))) return completePaths(ctx, false);
  const values = enumValues(ctx, field);
  if (values) return values.map((value, i) => stringItem(ctx, value, { label: value, kind: "value", sortText: String(i).padStart(2, "0"), ...docOf(ctx, field) }));
  if (field === "End") return completeLiterals(ctx, [true]);
  if (role === "state" && (field === "InputPath" || field === "OutputPath" || field === "ItemsPath" || /Path$/.test(field))) return completePaths(ctx, field === "ResultPath");
  return [];
}

function docOf(ctx: CursorContext, field: string): { documentation?: string } {
  const doc = fieldDoc(field, ctx.place);
  return doc ? { documentation: renderFieldDoc(field, doc) } : {};
}

function isTransition(ctx: CursorContext, field: string): boolean {
  switch (ctx.containerRole) {
    case "state":
      return field === "Next" || (field === "Default" && ctx.state?.type === "Choice");
    case "catcher":
      return field === "Next";
    case "choiceRule":
      return field === "Next" && ctx.choiceRuleDepth === 0;
    case "machine":
    case "branch":
    case "processor":
      return field === "StartAt";
    default:
      return false;
  }
}

function enumValues(ctx: CursorContext, field: string): string[] | undefined {
  let schema: unknown;
  const nested = nestedOf(ctx.containerRole);
  if (ctx.containerRole === "state" && isOwnField(STATE_FIELDS, field)) schema = STATE_FIELDS[field]?.schema;
  else if (nested && isOwnField(NESTED[nested].fields, field)) schema = NESTED[nested].fields[field]?.schema;
  if (typeof schema !== "object" || schema === null || !("enum" in schema) || !Array.isArray(schema.enum)) return undefined;
  return schema.enum.filter((v): v is string => typeof v === "string");
}

function completeTypes(ctx: CursorContext): CompletionItem[] {
  return STATE_TYPES.map((type, i) => {
    const doc = STATE_TYPE_DOCS[type];
    return stringItem(ctx, type, { label: type, kind: "keyword", sortText: String(i), documentation: `**${type}**\n\n${doc.text}\n\n*Developer guide ${doc.cite}*` });
  });
}

function completeLiterals(ctx: CursorContext, values: readonly boolean[]): CompletionItem[] {
  return values.map((value) => ({ label: String(value), kind: "keyword", insertText: String(value), range: ctx.range }));
}

function completeStateNames(ctx: CursorContext): CompletionItem[] {
  const names = transitionTargets(ctx);
  const own = ctx.state?.name;
  const scopeTree = ctx.machinePath && ctx.containerRole !== "state" ? nodeAtPath(ctx.tree, [...ctx.machinePath, "States"]) : ctx.scope ? nodeAtPath(ctx.tree, [...ctx.scope.path, "States"]) : undefined;
  return names.map((name, i) => {
    const type = getString(childAt(scopeTree, name), "Type");
    return stringItem(ctx, name, {
      label: name,
      kind: "state",
      detail: type ? `${type} state` : "state",
      sortText: `${name === own ? "1" : "0"}${String(i).padStart(4, "0")}`,
    });
  });
}

function completeResources(ctx: CursorContext, entries: readonly ResourceEntry[]): CompletionItem[] {
  return entries.map((entry) => {
    const info: ItemInfo = { label: entry.label, kind: entry.isSnippet ? "snippet" : "resource", detail: entry.detail, documentation: entry.documentation, sortText: entry.sortText };
    return entry.isSnippet ? snippetStringItem(ctx, entry.insertText, info) : stringItem(ctx, entry.insertText, info);
  });
}

function completeErrorNames(ctx: CursorContext): CompletionItem[] {
  const listed = new Set((ctx.container?.items ?? []).filter((item, i) => i !== ctx.index && item.kind === "string").map((item) => String(item.value)));
  const items: CompletionItem[] = [];
  const add = (name: string, detail: string, documentation: string, sort: string) => {
    if (!listed.has(name)) items.push(stringItem(ctx, name, { label: name, kind: "error", detail, documentation, sortText: sort + name }));
  };
  // Order: this task's own service errors, the predefined names, the definition's Fail errors, other services, the uncatchable ones.
  STATES_ERROR_DOCS.forEach((doc, i) => add(doc.name, doc.uncatchable ? "predefined · never retried or caught" : "predefined error", `**${doc.name}**\n\n${doc.text}\n\n*${errorDocCitation(doc)}*`, doc.uncatchable ? "4" : `1${String(i).padStart(2, "0")}`));
  const resource = getString(ctx.state?.node, "Resource") ?? "";
  const parsed = parseResource(resource);
  const lambda = parsed.service === "lambda";
  for (const doc of SERVICE_ERROR_DOCS) add(doc.name, "service error", `**${doc.name}**\n\n${doc.text}\n\n*Developer guide ${doc.cite}*`, lambda && doc.name.startsWith("Lambda.") ? "0" : "3");
  for (const name of failErrorNames(ctx.tree)) add(name, "raised by a Fail state in this definition", `**${name}**\n\nThe Error of a Fail state in this definition.`, "2");
  items.push(snippetStringItem(ctx, "States.Http.StatusCode.${1:404}", { label: "States.Http.StatusCode.<code>", kind: "snippet", detail: "HTTP Task status error", sortText: "3States.Http" }));
  const prefix = parsed.kind === "sdk" ? getAwsSdkService(parsed.service)?.exceptionPrefix : undefined;
  if (prefix) items.push(snippetStringItem(ctx, `${prefix}.\${1:ExceptionName}`, { label: `${prefix}.<Exception>`, kind: "snippet", detail: "error of this AWS SDK service", sortText: "0" + prefix }));
  return items;
}

/** Error names of the Fail states in the document: custom names worth catching. */
function failErrorNames(root: TreeNode | undefined): string[] {
  const names = new Set<string>();
  const walk = (machine: TreeNode | undefined, depth: number): void => {
    if (!machine || depth > 100) return;
    for (const property of childAt(machine, "States")?.properties ?? []) {
      const state = property.value;
      const error = getString(state, "Error");
      if (getString(state, "Type") === "Fail" && error && !error.startsWith("States.")) names.add(error);
      for (const branch of childAt(state, "Branches")?.items ?? []) walk(branch, depth + 1);
      walk(childAt(state, "ItemProcessor") ?? childAt(state, "Iterator"), depth + 1);
    }
  };
  walk(root, 0);
  return [...names];
}

function completeListItem(ctx: CursorContext): CompletionItem[] {
  const tabs = new Tabs();
  const names = transitionTargets(ctx);
  const used = new Set(ctx.allStateNames());
  const item = (label: string, snip: Snip, detail: string, field: string) => snippetValueItem(ctx, snip, { label, kind: "snippet", detail, ...docOf(ctx, field) }, true);
  switch (ctx.valueRole) {
    case "retrier": {
      const lambda = getString(ctx.state?.node, "Resource")?.startsWith("arn:aws:states:::lambda:invoke") === true;
      return [item("Retrier", retrierSnip(tabs), "Retry on errors with exponential backoff", "Retry"), ...(lambda ? [item("Retrier (Lambda service errors)", lambdaRetrierSnip(), "Workflow Studio's default Lambda retrier", "Retry")] : [])];
    }
    case "catcher":
      return [item("Catcher", catcherSnip(tabs, names), "Send errors to a fallback state", "Catch")];
    case "choiceRule":
      return [item("Choice rule", choiceRuleSnip(tabs, names, ctx.containerRole === "ruleList"), "A comparison and where it leads", "Choices")];
    case "branch":
      return [item("Branch", machineSnip(tabs, used, "Branch step"), "A branch with one Pass state", "Branches")];
    default:
      return [];
  }
}

/** The word (intrinsic name or path) around the cursor inside a value. */
function wordRange(ctx: CursorContext): { start: number; end: number; word: string } {
  const min = ctx.token ? ctx.token.offset + (ctx.token.quoted ? 1 : 0) : ctx.offset;
  const max = ctx.token ? ctx.token.end - (ctx.token.quoted && !ctx.token.unterminated ? 1 : 0) : ctx.offset;
  let start = ctx.offset;
  while (start > min && /[A-Za-z0-9_.$]/.test(ctx.text.charAt(start - 1))) start--;
  let end = ctx.offset;
  while (end < max && /[A-Za-z0-9_.$]/.test(ctx.text.charAt(end))) end++;
  return { start, end, word: ctx.text.slice(start, ctx.offset) };
}

/** Intrinsic functions and paths inside a "….$" value (or Fail's ErrorPath/CausePath). */
function completeExpression(ctx: CursorContext, fail: boolean): CompletionItem[] {
  const { start, end, word } = wordRange(ctx);
  const range = { startOffset: start, endOffset: Math.max(end, ctx.offset) };
  const wrap = ctx.format === "json" && !ctx.token;
  const items: CompletionItem[] = [];
  if (!word.startsWith("$")) {
    for (const info of INTRINSICS) {
      if (fail && !info.allowedInFail) continue;
      const snippet = intrinsicSnippet(info);
      items.push({
        label: info.name,
        kind: "function",
        insertText: wrap ? `"${snippet}"` : snippet,
        insertTextIsSnippet: true,
        range,
        detail: info.signature,
        documentation: intrinsicDoc(info),
        sortText: `1${info.name}`,
      });
    }
  }
  items.push(...pathItems(ctx, range, wrap, false, word));
  return items;
}

function completePaths(ctx: CursorContext, write: boolean): CompletionItem[] {
  const { start, end, word } = wordRange(ctx);
  return pathItems(ctx, { startOffset: start, endOffset: Math.max(end, ctx.offset) }, ctx.format === "json" && !ctx.token, write, word);
}

function pathItems(ctx: CursorContext, range: { startOffset: number; endOffset: number }, wrap: boolean, write: boolean, word: string): CompletionItem[] {
  const quote = (text: string) => (wrap ? JSON.stringify(text) : ctx.format === "yaml" && !ctx.token ? yamlString(text) : text);
  const items: CompletionItem[] = [{ label: "$", kind: "value", insertText: quote("$"), range, detail: "the whole input", sortText: "0$" }];
  // Workflow variables ($name…) read in JSONPath paths and .$ values ("Passing data between states with variables").
  if (!write && !word.startsWith("$$") && !word.startsWith("$.") && !word.includes("(")) items.push(...completeJsonPathVariables(assistContext(ctx), range, quote));
  if (write) {
    items.push({ label: "$.result", kind: "value", insertText: wrap ? '"\\$.${1:result}"' : "\\$.${1:result}", insertTextIsSnippet: true, range, detail: "add the result beside the input", sortText: "0$.r" });
    return items;
  }
  const inMapSelector = ctx.frames.some((f, i) => f.role === "template" && ctx.frames[i - 1]?.role === "state" && (f.path[f.path.length - 1] === "ItemSelector" || f.path[f.path.length - 1] === "Parameters") && ctx.state?.type === "Map");
  for (const path of CONTEXT_PATHS) {
    if (path.mapItemOnly && !inMapSelector) continue;
    items.push({ label: path.path, kind: "value", insertText: quote(path.path), range, detail: "context object", documentation: `**${path.path}**\n\n${path.text}\n\n*asl-semantics.md §6*`, sortText: `2${path.path}` });
  }
  return items;
}
