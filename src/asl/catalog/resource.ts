/** Building and reading Task `Resource` strings (service-integrations.md §1). */
import type { WorkflowType } from "../types";
import { getOptimizedIntegration } from "./optimizedIntegrations";
import { PATTERN_SUFFIX, type IntegrationPattern } from "./types";

export type ResourceKind = "optimized" | "sdk" | "activity" | "lambda-arn" | "http" | "unknown";

export interface ParsedResource {
  kind: ResourceKind;
  /** Service segment: "lambda", "sns" …; the SDK service id for "sdk"; "states" for an activity. */
  service: string;
  /** API action ("invoke", "sendMessage"); the activity or function name for those kinds. */
  action: string;
  pattern: IntegrationPattern;
  /** `service:action` of an optimized (or HTTP) integration the catalog knows. */
  integrationId?: string;
  /** Region and account of an activity or Lambda function ARN. */
  region?: string;
  account?: string;
}

const SERVICE_RESOURCE = /^arn:[^:]+:states:::([^:]+):(.+)$/;
const SDK_RESOURCE = /^arn:[^:]+:states:::aws-sdk:([^:]+):(.+)$/;
const ACTIVITY = /^arn:[^:]+:states:([^:]*):([^:]*):activity:(.+)$/;
const LAMBDA_FUNCTION = /^arn:[^:]+:lambda:([^:]*):([^:]*):function:(.+)$/;

function splitPattern(actionWithSuffix: string): { action: string; pattern: IntegrationPattern | undefined } {
  for (const pattern of ["sync:2", "sync", "waitForTaskToken"] as const) {
    const suffix = PATTERN_SUFFIX[pattern];
    if (actionWithSuffix.endsWith(suffix)) return { action: actionWithSuffix.slice(0, -suffix.length), pattern };
  }
  return actionWithSuffix.includes(".") ? { action: actionWithSuffix, pattern: undefined } : { action: actionWithSuffix, pattern: "request-response" };
}

/**
 * What a Task's Resource calls: an optimized integration (`arn:aws:states:::lambda:invoke.sync`),
 * an AWS SDK integration (`arn:aws:states:::aws-sdk:s3:listBuckets`), the HTTP Task, an activity
 * ARN or a Lambda function ARN, with the integration pattern its suffix selects. Any partition is
 * accepted. A `states:::` resource the catalog does not know, or with an unknown suffix, is
 * "unknown" (service and action still filled in when they can be read).
 */
export function parseResource(resource: string): ParsedResource {
  const sdk = SDK_RESOURCE.exec(resource);
  if (sdk) {
    const { action, pattern } = splitPattern(sdk[2] ?? "");
    const kind = pattern === "request-response" || pattern === "waitForTaskToken" ? "sdk" : "unknown";
    return { kind, service: sdk[1] ?? "", action, pattern: pattern ?? "request-response" };
  }
  const service = SERVICE_RESOURCE.exec(resource);
  if (service) {
    const { action, pattern } = splitPattern(service[2] ?? "");
    const integrationId = `${service[1]}:${action}`;
    const integration = getOptimizedIntegration(integrationId);
    const known = integration !== undefined && pattern !== undefined && integration.patterns.includes(pattern);
    const kind = !known ? "unknown" : integration.service === "http" ? "http" : "optimized";
    return { kind, service: service[1] ?? "", action, pattern: pattern ?? "request-response", ...(integration ? { integrationId } : {}) };
  }
  const activity = ACTIVITY.exec(resource);
  if (activity) return { kind: "activity", service: "states", action: activity[3] ?? "", pattern: "request-response", region: activity[1] ?? "", account: activity[2] ?? "" };
  const lambda = LAMBDA_FUNCTION.exec(resource);
  if (lambda) return { kind: "lambda-arn", service: "lambda", action: lambda[3] ?? "", pattern: "request-response", region: lambda[1] ?? "", account: lambda[2] ?? "" };
  return { kind: "unknown", service: "", action: "", pattern: "request-response" };
}

/**
 * The patterns a Task calling this integration may use: the integration's own list, narrowed to
 * request-response for Express workflows (seed L21638-L21642). Empty for an unknown id.
 */
export function patternsFor(integrationId: string, workflowType: WorkflowType = "STANDARD"): IntegrationPattern[] {
  const patterns = getOptimizedIntegration(integrationId)?.patterns ?? [];
  return workflowType === "EXPRESS" ? patterns.filter((p) => p === "request-response") : [...patterns];
}

/**
 * The Resource for an optimized integration and pattern, e.g. ("glue:startJobRun", "sync") →
 * `arn:aws:states:::glue:startJobRun.sync`; undefined when the integration is unknown or does not
 * support the pattern.
 */
export function resourceFor(integrationId: string, pattern: IntegrationPattern = "request-response"): string | undefined {
  const integration = getOptimizedIntegration(integrationId);
  if (!integration || !integration.patterns.includes(pattern)) return undefined;
  return `arn:aws:states:::${integration.id}${PATTERN_SUFFIX[pattern]}`;
}
