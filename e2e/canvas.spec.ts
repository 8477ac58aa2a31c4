import { expect, test, type Page } from "@playwright/test";

type Definition = { StartAt: string; States: Record<string, Record<string, unknown>> };

const getDefinition = (page: Page) => page.evaluate(() => window.aslStudio?.getDefinition() as unknown as Definition);
/** The document as the canvas and the code editor show it: its definition and its text. */
const snapshot = (page: Page) => page.evaluate(() => ({ definition: window.aslStudio?.getDefinition() as unknown as Definition, text: window.aslStudio?.getText() }));
const setDefinition = (page: Page, definition: unknown) => page.evaluate((d) => window.aslStudio?.setDefinition(d as never), definition);
const node = (page: Page, name: string) => page.locator(`[data-testid="state-node"][data-state-name="${name}"]`);
const edge = (page: Page, source: string, target: string) => page.locator(`[data-testid="edge"][data-source="${source}"][data-target="${target}"]`);

const CHAIN = {
  StartAt: "First",
  States: {
    First: { Type: "Pass", Next: "Second" },
    Second: { Type: "Pass", Next: "Third" },
    Third: { Type: "Succeed" },
  },
};

async function load(page: Page, definition: unknown = CHAIN) {
  await page.goto("/");
  await setDefinition(page, definition);
  await expect(page.locator('[data-testid="state-node"]').first()).toBeVisible();
  await expect(page.getByTestId("canvas")).toHaveAttribute("data-layout", "ready");
  await page.getByRole("button", { name: "Fit to view" }).click();
  // Drags aim at where things are drawn: let the fit animation end first.
  await settledView(page);
}

