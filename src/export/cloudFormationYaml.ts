/**
 * Reading CloudFormation/SAM YAML. Templates use short-form intrinsic tags (`!Ref X`,
 * `!GetAtt A.Arn`, `!Sub "…"`); a plain YAML reader rejects them. Each tag is read as the long
 * form CloudFormation documents (`{"Ref": "X"}`, `{"Fn::GetAtt": ["A", "Arn"]}`, `{"Fn::Sub": …}`),
 * so the rest of the importer deals with one shape. Nothing is evaluated.
 */
import { parseDocument, type Tags } from "yaml";
import type { JsonValue } from "../asl/json";

const FUNCTIONS = ["Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "ToJsonString", "Length"];

interface Resolvable {
  toJSON(): unknown;
}

function tagsFor(tag: string, toLongForm: (value: unknown) => unknown): Tags {
  return [
    { tag, resolve: (value: string) => toLongForm(value) },
    { tag, collection: "seq", resolve: (value: Resolvable) => toLongForm(value.toJSON()) },
    { tag, collection: "map", resolve: (value: Resolvable) => toLongForm(value.toJSON()) },
  ] as Tags;
}

const CFN_TAGS: Tags = [
  ...tagsFor("!Ref", (value) => ({ Ref: value })),
  ...tagsFor("!Condition", (value) => ({ Condition: value })),
  // `!GetAtt Resource.Attribute` is a scalar; the long form is a two-item list.
  ...tagsFor("!GetAtt", (value) => {
    if (typeof value !== "string") return { "Fn::GetAtt": value };
    const dot = value.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }),
  ...FUNCTIONS.flatMap((name) => tagsFor(`!${name}`, (value) => ({ [`Fn::${name}`]: value }))),
];

export interface YamlReadResult {
  value: JsonValue | undefined;
  error?: { message: string; line: number; column: number };
}

/** YAML text → value, with CloudFormation's intrinsic tags read as their long forms. */
export function readCloudFormationYaml(text: string): YamlReadResult {
  const doc = parseDocument(text, { customTags: CFN_TAGS, uniqueKeys: false, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    return { value: undefined, error: { message: first.message.split("\n")[0] ?? first.message, line: pos?.line ?? 1, column: pos?.col ?? 1 } };
  }
  try {
    return { value: (doc.toJS({ maxAliasCount: 100 }) ?? null) as JsonValue };
  } catch (error) {
    return { value: undefined, error: { message: error instanceof Error ? error.message : String(error), line: 1, column: 1 } };
  }
}
