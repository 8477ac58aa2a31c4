import type { Retrier } from "../types";

/**
 * The retrier Workflow Studio adds to every Lambda Invoke state (seed L12376-L12377), as its
 * generated ASL prints it (seed L13842-L13852, L14057-L14071).
 */
export function lambdaDefaultRetrier(): Retrier {
  return {
    ErrorEquals: ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
    IntervalSeconds: 2,
    MaxAttempts: 6,
    BackoffRate: 2,
  };
}
