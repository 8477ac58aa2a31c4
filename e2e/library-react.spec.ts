/**
 * The library's React build (dist/lib/asl-studio.js, React left to the host) in a page that
 * loads it as built, without a bundler: the page's import map supplies React as ES modules
 * (bundled from node_modules by e2e/support/esmReact.ts), and the page renders <AslStudio> in its
 * own React tree. The page and React are served by the test (page.route); the library comes from
 * the preview server's /lib, as a portal would serve it.
 */
import { expect, test } from "@playwright/test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEsmReact } from "./support/esmReact";

declare global {
  interface Window {
    /** Set by e2e/fixtures/react-build-host.html. */
    reactBuildHost?: { studio: { run: (input?: unknown) => Promise<{ status: string; output?: unknown }> } | null; reactVersion: string };
  }
}

const HOST_PAGE = fileURLToPath(new URL("./fixtures/react-build-host.html", import.meta.url));
const REACT_VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL("../node_modules/react/package.json", import.meta.url)), "utf8")) as { version: string }).version;

let vendor = "";
/** The page's uncaught errors and console errors, reported with any failure. */
let errors: string[] = [];

test.beforeAll(async () => {
  vendor = mkdtempSync(join(tmpdir(), "asl-studio-esm-react-"));
  await buildEsmReact(vendor);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && errors.length > 0) await testInfo.attach("page errors", { body: errors.join("\n"), contentType: "text/plain" });
});

test.afterAll(() => {
  if (vendor) rmSync(vendor, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.route("**/react-build-host/**", (route) => {
    const path = new URL(route.request().url()).pathname.slice("/react-build-host/".length);
    if (path === "") return route.fulfill({ path: HOST_PAGE, contentType: "text/html" });
    if (path.startsWith("vendor/")) return route.fulfill({ path: join(vendor, basename(path)) });
    return route.fulfill({ status: 404 });
  });
});

test("<AslStudio> from the React build runs in the page's own React: canvas, props, onChange, code editor, ref and worker", async ({ page }) => {
  await page.goto("/react-build-host/");
  const orders = page.getByTestId("react-orders");

  // The canvas (React Flow) renders with the page's React: hooks from both sides share one React.
  await expect(orders.locator('[data-testid="state-node"]')).toHaveCount(2);
  expect(await page.evaluate(() => window.reactBuildHost?.reactVersion)).toBe(REACT_VERSION);

  // An edit reaches the page's state through onChange; new props reach the studio.
  await orders.locator('[data-testid="state-node"][data-state-name="Validate"]').click();
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("orders-states")).toHaveText("Orders has: Done");
  await page.getByTestId("toggle-theme").click();
  await expect(orders.getByTestId("studio")).toHaveAttribute("data-theme", "dark");
  await page.getByTestId("toggle-lock").click();
  await expect(orders.getByTestId("read-only-badge")).toBeVisible();

  // The code editor (Monaco and its workers, loaded from /lib) and the interpreter worker, through the ref.
  await orders.getByRole("tab", { name: "Code", exact: true }).click();
  await expect(orders.locator(".monaco-editor .view-lines")).toContainText('"StartAt": "Done"');
  const result = await page.evaluate(() => window.reactBuildHost?.studio?.run({ order: 42 }));
  expect(result).toMatchObject({ status: "SUCCEEDED", output: { order: 42 } });

  expect(errors).toEqual([]);
});
