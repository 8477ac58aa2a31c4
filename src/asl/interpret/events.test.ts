/** The AWS wire form of history events (toAwsHistoryEvent), against the guide's example history (seed L21040–L21103). */
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../json";
import { toAwsHistoryEvent } from "./events";
import { run } from "./testSupport";

describe("toAwsHistoryEvent", () => {
  it("payloads as JSON text, each followed by inputDetails / outputDetails { truncated: false } (seed L21055–L21103)", async () => {
    // The guide's example: a Lambda function state, then an SQS state.
    const def: JsonObject = {
      StartAt: "LambdaState",
      States: {
        LambdaState: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f", Next: "SQSState" },
        SQSState: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", Parameters: { QueueUrl: "q", "MessageBody.$": "$" }, End: true },
      },
    };
    const result = await run(def, {}, { mocks: { states: { LambdaState: { result: { statusCode: 200 } } } } });
    const events = result.events.map(toAwsHistoryEvent);
    const byType = (type: string) => events.find((e) => e.type === type) as Record<string, Record<string, unknown>>;
    // seed L21050–L21061
    expect(byType("TaskStateEntered")).toMatchObject({ id: 2, previousEventId: 0, stateEnteredEventDetails: { name: "LambdaState", input: "{}", inputDetails: { truncated: false } } });
    // seed L21063–L21076
    expect(byType("LambdaFunctionSucceeded").lambdaFunctionSucceededEventDetails).toEqual({ output: '{"statusCode":200}', outputDetails: { truncated: false } });
    // seed L21092–L21103
    expect(byType("TaskSucceeded").taskSucceededEventDetails).toMatchObject({ resourceType: "sqs", resource: "sendMessage", outputDetails: { truncated: false } });
    expect(typeof byType("TaskSucceeded").taskSucceededEventDetails?.output).toBe("string");
    expect(byType("TaskStateExited").stateExitedEventDetails).toMatchObject({ outputDetails: { truncated: false } });
    expect(byType("ExecutionStarted").executionStartedEventDetails).toMatchObject({ input: "{}", inputDetails: { truncated: false } });
    expect(byType("ExecutionSucceeded").executionSucceededEventDetails).toMatchObject({ outputDetails: { truncated: false } });
    // Task parameters carry no details object, and the internal mock marker is not an AWS field.
    expect(byType("TaskScheduled").taskScheduledEventDetails).not.toHaveProperty("parametersDetails");
    expect(JSON.stringify(events)).not.toContain('"mock"');
  });
});
