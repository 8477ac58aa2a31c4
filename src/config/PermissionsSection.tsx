import { useStudio } from "../store/StudioContext";
import { ConfigField } from "./ConfigField";
import { ConfigSection } from "./ConfigSection";
import { checkRoleArn } from "./model/arns";

/** The execution role (seed L11561-L11583). */
export function PermissionsSection() {
  const roleArn = useStudio((s) => s.config.roleArn);
  const setConfig = useStudio((s) => s.setConfig);
  return (
    <ConfigSection title="Permissions" description="The IAM role Step Functions assumes to run the workflow; it needs permission for every service the states call.">
      <ConfigField label="Execution role ARN" help="Leave empty to create a role when deploying." error={checkRoleArn(roleArn)}>
        {(control) => <input {...control} className="config-input is-mono" type="text" spellCheck={false} autoComplete="off" placeholder="arn:aws:iam::123456789012:role/StepFunctionsExecutionRole" value={roleArn} onChange={(e) => setConfig({ roleArn: e.target.value.trim() })} />}
      </ConfigField>
    </ConfigSection>
  );
}
