import { expect, test } from "@playwright/test";

test("the Problems panel lists located diagnostics; clicking one selects its state", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("diagnostics-empty")).toHaveText("No problems: the definition is valid.");
  const text = JSON.stringify(
    {
      StartAt: "Charge card",
      States: {
        "Charge card": { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "charge", "Payload.$": "$" }, Next: "Ship" },
        "Ship order": { Type: "Succeed" },
      },
    },
    null,
    2,
  );
  await page.evaluate((t) => window.aslStudio?.setText(t), text);
  const row = page.locator('[data-testid="diagnostic"][data-code="UNKNOWN_STATE_REF"]');
  await expect(row).toContainText('Next names "Ship"');
  await expect(row).toContainText('Did you mean "Ship order"?');
  await expect(row).toContainText("Charge card");
  await expect(row).toContainText("Ln 11, Col 15");
  await expect(page.getByTestId("diagnostics-counts")).toContainText("errors");
  await row.click();
  expect(await page.evaluate(() => window.aslStudio?.getSelection())).toEqual(["Charge card"]);
  await expect(page.locator('[data-testid="state-node"][data-state-name="Charge card"]')).toHaveClass(/selected/);
  await expect(page.locator('[data-testid="state-node"][data-state-name="Charge card"] [data-testid="node-badge"]')).toContainText("1");
});

test("a syntax error is listed with its line and the text is kept", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => window.aslStudio?.setText('{\n  "StartAt": "A",\n  "States": {\n    "A": {"Type": "Pass" "End": true}\n  }\n}'));
  const row = page.locator('[data-testid="diagnostic"][data-code="SYNTAX_ERROR"]');
  await expect(row).toContainText("Ln 4");
  await expect(page.getByTestId("read-only-banner")).toContainText("Line 4");
  expect(await page.evaluate(() => window.aslStudio?.getText())).toContain('"Type": "Pass" "End"');
});
