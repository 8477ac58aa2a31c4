import type { StudioTemplate } from "../types";

const CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:NestingPatternAnotherStateMachine-HZ9gtgspmdun";

export const nestedWorkflow: StudioTemplate = {
  id: "nested-workflow",
  title: "Nested workflow",
  description: "Start another state machine three ways: fire and forget, wait for it to finish (.sync), and wait for it to call back with a task token, the last two side by side in a Parallel state.",
  source: "Sample project: start a workflow within a workflow (seed L33111–L33135, definition L33224–L33298)",
  services: ["Step Functions"],
  workflowType: "STANDARD",
  name: "NestingPattern",
  definition: {
    Comment: "An example of combining workflows using a Step Functions StartExecution task state with various integration patterns.",
    StartAt: "Start new workflow and continue",
    States: {
      "Start new workflow and continue": {
        Comment: "Start an execution of another Step Functions state machine and continue",
        Type: "Task",
        Resource: "arn:aws:states:::states:startExecution",
        Parameters: { StateMachineArn: CHILD, Input: { NeedCallback: false, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } },
        Next: "Start in parallel",
      },
      "Start in parallel": {
        Comment: "Start two executions of the same state machine in parallel",
        Type: "Parallel",
        End: true,
        Branches: [
          {
            StartAt: "Start new workflow and wait for completion",
            States: {
              "Start new workflow and wait for completion": {
                Comment: "Start an execution of the same 'NestingPatternAnotherStateMachine' and wait for its completion",
                Type: "Task",
                Resource: "arn:aws:states:::states:startExecution.sync",
                Parameters: { StateMachineArn: CHILD, Input: { NeedCallback: false, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } },
                OutputPath: "$.Output",
                End: true,
              },
            },
          },
          {
            StartAt: "Start new workflow and wait for callback",
            States: {
              "Start new workflow and wait for callback": {
                Comment: "Start an execution and wait for it to call back with a task token",
                Type: "Task",
                Resource: "arn:aws:states:::states:startExecution.waitForTaskToken",
                Parameters: {
                  StateMachineArn: CHILD,
                  Input: { NeedCallback: true, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id", "TaskToken.$": "$$.Task.Token" },
                },
                End: true,
              },
            },
          },
        ],
      },
    },
  },
  sampleInputs: [{ name: "Empty input", input: {} }],
  mocks: {
    "Start new workflow and continue": { result: { ExecutionArn: `${CHILD.replace(":stateMachine:", ":execution:")}:child-1`, StartDate: "2024-01-01T00:00:00.000Z" } },
    "Start new workflow and wait for completion": { result: { Output: { message: "Child finished" }, Status: "SUCCEEDED" }, delaySeconds: 30 },
    "Start new workflow and wait for callback": { result: { message: "Child called back" }, delaySeconds: 45 },
  },
  expected: { status: "SUCCEEDED", output: [{ message: "Child finished" }, { message: "Child called back" }], visits: ["Start new workflow and continue", "Start in parallel", "Start new workflow and wait for completion", "Start new workflow and wait for callback"] },
};
