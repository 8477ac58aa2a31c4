import { getAwsSdkService } from "./awsSdkServices";
import { getOptimizedIntegration } from "./optimizedIntegrations";
import { parseResource } from "./resource";

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A short readable name for what a Task calls, for the canvas subtitle: "Lambda: Invoke",
 * "SQS: SendMessage", "Amazon S3: ListBuckets" (SDK), "Activity: HelloWorld",
 * "Lambda: MyFunction" (function ARN); the Resource itself when it cannot be read.
 */
export function taskSubtitle(resource: string): string {
  const parsed = parseResource(resource);
  const integration = parsed.integrationId ? getOptimizedIntegration(parsed.integrationId) : undefined;
  if (integration) return `${integration.shortName}: ${integration.apiName}`;
  switch (parsed.kind) {
    case "sdk":
      return `${getAwsSdkService(parsed.service)?.name ?? parsed.service}: ${capitalize(parsed.action)}`;
    case "activity":
      return `Activity: ${parsed.action}`;
    case "lambda-arn":
      return `Lambda: ${parsed.action.split(":")[0] ?? parsed.action}`;
    default:
      return resource;
  }
}
