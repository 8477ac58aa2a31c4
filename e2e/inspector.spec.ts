import { expect, test, type Locator, type Page } from "@playwright/test";

type State = Record<string, unknown>;
type Definition = { StartAt: string; States: Record<string, State> };

const getDefinition = (page: Page) => page.evaluate(() => window.aslStudio?.getDefinition() as unknown as Definition);
const setDefinition = (page: Page, definition: unknown) => page.evaluate((d) => window.aslStudio?.setDefinition(d as never), definition);
const node = (page: Page, name: string) => page.locator(`[data-testid="state-node"][data-state-name="${name}"]`);
const inspector = (page: Page) => page.getByTestId("inspector");
const tab = (page: Page, name: string) => inspector(page).getByRole("tab", { name, exact: true });

async function load(page: Page, definition: unknown) {
  await page.goto("/");
  await setDefinition(page, definition);
  await expect(page.locator('[data-testid="state-node"]').first()).toBeVisible();
  await page.getByRole("button", { name: "Fit to view" }).click();
}

async function selectState(page: Page, name: string) {
  await node(page, name).click();
  await expect(inspector(page).getByTestId("state-inspector")).toHaveAttribute("data-state-name", name);
}

const textbox = (scope: Locator, name: string) => scope.getByRole("textbox", { name, exact: false });

test("builds a Choice with an And of two conditions and a Default purely through the inspector", async ({ page }) => {
  await load(page, {
    StartAt: "Check",
    States: {
      Check: { Type: "Choice", Choices: [{ Variable: "$.variable", BooleanEquals: true }] },
      Approve: { Type: "Succeed" },
      Reject: { Type: "Fail", Error: "Rejected" },
    },
  });
  await selectState(page, "Check");
  const rule = inspector(page).getByRole("group", { name: "Rule #1" });

  await textbox(rule, "Variable").fill("$.amount");
  await rule.getByRole("combobox", { name: "Operator" }).selectOption({ label: "Number is greater than" });
  await textbox(rule, "Value").fill("100");
  await rule.getByRole("button", { name: "Add an AND condition" }).click();

  const first = rule.getByRole("group", { name: "Condition 1", exact: true });
  const second = rule.getByRole("group", { name: "Condition 2", exact: true });
  await expect(textbox(first, "Variable")).toHaveValue("$.amount");
  await textbox(second, "Variable").fill("$.approved");
  await second.getByRole("combobox", { name: "Operator" }).selectOption({ label: "Boolean is equal to" });
  await second.getByRole("combobox", { name: "Value" }).selectOption("true");
  await rule.getByRole("combobox", { name: "Then next state is" }).selectOption("Approve");
  await inspector(page).getByRole("combobox", { name: "Default state" }).selectOption("Reject");

  await expect(rule.locator(".rule-summary")).toContainText("$.amount > 100 and $.approved == true");
  const definition = await getDefinition(page);
  expect(definition.States.Check).toEqual({
    Type: "Choice",
    Choices: [{ And: [{ Variable: "$.amount", NumericGreaterThan: 100 }, { Variable: "$.approved", BooleanEquals: true }], Next: "Approve" }],
    Default: "Reject",
  });
  await expect(page.locator('[data-testid="edge"][data-source="Check"][data-target="Approve"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="edge"][data-source="Check"][data-target="Reject"][data-kind="default"]')).toHaveCount(1);
});

