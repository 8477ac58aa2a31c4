/**
 * Task Resource ARNs for completion and hover, from the integration catalog
 * (src/asl/catalog): every optimized integration with each pattern it supports, an
 * `arn:aws:states:::aws-sdk:<service>:` starter per SDK service, activity and Lambda-function
 * templates, and the S3 resources of a distributed Map's ItemReader and ResultWriter
 * (asl-semantics.md §9.1, §2.9.3, §2.9.9).
 */
import { AWS_SDK_PATTERNS, AWS_SDK_SERVICES, getAwsSdkService } from "../../asl/catalog/awsSdkServices";
import { getOptimizedIntegration, OPTIMIZED_INTEGRATIONS, type OptimizedIntegration } from "../../asl/catalog/optimizedIntegrations";
import { parseResource } from "../../asl/catalog/resource";
import { PATTERN_SUFFIX, type IntegrationPattern } from "../../asl/catalog/types";
import type { WorkflowType } from "../../asl/types";

export interface ResourceEntry {
  /** The ARN, or for templates a snippet (insertTextIsSnippet). */
  insertText: string;
  label: string;
  detail: string;
  documentation: string;
  isSnippet: boolean;
  sortText: string;
}

export const PATTERN_NAMES: Record<IntegrationPattern, string> = {
  "request-response": "Request Response",
  sync: "Run a Job (.sync)",
  "sync:2": "Run a Job (.sync:2, JSON output)",
  waitForTaskToken: "Wait for Callback (.waitForTaskToken)",
};

const PATTERN_TEXT: Record<IntegrationPattern, string> = {
  "request-response": "calls the API and moves on as soon as it answers, without waiting for the job to finish",
  sync: "starts the job and waits for it to finish",
  "sync:2": "starts the execution and waits for it; its Output is parsed JSON instead of a string",
  waitForTaskToken: "pauses until SendTaskSuccess or SendTaskFailure returns the task token (pass it with \"TaskToken.$\": \"$$.Task.Token\")",
};

function patternList(patterns: readonly IntegrationPattern[]): string {
  return patterns.map((p) => (p === "request-response" ? "request-response (no suffix)" : PATTERN_SUFFIX[p])).join(", ");
}

function integrationDoc(integration: OptimizedIntegration, pattern: IntegrationPattern): string {
  return [
    `**${integration.serviceName} ${integration.apiName}** · ${PATTERN_NAMES[pattern]}`,
    "",
    integration.description,
    "",
    `This pattern ${PATTERN_TEXT[pattern]}. Supported patterns: ${patternList(integration.patterns)}.`,
    "",
    `*Developer guide seed L${integration.seedLine}; patterns seed L21644–L21708, asl-semantics.md §9*`,
  ].join("\n");
}

function patternAllowed(pattern: IntegrationPattern, workflowType: WorkflowType): boolean {
  return workflowType === "STANDARD" || pattern === "request-response";
}

function buildTaskEntries(workflowType: WorkflowType): ResourceEntry[] {
  const entries: ResourceEntry[] = [];
  OPTIMIZED_INTEGRATIONS.forEach((integration, index) => {
    integration.patterns.forEach((pattern, patternIndex) => {
      if (!patternAllowed(pattern, workflowType)) return;
      entries.push({
        insertText: `arn:aws:states:::${integration.id}${PATTERN_SUFFIX[pattern]}`,
        label: `arn:aws:states:::${integration.id}${PATTERN_SUFFIX[pattern]}`,
        detail: `${integration.serviceName} ${integration.apiName} · ${PATTERN_NAMES[pattern]}`,
        documentation: integrationDoc(integration, pattern),
        isSnippet: false,
        sortText: `1${String(index).padStart(3, "0")}${patternIndex}`,
      });
    });
  });
  AWS_SDK_SERVICES.forEach((service, index) => {
    if (service.deprecated) return;
    entries.push({
      insertText: `arn:aws:states:::aws-sdk:${service.sdkId}:`,
      label: `arn:aws:states:::aws-sdk:${service.sdkId}:`,
      detail: `${service.name} · AWS SDK integration`,
      documentation: sdkDoc(service.sdkId),
      isSnippet: false,
      sortText: `2${String(index).padStart(3, "0")}`,
    });
  });
  entries.push({
    insertText: "arn:aws:lambda:${1:us-east-1}:${2:123456789012}:function:${3:functionName}",
    label: "arn:aws:lambda:<region>:<account>:function:<name>",
    detail: "Lambda function ARN (legacy direct invoke)",
    documentation: "Invokes the function directly; the result is only the function's output and .waitForTaskToken is not allowed. Prefer arn:aws:states:::lambda:invoke.\n\n*Developer guide seed L28248–L28262, asl-semantics.md §9.1*",
    isSnippet: true,
    sortText: "3000",
  });
  if (workflowType === "STANDARD") {
    entries.push({
      insertText: "arn:aws:states:${1:us-east-1}:${2:123456789012}:activity:${3:activityName}",
      label: "arn:aws:states:<region>:<account>:activity:<name>",
      detail: "Activity (Standard workflows only)",
      documentation: "A worker you host polls for tasks with GetActivityTask and answers with SendTaskSuccess or SendTaskFailure. The activity must be created first.\n\n*Developer guide seed L3361–L3371, asl-semantics.md §9.1*",
      isSnippet: true,
      sortText: "3001",
    });
  }
  return entries;
}

