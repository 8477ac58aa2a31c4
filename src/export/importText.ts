/**
 * Reading a file (or pasted text) the user brings in: an ASL definition in JSON or YAML, or a
 * CloudFormation/SAM template holding state machines (seed L17270–L17535, L17601–L17680).
 *
 * Everything here is untrusted: shapes are checked, nothing is evaluated, and intrinsic functions
 * are never resolved. Decisions:
 * - a definition that does not parse is still imported as typed, so it opens in Code mode with its
 *   errors located (never silently empty);
 * - in a template, `Definition` (an object) is written out in the template's format, and
 *   `DefinitionString` is taken as written; intrinsic functions inside either become `${…}`
 *   placeholders in the notation of `Fn::Sub` and DefinitionSubstitutions (`!Ref X` → `${X}`,
 *   `!GetAtt A.Arn` → `${A.Arn}`, `!Sub "…"` → its text, `!Join` → the joined parts);
 * - `DefinitionUri` / `DefinitionS3Location` point to another file, which cannot be read from here:
 *   that machine is listed with the reason and the file to import instead.
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../asl/json";
import type { TextFormat } from "../asl/parse/types";
import { serialize } from "../asl/serialize";
import type { WorkflowType } from "../asl/types";
import { defaultConfig, type LogLevel, type StudioConfig } from "../store/studioConfig";
import { readCloudFormationYaml } from "./cloudFormationYaml";
import { MAX_IMPORT_BYTES } from "./importLimits";

export { MAX_IMPORT_BYTES } from "./importLimits";

export const STATE_MACHINE_TYPES = ["AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine"] as const;

export interface ImportedMachine {
  logicalId: string;
  resourceType: (typeof STATE_MACHINE_TYPES)[number];
  text: string;
  format: TextFormat;
  /** Config-mode settings found on the resource (name always; the rest where present). */
  config: StudioConfig;
  /** What the user should know: placeholders left in, settings that were references. */
  notes: string[];
}

export interface SkippedMachine {
  logicalId: string;
  reason: string;
}

export type ImportOutcome =
  | { kind: "definition"; text: string; format: TextFormat; name?: string }
  | { kind: "template"; machines: ImportedMachine[]; skipped: SkippedMachine[] }
  | { kind: "error"; message: string };

export function formatOf(fileName: string | undefined, text: string): TextFormat {
  if (fileName && /\.ya?ml$/i.test(fileName)) return "yaml";
  if (fileName && /\.json$/i.test(fileName)) return "json";
  const first = text.trimStart().charAt(0);
  return first === "{" || first === "[" ? "json" : "yaml";
}

/** A document name from a file name: `order-flow.asl.json` → `order-flow`. */
export function nameFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const name = base.replace(/(\.asl)?\.(json|ya?ml)$/i, "").replace(/\.asl$/i, "");
  return name === "" ? undefined : name;
}

