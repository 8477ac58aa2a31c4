import type { StudioTemplate } from "../types";

export const lambdaOrchestration: StudioTemplate = {
  id: "lambda-orchestration",
  title: "Lambda orchestration",
  description: "Check a stock price and get a buy or sell recommendation from Lambda functions, wait for a person to approve it through an SQS callback, then buy or sell and report the result through SNS.",
  source: "Sample project: orchestrate Lambda functions (seed L35755–L35800, definition L35935–L36009)",
  services: ["Lambda", "SQS", "SNS"],
  workflowType: "STANDARD",
  name: "StockTrading",
  definition: {
    StartAt: "Check Stock Price",
    States: {
      "Check Stock Price": { Type: "Task", Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLam-CheckStockPriceLambda-444455556666", Next: "Generate Buy/Sell recommendation" },
      "Generate Buy/Sell recommendation": {
        Type: "Task",
        Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-Hello-GenerateBuySellRecommend-123456789012",
        ResultPath: "$.recommended_type",
        Next: "Request Human Approval",
      },
      "Request Human Approval": {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters: {
          QueueUrl: "https://sqs.us-west-1.amazonaws.com/111122223333/StepFunctionsSample-HelloLambda4444-5555-6666-RequestHumanApprovalSqs-777788889999",
          MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" },
        },
        ResultPath: null,
        Next: "Buy or Sell?",
      },
      "Buy or Sell?": {
        Type: "Choice",
        Choices: [
          { Variable: "$.recommended_type", StringEquals: "buy", Next: "Buy Stock" },
          { Variable: "$.recommended_type", StringEquals: "sell", Next: "Sell Stock" },
        ],
      },
      "Buy Stock": { Type: "Task", Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLambda-BuyStockLambda-000000000000", Next: "Report Result" },
      "Sell Stock": { Type: "Task", Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLambda-SellStockLambda-111111111111", Next: "Report Result" },
      "Report Result": {
        Type: "Task",
        Resource: "arn:aws:states:::sns:publish",
        Parameters: { TopicArn: "arn:aws:sns:us-west-1:111122223333:StepFunctionsSample-HelloLambda1111-2222-3333-ReportResultSnsTopic-222222222222", Message: { "Input.$": "$" } },
        End: true,
      },
    },
  },
  sampleInputs: [{ name: "Empty input (the first function looks up the price)", input: {} }],
  mocks: {
    "Check Stock Price": { result: { stock_price: 42 } },
    "Generate Buy/Sell recommendation": { result: "buy" },
    "Request Human Approval": { result: { approved: true }, delaySeconds: 300 },
    "Buy Stock": { result: { id: "8e4d1c2a", price: 42, type: "buy", qty: 10, timestamp: "2024-01-01T12:00:00Z" } },
    "Report Result": { result: { MessageId: "5f1e7a3c-2b0d-5e8f-9c4a-1d2e3f4a5b6c" } },
  },
  expected: { status: "SUCCEEDED", output: { MessageId: "5f1e7a3c-2b0d-5e8f-9c4a-1d2e3f4a5b6c" }, visits: ["Check Stock Price", "Generate Buy/Sell recommendation", "Request Human Approval", "Buy or Sell?", "Buy Stock", "Report Result"] },
};
