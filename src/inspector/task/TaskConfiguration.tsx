import { appendPointer, isJsonObject, parsePointer } from "../../asl/json";
import { MockEditor } from "../../simulator/MockEditor";
import { Section } from "../common/Section";
import { JsonField } from "../fields/JsonField";
import { useDocValue } from "../fields/useDocValue";
import { isLambdaInvoke } from "../model/ioFields";
import { CredentialsField } from "./CredentialsField";
import { IntegrationFields } from "./IntegrationFields";
import { LambdaFields } from "./LambdaFields";

/** A Task's Configuration tab: what it calls, with which parameters, as which role. */
export function TaskConfiguration({ pointer }: { pointer: string }) {
  const state = useDocValue(pointer);
  const lambda = isJsonObject(state) && isLambdaInvoke(state);
  return (
    <>
      <Section title="Service integration" testId="task-api">
        <IntegrationFields pointer={pointer} />
      </Section>
      <Section title="Parameters">
        {lambda && <LambdaFields pointer={pointer} />}
        <JsonField
          pointer={appendPointer(pointer, "Parameters")}
          removable
          label="API parameters"
          asl="Parameters"
          placeholder="{ }"
          help="The request sent to the API. Keys ending in .$ take a path into the input ($) or the context ($$), or an intrinsic function."
        />
      </Section>
      <Section title="Permissions">
        <CredentialsField pointer={pointer} />
      </Section>
      <Section title="Simulator mock" testId="task-mock">
        <MockEditor stateName={parsePointer(pointer).at(-1) ?? ""} />
      </Section>
    </>
  );
}
