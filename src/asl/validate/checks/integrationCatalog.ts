/**
 * Task Resources checked against the integrations the guide lists (asl-semantics.md §9.1,
 * service-integrations.md §3–§4), once checks/resourceArn.ts has read their shape:
 *
 * - Optimized integrations `arn:aws:states:::<service>:<action>[.<pattern>]`: the service and
 *   action must be one of the catalog's (src/asl/catalog/optimizedIntegrations.ts, built from the
 *   guide's service sections), and the pattern one the action supports. The guide's pattern
 *   table (seed L21644–L21708) is per service; each service section narrows it per API ("not
 *   all APIs support all integration patterns", e.g. Athena seed L25414, CodeBuild seed
 *   L25782), and the EKS section contradicts the table's callback tick (seed L27052). The
 *   catalog follows the sections, so it is the authority here. Unknown service, unknown action
 *   or unsupported pattern: an error, with "did you mean" when a name is close.
 * - AWS SDK integrations `arn:aws:states:::aws-sdk:<service>:<action>`: the service must be an
 *   SDK id of the guide's table (seed L21852–L24806). The table grows (it has a "supported
 *   since" column, seed L21855, and the guide says newer services come later, seed
 *   L21788–L21789), so an id it lacks is a warning, not an error. `.sync` on an SDK integration
 *   is refused while reading the shape (checks/resourceArn.ts).
 *
 * Parts holding a `${…}` substitution are not checked: they are filled in at deploy time.
 */
import { AWS_SDK_SERVICES } from "../../catalog/awsSdkServices";
import { OPTIMIZED_INTEGRATIONS, type OptimizedIntegration } from "../../catalog/optimizedIntegrations";
import { PATTERN_SUFFIX, type IntegrationPattern } from "../../catalog/types";
import { quote } from "../context";
import { closest } from "../suggest";
import type { Problem } from "./problems";
import { isSubstitutedPart, type ResourceInfo } from "./resourceArn";

export type IntegrationProblemCode = "UNKNOWN_INTEGRATION" | "UNSUPPORTED_INTEGRATION_PATTERN" | "UNKNOWN_SDK_SERVICE";

export interface IntegrationProblem extends Problem {
  code: IntegrationProblemCode;
}

const RR: IntegrationPattern = "request-response";
const SYNC: IntegrationPattern = "sync";
const CALLBACK: IntegrationPattern = "waitForTaskToken";

/** Each service's row in the guide's pattern table for Standard workflows (seed L21644–L21708). */
const TABLE_ROW: Record<string, { line: number; patterns: readonly IntegrationPattern[] }> = {
  apigateway: { line: 21655, patterns: [RR, CALLBACK] },
  athena: { line: 21657, patterns: [RR, SYNC] },
  batch: { line: 21659, patterns: [RR, SYNC] },
  bedrock: { line: 21661, patterns: [RR, SYNC, CALLBACK] },
  codebuild: { line: 21663, patterns: [RR, SYNC] },
  dynamodb: { line: 21667, patterns: [RR] },
  ecs: { line: 21677, patterns: [RR, SYNC, CALLBACK] },
  eks: { line: 21679, patterns: [RR, SYNC, CALLBACK] },
  elasticmapreduce: { line: 21681, patterns: [RR, SYNC] },
  "emr-containers": { line: 21683, patterns: [RR, SYNC] },
  "emr-serverless": { line: 21685, patterns: [RR, SYNC] },
  events: { line: 21687, patterns: [RR, CALLBACK] },
  glue: { line: 21689, patterns: [RR, SYNC] },
  databrew: { line: 21691, patterns: [RR, SYNC] },
  lambda: { line: 21693, patterns: [RR, CALLBACK] },
  sagemaker: { line: 21695, patterns: [RR, SYNC] },
  sns: { line: 21697, patterns: [RR, CALLBACK] },
  sqs: { line: 21699, patterns: [RR, CALLBACK] },
  states: { line: 21701, patterns: [RR, SYNC, "sync:2", CALLBACK] },
};

/** Optimized actions by service, in catalog order. */
const BY_SERVICE = new Map<string, OptimizedIntegration[]>();
for (const integration of OPTIMIZED_INTEGRATIONS) {
  const list = BY_SERVICE.get(integration.service);
  if (list) list.push(integration);
  else BY_SERVICE.set(integration.service, [integration]);
}
const SERVICES = [...BY_SERVICE.keys()];
const SDK_IDS = new Set(AWS_SDK_SERVICES.map((service) => service.sdkId));

const PATTERN_WORDS: Record<IntegrationPattern, string> = {
  "request-response": "request-response (no suffix)",
  sync: ".sync",
  "sync:2": ".sync:2",
  waitForTaskToken: ".waitForTaskToken",
};

