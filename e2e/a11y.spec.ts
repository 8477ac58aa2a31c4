import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function scan(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
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
