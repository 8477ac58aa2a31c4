import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function scan(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

const stateNode = (page: Page, name: string) => page.locator(`[data-testid="state-node"][data-state-name="${name}"]`);

/** What a person sees after an arrow key: the state has the focus ring and the selection, and the inspector shows it. */
async function expectAt(page: Page, name: string) {
  await expect(stateNode(page, name)).toBeFocused();
  await expect(stateNode(page, name)).toHaveClass(/\bselected\b/);
  await expect(page.getByRole("region", { name: "Inspector" }).getByRole("heading", { level: 3 })).toHaveText(name);
}

for (const mode of ["Design", "Code", "Config"] as const) {
  test(`${mode} mode has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("tablist", { name: "Mode" }).getByRole("tab", { name: mode, exact: true }).click();
    if (mode === "Design") await expect(page.locator('[data-testid="state-node"]').first()).toBeVisible();
    if (mode === "Code") await expect(page.locator(".monaco-editor .view-lines")).toBeVisible();
    await page.waitForTimeout(500);
    expect(await scan(page)).toEqual([]);
  });
}

const simulatorTab = (page: Page) => page.getByRole("tablist", { name: "Bottom panel" }).getByRole("tab", { name: /^Simulator/ });

test("the simulator panel, before and after running the sample, has no serious or critical accessibility violations", async ({ page }) => {
  // Several full-page scans: each takes seconds on a loaded machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await simulatorTab(page).click();
  await expect(page.getByTestId("simulator")).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.getByRole("toolbar", { name: "Run controls" }).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  expect(await scan(page)).toEqual([]);
  await page.getByRole("tablist", { name: "Run setup" }).getByRole("tab", { name: /^Mocks/ }).click();
  expect(await scan(page)).toEqual([]);
});

test("every view of a finished run has no serious or critical accessibility violations", async ({ page }) => {
  // Several full-page scans: each takes seconds on a loaded machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await simulatorTab(page).click();
  await page.getByRole("toolbar", { name: "Run controls" }).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  for (const view of ["Step details", "Data flow", "Variables", "Events", "Timeline"]) {
    await page.getByRole("tablist", { name: "Run views" }).getByRole("tab", { name: view, exact: true }).click();
    await expect(page.getByRole("tabpanel", { name: view, exact: true })).toBeVisible();
    if (view === "Events") await expect(page.getByTestId("event-row").first()).toBeVisible();
    expect(await scan(page), view).toEqual([]);
  }
});

test("the template gallery, the share dialog and the shortcuts help have no serious or critical accessibility violations", async ({ page }) => {
  // Several full-page scans: each takes seconds on a loaded machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await page.getByTestId("templates-button").click();
  const gallery = page.getByTestId("template-gallery");
  await expect(gallery.getByRole("img", { name: /Diagram of/ })).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(gallery).toBeHidden();

  await page.getByTestId("share-button").click();
  await expect(page.getByTestId("share-dialog").getByTestId("share-link")).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("share-dialog")).toBeHidden();

  await stateNode(page, "Pass").click();
  await page.keyboard.press("Shift+?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  expect(await scan(page)).toEqual([]);
});

test("the Export menu and its dialogs have no serious or critical accessibility violations", async ({ page }) => {
  // Several full-page scans: each takes seconds on a loaded machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(stateNode(page, "Pass")).toBeVisible();
  await page.getByTestId("export-menu").click();
  await expect(page.locator('[data-menu-item="diagram-options"]')).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.locator('[data-menu-item="diagram-options"]').click();
  await expect(page.getByTestId("diagram-dialog").getByRole("img", { name: "Preview of the exported diagram" })).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("diagram-dialog")).toBeHidden();
  await page.getByTestId("export-menu").click();
  await page.locator('[data-menu-item="infrastructure"]').click();
  await expect(page.getByTestId("infrastructure-text")).toContainText("AWS::StepFunctions::StateMachine");
  expect(await scan(page)).toEqual([]);
});

test("in the dark theme, the simulator after a run and the shortcuts help have no serious or critical accessibility violations", async ({ page }) => {
  // Several full-page scans: each takes seconds on a loaded machine.
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await simulatorTab(page).click();
  await page.getByRole("toolbar", { name: "Run controls" }).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  expect(await scan(page)).toEqual([]);
  await stateNode(page, "Pass").click();
  await page.keyboard.press("Shift+?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  expect(await scan(page)).toEqual([]);
});

test("Ctrl+K opens the command palette; it lists commands with their shortcuts and runs the chosen one", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-testid="state-node"]').first()).toBeVisible();
  await page.locator('[data-testid="state-node"][data-state-name="Yes"]').click();
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole("option", { name: /Duplicate/ })).toContainText("Ctrl+D");
  await expect(palette.getByRole("option", { name: /Switch to Code mode/ })).toBeVisible();
  await expect(palette.getByRole("option", { name: /Run the workflow/ })).toBeVisible();
  await page.keyboard.type("code mode");
  await page.keyboard.press("Enter");
  await expect(palette).toBeHidden();
  await expect(page.getByRole("tablist", { name: "Mode" }).getByRole("tab", { name: "Code", exact: true })).toHaveAttribute("aria-selected", "true");
  // F1 outside the editor opens it too; Escape closes it.
  await page.getByRole("tablist", { name: "Mode" }).getByRole("tab", { name: "Design", exact: true }).click();
  await page.keyboard.press("F1");
  await expect(palette).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
});

/** Opens the palette, runs the command whose label matches, and waits for the palette to close. */
async function runFromPalette(page: Page, label: RegExp) {
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  const option = palette.getByRole("option", { name: label });
  await expect(option).toHaveAttribute("aria-disabled", "false");
  await option.click();
  await expect(palette).toBeHidden();
}

test("the palette lists the simulator's and the file's shortcuts and runs them: F9, Continue, Ctrl+S", async ({ page }) => {
  await page.goto("/");
  await stateNode(page, "Wait 3 seconds").click();
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette.getByRole("option", { name: /Toggle a simulator breakpoint/ })).toContainText("F9");
  await expect(palette.getByRole("option", { name: /Save in this browser/ })).toContainText("Ctrl+S");
  // Nothing is paused yet, so Continue is listed but cannot run.
  await expect(palette.getByRole("option", { name: /Continue to the next breakpoint/ })).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Escape");
  // Escape closes the dialog at once; the palette is gone (and Ctrl+K opens it anew) once the studio has re-rendered.
  await expect(page.locator("dialog.command-palette")).toHaveCount(0);

  await runFromPalette(page, /Toggle a simulator breakpoint/);
  await expect(stateNode(page, "Wait 3 seconds")).toHaveAttribute("data-breakpoint", "true");
  await runFromPalette(page, /Run the workflow/);
  await expect(page.getByTestId("paused-at")).toHaveText("Paused before Wait 3 seconds");
  await runFromPalette(page, /Continue to the next breakpoint/);
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");

  await runFromPalette(page, /Save in this browser/);
  await expect(page.getByTestId("notices")).toContainText("Saved in this browser");
});

test("the side panels collapse and resize from the keyboard, and keep their sizes after a reload", async ({ page }) => {
  await page.goto("/");
  const inspector = page.getByRole("region", { name: "Inspector" });
  const before = (await inspector.boundingBox())?.width ?? 0;
  const resizer = page.getByRole("separator", { name: "Resize the inspector" });
  await resizer.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(async () => Math.round(((await inspector.boundingBox())?.width ?? 0) - before)).toBe(40);
  await page.getByRole("button", { name: "Collapse the states browser" }).click();
  await expect(page.getByRole("button", { name: "Show the states browser" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Show the states browser" })).toBeVisible();
  await expect.poll(async () => Math.round(((await page.getByRole("region", { name: "Inspector" }).boundingBox())?.width ?? 0) - before)).toBe(40);
  await page.getByRole("button", { name: "Show the states browser" }).click();
  await expect(page.getByRole("region", { name: "States browser" }).getByRole("searchbox")).toBeVisible();
});

test("the bottom panel collapses to its tabs and comes back, and stays as it was left after a reload", async ({ page }) => {
  await page.goto("/");
  const panel = page.getByTestId("bottom-panel");
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems).toBeVisible();
  const open = (await panel.boundingBox())?.height ?? 0;
  await page.getByRole("button", { name: "Collapse the bottom panel" }).click();
  await expect(problems).toBeHidden();
  await expect(page.getByRole("button", { name: "Show the bottom panel" })).toHaveAttribute("aria-expanded", "false");
  await expect.poll(async () => (await panel.boundingBox())?.height ?? 0).toBeLessThan(open / 2);
  await page.reload();
  await expect(page.getByRole("button", { name: "Show the bottom panel" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Problems" })).toBeHidden();
  // Choosing a tab brings it back at the height it had.
  await page.getByRole("tablist", { name: "Bottom panel" }).getByRole("tab", { name: /^Problems/ }).click();
  await expect(page.getByRole("region", { name: "Problems" })).toBeVisible();
  await expect.poll(async () => Math.round((await panel.boundingBox())?.height ?? 0)).toBe(Math.round(open));
  await page.reload();
  await expect(page.getByRole("button", { name: "Collapse the bottom panel" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("region", { name: "Problems" })).toBeVisible();
});

test("Code mode keeps the split between the editor and the graph after a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tablist", { name: "Mode" }).getByRole("tab", { name: "Code", exact: true }).click();
  const splitter = page.getByRole("separator", { name: "Resize the code and graph panes" });
  await expect(splitter).toHaveAttribute("aria-valuenow", "50");
  // The editor loads lazily and takes the focus when it appears: wait for it before moving the splitter.
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible();
  await splitter.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(splitter).toHaveAttribute("aria-valuenow", "45");
  await page.keyboard.press("ArrowLeft");
  await expect(splitter).toHaveAttribute("aria-valuenow", "40");
  await page.reload();
  await page.getByRole("tablist", { name: "Mode" }).getByRole("tab", { name: "Code", exact: true }).click();
  await expect(page.getByRole("separator", { name: "Resize the code and graph panes" })).toHaveAttribute("aria-valuenow", "40");
});

/** Switches the system's colour scheme; the page has heard of it by its next frame (media queries are evaluated before it). */
async function setSystemScheme(page: Page, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

test("the theme follows the system until one is chosen, and System follows it again", async ({ page }) => {
  const html = page.locator("html");
  const themes = page.getByRole("radiogroup", { name: "Theme" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(themes.getByRole("radio", { name: "System" })).toHaveAttribute("aria-checked", "true");
  await setSystemScheme(page, "light");
  await expect(html).toHaveAttribute("data-theme", "light");

  // A chosen theme stays, whatever the system does, also after a reload.
  await themes.getByRole("radio", { name: "Dark" }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await setSystemScheme(page, "dark");
  await setSystemScheme(page, "light");
  await expect(themes.getByRole("radio", { name: "Dark" })).toHaveAttribute("aria-checked", "true");
  await expect(html).toHaveAttribute("data-theme", "dark");

  // System, from the keyboard: the arrow key moves the choice within the group.
  await themes.getByRole("radio", { name: "Dark" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(themes.getByRole("radio", { name: "System" })).toHaveAttribute("aria-checked", "true");
  await expect(themes.getByRole("radio", { name: "System" })).toBeFocused();
  await expect(html).toHaveAttribute("data-theme", "light");
  await setSystemScheme(page, "dark");
  await expect(html).toHaveAttribute("data-theme", "dark");

  // The palette offers the same three choices.
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette.getByRole("option", { name: /Follow the system/ })).toHaveAttribute("aria-disabled", "true");
  await palette.getByRole("option", { name: /Use the light theme/ }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await setSystemScheme(page, "light");
  await setSystemScheme(page, "dark");
  await expect(themes.getByRole("radio", { name: "Light" })).toHaveAttribute("aria-checked", "true");
  await expect(html).toHaveAttribute("data-theme", "light");
});

test("the dark theme has no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.locator('[data-testid="state-node"][data-state-name="Wait 3 seconds"]').click();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  expect(await scan(page)).toEqual([]);
});

test("the canvas is navigable with arrow keys between connected states, and Enter opens the inspector", async ({ page }) => {
  await page.goto("/");
  await page.locator('[data-testid="state-node"][data-state-name="Pass"]').click();
  await expect(page.locator('[data-testid="state-node"][data-state-name="Pass"]')).toHaveAttribute("aria-label", /^Pass state Pass/);
  await page.keyboard.press("ArrowDown");
  await expectAt(page, "IsHelloWorldExample");
  expect(await page.evaluate(() => window.aslStudio?.getSelection())).toEqual(["IsHelloWorldExample"]);
  await page.keyboard.press("ArrowUp");
  await expectAt(page, "Pass");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("role", "tab");
  await expect(page.getByRole("region", { name: "Inspector" })).toContainText("IsHelloWorldExample");
});

test("the arrow keys walk into a Parallel's branches and out again", async ({ page }) => {
  await page.goto("/");
  await stateNode(page, "Wait 3 seconds").click();
  await page.keyboard.press("ArrowDown");
  await expectAt(page, "Parallel");
  await page.keyboard.press("ArrowDown");
  await expectAt(page, "Hello");
  await page.keyboard.press("ArrowRight");
  await expectAt(page, "World");
  await page.keyboard.press("ArrowUp");
  await expectAt(page, "Parallel");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowLeft");
  await expectAt(page, "World");
  // A branch's last state leads on to what follows the Parallel.
  await page.keyboard.press("ArrowDown");
  await expectAt(page, "PassState");
});

test("the arrow keys reach every target of a Choice, Default included", async ({ page }) => {
  await page.goto("/");
  await expect(stateNode(page, "Pass")).toBeVisible();
  const rule = (below: number, next: string) => ({ Variable: "$.n", NumericLessThan: below, Next: next });
  await page.evaluate(
    (definition) => window.aslStudio?.setDefinition(definition),
    { StartAt: "Route", States: { Route: { Type: "Choice", Choices: [rule(10, "Small"), rule(100, "Medium"), rule(1000, "Large")], Default: "Huge" }, Small: { Type: "Succeed" }, Medium: { Type: "Succeed" }, Large: { Type: "Succeed" }, Huge: { Type: "Succeed" } } },
  );
  await stateNode(page, "Route").click();
  await page.keyboard.press("ArrowDown");
  await expectAt(page, "Small");
  for (const name of ["Medium", "Large", "Huge", "Small"]) {
    await page.keyboard.press("ArrowRight");
    await expectAt(page, name);
  }
  await page.keyboard.press("ArrowLeft");
  await expectAt(page, "Huge");
  await page.keyboard.press("ArrowUp");
  await expectAt(page, "Route");
});

/** Opens the ⓘ beside a field; returns the help it controls. */
async function openHelp(page: Page, field: string) {
  const about = page.getByRole("region", { name: "Inspector" }).getByRole("button", { name: `About ${field}`, exact: true });
  await expect(about).toHaveAttribute("aria-expanded", "false");
  await about.click();
  await expect(about).toHaveAttribute("aria-expanded", "true");
  const id = await about.getAttribute("aria-controls");
  return page.locator(`[id="${id}"]`);
}

test("every inspector field explains itself: the ⓘ beside it opens the guide's concept in a sentence or two", async ({ page }) => {
  await page.goto("/");
  await page.locator('[data-testid="state-node"][data-state-name="Wait 3 seconds"]').click();
  await expect(await openHelp(page, "Seconds")).toContainText("seed L");
  await expect(await openHelp(page, "Next")).toContainText('either Next or "End": true');
  await expect(await openHelp(page, "state name")).toContainText("unique in the whole definition");
  await page.getByRole("region", { name: "Inspector" }).getByRole("tab", { name: /^Output/ }).click();
  await expect(await openHelp(page, "OutputPath")).toContainText("passed on as the state output");
  expect(await scan(page)).toEqual([]);
});

test("a catcher's ErrorEquals and a Choice rule's next state explain themselves where they are written", async ({ page }) => {
  await page.goto("/");
  const inspector = page.getByRole("region", { name: "Inspector" });
  await page.locator('[data-testid="state-node"][data-state-name="Parallel"]').click();
  await inspector.getByRole("tab", { name: /^Error handling/ }).click();
  await inspector.getByRole("button", { name: "Add new catcher" }).click();
  const catcher = inspector.getByRole("group", { name: "Catcher #1" });
  await expect(catcher).toBeVisible();
  // The catcher's own text, not a retrier's: catchers are tried after the retriers.
  await expect(await openHelp(page, "ErrorEquals")).toContainText("tried after the retriers");
  await page.locator('[data-testid="state-node"][data-state-name="IsHelloWorldExample"]').click();
  await inspector.getByRole("tab", { name: /^Configuration/ }).click();
  const rule = inspector.getByRole("group", { name: "Rule #1" });
  const about = rule.getByRole("button", { name: "About Next", exact: true });
  await about.click();
  await expect(page.locator(`[id="${await about.getAttribute("aria-controls")}"]`)).toContainText("when this rule matches");
  expect(await scan(page)).toEqual([]);
});
