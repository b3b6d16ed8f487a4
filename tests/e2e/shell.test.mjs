// The playground's shell loads from the release build and renders without console errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launchBrowser, openPage } from "./support.mjs";

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the page renders the playground shell", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 15000 });
  for (const id of ["editor", "console", "timeline", "stop", "status"]) {
    assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, `one ${id}`);
  }
  assert.equal(await page.title(), "Loopscope — watch asyncio's event loop work");
  assert.match(await page.locator("[data-testid=editor]").inputValue(), /asyncio\.run\(main\(\)\)/);
  assert.deepEqual(errors, []);
});

test("Run puts the program's output in the console", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.waitForSelector("[data-testid=run]");
  await page.click("[data-testid=run]");
  await page.waitForSelector("[data-testid=console] .line", { timeout: 15000 });
  const text = await page.locator("[data-testid=console]").innerText();
  assert.ok(text.length > 0, "the console shows something after a run");
  assert.deepEqual(errors, []);
});
