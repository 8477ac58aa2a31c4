import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";

const FIXTURES = join(process.cwd(), "e2e", "fixtures");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));

const setDefinition = (page: Page, definition: unknown) => page.evaluate((d) => window.aslStudio?.setDefinition(d as never), definition);
const node = (page: Page, name: string) => page.locator(`[data-testid="state-node"][data-state-name="${name}"]`);
const runControls = (page: Page) => page.getByRole("toolbar", { name: "Run controls" });
const runView = (page: Page, name: string) => page.getByRole("tablist", { name: "Run views" }).getByRole("tab", { name });
const setupTab = (page: Page, name: string) => page.getByRole("tablist", { name: "Run setup" }).getByRole("tab", { name });

async function openSimulator(page: Page, definition: unknown): Promise<void> {
  await page.goto("/");
  await expect(page.getByTestId("document-name")).toBeVisible();
  await setDefinition(page, definition);
  await page.getByRole("tab", { name: /^Simulator/ }).click();
  await expect(page.getByTestId("simulator")).toBeVisible();
}

async function typeInput(page: Page, json: string): Promise<void> {
  await setupTab(page, "Input").click();
  await page.getByTestId("input-json").fill(json);
}

/** The JSON a JsonView shows (one line per element; indentation is drawn with padding). */
async function shownJson(page: Page, testId: string): Promise<unknown> {
  const text = (await page.getByTestId(testId).first().textContent()) ?? "";
  return JSON.parse(text.replace(/(added|changed): /g, ""));
}

/** The JSON value shown in a stage or view (its lines joined). */
async function jsonOf(locator: import("@playwright/test").Locator): Promise<unknown> {
  return JSON.parse(((await locator.textContent()) ?? "").replace(/(added|changed): /g, ""));
}

/** Runs the CLI on the same definition, input and mocks: `npx asl-studio run … --format json`. */
function cliRun(definitionFile: string, input: string, mockConfig: string, testCase: string): { status: string; output?: unknown; events: { id: number; previousEventId: number; type: string }[] } {
  let stdout: string;
  try {
    stdout = execFileSync("npx", ["asl-studio", "run", definitionFile, "--input-json", input, "--mock-config", mockConfig, "--test-case", testCase, "--format", "json"], { encoding: "utf8" });
  } catch (error) {
    stdout = String((error as { stdout?: string }).stdout ?? "");
  }
  return JSON.parse(stdout);
}

const employeeMachine = readJson("employee-dynamodb.asl.json");

/** Mocks "Read From DynamoDB" with a sequence: two DynamoDB errors, then the item (clicks and keys in the Mocks tab). */
async function mockReadFailsTwiceThenSucceeds(page: Page): Promise<void> {
  await setupTab(page, "Mocks").click();
  const mocks = page.getByTestId("mocks-editor");
  await mocks.getByRole("button", { name: /Read From DynamoDB/ }).click();
  await page.getByLabel("Mock of Read From DynamoDB").selectOption("sequence");
  await page.getByLabel("Invocation 0: error name").fill("DynamoDB.AmazonDynamoDBException");
  await page.getByLabel("Invocation 0: cause").fill("Throttled");
  await page.getByRole("radiogroup", { name: "Invocation 1: answer" }).getByLabel("Error").check();
  await page.getByLabel("Invocation 1: error name").fill("DynamoDB.AmazonDynamoDBException");
  await page.getByLabel("Invocation 1: cause").fill("Throttled again");
  await mocks.getByRole("button", { name: "Add invocation" }).click();
  await page.getByLabel("Invocation 2: result JSON").fill('{"Item": {"EmployeeId": {"S": "1"}, "JobTitle": {"S": "Engineer"}}}');
  await expect(mocks.getByText("3 answers")).toBeVisible();
}

