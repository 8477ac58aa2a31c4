import { describe, expect, it } from "vitest";
import { AWS_SDK_SERVICES, getAwsSdkService, sdkResourceFor } from "./awsSdkServices";

describe("AWS SDK services", () => {
  it("holds the guide's table (seed L21852-L24806)", () => {
    expect(AWS_SDK_SERVICES).toHaveLength(345);
    expect(getAwsSdkService("acmpca")?.exceptionPrefix).toBe("AcmPca");
    expect(getAwsSdkService("s3")).toMatchObject({ name: "Amazon Simple Storage Service", partialSupport: true });
    expect(getAwsSdkService("mobile")?.deprecated).toBe(true);
    expect(getAwsSdkService("nope")).toBeUndefined();
  });

  it("builds SDK Resource strings with a camelCase action and no .sync (seed L21814-L21831)", () => {
    expect(sdkResourceFor("ec2", "DescribeInstances")).toBe("arn:aws:states:::aws-sdk:ec2:describeInstances");
    expect(sdkResourceFor("s3", "listBuckets", "waitForTaskToken")).toBe("arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken");
    expect(sdkResourceFor("s3", "listBuckets", "sync")).toBeUndefined();
  });
});
