import { describe, expect, it } from "vitest";
import { getOptimizedIntegration, OPTIMIZED_INTEGRATIONS } from "./optimizedIntegrations";
import { resourceFor } from "./resource";

/** Every Resource service-integrations.md §3 lists, per service section of the guide. */
const GUIDE_RESOURCES = [
  // Lambda (seed L28118-L28270), SNS (L28766), SQS (L28885)
  "lambda:invoke", "lambda:invoke.waitForTaskToken",
  "sns:publish", "sns:publish.waitForTaskToken",
  "sqs:sendMessage", "sqs:sendMessage.waitForTaskToken",
  // DynamoDB, request-response only (seed L26121-L26131)
  "dynamodb:getItem", "dynamodb:putItem", "dynamodb:updateItem", "dynamodb:deleteItem",
  // ECS (seed L26294)
  "ecs:runTask", "ecs:runTask.sync", "ecs:runTask.waitForTaskToken",
  // EKS: no callback (seed L27050-L27054)
  "eks:runJob", "eks:runJob.sync", "eks:call",
  "eks:createCluster", "eks:createCluster.sync", "eks:deleteCluster", "eks:deleteCluster.sync",
  "eks:createFargateProfile", "eks:createFargateProfile.sync", "eks:deleteFargateProfile", "eks:deleteFargateProfile.sync",
  "eks:createNodegroup", "eks:createNodegroup.sync", "eks:deleteNodegroup", "eks:deleteNodegroup.sync",
  // Batch (L25504), Glue (L28047), DataBrew (L28082)
  "batch:submitJob", "batch:submitJob.sync",
  "glue:startJobRun", "glue:startJobRun.sync",
  "databrew:startJobRun", "databrew:startJobRun.sync",
  // Athena (seed L25418-L25426)
  "athena:startQueryExecution", "athena:startQueryExecution.sync", "athena:stopQueryExecution", "athena:getQueryExecution", "athena:getQueryResults",
  // EMR (seed L26431-L26880)
  "elasticmapreduce:createCluster", "elasticmapreduce:createCluster.sync", "elasticmapreduce:setClusterTerminationProtection",
  "elasticmapreduce:terminateCluster", "elasticmapreduce:terminateCluster.sync", "elasticmapreduce:addStep", "elasticmapreduce:addStep.sync",
  "elasticmapreduce:cancelStep", "elasticmapreduce:modifyInstanceFleetByName", "elasticmapreduce:modifyInstanceGroupByName",
  // EMR on EKS (seed L26902-L26908)
  "emr-containers:createVirtualCluster", "emr-containers:deleteVirtualCluster", "emr-containers:deleteVirtualCluster.sync",
  "emr-containers:startJobRun", "emr-containers:startJobRun.sync",
  // EMR Serverless, each with .sync (seed L27655-L27845)
  ...["createApplication", "startApplication", "stopApplication", "deleteApplication", "startJobRun", "cancelJobRun"].flatMap((a) => [`emr-serverless:${a}`, `emr-serverless:${a}.sync`]),
  // EventBridge (L27960), API Gateway (L25053)
  "events:putEvents", "events:putEvents.waitForTaskToken",
  "apigateway:invoke", "apigateway:invoke.waitForTaskToken",
  // CodeBuild (seed L25782-L25803)
  "codebuild:startBuild", "codebuild:startBuild.sync", "codebuild:stopBuild", "codebuild:batchDeleteBuilds", "codebuild:batchGetReports",
  "codebuild:startBuildBatch", "codebuild:startBuildBatch.sync", "codebuild:stopBuildBatch", "codebuild:retryBuildBatch", "codebuild:retryBuildBatch.sync",
  "codebuild:deleteBuildBatch",
  // SageMaker (seed L28283-L28490)
  "sagemaker:createEndpoint", "sagemaker:createEndpointConfig", "sagemaker:createModel", "sagemaker:updateEndpoint",
  ...["createHyperParameterTuningJob", "createLabelingJob", "createProcessingJob", "createTrainingJob", "createTransformJob"].flatMap((a) => [`sagemaker:${a}`, `sagemaker:${a}.sync`]),
  // Bedrock (seed L25700-L25728)
  "bedrock:invokeModel", "bedrock:createModelCustomizationJob", "bedrock:createModelCustomizationJob.sync",
  // Step Functions (seed L28978-L29130)
  "states:startExecution", "states:startExecution.sync", "states:startExecution.sync:2", "states:startExecution.waitForTaskToken",
  // HTTP Task (seed L29157-L29190)
  "http:invoke",
].map((r) => `arn:aws:states:::${r}`);

describe("optimized integrations", () => {
  it("offer exactly the Resource strings and patterns the guide lists", () => {
    const offered = OPTIMIZED_INTEGRATIONS.flatMap((integration) => integration.patterns.map((pattern) => resourceFor(integration.id, pattern)));
    expect([...offered].sort()).toEqual([...GUIDE_RESOURCES].sort());
  });

  it("put request-response first, so a new state is a plain request", () => {
    for (const integration of OPTIMIZED_INTEGRATIONS) expect(integration.patterns[0], integration.id).toBe("request-response");
  });

  it("cover every service of the guide's pattern matrix (seed L21646-L21708)", () => {
    const services = new Set(OPTIMIZED_INTEGRATIONS.map((integration) => integration.serviceName));
    const matrix = ["Amazon API Gateway", "Amazon Athena", "AWS Batch", "Amazon Bedrock", "AWS CodeBuild", "Amazon DynamoDB", "Amazon ECS", "Amazon EKS", "Amazon EMR", "Amazon EMR on EKS", "Amazon EMR Serverless", "Amazon EventBridge", "AWS Glue", "AWS Glue DataBrew", "AWS Lambda", "Amazon SageMaker", "Amazon SNS", "Amazon SQS", "AWS Step Functions"];
    for (const service of matrix) expect(services.has(service), service).toBe(true);
  });

  it("are looked up by id", () => {
    expect(getOptimizedIntegration("sqs:sendMessage")).toMatchObject({ service: "sqs", action: "sendMessage", shortName: "SQS", apiName: "SendMessage" });
    expect(getOptimizedIntegration("sqs:nope")).toBeUndefined();
  });
});