test("runs a guide example with a Choice and a Retry whose mock fails twice then succeeds", async ({ page }) => {
  await openSimulator(page, employeeMachine);
  await typeInput(page, '{"employee": "1"}');
  await mockReadFailsTwiceThenSucceeds(page);
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");

  // Colours on the graph, with the legend; the path taken; the retries on the node.
  await expect(page.getByTestId("run-legend")).toBeVisible();
  await expect(node(page, "Read From DynamoDB")).toHaveAttribute("data-status", "succeeded");
  await expect(node(page, "Is Get Successful")).toHaveAttribute("data-status", "succeeded");
  await expect(node(page, "Succeed Execution")).toHaveAttribute("data-status", "succeeded");
  await expect(node(page, "Fail Execution")).toHaveAttribute("data-status", "not-run");
  await expect(node(page, "Read From DynamoDB").getByTestId("node-retries")).toHaveText("↻ 2");
  await expect(node(page, "Read From DynamoDB")).toHaveAttribute("aria-label", /succeeded after 2 retries/);
  await expect(page.locator('[data-testid="edge"][data-source="Is Get Successful"][data-target="Succeed Execution"]')).toHaveAttribute("data-taken", "true");
  await expect(page.locator('[data-testid="edge"][data-source="Is Get Successful"][data-target="Fail Execution"]')).not.toHaveAttribute("data-taken", "true");

  // The final output.
  expect(await shownJson(page, "result-output")).toEqual({ employee: "1", jobTitle: "Engineer" });
  await expect(page.getByTestId("result-transitions")).toHaveText("3");

  // The retry count in the step details of the clicked state.
  await node(page, "Read From DynamoDB").click();
  await runView(page, "Step details").click();
  await expect(page.getByTestId("retry-count")).toHaveText("2 retries");
  await expect(page.getByRole("region", { name: "Retries" })).toContainText("Throttled again");
  await expect(page.getByTestId("visit-duration")).toHaveText("7.5 s");

  // The event table: AWS names, filtered by type, details on demand; opened here on this state's events.
  await page.getByTestId("visit-details").getByRole("button", { name: "Events" }).click();
  await expect(page.getByLabel("Filter by state")).toHaveValue("Read From DynamoDB");
  await expect(page.getByTestId("event-row").first()).toHaveAttribute("data-event-type", "TaskStateEntered");
  await page.getByRole("button", { name: "Clear filters" }).click();
  const table = page.getByRole("grid", { name: "Event history" });
  for (const column of ["ID ▲", "Type", "Step", "Previous ID", "Elapsed"]) await expect(table.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  await expect(page.getByTestId("event-row").first()).toHaveAttribute("data-event-type", "ExecutionStarted");
  await page.getByLabel("Filter by type").selectOption("TaskFailed");
  await expect(page.getByTestId("event-row")).toHaveCount(2);
  await expect(page.getByTestId("event-count")).toHaveText(/^2 of \d+ events$/);
  await page.getByTestId("event-row").first().click();
  await expect(page.getByTestId("event-details")).toContainText("DynamoDB.AmazonDynamoDBException");
  await page.getByLabel("Filter by type").selectOption("");
  await page.getByLabel("Filter by state").selectOption("Is Get Successful");
  await expect(page.getByTestId("event-row")).toHaveCount(2);
  await expect(page.getByTestId("event-row").nth(0)).toHaveAttribute("data-event-type", "ChoiceStateEntered");
  // A click on the ID header reverses the order.
  await table.getByRole("button", { name: "ID ▲" }).click();
  await expect(page.getByTestId("event-row").nth(0)).toHaveAttribute("data-event-type", "ChoiceStateExited");

  // The timeline shows every visit.
  await runView(page, "Timeline").click();
  await expect(page.getByTestId("timeline").getByRole("listitem")).toHaveCount(3);
});

test("steps through with a breakpoint", async ({ page }) => {
  await openSimulator(page, JSON.parse(readFileSync(join(process.cwd(), "src", "app", "sampleDefinition.json"), "utf8")));
  await typeInput(page, '{"IsHelloWorldExample": true}');
  // A breakpoint set with a click on the node's toggle…
  await node(page, "Wait 3 seconds").hover();
  await node(page, "Wait 3 seconds").getByTestId("breakpoint-toggle").click();
  await expect(node(page, "Wait 3 seconds")).toHaveAttribute("data-breakpoint", "true");
  // …and one with the keyboard (F9 on the selected state).
  await node(page, "PassState").click();
  await page.keyboard.press("F9");
  await expect(node(page, "PassState")).toHaveAttribute("data-breakpoint", "true");

  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Paused");
  await expect(page.getByTestId("paused-at")).toHaveText("Paused before Wait 3 seconds");
  await expect(node(page, "Yes")).toHaveAttribute("data-status", "succeeded");
  await expect(node(page, "Wait 3 seconds")).toHaveAttribute("data-status", "not-run");
  await expect(node(page, "Wait 3 seconds")).toHaveAttribute("aria-label", /paused here/);

  // Step runs to the next state entry.
  await runControls(page).getByRole("button", { name: "Step" }).click();
  await expect(page.getByTestId("paused-at")).toHaveText("Paused before Parallel");
  await expect(node(page, "Wait 3 seconds")).toHaveAttribute("data-status", "succeeded");
  await expect(node(page, "Parallel")).toHaveAttribute("data-status", "not-run");
  await runControls(page).getByRole("button", { name: "Step" }).click();
  await expect(page.getByTestId("paused-at")).toContainText(/Paused before (Hello|World)/);

  // Continue runs to the next breakpoint, then to the end.
  await runControls(page).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("paused-at")).toHaveText("Paused before PassState");
  await expect(node(page, "Parallel")).toHaveAttribute("data-status", "succeeded");
  await expect(node(page, "Parallel").getByTestId("node-count")).toHaveText("2/2 branches");
  await runControls(page).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await expect(node(page, "No")).toHaveAttribute("data-status", "not-run");
});