function readValue(text: string, format: TextFormat): JsonValue | undefined {
  if (format === "yaml") return readCloudFormationYaml(text).value;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

export function isCloudFormationTemplate(value: JsonValue | undefined): value is JsonObject {
  if (!isJsonObject(value)) return false;
  const resources = getOwn(value, "Resources");
  if (!isJsonObject(resources)) return false;
  if (getOwn(value, "AWSTemplateFormatVersion") !== undefined || getOwn(value, "Transform") !== undefined) return true;
  return Object.values(resources).some((resource) => isJsonObject(resource) && typeof getOwn(resource, "Type") === "string" && String(getOwn(resource, "Type")).startsWith("AWS::"));
}

export function importText(text: string, fileName?: string): ImportOutcome {
  if (text.length > MAX_IMPORT_BYTES) return { kind: "error", message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a state machine definition is at most 1 MB.` };
  if (text.trim() === "") return { kind: "error", message: fileName ? `${fileName} is empty.` : "There is nothing to import: the text is empty." };
  const format = formatOf(fileName, text);
  const value = readValue(text, format);
  const name = fileName ? nameFromFileName(fileName) : undefined;
  if (!isCloudFormationTemplate(value)) return { kind: "definition", text, format, ...(name ? { name } : {}) };

  const resources = getOwn(value, "Resources") as JsonObject;
  const machines: ImportedMachine[] = [];
  const skipped: SkippedMachine[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isJsonObject(resource)) continue;
    const type = getOwn(resource, "Type");
    if (type !== STATE_MACHINE_TYPES[0] && type !== STATE_MACHINE_TYPES[1]) continue;
    const properties = getOwn(resource, "Properties");
    const machine = readMachine(logicalId, type, isJsonObject(properties) ? properties : {}, format);
    if ("reason" in machine) skipped.push(machine);
    else machines.push(machine);
  }
  if (machines.length === 0) {
    const why = skipped.map((s) => `${s.logicalId}: ${s.reason}`).join(" ");
    return { kind: "error", message: skipped.length > 0 ? `No state machine in this template has its definition inline. ${why}` : "This CloudFormation template has no AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine resource." };
  }
  return { kind: "template", machines, skipped };
}

function readMachine(logicalId: string, resourceType: ImportedMachine["resourceType"], properties: JsonObject, format: TextFormat): ImportedMachine | SkippedMachine {
  const notes: string[] = [];
  const placeholders = new Set<string>();
  const definition = getOwn(properties, "Definition");
  const definitionString = getOwn(properties, "DefinitionString");
  let text: string;
  let textFormat: TextFormat = format;
  if (definition !== undefined) {
    text = serialize(replaceIntrinsics(definition, placeholders), format);
  } else if (definitionString !== undefined) {
    text = typeof definitionString === "string" ? definitionString : intrinsicToText(definitionString, placeholders);
    textFormat = formatOf(undefined, text);
  } else {
    const uri = getOwn(properties, "DefinitionUri") ?? getOwn(properties, "DefinitionS3Location");
    const where = typeof uri === "string" ? uri : isJsonObject(uri) ? `s3://${String(getOwn(uri, "Bucket") ?? "…")}/${String(getOwn(uri, "Key") ?? "…")}` : undefined;
    return { logicalId, reason: where ? `the definition is in a separate file (${where}); import that file instead.` : "it has no Definition or DefinitionString." };
  }
  if (placeholders.size > 0) notes.push(`Intrinsic functions are kept as placeholders: ${[...placeholders].slice(0, 6).join(", ")}${placeholders.size > 6 ? ", …" : ""}.`);
  const substitutions = getOwn(properties, "DefinitionSubstitutions");
  if (isJsonObject(substitutions) && Object.keys(substitutions).length > 0) notes.push(`DefinitionSubstitutions (${Object.keys(substitutions).join(", ")}) stay as \${…} placeholders, as CloudFormation fills them in at deploy time.`);
  return { logicalId, resourceType, text, format: textFormat, config: readConfig(logicalId, resourceType, properties, notes), notes };
}

const LOG_LEVELS: readonly LogLevel[] = ["ALL", "ERROR", "FATAL", "OFF"];

function readConfig(logicalId: string, resourceType: ImportedMachine["resourceType"], properties: JsonObject, notes: string[]): StudioConfig {
  const sam = resourceType === "AWS::Serverless::StateMachine";
  const prop = (cfn: string, samName: string) => getOwn(properties, sam ? samName : cfn);
  const name = prop("StateMachineName", "Name");
  const typeValue = prop("StateMachineType", "Type");
  const type: WorkflowType = typeof typeValue === "string" && typeValue.toUpperCase() === "EXPRESS" ? "EXPRESS" : "STANDARD";
  const config = defaultConfig(typeof name === "string" && name.trim() !== "" ? name.trim() : logicalId, type);

  const role = prop("RoleArn", "Role");
  if (typeof role === "string" && role.startsWith("arn:")) config.roleArn = role;
  else if (role !== undefined) notes.push(`The role is ${describeReference(role)} in the template: set its ARN in Config mode.`);

  const logging = prop("LoggingConfiguration", "Logging");
  if (isJsonObject(logging)) {
    const level = getOwn(logging, "Level");
    if (typeof level === "string" && (LOG_LEVELS as readonly string[]).includes(level.toUpperCase())) config.logging.level = level.toUpperCase() as LogLevel;
    config.logging.includeExecutionData = getOwn(logging, "IncludeExecutionData") === true;
    const destinations = getOwn(logging, "Destinations");
    const first = Array.isArray(destinations) ? destinations[0] : undefined;
    const group = isJsonObject(first) ? getOwn(first, "CloudWatchLogsLogGroup") : undefined;
    const arn = isJsonObject(group) ? getOwn(group, "LogGroupArn") : undefined;
    if (typeof arn === "string") config.logging.logGroupArn = arn;
    else if (arn !== undefined) notes.push(`The log group is ${describeReference(arn)} in the template: set its ARN in Config mode.`);
  }
  const tracing = prop("TracingConfiguration", "Tracing");
  if (isJsonObject(tracing)) config.tracing = getOwn(tracing, "Enabled") === true;

  const tags = getOwn(properties, "Tags");
  if (Array.isArray(tags)) {
    for (const tag of tags) {
      if (!isJsonObject(tag)) continue;
      const key = getOwn(tag, "Key");
      const value = getOwn(tag, "Value");
      if (typeof key === "string") config.tags.push({ key, value: typeof value === "string" ? value : String(value ?? "") });
    }
  } else if (isJsonObject(tags)) {
    for (const [key, value] of Object.entries(tags)) config.tags.push({ key, value: typeof value === "string" ? value : String(value) });
  }
  return config;
}

function describeReference(value: JsonValue): string {
  if (isJsonObject(value) && intrinsicName(value)) {
    const text = intrinsicToText(value, new Set());
    const short = (intrinsicName(value) as string).replace(/^Fn::/, "");
    return `a reference (!${short} ${text.replace(/^\$\{(.*)\}$/, "$1")})`;
  }
  return "not an ARN";
}

function intrinsicName(value: JsonObject): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const [key] = keys as [string];
  return key === "Ref" || key.startsWith("Fn::") ? key : undefined;
}

