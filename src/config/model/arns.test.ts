import { describe, expect, it } from "vitest";
import { checkLogGroupArn, checkRoleArn } from "./arns";

describe("checkRoleArn", () => {
  it("accepts role ARNs (with paths) and the empty field", () => {
    expect(checkRoleArn("")).toBeUndefined();
    expect(checkRoleArn("arn:aws:iam::123456789012:role/service-role/StepFunctions-WorkflowStudio-role-777f4027")).toBeUndefined();
    expect(checkRoleArn("arn:aws-cn:iam::123456789012:role/R")).toBeUndefined();
  });
  it("says what is wrong", () => {
    expect(checkRoleArn("MyRole")).toMatch(/starts with arn:aws:iam::/);
    expect(checkRoleArn("arn:aws:s3:::bucket")).toMatch(/not an IAM ARN/);
    expect(checkRoleArn("arn:aws:iam::1234:role/R")).toMatch(/12 digits/);
    expect(checkRoleArn("arn:aws:iam::123456789012:user/U")).toMatch(/names no role/);
    expect(checkRoleArn("arn:aws:iam::123456789012:role/bad name")).toMatch(/letters, digits/);
  });
});

describe("checkLogGroupArn", () => {
  it("accepts log group ARNs with or without :*", () => {
    expect(checkLogGroupArn("")).toBeUndefined();
    expect(checkLogGroupArn("arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/MyStateMachine-Logs:*")).toBeUndefined();
    expect(checkLogGroupArn("arn:aws:logs:eu-west-2:123456789012:log-group:my-group")).toBeUndefined();
  });
  it("refuses other shapes", () => {
    expect(checkLogGroupArn("my-group")).toMatch(/starts with arn:aws:logs:/);
    expect(checkLogGroupArn("arn:aws:logs:us-east-1:1234:log-group:x")).toMatch(/12-digit account/);
  });
});