test("stops an endless loop; the transition limit also ends it", async ({ page }) => {
  await openSimulator(page, {
    StartAt: "Tick",
    States: {
      Tick: { Type: "Pass", Next: "Again?" },
      "Again?": { Type: "Choice", Choices: [{ Variable: "$.stop", IsPresent: true, Next: "Done" }], Default: "Tick" },
      Done: { Type: "Succeed" },
    },
  });
  // Paced, the loop never ends by itself in the test's time.
  await runControls(page).getByLabel("Speed").selectOption("10");
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Running");
  await expect.poll(() => node(page, "Tick").getAttribute("aria-label")).toMatch(/×[2-9]|in progress|succeeded/);
  // The page stays responsive while it runs.
  await runView(page, "Events").click();
  await expect(page.getByTestId("event-table")).toBeVisible();
  await runControls(page).getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Aborted");
  // The history ends with the abort (newest first, so it is the top row however long the run was).
  await page.getByTitle("Reverse the order").click();
  await expect(page.getByTestId("event-row").first()).toHaveAttribute("data-event-type", "ExecutionAborted");
  await page.getByTitle("Reverse the order").click();

  // At full speed the 25,000-transition limit ends it with a clear message.
  await runControls(page).getByLabel("Speed").selectOption("instant");
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Failed", { timeout: 20_000 });
  await runView(page, "Result").click();
  await expect(page.getByTestId("result-error")).toContainText("States.Runtime");
  await expect(page.getByTestId("result-error")).toContainText("reached the limit of 25000 state transitions");
  await expect(page.getByTestId("result-transitions")).toHaveText("25001");
  // Runs of 10,000+ events stay usable: the virtualised table renders a window of rows.
  await runView(page, "Events").click();
  await expect(page.getByTestId("event-count")).toHaveText(/^\d{5} events$/);
  expect(await page.getByTestId("event-row").count()).toBeLessThan(200);
});