test("rules are added, reordered, negated and removed; a path comparison uses the …Path operator", async ({ page }) => {
  await load(page, { StartAt: "Check", States: { Check: { Type: "Choice", Choices: [{ Variable: "$.a", BooleanEquals: true, Next: "Done" }], Default: "Done" }, Done: { Type: "Succeed" } } });
  await selectState(page, "Check");
  await inspector(page).getByRole("button", { name: "Add new choice rule" }).click();
  const rule2 = inspector(page).getByRole("group", { name: "Rule #2" });
  await textbox(rule2, "Variable").fill("$.total");
  await rule2.getByRole("combobox", { name: "Operator" }).selectOption({ label: "Number is less than or equal to" });
  await rule2.getByRole("combobox", { name: "Compare with" }).selectOption("path");
  await textbox(rule2, "Value").fill("$.limit");
  await rule2.getByRole("button", { name: "NOT: negate this condition" }).click();
  await expect(rule2.getByRole("button", { name: "Remove NOT" })).toBeVisible();
  await inspector(page).getByRole("button", { name: "Move rule 2 up" }).click();

  let definition = await getDefinition(page);
  expect((definition.States.Check as { Choices: unknown[] }).Choices).toEqual([
    { Not: { Variable: "$.total", NumericLessThanEqualsPath: "$.limit" }, Next: "Done" },
    { Variable: "$.a", BooleanEquals: true, Next: "Done" },
  ]);
  await inspector(page).getByRole("button", { name: "Delete rule 2" }).click();
  definition = await getDefinition(page);
  expect((definition.States.Check as { Choices: unknown[] }).Choices).toHaveLength(1);
  await expect(inspector(page).getByRole("button", { name: "Delete rule 1" })).toBeDisabled();
});

test("adds a retrier and a catcher; the catch edge appears on the canvas", async ({ page }) => {
  await load(page, {
    StartAt: "Work",
    States: {
      Work: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, Next: "Done" },
      Done: { Type: "Succeed" },
      Handle: { Type: "Pass", End: true },
    },
  });
  await selectState(page, "Work");
  await tab(page, "Error handling").click();

  await inspector(page).getByRole("button", { name: "Add new retrier" }).click();
  const retrier = inspector(page).getByRole("group", { name: "Retrier #1" });
  await retrier.getByRole("button", { name: "Remove States.ALL" }).click();
  const errors = retrier.getByRole("combobox", { name: "Errors" });
  await errors.fill("States.Timeout");
  await errors.press("Enter");
  await errors.fill("Lambda.TooManyRequestsException");
  await retrier.getByRole("button", { name: "Add error" }).click();
  await textbox(retrier, "Max attempts").fill("5");
  await retrier.getByRole("combobox", { name: "Jitter" }).selectOption("FULL");

  await expect(page.locator('[data-testid="edge"][data-kind="catch"]')).toHaveCount(0);
  await inspector(page).getByRole("button", { name: "Add new catcher" }).click();
  const catcher = inspector(page).getByRole("group", { name: "Catcher #1" });
  await catcher.getByRole("combobox", { name: "Fallback state" }).selectOption("Handle");
  await catcher.getByRole("combobox", { name: "Error output" }).selectOption("path");
  await textbox(catcher, "ResultPath").fill("$.error");

  await expect(page.locator('[data-testid="edge"][data-kind="catch"][data-source="Work"][data-target="Handle"]')).toHaveCount(1);
  const work = (await getDefinition(page)).States.Work;
  expect(work?.Retry).toEqual([{ ErrorEquals: ["States.Timeout", "Lambda.TooManyRequestsException"], IntervalSeconds: 1, MaxAttempts: 5, BackoffRate: 2, JitterStrategy: "FULL" }]);
  expect(work?.Catch).toEqual([{ ErrorEquals: ["States.ALL"], Next: "Handle", ResultPath: "$.error" }]);

  await catcher.getByRole("button", { name: "Delete catcher 1" }).click();
  await expect(page.locator('[data-testid="edge"][data-kind="catch"]')).toHaveCount(0);
});

