import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";

type Definition = { StartAt: string; States: Record<string, Record<string, unknown>> };

const getDefinition = (page: Page) => page.evaluate(() => window.aslStudio?.getDefinition() as unknown as Definition);
const setDefinition = (page: Page, definition: unknown) => page.evaluate((d) => window.aslStudio?.setDefinition(d as never), definition);
const stateNodes = (page: Page) => page.locator('[data-testid="state-node"]');

async function open(page: Page) {
  await page.goto("/");
  await expect(stateNodes(page).first()).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
}

async function exportItem(page: Page, item: string): Promise<Download> {
  await page.getByTestId("export-menu").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-menu-item="${item}"]`).click()]);
  return download;
}

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error("download failed");
  return readFileSync(path);
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Parses the SVG with the browser's XML parser: state count, state names, text contents. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: root.nodeName,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      states: [...doc.querySelectorAll("g.asl-state")].map((g) => g.getAttribute("data-state-name")),
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
      foreign: doc.querySelectorAll("foreignObject, script, img, image, iframe").length,
    };
  }, svg);
}

test("exports the diagram as SVG and PNG (1× and 2×) through the Export menu", async ({ page }) => {
  await open(page);
  const svgDownload = await exportItem(page, "diagram-svg");
  expect(svgDownload.suggestedFilename()).toBe("HelloWorld.svg");
  const svg = (await downloaded(svgDownload)).toString("utf8");
  const parsed = await inspectSvg(page, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.foreign).toBe(0);
  const canvasNames = await stateNodes(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-state-name")));
  expect(parsed.states.length).toBe(canvasNames.length);
  expect([...parsed.states].sort()).toEqual([...canvasNames].sort());
  for (const name of canvasNames) expect(parsed.texts).toContain(name);

  const png = pngSize(await downloaded(await exportItem(page, "diagram-png")));
  expect(png).toEqual({ width: parsed.width, height: parsed.height });
  const png2 = await exportItem(page, "diagram-png2x");
  expect(png2.suggestedFilename()).toBe("HelloWorld@2x.png");
  expect(pngSize(await downloaded(png2))).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
});

test("the diagram dialog previews light and dark and downloads the chosen theme", async ({ page }) => {
  await open(page);
  await page.getByTestId("export-menu").click();
  await page.locator('[data-menu-item="diagram-options"]').click();
  const dialog = page.getByTestId("diagram-dialog");
  await expect(dialog.getByRole("img", { name: "Preview of the exported diagram" })).toBeVisible();
  await dialog.getByRole("radio", { name: "Dark" }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download SVG" }).click()]);
  const svg = (await downloaded(download)).toString("utf8");
  expect(svg).toContain('data-theme="dark"');
  expect(svg).toContain('fill="#16181d"');
});

test("exports YAML and re-imports it as a new document", async ({ page }) => {
  await open(page);
  const original = await getDefinition(page);
  const download = await exportItem(page, "download-yaml");
  expect(download.suggestedFilename()).toBe("HelloWorld.asl.yaml");
  const yaml = (await downloaded(download)).toString("utf8");
  expect(yaml).toContain("StartAt: Pass");

  await setDefinition(page, { StartAt: "Other", States: { Other: { Type: "Succeed" } } });
  await expect(stateNodes(page)).toHaveCount(1);
  await page.getByTestId("import-file-input").setInputFiles({ name: "HelloWorld.asl.yaml", mimeType: "application/yaml", buffer: Buffer.from(yaml) });
  await expect(stateNodes(page)).toHaveCount(9);
  expect(await getDefinition(page)).toEqual(original);
  expect(await page.evaluate(() => window.aslStudio?.getFormat())).toBe("yaml");
  await expect(page.getByTestId("notices")).toContainText("Opened HelloWorld.asl.yaml");
  // The document that was open is kept: both are in Recent.
  await page.getByTestId("recent-button").click();
  await expect(page.getByTestId("recent-list").locator("li")).toHaveCount(2);
});

test("copies the definition as JSON", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page);
  await page.getByTestId("export-menu").click();
  await page.locator('[data-menu-item="copy-json"]').click();
  await expect(page.getByTestId("notices")).toContainText("Copied the definition as JSON");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toEqual(await getDefinition(page));
});

async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content as string], fileName as string, { type: "application/json" }));
      return data;
    },
    [name, text],
  );
  const target = page.getByTestId("studio");
  await target.dispatchEvent("dragenter", { dataTransfer: transfer });
  await target.dispatchEvent("dragover", { dataTransfer: transfer });
  await expect(page.getByTestId("drop-overlay")).toBeVisible();
  await target.dispatchEvent("drop", { dataTransfer: transfer });
}

test("dropping a .asl.json file onto the page opens it; a broken one opens in Code mode with its errors", async ({ page }) => {
  await open(page);
  const machine = { StartAt: "Dropped", States: { Dropped: { Type: "Pass", Next: "Landed" }, Landed: { Type: "Succeed" } } };
  await dropFile(page, "dropped.asl.json", JSON.stringify(machine, null, 2));
  await expect(page.getByTestId("drop-overlay")).toHaveCount(0);
  await expect(page.locator('[data-testid="state-node"][data-state-name="Landed"]')).toBeVisible();
  expect(await getDefinition(page)).toEqual(machine);
  await expect(page.getByTestId("document-name")).toHaveText("dropped");

  const broken = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "End": true }\n';
  await dropFile(page, "broken.json", broken);
  await expect(page.getByRole("tab", { name: "Code", exact: true })).toHaveAttribute("aria-selected", "true");
  expect(await page.evaluate(() => window.aslStudio?.getText())).toBe(broken);
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("SYNTAX_ERROR");
});

test("a CloudFormation template with several state machines asks which one to open", async ({ page }) => {
  await open(page);
  const template = [
    "AWSTemplateFormatVersion: 2010-09-09",
    "Resources:",
    "  First:",
    "    Type: AWS::StepFunctions::StateMachine",
    "    Properties:",
    "      RoleArn: !GetAtt Role.Arn",
    "      Definition: { StartAt: One, States: { One: { Type: Succeed } } }",
    "  Second:",
    "    Type: AWS::Serverless::StateMachine",
    "    Properties:",
    "      Type: EXPRESS",
    "      Tracing: { Enabled: true }",
    "      DefinitionString: !Sub '{\"StartAt\": \"Two\", \"States\": {\"Two\": {\"Type\": \"Pass\", \"End\": true}}}'",
    "",
  ].join("\n");
  await page.getByTestId("import-file-input").setInputFiles({ name: "stack.yaml", mimeType: "application/yaml", buffer: Buffer.from(template) });
  const chooser = page.getByTestId("machine-chooser");
  await expect(chooser).toBeVisible();
  await chooser.getByText("Second", { exact: true }).click();
  await chooser.getByRole("button", { name: "Open" }).click();
  await expect(page.locator('[data-testid="state-node"][data-state-name="Two"]')).toBeVisible();
  expect(await page.evaluate(() => window.aslStudio?.getConfig())).toMatchObject({ name: "Second", type: "EXPRESS", tracing: true });
});

test("the CloudFormation / SAM dialog writes Config mode's settings", async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.aslStudio?.setConfig({ roleArn: "arn:aws:iam::123456789012:role/HelloRole", tracing: true }));
  await page.getByTestId("export-menu").click();
  await page.locator('[data-menu-item="infrastructure"]').click();
  const text = page.getByTestId("infrastructure-text");
  await expect(text).toContainText('"Type": "AWS::StepFunctions::StateMachine"');
  await expect(text).toContainText('"RoleArn": "arn:aws:iam::123456789012:role/HelloRole"');
  await expect(text).toContainText('"TracingConfiguration"');
  const dialog = page.getByTestId("infrastructure-dialog");
  await dialog.getByRole("radio", { name: "SAM" }).check();
  await dialog.getByRole("radio", { name: "YAML" }).check();
  await expect(text).toContainText("Type: AWS::Serverless::StateMachine");
  await expect(text).toContainText("Role: arn:aws:iam::123456789012:role/HelloRole");
});

test("a state named <img src=x onerror=alert(1)> survives every export without running anything", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await open(page);
  const name = "<img src=x onerror=alert(1)>";
  const machine = { Comment: "<script>alert(2)</script>", StartAt: name, States: { [name]: { Type: "Pass", Next: '"><svg onload=alert(3)>' }, '"><svg onload=alert(3)>': { Type: "Succeed" } } };
  await setDefinition(page, machine);
  await expect(page.locator('[data-testid="state-node"]').first()).toBeVisible();

  const svg = (await downloaded(await exportItem(page, "diagram-svg"))).toString("utf8");
  const parsed = await inspectSvg(page, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.foreign).toBe(0);
  expect(parsed.states).toEqual(expect.arrayContaining([name, '"><svg onload=alert(3)>']));
  expect(parsed.texts).toContain(name);
  expect(svg).not.toContain("<img");
  expect(svg).not.toContain("<svg onload");

  // The SVG opened as a document of its own runs nothing either.
  const viewer = await page.context().newPage();
  viewer.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ""));
  await expect(viewer.locator("text", { hasText: name })).toHaveCount(1);
  await viewer.close();

  pngSize(await downloaded(await exportItem(page, "diagram-png")));
  const json = (await downloaded(await exportItem(page, "download-json"))).toString("utf8");
  expect(JSON.parse(json)).toEqual(machine);
  await page.getByTestId("export-menu").click();
  await page.locator('[data-menu-item="diagram-options"]').click();
  await expect(page.getByTestId("diagram-dialog").getByRole("img")).toBeVisible();
  await page.keyboard.press("Escape");
  // Re-import the exported JSON: still just text.
  await page.getByTestId("import-file-input").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await expect(page.locator(`[data-testid="state-node"][data-state-name="${name.replace(/"/g, '\\"')}"]`)).toBeVisible();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.locator("img[src='x']").count()).toBe(0);
});

