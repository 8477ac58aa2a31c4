import type { StudioTemplate } from "../types";

const TOPIC = "arn:aws:sns:us-east-2:123456789012:StepFunctionsSample-TaskTimercc68840e-c3d3-42a8-911e-821b7ce248e5-SNSTopic-44UjcFxzhACT";

export const taskTimer: StudioTemplate = {
  id: "task-timer",
  title: "Task timer",
  description: "Wait for the number of seconds given in the input, then have a Lambda function send an SNS notification. The guide shows only the diagram of this sample project; the definition follows it with the guide's sample input.",
  source: "Sample project: task timer (Lambda, SNS) (seed L32408–L32505; input L32492)",
  services: ["Lambda", "SNS"],
  workflowType: "STANDARD",
  name: "TaskTimer",
  definition: {
    Comment: "Wait for a timer, then send a notification",
    StartAt: "Wait for Timer",
    States: {
      "Wait for Timer": { Type: "Wait", SecondsPath: "$.timer_seconds", Next: "Send SNS Message" },
      "Send SNS Message": {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "arn:aws:lambda:us-east-2:123456789012:function:StepFunctionsSample-TaskTimer-SendToSNS", "Payload.$": "$" },
        OutputPath: "$.Payload",
        End: true,
      },
    },
  },
  sampleInputs: [{ name: "Ten-second timer", input: { topic: TOPIC, message: "HelloWorld", timer_seconds: 10 } }],
  mocks: {
    "Send SNS Message": { result: { StatusCode: 200, Payload: { MessageId: "0c9d2b3e-7f4a-5d6c-8b1e-2a3f4c5d6e7f" } } },
  },
  expected: { status: "SUCCEEDED", output: { MessageId: "0c9d2b3e-7f4a-5d6c-8b1e-2a3f4c5d6e7f" }, visits: ["Wait for Timer", "Send SNS Message"] },
};