test("turns on ResultPath and sees the JSON in the Definition tab; Lambda's $.Payload note appears", async ({ page }) => {
  await load(page, {
    StartAt: "Invoke",
    States: { Invoke: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, OutputPath: "$.Payload", End: true } },
  });
  await selectState(page, "Invoke");
  await tab(page, "Output").click();
  await inspector(page).getByRole("checkbox", { name: "Add original input to output using ResultPath" }).check();
  await expect(inspector(page).getByTestId("lambda-payload-note")).toContainText("$.result.Payload");
  await textbox(inspector(page), "ResultPath").fill("$.taskresult");

  await tab(page, "Definition").click();
  const json = inspector(page).getByTestId("state-definition");
  await expect(json).toContainText('"ResultPath": "$.taskresult"');
  await expect(json.locator(".json-key", { hasText: '"ResultPath"' })).toHaveCount(1);

  await tab(page, "Output").click();
  await inspector(page).getByRole("radio", { name: "Discard the result and keep the original input" }).check();
  expect((await getDefinition(page)).States.Invoke?.ResultPath).toBeNull();
  await inspector(page).getByRole("checkbox", { name: "Add original input to output using ResultPath" }).uncheck();
  expect((await getDefinition(page)).States.Invoke).not.toHaveProperty("ResultPath");
});

test("renames a state referenced from three places; duplicate and too-long names are refused", async ({ page }) => {
  await load(page, {
    StartAt: "Target",
    States: {
      Target: { Type: "Pass", Next: "Work" },
      Work: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Parameters: { TopicArn: "t", "Message.$": "$" }, Catch: [{ ErrorEquals: ["States.ALL"], Next: "Target" }], Next: "Router" },
      Router: { Type: "Choice", Choices: [{ Variable: "$.again", BooleanEquals: true, Next: "Target" }], Default: "Done" },
      Done: { Type: "Succeed" },
    },
  });
  await selectState(page, "Target");
  const name = inspector(page).getByRole("textbox", { name: "Name", exact: true });

  await name.fill("Router");
  await expect(name).toHaveAccessibleDescription(/Another state is already named "Router"/);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("x".repeat(81));
  await expect(name).toHaveAccessibleDescription(/at most 80 characters/);
  await name.press("Enter");
  expect(Object.keys((await getDefinition(page)).States)).toContain("Target");

  await name.fill("Start here");
  await name.press("Enter");
  await expect(inspector(page).getByTestId("state-inspector")).toHaveAttribute("data-state-name", "Start here");
  const definition = await getDefinition(page);
  expect(definition.StartAt).toBe("Start here");
  expect(Object.keys(definition.States)).toEqual(["Start here", "Work", "Router", "Done"]);
  expect((definition.States.Work?.Catch as { Next: string }[])[0]?.Next).toBe("Start here");
  expect((definition.States.Router?.Choices as { Next: string }[])[0]?.Next).toBe("Start here");
  await expect(node(page, "Start here")).toBeVisible();
});

test("an invalid path shows the message beside the field until it is fixed", async ({ page }) => {
  await load(page, { StartAt: "Shape", States: { Shape: { Type: "Pass", End: true } } });
  await selectState(page, "Shape");
  await tab(page, "Input").click();
  await inspector(page).getByRole("checkbox", { name: "Filter input with InputPath" }).check();
  const path = textbox(inspector(page), "InputPath");
  await expect(path).toHaveValue("$");
  await path.fill("$.items[");
  await expect(path).toHaveAttribute("aria-invalid", "true");
  await expect(path).toHaveAccessibleDescription(/is not a path/);
  await expect(inspector(page).getByTestId("field-message")).toContainText('InputPath "$.items[" is not a path');
  await expect(inspector(page).getByRole("tab", { name: /^Input\s*, 1 problem$/ })).toHaveAttribute("aria-selected", "true");
  await path.fill("$.items[0]");
  await expect(path).toHaveAttribute("aria-invalid", "false");
  await expect(inspector(page).getByTestId("field-message")).toHaveCount(0);
  expect((await getDefinition(page)).States.Shape?.InputPath).toBe("$.items[0]");
});

