import { describe, expect, it } from "vitest";
import { classifyResource } from "./resourceArn";

describe("classifyResource (seed L3315–L3420)", () => {
  it("reads kind, service, action and pattern", () => {
    expect(classifyResource("arn:aws:states:::states:startExecution.sync:2")).toMatchObject({ ok: true, kind: "integration", service: "states", action: "startExecution", pattern: "sync:2" });
    expect(classifyResource("arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken")).toMatchObject({ ok: true, kind: "sdk", service: "s3", action: "listBuckets", pattern: "waitForTaskToken" });
    expect(classifyResource("arn:aws:states:us-east-1:123456789012:activity:get-greeting")).toMatchObject({ ok: true, kind: "activity" });
    expect(classifyResource("arn:aws:lambda:us-east-2:123456789012:function:HelloFunction:prod")).toMatchObject({ ok: true, kind: "lambda" });
  });

  it("treats ${…} as a stand-in for any part", () => {
    expect(classifyResource("${lambdaArn}")).toMatchObject({ ok: true, kind: "substituted", substituted: true });
    expect(classifyResource("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:F")).toMatchObject({ ok: true, kind: "lambda", substituted: true });
  });

  it("explains what is wrong", () => {
    expect(classifyResource("arn:aws:states:::lambda:invoke:1")).toMatchObject({ ok: false });
    expect(classifyResource("arn:aws:states:us-east-1:123456789012:function:F")).toMatchObject({ ok: false });
    expect(classifyResource("arn:aws:lambda:us-east-1:123456789012:layer:F")).toMatchObject({ ok: false });
    expect(classifyResource("arn:aws:lambda:useast:123456789012:function:F")).toMatchObject({ ok: false });
    expect(classifyResource("")).toMatchObject({ ok: false });
  });
});