test("opens a Map iteration", async ({ page }) => {
  await openSimulator(page, readJson("pirates-map.asl.json"));
  await typeInput(page, JSON.stringify({ ThingsPiratesSay: [{ say: "Avast!" }, { say: "Yar!" }, { say: "Walk the Plank!" }], ThingsGiantsSay: [{ say: "Fee!" }] }));
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await expect(node(page, "PiratesSay").getByTestId("node-count")).toHaveText("3/3 items");
  await expect(node(page, "SayWord")).toHaveAttribute("data-status", "succeeded");

  await node(page, "SayWord").click();
  await runView(page, "Step details").click();
  await expect(page.getByTestId("step-details")).toContainText("3 visits in this run");
  const picker = page.getByTestId("iteration-picker");
  await expect(picker.locator("option")).toHaveText(["#0", "#1", "#2"]);
  await picker.selectOption({ label: "#2" });
  expect(await shownJson(page, "visit-input")).toEqual({ say: "Walk the Plank!" });
  await page.getByRole("button", { name: "Previous iteration" }).click();
  await expect(picker).toHaveValue("1");
  expect(await shownJson(page, "visit-output")).toEqual({ say: "Yar!" });

  // The data-flow view has the Map's own fields (the console's simulator has none, seed L6548–L6561).
  await node(page, "PiratesSay").click({ position: { x: 70, y: 24 } });
  await runView(page, "Data flow").click();
  const items = page.locator('[data-testid="stage"][data-stage="items"]');
  await expect(items.getByTestId("field-ItemsPath")).toHaveValue("$.ThingsPiratesSay");
  expect(await jsonOf(items.getByTestId("stage-value"))).toEqual([{ say: "Avast!" }, { say: "Yar!" }, { say: "Walk the Plank!" }]);
  await expect(page.locator('[data-testid="stage"][data-stage="afterItemSelector"]').getByTestId("field-ItemSelector")).toBeVisible();
});

test("edits ResultPath in the data-flow view and watches the later stages change", async ({ page }) => {
  await openSimulator(page, readJson("hello-lambda-paths.asl.json"));
  await node(page, "HelloWorld").click();
  await runView(page, "Data flow").click();
  const view = page.getByTestId("dataflow");
  // No run yet: the input and the task result are typed here (the guide's example, seed L6369–L6418).
  await page.getByTestId("dataflow-input").fill(JSON.stringify({ comment: "An input comment.", data: { val1: 23, val2: 17 }, extra: "foo", lambda: { who: "AWS Step Functions" } }));
  await view.getByLabel("Result source").selectOption("typed");
  await page.getByTestId("dataflow-result").fill('"Hello, AWS Step Functions!"');
  const stage = (id: string) => view.locator(`[data-testid="stage"][data-stage="${id}"]`);
  await expect(view.locator('[data-testid="stage"] .stage-api-name')).toHaveText(["input", "afterInputPath", "afterParameters", "result", "afterResultSelector", "afterResultPath", "output"]);
  await expect.poll(() => jsonOf(stage("afterInputPath").getByTestId("stage-value"))).toEqual({ who: "AWS Step Functions" });
  await expect(stage("output").getByTestId("stage-value")).toContainText('"lambdaresult": "Hello, AWS Step Functions!"');
  // The placed result is highlighted as added.
  await expect(stage("afterResultPath").locator(".json-line.is-added")).toContainText('"lambdaresult"');

  // Editing ResultPath changes the definition and the later stages, as you type.
  const resultPath = stage("afterResultPath").getByTestId("field-ResultPath");
  await expect(resultPath).toHaveValue("$.data.lambdaresult");
  await resultPath.fill("");
  await resultPath.pressSequentially("$.taskresult");
  await expect(stage("afterResultPath").getByTestId("stage-value")).toContainText('"taskresult": "Hello, AWS Step Functions!"');
  expect(await jsonOf(stage("output").getByTestId("stage-value"))).toEqual({ val1: 23, val2: 17 });
  const resultPathInDocument = () => page.evaluate(() => (window.aslStudio?.getDefinition() as { States: { HelloWorld: { ResultPath?: string } } }).States.HelloWorld.ResultPath);
  expect(await resultPathInDocument()).toBe("$.taskresult");
  // The whole burst of typing is one undo step.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(resultPath).toHaveValue("$.data.lambdaresult");
  expect(await resultPathInDocument()).toBe("$.data.lambdaresult");
  await expect(stage("output").getByTestId("stage-value")).toContainText("lambdaresult");
  // A ResultPath into a non-object fails at that stage with the error AWS raises.
  await resultPath.fill("$.extra.result");
  await expect(stage("afterResultPath").getByTestId("stage-error")).toContainText("States.ResultPathMatchFailure");
  await expect(stage("output")).toHaveAttribute("data-status", "not-reached");

  // The console's documented bugs, done right: a single-item result stays an array (seed L8030–L8055)…
  await page.getByTestId("dataflow-input").fill(JSON.stringify({ items: [{ name: "shoe", color: "blue", comment: "nice shoe" }, { name: "hat", color: "red" }] }));
  await stage("afterInputPath").getByTestId("field-InputPath").fill("$..comment");
  await expect.poll(() => jsonOf(stage("afterInputPath").getByTestId("stage-value"))).toEqual(["nice shoe"]);
  // …and filter expressions evaluate as on the service.
  await page.getByTestId("dataflow-input").fill(JSON.stringify({ store: { book: [{ title: "A", price: 8.95 }, { title: "B", price: 12.99 }, { title: "C", price: 22.99 }] } }));
  await stage("afterInputPath").getByTestId("field-InputPath").fill("$..book[?(@.price > 10.0)].title");
  await expect.poll(() => jsonOf(stage("afterInputPath").getByTestId("stage-value"))).toEqual(["B", "C"]);
});