test("a JSON field keeps invalid text, says where the error is, and writes once it parses", async ({ page }) => {
  await load(page, { StartAt: "Shape", States: { Shape: { Type: "Pass", End: true } } });
  await selectState(page, "Shape");
  await inspector(page).getByRole("checkbox", { name: "Output a fixed Result" }).check();
  const result = textbox(inspector(page), "Result");
  await result.fill('{\n  "a": 1,\n}');
  await expect(inspector(page).getByTestId("field-message")).toContainText("Line 3, column 1");
  await expect(result).toHaveValue('{\n  "a": 1,\n}');
  expect((await getDefinition(page)).States.Shape?.Result).toEqual({});
  await result.fill('{\n  "a": 1\n}');
  await expect(inspector(page).getByTestId("field-message")).toHaveCount(0);
  expect((await getDefinition(page)).States.Shape?.Result).toEqual({ a: 1 });
});

test("switching to Express in Config mode stops offering .sync", async ({ page }) => {
  await load(page, { StartAt: "Job", States: { Job: { Type: "Task", Resource: "arn:aws:states:::glue:startJobRun", Parameters: { JobName: "j" }, End: true } } });
  await selectState(page, "Job");
  const patterns = inspector(page).getByTestId("integration-pattern");
  await expect(patterns.getByRole("radio", { name: /\.sync/ })).toBeVisible();
  await patterns.getByRole("radio", { name: /\.sync/ }).check();
  expect((await getDefinition(page)).States.Job?.Resource).toBe("arn:aws:states:::glue:startJobRun.sync");

  const modes = page.getByRole("tablist", { name: "Mode" });
  await modes.getByRole("tab", { name: "Config" }).click();
  await page.getByRole("radio", { name: /^Express/ }).check();
  await modes.getByRole("tab", { name: "Design" }).click();

  await expect(patterns.getByRole("radio", { name: /\.sync/ })).toBeChecked();
  await expect(patterns.getByText("Not available in Express workflows")).toBeVisible();
  await expect(inspector(page).getByTestId("field-message").filter({ hasText: "Express" }).first()).toBeVisible();
  await patterns.getByRole("radio", { name: "Request response" }).check();
  await expect(patterns.getByRole("radio", { name: /\.sync/ })).toHaveCount(0);
  await expect(patterns.getByRole("radio")).toHaveCount(1);
  expect((await getDefinition(page)).States.Job?.Resource).toBe("arn:aws:states:::glue:startJobRun");
});

test("Ctrl+Z after an inspector edit restores the previous value; a burst of typing is one step", async ({ page }) => {
  await load(page, { StartAt: "A", States: { A: { Type: "Pass", Comment: "before", End: true } } });
  await selectState(page, "A");
  const comment = textbox(inspector(page), "Comment");
  await comment.fill("");
  await comment.pressSequentially("after", { delay: 20 });
  expect((await getDefinition(page)).States.A?.Comment).toBe("after");
  await comment.press("Control+z");
  await expect(comment).toHaveValue("before");
  expect((await getDefinition(page)).States.A?.Comment).toBe("before");
  await comment.press("Control+Shift+z");
  await expect(comment).toHaveValue("after");
});

