/**
 * JSONata and variables through the UI (issue 9): the machine-wide switch converts a JSONPath
 * workflow (the runs before and after agree), a refused conversion changes nothing, a variable
 * assigned in the inspector's Assign editor is read three states later, the variables panel while
 * a run is paused, and completion inside {% %} in Code mode.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";

type Json = Record<string, unknown>;

const SHOTS = process.env.ASL_SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const getDefinition = (page: Page) => page.evaluate(() => window.aslStudio?.getDefinition() as unknown as Json);
const setDefinition = (page: Page, definition: unknown) => page.evaluate((d) => window.aslStudio?.setDefinition(d as never), definition);
const node = (page: Page, name: string) => page.locator(`[data-testid="state-node"][data-state-name="${name}"]`);
const inspector = (page: Page) => page.getByTestId("inspector");
const tab = (page: Page, name: string) => inspector(page).getByRole("tab", { name, exact: true });
const runControls = (page: Page) => page.getByRole("toolbar", { name: "Run controls" });
const runView = (page: Page, name: string) => page.getByRole("tablist", { name: "Run views" }).getByRole("tab", { name });

async function load(page: Page, definition: unknown): Promise<void> {
  await page.goto("/");
  await expect(page.getByTestId("document-name")).toBeVisible();
  await setDefinition(page, definition);
  await expect(page.locator('[data-testid="state-node"]').first()).toBeVisible();
  await page.getByRole("button", { name: "Fit to view" }).click();
}

async function selectState(page: Page, name: string): Promise<void> {
  await node(page, name).click();
  await expect(inspector(page).getByTestId("state-inspector")).toHaveAttribute("data-state-name", name);
}

/** Nothing selected: the inspector shows the state machine's fields. */
async function selectMachine(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await page.locator(".react-flow__pane").click({ position: { x: 8, y: 8 } });
  await expect(inspector(page).getByTestId("machine-inspector")).toBeVisible();
}

async function openSimulator(page: Page): Promise<void> {
  await page.getByRole("tab", { name: /^Simulator/ }).click();
  await expect(page.getByTestId("simulator")).toBeVisible();
}

async function typeInput(page: Page, json: string): Promise<void> {
  await page.getByRole("tablist", { name: "Run setup" }).getByRole("tab", { name: "Input" }).click();
  await page.getByTestId("input-json").fill(json);
}

/** Runs with the Run button and returns the output the Result view shows. */
async function runAndReadOutput(page: Page): Promise<unknown> {
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await runView(page, "Result").click();
  return jsonOf(page.getByTestId("result-output"));
}

async function jsonOf(locator: Locator): Promise<unknown> {
  return JSON.parse(((await locator.textContent()) ?? "").replace(/(added|changed): /g, ""));
}

/** A JSONPath workflow with the common patterns: Parameters, ResultSelector, ResultPath, OutputPath, a Choice and an intrinsic. */
const ORDERS = {
  Comment: "Orders priced by a Lambda function",
  StartAt: "Prepare",
  States: {
    Prepare: { Type: "Pass", Parameters: { "order.$": "$.order", fee: 2 }, Next: "Price" },
    Price: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "price", "Payload.$": "$.order" },
      ResultSelector: { "amount.$": "$.Payload.amount" },
      ResultPath: "$.price",
      Next: "Check",
    },
    Check: { Type: "Choice", Choices: [{ Variable: "$.price.amount", NumericGreaterThan: 100, Next: "Big" }], Default: "Small" },
    Big: { Type: "Pass", Parameters: { size: "big", "total.$": "States.MathAdd($.price.amount, $.fee)", "id.$": "$.order.id" }, End: true },
    Small: { Type: "Pass", Parameters: { size: "small", "total.$": "$.price.amount" }, OutputPath: "$.total", End: true },
  },
};

test("converts a JSONPath workflow to JSONata with the machine-wide switch; both runs give the same output", async ({ page }) => {
  await load(page, ORDERS);
  await openSimulator(page);
  await typeInput(page, '{"order": {"id": "o-1", "qty": 3}}');
  await page.evaluate(() => window.aslStudio?.setSimulation({ mocks: { Price: { result: { Payload: { amount: 120 } } } } }));
  const before = await runAndReadOutput(page);
  expect(before).toEqual({ size: "big", total: 122, id: "o-1" });

  await selectMachine(page);
  const language = inspector(page).getByTestId("machine-language");
  await expect(language.getByRole("button", { name: "JSONPath" })).toHaveAttribute("aria-pressed", "true");
  await language.getByRole("button", { name: "JSONata" }).click();
  await expect(language.getByTestId("language-switch-result")).toContainText("Converted the workflow to JSONata (5 states)");
  await expect(language.getByRole("button", { name: "JSONata" })).toHaveAttribute("aria-pressed", "true");
  await shot(page, "jsonata-converted");

  // The converted definition: Arguments and Output instead of the five JSONPath fields, a Condition.
  const converted = await getDefinition(page);
  expect(converted.QueryLanguage).toBe("JSONata");
  const states = converted.States as Record<string, Json>;
  expect(states.Price).toMatchObject({ Arguments: { FunctionName: "price", Payload: "{% $states.input.order %}" } });
  expect(states.Price).not.toHaveProperty("Parameters");
  expect(states.Price).not.toHaveProperty("ResultSelector");
  expect(states.Price?.Output).toMatch(/^\{% .*\$states\.result\.Payload\.amount.* %\}$/);
  expect((states.Check?.Choices as Json[])[0]).toHaveProperty("Condition");
  expect(states.Small).toEqual({ Type: "Pass", End: true, Output: "{% $states.input.price.amount %}" });
  await expect(page.getByText("0 errors, 0 warnings")).toBeVisible();

  // The same input and mocks: the same output, through the Run button and through the API.
  const after = await runAndReadOutput(page);
  expect(after).toEqual(before);
  const viaApi = await page.evaluate(() => window.aslStudio?.run({ order: { id: "o-1", qty: 3 } }, { Price: { result: { Payload: { amount: 80 } } } }));
  expect(viaApi?.output).toBe(80);

  // The converted Choice's edge is labelled with its Condition; one undo brings the JSONPath workflow back.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Undo" }).click();
  expect(await getDefinition(page)).toEqual(ORDERS);
});