test("runs the guide's MockConfigFile example imported from a file", async ({ page }) => {
  await openSimulator(page, readJson("LambdaSQSIntegration.asl.json"));
  await setupTab(page, "Mocks").click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import MockConfigFile…" }).click();
  await (await chooser).setFiles(join(FIXTURES, "MockConfigFile.json"));
  await page.getByLabel("Test case").selectOption("RetryPath");
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await expect(node(page, "LambdaState").getByTestId("node-retries")).toHaveText("↻ 3");
  await expect(node(page, "SQSState")).toHaveAttribute("data-status", "succeeded");
  expect(await shownJson(page, "result-output")).toEqual({ MD5OfMessageBody: "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51", MessageId: "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51" });
  await node(page, "LambdaState").click();
  await runView(page, "Step details").click();
  await expect(page.getByTestId("visit-mock")).toHaveText("the MockConfigFile test case");
  await expect(page.getByRole("region", { name: "Retries" })).toContainText("Lambda.ResourceNotReadyException");
  await expect(page.getByRole("region", { name: "Retries" })).toContainText("Lambda.TimeoutException");

  // HybridPath mocks only the Lambda call: SQS answers with its default result.
  await page.getByLabel("Test case").selectOption("HybridPath");
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await node(page, "SQSState").click();
  await expect(page.getByTestId("visit-mock")).toHaveText("the integration's default result (no mock)");
});

test("the browser's run matches the command line's run for the same definition, input and mocks", async ({ page }) => {
  // 1. The guide's MockConfigFile example.
  await openSimulator(page, readJson("LambdaSQSIntegration.asl.json"));
  await setupTab(page, "Mocks").click();
  await page.getByTestId("mock-config-file").setInputFiles(join(FIXTURES, "MockConfigFile.json"));
  await page.getByLabel("Test case").selectOption("RetryPath");
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  const browserOutput = await shownJson(page, "result-output");
  await runView(page, "Events").click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const history = JSON.parse(readFileSync((await (await download).path()) as string, "utf8")) as { events: { id: number; previousEventId: number; type: string }[] };
  const cli = cliRun(join(FIXTURES, "LambdaSQSIntegration.asl.json"), "{}", join(FIXTURES, "MockConfigFile.json"), "RetryPath");
  expect(cli.status).toBe("SUCCEEDED");
  expect(browserOutput).toEqual(cli.output);
  const shape = (events: { id: number; previousEventId: number; type: string }[]) => events.map((e) => `${e.id}<${e.previousEventId} ${e.type}`);
  expect(shape(history.events)).toEqual(shape(cli.events));

  // 2. The Choice + Retry example with per-state mocks, exported as a MockConfigFile for the CLI.
  await setDefinition(page, employeeMachine);
  await setupTab(page, "Mocks").click();
  await page.getByRole("button", { name: "Remove the mock config" }).click();
  await typeInput(page, '{"employee": "1"}');
  await mockReadFailsTwiceThenSucceeds(page);
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await runView(page, "Result").click();
  const output = await shownJson(page, "result-output");
  const exported = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export mocks" }).click();
  const mockFile = (await (await exported).path()) as string;
  const fromCli = cliRun(join(FIXTURES, "employee-dynamodb.asl.json"), '{"employee": "1"}', mockFile, "Simulated");
  expect(fromCli.status).toBe("SUCCEEDED");
  expect(output).toEqual(fromCli.output);
});

