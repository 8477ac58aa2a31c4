import { expect, test, type Page } from "@playwright/test";

const TEXT = `{
  "Comment": "Orders",
  "StartAt": "Charge",
  "States": {
    "Charge": {"Type": "Pass", "Next": "Ship"},
    "Ship": {
      "Type": "Succeed"
    }
  }
}`;

const node = (page: Page, name: string) => page.locator(`[data-testid="state-node"][data-state-name="${name}"]`);
const edge = (page: Page, source: string, target: string) => page.locator(`[data-testid="edge"][data-source="${source}"][data-target="${target}"]`);
const getText = (page: Page) => page.evaluate(() => window.aslStudio?.getText() ?? "");

async function openCode(page: Page, text = TEXT) {
  await page.goto("/");
  await page.evaluate((t) => window.aslStudio?.setText(t), text);
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible();
}

/** Puts the cursor right after `marker` (the first match) by searching with Monaco's find widget. */
async function placeCursorAfter(page: Page, marker: string) {
  const editor = page.locator(".monaco-editor textarea").first();
  await editor.focus();
  await page.keyboard.press("Control+f");
  await page.keyboard.insertText(marker);
  await page.keyboard.press("Escape");
  await page.keyboard.press("ArrowRight");
}

test("typing a new state into the JSON adds its node and connects it", async ({ page }) => {
  await openCode(page);
  await placeCursorAfter(page, '"Next": "Ship"');
  // Replace the target: select the word Ship (cursor sits after the closing quote).
  await page.keyboard.press("ArrowLeft");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.insertText("Pack");
  await placeCursorAfter(page, '"States": {');
  await page.keyboard.press("End");
  await page.keyboard.insertText('\n    "Pack": {"Type": "Pass", "Next": "Ship"},');
  await expect(node(page, "Pack")).toBeVisible();
  await expect(edge(page, "Charge", "Pack")).toHaveCount(1);
  await expect(edge(page, "Pack", "Ship")).toHaveCount(1);
  const definition = (await page.evaluate(() => window.aslStudio?.getDefinition())) as { States: Record<string, unknown> };
  expect(definition.States.Pack).toEqual({ Type: "Pass", Next: "Ship" });
});

test("broken JSON: the banner names the line, the graph stays; fixing it updates the graph", async ({ page }) => {
  await openCode(page);
  await placeCursorAfter(page, '"Comment": "Orders"');
  await page.keyboard.press("Backspace"); // removes the closing quote: the JSON no longer parses
  const banner = page.getByTestId("read-only-banner");
  await expect(banner).toContainText("Line 2");
  await expect(node(page, "Charge")).toBeVisible();
  await expect(page.getByTestId("code-status")).toContainText("Line 2");
  // The text is never replaced while it is broken.
  expect(await getText(page)).toContain('"Comment": "Orders,');
  // Modes can be switched at any time; Design shows the last good graph, read-only.
  await page.getByRole("tab", { name: "Design" }).click();
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  await expect(node(page, "Ship")).toBeVisible();
  await page.getByRole("tab", { name: "Code" }).click();
  await placeCursorAfter(page, '"Comment": "Orders');
  await page.keyboard.insertText('"');
  await expect(page.getByTestId("read-only-banner")).toBeHidden();
  await placeCursorAfter(page, '"Ship": {');
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.insertText(', "Comment": "done"');
  await expect.poll(async () => ((await page.evaluate(() => window.aslStudio?.getDefinition())) as { States: { Ship: { Comment?: string } } }).States.Ship.Comment).toBe("done");
});

test("a graph edit changes the text in place and leaves the rest byte for byte", async ({ page }) => {
  await openCode(page);
  await node(page, "Ship").dblclick();
  const input = page.getByRole("textbox", { name: "State name" });
  await input.fill("Deliver");
  await input.press("Enter");
  await expect(node(page, "Deliver")).toBeVisible();
  const text = await getText(page);
  expect(text).toBe(TEXT.replace('"Next": "Ship"', '"Next": "Deliver"').replace('"Ship": {', '"Deliver": {'));
  await expect(page.locator(".monaco-editor .view-lines")).toContainText('"Deliver": {');
});

