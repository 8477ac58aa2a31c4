import { appendPointer, isJsonObject } from "../../asl/json";
import { Field } from "../fields/Field";
import { PathField } from "../fields/PathField";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { readCredentials, setCredentialsSource, type CredentialsSource } from "../model/credentials";
import { editObjectAt } from "../model/editAt";

/** The cross-account role the Task assumes (seed L3456–L3467, L11780-L11787). */
export function CredentialsField({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const apply = useApplyEdit();
  const { source } = readCredentials(isJsonObject(state) ? state : {});
  const credentialsPointer = appendPointer(pointer, "Credentials");
  return (
    <>
      <Field label="Cross-account IAM role" asl="Credentials" diagnosticsPointer={credentialsPointer} exact help="Optional: the role Step Functions assumes to call the API in another account.">
        {(control) => (
          <select {...control} className="field-input" value={source} onChange={(e) => apply(editObjectAt(pointer, (s) => setCredentialsSource(s, e.target.value as CredentialsSource)))}>
            <option value="none">None</option>
            <option value="arn">Provide IAM role ARN</option>
            <option value="input">Get IAM role ARN from state input at runtime</option>
          </select>
        )}
      </Field>
      {source === "arn" && <TextField pointer={appendPointer(credentialsPointer, "RoleArn")} whenEmpty="keep" mono label="Role ARN" asl="RoleArn" placeholder="arn:aws:iam::123456789012:role/Name" />}
      {source === "input" && <PathField pointer={appendPointer(credentialsPointer, "RoleArn.$")} kind="jsonpath-or-intrinsic" whenEmpty="keep" label="Path to the role ARN" asl="RoleArn.$" />}
    </>
  );
}
