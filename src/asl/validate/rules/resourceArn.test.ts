import { describe, expect, it } from "vitest";
import { found, one, single } from "../testing/helpers";

const task = (Resource: string) => single({ Type: "Task", Resource });
const processor = { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, StartAt: "I", States: { I: { Type: "Succeed" } } };

describe("resourceArn (seed L3315–L3420, L21822–L21840)", () => {
  it("accepts the guide's forms: activity, Lambda, optimized, .sync:2, AWS SDK, HTTP", () => {
    for (const ok of [
      "arn:aws:states:us-east-1:123456789012:activity:HelloWorld",
      "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction",
      "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction:$LATEST",
      "arn:aws:states:::lambda:invoke",
      "arn:aws:states:::lambda:invoke.waitForTaskToken",
      "arn:aws:states:::batch:submitJob.sync",
      "arn:aws:states:::states:startExecution.sync:2",
      "arn:aws:states:::aws-sdk:ec2:describeInstances",
      "arn:aws:states:::aws-sdk:s3:listBuckets",
      "arn:aws:states:::http:invoke",
      "arn:aws-cn:states:::sns:publish",
    ]) {
      expect(found(task(ok)), ok).toEqual([]);
    }
  });

  it("rejects the guide's malformed ARNs: the extra colon of 0071 and the doubled prefix of 0085 (INDEX.md Notes)", () => {
    const extra = one(task("arn:aws::lambda:us-east-1:111122223333:function:CheckJob"), "INVALID_RESOURCE_ARN");
    expect(extra.message).toContain('has an extra colon after the partition ("arn:aws::lambda:…"); write "arn:aws:lambda:…"');
    const doubled = one(task("arn:aws:arn:aws:states:::aws-sdk:glue:getCrawler"), "INVALID_RESOURCE_ARN");
    expect(doubled.message).toContain('repeats the "arn:aws:" prefix');
  });

  it("rejects <PARTITION>-style placeholders, which AWS cannot read (INDEX.md Notes, 0078)", () => {
    const d = one(task("arn:<PARTITION>:states:::sns:publish"), "INVALID_RESOURCE_ARN");
    expect(d.path).toBe("/States/S/Resource");
    expect(d.message).toContain("contains the placeholder <PARTITION>");
  });

  it("accepts ${…} substitutions with an info note (DefinitionSubstitutions, seed L17674–L17758)", () => {
    expect(found(task("${lambdaArn}"))).toEqual([["RESOURCE_PLACEHOLDER", "/States/S/Resource"]]);
    expect(found(task("arn:${AWS::Partition}:states:::lambda:invoke.waitForTaskToken"))).toEqual([["RESOURCE_PLACEHOLDER", "/States/S/Resource"]]);
    expect(found(task("arn:${AWS::Partition}:lambda::oops"), ["INVALID_RESOURCE_ARN"])).toEqual([["INVALID_RESOURCE_ARN", "/States/S/Resource"]]);
  });

  it("refuses .waitForTaskToken on a Lambda function ARN (seed L28248–L28262) and .sync on an SDK integration (seed L21644–L21708)", () => {
    expect(one(task("arn:aws:lambda:us-east-1:123456789012:function:F.waitForTaskToken"), "INVALID_RESOURCE_ARN").message).toContain("arn:aws:states:::lambda:invoke.waitForTaskToken");
    expect(found(task("arn:aws:states:::aws-sdk:s3:listBuckets.sync"), ["INVALID_RESOURCE_ARN"])).toHaveLength(1);
  });

  it("refuses anything that is not an ARN", () => {
    expect(found(task("lambda:invoke"), ["INVALID_RESOURCE_ARN"])).toHaveLength(1);
    expect(found(task("arn:aws:sqs:us-east-1:123456789012:queue"), ["INVALID_RESOURCE_ARN"])).toHaveLength(1);
  });

  it("warns when an account id is not 12 digits (the guide's 0081 has 10)", () => {
    expect(one(task("arn:aws:lambda:sa-east-1:1234567890:function:F"), "SUSPICIOUS_ACCOUNT_ID").severity).toBe("warning");
  });

  it("needs S3 resources for ItemReader and ResultWriter (seed L6670–L6673, L5420–L5431)", () => {
    const map = (reader: string, writer: string) =>
      single({ Type: "Map", ItemProcessor: processor, ItemReader: { Resource: reader, ReaderConfig: { InputType: "JSON" } }, ResultWriter: { Resource: writer } });
    expect(found(map("arn:aws:states:::s3:getObject", "arn:aws:states:::s3:putObject"))).toEqual([]);
    expect(found(map("arn:aws:states:::s3:listObjectsV2", "arn:aws:states:::s3:getObject"), ["INVALID_RESOURCE_ARN"])).toEqual([["INVALID_RESOURCE_ARN", "/States/S/ResultWriter/Resource"]]);
  });
});
