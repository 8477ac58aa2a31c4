import { describe, expect, it } from "vitest";
import { insertFragment } from "../edit/insertFragment";
import { edge, frozen } from "../edit/testSupport";
import { ACTION_ITEMS } from "./actionItems";
import { getCatalogItem } from "./catalog";
import { OPTIMIZED_INTEGRATIONS } from "./optimizedIntegrations";

const create = (id: string) => {
  const item = getCatalogItem(id);
  if (!item) throw new Error(`no item ${id}`);
  return item.create();
};

describe("Action items", () => {
  it("Lambda Invoke: named as Workflow Studio names it, state input as payload, default retrier, no OutputPath", () => {
    const fragment = create("lambda:invoke");
    // Name, Parameters and retrier as in Workflow Studio's generated ASL (seed L13836-L13852).
    expect(fragment.startAt).toBe("Lambda Invoke");
    expect(fragment.states["Lambda Invoke"]).toEqual({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:functionName", "Payload.$": "$" },
      Retry: [
        {
          ErrorEquals: ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
          IntervalSeconds: 2,
          MaxAttempts: 6,
          BackoffRate: 2,
        },
      ],
    });
    expect(fragment.states["Lambda Invoke"]).not.toHaveProperty("OutputPath");
  });

  it("uses Workflow Studio's '<Service> <Api>' default names (seed L28070)", () => {
    expect(create("glue:startJobRun").startAt).toBe("Glue StartJobRun");
    expect(create("sqs:sendMessage").startAt).toBe("SQS SendMessage");
    expect(create("states:startExecution").startAt).toBe("Step Functions StartExecution");
  });

  it("gives realistic request-response Parameters taken from the guide's examples", () => {
    expect(create("sns:publish").states["SNS Publish"]).toEqual({ Type: "Task", Resource: "arn:aws:states:::sns:publish", Parameters: { TopicArn: "arn:aws:sns:us-east-1:123456789012:myTopic", "Message.$": "$" } });
    expect(create("athena:startQueryExecution").states["Athena StartQueryExecution"]).toMatchObject({
      Resource: "arn:aws:states:::athena:startQueryExecution",
      Parameters: { QueryString: 'SELECT * FROM "myDatabase"."myTable" limit 1', WorkGroup: "primary", ResultConfiguration: { OutputLocation: "s3://athenaQueryResult" } },
    });
    expect(create("bedrock:invokeModel").states["Bedrock InvokeModel"]).toMatchObject({ Parameters: { ModelId: "cohere.command-text-v14", ContentType: "application/json" } });
    expect(create("http:invoke").states["HTTP Invoke"]).toMatchObject({ Resource: "arn:aws:states:::http:invoke", Parameters: { Method: "GET" } });
    expect(create("elasticmapreduce:createCluster").states["EMR CreateCluster"]).toMatchObject({ Parameters: { Instances: { KeepJobFlowAliveWhenNoSteps: true } } });
  });

  it("labels actions as Workflow Studio's browser does ('AWS Lambda Invoke', seed L668)", () => {
    expect(getCatalogItem("lambda:invoke")).toMatchObject({ label: "AWS Lambda Invoke", group: "AWS Lambda", service: "lambda" });
    expect(getCatalogItem("sns:publish")?.label).toBe("Amazon SNS Publish");
  });

  it("has one item per optimized integration, each a Task with Parameters", () => {
    expect(ACTION_ITEMS.map((item) => item.id)).toEqual(OPTIMIZED_INTEGRATIONS.map((integration) => integration.id));
    for (const item of ACTION_ITEMS) {
      const fragment = item.create();
      const state = fragment.states[fragment.startAt];
      expect(state, item.id).toMatchObject({ Type: "Task", Resource: `arn:aws:states:::${item.id}` });
      expect(state, item.id).toHaveProperty("Parameters");
    }
  });

  it("does not share Parameters between created states", () => {
    const first = create("dynamodb:getItem").states["DynamoDB GetItem"] as unknown as { Parameters: { Key: object } };
    const second = create("dynamodb:getItem").states["DynamoDB GetItem"] as unknown as { Parameters: { Key: object } };
    expect(first.Parameters.Key).not.toBe(second.Parameters.Key);
  });

  it("inserted on an edge, continues where the edge went", () => {
    const host = frozen({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    const { definition } = insertFragment(host, edge("/States/A/End"), create("lambda:invoke"));
    expect(definition.States["Lambda Invoke"]).toMatchObject({ End: true });
    expect(Object.keys(definition.States["Lambda Invoke"] as object)).toEqual(["Type", "Resource", "Parameters", "Retry", "End"]);
  });
});
