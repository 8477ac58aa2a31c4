/** Reads a Task's Resource ARN (asl-semantics §9.1): its kind, the service/action split used in events, the integration pattern. */
export type ResourceKind = "integration" | "sdk" | "lambdaFunction" | "activity" | "unknown";
export type IntegrationPattern = "requestResponse" | "sync" | "sync2" | "waitForTaskToken";

export interface ResourceInfo {
  arn: string;
  kind: ResourceKind;
  /** Event `resourceType`: "lambda", "sqs", "aws-sdk:s3", … */
  resourceType: string;
  /** Event `resource`: "invoke", "sendMessage.waitForTaskToken", … */
  resource: string;
  /** `service:action` without the pattern suffix, e.g. "lambda:invoke", "aws-sdk:s3:listBuckets". */
  action: string;
  pattern: IntegrationPattern;
  region: string;
}

const cache = new Map<string, ResourceInfo>();

export function parseResource(arn: string, defaultRegion = "us-east-1"): ResourceInfo {
  const hit = cache.get(arn);
  if (hit) return hit;
  const info = parse(arn, defaultRegion);
  cache.set(arn, info);
  return info;
}

function parse(arn: string, defaultRegion: string): ResourceInfo {
  const parts = arn.split(":");
  const service = parts[2] ?? "";
  const region = parts[3] || defaultRegion;
  if (service === "lambda" && parts[5] === "function") {
    return { arn, kind: "lambdaFunction", resourceType: "lambda", resource: parts.slice(6).join(":"), action: "lambda:function", pattern: "requestResponse", region };
  }
  if (service === "states" && parts[5] === "activity") {
    return { arn, kind: "activity", resourceType: "activity", resource: parts.slice(6).join(":"), action: "activity", pattern: "waitForTaskToken", region };
  }
  if (service === "states" && parts[3] === "" && parts[4] === "") {
    const rest = parts.slice(5).join(":");
    let pattern: IntegrationPattern = "requestResponse";
    let base = rest;
    if (rest.endsWith(".waitForTaskToken")) {
      pattern = "waitForTaskToken";
      base = rest.slice(0, -".waitForTaskToken".length);
    } else if (rest.endsWith(".sync:2")) {
      pattern = "sync2";
      base = rest.slice(0, -".sync:2".length);
    } else if (rest.endsWith(".sync")) {
      pattern = "sync";
      base = rest.slice(0, -".sync".length);
    }
    const segments = rest.split(":");
    if (segments[0] === "aws-sdk") {
      return { arn, kind: "sdk", resourceType: `aws-sdk:${segments[1] ?? ""}`, resource: segments.slice(2).join(":"), action: base, pattern, region };
    }
    return { arn, kind: "integration", resourceType: segments[0] ?? "", resource: segments.slice(1).join(":"), action: base, pattern, region };
  }
  return { arn, kind: "unknown", resourceType: service, resource: parts.slice(5).join(":"), action: arn, pattern: "requestResponse", region };
}
