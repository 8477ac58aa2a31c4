import { BASE_URL, openApp, stopServer } from "./support/browser";
import { generateMachine } from "./support/generateMachine";
const { browser } = await openApp({ build: false });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto(BASE_URL);
await page.locator('[data-testid="state-node"]').first().waitFor();
console.log("sample", await page.evaluate(`document.querySelector(".react-flow__viewport").style.transform`));
const text = JSON.stringify(generateMachine(1000), null, 2);
await page.evaluate(`(async (t) => { window.aslStudio.setText(t);
  await new Promise((resolve) => { const check = () => (document.querySelector('[data-testid="canvas"][data-layout="ready"]')?.dataset.nodeCount > 1000 ? resolve() : requestAnimationFrame(check)); check(); }); })(${JSON.stringify(text)})`);
for (const wait of [0, 100, 1000, 3000]) {
  await page.waitForTimeout(wait);
  console.log(wait, await page.evaluate(`document.querySelector(".react-flow__viewport").style.transform`));
}
await browser.close(); stopServer();
