import { expect, test } from "@playwright/test";

test("the studio shell shows the header, mode switch and every panel", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("document-name")).toHaveText("HelloWorld");
  const modes = page.getByRole("tablist", { name: "Mode" });
  for (const name of ["Design", "Code", "Config"]) await expect(modes.getByRole("tab", { name })).toBeVisible();
  await expect(modes.getByRole("tab", { name: "Design" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("region", { name: "States browser" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Problems" })).toBeVisible();

  await modes.getByRole("tab", { name: "Config" }).click();
  await expect(modes.getByRole("tab", { name: "Config" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("main", { name: "State machine configuration" })).toBeVisible();
});

test("no request leaves localhost", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("/");
  await expect(page.getByTestId("document-name")).toBeVisible();
  const modes = page.getByRole("tablist", { name: "Mode" });
  // Visit every mode so everything loaded on demand (Monaco, its workers, ELK, the simulator) loads.
  await modes.getByRole("tab", { name: "Code", exact: true }).click();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible();
  await modes.getByRole("tab", { name: "Config", exact: true }).click();
  await expect(page.getByRole("main", { name: "State machine configuration" })).toBeVisible();
  await modes.getByRole("tab", { name: "Design", exact: true }).click();
  await expect(page.locator('[data-testid="state-node"]').first()).toBeVisible();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Succeeded");
  await page.waitForTimeout(1000);
  expect(requested.length).toBeGreaterThan(0);
  const external = requested.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:") return false;
    return !["127.0.0.1", "localhost"].includes(hostname);
  });
  expect(external).toEqual([]);
});
