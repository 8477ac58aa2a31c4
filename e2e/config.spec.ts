import { expect, test, type Page } from "@playwright/test";

const setDefinition = (page: Page, definition: unknown) => page.evaluate((d) => window.aslStudio?.setDefinition(d as never), definition);
const modes = (page: Page) => page.getByRole("tablist", { name: "Mode" });
const config = (page: Page) => page.getByTestId("config-mode");

async function openConfig(page: Page) {
  await modes(page).getByRole("tab", { name: "Config" }).click();
  await expect(page.getByRole("main", { name: "State machine configuration" })).toBeVisible();
}

test("the name follows the guide's naming rules and shows in the header", async ({ page }) => {
  await page.goto("/");
  await openConfig(page);
  const name = config(page).getByRole("textbox", { name: "State machine name" });
  await expect(name).toHaveValue("HelloWorld");

  await name.fill("order processing");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/cannot contain whitespace/);
  await name.fill("orders#1");
  await expect(name).toHaveAccessibleDescription(/special characters/);
  await name.fill("x".repeat(81));
  await expect(name).toHaveAccessibleDescription(/at most 80 characters \(this one has 81\)/);
  await name.fill("");
  await expect(name).toHaveAccessibleDescription(/Enter a name/);

  await name.fill("OrderProcessing-v2");
  await expect(name).toHaveAttribute("aria-invalid", "false");
  await expect(config(page).getByTestId("config-message")).toHaveCount(0);
  await expect(page.getByTestId("document-name")).toHaveText("OrderProcessing-v2");

  // Config is not part of the document's undo history.
  await modes(page).getByRole("tab", { name: "Design" }).click();
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("document-name")).toHaveText("OrderProcessing-v2");
});

test("switching to Express re-validates: .sync tasks are flagged, and clear again for Standard", async ({ page }) => {
  await page.goto("/");
  await setDefinition(page, { StartAt: "Job", States: { Job: { Type: "Task", Resource: "arn:aws:states:::glue:startJobRun.sync", Parameters: { JobName: "j" }, End: true } } });
  await expect(page.getByTestId("diagnostics-counts")).toHaveText(/^0 errors/);
  await openConfig(page);
  const express = config(page).getByRole("radio", { name: /^Express/ });
  await expect(config(page).getByRole("radio", { name: /^Standard/ })).toBeChecked();
  await express.check();
  await expect(express).toBeChecked();
  await expect(config(page).getByTestId("express-problems")).toContainText("1 state uses something Express workflows do not support");
  await expect(page.getByTestId("diagnostics-counts")).toHaveText(/^1 errors/);
  await expect(page.locator('[data-testid="diagnostic"][data-code="EXPRESS_UNSUPPORTED_PATTERN"]')).toHaveCount(1);

  await config(page).getByRole("radio", { name: /^Standard/ }).check();
  await expect(config(page).getByTestId("express-problems")).toHaveCount(0);
  await expect(page.getByTestId("diagnostics-counts")).toHaveText(/^0 errors/);
});

test("execution role, logging, tracing: validated and kept across mode switches", async ({ page }) => {
  await page.goto("/");
  await openConfig(page);
  const role = config(page).getByRole("textbox", { name: "Execution role ARN" });
  await role.fill("arn:aws:iam::1234:role/Runner");
  await expect(role).toHaveAccessibleDescription(/12 digits/);
  await role.fill("arn:aws:iam::123456789012:role/service-role/Runner");
  await expect(role).toHaveAttribute("aria-invalid", "false");

  const level = config(page).getByRole("combobox", { name: "Log level" });
  const includeData = config(page).getByRole("checkbox", { name: /Include execution data/ });
  const logGroup = config(page).getByRole("textbox", { name: "Log group ARN" });
  await expect(includeData).toBeDisabled();
  await expect(logGroup).toBeDisabled();
  await level.selectOption("ERROR");
  await expect(includeData).toBeEnabled();
  await includeData.check();
  await logGroup.fill("my-logs");
  await expect(logGroup).toHaveAccessibleDescription(/starts with arn:aws:logs:/);
  await logGroup.fill("arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/Orders:*");
  await expect(logGroup).toHaveAttribute("aria-invalid", "false");

  const tracing = config(page).getByRole("checkbox", { name: /Enable X-Ray tracing/ });
  await tracing.check();

  await modes(page).getByRole("tab", { name: "Design" }).click();
  await openConfig(page);
  await expect(role).toHaveValue("arn:aws:iam::123456789012:role/service-role/Runner");
  await expect(level).toHaveValue("ERROR");
  await expect(includeData).toBeChecked();
  await expect(logGroup).toHaveValue("arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/Orders:*");
  await expect(tracing).toBeChecked();

  await level.selectOption("OFF");
  await expect(logGroup).toBeDisabled();
});

test("tags are added, edited, checked and removed", async ({ page }) => {
  await page.goto("/");
  await openConfig(page);
  const add = config(page).getByRole("button", { name: "Add new tag" });
  await add.click();
  await add.click();
  await expect(page.getByTestId("tag-row")).toHaveCount(2);
  await config(page).getByRole("textbox", { name: "Tag 1 key" }).fill("team");
  await config(page).getByRole("textbox", { name: "Tag 1 value" }).fill("payments");
  await config(page).getByRole("textbox", { name: "Tag 2 key" }).fill("team");
  await expect(config(page).getByRole("textbox", { name: "Tag 2 key" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("tag-row").nth(1)).toContainText("This key is already used.");
  await config(page).getByRole("textbox", { name: "Tag 2 key" }).fill("aws:owner");
  await expect(page.getByTestId("tag-row").nth(1)).toContainText("reserved");
  await config(page).getByRole("button", { name: "Remove tag 2" }).click();
  await expect(page.getByTestId("tag-row")).toHaveCount(1);
  await expect(config(page).getByRole("textbox", { name: "Tag 1 key" })).toHaveValue("team");
  await expect(config(page).getByTestId("config-message")).toHaveCount(0);
});
