import type { StudioTemplate } from "../types";

const TOPIC = "arn:aws:sns:us-west-2:123456789012:StepFunctionsSample-BatchJobManagement12345678-9abc-def0-1234-567890abcdef-SNSTopic-A2B3C4D5E6F7G";

export const retryCatch: StudioTemplate = {
  id: "retry-catch",
  title: "Retry and catch",
  description: "An AWS Batch job is retried twice with backoff when it fails; if it still fails, Catch routes to a notification instead of failing the execution. The mock makes the job fail every time, so the run shows both retries and the catch.",
  source: "Sample project: error handling with Step Functions and AWS Batch (seed L39602–L39625, definition L39719–L39774)",
  services: ["Batch", "SNS"],
  workflowType: "STANDARD",
  name: "BatchJobWithErrorHandling",
  definition: {
    Comment: "An example of the Amazon States Language for notification on an AWS Batch job completion",
    StartAt: "Submit Batch Job",
    TimeoutSeconds: 3600,
    States: {
      "Submit Batch Job": {
        Type: "Task",
        Resource: "arn:aws:states:::batch:submitJob.sync",
        Parameters: {
          JobName: "BatchJobNotification",
          JobQueue: "arn:aws:batch:us-west-2:123456789012:job-queue/BatchJobQueue-123456789abcdef",
          JobDefinition: "arn:aws:batch:us-west-2:123456789012:job-definition/BatchJobDefinition-123456789abcdef:1",
        },
        Next: "Notify Success",
        Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 30, MaxAttempts: 2, BackoffRate: 1.5 }],
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Notify Failure" }],
      },
      "Notify Success": {
        Type: "Task",
        Resource: "arn:aws:states:::sns:publish",
        Parameters: { Message: "Batch job submitted through Step Functions succeeded", TopicArn: TOPIC },
        End: true,
      },
      "Notify Failure": {
        Type: "Task",
        Resource: "arn:aws:states:::sns:publish",
        Parameters: { Message: "Batch job submitted through Step Functions failed", TopicArn: TOPIC },
        End: true,
      },
    },
  },
  sampleInputs: [{ name: "Empty input", input: {} }],
  mocks: {
    "Submit Batch Job": { error: "States.TaskFailed", cause: "Essential container in task exited (exit code 1)" },
    "Notify Failure": { result: { MessageId: "b3d7a7f2-0d4e-5c1b-9a51-3f0d8f3d1e11" } },
    "Notify Success": { result: { MessageId: "6a1f1c60-6b1b-5f7e-8e0d-0f2c4c1d8a22" } },
  },
  expected: { status: "SUCCEEDED", output: { MessageId: "b3d7a7f2-0d4e-5c1b-9a51-3f0d8f3d1e11" }, visits: ["Submit Batch Job", "Notify Failure"] },
};
