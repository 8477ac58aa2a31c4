import { describe, expect, it } from "vitest";
import { getOptimizedIntegration } from "../../asl/catalog/optimizedIntegrations";
import {
  isSdkAction,
  readTaskIntegration,
  setIntegrationAction,
  setIntegrationPattern,
  setIntegrationType,
  setSdkAction,
  setSdkService,
} from "./taskIntegration";

const task = (Resource: string) => ({ Type: "Task", Resource, Next: "B" });

describe("readTaskIntegration", () => {
  it("offers the service's patterns for Standard and only request-response for Express", () => {
    const standard = readTaskIntegration("arn:aws:states:::glue:startJobRun", "STANDARD");
    expect(standard).toMatchObject({ kind: "optimized", integrationId: "glue:startJobRun", pattern: "request-response", patterns: ["request-response", "sync"], alternative: "sdk" });
    expect(readTaskIntegration("arn:aws:states:::glue:startJobRun.sync", "EXPRESS")).toMatchObject({ pattern: "sync", patterns: ["request-response"] });
    expect(readTaskIntegration("arn:aws:states:::dynamodb:getItem", "STANDARD").patterns).toEqual(["request-response"]);
    expect(readTaskIntegration("arn:aws:states:::states:startExecution", "STANDARD").patterns).toEqual(["request-response", "sync", "sync:2", "waitForTaskToken"]);
  });
  it("reads AWS SDK integrations with their service and action", () => {
    expect(readTaskIntegration("arn:aws:states:::aws-sdk:s3:listBuckets", "STANDARD")).toEqual({
      kind: "sdk", sdkService: "s3", sdkAction: "listBuckets", pattern: "request-response", patterns: ["request-response", "waitForTaskToken"],
    });
    expect(readTaskIntegration("arn:aws:states:::aws-sdk:s3:listBuckets", "EXPRESS").patterns).toEqual(["request-response"]);
    expect(readTaskIntegration("arn:aws:states:::aws-sdk:sfn:startExecution", "STANDARD").alternative).toBe("optimized");
  });
  it("offers no patterns for activities and function ARNs", () => {
    expect(readTaskIntegration("arn:aws:states:us-east-1:123456789012:activity:A", "STANDARD")).toEqual({ kind: "activity", pattern: "request-response", patterns: [] });
    expect(readTaskIntegration("arn:aws:lambda:us-east-1:123456789012:function:f", "STANDARD").kind).toBe("lambda-arn");
  });
});

describe("integration edits", () => {
  it("setIntegrationAction sets the Resource and pre-fills the typical Parameters", () => {
    const result = setIntegrationAction(task("arn:aws:states:::lambda:invoke"), "sqs:sendMessage");
    expect(result.Resource).toBe("arn:aws:states:::sqs:sendMessage");
    expect(result.Parameters).toEqual(getOptimizedIntegration("sqs:sendMessage")?.parameters);
    expect(Object.keys(result)).toEqual(["Type", "Resource", "Next", "Parameters"]);
  });
  it("keeps the pattern when the new action supports it, else falls back to request-response", () => {
    expect(setIntegrationAction(task("arn:aws:states:::glue:startJobRun.sync"), "batch:submitJob").Resource).toBe("arn:aws:states:::batch:submitJob.sync");
    expect(setIntegrationAction(task("arn:aws:states:::glue:startJobRun.sync"), "sns:publish").Resource).toBe("arn:aws:states:::sns:publish");
  });
  it("switches between optimized and AWS SDK", () => {
    const sdk = setIntegrationType(task("arn:aws:states:::states:startExecution.sync"), "sdk");
    expect(sdk.Resource).toBe("arn:aws:states:::aws-sdk:sfn:startExecution");
    expect(setIntegrationType(sdk, "optimized").Resource).toBe("arn:aws:states:::states:startExecution");
    expect(setIntegrationType(task("arn:aws:states:::lambda:invoke.waitForTaskToken"), "sdk").Resource).toBe("arn:aws:states:::aws-sdk:lambda:invoke.waitForTaskToken");
  });
  it("sets the pattern suffix, refusing what the service does not support", () => {
    const state = task("arn:aws:states:::glue:startJobRun");
    expect(setIntegrationPattern(state, "sync").Resource).toBe("arn:aws:states:::glue:startJobRun.sync");
    expect(setIntegrationPattern(setIntegrationPattern(state, "sync"), "request-response").Resource).toBe("arn:aws:states:::glue:startJobRun");
    expect(setIntegrationPattern(state, "waitForTaskToken")).toBe(state);
    expect(setIntegrationPattern(task("arn:aws:states:::aws-sdk:s3:listBuckets"), "waitForTaskToken").Resource).toBe("arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken");
  });
  it("sets the SDK service and action", () => {
    const state = task("arn:aws:states:::aws-sdk:s3:listBuckets");
    expect(setSdkService(state, "ec2").Resource).toBe("arn:aws:states:::aws-sdk:ec2:listBuckets");
    expect(setSdkService(state, "no-such-service")).toBe(state);
    expect(setSdkAction(state, "DescribeInstances").Resource).toBe("arn:aws:states:::aws-sdk:s3:describeInstances");
    expect(setSdkAction(state, "")).toBe(state);
    expect(isSdkAction("getObject")).toBe(true);
    expect(isSdkAction("get.Object")).toBe(false);
  });
});
