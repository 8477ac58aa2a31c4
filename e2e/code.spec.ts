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

/** Drags with the real mouse in small steps, as a person does. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function centre(target: ReturnType<Page["locator"]>) {
  const box = await target.boundingBox();
  if (!box) throw new Error("element not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Opens `text` in Design mode, in the given format, and fits the graph to the view. */
async function openDesign(page: Page, text: string, format: "json" | "yaml") {
  await page.goto("/");
  await page.evaluate(
    ({ t, f }) => {
      window.aslStudio?.setFormat(f);
      window.aslStudio?.setText(t);
    },
    { t: text, f: format },
  );
  await expect.poll(() => getText(page)).toBe(text);
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-layout", "ready");
  await page.getByRole("button", { name: "Fit to view" }).click();
}

const YAML_TEXT = `# Orders, written by hand
Comment:   Orders   # shown in the console
StartAt: First
States:
  # the first step
  First: {Type: Pass,   Next: Second}   # flow style
  Second:
    Type: Pass     # spaced out
    Comment: >
      folded
      text
    Next: Third

  Third:
    Type: Pass
    Result: [1,2,   3]
    Next: Done
  # the end
  Done:
    Type: Succeed
`;

test("YAML: rename with F2, drop from the states browser, delete and an inspector edit change only their lines", async ({ page }) => {
  await openDesign(page, YAML_TEXT, "yaml");

  await node(page, "Second").click();
  await page.keyboard.press("F2");
  const name = page.getByRole("textbox", { name: "State name" });
  await name.fill("Middle");
  await name.press("Enter");
  await expect(node(page, "Middle")).toBeVisible();
  const renamed = YAML_TEXT.replace("{Type: Pass,   Next: Second}", "{Type: Pass,   Next: Middle}").replace("  Second:\n", "  Middle:\n");
  expect(await getText(page)).toBe(renamed);

  const canvas = page.getByTestId("canvas");
  const box = await canvas.boundingBox();
  const target = await centre(edge(page, "Middle", "Third"));
  if (!box) throw new Error("canvas not visible");
  await page.locator('[data-testid="palette-item"][data-item="Pass"]').dragTo(canvas, { targetPosition: { x: target.x - box.x, y: target.y - box.y } });
  await expect(node(page, "Pass")).toBeVisible();
  await expect(edge(page, "Pass", "Third")).toHaveCount(1);
  const inserted = renamed.replace("    Next: Third\n", "    Next: Pass\n  Pass:\n    Type: Pass\n    Next: Third\n");
  expect(await getText(page)).toBe(inserted);

  await node(page, "Pass").click();
  await page.keyboard.press("Delete");
  await expect(node(page, "Pass")).toHaveCount(0);
  await expect(edge(page, "Middle", "Third")).toHaveCount(1);
  expect(await getText(page)).toBe(renamed);

  // The inspector: the folded Comment is rewritten as a folded block, the rest stays.
  await node(page, "Middle").click();
  await page.getByTestId("inspector").getByRole("textbox", { name: "Comment" }).fill("checked");
  await expect.poll(() => getText(page)).toBe(renamed.replace("    Comment: >\n      folded\n      text\n", "    Comment: >-\n      checked\n"));

  // Every comment is still in the editor.
  await page.getByRole("tab", { name: "Code" }).click();
  const lines = page.locator(".monaco-editor .view-lines");
  for (const comment of ["# Orders, written by hand", "# shown in the console", "# the first step", "# flow style", "# spaced out", "# the end"]) await expect(lines).toContainText(comment);
});

test("YAML: a state dragged onto another edge keeps its own text; the other lines stay byte for byte", async ({ page }) => {
  await openDesign(page, YAML_TEXT, "yaml");
  await drag(page, await centre(node(page, "Third")), await centre(edge(page, "First", "Second")));
  await expect(edge(page, "First", "Third")).toHaveCount(1);
  await expect(edge(page, "Second", "Done")).toHaveCount(1);
  expect(await getText(page)).toBe(
    YAML_TEXT.replace("{Type: Pass,   Next: Second}   # flow style\n", "{Type: Pass,   Next: Third}   # flow style\n  Third:\n    Type: Pass\n    Result: [1,2,   3]\n    Next: Second\n")
      .replace("    Next: Third\n\n  Third:\n    Type: Pass\n    Result: [1,2,   3]\n    Next: Done\n", "    Next: Done\n\n"),
  );
});

test("JSON: dragging a state onto another edge in the graph keeps the rest of the text byte for byte", async ({ page }) => {
  const text = `{
  "Comment": "Chain",
  "StartAt": "First",
  "States": {
    "First": {"Type": "Pass", "Next": "Second"},
    "Second":   {"Type": "Pass",   "Next": "Third"},
    "Third": {
        "Type": "Pass",
        "Next": "Done"
    },
    "Done": {"Type": "Succeed"}
  }
}`;
  await openDesign(page, text, "json");
  await drag(page, await centre(node(page, "Third")), await centre(edge(page, "First", "Second")));
  await expect(edge(page, "First", "Third")).toHaveCount(1);
  await expect(edge(page, "Second", "Done")).toHaveCount(1);
  expect(await getText(page)).toBe(`{
  "Comment": "Chain",
  "StartAt": "First",
  "States": {
    "First": {"Type": "Pass", "Next": "Third"},
    "Third": {
        "Type": "Pass",
        "Next": "Second"
    },
    "Second":   {"Type": "Pass",   "Next": "Done"},
    "Done": {"Type": "Succeed"}
  }
}`);
});

test("undo in the graph reverts typing in the editor", async ({ page }) => {
  await openCode(page);
  await placeCursorAfter(page, '"Comment": "Orders');
  await page.keyboard.insertText(" and returns");
  await expect.poll(() => getText(page)).toContain('"Comment": "Orders and returns"');
  // Focus moves to the graph: Ctrl+Z there undoes the typing.
  await node(page, "Ship").click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="canvas"]') !== null)).toBe(true);
  await page.keyboard.press("Control+z");
  await expect.poll(() => getText(page)).toBe(TEXT);
  await expect(page.locator(".monaco-editor .view-lines")).not.toContainText("and returns");
});
