/**
 * What an unmocked Task returns: a result shaped like the real integration's response
 * (service-integrations.md §8). Fields the guide does not document are filler chosen so the
 * guide's sample paths resolve. Ids come from the run's seeded UUIDs, so runs replay.
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from "../json";
import type { ResourceInfo } from "./resources";

export interface DefaultResultContext {
  input: JsonValue;
  uuid: () => string;
  region: string;
  accountId: string;
  /** ISO time of the call on the virtual clock. */
  now: string;
}

function field(input: JsonValue, key: string): JsonValue | undefined {
  return isJsonObject(input) ? getOwn(input, key) : undefined;
}

const sdkMetadata = (ctx: DefaultResultContext): JsonObject => ({
  SdkHttpMetadata: { HttpHeaders: {}, HttpStatusCode: 200 },
  SdkResponseMetadata: { RequestId: ctx.uuid() },
});

/** The default result for a resource, or `{}` when the integration's response is unknown. */
export function defaultTaskResult(info: ResourceInfo, ctx: DefaultResultContext): JsonValue {
  const { input } = ctx;
  switch (info.kind) {
    case "lambdaFunction":
      // DECISION: an unmocked function passes its input through (the guide: the result is the function's output, seed L28248–L28262).
      return input;
    case "activity":
      return {};
    case "sdk":
      return {};
    case "unknown":
      return {};
    case "integration":
      break;
  }
  const uuid = ctx.uuid;
  switch (info.action) {
    case "lambda:invoke":
      return { ExecutedVersion: "$LATEST", Payload: field(input, "Payload") ?? {}, ...sdkMetadata(ctx), StatusCode: 200 };
    case "sns:publish":
      return { MessageId: uuid(), ...sdkMetadata(ctx) };
    case "sqs:sendMessage":
      return { MD5OfMessageBody: uuid().replace(/-/g, ""), MessageId: uuid(), ...sdkMetadata(ctx) };
    case "dynamodb:getItem":
      return { Item: {} };
    case "events:putEvents":
      return { Entries: [{ EventId: uuid() }], FailedEntryCount: 0 };
    case "apigateway:invoke":
    case "http:invoke":
      return { ResponseBody: {}, Headers: {}, StatusCode: 200, StatusText: "OK" };
    case "states:startExecution": {
      const name = field(input, "Name");
      const machine = field(input, "StateMachineArn");
      const executionArn = typeof machine === "string" ? machine.replace(":stateMachine:", ":execution:") + ":" + (typeof name === "string" ? name : uuid()) : `arn:aws:states:${ctx.region}:${ctx.accountId}:execution:child:${uuid()}`;
      const base: JsonObject = { ExecutionArn: executionArn, StartDate: ctx.now };
      if (info.pattern === "sync") return { ...base, Output: "{}", Status: "SUCCEEDED", StopDate: ctx.now };
      if (info.pattern === "sync2") return { ...base, Output: {}, Status: "SUCCEEDED", StopDate: ctx.now };
      return base;
    }
    case "athena:startQueryExecution":
      return { QueryExecution: { QueryExecutionId: uuid(), Status: { State: "SUCCEEDED" } } };
    case "athena:getQueryResults":
      return { ResultSet: { Rows: [] } };
    case "elasticmapreduce:createCluster":
      return { ClusterId: "j-" + uuid().slice(0, 13).replace(/-/g, "").toUpperCase() };
    case "elasticmapreduce:addStep":
      return { StepId: "s-" + uuid().slice(0, 13).replace(/-/g, "").toUpperCase() };
    case "emr-serverless:startApplication":
    case "emr-serverless:stopApplication":
    case "emr-serverless:deleteApplication":
      return { ApplicationId: uuid().slice(0, 16) };
    case "eks:createCluster":
      return { Cluster: { Endpoint: "https://example.eks.amazonaws.com", CertificateAuthority: { Data: "" } } };
    case "eks:runJob":
      return { status: {}, logs: { pods: {} } };
    case "eks:call":
      return { ResponseBody: {}, StatusCode: 200, StatusText: "OK" };
    case "codebuild:startBuild":
      return { Build: { Arn: `arn:aws:codebuild:${ctx.region}:${ctx.accountId}:build/project:${uuid()}`, ReportArns: [] } };
    case "codebuild:batchGetReports":
      return { Reports: [{ Status: "SUCCEEDED" }] };
    case "glue:startJobRun":
      return { JobName: field(input, "JobName") ?? "", JobRunId: "jr_" + uuid().replace(/-/g, "") };
    case "sagemaker:createTrainingJob":
      return { TrainingJobArn: `arn:aws:sagemaker:${ctx.region}:${ctx.accountId}:training-job/job`, ModelArtifacts: { S3ModelArtifacts: "s3://bucket/model.tar.gz" } };
    case "bedrock:invokeModel":
      return { Body: {}, ContentType: "application/json" };
    case "batch:submitJob":
      return { JobId: uuid(), JobName: field(input, "JobName") ?? "", JobArn: `arn:aws:batch:${ctx.region}:${ctx.accountId}:job/${uuid()}` };
    default: {
      const sagemaker = /^sagemaker:create(\w+)Job$/.exec(info.action);
      if (sagemaker) return { [`${sagemaker[1]}JobArn`]: `arn:aws:sagemaker:${ctx.region}:${ctx.accountId}:job/${uuid()}` };
      if (info.action.startsWith("dynamodb:")) return {};
      return {};
    }
  }
}