test("the diagram can carry the last run's colours", async ({ page }) => {
  await open(page);
  await page.evaluate(() => window.aslStudio?.setSimulation({ inputs: [{ id: "i", name: "Hello", text: '{ "IsHelloWorldExample": true }' }], activeInputId: "i" }));
  await page.getByRole("tab", { name: /^Simulator/ }).click();
  await page.getByRole("toolbar", { name: "Run controls" }).getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");

  await page.getByTestId("export-menu").click();
  await page.locator('[data-menu-item="diagram-options"]').click();
  const dialog = page.getByTestId("diagram-dialog");
  const colour = dialog.getByRole("checkbox", { name: "Colour states by the last run" });
  await expect(colour).toBeEnabled();
  await expect(colour).toBeChecked();
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download SVG" }).click()]);
  const svg = (await downloaded(download)).toString("utf8");
  const statuses = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    return Object.fromEntries([...doc.querySelectorAll("g.asl-state")].map((g) => [g.getAttribute("data-state-name"), g.getAttribute("data-run-status")]));
  }, svg);
  expect(statuses).toMatchObject({ Pass: "succeeded", IsHelloWorldExample: "succeeded", Parallel: "succeeded", Hello: "succeeded", No: "not-run" });
  expect(svg).toContain("Not run");
});
