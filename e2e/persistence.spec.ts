import { expect, test, type Page } from "@playwright/test";

const saved = (page: Page) => expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

async function open(page: Page, url = "/") {
  await page.goto(url);
  await expect(page.getByTestId("document-name")).toBeVisible();
}

test("every change is saved; reloading restores the text as typed, format, mode, selection, config, inputs and mocks", async ({ page }) => {
  await open(page);
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(9);
  await saved(page);
  const yaml = "# Orders, kept as typed\nStartAt: Receive\nStates:\n  Receive:\n    Type: Pass\n    Next: Ship\n  Ship:\n    Type: Succeed\n";
  await page.evaluate((text) => {
    const studio = window.aslStudio;
    if (!studio) throw new Error("no studio");
    studio.setFormat("yaml");
    studio.setText(text);
    studio.setConfig({ name: "Orders", tracing: true });
    studio.setSimulation({ inputs: [{ id: "in-1", name: "Big order", text: '{ "items": 3 ' }], activeInputId: "in-1", mocks: { Receive: { result: { ok: true } } } });
    studio.select(["Ship"]);
  }, yaml);
  await page.getByRole("tab", { name: "Config", exact: true }).click();
  await saved(page);

  await page.reload();
  await expect(page.getByTestId("document-name")).toHaveText("Orders");
  const restored = await page.evaluate(() => {
    const studio = window.aslStudio;
    return { text: studio?.getText(), format: studio?.getFormat(), selection: studio?.getSelection(), config: studio?.getConfig(), simulation: studio?.getSimulation() };
  });
  expect(restored.text).toBe(yaml);
  expect(restored.format).toBe("yaml");
  expect(restored.selection).toEqual(["Ship"]);
  expect(restored.config).toMatchObject({ name: "Orders", tracing: true });
  expect(restored.simulation).toMatchObject({ activeInputId: "in-1", inputs: [{ name: "Big order", text: '{ "items": 3 ' }], mocks: { Receive: { result: { ok: true } } } });
  await expect(page.getByRole("tab", { name: "Config", exact: true })).toHaveAttribute("aria-selected", "true");
});

test("text that does not parse is restored exactly, in Code mode with its error", async ({ page }) => {
  await open(page);
  await saved(page);
  const broken = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "En';
  await page.evaluate((text) => window.aslStudio?.setText(text), broken);
  await saved(page);
  await page.reload();
  await expect(page.getByRole("tab", { name: "Code", exact: true })).toHaveAttribute("aria-selected", "true");
  expect(await page.evaluate(() => window.aslStudio?.getText())).toBe(broken);
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("SYNTAX_ERROR");
});

test("Recent keeps several documents: new from a template, switch, rename, delete", async ({ page }) => {
  await open(page);
  await saved(page);
  await page.getByTestId("templates-button").click();
  const gallery = page.getByTestId("template-gallery");
  await gallery.getByRole("option", { name: /Retry and catch/ }).click();
  await expect(gallery.getByTestId("template-details")).toContainText("Batch");
  await expect(gallery.getByRole("img", { name: /Diagram of the Retry and catch template/ })).toBeVisible();
  await gallery.getByTestId("use-template").click();
  await expect(page.getByTestId("document-name")).toHaveText("BatchJobWithErrorHandling");
  await expect(page.locator('[data-testid="state-node"][data-state-name="Notify Failure"]')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(window.aslStudio?.getSimulation().mocks ?? {}))).toContain("Submit Batch Job");
  await saved(page);

  await page.getByTestId("recent-button").click();
  const list = page.getByTestId("recent-list");
  await expect(list.locator("li")).toHaveCount(2);
  await list.locator('li[data-document-name="HelloWorld"] .recent-open').click();
  await expect(page.getByTestId("document-name")).toHaveText("HelloWorld");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(9);

  await page.getByTestId("recent-button").click();
  await list.getByRole("button", { name: "Rename BatchJobWithErrorHandling" }).click();
  const input = list.getByRole("textbox");
  await input.fill("has spaces");
  await input.press("Enter");
  await expect(list.getByRole("alert")).toContainText("whitespace");
  await input.fill("BatchJobs");
  await input.press("Enter");
  await expect(list.locator('li[data-document-name="BatchJobs"]')).toHaveCount(1);

  await list.getByRole("button", { name: "Delete BatchJobs" }).click();
  await list.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(list.locator("li")).toHaveCount(1);
  await page.keyboard.press("Escape");

  await page.reload();
  await page.getByTestId("recent-button").click();
  await expect(page.getByTestId("recent-list").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("document-name")).toHaveText("HelloWorld");
});

test("a share link opens a copy in a fresh browser, with the sample input", async ({ page, browser }) => {
  await open(page);
  await page.evaluate(() => {
    window.aslStudio?.setDefinition({ Comment: "Shared with a colleague", StartAt: "Hello", States: { Hello: { Type: "Pass", Next: "World" }, World: { Type: "Succeed" } } });
    window.aslStudio?.setConfig({ name: "SharedFlow" });
    window.aslStudio?.setSimulation({ inputs: [{ id: "i", name: "Greeting", text: '{ "who": "Ada" }' }], activeInputId: "i" });
  });
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByText(/Include the sample input/).click();
  const link = await dialog.getByTestId("share-link").inputValue();
  expect(link.startsWith(new URL("/#share=1", page.url()).href)).toBe(true);
  expect(link).toMatch(/#share=1[zj][A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId("document-name")).toHaveText("SharedFlow");
  await expect(other.locator('[data-testid="state-node"][data-state-name="World"]')).toBeVisible();
  await expect(other.getByTestId("notices")).toContainText("Opened a copy");
  expect(await other.evaluate(() => window.aslStudio?.getDefinition())).toMatchObject({ Comment: "Shared with a colleague", StartAt: "Hello" });
  expect(await other.evaluate(() => window.aslStudio?.getSimulation().inputs[0]?.text)).toBe('{ "who": "Ada" }');
  expect(other.url()).not.toContain("#share=");
  // The copy is saved like any document: it is there after a reload, without the link.
  await expect(other.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await other.reload();
  await expect(other.getByTestId("document-name")).toHaveText("SharedFlow");
  await fresh.close();

  // The link pasted into the address bar of a studio that is already open (only the hash changes).
  await page.keyboard.press("Escape");
  await page.evaluate(() => window.aslStudio?.setConfig({ name: "SomethingElse" }));
  await expect(page.getByTestId("document-name")).toHaveText("SomethingElse");
  await page.goto(link);
  await expect(page.getByTestId("document-name")).toHaveText("SharedFlow");
  await expect(page.getByTestId("notices")).toContainText("Opened a copy");
  await expect(page).not.toHaveURL(/#share=/);
});

test("a damaged share link says so and opens nothing in its place", async ({ page }) => {
  await open(page, "/#share=1zAAAAAAAA");
  await expect(page.getByTestId("notices")).toContainText("The share link could not be opened");
  await expect(page.locator('[data-testid="state-node"]')).toHaveCount(9);
});

test("a document too large for a link says so instead of making a broken link", async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    let seed = 7;
    let noise = "";
    for (let i = 0; i < 24_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      noise += String.fromCharCode(33 + ((seed >>> 16) % 90));
    }
    window.aslStudio?.setDefinition({ Comment: noise, StartAt: "A", States: { A: { Type: "Succeed" } } });
  });
  await page.getByTestId("share-button").click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog.getByTestId("share-too-large")).toContainText("too large for a share link");
  await expect(dialog.getByTestId("share-link")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Copy link" })).toBeDisabled();
});
