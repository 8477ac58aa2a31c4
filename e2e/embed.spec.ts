import { expect, test, type Frame, type Page } from "@playwright/test";

declare global {
  interface Window {
    /** Set by examples/react-host.tsx. */
    reactHost?: { log: unknown[]; orders: { getDefinition: () => unknown } | null };
  }
}

type HostEvent = { studio?: string; type: string; states?: string[]; valid?: boolean; protocol?: string; ok?: boolean; error?: string };

/** The preview server's port: the studio and its hosts are reached as 127.0.0.1 and localhost, two origins. */
const port = () => new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:4173").port;

const hostEvents = (page: Page) => page.evaluate(() => (window as unknown as { hostEvents: HostEvent[] }).hostEvents);

test.describe("library build: a host page with two studios", () => {
  test("each instance has its own document, receives onChange, and the read-only one cannot be edited", async ({ page }) => {
    await page.goto("/embed-host.html");
    const orders = page.getByTestId("host-orders");
    const billing = page.getByTestId("host-billing");
    await expect(orders.locator('[data-testid="state-node"]')).toHaveCount(3);
    await expect(billing.locator('[data-testid="state-node"]')).toHaveCount(2);
    await expect(orders.getByTestId("document-name")).toHaveText("Orders");
    await expect(billing.getByTestId("document-name")).toHaveText("Billing");
    await expect(billing.getByTestId("studio")).toHaveAttribute("data-theme", "dark");

    // An edit in one studio (the keyboard, on its canvas) reaches only that studio and its host callback.
    await orders.locator('[data-testid="state-node"][data-state-name="Validate order"]').click();
    await page.keyboard.press("Delete");
    await expect(orders.locator('[data-testid="state-node"]')).toHaveCount(2);
    await expect.poll(async () => (await hostEvents(page)).filter((e) => e.studio === "orders" && e.type === "change").at(-1)?.states).toEqual(["Charge card", "Done"]);
    expect((await hostEvents(page)).some((e) => e.studio === "billing" && e.type === "change")).toBe(false);
    await expect(billing.locator('[data-testid="state-node"]')).toHaveCount(2);

    // Read-only: canvas shortcuts, inspector and the code editor change nothing.
    await expect(billing.getByTestId("read-only-badge")).toBeVisible();
    await billing.locator('[data-testid="state-node"][data-state-name="Invoice"]').click();
    await page.keyboard.press("Delete");
    await expect(billing.locator('[data-testid="state-node"]')).toHaveCount(2);
    await expect(billing.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Name" })).toBeDisabled();
    await billing.getByRole("tab", { name: "Code", exact: true }).click();
    const editor = billing.locator(".monaco-editor").first();
    await expect(editor).toBeVisible();
    await editor.click();
    await page.keyboard.type("oops");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { studios: { billing: { getText: () => string } } }).studios.billing.getText())).toBe("StartAt: Invoice\nStates:\n  Invoice:\n    Type: Pass\n    Next: Send\n  Send:\n    Type: Succeed\n");

    // Features: no simulator, export, templates or share in the billing studio; all of them in orders.
    for (const id of ["export-menu", "templates-button", "share-button"]) {
      await expect(billing.getByTestId(id)).toHaveCount(0);
      await expect(orders.getByTestId(id)).toBeVisible();
    }
    await expect(billing.getByRole("tab", { name: /Simulator/ })).toBeHidden();
    await expect(orders.getByRole("tab", { name: /Simulator/ })).toBeVisible();
    // Nor the simulator's breakpoints on the nodes.
    await billing.getByRole("tab", { name: "Design", exact: true }).click();
    await expect(billing.locator('[data-testid="state-node"]').first()).toBeVisible();
    await expect(billing.getByTestId("breakpoint-toggle")).toHaveCount(0);
    await expect(orders.getByTestId("breakpoint-toggle").first()).toBeAttached();

    // The host's API and the Save button.
    await page.evaluate(() => (window as unknown as { studios: { orders: { setDefinition: (d: unknown) => void } } }).studios.orders.setDefinition({ StartAt: "Only", States: { Only: { Type: "Succeed" } } }));
    await expect(orders.locator('[data-testid="state-node"]')).toHaveCount(1);
    await expect.poll(async () => (await hostEvents(page)).filter((e) => e.studio === "orders" && e.type === "change").at(-1)?.states).toEqual(["Only"]);
    await orders.getByTestId("save-button").click();
    await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type === "save").map((e) => e.states)).toEqual([["Only"]]);
    expect(await page.evaluate(() => (window as unknown as { studios: { billing: { getDefinition: () => { States: object } } } }).studios.billing.getDefinition().States)).toEqual({ Invoice: { Type: "Pass", Next: "Send" }, Send: { Type: "Succeed" } });
  });

  test("run(input, mocks) executes the document in the worker", async ({ page }) => {
    await page.goto("/embed-host.html");
    await expect(page.getByTestId("host-orders").locator('[data-testid="state-node"]')).toHaveCount(3);
    const result = await page.evaluate(() =>
      (window as unknown as { studios: { orders: { run: (input: unknown, mocks: unknown) => Promise<{ status: string; output: unknown }> } } }).studios.orders.run({ order: 42 }, { "Charge card": { result: { charged: true } } }),
    );
    expect(result).toMatchObject({ status: "SUCCEEDED", output: { charged: true } });
  });
});

