/** The Actions tab: one Task item per optimized integration. */
import { deepClone } from "../json";
import type { TaskState } from "../types";
import { singleStateFragment } from "./fragment";
import { lambdaDefaultRetrier } from "./lambdaRetrier";
import { OPTIMIZED_INTEGRATIONS, type OptimizedIntegration } from "./optimizedIntegrations";
import type { CatalogItem } from "./types";

/**
 * A request-response Task for the integration with its default Parameters. Lambda Invoke also
 * gets Workflow Studio's default retrier; unlike Workflow Studio (seed L12151-L12153) it gets no
 * `OutputPath: "$.Payload"`, so the whole result (Payload plus metadata) reaches ResultPath.
 */
export function createTask(integration: OptimizedIntegration): TaskState {
  const task: TaskState = {
    Type: "Task",
    Resource: `arn:aws:states:::${integration.id}`,
    Parameters: deepClone(integration.parameters),
  };
  if (integration.id === "lambda:invoke") task.Retry = [lambdaDefaultRetrier()];
  return task;
}

/** Default state name, as Workflow Studio names a dropped action: "Lambda Invoke", "Glue StartJobRun" (seed L13846, L28070). */
export function defaultStateName(integration: OptimizedIntegration): string {
  return `${integration.shortName} ${integration.apiName}`;
}

export const ACTION_ITEMS: readonly CatalogItem[] = OPTIMIZED_INTEGRATIONS.map((integration) => ({
  id: integration.id,
  tab: "actions",
  label: `${integration.serviceName} ${integration.apiName}`,
  group: integration.serviceName,
  service: integration.service,
  description: integration.description,
  keywords: [integration.shortName, integration.service, integration.action, ...integration.keywords, ...integration.patterns],
  seedLine: integration.seedLine,
  create: () => singleStateFragment(defaultStateName(integration), createTask(integration)),
}));
