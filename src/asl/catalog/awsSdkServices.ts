/**
 * The AWS SDK integrations the guide's table lists (seed L21852-L24806, 345 rows, from
 * ../shared/reference/aws-sdk-services.json): `arn:aws:states:::aws-sdk:<sdkId>:<apiAction>`.
 * For the inspector's service picker and Resource completion.
 */
import rows from "./awsSdkServices.json";
import { PATTERN_SUFFIX, type IntegrationPattern } from "./types";

export interface AwsSdkService {
  /** Display name, e.g. "Amazon S3". */
  name: string;
  /** Lower-case SDK id used in the Resource, e.g. "s3", "sfn", "cloudwatchlogs". */
  sdkId: string;
  /** Prefix of the service's error names: `<exceptionPrefix>.<ExceptionName>` (seed L21833-L21844). */
  exceptionPrefix: string;
  /** Some actions are unsupported (marked *** in the guide, listed at seed L24811-L24890). */
  partialSupport: boolean;
  /** AWS Mobile and Amazon Macie (v1) are deprecated (seed L24891-L24897). */
  deprecated?: boolean;
  seedLine: number;
}

export const AWS_SDK_SERVICES: readonly AwsSdkService[] = rows;

/** SDK integrations support request-response and callback, never .sync (seed L21700-L21708). */
export const AWS_SDK_PATTERNS: readonly IntegrationPattern[] = ["request-response", "waitForTaskToken"];

/** The first table row with this SDK id (the guide lists "ivs" twice: IVS and IVS Chat). */
export function getAwsSdkService(sdkId: string): AwsSdkService | undefined {
  return AWS_SDK_SERVICES.find((service) => service.sdkId === sdkId);
}

/**
 * `arn:aws:states:::aws-sdk:<sdkId>:<apiAction>` with the pattern's suffix. The action is the API
 * name with a lower-case first letter (`ListBuckets` → `listBuckets`, seed L21814-L21826).
 * Undefined for `.sync`, which SDK integrations do not support.
 */
export function sdkResourceFor(sdkId: string, apiAction: string, pattern: IntegrationPattern = "request-response"): string | undefined {
  if (!AWS_SDK_PATTERNS.includes(pattern)) return undefined;
  const action = apiAction.charAt(0).toLowerCase() + apiAction.slice(1);
  return `arn:aws:states:::aws-sdk:${sdkId}:${action}${PATTERN_SUFFIX[pattern]}`;
}