test("a callback task pauses with a prompt; the answer typed there continues the run", async ({ page }) => {
  await openSimulator(page, {
    StartAt: "Wait for approval",
    States: {
      "Wait for approval": {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/approvals", MessageBody: { "TaskToken.$": "$$.Task.Token" } },
        Catch: [{ ErrorEquals: ["Rejected"], ResultPath: "$.rejection", Next: "Rejected" }],
        Next: "Approved",
      },
      Approved: { Type: "Succeed" },
      Rejected: { Type: "Fail", Error: "NotApproved" },
    },
  });
  const run = () => runControls(page).getByRole("button", { name: "Run" }).click();
  await run();
  const prompt = page.getByTestId("callback-prompt");
  await expect(prompt).toContainText("Wait for approval waits for a callback");
  await expect(page.getByTestId("run-status")).toHaveText("Waiting for a callback");
  await expect(node(page, "Wait for approval")).toHaveAttribute("data-status", "running");
  await prompt.getByLabel("Output (SendTaskSuccess)").fill('{"approved": true}');
  await prompt.getByRole("button", { name: "Send success" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  expect(await shownJson(page, "result-output")).toEqual({ approved: true });

  await run();
  await page.getByTestId("callback-prompt").getByLabel("Error (SendTaskFailure)").fill("Rejected");
  await page.getByTestId("callback-prompt").getByLabel("Cause").fill("Too expensive");
  await page.getByTestId("callback-prompt").getByRole("button", { name: "Send failure" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Failed");
  await expect(node(page, "Wait for approval")).toHaveAttribute("data-status", "caught");
  await expect(node(page, "Rejected")).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("result-error")).toContainText("NotApproved");
});

test("a mock set in the state's inspector is the one the run uses", async ({ page }) => {
  await openSimulator(page, readJson("hello-lambda-paths.asl.json"));
  await node(page, "HelloWorld").click();
  const mockSection = page.getByTestId("task-mock");
  await mockSection.getByLabel("Mock of HelloWorld").selectOption("result");
  await mockSection.getByLabel("HelloWorld: result JSON").fill('"Hello, AWS Step Functions!"');
  await typeInput(page, JSON.stringify({ comment: "An input comment.", data: { val1: 23, val2: 17 }, extra: "foo", lambda: { who: "AWS Step Functions" } }));
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  // The guide's documented output (seed L6418).
  expect(await shownJson(page, "result-output")).toEqual({ val1: 23, val2: 17, lambdaresult: "Hello, AWS Step Functions!" });
  // The same mock shows in the simulator's Mocks tab.
  await setupTab(page, "Mocks").click();
  await expect(page.getByTestId("mocks-editor").getByLabel("Mock of HelloWorld")).toHaveValue("result");
});

test("the bottom panel switches tabs, resizes from the keyboard and maximises", async ({ page }) => {
  await page.goto("/");
  const tabs = page.getByRole("tablist", { name: "Bottom panel" });
  await expect(tabs.getByRole("tab", { name: /^Problems/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("region", { name: "Problems" })).toBeVisible();
  // The Run button beside the tabs opens the simulator and runs.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(tabs.getByRole("tab", { name: /^Simulator/ })).toHaveAttribute("aria-selected", "true");
  // The sample opens with the tutorial's input (seed L12722), so the run succeeds.
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  const panel = page.locator(".bottom-panel");
  const before = (await panel.boundingBox())?.height ?? 0;
  const resizer = page.getByRole("separator", { name: "Resize the bottom panel" });
  await resizer.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect.poll(async () => Math.round(((await panel.boundingBox())?.height ?? 0) - before)).toBe(80);
  await page.getByRole("button", { name: "Maximise the bottom panel" }).click();
  await expect(page.getByRole("main", { name: "Canvas" })).toBeHidden();
  await page.getByRole("button", { name: "Restore the bottom panel" }).click();
  await expect(page.getByRole("main", { name: "Canvas" })).toBeVisible();
  // Arrow keys move between the tabs; the status of the run shows on the Simulator tab.
  await tabs.getByRole("tab", { name: /^Simulator/ }).press("ArrowLeft");
  await expect(tabs.getByRole("tab", { name: /^Problems/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("tab-run-status")).toHaveText("Succeeded");
});
