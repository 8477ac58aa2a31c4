/**
 * Immediate path checks for inspector fields, with the syntax each field allows
 * (asl-semantics.md §4): InputPath/OutputPath take any JSONPath; fields that read one value take a
 * reference path; ResultPath must name one place to write; reading paths may start at a workflow
 * variable (`$name…`, issue 9); Fail's ErrorPath/CausePath and `.$`
 * values such as `FunctionName.$` or `RoleArn.$` may also hold an intrinsic function call.
 */
import { looksLikeIntrinsic, parseIntrinsic } from "../../asl/intrinsics/parseIntrinsic";
import { describeVariableNameProblem, variableNameProblem } from "../../asl/jsonata/variables";
import { tryParsePath } from "../../asl/paths/parsePath";

export type PathKind = "jsonpath" | "reference" | "write" | "reference-or-intrinsic" | "jsonpath-or-intrinsic";

function allowsIntrinsic(kind: PathKind): boolean {
  return kind === "reference-or-intrinsic" || kind === "jsonpath-or-intrinsic";
}

/** Why `text` is not valid in a field of this kind, or undefined when it is. */
export function checkPathSyntax(text: string, kind: PathKind): string | undefined {
  if (looksLikeIntrinsic(text)) {
    if (!allowsIntrinsic(kind)) return "This field takes a path; intrinsic functions such as States.Format are not allowed here.";
    try {
      parseIntrinsic(text);
      return undefined;
    } catch (error) {
      return `Not a valid intrinsic function call: ${error instanceof Error ? error.message : String(error)}.`;
    }
  }
  if (text.trim() === "") return "Enter a path starting with $, e.g. $.field.";
  const parsed = tryParsePath(text);
  if (parsed instanceof Error) {
    const hint = !text.startsWith("$") && /^\.?[A-Za-z_]/.test(text) ? ` Did you mean $.${text.replace(/^\.+/, "")}?` : "";
    return `Not a valid path: ${parsed.message} (character ${parsed.offset + 1}).${hint}`;
  }
  if (parsed.root.kind === "variable") {
    // Workflow variables are read like the input: $name, $name.field ("Passing data between states with variables").
    if (kind === "write") return `ResultPath writes into the state input: start it with $, not $${parsed.root.name} (variables are set with Assign).`;
    const problem = variableNameProblem(parsed.root.name);
    if (problem) return `Not a valid path: ${describeVariableNameProblem(parsed.root.name, problem)}.`;
  }
  if (kind === "write") {
    if (parsed.root.kind === "context") return "ResultPath writes into the state input: start it with $, not $$ (the context object is read-only).";
    if (!parsed.definite) return "ResultPath must name one place: use only .name, ['name'] and [index] steps after $.";
  } else if (kind !== "jsonpath" && kind !== "jsonpath-or-intrinsic" && !parsed.definite) {
    return "This field needs a reference path that names one value: use only .name, ['name'] and [index] steps.";
  }
  return undefined;
}