const taskEntryCache = new Map<WorkflowType, ResourceEntry[]>();

export function taskResourceEntries(workflowType: WorkflowType = "STANDARD"): readonly ResourceEntry[] {
  let entries = taskEntryCache.get(workflowType);
  if (!entries) {
    entries = buildTaskEntries(workflowType);
    taskEntryCache.set(workflowType, entries);
  }
  return entries;
}

const S3_RESOURCES: Record<"ItemReader" | "ResultWriter", readonly { arn: string; text: string }[]> = {
  ItemReader: [
    { arn: "arn:aws:states:::s3:getObject", text: "Reads one S3 object: a JSON array, a CSV or JSONL file, or an S3 inventory manifest (set ReaderConfig.InputType)." },
    { arn: "arn:aws:states:::s3:listObjectsV2", text: "Lists the objects under a prefix; each item is { Etag, Key, LastModified, Size, StorageClass }." },
  ],
  ResultWriter: [{ arn: "arn:aws:states:::s3:putObject", text: "Writes the child execution results to S3 under Parameters.Prefix, with a manifest.json." }],
};

export function s3ResourceEntries(place: "ItemReader" | "ResultWriter"): ResourceEntry[] {
  return S3_RESOURCES[place].map((resource, index) => ({
    insertText: resource.arn,
    label: resource.arn,
    detail: `${place} · Amazon S3`,
    documentation: `${resource.text}\n\n*Developer guide seed ${place === "ItemReader" ? "L6670–L6773" : "L5420–L5431"}, asl-semantics.md §2.9*`,
    isSnippet: false,
    sortText: `1${index}`,
  }));
}

function sdkDoc(sdkId: string): string {
  const service = getAwsSdkService(sdkId);
  const name = service?.name ?? sdkId;
  const prefix = service?.exceptionPrefix ?? sdkId;
  return [
    `**${name}** · AWS SDK integration`,
    "",
    `Calls any ${name} API: append the action in camelCase, e.g. \`arn:aws:states:::aws-sdk:${sdkId}:describeSomething\`. Parameters are the API's request fields in PascalCase.`,
    "",
    `Patterns: ${patternList(AWS_SDK_PATTERNS)} (never .sync). Errors are named \`${prefix}.<ExceptionName>\`.${service?.partialSupport ? " Some of this service's actions are not supported." : ""}`,
    "",
    `*Developer guide seed L${service?.seedLine ?? 21852}, L21814–L21840, asl-semantics.md §9.1*`,
  ].join("\n");
}

/** Markdown describing what a Resource ARN calls, or undefined when it is not an ARN we can read. */
export function resourceHover(arn: string): string | undefined {
  for (const place of ["ItemReader", "ResultWriter"] as const) {
    const s3 = S3_RESOURCES[place].find((r) => r.arn === arn);
    if (s3) return `**Amazon S3** · ${place}\n\n${s3.text}\n\n*asl-semantics.md §2.9*`;
  }
  const parsed = parseResource(arn);
  switch (parsed.kind) {
    case "optimized":
    case "http": {
      const integration = parsed.integrationId ? getOptimizedIntegration(parsed.integrationId) : undefined;
      return integration ? integrationDoc(integration, parsed.pattern) : undefined;
    }
    case "sdk":
      return `${sdkDoc(parsed.service)}\n\nAction: \`${parsed.action}\` · ${PATTERN_NAMES[parsed.pattern]}`;
    case "activity":
      return `**Activity** \`${parsed.action}\` (Region ${parsed.region || "?"}, account ${parsed.account || "?"})\n\nA worker polls for this task with GetActivityTask and answers with SendTaskSuccess or SendTaskFailure. Standard workflows only.\n\n*Developer guide seed L3361–L3371, asl-semantics.md §9.1*`;
    case "lambda-arn":
      return `**Lambda function** \`${parsed.action}\` (Region ${parsed.region || "?"}, account ${parsed.account || "?"})\n\nDirect invoke: the result is only the function output and .waitForTaskToken is not allowed. Prefer arn:aws:states:::lambda:invoke.\n\n*Developer guide seed L28248–L28262, asl-semantics.md §9.1*`;
    default: {
      if (parsed.integrationId) {
        const integration = getOptimizedIntegration(parsed.integrationId);
        if (integration) return `${integrationDoc(integration, "request-response")}\n\n⚠ This pattern suffix is not supported by ${integration.serviceName} ${integration.apiName}.`;
      }
      return undefined;
    }
  }
}
