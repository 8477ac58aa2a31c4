/**
 * A Task's Resource as the Configuration tab shows it (seed L11744-L11787): the API action, the
 * integration type (optimized or AWS SDK) and the integration pattern, offered only where the
 * service supports it and only request-response for Express workflows (seed L21638-L21760).
 */
import { AWS_SDK_PATTERNS, getAwsSdkService, sdkResourceFor } from "../../asl/catalog/awsSdkServices";
import { getOptimizedIntegration } from "../../asl/catalog/optimizedIntegrations";
import { parseResource, patternsFor, resourceFor, type ResourceKind } from "../../asl/catalog/resource";
import type { IntegrationPattern } from "../../asl/catalog/types";
import { deepClone, getOwn, isJsonObject, setOwn, type JsonObject, type JsonValue } from "../../asl/json";
import { pathToJsonata } from "../../asl/jsonata/convertToJsonata";
import type { WorkflowType } from "../../asl/types";
import type { QueryLanguageMode } from "../../asl/validate/model";
import { setKey } from "./objects";

export type IntegrationType = "optimized" | "sdk";

export const PATTERN_LABELS: Record<IntegrationPattern, string> = {
  "request-response": "Request response",
  sync: "Wait for task to complete (.sync)",
  "sync:2": "Wait for task to complete, JSON output (.sync:2)",
  waitForTaskToken: "Wait for callback (.waitForTaskToken)",
};

/** Optimized service segments whose AWS SDK id differs (seed L21852+: "sfn", "emr", …). */
const SDK_ID_OF_SERVICE: Readonly<Record<string, string>> = {
  states: "sfn",
  elasticmapreduce: "emr",
  events: "eventbridge",
  "emr-containers": "emrcontainers",
  "emr-serverless": "emrserverless",
  bedrock: "bedrockruntime",
};

export interface TaskIntegration {
  kind: ResourceKind;
  /** `service:action` of an optimized (or HTTP) integration. */
  integrationId?: string;
  /** For AWS SDK integrations: the SDK service id and the API action (camelCase). */
  sdkService?: string;
  sdkAction?: string;
  pattern: IntegrationPattern;
  /** The patterns the form offers: the integration's own, narrowed for Express workflows. */
  patterns: IntegrationPattern[];
  /** The integration type this action can also be called with, when there is one. */
  alternative?: IntegrationType;
}

function sdkIdFor(service: string): string | undefined {
  const id = SDK_ID_OF_SERVICE[service] ?? service;
  return getAwsSdkService(id) ? id : undefined;
}

function optimizedIdFor(sdkService: string, action: string): string | undefined {
  const service = Object.entries(SDK_ID_OF_SERVICE).find(([, id]) => id === sdkService)?.[0] ?? sdkService;
  const id = `${service}:${action}`;
  return getOptimizedIntegration(id) && id !== "http:invoke" ? id : undefined;
}

export function sdkPatternsFor(workflowType: WorkflowType): IntegrationPattern[] {
  return workflowType === "EXPRESS" ? AWS_SDK_PATTERNS.filter((p) => p === "request-response") : [...AWS_SDK_PATTERNS];
}

export function readTaskIntegration(resource: string, workflowType: WorkflowType): TaskIntegration {
  const parsed = parseResource(resource);
  if ((parsed.kind === "optimized" || parsed.kind === "http") && parsed.integrationId) {
    const integration = getOptimizedIntegration(parsed.integrationId);
    const canSdk = parsed.kind === "optimized" && integration !== undefined && sdkIdFor(integration.service) !== undefined;
    return { kind: parsed.kind, integrationId: parsed.integrationId, pattern: parsed.pattern, patterns: patternsFor(parsed.integrationId, workflowType), ...(canSdk ? { alternative: "sdk" as const } : {}) };
  }
  if (parsed.kind === "sdk") {
    const canOptimized = optimizedIdFor(parsed.service, parsed.action) !== undefined;
    return { kind: "sdk", sdkService: parsed.service, sdkAction: parsed.action, pattern: parsed.pattern, patterns: sdkPatternsFor(workflowType), ...(canOptimized ? { alternative: "optimized" as const } : {}) };
  }
  return { kind: parsed.kind, pattern: parsed.pattern, patterns: [] };
}

function resourceOf(state: JsonObject): string {
  const resource = getOwn(state, "Resource");
  return typeof resource === "string" ? resource : "";
}

