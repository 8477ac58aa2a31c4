import type { QueryLanguageMode } from "../../asl/validate/model";
import { ValueOrPathField } from "../fields/ValueOrPathField";

/** A Fail state's Error and Cause, each a constant or a path/intrinsic (seed L4460–L4532); JSONata: text or a {% %} expression. */
export function FailConfiguration({ pointer, language = "JSONPath" }: { pointer: string; language?: QueryLanguageMode }) {
  return (
    <>
      <ValueOrPathField pointer={pointer} field="Error" label="Error" help="The error name Retry and Catch match; custom names must not start with States." valueKind="text" pathKind="reference-or-intrinsic" initial={{ value: "MyError", path: "$.Error" }} valueLabel="Constant" language={language} />
      <ValueOrPathField pointer={pointer} field="Cause" label="Cause" help="A human-readable explanation." valueKind="text" pathKind="reference-or-intrinsic" initial={{ value: "Something went wrong", path: "$.Cause" }} valueLabel="Constant" language={language} />
    </>
  );
}
