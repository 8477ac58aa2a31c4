/** Runs browser benchmarks against the built app in Debian's Chromium, served by `vite preview`. */
import { chromium, type Browser, type Page } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

const PORT = 4174;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export interface BrowserSession {
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

let server: ChildProcess | undefined;

/** Builds the app once per process and serves it; returns a fresh page at the app's URL. */
export async function openApp(options: { build?: boolean } = {}): Promise<BrowserSession> {
  if (!server) {
    if (options.build !== false) {
      const built = spawnSync("npx", ["vite", "build", "--logLevel", "error"], { stdio: "inherit" });
      if (built.status !== 0) throw new Error("vite build failed");
    }
    server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], { stdio: "ignore", detached: true });
    await waitForServer();
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(BASE_URL);
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
    },
  };
}

export function stopServer(): void {
  if (server?.pid) {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
  server = undefined;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(BASE_URL);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not start on ${BASE_URL}`);
}