test("a conversion the converter refuses shows the fields and reasons, and changes nothing", async ({ page }) => {
  const refused = {
    StartAt: "Collect",
    States: {
      Collect: { Type: "Pass", Parameters: { "ids.$": "$.items[*].id" }, Next: "Done" },
      Done: { Type: "Succeed" },
    },
  };
  await load(page, refused);
  // Per state…
  await selectState(page, "Collect");
  const stateSwitch = inspector(page).getByTestId("state-language");
  await stateSwitch.getByRole("button", { name: "JSONata" }).click();
  await expect(stateSwitch.getByTestId("conversion-refusals")).toContainText("Nothing was converted");
  await expect(stateSwitch.getByTestId("conversion-refusal").first()).toContainText("Parameters › ids.$");
  await expect(stateSwitch.getByRole("button", { name: "JSONPath" })).toHaveAttribute("aria-pressed", "true");
  expect(await getDefinition(page)).toEqual(refused);
  // …and for the whole machine.
  await selectMachine(page);
  const language = inspector(page).getByTestId("machine-language");
  await language.getByRole("button", { name: "JSONata" }).click();
  await expect(language.getByRole("button", { name: "JSONPath" })).toHaveAttribute("aria-pressed", "true");
  const refusals = language.getByTestId("conversion-refusal");
  await expect(refusals).toHaveCount(1);
  await expect(refusals.first()).toContainText("Collect › Parameters › ids.$");
  await shot(page, "jsonata-refused");
  expect(await getDefinition(page)).toEqual(refused);
});

test("a variable assigned in the Assign editor is read three states later (JSONata Output and JSONPath .$)", async ({ page }) => {
  const chain = (language: "JSONata" | "JSONPath") => ({
    ...(language === "JSONata" ? { QueryLanguage: "JSONata" } : {}),
    StartAt: "Greet",
    States: {
      Greet: { Type: "Pass", Next: "Step 2" },
      "Step 2": { Type: "Pass", Next: "Step 3" },
      "Step 3": { Type: "Pass", Next: "Answer" },
      Answer: { Type: "Pass", End: true },
    },
  });

  // JSONata: assign $greeting in Greet, read it in Answer's Output.
  await load(page, chain("JSONata"));
  await selectState(page, "Greet");
  await tab(page, "Variables").click();
  await inspector(page).getByRole("button", { name: "Add variable" }).click();
  await inspector(page).getByRole("textbox", { name: "Variable 1 name" }).fill("greeting");
  await inspector(page).getByRole("textbox", { name: "Variable 1 value" }).fill("{% 'Hello, ' & $states.input.name %}");
  await selectState(page, "Answer");
  await tab(page, "Variables").click();
  await expect(inspector(page).getByTestId("variables-in-scope")).toContainText("$greeting from Greet");
  await tab(page, "Output").click();
  await inspector(page).getByTestId("output-editor").fill('{"message": "{% $greeting %}"}');
  await shot(page, "jsonata-output-editor");
  const definition = await getDefinition(page);
  expect((definition.States as Record<string, Json>).Greet).toEqual({ Type: "Pass", Assign: { greeting: "{% 'Hello, ' & $states.input.name %}" }, Next: "Step 2" });
  expect((definition.States as Record<string, Json>).Answer).toEqual({ Type: "Pass", End: true, Output: { message: "{% $greeting %}" } });
  await openSimulator(page);
  await typeInput(page, '{"name": "Ada"}');
  expect(await runAndReadOutput(page)).toEqual({ message: "Hello, Ada" });

  // JSONPath: "total.$": "$.total" assigned in Greet, read as "total.$": "$total" in Answer's Parameters.
  await setDefinition(page, chain("JSONPath"));
  await selectState(page, "Greet");
  await tab(page, "Variables").click();
  await inspector(page).getByRole("button", { name: "Add variable" }).click();
  await inspector(page).getByRole("textbox", { name: "Variable 1 name" }).fill("total");
  await expect(inspector(page).getByRole("combobox", { name: "Variable 1: how the value is given" })).toHaveValue("path");
  await inspector(page).getByRole("textbox", { name: "Variable 1 value" }).fill("$.order.total");
  await selectState(page, "Answer");
  await tab(page, "Input").click();
  await inspector(page).getByRole("checkbox", { name: "Transform input with Parameters" }).check();
  await inspector(page).getByRole("textbox", { name: "Parameters" }).fill('{"total.$": "$total", "note": "from a variable"}');
  const jsonPath = await getDefinition(page);
  expect((jsonPath.States as Record<string, Json>).Greet?.Assign).toEqual({ "total.$": "$.order.total" });
  await typeInput(page, '{"order": {"total": 42}}');
  expect(await runAndReadOutput(page)).toEqual({ total: 42, note: "from a variable" });
});

