import type { StudioTemplate } from "../types";

export const callback: StudioTemplate = {
  id: "callback",
  title: "Callback with a task token",
  description: "The workflow sends a message carrying its task token to an SQS queue and pauses until an outside worker calls SendTaskSuccess or SendTaskFailure with that token, then reports the outcome through SNS. The mock answers the callback; remove it to answer by hand in the simulator.",
  source: "Sample project: callback pattern (seed L32530–L32570); waiting task from seed L21350–L21365",
  services: ["SQS", "SNS"],
  workflowType: "STANDARD",
  name: "CallbackPattern",
  definition: {
    Comment: "Wait for a callback with a task token, then notify",
    StartAt: "Start Task And Wait For Callback",
    States: {
      "Start Task And Wait For Callback": {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        HeartbeatSeconds: 600,
        Parameters: {
          QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/CallbackQueue",
          MessageBody: { "MessageTitle.$": "$.title", "TaskToken.$": "$$.Task.Token" },
        },
        ResultPath: "$.callback",
        Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Notify Failure" }],
        Next: "Notify Success",
      },
      "Notify Success": {
        Type: "Task",
        Resource: "arn:aws:states:::sns:publish",
        Parameters: { "Message.$": "States.Format('Callback received: {}', $.callback.status)", TopicArn: "arn:aws:sns:us-east-1:123456789012:CallbackTopic" },
        ResultPath: null,
        End: true,
      },
      "Notify Failure": {
        Type: "Task",
        Resource: "arn:aws:states:::sns:publish",
        Parameters: { Message: "Task started by Step Functions failed.", TopicArn: "arn:aws:sns:us-east-1:123456789012:CallbackTopic" },
        ResultPath: null,
        End: true,
      },
    },
  },
  sampleInputs: [{ name: "Order to approve", input: { title: "Order 42 needs approval" } }],
  mocks: {
    "Start Task And Wait For Callback": { result: { status: "approved" }, delaySeconds: 120 },
  },
  expected: {
    status: "SUCCEEDED",
    output: { title: "Order 42 needs approval", callback: { status: "approved" } },
    visits: ["Start Task And Wait For Callback", "Notify Success"],
  },
};
