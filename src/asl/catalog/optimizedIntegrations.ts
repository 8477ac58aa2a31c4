/**
 * Every optimized service integration the developer guide lists (../shared/reference/
 * service-integrations.md §3, pattern matrix seed L21646-L21708, narrowed per API where the service
 * section says so), with the default Parameters the Actions tab inserts. Placeholders use the
 * guide's account 123456789012 and us-east-1. Data table: long by nature.
 */
import type { JsonObject } from "../json";
import type { IntegrationPattern } from "./types";

export interface OptimizedIntegration {
  /** `service:action` as written in the Resource, e.g. "lambda:invoke". */
  id: string;
  service: string;
  action: string;
  /** Full service name, e.g. "AWS Lambda". */
  serviceName: string;
  /** Short service name for subtitles and default state names, e.g. "Lambda". */
  shortName: string;
  /** API name as the service spells it, e.g. "Invoke", "SendMessage". */
  apiName: string;
  /** Supported patterns, request-response first (what a new state uses). */
  patterns: readonly IntegrationPattern[];
  parameters: JsonObject;
  description: string;
  keywords: readonly string[];
  seedLine: number;
}

interface ServiceInfo {
  serviceName: string;
  shortName: string;
  keywords: readonly string[];
}

const SERVICES: Record<string, ServiceInfo> = {
  lambda: { serviceName: "AWS Lambda", shortName: "Lambda", keywords: ["function", "serverless", "compute"] },
  sns: { serviceName: "Amazon SNS", shortName: "SNS", keywords: ["notification", "topic", "message", "email", "sms"] },
  sqs: { serviceName: "Amazon SQS", shortName: "SQS", keywords: ["queue", "message"] },
  dynamodb: { serviceName: "Amazon DynamoDB", shortName: "DynamoDB", keywords: ["database", "table", "item", "nosql"] },
  ecs: { serviceName: "Amazon ECS", shortName: "ECS", keywords: ["container", "fargate", "docker", "task"] },
  eks: { serviceName: "Amazon EKS", shortName: "EKS", keywords: ["kubernetes", "k8s", "cluster", "container"] },
  batch: { serviceName: "AWS Batch", shortName: "Batch", keywords: ["job", "queue", "compute"] },
  glue: { serviceName: "AWS Glue", shortName: "Glue", keywords: ["etl", "job", "data"] },
  databrew: { serviceName: "AWS Glue DataBrew", shortName: "DataBrew", keywords: ["data preparation", "job", "glue"] },
  athena: { serviceName: "Amazon Athena", shortName: "Athena", keywords: ["sql", "query", "s3", "analytics"] },
  elasticmapreduce: { serviceName: "Amazon EMR", shortName: "EMR", keywords: ["hadoop", "spark", "cluster", "big data", "elasticmapreduce"] },
  "emr-containers": { serviceName: "Amazon EMR on EKS", shortName: "EMR on EKS", keywords: ["spark", "kubernetes", "virtual cluster", "emr-containers"] },
  "emr-serverless": { serviceName: "Amazon EMR Serverless", shortName: "EMR Serverless", keywords: ["spark", "hive", "application", "emr-serverless"] },
  events: { serviceName: "Amazon EventBridge", shortName: "EventBridge", keywords: ["event", "bus", "cloudwatch events"] },
  apigateway: { serviceName: "Amazon API Gateway", shortName: "API Gateway", keywords: ["rest", "http", "api", "endpoint"] },
  codebuild: { serviceName: "AWS CodeBuild", shortName: "CodeBuild", keywords: ["build", "ci", "project"] },
  sagemaker: { serviceName: "Amazon SageMaker", shortName: "SageMaker", keywords: ["machine learning", "ml", "model"] },
  bedrock: { serviceName: "Amazon Bedrock", shortName: "Bedrock", keywords: ["generative ai", "llm", "foundation model", "genai"] },
  states: { serviceName: "AWS Step Functions", shortName: "Step Functions", keywords: ["nested workflow", "child execution", "state machine", "sfn"] },
  http: { serviceName: "HTTP Endpoint", shortName: "HTTP", keywords: ["third-party api", "https", "rest", "webhook", "http task"] },
};

const RR: IntegrationPattern = "request-response";
const SYNC: IntegrationPattern = "sync";
const CALLBACK: IntegrationPattern = "waitForTaskToken";