test("the variables panel shows what the paused state will read, then each visit's variables", async ({ page }) => {
  await load(page, {
    QueryLanguage: "JSONata",
    StartAt: "Store order",
    States: {
      "Store order": { Type: "Pass", Assign: { orderId: "{% $states.input.id %}", count: 0 }, Next: "Count" },
      Count: { Type: "Pass", Assign: { count: "{% $count + 1 %}" }, Next: "Report" },
      Report: { Type: "Pass", Output: { id: "{% $orderId %}", count: "{% $count %}" }, End: true },
    },
  });
  await openSimulator(page);
  await typeInput(page, '{"id": "A-7"}');
  await node(page, "Report").getByTestId("breakpoint-toggle").click();
  await expect(node(page, "Report")).toHaveAttribute("data-breakpoint", "true");
  await runControls(page).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("paused-at")).toContainText("Paused before Report");

  await runView(page, "Variables").click();
  const paused = page.getByTestId("variables-paused");
  await expect(paused).toContainText("Paused before Report");
  const table = page.getByTestId("variables-paused-table");
  await expect(table.locator('tr[data-variable="orderId"]')).toContainText('"A-7"');
  await expect(table.locator('tr[data-variable="count"]')).toContainText("1");
  const rows = page.getByTestId("variables-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toHaveAttribute("data-state", "Count");
  await expect(rows.nth(1).getByTestId("variables-assigned")).toHaveText("$count = 1");
  await shot(page, "jsonata-variables-paused");

  await runControls(page).getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await expect(paused).toHaveCount(0);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toHaveAttribute("data-state", "Report");
  // The step details of a visit list its variables too.
  await rows.nth(2).getByRole("button", { name: "Report" }).click();
  await expect(page.getByTestId("visit-variables")).toContainText("$orderId");
  // The data-flow view of the JSONata state: its stages from the run, and Output edited there.
  await runView(page, "Data flow").click();
  await expect(page.getByTestId("dataflow")).toHaveAttribute("data-language", "JSONata");
  await expect(page.locator('[data-testid="stage"][data-stage="output"] [data-testid="stage-value"]')).toContainText('"A-7"');
  await page.getByTestId("field-Output").fill('{"id": "{% $orderId %}", "twice": "{% $count * 2 %}"}');
  await expect(page.locator('[data-testid="stage"][data-stage="output"] [data-testid="stage-value"]')).toContainText('"twice": 2');
  await shot(page, "jsonata-dataflow");
  expect(((await getDefinition(page)).States as Record<string, Json>).Report?.Output).toEqual({ id: "{% $orderId %}", twice: "{% $count * 2 %}" });
});

test("Code mode completes $states and the variables in scope inside {% %}", async ({ page }) => {
  const text = `{
  "QueryLanguage": "JSONata",
  "StartAt": "Store",
  "States": {
    "Store": {"Type": "Pass", "Assign": {"total": 5}, "Next": "Use"},
    "Use": {"Type": "Pass", "Output": "{% MARK %}", "End": true}
  }
}`;
  await page.goto("/");
  await page.evaluate((t) => window.aslStudio?.setText(t), text);
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible();
  const editor = page.locator(".monaco-editor textarea").first();
  await editor.focus();
  await page.keyboard.press("Control+f");
  await page.keyboard.insertText("MARK");
  await page.keyboard.press("Escape");
  // The find selection covers MARK: type over it.
  await page.keyboard.type("$");
  const suggestions = page.locator(".monaco-editor .suggest-widget");
  await expect(suggestions).toBeVisible();
  await expect(suggestions).toContainText("$states");
  await expect(suggestions).toContainText("$total");
  await shot(page, "jsonata-code-completion");
  await page.keyboard.type("tot");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => window.aslStudio?.getText() ?? "")).toContain('"Output": "{% $total %}"');
  // $states. offers its members.
  await page.keyboard.press("Escape");
  await page.keyboard.type(" + $states.");
  await expect(suggestions).toContainText("input");
  await expect(suggestions).toContainText("context");
  await page.keyboard.press("Escape");
});
