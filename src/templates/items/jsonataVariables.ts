import type { StudioTemplate } from "../types";

const ACCOUNT = "arn:aws:lambda:us-east-1:123456789012:function";

/**
 * Today's JSONata style (issue 9): `"QueryLanguage": "JSONata"`, Arguments and Output instead of
 * the five JSONPath fields, and workflow variables kept for later states instead of being passed
 * through every output — the pattern of the Step Functions documentation's JSONata and variables
 * examples (an API result stored in one step, reused steps later).
 */
export const jsonataVariables: StudioTemplate = {
  id: "jsonata-variables",
  title: "JSONata and variables",
  description:
    "An order priced with JSONata: the first state stores the order in variables, a Lambda function returns prices (kept in a variable too), a Choice reads the stock flag with a Condition, and the charge three states later reads $orderId and $total without passing them through every output.",
  source: "Step Functions documentation: Transforming data with JSONata, Passing data between states with variables (not in the guide, which predates both)",
  services: ["Lambda"],
  workflowType: "STANDARD",
  name: "OrderWithVariables",
  definition: {
    Comment: "Order pricing with JSONata expressions and workflow variables",
    QueryLanguage: "JSONata",
    StartAt: "Store order",
    States: {
      "Store order": {
        Type: "Pass",
        Comment: "Keep what later states need in variables, not in the data that flows.",
        Assign: { orderId: "{% $states.input.orderId %}", customer: "{% $states.input.customer %}", items: "{% $states.input.items %}" },
        Next: "Check inventory",
      },
      "Check inventory": {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Arguments: { FunctionName: `${ACCOUNT}:CheckInventory:$LATEST`, Payload: { skus: "{% [$items.sku] %}" } },
        Retry: [{ ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }],
        Assign: { prices: "{% $states.result.Payload.prices %}" },
        Output: "{% $states.result.Payload %}",
        Next: "In stock?",
      },
      "In stock?": {
        Type: "Choice",
        Choices: [{ Condition: "{% $states.input.inStock %}", Next: "Compute total" }],
        Default: "Out of stock",
      },
      "Compute total": {
        Type: "Pass",
        Assign: { total: "{% $sum($map($items, function($item) { $item.quantity * $lookup($prices, $item.sku) })) %}" },
        Next: "Charge card",
      },
      "Charge card": {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Arguments: { FunctionName: `${ACCOUNT}:ChargeCard:$LATEST`, Payload: { orderId: "{% $orderId %}", customer: "{% $customer %}", amount: "{% $total %}" } },
        Output: { orderId: "{% $orderId %}", total: "{% $total %}", chargeId: "{% $states.result.Payload.chargeId %}" },
        End: true,
      },
      "Out of stock": {
        Type: "Fail",
        Error: "OutOfStock",
        Cause: "{% 'Order ' & $orderId & ' cannot be filled: an item is out of stock.' %}",
      },
    },
  },
  sampleInputs: [
    { name: "Two items", input: { orderId: "ORD-1001", customer: "ana@example.com", items: [{ sku: "A-1", quantity: 2 }, { sku: "B-2", quantity: 3 }] } },
    { name: "One item", input: { orderId: "ORD-1002", customer: "li@example.com", items: [{ sku: "B-2", quantity: 1 }] } },
  ],
  mocks: {
    "Check inventory": { result: { Payload: { inStock: true, prices: { "A-1": 12.5, "B-2": 4 } }, StatusCode: 200 } },
    "Charge card": { result: { Payload: { chargeId: "ch_0001" }, StatusCode: 200 } },
  },
  expected: { status: "SUCCEEDED", output: { orderId: "ORD-1001", total: 37, chargeId: "ch_0001" }, visits: ["Store order", "Check inventory", "In stock?", "Compute total", "Charge card"] },
};
