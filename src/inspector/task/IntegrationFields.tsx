import { AWS_SDK_SERVICES } from "../../asl/catalog/awsSdkServices";
import { OPTIMIZED_INTEGRATIONS } from "../../asl/catalog/optimizedIntegrations";
import type { IntegrationPattern } from "../../asl/catalog/types";
import { appendPointer, getOwn, isJsonObject, type JsonObject } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { useStudio } from "../../store/StudioContext";
import { Note } from "../common/Note";
import { Field } from "../fields/Field";
import { RadioGroup } from "../fields/RadioGroup";
import { TextField } from "../fields/TextField";
import { useApplyEdit } from "../fields/useApplyEdit";
import { useDocValue } from "../fields/useDocValue";
import { editObjectAt } from "../model/editAt";
import { PATTERN_LABELS, readTaskIntegration, setIntegrationAction, setIntegrationPattern, setIntegrationType, setSdkService, type IntegrationType } from "../model/taskIntegration";
import { DirectResourceNote } from "./DirectResourceNote";
import { SdkActionField } from "./SdkActionField";

const SERVICES = [...new Set(OPTIMIZED_INTEGRATIONS.map((i) => i.serviceName))];
const SDK_SERVICES = [...AWS_SDK_SERVICES].filter((s, i, all) => all.findIndex((o) => o.sdkId === s.sdkId) === i).sort((a, b) => a.name.localeCompare(b.name));

/**
 * What the Task calls (seed L11744-L11787): the API action from the integration catalog, the
 * integration type, the integration pattern (only those the service supports, and only
 * request-response for Express workflows), and the Resource itself. A Resource outside the
 * catalog (a function or activity ARN, empty, unknown) is described and can be replaced by an
 * action from the same list.
 */
export function IntegrationFields({ pointer, language = "JSONPath" }: { pointer: string; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const workflowType = useStudio((s) => s.config.type);
  const apply = useApplyEdit();
  const node: JsonObject = isJsonObject(state) ? state : {};
  const resource = getOwn(node, "Resource");
  const integration = readTaskIntegration(typeof resource === "string" ? resource : "", workflowType);
  const edit = (transform: (s: JsonObject) => JsonObject) => apply(editObjectAt(pointer, transform));
  const isCatalog = (integration.kind === "optimized" || integration.kind === "http") && integration.integrationId !== undefined;
  const type: IntegrationType | undefined = isCatalog ? "optimized" : integration.kind === "sdk" ? "sdk" : undefined;
  const offered: IntegrationPattern[] = integration.patterns.includes(integration.pattern) ? integration.patterns : [...integration.patterns, integration.pattern];
  return (
    <>
      {!isCatalog && integration.kind !== "sdk" && <DirectResourceNote pointer={pointer} resource={typeof resource === "string" ? resource : ""} language={language} />}
      {integration.kind !== "sdk" && (
        <Field
          label="API"
          help={isCatalog ? "The service action the Task calls. Choosing another resets the API parameters to its typical fields." : "Choose a service action to call it instead: the Resource and the API parameters are set to its typical ones. Or edit the Resource below."}
        >
          {(control) => (
            <select {...control} className="field-input" value={isCatalog ? integration.integrationId : ""} onChange={(e) => edit((s) => setIntegrationAction(s, e.target.value, language))}>
              {!isCatalog && (
                <option value="" disabled>
                  Choose an action…
                </option>
              )}
              {SERVICES.map((service) => (
                <optgroup key={service} label={service}>
                  {OPTIMIZED_INTEGRATIONS.filter((i) => i.serviceName === service).map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.serviceName} {i.apiName}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      )}
      {integration.kind === "sdk" && (
        <>
          <Field label="AWS service" help="AWS SDK integrations call any API of the service.">
            {(control) => (
              <select {...control} className="field-input" value={integration.sdkService} onChange={(e) => edit((s) => setSdkService(s, e.target.value))}>
                {!SDK_SERVICES.some((s) => s.sdkId === integration.sdkService) && <option value={integration.sdkService}>{integration.sdkService}</option>}
                {SDK_SERVICES.map((s) => (
                  <option key={s.sdkId} value={s.sdkId}>
                    {s.name} ({s.sdkId})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SdkActionField pointer={pointer} action={integration.sdkAction ?? ""} />
        </>
      )}
      {type !== undefined && (
        <Field label="Integration type" help={integration.alternative ? "Optimized integrations shape requests and results for Step Functions; AWS SDK calls the API as is." : "This API has no other integration type."}>
          {(control) => (
            <select {...control} className="field-input" value={type} onChange={(e) => edit((s) => setIntegrationType(s, e.target.value as IntegrationType))}>
              <option value="optimized" disabled={type !== "optimized" && integration.alternative !== "optimized"}>
                Optimized
              </option>
              <option value="sdk" disabled={type !== "sdk" && integration.alternative !== "sdk"}>
                AWS SDK
              </option>
            </select>
          )}
        </Field>
      )}
      {type !== undefined && (
        <RadioGroup
          legend="Integration pattern"
          testId="integration-pattern"
          value={integration.pattern}
          options={offered.map((pattern) => ({
            value: pattern,
            label: PATTERN_LABELS[pattern],
            ...(integration.patterns.includes(pattern) ? {} : { hint: workflowType === "EXPRESS" ? "Not available in Express workflows" : "Not supported by this API" }),
          }))}
          onChange={(pattern) => edit((s) => setIntegrationPattern(s, pattern))}
        />
      )}
      {workflowType === "EXPRESS" && type !== undefined && <p className="field-help">Express workflows support request response only (change the type in Config mode).</p>}
      {integration.pattern === "waitForTaskToken" && <Note>Pass the task token to the worker, e.g. "TaskToken.$": "$$.Task.Token" in the API parameters; the task waits for SendTaskSuccess or SendTaskFailure.</Note>}
      <TextField
        pointer={appendPointer(pointer, "Resource")}
        whenEmpty="keep"
        mono
        label="Resource"
        help={type === undefined ? "An activity ARN, a Lambda function ARN, or arn:aws:states:::<service>:<action>." : "Written from the choices above; edit it to call something else."}
        exact
      />
    </>
  );
}