const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const EKS_CLUSTER = { ClusterName: "MyCluster", CertificateAuthority: "ANPAJ2UCCR6DPCEXAMPLE", Endpoint: "https://EXAMPLE.yl4.us-east-1.eks.amazonaws.com" };
const EMR_CLUSTER_ID = { "ClusterId.$": "$.ClusterId" };
const DDB_TABLE = "MyDynamoDBTable";
const DDB_KEY = { Column: { S: "MyEntry" } };
const ATHENA_QUERY_ID = { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" };
const SPARK_ENTRY = { EntryPoint: "s3://amzn-s3-demo-bucket/scripts/wordcount.py", EntryPointArguments: ["s3://amzn-s3-demo-bucket/output"], SparkSubmitParameters: "--conf spark.executor.instances=2" };
const SAGEMAKER_ROLE = `arn:aws:iam::${ACCOUNT}:role/SageMakerRole`;

type Row = [service: string, action: string, apiName: string, patterns: readonly IntegrationPattern[], seedLine: number, parameters: JsonObject, description: string, keywords?: readonly string[]];

const ROWS: readonly Row[] = [
  ["lambda", "invoke", "Invoke", [RR, CALLBACK], 28118,
    { FunctionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:functionName`, "Payload.$": "$" },
    "Invokes a Lambda function with the state input as payload; the result holds the function output under Payload."],
  ["sns", "publish", "Publish", [RR, CALLBACK], 28766,
    { TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:myTopic`, "Message.$": "$" },
    "Publishes a message to an SNS topic, phone number or endpoint."],
  ["sqs", "sendMessage", "SendMessage", [RR, CALLBACK], 28885,
    { QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/myQueue`, "MessageBody.$": "$" },
    "Sends a message to an SQS queue."],
  ["dynamodb", "getItem", "GetItem", [RR], 26105,
    { TableName: DDB_TABLE, Key: DDB_KEY },
    "Reads one item from a DynamoDB table by its key."],
  ["dynamodb", "putItem", "PutItem", [RR], 26105,
    { TableName: DDB_TABLE, Item: DDB_KEY },
    "Creates or replaces an item in a DynamoDB table."],
  ["dynamodb", "updateItem", "UpdateItem", [RR], 26122,
    { TableName: DDB_TABLE, Key: DDB_KEY, UpdateExpression: "SET MyKey = :myValueRef", ExpressionAttributeValues: { ":myValueRef": { S: "MyValue" } } },
    "Updates attributes of an item in a DynamoDB table."],
  ["dynamodb", "deleteItem", "DeleteItem", [RR], 26182,
    { TableName: DDB_TABLE, Key: DDB_KEY },
    "Deletes an item from a DynamoDB table by its key."],
  ["ecs", "runTask", "RunTask", [RR, SYNC, CALLBACK], 26294,
    { LaunchType: "FARGATE", Cluster: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/MyECSCluster`, TaskDefinition: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/MyTaskDefinition:1` },
    "Runs an ECS task on Fargate or EC2 and, with .sync, waits for it to stop."],
  ["eks", "runJob", "RunJob", [RR, SYNC], 27088,
    { ...EKS_CLUSTER, Namespace: "default", Job: { apiVersion: "batch/v1", kind: "Job", metadata: { name: "example-job" }, spec: { backoffLimit: 0, template: { spec: { restartPolicy: "Never", containers: [{ name: "pi", image: "perl", command: ["perl"], args: ["-Mbignum=bpi", "-wle", "print bpi(2000)"] }] } } } } },
    "Runs a Kubernetes Job on an EKS cluster and, with .sync, waits for it to finish."],
  ["eks", "call", "Call", [RR], 27245,
    { ...EKS_CLUSTER, Method: "GET", Path: "/api/v1/namespaces/default/pods" },
    "Calls the Kubernetes API of an EKS cluster."],
  ["eks", "createCluster", "CreateCluster", [RR, SYNC], 27355,
    { Name: "MyCluster", ResourcesVpcConfig: { SubnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"] }, RoleArn: `arn:aws:iam::${ACCOUNT}:role/MyEKSClusterRole` },
    "Creates an EKS cluster."],
  ["eks", "deleteCluster", "DeleteCluster", [RR, SYNC], 27459,
    { Name: "MyCluster" },
    "Deletes an EKS cluster that has no node groups or Fargate profiles left."],
  ["eks", "createFargateProfile", "CreateFargateProfile", [RR, SYNC], 27475,
    { ClusterName: "MyCluster", FargateProfileName: "MyFargateProfile", PodExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/MyFargatePodExecutionRole`, Selectors: [{ Namespace: "my-namespace" }] },
    "Creates a Fargate profile for an EKS cluster."],
  ["eks", "deleteFargateProfile", "DeleteFargateProfile", [RR, SYNC], 27498,
    { ClusterName: "MyCluster", FargateProfileName: "MyFargateProfile" },
    "Deletes a Fargate profile from an EKS cluster."],
  ["eks", "createNodegroup", "CreateNodegroup", [RR, SYNC], 27515,
    { ClusterName: "MyCluster", NodegroupName: "MyNodegroup", NodeRole: `arn:aws:iam::${ACCOUNT}:role/MyNodeInstanceRole`, Subnets: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"] },
    "Creates a managed node group for an EKS cluster."],
  ["eks", "deleteNodegroup", "DeleteNodegroup", [RR, SYNC], 27534,
    { ClusterName: "MyCluster", NodegroupName: "MyNodegroup" },
    "Deletes a managed node group from an EKS cluster."],
  ["batch", "submitJob", "SubmitJob", [RR, SYNC], 25504,
    { JobName: "BatchJobNotification", JobQueue: `arn:aws:batch:${REGION}:${ACCOUNT}:job-queue/testQueue`, JobDefinition: `arn:aws:batch:${REGION}:${ACCOUNT}:job-definition/testJobDefinition` },
    "Submits an AWS Batch job and, with .sync, waits for it to finish."],
  ["glue", "startJobRun", "StartJobRun", [RR, SYNC], 28047,
    { JobName: "myJobName" },
    "Starts a Glue job run and, with .sync, waits for it to finish."],
  ["databrew", "startJobRun", "StartJobRun", [RR, SYNC], 28082,
    { Name: "sample-proj-job-1" },
    "Starts a Glue DataBrew job run and, with .sync, waits for it to finish."],
  ["athena", "startQueryExecution", "StartQueryExecution", [RR, SYNC], 25395,
    { QueryString: 'SELECT * FROM "myDatabase"."myTable" limit 1', WorkGroup: "primary", ResultConfiguration: { OutputLocation: "s3://athenaQueryResult" } },
    "Runs an Athena SQL query and, with .sync, waits for it to finish."],
  ["athena", "stopQueryExecution", "StopQueryExecution", [RR], 25421,
    ATHENA_QUERY_ID,
    "Stops a running Athena query."],
  ["athena", "getQueryExecution", "GetQueryExecution", [RR], 25423,
    ATHENA_QUERY_ID,
    "Gets the status and details of an Athena query."],
  ["athena", "getQueryResults", "GetQueryResults", [RR], 25425,
    { ...ATHENA_QUERY_ID, MaxResults: 10 },
    "Reads the result rows of a finished Athena query."],
  ["elasticmapreduce", "createCluster", "CreateCluster", [RR, SYNC], 26431,
    {
      Name: "ExampleCluster", VisibleToAllUsers: true, ReleaseLabel: "emr-5.26.0", Applications: [{ Name: "Hive" }],
      ServiceRole: "EMR_DefaultRole", JobFlowRole: "EMR_EC2_DefaultRole", LogUri: "s3://amzn-s3-demo-bucket/logs/",
      Instances: { KeepJobFlowAliveWhenNoSteps: true, InstanceFleets: [
        { Name: "MyMasterFleet", InstanceFleetType: "MASTER", TargetOnDemandCapacity: 1, InstanceTypeConfigs: [{ InstanceType: "m5.xlarge" }] },
        { Name: "MyCoreFleet", InstanceFleetType: "CORE", TargetOnDemandCapacity: 1, InstanceTypeConfigs: [{ InstanceType: "m5.xlarge" }] },
      ] },
    },
    "Creates an EMR cluster (RunJobFlow without Steps) and, with .sync, waits until it is ready."],
  ["elasticmapreduce", "setClusterTerminationProtection", "SetClusterTerminationProtection", [RR], 26782,
    { ...EMR_CLUSTER_ID, TerminationProtected: true },
    "Turns termination protection of an EMR cluster on or off."],
  ["elasticmapreduce", "terminateCluster", "TerminateCluster", [RR, SYNC], 26560,
    EMR_CLUSTER_ID,
    "Shuts down an EMR cluster and, with .sync, waits until it is terminated."],
  ["elasticmapreduce", "addStep", "AddStep", [RR, SYNC], 26588,
    { ...EMR_CLUSTER_ID, Step: { Name: "The first step", ActionOnFailure: "CONTINUE", HadoopJarStep: { Jar: "command-runner.jar", Args: ["hive-script", "--run-hive-script", "--args", "-f", "s3://amzn-s3-demo-bucket/query.q"] } } },
    "Adds a step to a running EMR cluster and, with .sync, waits for it to complete."],
  ["elasticmapreduce", "cancelStep", "CancelStep", [RR], 26640,
    { ...EMR_CLUSTER_ID, "StepId.$": "$.StepId" },
    "Cancels a pending step of an EMR cluster."],
  ["elasticmapreduce", "modifyInstanceFleetByName", "ModifyInstanceFleetByName", [RR], 26675,
    { ...EMR_CLUSTER_ID, InstanceFleetName: "MyCoreFleet", InstanceFleet: { TargetOnDemandCapacity: 8, TargetSpotCapacity: 0 } },
    "Resizes an instance fleet of an EMR cluster, found by its name."],
  ["elasticmapreduce", "modifyInstanceGroupByName", "ModifyInstanceGroupByName", [RR], 26694,
    { ...EMR_CLUSTER_ID, InstanceGroupName: "MyCoreGroup", InstanceGroup: { InstanceCount: 8 } },
    "Resizes an instance group of an EMR cluster, found by its name."],
  ["emr-containers", "createVirtualCluster", "CreateVirtualCluster", [RR], 26942,
    { Name: "MyVirtualCluster", ContainerProvider: { Id: "MyEKSClusterName", Type: "EKS", Info: { EksInfo: { Namespace: "MyNamespace" } } } },
    "Registers an EKS namespace as an EMR on EKS virtual cluster."],
  ["emr-containers", "deleteVirtualCluster", "DeleteVirtualCluster", [RR, SYNC], 27028,
    { "Id.$": "$.VirtualClusterId" },
    "Deletes an EMR on EKS virtual cluster."],
  ["emr-containers", "startJobRun", "StartJobRun", [RR, SYNC], 26981,
    { Name: "MyJobName", VirtualClusterId: "MyVirtualClusterId", ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/EMRContainersJobExecutionRole`, ReleaseLabel: "emr-6.2.0-latest", JobDriver: { SparkSubmitJobDriver: SPARK_ENTRY } },
    "Runs a Spark job on an EMR on EKS virtual cluster and, with .sync, waits for it."],
  ["emr-serverless", "createApplication", "CreateApplication", [RR, SYNC], 27873,
    { Name: "MyApplication", ReleaseLabel: "emr-6.9.0", Type: "SPARK" },
    "Creates an EMR Serverless application."],
  ["emr-serverless", "startApplication", "StartApplication", [RR, SYNC], 27890,
    { ApplicationId: "MyApplicationId" },
    "Starts an EMR Serverless application."],
  ["emr-serverless", "stopApplication", "StopApplication", [RR, SYNC], 27903,
    { ApplicationId: "MyApplicationId" },
    "Stops an EMR Serverless application."],
  ["emr-serverless", "deleteApplication", "DeleteApplication", [RR, SYNC], 27916,
    { ApplicationId: "MyApplicationId" },
    "Deletes an EMR Serverless application."],
  ["emr-serverless", "startJobRun", "StartJobRun", [RR, SYNC], 27928,
    { ApplicationId: "MyApplicationId", ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/EMRServerlessExecutionRole`, JobDriver: { SparkSubmit: SPARK_ENTRY } },
    "Runs a job on an EMR Serverless application and, with .sync, waits for it."],
  ["emr-serverless", "cancelJobRun", "CancelJobRun", [RR, SYNC], 27952,
    { ApplicationId: "MyApplicationId", JobRunId: "MyJobRunId" },
    "Cancels a job run of an EMR Serverless application."],
  ["events", "putEvents", "PutEvents", [RR, CALLBACK], 27960,
    { Entries: [{ Detail: { Message: "MyMessage" }, DetailType: "MyDetailType", EventBusName: "MyEventBusName", Source: "MySource" }] },
    "Sends custom events to an EventBridge event bus."],
  ["apigateway", "invoke", "Invoke", [RR, CALLBACK], 25053,
    { ApiEndpoint: `example.execute-api.${REGION}.amazonaws.com`, Method: "GET", Stage: "prod", Path: "bills", AuthType: "NO_AUTH" },
    "Calls a regional REST or HTTP API in API Gateway."],
  ["codebuild", "startBuild", "StartBuild", [RR, SYNC], 25763,
    { ProjectName: "MyProject" },
    "Starts a CodeBuild build and, with .sync, waits for it to finish."],
  ["codebuild", "stopBuild", "StopBuild", [RR], 25788,
    { "Id.$": "$.Build.Id" },
    "Stops a running CodeBuild build."],
  ["codebuild", "batchDeleteBuilds", "BatchDeleteBuilds", [RR], 25790,
    { "Ids.$": "$.Build..Arn" },
    "Deletes CodeBuild builds."],
  ["codebuild", "batchGetReports", "BatchGetReports", [RR], 25795,
    { "ReportArns.$": "$.Build.ReportArns" },
    "Gets CodeBuild test reports, e.g. to check a build's test results."],
  ["codebuild", "startBuildBatch", "StartBuildBatch", [RR, SYNC], 25797,
    { ProjectName: "MyProject" },
    "Starts a CodeBuild batch build and, with .sync, waits for it to finish."],
  ["codebuild", "stopBuildBatch", "StopBuildBatch", [RR], 25799,
    { "Id.$": "$.BuildBatch.Id" },
    "Stops a running CodeBuild batch build."],
  ["codebuild", "retryBuildBatch", "RetryBuildBatch", [RR, SYNC], 25801,
    { "Id.$": "$.BuildBatch.Id" },
    "Retries a CodeBuild batch build and, with .sync, waits for it to finish."],
  ["codebuild", "deleteBuildBatch", "DeleteBuildBatch", [RR], 25803,
    { "Id.$": "$.BuildBatch.Id" },
    "Deletes a CodeBuild batch build."],
  ["sagemaker", "createEndpoint", "CreateEndpoint", [RR], 28286,
    { EndpointConfigName: "MyEndpointConfig", EndpointName: "MyEndpoint" },
    "Creates a SageMaker endpoint from an endpoint configuration."],
  ["sagemaker", "createEndpointConfig", "CreateEndpointConfig", [RR], 28300,
    { EndpointConfigName: "MyEndpointConfig", ProductionVariants: [{ VariantName: "AllTraffic", ModelName: "MyModel", InitialInstanceCount: 1, InstanceType: "ml.m5.large" }] },
    "Creates a SageMaker endpoint configuration."],
  ["sagemaker", "createModel", "CreateModel", [RR], 28369,
    { ModelName: "MyModel", PrimaryContainer: { Image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/my-image:latest`, ModelDataUrl: "s3://amzn-s3-demo-bucket/model.tar.gz" }, ExecutionRoleArn: SAGEMAKER_ROLE },
    "Creates a SageMaker model from a container image and model artifacts."],
  ["sagemaker", "updateEndpoint", "UpdateEndpoint", [RR], 28489,
    { EndpointName: "MyEndpoint", EndpointConfigName: "MyEndpointConfig" },
    "Switches a SageMaker endpoint to another endpoint configuration."],
  ["sagemaker", "createHyperParameterTuningJob", "CreateHyperParameterTuningJob", [RR, SYNC], 28316,
    {
      HyperParameterTuningJobName: "MyTuningJob",
      HyperParameterTuningJobConfig: { Strategy: "Bayesian", HyperParameterTuningJobObjective: { Type: "Minimize", MetricName: "validation:error" }, ResourceLimits: { MaxNumberOfTrainingJobs: 2, MaxParallelTrainingJobs: 2 } },
      TrainingJobDefinition: { AlgorithmSpecification: { TrainingImage: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/xgboost:latest`, TrainingInputMode: "File" }, OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/models" }, ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m4.xlarge", VolumeSizeInGB: 5 }, RoleArn: SAGEMAKER_ROLE, StoppingCondition: { MaxRuntimeInSeconds: 86400 } },
    },
    "Starts a SageMaker hyperparameter tuning job and, with .sync, waits for it."],
  ["sagemaker", "createLabelingJob", "CreateLabelingJob", [RR, SYNC], 28337,
    { LabelingJobName: "MyLabelingJob", LabelAttributeName: "label", InputConfig: { DataSource: { S3DataSource: { ManifestS3Uri: "s3://amzn-s3-demo-bucket/manifest.json" } } }, OutputConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/labels" }, RoleArn: SAGEMAKER_ROLE, HumanTaskConfig: { WorkteamArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:workteam/private-crowd/MyTeam`, UiConfig: { UiTemplateS3Uri: "s3://amzn-s3-demo-bucket/template.liquid" }, PreHumanTaskLambdaArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:PRE-TextMultiClass`, TaskTitle: "Classify text", TaskDescription: "Pick the best label", NumberOfHumanWorkersPerDataObject: 1, TaskTimeLimitInSeconds: 300, AnnotationConsolidationConfig: { AnnotationConsolidationLambdaArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:ACS-TextMultiClass` } } },
    "Starts a SageMaker Ground Truth labeling job and, with .sync, waits for it."],
  ["sagemaker", "createProcessingJob", "CreateProcessingJob", [RR, SYNC], 28719,
    { ProcessingJobName: "MyProcessingJob", AppSpecification: { ImageUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/my-processing-image:latest` }, ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 10 } }, RoleArn: SAGEMAKER_ROLE },
    "Starts a SageMaker processing job and, with .sync, waits for it."],
  ["sagemaker", "createTrainingJob", "CreateTrainingJob", [RR, SYNC], 28422,
    { TrainingJobName: "MyTrainingJob", AlgorithmSpecification: { TrainingImage: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/xgboost:latest`, TrainingInputMode: "File" }, OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/models" }, ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m4.xlarge", VolumeSizeInGB: 5 }, RoleArn: SAGEMAKER_ROLE, StoppingCondition: { MaxRuntimeInSeconds: 86400 } },
    "Starts a SageMaker training job and, with .sync, waits for the model."],
  ["sagemaker", "createTransformJob", "CreateTransformJob", [RR, SYNC], 28453,
    { TransformJobName: "MyTransformJob", ModelName: "MyModel", TransformInput: { DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: "s3://amzn-s3-demo-bucket/input" } } }, TransformOutput: { S3OutputPath: "s3://amzn-s3-demo-bucket/output" }, TransformResources: { InstanceCount: 1, InstanceType: "ml.m4.xlarge" } },
    "Starts a SageMaker batch transform job and, with .sync, waits for it."],
  ["bedrock", "invokeModel", "InvokeModel", [RR], 25596,
    { ModelId: "cohere.command-text-v14", Body: { "prompt.$": "$.prompt", max_tokens: 250 }, ContentType: "application/json", Accept: "*/*" },
    "Runs inference on a Bedrock foundation model with a model-specific request body."],
  ["bedrock", "createModelCustomizationJob", "CreateModelCustomizationJob", [RR, SYNC], 25715,
    { BaseModelIdentifier: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-text-express-v1`, CustomModelName: "MyCustomModel", JobName: "MyCustomizationJob", RoleArn: `arn:aws:iam::${ACCOUNT}:role/BedrockCustomizationRole`, TrainingDataConfig: { S3Uri: "s3://amzn-s3-demo-bucket/train.jsonl" }, OutputDataConfig: { S3Uri: "s3://amzn-s3-demo-bucket/output/" }, HyperParameters: { epochCount: "1" } },
    "Starts fine-tuning a Bedrock foundation model and, with .sync, waits for it."],
  ["states", "startExecution", "StartExecution", [RR, SYNC, "sync:2", CALLBACK], 28978,
    { StateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:MyStateMachine`, Input: { StatePayload: "Hello from Step Functions!", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } },
    "Starts a nested state machine execution; .sync/.sync:2 wait for its result."],
  ["http", "invoke", "Invoke", [RR], 29122,
    { ApiEndpoint: "https://api.example.com/v1/resources", Method: "GET", Authentication: { ConnectionArn: `arn:aws:events:${REGION}:${ACCOUNT}:connection/MyConnection/0123abcd-4567-89ef-0123-456789abcdef` } },
    "Calls a third-party HTTPS API, authenticated by an EventBridge connection."],
];

/** All optimized integrations, in the order the Actions tab lists them. */
export const OPTIMIZED_INTEGRATIONS: readonly OptimizedIntegration[] = ROWS.map(([service, action, apiName, patterns, seedLine, parameters, description, keywords = []]) => {
  const info = SERVICES[service] ?? { serviceName: service, shortName: service, keywords: [] };
  return { id: `${service}:${action}`, service, action, serviceName: info.serviceName, shortName: info.shortName, apiName, patterns, parameters, description, keywords: [...info.keywords, ...keywords], seedLine };
});

const BY_ID = new Map(OPTIMIZED_INTEGRATIONS.map((integration) => [integration.id, integration]));

/** The optimized integration with this `service:action` id. */
export function getOptimizedIntegration(id: string): OptimizedIntegration | undefined {
  return BY_ID.get(id);
}