test("deleting in the graph keeps the other lines as they were", async ({ page }) => {
  const text = `{
  "StartAt": "A",
  "States": {
    "A": {"Type": "Pass", "Next": "B"},
    "B": {"Type": "Pass",   "Next": "C"},
    "C": {
        "Type": "Succeed"
    }
  }
}`;
  await openCode(page, text);
  await node(page, "B").click();
  await page.keyboard.press("Delete");
  await expect(node(page, "B")).toHaveCount(0);
  expect(await getText(page)).toBe(`{
  "StartAt": "A",
  "States": {
    "A": {"Type": "Pass", "Next": "C"},
    "C": {
        "Type": "Succeed"
    }
  }
}`);
});

test("YAML: switching converts the document; comments survive graph edits", async ({ page }) => {
  await openCode(page);
  await page.getByRole("radio", { name: "YAML", exact: true }).click();
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("StartAt: Charge");
  await placeCursorAfter(page, "Comment: Orders");
  await page.keyboard.insertText(" # who ships what");
  await expect.poll(() => getText(page)).toContain("# who ships what");
  await node(page, "Ship").dblclick();
  await page.getByRole("textbox", { name: "State name" }).fill("Deliver");
  await page.keyboard.press("Enter");
  await expect(node(page, "Deliver")).toBeVisible();
  const yaml = await getText(page);
  expect(yaml).toContain("Comment: Orders # who ships what");
  expect(yaml).toContain("Next: Deliver");
  await page.getByRole("radio", { name: "JSON", exact: true }).click();
  await expect(page.locator(".monaco-editor .view-lines")).toContainText('"StartAt": "Charge"');
});

test("one history: undo in the editor reverts a graph edit, undo in the graph reverts typing", async ({ page }) => {
  await openCode(page);
  await node(page, "Charge").click();
  await page.keyboard.press("Control+d");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(3);
  await placeCursorAfter(page, '"Comment": "Orders');
  await page.keyboard.insertText(" and returns");
  await expect.poll(() => getText(page)).toContain("Orders and returns");
  // Undo in the editor: first the typing, then the duplicate made in the graph.
  await page.keyboard.press("Control+z");
  await expect.poll(() => getText(page)).not.toContain("and returns");
  await page.keyboard.press("Control+z");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(2);
  // Redo from the graph.
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(3);
});

test("selecting a state in the graph highlights its text; moving the cursor selects in the graph", async ({ page }) => {
  await openCode(page);
  await node(page, "Ship").click();
  await expect(page.locator(".code-selected-state").first()).toBeVisible();
  await placeCursorAfter(page, '"Type": "Pass"');
  await expect.poll(() => page.evaluate(() => window.aslStudio?.getSelection())).toEqual(["Charge"]);
});

test("completion offers the scope's state names after \"Next\": \" and state snippets after a state", async ({ page }) => {
  await openCode(page);
  await placeCursorAfter(page, '"Next": "');
  // The cursor sits after the opening quote of "Ship": delete the name, then ask for suggestions.
  for (let i = 0; i < 4; i++) await page.keyboard.press("Delete");
  await page.keyboard.press("Control+Space");
  const suggestions = page.locator(".monaco-editor .suggest-widget");
  await expect(suggestions).toBeVisible();
  await expect(suggestions).toContainText("Ship");
  await expect(suggestions).toContainText("Charge");
  await page.keyboard.press("Escape");
  // A state snippet after a state: Ctrl+Space offers the state types.
  await openCode(page);
  await placeCursorAfter(page, '"Next": "Ship"},');
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+Space");
  await expect(suggestions).toContainText("Wait");
  await page.keyboard.press("Escape");
});
