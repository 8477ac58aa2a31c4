import { checkPathSyntax, type PathKind } from "../model/pathSyntax";
import { TextField, type TextFieldProps } from "./TextField";

const KIND_HELP: Record<PathKind, string> = {
  jsonpath: "A JSONPath over the input ($…) or the context object ($$…).",
  reference: "A reference path naming one value, e.g. $.order.id.",
  write: "Where to write: $ followed by .name, ['name'] or [index] steps.",
  "reference-or-intrinsic": "A reference path, or an intrinsic function such as States.Format('{}', $.x).",
  "jsonpath-or-intrinsic": "A path into the input ($…) or context ($$…), or an intrinsic function.",
};

/** A path field, checked as you type with the syntax its context allows (asl-semantics.md §4). */
export function PathField({ kind, help, ...props }: Omit<TextFieldProps, "check" | "mono"> & { kind: PathKind }) {
  return <TextField {...props} mono help={help === undefined ? KIND_HELP[kind] : help === "" ? undefined : help} check={(text) => checkPathSyntax(text, kind)} />;
}
