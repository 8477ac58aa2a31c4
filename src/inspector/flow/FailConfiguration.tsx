import { ValueOrPathField } from "../fields/ValueOrPathField";

/** A Fail state's Error and Cause, each a constant or a path/intrinsic (seed L4460–L4532). */
export function FailConfiguration({ pointer }: { pointer: string }) {
  return (
    <>
      <ValueOrPathField pointer={pointer} field="Error" label="Error" help="The error name Retry and Catch match; custom names must not start with States." valueKind="text" pathKind="reference-or-intrinsic" initial={{ value: "MyError", path: "$.Error" }} valueLabel="Constant" />
      <ValueOrPathField pointer={pointer} field="Cause" label="Cause" help="A human-readable explanation." valueKind="text" pathKind="reference-or-intrinsic" initial={{ value: "Something went wrong", path: "$.Cause" }} valueLabel="Constant" />
    </>
  );
}