/**
 * A payload template's JSONata twin: `key.$` paths become `key: "{% … %}"` (through the
 * converter's path translation); other values stay. Used for the typical parameters of an
 * integration in a JSONata Task, whose Arguments have no `.$` keys.
 */
export function templateAsArguments(template: JsonValue): JsonValue {
  if (Array.isArray(template)) return template.map(templateAsArguments);
  if (!isJsonObject(template)) return template;
  const out: JsonObject = {};
  for (const key of Object.keys(template)) {
    const value = getOwn(template, key) as JsonValue;
    if (key.endsWith(".$") && typeof value === "string") {
      const expression = pathToJsonata(value);
      setOwn(out, key.slice(0, -2), expression === undefined ? value : `{% ${expression} %}`);
    } else setOwn(out, key, templateAsArguments(value));
  }
  return out;
}

/**
 * Calls another optimized integration: a new Resource (keeping the pattern when the new action
 * supports it) and the integration's typical Parameters, as Workflow Studio pre-fills them (in a
 * JSONata state, as Arguments).
 */
export function setIntegrationAction(state: JsonObject, integrationId: string, language: QueryLanguageMode = "JSONPath"): JsonObject {
  const integration = getOptimizedIntegration(integrationId);
  if (!integration) return state;
  const current = parseResource(resourceOf(state)).pattern;
  const resource = resourceFor(integrationId, current) ?? resourceFor(integrationId);
  if (!resource) return state;
  const withResource = setKey(state, "Resource", resource);
  if (language === "JSONata") return setKey(withResource, "Arguments", templateAsArguments(deepClone(integration.parameters)));
  return setKey(withResource, "Parameters", deepClone(integration.parameters));
}

/** Switches between the optimized integration and the AWS SDK integration of the same API. */
export function setIntegrationType(state: JsonObject, type: IntegrationType): JsonObject {
  const parsed = parseResource(resourceOf(state));
  if (type === "sdk" && parsed.kind === "optimized" && parsed.integrationId) {
    const integration = getOptimizedIntegration(parsed.integrationId);
    const sdkId = integration && sdkIdFor(integration.service);
    if (!integration || !sdkId) return state;
    const pattern = AWS_SDK_PATTERNS.includes(parsed.pattern) ? parsed.pattern : "request-response";
    const resource = sdkResourceFor(sdkId, integration.action, pattern);
    return resource ? setKey(state, "Resource", resource) : state;
  }
  if (type === "optimized" && parsed.kind === "sdk") {
    const id = optimizedIdFor(parsed.service, parsed.action);
    const resource = id && (resourceFor(id, parsed.pattern) ?? resourceFor(id));
    return resource ? setKey(state, "Resource", resource) : state;
  }
  return state;
}

/** Sets the AWS SDK service of an SDK Task (keeping the action and pattern). */
export function setSdkService(state: JsonObject, sdkService: string): JsonObject {
  const parsed = parseResource(resourceOf(state));
  if (parsed.kind !== "sdk" || !getAwsSdkService(sdkService)) return state;
  const resource = sdkResourceFor(sdkService, parsed.action, parsed.pattern);
  return resource ? setKey(state, "Resource", resource) : state;
}

/**
 * Sets the AWS SDK API action, e.g. "listBuckets" (an initial capital is lowered, as the Resource
 * needs). An empty or dotted action changes nothing: the field keeps the draft and says why.
 */
export function setSdkAction(state: JsonObject, action: string): JsonObject {
  const parsed = parseResource(resourceOf(state));
  if (parsed.kind !== "sdk" || !isSdkAction(action)) return state;
  const resource = sdkResourceFor(parsed.service, action.trim(), parsed.pattern);
  return resource ? setKey(state, "Resource", resource) : state;
}

/** An API action name as the Resource can hold it: letters and digits, e.g. ListBuckets or listBuckets. */
export function isSdkAction(action: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(action.trim());
}

/** Sets the integration pattern (the Resource suffix); unsupported patterns change nothing. */
export function setIntegrationPattern(state: JsonObject, pattern: IntegrationPattern): JsonObject {
  const parsed = parseResource(resourceOf(state));
  let resource: string | undefined;
  if ((parsed.kind === "optimized" || parsed.kind === "http") && parsed.integrationId) resource = resourceFor(parsed.integrationId, pattern);
  else if (parsed.kind === "sdk") resource = sdkResourceFor(parsed.service, parsed.action, pattern);
  return resource ? setKey(state, "Resource", resource) : state;
}