/** Intrinsic function → the text CloudFormation would produce, with references as `${…}`. */
function intrinsicToText(value: JsonValue, placeholders: Set<string>): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (!isJsonObject(value)) return "";
  const name = intrinsicName(value);
  const arg = name ? (value[name] as JsonValue) : undefined;
  const mark = (text: string) => {
    placeholders.add(text);
    return text;
  };
  switch (name) {
    case "Ref":
      return mark(`\${${typeof arg === "string" ? arg : "?"}}`);
    case "Fn::GetAtt":
      return mark(`\${${Array.isArray(arg) ? arg.map((part) => (typeof part === "string" ? part : "?")).join(".") : typeof arg === "string" ? arg : "?"}}`);
    case "Fn::Sub": {
      if (typeof arg === "string") return noteSubPlaceholders(arg, placeholders);
      if (Array.isArray(arg) && typeof arg[0] === "string") {
        const vars = isJsonObject(arg[1]) ? arg[1] : {};
        const text = arg[0].replace(/\$\{([^!}][^}]*)\}/g, (whole, key: string) => {
          const replacement = getOwn(vars, key);
          return typeof replacement === "string" ? replacement : whole;
        });
        return noteSubPlaceholders(text, placeholders);
      }
      return mark("${Fn::Sub}");
    }
    case "Fn::Join":
      if (Array.isArray(arg) && typeof arg[0] === "string" && Array.isArray(arg[1])) return arg[1].map((part) => intrinsicToText(part, placeholders)).join(arg[0]);
      return mark("${Fn::Join}");
    default:
      return mark(`\${${name ?? "?"}}`);
  }
}

function noteSubPlaceholders(text: string, placeholders: Set<string>): string {
  for (const match of text.matchAll(/\$\{[^!}][^}]*\}/g)) placeholders.add(match[0]);
  return text;
}

/** A definition with every intrinsic function object replaced by its text. */
function replaceIntrinsics(value: JsonValue, placeholders: Set<string>): JsonValue {
  if (Array.isArray(value)) return value.map((item) => replaceIntrinsics(item, placeholders));
  if (!isJsonObject(value)) return value;
  if (intrinsicName(value)) return intrinsicToText(value, placeholders);
  const copy: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "__proto__") Object.defineProperty(copy, key, { value: replaceIntrinsics(child, placeholders), enumerable: true, writable: true, configurable: true });
    else copy[key] = replaceIntrinsics(child, placeholders);
  }
  return copy;
}
