/**
 * The Patterns tab: ready-made building blocks of several states (seed L11437-L11438). The guide
 * names only one (processing the objects of an S3 bucket); the others are common shapes the guide
 * documents piece by piece, cited per pattern.
 */
import type { StateFragment } from "../edit/types";
import type { MapState, State, TaskState } from "../types";
import { createTask } from "./actionItems";
import { getOptimizedIntegration } from "./optimizedIntegrations";
import type { CatalogItem } from "./types";

function task(integrationId: string, extra: Partial<TaskState> = {}): TaskState {
  const integration = getOptimizedIntegration(integrationId);
  const base: TaskState = integration ? createTask(integration) : { Type: "Task", Resource: `arn:aws:states:::${integrationId}` };
  return { ...base, ...extra };
}

function lambda(name: string, payload: Record<string, string>, extra: Partial<TaskState> = {}): TaskState {
  const invoke = task("lambda:invoke");
  return { ...invoke, Parameters: { FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:${name}`, ...payload }, ...extra };
}

function pattern(name: string, label: string, seedLine: number, description: string, keywords: string[], create: () => StateFragment, standardOnly = false): CatalogItem {
  const item: CatalogItem = { id: `pattern:${name}`, tab: "patterns", label, group: "Patterns", description, keywords, seedLine, create };
  return standardOnly ? { ...item, standardOnly } : item;
}

/** Task with the Lambda retrier for transient errors and a catcher that sends any other error to a handler (seed L10949-L10990). */
function retryWithCatch(): StateFragment {
  const states: Record<string, State> = {
    "Call service": lambda("MyFunction", { "Payload.$": "$" }, {
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Handle error" }],
    }),
    "Handle error": { Type: "Pass", Comment: "Runs when the task fails after its retries; the error is in $.error." },
  };
  return { states, startAt: "Call service", exits: ["Call service", "Handle error"] };
}

/** SQS message carrying the task token, waiting for SendTaskSuccess/Failure, with a heartbeat (seed L30105-L30119). */
function callback(): StateFragment {
  const wait = task("sqs:sendMessage", {
    Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
    HeartbeatSeconds: 600,
    ResultPath: "$.callback",
  });
  return { states: { "Wait for callback": wait }, startAt: "Wait for callback", exits: ["Wait for callback"] };
}

/** Start a job, then wait and check its status until it succeeds or fails (job-poller shape, seed L4114-L4375 Choice, L4376 Wait). */
function pollUntilDone(): StateFragment {
  const states: Record<string, State> = {
    "Start job": lambda("StartJob", { "Payload.$": "$" }, { ResultSelector: { "jobId.$": "$.Payload.jobId" }, ResultPath: "$.job", Next: "Wait for job" }),
    "Wait for job": { Type: "Wait", Seconds: 10, Next: "Get job status" },
    "Get job status": lambda("GetJobStatus", { "jobId.$": "$.job.jobId" }, {
      ResultSelector: { "jobId.$": "$.Payload.jobId", "status.$": "$.Payload.status" },
      ResultPath: "$.job",
      Next: "Job complete?",
    }),
    "Job complete?": {
      Type: "Choice",
      Choices: [
        { Variable: "$.job.status", StringEquals: "SUCCEEDED", Next: "Job succeeded" },
        { Variable: "$.job.status", StringEquals: "FAILED", Next: "Job failed" },
      ],
      Default: "Wait for job",
    },
    "Job failed": { Type: "Fail", Error: "JobFailed", Cause: "The job reported status FAILED." },
    "Job succeeded": { Type: "Pass" },
  };
  return { states, startAt: "Start job", exits: ["Job succeeded"] };
}

function mapOf(processor: MapState["ItemProcessor"], fields: Partial<MapState>): MapState {
  return { Type: "Map", ...fields, ...(processor ? { ItemProcessor: processor } : {}) };
}

/** Inline Map over `$.items`, one Lambda invocation per item (seed L4864-L4994). */
function fanOutMap(): StateFragment {
  const processor = {
    ProcessorConfig: { Mode: "INLINE" as const },
    StartAt: "Process item",
    States: { "Process item": lambda("ProcessItem", { "Payload.$": "$" }, { End: true }) },
  };
  return { states: { "Fan out": mapOf(processor, { ItemsPath: "$.items", MaxConcurrency: 10 }) }, startAt: "Fan out", exits: ["Fan out"] };
}

/** Distributed Map reading the objects under an S3 prefix, one child workflow per object (seed L6765-L6777, L13825-L13860). */
function processS3Objects(): StateFragment {
  const processor = {
    ProcessorConfig: { Mode: "DISTRIBUTED" as const, ExecutionType: "STANDARD" as const },
    StartAt: "Process object",
    States: { "Process object": lambda("ProcessObject", { "Payload.$": "$" }, { End: true }) },
  };
  const map = mapOf(processor, {
    ItemReader: { Resource: "arn:aws:states:::s3:listObjectsV2", Parameters: { Bucket: "amzn-s3-demo-bucket", Prefix: "processData" } },
    MaxConcurrency: 1000,
    Label: "ProcessS3Objects",
  });
  return { states: { "Process S3 objects": map }, startAt: "Process S3 objects", exits: ["Process S3 objects"] };
}

export const PATTERN_ITEMS: readonly CatalogItem[] = [
  pattern("retry-with-catch", "Retry with catch", 10949, "A Lambda task that retries transient errors and sends any remaining error to a handler state.", ["error handling", "retry", "catch", "fallback", "try"], retryWithCatch),
  pattern("callback", "Wait for callback", 29965, "Sends an SQS message with a task token and pauses until an external worker calls SendTaskSuccess or SendTaskFailure.", ["waitForTaskToken", "task token", "human approval", "sqs", "heartbeat"], callback, true),
  pattern("poll-until-done", "Poll until done", 4376, "Starts a job, then waits and checks its status in a loop until it succeeds or fails.", ["job poller", "loop", "status", "wait", "choice", "polling"], pollUntilDone),
  pattern("fan-out-map", "Fan out with Map", 4864, "Runs a Lambda function for every item of $.items, up to 10 at a time, and collects the results.", ["map", "parallel", "foreach", "scatter gather", "iterate"], fanOutMap),
  pattern("process-s3-objects", "Process S3 objects", 11437, "A distributed Map that runs a child workflow for each object under an Amazon S3 prefix.", ["distributed map", "s3", "bucket", "itemreader", "large scale", "batch"], processS3Objects, true),
];
