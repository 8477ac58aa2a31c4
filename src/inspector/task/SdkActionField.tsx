import { appendPointer } from "../../asl/json";
import { Field } from "../fields/Field";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDraft } from "../fields/useDraft";
import { editObjectAt } from "../model/editAt";
import { isSdkAction, setSdkAction } from "../model/taskIntegration";

/** The AWS SDK API action ("listBuckets"); a name that cannot go in the Resource stays a draft. */
export function SdkActionField({ pointer, action }: { pointer: string; action: string }) {
  const apply = useApplyEdit();
  const [draft, setDraft] = useDraft(action, (v) => (typeof v === "string" ? v : ""), (text, v) => text.trim().charAt(0).toLowerCase() + text.trim().slice(1) === v);
  const localError = isSdkAction(draft) ? undefined : "Enter the API action, e.g. listBuckets (letters and digits only).";
  return (
    <Field label="API action" help="The API name, e.g. ListBuckets; the Resource spells it listBuckets." localError={localError} diagnosticsPointer={appendPointer(pointer, "Resource")} exact>
      {(control) => (
        <input
          {...control}
          className="field-input is-mono"
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            apply(editObjectAt(pointer, (s) => setSdkAction(s, e.target.value)), `${pointer}:sdk-action`);
          }}
        />
      )}
    </Field>
  );
}