test("Task fields: action, Lambda function and payload, credentials, timeouts", async ({ page }) => {
  await load(page, { StartAt: "Invoke", States: { Invoke: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f", "Payload.$": "$" }, End: true } } });
  await selectState(page, "Invoke");
  const panel = inspector(page);
  await panel.getByRole("radio", { name: "Get function name from state input at runtime" }).check();
  await textbox(panel, "Path to the function name").fill("$.fn");
  await panel.getByRole("radio", { name: "Enter own payload" }).check();
  await textbox(panel, "Payload").first().fill('{"orderId.$": "$.id"}');
  await panel.getByRole("combobox", { name: "Cross-account IAM role" }).selectOption("arn");
  await textbox(panel, "Role ARN").fill("arn:aws:iam::111122223333:role/Invoker");
  let state = (await getDefinition(page)).States.Invoke;
  expect(state?.Parameters).toEqual({ "FunctionName.$": "$.fn", Payload: { "orderId.$": "$.id" } });
  expect(state?.Credentials).toEqual({ RoleArn: "arn:aws:iam::111122223333:role/Invoker" });

  await tab(page, "Error handling").click();
  await panel.getByRole("combobox", { name: "How Timeout is given" }).selectOption("value");
  await textbox(panel, "Timeout").fill("120");
  await panel.getByRole("combobox", { name: "How Heartbeat is given" }).selectOption("path");
  await textbox(panel, "Heartbeat").fill("$.beat");
  state = (await getDefinition(page)).States.Invoke;
  expect(state?.TimeoutSeconds).toBe(120);
  expect(state?.HeartbeatSecondsPath).toBe("$.beat");

  await tab(page, "Configuration").click();
  await panel.getByRole("combobox", { name: "API" }).selectOption({ label: "Amazon SQS SendMessage" });
  state = (await getDefinition(page)).States.Invoke;
  expect(state?.Resource).toBe("arn:aws:states:::sqs:sendMessage");
  expect(state?.Parameters).toHaveProperty("QueueUrl");
  await panel.getByRole("combobox", { name: "Integration type" }).selectOption("sdk");
  expect((await getDefinition(page)).States.Invoke?.Resource).toBe("arn:aws:states:::aws-sdk:sqs:sendMessage");
});

test("a Task calling a Lambda function ARN says so and converts to Lambda Invoke; an activity Task picks an action", async ({ page }) => {
  const hello = "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction";
  await load(page, {
    StartAt: "CallFunction",
    States: {
      CallFunction: { Type: "Task", Resource: hello, Next: "Work" },
      Work: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:Review", End: true },
    },
  });
  await selectState(page, "CallFunction");
  const panel = inspector(page);
  await expect(panel.getByTestId("resource-kind")).toContainText("Invokes the Lambda function HelloFunction directly");
  await expect(panel.getByRole("combobox", { name: "API" })).toHaveValue("");
  // The raw Resource stays editable: an alias is still a function ARN.
  await textbox(panel, "Resource").fill(`${hello}:prod`);
  await expect(panel.getByTestId("resource-kind")).toContainText("HelloFunction:prod");
  await expect(panel.getByTestId("direct-lambda")).toContainText("The state's output stays the same.");

  await panel.getByRole("button", { name: "Convert to Lambda Invoke" }).click();
  const converted = (await getDefinition(page)).States.CallFunction;
  expect(converted).toEqual({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: `${hello}:prod`, "Payload.$": "$" }, OutputPath: "$.Payload", Next: "Work" });
  await expect(panel.getByTestId("direct-lambda")).toHaveCount(0);
  await expect(panel.getByRole("combobox", { name: "API" })).toHaveValue("lambda:invoke");
  await expect(textbox(panel, "Function name or ARN")).toHaveValue(`${hello}:prod`);
  // One undo step brings the direct call back.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(panel.getByTestId("resource-kind")).toContainText("HelloFunction:prod");
  expect((await getDefinition(page)).States.CallFunction).toEqual({ Type: "Task", Resource: `${hello}:prod`, Next: "Work" });

  await selectState(page, "Work");
  await expect(panel.getByTestId("resource-kind")).toContainText("Runs the activity Review");
  const api = panel.getByRole("combobox", { name: "API" });
  await api.focus();
  await api.selectOption({ label: "Amazon SNS Publish" });
  const work = (await getDefinition(page)).States.Work;
  expect(work?.Resource).toBe("arn:aws:states:::sns:publish");
  expect(work?.Parameters).toHaveProperty("TopicArn");
  await expect(panel.getByTestId("resource-kind")).toHaveCount(0);
});

test("Map: distributed mode with an S3 CSV source, batching and a failure threshold", async ({ page }) => {
  await load(page, { StartAt: "Loop", States: { Loop: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "P", States: { P: { Type: "Pass", End: true } } }, End: true } } });
  await node(page, "Loop").click({ position: { x: 30, y: 12 } });
  const panel = inspector(page);
  await panel.getByRole("radio", { name: /^Distributed/ }).check();
  await panel.getByRole("combobox", { name: "Item source" }).selectOption("getObject");
  await panel.getByRole("combobox", { name: "File format" }).selectOption("CSV");
  await panel.getByRole("radio", { name: /^Given here/ }).check();
  await textbox(panel, "Column names").fill("userId, movieId, rating");
  await panel.getByRole("combobox", { name: "How Maximum items is given" }).selectOption("value");
  await textbox(panel, "Maximum items").fill("1000");
  await panel.getByRole("checkbox", { name: "Batch items (ItemBatcher)" }).check();
  await panel.getByRole("combobox", { name: "How Tolerated failure percentage is given" }).selectOption("value");
  await textbox(panel, "Tolerated failure percentage").fill("2.5");
  const loop = (await getDefinition(page)).States.Loop;
  expect(loop?.ItemProcessor).toMatchObject({ ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" } });
  expect(loop?.ItemReader).toEqual({
    Resource: "arn:aws:states:::s3:getObject",
    ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["userId", "movieId", "rating"], MaxItems: 1000 },
    Parameters: { Bucket: "amzn-s3-demo-bucket", Key: "items.json" },
  });
  expect(loop?.ItemBatcher).toEqual({ MaxItemsPerBatch: 10 });
  expect(loop?.ToleratedFailurePercentage).toBe(2.5);
});

test("tabs are keyboard operable and nothing selected shows the state machine's fields", async ({ page }) => {
  await load(page, { StartAt: "A", States: { A: { Type: "Wait", Seconds: 5, Next: "B" }, B: { Type: "Succeed" } } });
  await expect(inspector(page).getByTestId("machine-inspector")).toBeVisible();
  await textbox(inspector(page), "Timeout (s)").fill("3600");
  await textbox(inspector(page), "ASL version").fill("1.0");
  expect(await getDefinition(page)).toMatchObject({ TimeoutSeconds: 3600, Version: "1.0" });

  await selectState(page, "A");
  await inspector(page).getByRole("radio", { name: /Wait until a timestamp taken from the input/ }).check();
  expect((await getDefinition(page)).States.A).toEqual({ Type: "Wait", TimestampPath: "$.expirydate", Next: "B" });
  await inspector(page).getByRole("combobox", { name: "Next state" }).selectOption({ label: "End of the workflow (End)" });
  expect((await getDefinition(page)).States.A).toEqual({ Type: "Wait", TimestampPath: "$.expirydate", End: true });

  await tab(page, "Configuration").focus();
  await page.keyboard.press("ArrowRight");
  await expect(tab(page, "Input")).toHaveAttribute("aria-selected", "true");
  await expect(tab(page, "Input")).toBeFocused();
  await page.keyboard.press("End");
  await expect(tab(page, "Definition")).toHaveAttribute("aria-selected", "true");
  await expect(inspector(page).getByRole("tabpanel")).toContainText('"TimestampPath": "$.expirydate"');
});

test("while the code does not parse the inspector is read-only and says why", async ({ page }) => {
  await load(page, { StartAt: "A", States: { A: { Type: "Pass", Comment: "kept", End: true } } });
  await selectState(page, "A");
  const comment = textbox(inspector(page), "Comment");
  await expect(comment).toBeEditable();
  await page.evaluate(() => window.aslStudio?.setText('{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}'));
  await expect(inspector(page).getByTestId("inspector-read-only")).toContainText("read-only");
  await expect(comment).toBeDisabled();
  await expect(comment).toHaveValue("kept");
  await tab(page, "Definition").click();
  await expect(inspector(page).getByTestId("state-definition")).toContainText('"Comment": "kept"');
});
