import { appendPointer, isJsonObject, parsePointer } from "../../asl/json";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { MockEditor } from "../../simulator/MockEditor";
import { useStudio } from "../../store/StudioContext";
import { Section } from "../common/Section";
import { ExpressionField } from "../expression/ExpressionField";
import { JsonField } from "../fields/JsonField";
import { useDocValue } from "../fields/useDocValue";
import { isLambdaInvoke } from "../model/ioFields";
import { CredentialsField } from "./CredentialsField";
import { IntegrationFields } from "./IntegrationFields";
import { LambdaFields } from "./LambdaFields";

/** A Task's Configuration tab: what it calls, with which parameters (JSONata: arguments), as which role. */
export function TaskConfiguration({ pointer, language = "JSONPath" }: { pointer: string; language?: QueryLanguageMode }) {
  const state = useDocValue(pointer);
  const lambda = isJsonObject(state) && isLambdaInvoke(state);
  const jsonata = language === "JSONata";
  const simulator = useStudio((s) => s.features.simulator);
  return (
    <>
      <Section title="Service integration" testId="task-api">
        <IntegrationFields pointer={pointer} language={language} />
      </Section>
      {jsonata ? (
        <Section title="Arguments">
          <ExpressionField
            pointer={appendPointer(pointer, "Arguments")}
            removable
            label="API arguments"
            asl="Arguments"
            testId="arguments-editor"
            placeholder="{ }"
            help="The request sent to the API: JSON whose strings may be {% … %} expressions over $states.input and the variables, or one expression. Without Arguments, the state input is sent."
          />
        </Section>
      ) : (
        <Section title="Parameters">
          {lambda && <LambdaFields pointer={pointer} />}
          <JsonField
            pointer={appendPointer(pointer, "Parameters")}
            removable
            label="API parameters"
            asl="Parameters"
            placeholder="{ }"
            help="The request sent to the API. Keys ending in .$ take a path into the input ($), the context ($$) or a variable ($name), or an intrinsic function."
          />
        </Section>
      )}
      <Section title="Permissions">
        {jsonata ? (
          <ExpressionField
            pointer={appendPointer(pointer, "Credentials")}
            shape="object"
            removable
            minRows={1}
            label="Cross-account IAM role"
            asl="Credentials"
            placeholder='{ "RoleArn": "arn:aws:iam::123456789012:role/Name" }'
            help="Optional: the role Step Functions assumes to call the API in another account; RoleArn may be an expression."
          />
        ) : (
          <CredentialsField pointer={pointer} />
        )}
      </Section>
      {simulator && (
        <Section title="Simulator mock" testId="task-mock">
          <MockEditor stateName={parsePointer(pointer).at(-1) ?? ""} />
        </Section>
      )}
    </>
  );
}
