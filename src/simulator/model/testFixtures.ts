/** Definitions and mocks shared by the simulator model tests. */
import type { JsonValue } from "../../asl/json";

export const retryChoice: JsonValue = {
  StartAt: "Read",
  States: {
    Read: { Type: "Task", Resource: "arn:aws:states:::dynamodb:getItem", Parameters: { TableName: "t", Key: { Id: { "S.$": "$.id" } } }, Retry: [{ ErrorEquals: ["DynamoDB.AmazonDynamoDBException"], IntervalSeconds: 3, MaxAttempts: 2, BackoffRate: 1.5 }], Next: "Found?" },
    "Found?": { Type: "Choice", Choices: [{ Variable: "$.Item", IsPresent: true, Next: "Ok" }], Default: "Missing" },
    Ok: { Type: "Pass", End: true },
    Missing: { Type: "Fail", Error: "NotFound" },
  },
};
export const mocks = {
  states: {
    Read: {
      sequence: [
        { error: "DynamoDB.AmazonDynamoDBException", cause: "throttled" },
        { error: "DynamoDB.AmazonDynamoDBException", cause: "throttled" },
        { result: { Item: { Id: { S: "1" } } } },
      ],
    },
  },
};

export const mapMachine: JsonValue = {
  StartAt: "Each",
  States: {
    Each: { Type: "Map", ItemProcessor: { StartAt: "Check", States: { Check: { Type: "Choice", Choices: [{ Variable: "$", NumericLessThan: 3, Next: "Small" }], Default: "Big" }, Small: { Type: "Pass", End: true }, Big: { Type: "Fail", Error: "TooBig" } } }, Catch: [{ ErrorEquals: ["States.ALL"], Next: "Handled" }], End: true },
    Handled: { Type: "Succeed" },
  },
};