test.describe("iframe mode", () => {
  async function studioFrame(page: Page): Promise<Frame> {
    const handle = await page.getByTestId("studio-frame").elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error("no frame");
    return frame;
  }

  test("a host on an allowed origin sets and gets the definition and hears about changes", async ({ page }) => {
    // The host is on localhost (allowed in embed-config.json), the studio on 127.0.0.1: two origins.
    await page.goto(`http://localhost:${port()}/embed-host-iframe.html?studio=http://127.0.0.1:${port()}/embed.html`);
    await expect(page.locator("body")).toHaveAttribute("data-connection", "connected");
    const frame = await studioFrame(page);
    await expect(frame.getByTestId("document-name")).toHaveText("OrderWorkflow");

    const definition = { StartAt: "Receive order", States: { "Receive order": { Type: "Pass", Next: "Ship" }, Ship: { Type: "Succeed" } } };
    const set = await page.evaluate((d) => (window as unknown as { studio: { request: (type: string, fields?: object) => Promise<unknown> } }).studio.request("setDefinition", { definition: d }), definition);
    expect(set).toMatchObject({ definition, valid: true, format: "json" });
    await expect(frame.locator('[data-testid="state-node"]')).toHaveCount(2);
    const got = await page.evaluate(() => (window as unknown as { studio: { request: (type: string) => Promise<{ definition: unknown; text: string }> } }).studio.request("getDefinition"));
    expect(got.definition).toEqual(definition);

    // An edit inside the studio reaches the host as a `change` message, sent to the host's origin only.
    await frame.locator('[data-testid="state-node"][data-state-name="Receive order"]').click();
    await frame.page().keyboard.press("Delete");
    await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type === "change").length).toBeGreaterThan(0);
    const validated = await page.evaluate(() => (window as unknown as { studio: { request: (type: string) => Promise<{ valid: boolean }> } }).studio.request("validate"));
    expect(validated.valid).toBe(true);

    // Malformed and foreign-version messages are answered with an error, never acted on.
    const rejected = await page.evaluate(async (studioOrigin) => {
      const frameWindow = (document.getElementById("studio") as HTMLIFrameElement).contentWindow;
      const answers: unknown[] = [];
      const listener = (event: MessageEvent) => {
        if ((event.data as { type?: string }).type === "response") answers.push(event.data);
      };
      window.addEventListener("message", listener);
      frameWindow?.postMessage({ protocol: "asl-studio", version: 2, type: "getDefinition", id: "v2" }, studioOrigin);
      frameWindow?.postMessage({ protocol: "asl-studio", version: 1, type: "setDefinition", id: "bad", definition: 42 }, studioOrigin);
      await new Promise((r) => setTimeout(r, 500));
      window.removeEventListener("message", listener);
      return answers;
    }, `http://127.0.0.1:${port()}`);
    expect(rejected).toEqual([
      expect.objectContaining({ id: "v2", ok: false, error: expect.stringContaining("version 2") }),
      expect.objectContaining({ id: "bad", ok: false, error: expect.stringContaining("definition must be") }),
    ]);
    await expect(frame.locator('[data-testid="state-node"]')).toHaveCount(1);
  });

  test("a host on an origin that is not allowed is ignored", async ({ page }) => {
    // Same page, but the host is on 127.0.0.1, which embed-config.json does not list.
    await page.goto(`http://127.0.0.1:${port()}/embed-host-iframe.html?studio=http://localhost:${port()}/embed.html`);
    const frame = await studioFrame(page);
    await expect(frame.getByTestId("studio")).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const studio = (window as unknown as { studio: { request: (type: string, fields?: object) => Promise<unknown> } }).studio;
      try {
        await studio.request("setDefinition", { definition: { StartAt: "Evil", States: { Evil: { Type: "Succeed" } } } });
        return "answered";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(outcome).toBe("No answer to setDefinition");
    await expect(page.locator("body")).toHaveAttribute("data-connection", "failed");
    expect(await frame.evaluate(() => window.aslStudio?.getDefinition())).toBeUndefined();
    await expect(frame.locator('[data-testid="state-node"]')).toHaveCount(0);
    // Nothing was sent to the disallowed host: not even `ready`.
    expect(await hostEvents(page)).toEqual([]);
  });
});

