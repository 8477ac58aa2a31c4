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

  describe("integrations the guide lists (checks/integrationCatalog.ts)", () => {
    it("accepts every Resource of the guide's definitions and AWS's recordings", () => {
      for (const ok of [
        "arn:aws:states:::apigateway:invoke",
        "arn:aws:states:::athena:startQueryExecution.sync",
        "arn:aws:states:::athena:getQueryResults",
        "arn:aws:states:::codebuild:batchGetReports",
        "arn:aws:states:::dynamodb:putItem",
        "arn:aws:states:::ecs:runTask.waitForTaskToken",
        "arn:aws:states:::eks:deleteNodegroup.sync",
        "arn:aws:states:::sagemaker:createHyperParameterTuningJob.sync",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "arn:aws:states:::states:startExecution.waitForTaskToken",
        "arn:aws:states:::aws-sdk:secretsmanager:createSecret",
        "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
        "arn:aws:states:::aws-sdk:glue:startCrawler",
      ]) {
        expect(found(task(ok)), ok).toEqual([]);
      }
    });

    it("refuses a pattern the service's row of the pattern table does not tick (seed L21667, L21689, L21693, L21697)", () => {
      for (const [resource, cite] of [
        ["arn:aws:states:::lambda:invoke.sync", "seed L21693, L28118"],
        ["arn:aws:states:::dynamodb:putItem.sync", "seed L21667, L26105"],
        ["arn:aws:states:::dynamodb:putItem.waitForTaskToken", "seed L21667, L26105"],
        ["arn:aws:states:::glue:startJobRun.waitForTaskToken", "seed L21689, L28047"],
        ["arn:aws:states:::sns:publish.sync:2", "seed L21697, L28766, L29088–L29112"],
      ] as const) {
        const d = one(task(resource), "UNSUPPORTED_INTEGRATION_PATTERN");
        expect(d).toMatchObject({ severity: "error", path: "/States/S/Resource" });
        expect(d.message, resource).toContain(`(${cite})`);
      }
      expect(one(task("arn:aws:states:::lambda:invoke.sync"), "UNSUPPORTED_INTEGRATION_PATTERN").message).toBe(
        'State "S": Resource "arn:aws:states:::lambda:invoke.sync" uses .sync, which AWS Lambda Invoke does not support: it supports request-response (no suffix) and .waitForTaskToken only (seed L21693, L28118). Use "arn:aws:states:::lambda:invoke" or "arn:aws:states:::lambda:invoke.waitForTaskToken".',
      );
    });

    it("refuses a pattern the service section does not list for the API (Athena seed L25414–L25425, EKS seed L27052)", () => {
      expect(one(task("arn:aws:states:::athena:getQueryResults.sync"), "UNSUPPORTED_INTEGRATION_PATTERN").message).toContain("(seed L25425)");
      expect(one(task("arn:aws:states:::eks:runJob.waitForTaskToken"), "UNSUPPORTED_INTEGRATION_PATTERN").message).toContain("L27052");
      expect(one(task("arn:aws:states:::http:invoke.sync"), "UNSUPPORTED_INTEGRATION_PATTERN").message).toContain('Use "arn:aws:states:::http:invoke".');
    });

    it("refuses an action the optimized integration does not have, suggesting a close one (seed L28118)", () => {
      const d = one(task("arn:aws:states:::lambda:invok"), "UNKNOWN_INTEGRATION");
      expect(d).toMatchObject({ severity: "error", path: "/States/S/Resource" });
      expect(d.message).toBe(
        'State "S": Resource "arn:aws:states:::lambda:invok" names the action "invok", which the AWS Lambda optimized integration does not have; it has invoke (seed L28118). Did you mean "arn:aws:states:::lambda:invoke"?',
      );
      expect(one(task("arn:aws:states:::lambda:Invoke.waitForTaskToken"), "UNKNOWN_INTEGRATION").message).toContain('Did you mean "arn:aws:states:::lambda:invoke.waitForTaskToken"?');
    });

    it("points other DynamoDB actions to the AWS SDK integration (seed L26122–L26124)", () => {
      expect(one(task("arn:aws:states:::dynamodb:query"), "UNKNOWN_INTEGRATION").message).toContain("it has getItem, putItem, updateItem and deleteItem (seed L26105). Other dynamodb API actions are called through the AWS SDK integration: arn:aws:states:::aws-sdk:dynamodb:query");
    });

    it("refuses a service with no optimized integration (seed L21644–L21708)", () => {
      const unknown = one(task("arn:aws:states:::nosuchservice:doIt"), "UNKNOWN_INTEGRATION");
      expect(unknown.message).toContain('names "nosuchservice", which has no optimized integration; the services are lambda, sns, sqs');
      expect(unknown.message).not.toContain("Did you mean");
      expect(one(task("arn:aws:states:::lamda:invoke"), "UNKNOWN_INTEGRATION").message).toContain('Did you mean "arn:aws:states:::lambda:invoke"?');
      expect(one(task("arn:aws:states:::s3:getObject"), "UNKNOWN_INTEGRATION").message).toContain("only in a distributed Map's ItemReader and ResultWriter (seed L6670–L6673, L5420–L5431). To call s3 from a Task, use the AWS SDK integration: arn:aws:states:::aws-sdk:s3:getObject");
    });

    it("warns about an SDK service id the guide's table does not list (seed L21852–L24806), with a suggestion", () => {
      const d = one(task("arn:aws:states:::aws-sdk:dynamo:putItem"), "UNKNOWN_SDK_SERVICE");
      expect(d.severity).toBe("warning");
      expect(d.message).toContain('Did you mean "arn:aws:states:::aws-sdk:dynamodb:putItem"?');
      expect(found(task("arn:aws:states:::aws-sdk:stepfunctions:startExecution"), ["UNKNOWN_SDK_SERVICE"])).toHaveLength(1);
    });

    it("still refuses .sync on an SDK integration, whose table row has no .sync tick (seed L21707)", () => {
      expect(one(task("arn:aws:states:::aws-sdk:sfn:startExecution.sync"), "INVALID_RESOURCE_ARN").message).toContain("supports only request-response and .waitForTaskToken (seed L21707, L21827)");
    });

    it("checks the literal parts of a Resource with ${…} substitutions, and leaves substituted parts alone (seed L17674–L17758)", () => {
      expect(found(task("arn:${AWS::Partition}:states:::lambda:invoke.waitForTaskToken"))).toEqual([["RESOURCE_PLACEHOLDER", "/States/S/Resource"]]);
      expect(found(task("arn:${AWS::Partition}:states:::lambda:invoke.sync"))).toEqual([
        ["UNSUPPORTED_INTEGRATION_PATTERN", "/States/S/Resource"],
        ["RESOURCE_PLACEHOLDER", "/States/S/Resource"],
      ]);
      expect(found(task("arn:aws:states:::${Service}:doIt"))).toEqual([["RESOURCE_PLACEHOLDER", "/States/S/Resource"]]);
    });

    it("keeps the partition in suggestions (seed L3355)", () => {
      expect(one(task("arn:aws-cn:states:::lambda:invoke.sync"), "UNSUPPORTED_INTEGRATION_PATTERN").message).toContain('Use "arn:aws-cn:states:::lambda:invoke" or');
    });
  });
});
