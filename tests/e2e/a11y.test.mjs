// Accessibility: axe-core (npm) finds no serious or critical violations on the
// playground, the docs page and the iframe page, in light and dark, before and after a
// run; status and console are live regions; tabs answer arrow keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import fs from "node:fs";
import { useSite, setCode, getCode } from "./support.mjs";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const site = useSite();

/** axe's serious and critical violations on the page, one line each. */
async function violations(page) {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
  return found;
}

for (const scheme of ["light", "dark"]) {
  test(`axe: no serious or critical violations, ${scheme}`, async () => {
    const context = await site.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(site.server.url);
    const found = [];
    const check = async (where) => found.push(...(await violations(page)).map((v) => `${where}: ${v}`));
    await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
    await check("index.html");
    await page.click("[data-testid=run]");
    await page.waitForFunction(() => document.querySelector("[data-testid=status]")?.textContent === "finished");
    await check("index.html after a run");
    // An error marks its line in the editor; the sequence diagram has its own tab.
    await setCode(page, "import asyncio\n\nasync def main():\n    # about to fail\n    return 1 / 0  # a comment\n\nasyncio.run(main())\n");
    await page.click("[data-testid=run]");
    await page.waitForFunction(() => /^exited/.test(document.querySelector("[data-testid=status]")?.textContent ?? ""));
    await check("index.html with an error");
    await page.click("[data-testid=tab-sequence]");
    await check("index.html, sequence tab");
    await page.goto(new URL("docs.html", site.server.url).href);
    await page.locator("loopscope-example [data-testid=embed-run]").first().waitFor({ timeout: 20000 });
    await check("docs.html");
    await page.goto(new URL("embed.html#example=tour-gather-three", site.server.url).href);
    await page.locator("[data-testid=embed-run]").waitFor({ timeout: 20000 });
    await check("embed.html");
    assert.deepEqual(found, []);
    await context.close();
  });
}

test("picking an example puts the keyboard in the editor, which says how to leave it", async () => {
  const page = await site.browser.newPage();
  await page.goto(site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  assert.match(await page.locator("[data-testid=editor-keys]").innerText(), /Esc then Tab leaves the editor/);
  await page.click("[data-testid=gallery-toggle]");
  await page.locator("[data-testid=gallery-panel] .gallery-entry").first().click();
  const inEditor = await page.evaluate(() => !!document.activeElement?.closest("[data-testid=editor]"));
  assert.ok(inEditor, "focus is in the editor after picking an example");
  await page.keyboard.type("# mine\n");
  assert.match(await getCode(page), /^# mine\n/);
  await page.close();
});

test("a link that carries no readable program says so", async () => {
  const page = await site.browser.newPage();
  await page.goto(new URL("#code=eJzLKM", site.server.url).href);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  assert.match(await page.locator("[data-testid=hints]").innerText(), /no readable program/);
  await page.goto(new URL("#example=no-such-example", site.server.url).href);
  await page.reload();
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  assert.match(await page.locator("[data-testid=hints]").innerText(), /'no-such-example'/);
  await page.close();
});

test("status and console are live regions; view tabs answer arrow keys", async () => {
  const page = await site.browser.newPage();
  await page.goto(site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  assert.equal(await page.locator("[data-testid=status]").getAttribute("aria-live"), "polite");
  const log = page.locator("[data-testid=console][role=log]");
  assert.equal(await log.count(), 1, "the console is a role=log region");
  const tabs = page.locator("[role=tab]");
  assert.ok((await tabs.count()) >= 3);
  await tabs.first().focus();
  await page.keyboard.press("ArrowRight");
  const selected = await page.evaluate(() => document.activeElement?.getAttribute("aria-selected"));
  assert.equal(selected, "true", "ArrowRight moves to the next tab and selects it");
  const second = await tabs.nth(1).getAttribute("aria-selected");
  assert.equal(second, "true");
  await page.close();
});