test.describe("<AslStudio> in a React host", () => {
  test("props flow in, onChange flows out, and each component keeps its own state", async ({ page }) => {
    await page.goto("/examples/react-host.html");
    const orders = page.getByTestId("react-orders");
    const billing = page.getByTestId("react-billing");
    await expect(orders.locator('[data-testid="state-node"]')).toHaveCount(2);
    await expect(billing.locator('[data-testid="state-node"]')).toHaveCount(1);

    // An edit in the studio reaches the parent's state through onChange.
    await orders.locator('[data-testid="state-node"][data-state-name="Validate"]').click();
    await page.keyboard.press("Delete");
    await expect(page.getByTestId("orders-states")).toHaveText("Orders has: Done");
    await expect(billing.locator('[data-testid="state-node"]')).toHaveCount(1);

    // New props reach the studio: the definition, the theme, read-only.
    await page.getByTestId("reset-orders").click();
    await expect(orders.locator('[data-testid="state-node"]')).toHaveCount(2);
    await page.getByTestId("toggle-theme").click();
    await expect(orders.getByTestId("studio")).toHaveAttribute("data-theme", "dark");
    await expect(billing.getByTestId("studio")).toHaveAttribute("data-theme", "light");
    await page.getByTestId("toggle-lock").click();
    await expect(orders.getByTestId("read-only-badge")).toBeVisible();
    await orders.locator('[data-testid="state-node"][data-state-name="Validate"]').click();
    await page.keyboard.press("Delete");
    await expect(orders.locator('[data-testid="state-node"]')).toHaveCount(2);

    // The ref is the studio API; features apply per component.
    expect(await page.evaluate(() => window.reactHost?.orders?.getDefinition())).toMatchObject({ StartAt: "Validate" });
    await expect(billing.getByRole("tab", { name: /Simulator/ })).toBeHidden();
    await expect(orders.getByRole("tab", { name: /Simulator/ })).toBeHidden();
    await page.getByTestId("toggle-lock").click();
    await expect(orders.getByRole("tab", { name: /Simulator/ })).toBeVisible();
  });
});