/** Drags with the real mouse in small steps, as a person does. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function centre(_page: Page, selector: ReturnType<Page["locator"]>) {
  const box = await selector.boundingBox();
  if (!box) throw new Error("element not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("draws the sample: a node per state, Start/End markers and labelled edges", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(9);
  await expect(node(page, "IsHelloWorldExample")).toHaveAttribute("data-state-type", "Choice");
  await expect(node(page, "IsHelloWorldExample")).toContainText("2 rules + default");
  await expect(node(page, "Wait 3 seconds")).toContainText("Wait 3 s");
  await expect(edge(page, "IsHelloWorldExample", "No")).toHaveAttribute("data-kind", "choice");
  await expect(edge(page, "IsHelloWorldExample", "No")).toContainText("$.IsHelloWorldExample == false");
  await expect(edge(page, "IsHelloWorldExample", "Yes").and(page.locator('[data-kind="default"]'))).toContainText("Default");
  await expect(page.getByTestId("marker-start").first()).toBeVisible();
  await expect(page.locator('[data-testid="branch"]')).toHaveCount(2);
});

test("a Catch edge is dashed, labelled with its errors and ends in an arrow, as is a Default edge", async ({ page }) => {
  await load(page, {
    StartAt: "Charge",
    States: {
      Charge: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f" }, Next: "Route", Catch: [{ ErrorEquals: ["States.Timeout", "States.TaskFailed"], Next: "Handle" }] },
      Route: { Type: "Choice", Choices: [{ Variable: "$.ok", BooleanEquals: true, Next: "Done" }], Default: "Handle" },
      Handle: { Type: "Fail", Error: "Failed" },
      Done: { Type: "Succeed" },
    },
  });
  for (const [source, kind, label] of [["Charge", "catch", "States.Timeout"], ["Route", "default", "Default"]] as const) {
    const drawn = edge(page, source, "Handle").and(page.locator(`[data-kind="${kind}"]`));
    await expect(drawn).toContainText(label);
    const strokes = await drawn.locator("path").evaluateAll((paths) =>
      paths.filter((p) => !p.closest(".edge-label")).map((p) => ({ dash: getComputedStyle(p).strokeDasharray, marker: p.getAttribute("marker-end") })),
    );
    expect(strokes.length).toBeGreaterThan(0);
    expect(strokes.every((s) => s.dash !== "none")).toBe(true);
    expect(strokes.at(-1)?.marker).toBe("url(#asl-arrow)");
  }
  const next = await edge(page, "Charge", "Route").locator("path").first().evaluate((p) => getComputedStyle(p).strokeDasharray);
  expect(next).toBe("none");
});

test("opening a different workflow shows all of it; an edit keeps the view where it is", async ({ page }) => {
  await page.goto("/");
  await expect(node(page, "IsHelloWorldExample")).toBeVisible();
  const states: Record<string, Record<string, unknown>> = {
    Fork: { Type: "Parallel", Branches: [{ StartAt: "Left", States: { Left: { Type: "Pass", End: true } } }, { StartAt: "Right", States: { Right: { Type: "Pass", End: true } } }], Next: "Step 1" },
  };
  for (let i = 1; i <= 14; i++) states[`Step ${i}`] = i < 14 ? { Type: "Pass", Next: `Step ${i + 1}` } : { Type: "Succeed" };
  await setDefinition(page, { StartAt: "Fork", States: states });
  await expect(node(page, "Fork")).toBeInViewport();
  await expect(node(page, "Step 14")).toBeInViewport();

  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  const viewport = () => page.locator(".react-flow__viewport").getAttribute("style");
  // The zoom animation has ended when the view stays put for 400 ms.
  let zoomed = await viewport();
  for (;;) {
    await page.waitForTimeout(400);
    const now = await viewport();
    if (now === zoomed) break;
    zoomed = now;
  }
  await node(page, "Step 7").click();
  await page.getByRole("textbox", { name: "Comment" }).fill("still here");
  await expect(page.getByRole("textbox", { name: "Comment" })).toHaveValue("still here");
  await page.waitForTimeout(300);
  expect(await viewport()).toBe(zoomed);
});

test("a document that is no state machine says so on the canvas and leads to Code mode", async ({ page }) => {
  await page.goto("/");
  await expect(node(page, "IsHelloWorldExample")).toBeVisible();
  await page.evaluate(() => window.aslStudio?.setText('{\n  "name": "my-app",\n  "version": "1.0.0"\n}\n'));
  const banner = page.getByTestId("not-a-machine-banner");
  await expect(banner).toContainText("not a state machine");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(0);
  await banner.getByRole("button", { name: "Fix it in Code mode" }).click();
  await expect(page.getByRole("tablist", { name: "Mode" }).getByRole("tab", { name: "Code", exact: true })).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(".monaco-editor .view-lines")).toContainText('"my-app"');
});

test("dragging Pass from the states browser onto an edge inserts it and rewires", async ({ page }) => {
  await load(page);
  const item = page.locator('[data-testid="palette-item"][data-item="Pass"]');
  await item.dragTo(page.getByTestId("canvas"), { targetPosition: await relativeTo(page, page.getByTestId("canvas"), edge(page, "First", "Second")) });
  await expect(node(page, "Pass")).toBeVisible();
  await expect(edge(page, "First", "Pass")).toHaveCount(1);
  await expect(edge(page, "Pass", "Second")).toHaveCount(1);
  const definition = await getDefinition(page);
  expect(definition.States.First?.Next).toBe("Pass");
  expect(definition.States.Pass).toEqual({ Type: "Pass", Next: "Second" });
});

test("dropping into an empty Map's slot puts the state inside it", async ({ page }) => {
  await load(page, { StartAt: "Loop", States: { Loop: { Type: "Map", ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, States: {} }, End: true } } });
  const slot = page.getByTestId("empty-slot");
  await expect(slot).toHaveText("Drag first state here");
  await page.locator('[data-testid="palette-item"][data-item="Wait"]').dragTo(slot);
  await expect(node(page, "Wait")).toBeVisible();
  const definition = await getDefinition(page);
  const processor = definition.States.Loop?.ItemProcessor as Definition;
  expect(processor.StartAt).toBe("Wait");
  expect(Object.keys(processor.States)).toEqual(["Wait"]);
  expect(processor.States.Wait).toMatchObject({ Type: "Wait", End: true });
});

test("moving a state onto another edge rewires both places; one undo restores it", async ({ page }) => {
  const chain = {
    StartAt: "First",
    States: { First: { Type: "Pass", Next: "Second" }, Second: { Type: "Pass", Next: "Third" }, Third: { Type: "Pass", Next: "Done" }, Done: { Type: "Succeed" } },
  };
  await load(page, chain);
  await drag(page, await centre(page, node(page, "Third")), await centre(page, edge(page, "First", "Second")));
  await expect(edge(page, "First", "Third")).toHaveCount(1);
  await expect(edge(page, "Second", "Done")).toHaveCount(1);
  const definition = await getDefinition(page);
  expect(definition.States.First?.Next).toBe("Third");
  expect(definition.States.Third?.Next).toBe("Second");
  expect(definition.States.Second?.Next).toBe("Done");
  await page.keyboard.press("Control+z");
  await expect(edge(page, "First", "Second")).toHaveCount(1);
  expect(await getDefinition(page)).toEqual(chain);
});

test("Delete removes the selected state and rewires its predecessor; undo and redo", async ({ page }) => {
  await load(page);
  await node(page, "Second").click();
  await page.keyboard.press("Delete");
  await expect(node(page, "Second")).toHaveCount(0);
  await expect(edge(page, "First", "Third")).toHaveCount(1);
  expect((await getDefinition(page)).States.First?.Next).toBe("Third");
  const deleted = await getDefinition(page);
  await page.keyboard.press("Control+z");
  await expect(node(page, "Second")).toBeVisible();
  await page.keyboard.press("Control+Shift+z");
  await expect(node(page, "Second")).toHaveCount(0);
  // Ctrl+Y is the other redo: undo again, so there is something for it to redo.
  await page.keyboard.press("Control+z");
  await expect(node(page, "Second")).toBeVisible();
  expect(await getDefinition(page)).toEqual(CHAIN);
  await page.keyboard.press("Control+y");
  await expect(node(page, "Second")).toHaveCount(0);
  await expect(edge(page, "First", "Third")).toHaveCount(1);
  expect(await getDefinition(page)).toEqual(deleted);
});

test("F2 renames inline and every reference follows; a duplicate name is refused", async ({ page }) => {
  await load(page);
  await node(page, "Second").click();
  await page.keyboard.press("F2");
  const input = page.getByRole("textbox", { name: "State name" });
  await input.fill("Third");
  await input.press("Enter");
  await expect(page.getByRole("alert")).toContainText("Third");
  await input.fill("Middle step");
  await input.press("Enter");
  await expect(node(page, "Middle step")).toBeVisible();
  expect((await getDefinition(page)).States.First?.Next).toBe("Middle step");
  await node(page, "First").dblclick();
  await page.getByRole("textbox", { name: "State name" }).fill("Begin");
  await page.keyboard.press("Enter");
  expect((await getDefinition(page)).StartAt).toBe("Begin");
});

test("Ctrl+D duplicates; Ctrl+C / Ctrl+V pastes a copy; Ctrl+X cuts", async ({ page }) => {
  await load(page);
  await node(page, "Second").click();
  await page.keyboard.press("Control+d");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(4);
  let names = Object.keys((await getDefinition(page)).States);
  expect(names).toHaveLength(4);
  await node(page, "First").click();
  await page.keyboard.press("Control+c");
  await node(page, "Third").click();
  await page.keyboard.press("Control+v");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(5);
  names = Object.keys((await getDefinition(page)).States);
  expect(names).toHaveLength(5);
  await node(page, "First").click();
  await page.keyboard.press("Control+x");
  await expect(node(page, "First")).toHaveCount(0);
});

test("Shift-click selects several states and Backspace deletes them all", async ({ page }) => {
  await load(page);
  await node(page, "First").click();
  await node(page, "Second").click({ modifiers: ["Shift"] });
  expect(await page.evaluate(() => window.aslStudio?.getSelection())).toEqual(["First", "Second"]);
  await page.keyboard.press("Backspace");
  const definition = await getDefinition(page);
  expect(Object.keys(definition.States)).toEqual(["Third"]);
  expect(definition.StartAt).toBe("Third");
});

test("keys typed in a text field never act on the canvas", async ({ page }) => {
  await load(page);
  await node(page, "Second").click();
  const search = page.getByRole("searchbox", { name: "Search states and actions" });
  await search.click();
  await search.press("Backspace");
  await search.press("Delete");
  await search.press("Control+d");
  expect(await getDefinition(page)).toEqual(CHAIN);
});

test("? opens the shortcuts help; Alt+C centres; the toolbar zooms", async ({ page }) => {
  await load(page);
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Shift+?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Duplicate");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  const viewport = page.locator(".react-flow__viewport");
  const before = await viewport.getAttribute("style");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => viewport.getAttribute("style")).not.toBe(before);
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Alt+c");
  await expect(node(page, "Second")).toBeInViewport();
});

test("Parallel branches are added and removed from the container", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-testid="branch"]')).toHaveCount(2);
  await page.getByRole("button", { name: "Add a branch to Parallel" }).click();
  await expect(page.locator('[data-testid="branch"]')).toHaveCount(3);
  await page.getByRole("button", { name: "Remove branch 3" }).click();
  await expect(page.locator('[data-testid="branch"]')).toHaveCount(2);
});

test("the last branch of a Parallel cannot be removed from the canvas, as in the inspector", async ({ page }) => {
  const branch = (name: string) => ({ StartAt: name, States: { [name]: { Type: "Pass", End: true } } });
  await load(page, { StartAt: "Fork", States: { Fork: { Type: "Parallel", Branches: [branch("Only")], End: true } } });
  const removeFirst = page.getByRole("button", { name: "Remove branch 1" });
  await expect(removeFirst).toBeDisabled();
  await expect(removeFirst).toHaveAttribute("title", "A Parallel state needs at least one branch");
  await removeFirst.click({ force: true });
  await expect(node(page, "Only")).toBeVisible();
  expect((await getDefinition(page)).States.Fork?.Branches).toHaveLength(1);

  await page.getByRole("button", { name: "Add a branch to Fork" }).click();
  await expect(page.locator('[data-testid="branch"]')).toHaveCount(2);
  await expect(removeFirst).toBeEnabled();
  await expect(removeFirst).toHaveAttribute("title", "Remove this branch");
  await page.getByRole("button", { name: "Remove branch 2" }).click();
  await expect(page.locator('[data-testid="branch"]')).toHaveCount(1);
  await expect(removeFirst).toBeDisabled();
});

test("a Parallel with no branches shows a slot; dropping a state there makes its first branch", async ({ page }) => {
  await load(page, { StartAt: "Fork", States: { Fork: { Type: "Parallel", Branches: [], End: true } } });
  const slot = page.locator('[data-testid="empty-slot"][data-scope="/States/Fork/Branches/0"]');
  await expect(slot).toHaveText("Drag first state here");
  await page.locator('[data-testid="palette-item"][data-item="Pass"]').dragTo(slot);
  await expect(node(page, "Pass")).toBeVisible();
  await expect(page.locator('[data-testid="branch"]')).toHaveCount(1);
  expect((await getDefinition(page)).States.Fork?.Branches).toEqual([{ StartAt: "Pass", States: { Pass: { Type: "Pass", End: true } } }]);
});

test("the context menu deletes a state", async ({ page }) => {
  await load(page);
  await node(page, "Second").click({ button: "right" });
  await page.getByRole("menuitem", { name: "Delete state" }).click();
  await expect(node(page, "Second")).toHaveCount(0);
});

test("search filters every tab; Enter inserts the item after the selection", async ({ page }) => {
  await load(page);
  await page.getByRole("searchbox", { name: "Search states and actions" }).fill("lambda invoke");
  const lambda = page.locator('[data-testid="palette-item"][data-item="lambda:invoke"]');
  await expect(lambda).toBeVisible();
  await expect(page.locator('[data-testid="palette-item"][data-item="Pass"]')).toHaveCount(0);
  await node(page, "First").click();
  await lambda.focus();
  await page.keyboard.press("Enter");
  const definition = await getDefinition(page);
  const inserted = definition.States.First?.Next as string;
  expect(definition.States[inserted]).toMatchObject({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "Second" });
});

test("inserting from the states browser is one undo step; Ctrl+Shift+Z puts it back", async ({ page }) => {
  await load(page);
  const before = await snapshot(page);
  await drag(page, await centre(page, page.locator('[data-testid="palette-item"][data-item="Pass"]')), await centre(page, edge(page, "First", "Second")));
  await expect(node(page, "Pass")).toBeVisible();
  const after = await snapshot(page);
  expect(after.definition.States.First?.Next).toBe("Pass");
  await page.keyboard.press("Control+z");
  await expect(node(page, "Pass")).toHaveCount(0);
  await expect(edge(page, "First", "Second")).toHaveCount(1);
  expect(await snapshot(page)).toEqual(before);
  await page.keyboard.press("Control+Shift+z");
  await expect(node(page, "Pass")).toBeVisible();
  await expect(edge(page, "First", "Pass")).toHaveCount(1);
  expect(await snapshot(page)).toEqual(after);
});

test("an inline rename is one undo step; Ctrl+Shift+Z renames again", async ({ page }) => {
  await load(page);
  const before = await snapshot(page);
  await node(page, "Second").click();
  await page.keyboard.press("F2");
  const input = page.getByRole("textbox", { name: "State name" });
  await input.fill("Middle");
  await input.press("Enter");
  await expect(node(page, "Middle")).toBeVisible();
  const after = await snapshot(page);
  expect(after.definition.States.First?.Next).toBe("Middle");
  await page.keyboard.press("Control+z");
  await expect(node(page, "Second")).toBeVisible();
  await expect(node(page, "Middle")).toHaveCount(0);
  expect(await snapshot(page)).toEqual(before);
  await page.keyboard.press("Control+Shift+z");
  await expect(node(page, "Middle")).toBeVisible();
  expect(await snapshot(page)).toEqual(after);
});

test("a duplicate is one undo step; Ctrl+Shift+Z duplicates again", async ({ page }) => {
  await load(page);
  const before = await snapshot(page);
  await node(page, "Second").click();
  await page.keyboard.press("Control+d");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(4);
  const after = await snapshot(page);
  await page.keyboard.press("Control+z");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(3);
  expect(await snapshot(page)).toEqual(before);
  await page.keyboard.press("Control+Shift+z");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(4);
  expect(await snapshot(page)).toEqual(after);
});

test("a paste is one undo step; Ctrl+Shift+Z pastes again", async ({ page }) => {
  await load(page);
  const before = await snapshot(page);
  await node(page, "First").click();
  await page.keyboard.press("Control+c");
  await node(page, "Second").click();
  await page.keyboard.press("Control+v");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(4);
  const after = await snapshot(page);
  const pasted = after.definition.States.Second?.Next as string;
  expect(pasted).not.toBe("Third");
  await expect(edge(page, "Second", pasted)).toHaveCount(1);
  await page.keyboard.press("Control+z");
  await expect(node(page, pasted)).toHaveCount(0);
  await expect(edge(page, "Second", "Third")).toHaveCount(1);
  expect(await snapshot(page)).toEqual(before);
  await page.keyboard.press("Control+Shift+z");
  await expect(node(page, pasted)).toBeVisible();
  expect(await snapshot(page)).toEqual(after);
});

test("Shift+drag on the empty canvas draws a box that selects the states inside it; Delete removes them", async ({ page }) => {
  await load(page);
  const first = await node(page, "First").boundingBox();
  const second = await node(page, "Second").boundingBox();
  const third = await node(page, "Third").boundingBox();
  if (!first || !second || !third) throw new Error("states not drawn");
  const from = { x: first.x - 40, y: first.y - 20 };
  const to = { x: second.x + second.width + 40, y: (second.y + second.height + third.y) / 2 };
  await page.keyboard.down("Shift");
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await expect(page.locator(".react-flow__selection")).toBeVisible();
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await expect(page.locator(".react-flow__selection")).toHaveCount(0);
  const selected = (name: string) => node(page, name).locator(".state-node");
  await expect(selected("First")).toHaveClass(/\bis-selected\b/);
  await expect(selected("Second")).toHaveClass(/\bis-selected\b/);
  await expect(selected("Third")).not.toHaveClass(/\bis-selected\b/);
  expect(await page.evaluate(() => window.aslStudio?.getSelection())).toEqual(["First", "Second"]);
  await page.keyboard.press("Delete");
  await expect(node(page, "First")).toHaveCount(0);
  await expect(node(page, "Second")).toHaveCount(0);
  await expect(node(page, "Third")).toBeVisible();
  const definition = await getDefinition(page);
  expect(Object.keys(definition.States)).toEqual(["Third"]);
  expect(definition.StartAt).toBe("Third");
});

test("dragging an item from the states browser over an edge marks the drop point on it, only while the pointer is there", async ({ page }) => {
  await load(page);
  const indicator = page.getByTestId("drop-indicator");
  const target = await centre(page, edge(page, "First", "Second"));
  const pane = await page.locator(".react-flow").boundingBox();
  if (!pane) throw new Error("canvas not visible");
  const emptyPane = { x: pane.x + 40, y: pane.y + pane.height / 2 };
  const item = await centre(page, page.locator('[data-testid="palette-item"][data-item="Pass"]'));

  await page.mouse.move(item.x, item.y);
  await page.mouse.down();
  await page.mouse.move(item.x + 10, item.y + 10, { steps: 3 });
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await expect(indicator).toHaveCount(1);
  await expect(edge(page, "First", "Second").getByTestId("drop-indicator")).toBeVisible();
  // Away from every edge, on the empty canvas: nothing is marked.
  await page.mouse.move(emptyPane.x, emptyPane.y, { steps: 8 });
  await expect(indicator).toHaveCount(0);
  await page.mouse.move(target.x, target.y, { steps: 8 });
  await expect(edge(page, "First", "Second").getByTestId("drop-indicator")).toBeVisible();
  // Straight off the canvas in one quick move (no dragover on the empty canvas on the way).
  await page.mouse.move(item.x, item.y);
  await expect(indicator).toHaveCount(0);
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await expect(edge(page, "First", "Second").getByTestId("drop-indicator")).toBeVisible();
  await page.mouse.up();
  await expect(node(page, "Pass")).toBeVisible();
  await expect(indicator).toHaveCount(0);
  // Nothing stays marked either when undo brings the edge back.
  await page.keyboard.press("Control+z");
  await expect(edge(page, "First", "Second")).toHaveCount(1);
  await expect(indicator).toHaveCount(0);
});

test("Design mode shows the minimap (Code mode does not); dragging in it moves the view", async ({ page }) => {
  await load(page);
  const minimap = page.getByRole("img", { name: "Minimap" });
  await expect(minimap).toBeVisible();
  const before = await settledView(page);
  const start = await centre(page, minimap);
  const firstBefore = await centre(page, node(page, "First"));
  await drag(page, start, { x: start.x + 30, y: start.y + 20 });
  // The view follows the minimap's frame: dragged right and down, the states move left and up on screen.
  await expect.poll(async () => (await settledView(page)) !== before).toBe(true);
  const firstAfter = await centre(page, node(page, "First"));
  expect(firstAfter.x).toBeLessThan(firstBefore.x - 20);
  expect(firstAfter.y).toBeLessThan(firstBefore.y - 20);
  // The graph pane beside the code editor has no room for one.
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(node(page, "First")).toBeVisible();
  await expect(minimap).toHaveCount(0);
  await page.getByRole("tab", { name: "Design" }).click();
  await expect(minimap).toBeVisible();
});

test("Alt+L lays the workflow out left to right, and back top to bottom, all of it in view", async ({ page }) => {
  await load(page);
  await expect.poll(() => placement(page, "First", "Second")).toBe("below");
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Alt+l");
  await expect(page.getByRole("button", { name: "Lay out top to bottom" })).toBeVisible();
  await expect.poll(() => placement(page, "First", "Second")).toBe("right");
  await expect.poll(() => placement(page, "Second", "Third")).toBe("right");
  await settledView(page);
  // Every state moved: the view is fitted to the new shape rather than left where it was.
  for (const name of ["First", "Second", "Third"]) await expect(node(page, name)).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId("marker-end")).toBeInViewport({ ratio: 1 });
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Alt+l");
  await expect(page.getByRole("button", { name: "Lay out left to right" })).toBeVisible();
  await expect.poll(() => placement(page, "First", "Second")).toBe("below");
  await expect.poll(() => placement(page, "Second", "Third")).toBe("below");
});

test("the toolbar button switches the layout direction too", async ({ page }) => {
  await load(page);
  await page.getByRole("button", { name: "Lay out left to right" }).click();
  await expect.poll(() => placement(page, "First", "Second")).toBe("right");
  await page.getByRole("button", { name: "Lay out top to bottom" }).click();
  await expect.poll(() => placement(page, "First", "Second")).toBe("below");
});

test("Alt+C brings the selected state back to the middle of the view after it was panned away", async ({ page }) => {
  await load(page);
  const pane = await page.locator(".react-flow").boundingBox();
  if (!pane) throw new Error("canvas not visible");
  // Drag the empty canvas along its top until every state has left the view.
  await drag(page, { x: pane.x + 30, y: pane.y + 40 }, { x: pane.x + pane.width - 30, y: pane.y + 40 });
  await settledView(page);
  await expect(node(page, "Third")).not.toBeInViewport();
  await page.evaluate(() => window.aslStudio?.select(["Third"]));
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Alt+c");
  await expect(node(page, "Third")).toBeInViewport();
  await settledView(page);
  const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  const third = await centre(page, node(page, "Third"));
  expect(Math.abs(third.x - middle.x)).toBeLessThan(10);
  expect(Math.abs(third.y - middle.y)).toBeLessThan(10);
});

/** Waits until the view stops moving (a pan or zoom animation has ended); returns its transform. */
async function settledView(page: Page): Promise<string> {
  const viewport = page.locator(".react-flow__viewport");
  let last: string | null | undefined;
  await expect
    .poll(
      async () => {
        const now = await viewport.getAttribute("style");
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return last ?? "";
}

/** Where `target` is drawn relative to `source`: "below", "right", "elsewhere", or "not drawn". */
async function placement(page: Page, source: string, target: string): Promise<string> {
  if ((await node(page, source).count()) === 0 || (await node(page, target).count()) === 0) return "not drawn";
  const a = await node(page, source).boundingBox();
  const b = await node(page, target).boundingBox();
  if (!a || !b) return "not drawn";
  const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const from = centre(a);
  const to = centre(b);
  if (to.y > a.y + a.height && Math.abs(to.x - from.x) < a.width / 2) return "below";
  if (to.x > a.x + a.width && Math.abs(to.y - from.y) < a.height / 2) return "right";
  return "elsewhere";
}

async function relativeTo(page: Page, container: ReturnType<Page["locator"]>, target: ReturnType<Page["locator"]>) {
  const outer = await container.boundingBox();
  const point = await centre(page, target);
  if (!outer) throw new Error("container not visible");
  return { x: point.x - outer.x, y: point.y - outer.y };
}
