import { describe, expect, it } from "vitest";
import { taskSubtitle } from "./taskSubtitle";

describe("taskSubtitle", () => {
  it("names optimized, SDK, activity and function resources", () => {
    expect(taskSubtitle("arn:aws:states:::lambda:invoke")).toBe("Lambda: Invoke");
    expect(taskSubtitle("arn:aws:states:::sqs:sendMessage.waitForTaskToken")).toBe("SQS: SendMessage");
    expect(taskSubtitle("arn:aws:states:::aws-sdk:s3:listBuckets")).toBe("Amazon Simple Storage Service: ListBuckets");
    expect(taskSubtitle("arn:aws:states:us-east-1:123456789012:activity:HelloWorld")).toBe("Activity: HelloWorld");
    expect(taskSubtitle("arn:aws:lambda:us-east-1:123456789012:function:Echo:$LATEST")).toBe("Lambda: Echo");
    expect(taskSubtitle("something else")).toBe("something else");
  });
});
