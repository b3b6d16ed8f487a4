// The gallery: every runnable example, picked in the UI and run on the virtual clock,
// prints what CPython printed (examples/**/NAME.exp); coming examples are listed, greyed,
// with their reason; authored pairs carry their tag.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serveDist, launchBrowser, openPage, getCode } from "./support.mjs";

const EXAMPLES = path.resolve(import.meta.dirname, "../../examples");
const manifest = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "gallery.json"), "utf8"));
const entries = manifest.documents.flatMap((d) => d.sections.flatMap((s) => s.examples));

let server;
let browser;
let shared;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  shared = await openPage(browser, server.url);
  await shared.page.waitForSelector("[data-testid=gallery-toggle]", { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const statusText = (page) => page.locator("[data-testid=status]").innerText();

/** Opens the picker and picks one example; resolves once the page has loaded it. */
async function pick(page, id) {
  await page.click("[data-testid=gallery-toggle]");
  await page.click(`[data-testid=gallery] [data-example-id="${id}"]`);
  await page.waitForFunction(
    () =>
      document.querySelector("[data-testid=status]")?.textContent === "ready" &&
      document.querySelectorAll("[data-testid=console] .line").length === 0,
    null,
    { timeout: 5000 },
  );
}

test("the gallery lists every example, coming ones greyed with their reason", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.waitForSelector("[data-testid=gallery-toggle]", { timeout: 15000 });
  assert.equal(await page.locator("[data-testid=gallery-panel]").isVisible(), false, "closed at first");
  await page.click("[data-testid=gallery-toggle]");
  assert.equal(await page.locator("[data-testid=gallery-panel]").isVisible(), true);
  const ids = await page.locator("[data-testid=gallery] [data-example-id]").evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-example-id")),
  );
  assert.deepEqual(ids, entries.map((e) => e.id), "every manifest entry, in order");
  for (const e of entries) {
    const button = page.locator(`[data-testid=gallery] [data-example-id="${e.id}"]`);
    if (e.status === "coming") {
      assert.equal(await button.isDisabled(), true, `${e.id} is not runnable`);
      assert.equal(await button.locator(".coming-badge").innerText(), `coming: ${e.reason}`);
    } else {
      assert.equal(await button.isDisabled(), false, `${e.id} is runnable`);
    }
    if (e.pair) {
      const role = e.pair.sequential === e.id ? "sequential" : "concurrent";
      assert.equal(await button.locator(".pair-tag .on").innerText(), role, `${e.id} is the ${role} half`);
    }
  }
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("[data-testid=gallery-panel]").isVisible(), false, "Escape closes it");
  assert.deepEqual(errors, []);
});

test("picking an example loads its program and clears the console", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 15000 });
  await page.click("[data-testid=run]");
  await page.waitForFunction(() => document.querySelector("[data-testid=status]")?.textContent === "finished");
  const entry = entries.find((e) => e.id === "tour-heartbeat");
  await pick(page, entry.id);
  const source = fs.readFileSync(path.join(EXAMPLES, entry.file), "utf8");
  assert.equal(await getCode(page), source);
  assert.equal(await page.locator("[data-testid=gallery-toggle]").innerText(), `${entry.title} ▾`);
  assert.deepEqual(errors, []);
});

for (const e of entries.filter((e) => e.status === "runs")) {
  test(`gallery example ${e.id} prints CPython's output`, async () => {
    const { page, errors } = shared;
    const program = path.join(EXAMPLES, e.file);
    const expected = fs.readFileSync(program.replace(/\.py$/, ".exp"), "utf8").split("\n");
    if (expected.at(-1) === "") expected.pop();
    const fails = fs.existsSync(program.replace(/\.py$/, ".err"));
    await pick(page, e.id);
    await page.click("[data-testid=run]");
    await page.waitForFunction(
      () => {
        const s = document.querySelector("[data-testid=status]")?.textContent ?? "";
        return s === "finished" || s.startsWith("exited");
      },
      null,
      { timeout: 30000 },
    );
    const status = await statusText(page);
    if (fails) {
      assert.match(status, /^exited with status [1-9]/, `${e.id} ends in an error, as under CPython`);
    } else {
      assert.equal(status, "finished", `${e.id} finishes`);
    }
    const lines = await page.locator("[data-testid=console] .line.stdout .text").allInnerTexts();
    assert.deepEqual(lines, expected);
    assert.deepEqual(errors, []);
  });
}