const resourceOf = (partition: string, integration: OptimizedIntegration, pattern: IntegrationPattern) => `arn:${partition}:states:::${integration.id}${PATTERN_SUFFIX[pattern]}`;

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] as string}`;
}

/**
 * Where the guide says the pattern is not supported: the table row when it has no tick for it,
 * and the service section, which lists the patterns of each API. The EKS section refuses
 * callbacks although the table ticks them (seed L27052); .sync:2 exists for Step Functions only
 * (seed L29088–L29112).
 */
function cites(integration: OptimizedIntegration, pattern: IntegrationPattern): string {
  const lines: string[] = [];
  const row = TABLE_ROW[integration.service];
  if (row && !row.patterns.includes(pattern)) lines.push(`L${row.line}`);
  lines.push(`L${integration.seedLine}`);
  if (integration.service === "eks" && pattern === CALLBACK) lines.push("L27052");
  if (pattern === "sync:2" && integration.service !== "states") lines.push("L29088–L29112");
  return `seed ${lines.join(", ")}`;
}

/** The SDK form of the same call, when the service has an SDK id: the usual way to reach other APIs. */
function sdkHint(partition: string, service: string, action: string): string {
  return SDK_IDS.has(service) ? ` Other ${service} API actions are called through the AWS SDK integration: arn:${partition}:states:::aws-sdk:${service}:${action} (seed L21827).` : "";
}

function optimizedProblem(partition: string, service: string, action: string, pattern: IntegrationPattern): IntegrationProblem | undefined {
  const actions = BY_SERVICE.get(service);
  if (!actions) {
    const suggestion = closest(service, SERVICES);
    const hint = suggestion ? ` Did you mean ${quote(`arn:${partition}:states:::${suggestion}:${action}${PATTERN_SUFFIX[pattern]}`)}?` : "";
    const s3 = service === "s3" ? " The s3 resources work only in a distributed Map's ItemReader and ResultWriter (seed L6670–L6673, L5420–L5431)." : "";
    const sdk = SDK_IDS.has(service) ? ` To call ${service} from a Task, use the AWS SDK integration: arn:${partition}:states:::aws-sdk:${service}:${action} (seed L21827).` : " For other AWS APIs use an AWS SDK integration, arn:aws:states:::aws-sdk:<service>:<action> (seed L21827).";
    return {
      code: "UNKNOWN_INTEGRATION",
      text: `names ${quote(service)}, which has no optimized integration; the services are ${listWords(SERVICES)} (seed L21644–L21708).${hint}${s3}${hint ? "" : sdk}`,
    };
  }
  const integration = actions.find((candidate) => candidate.action === action);
  if (!integration) {
    const suggestion = closest(action, actions.map((candidate) => candidate.action));
    const suggested = suggestion === undefined ? undefined : actions.find((candidate) => candidate.action === suggestion);
    const withPattern = suggested && (suggested.patterns.includes(pattern) ? pattern : "request-response");
    const hint = suggested && withPattern ? ` Did you mean ${quote(resourceOf(partition, suggested, withPattern))}?` : "";
    const first = actions[0] as OptimizedIntegration;
    return {
      code: "UNKNOWN_INTEGRATION",
      text: `names the action ${quote(action)}, which the ${first.serviceName} optimized integration does not have; it has ${listWords(actions.map((a) => a.action))} (seed L${first.seedLine}).${hint}${hint ? "" : sdkHint(partition, service, action)}`,
    };
  }
  if (integration.patterns.includes(pattern)) return undefined;
  const supported = integration.patterns.map((p) => PATTERN_WORDS[p]);
  const alternatives = integration.patterns.map((p) => quote(resourceOf(partition, integration, p)));
  return {
    code: "UNSUPPORTED_INTEGRATION_PATTERN",
    text: `uses ${PATTERN_WORDS[pattern]}, which ${integration.serviceName} ${integration.apiName} does not support: it supports ${listWords(supported)} only (${cites(integration, pattern)}). Use ${alternatives.join(" or ")}.`,
  };
}

function sdkProblem(partition: string, service: string, action: string, pattern: IntegrationPattern): IntegrationProblem | undefined {
  if (SDK_IDS.has(service)) return undefined;
  const suggestion = closest(service, SDK_IDS);
  const hint = suggestion ? ` Did you mean ${quote(`arn:${partition}:states:::aws-sdk:${suggestion}:${action}${PATTERN_SUFFIX[pattern]}`)}?` : "";
  return {
    code: "UNKNOWN_SDK_SERVICE",
    text: `names the SDK service ${quote(service)}, which is not in the guide's table of AWS SDK integrations (seed L21852–L24806); AWS rejects a service it does not integrate. Service ids are lower case, as in the table (s3, sfn, dynamodb).${hint}`,
  };
}

const cache = new Map<string, IntegrationProblem | null>();

/** What is wrong with the integration a well-formed Resource names, if anything. Memoised per text. */
export function integrationProblem(resource: string, info: Extract<ResourceInfo, { ok: true }>): IntegrationProblem | undefined {
  if ((info.kind !== "integration" && info.kind !== "sdk") || info.service === undefined || info.action === undefined) return undefined;
  if (isSubstitutedPart(info.service) || isSubstitutedPart(info.action)) return undefined;
  let found = cache.get(resource);
  if (found === undefined) {
    if (cache.size > 10_000) cache.clear();
    const partition = info.partition !== undefined && !isSubstitutedPart(info.partition) ? info.partition : "aws";
    found = (info.kind === "sdk" ? sdkProblem(partition, info.service, info.action, info.pattern) : optimizedProblem(partition, info.service, info.action, info.pattern)) ?? null;
    cache.set(resource, found);
  }
  return found ?? undefined;
}
