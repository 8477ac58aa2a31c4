import { describe, expect, it } from "vitest";
import { parseResource, patternsFor, resourceFor } from "./resource";

describe("resourceFor", () => {
  it("appends the pattern suffix (seed L29855-L29870)", () => {
    expect(resourceFor("lambda:invoke")).toBe("arn:aws:states:::lambda:invoke");
    expect(resourceFor("lambda:invoke", "waitForTaskToken")).toBe("arn:aws:states:::lambda:invoke.waitForTaskToken");
    expect(resourceFor("glue:startJobRun", "sync")).toBe("arn:aws:states:::glue:startJobRun.sync");
    expect(resourceFor("states:startExecution", "sync:2")).toBe("arn:aws:states:::states:startExecution.sync:2");
  });

  it("refuses patterns an integration does not support and unknown ids", () => {
    expect(resourceFor("lambda:invoke", "sync")).toBeUndefined();
    expect(resourceFor("dynamodb:getItem", "waitForTaskToken")).toBeUndefined();
    expect(resourceFor("eks:runJob", "waitForTaskToken")).toBeUndefined();
    expect(resourceFor("nope:nothing")).toBeUndefined();
  });
});

describe("patternsFor", () => {
  it("lists an integration's patterns; Express workflows get request-response only (seed L21638-L21642)", () => {
    expect(patternsFor("ecs:runTask")).toEqual(["request-response", "sync", "waitForTaskToken"]);
    expect(patternsFor("ecs:runTask", "EXPRESS")).toEqual(["request-response"]);
    expect(patternsFor("sns:publish")).toEqual(["request-response", "waitForTaskToken"]);
    expect(patternsFor("nope")).toEqual([]);
  });
});

describe("parseResource", () => {
  it("reads optimized integrations and their pattern", () => {
    expect(parseResource("arn:aws:states:::lambda:invoke")).toEqual({ kind: "optimized", service: "lambda", action: "invoke", pattern: "request-response", integrationId: "lambda:invoke" });
    expect(parseResource("arn:aws:states:::sqs:sendMessage.waitForTaskToken")).toMatchObject({ kind: "optimized", action: "sendMessage", pattern: "waitForTaskToken" });
    expect(parseResource("arn:aws:states:::states:startExecution.sync:2")).toMatchObject({ kind: "optimized", action: "startExecution", pattern: "sync:2" });
    expect(parseResource("arn:aws-cn:states:::batch:submitJob.sync")).toMatchObject({ kind: "optimized", service: "batch", pattern: "sync" });
  });

  it("reads the HTTP Task", () => {
    expect(parseResource("arn:aws:states:::http:invoke")).toMatchObject({ kind: "http", service: "http", action: "invoke", integrationId: "http:invoke" });
  });

  it("reads AWS SDK integrations (seed L21827-L21831)", () => {
    expect(parseResource("arn:aws:states:::aws-sdk:ec2:describeInstances")).toEqual({ kind: "sdk", service: "ec2", action: "describeInstances", pattern: "request-response" });
    expect(parseResource("arn:aws:states:::aws-sdk:sfn:startSyncExecution.waitForTaskToken")).toMatchObject({ kind: "sdk", service: "sfn", pattern: "waitForTaskToken" });
    expect(parseResource("arn:aws:states:::aws-sdk:s3:listBuckets.sync")).toMatchObject({ kind: "unknown", service: "s3" });
  });

  it("reads activity and Lambda function ARNs (seed L3325-L3350, L3562-L3568)", () => {
    expect(parseResource("arn:aws:states:us-east-1:123456789012:activity:HelloWorld")).toEqual({ kind: "activity", service: "states", action: "HelloWorld", pattern: "request-response", region: "us-east-1", account: "123456789012" });
    expect(parseResource("arn:aws:lambda:us-east-1:123456789012:function:HelloWorld:$LATEST")).toMatchObject({ kind: "lambda-arn", service: "lambda", action: "HelloWorld:$LATEST" });
  });

  it("flags unknown integrations, unsupported patterns and anything else as unknown", () => {
    expect(parseResource("arn:aws:states:::lambda:invoke.sync")).toMatchObject({ kind: "unknown", integrationId: "lambda:invoke", pattern: "sync" });
    expect(parseResource("arn:aws:states:::s3:getObject")).toMatchObject({ kind: "unknown", service: "s3", action: "getObject" });
    expect(parseResource("arn:aws:states:::lambda:invoke.later")).toMatchObject({ kind: "unknown" });
    expect(parseResource("")).toEqual({ kind: "unknown", service: "", action: "", pattern: "request-response" });
    expect(parseResource("<img src=x onerror=alert(1)>").kind).toBe("unknown");
  });
});
