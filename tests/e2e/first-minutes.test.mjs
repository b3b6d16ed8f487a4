// A newcomer's first minutes: Compare on either half of an authored pair says which is
// which; an edit made after opening a link survives a reload; Share says the link was
// copied (or hands it over to copy by hand); and the page works on a phone and in narrow
// windows, the Examples menu inside the window at every width.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useSite, waitForStatus, setCode, getCode } from "./support.mjs";

const EXAMPLES = path.resolve(import.meta.dirname, "../../examples");
const manifest = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "gallery.json"), "utf8"));
const entries = manifest.documents.flatMap((d) => d.sections.flatMap((s) => s.examples));
const byId = new Map(entries.map((e) => [e.id, e]));
// The examples whose programs serve (uvicorn) or talk to the database (asyncpg): their
// runs keep pace with real time while they wait for the host.
const served = new Set(
  entries
    .filter((e) => e.file && /uvicorn|asyncpg/.test(fs.readFileSync(path.join(EXAMPLES, e.file), "utf8")))
    .map((e) => e.id),
);
// Each authored pair once: { sequential, concurrent }.
const pairs = [
  ...new Map(entries.filter((e) => e.pair).map((e) => [`${e.pair.sequential} ${e.pair.concurrent}`, e.pair])).values(),
];

const site = useSite();

/**
 * Opens `url` in a fresh context made with `options` (viewport, permissions); records
 * console errors and uncaught exceptions in `errors`. `init` runs before the page's own
 * scripts.
 */
async function open(url, options = {}, init = null) {
  const context = await site.browser.newContext(options.context ?? {});
  if (options.permissions) {
    await context.grantPermissions(options.permissions, { origin: new URL(site.server.url).origin });
  }
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForSelector("[data-testid=run]", { timeout: 15000 });
  return { page, errors, close: () => context.close() };
}

const seconds = async (page, side) =>
  Number((await page.locator(`[data-testid=compare-${side}]`).innerText()).replace(" s", ""));

test("Compare knows which half of every authored pair is loaded", async () => {
  assert.ok(pairs.length >= 5, `the gallery tags its pairs (${pairs.length})`);
  for (const pair of pairs) {
    const ratios = [];
    for (const role of ["sequential", "concurrent"]) {
      const id = pair[role];
      // A program in two pairs (the served endpoint trio's blocking one) compares with
      // the pair it names itself.
      const own = byId.get(id).pair;
      if (own.sequential !== pair.sequential || own.concurrent !== pair.concurrent) continue;
      const other = byId.get(role === "sequential" ? pair.concurrent : pair.sequential);
      const { page, errors, close } = await open(new URL(`#example=${id}`, site.server.url).href);
      await page.click("[data-testid=tab-compare]");
      const hint = await page.locator("[data-testid=compare-hint]").innerText();
      const button = await page.locator("[data-testid=compare-run]").innerText();
      if (role === "sequential") {
        assert.equal(hint, `this is the gallery's sequential version; against its concurrent version: ${other.title}`, id);
        assert.equal(button, "Compare with concurrent", id);
      } else {
        assert.equal(hint, `against the gallery's sequential version: ${other.title}`, id);
        assert.equal(button, "Compare with sequential", id);
      }
      await page.click("[data-testid=compare-run]");
      const verdict = page.locator("[data-testid=compare-verdict]");
      await verdict.waitFor({ timeout: 30000 });
      const text = await verdict.innerText();
      const concurrent = await seconds(page, "concurrent");
      const sequential = await seconds(page, "sequential");
      assert.ok(concurrent < sequential, `${id}: the concurrent run is the faster bar (${concurrent} s vs ${sequential} s)`);
      // The loaded program's bar is the one marked "as written", under its own role.
      const mine = page.locator("[data-testid=compare] .bar-row[data-written=true]");
      assert.equal(await mine.count(), 1, id);
      assert.match(await mine.getAttribute("class"), new RegExp(`\\b${role}\\b`), id);
      const expected = (sequential / concurrent).toFixed(1);
      const want =
        role === "sequential"
          ? `as written it is ${expected}× slower than the concurrent version`
          : `as written it is ${expected}× faster than sequential`;
      assert.equal(text, want, id);
      ratios.push(expected);
      assert.deepEqual(errors, [], id);
      await close();
    }
    if (ratios.length < 2) continue;
    if (served.has(pair.sequential)) {
      // A listening server or an open database connection keeps the virtual clock in
      // step with real time, so two runs of such a pair differ a little.
      const [a, b] = ratios.map(Number);
      assert.ok(Math.abs(a - b) <= 0.15 * Math.max(a, b), `both halves of ${pair.sequential} / ${pair.concurrent} agree (${a}, ${b})`);
    } else {
      assert.equal(ratios[0], ratios[1], `both halves of ${pair.sequential} / ${pair.concurrent} agree`);
    }
  }
});

test("where a “what if sequential” run cannot work, Compare says why in plain words", async () => {
  // Workers that wait on a queue the producer fills: one at a time, the producer waits for
  // room that only a worker (not started yet) can make.
  const { page, errors, close } = await open(new URL("#example=depth-queue-workers", site.server.url).href);
  await page.click("[data-testid=tab-compare]");
  await page.click("[data-testid=compare-run]");
  const verdict = page.locator("[data-testid=compare-verdict]");
  await verdict.waitFor({ timeout: 30000 });
  const text = await verdict.innerText();
  assert.match(text, /^one task at a time, this program gets stuck: Task-2 waits at line 18 \(Queue\.put\(\)\)/);
  assert.match(text, /does not apply here\.$/);
  assert.doesNotMatch(text, /sleep\(0\)|main\.py|deadlock/, "no driver report jargon");
  assert.deepEqual(errors, []);
  await close();
});

test("an edit made after opening a link survives a reload", async () => {
  // An #example= link: type into the editor as a person would.
  const { page, errors, close } = await open(new URL("#example=tour-gather-three", site.server.url).href);
  assert.match(await getCode(page), /asyncio\.gather\(/);
  assert.match(page.url(), /#example=tour-gather-three$/, "the link opens with its fragment");
  await page.click("[data-testid=editor] .cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("# my own edit\n");
  const edited = await getCode(page);
  assert.match(edited, /# my own edit/);
  assert.ok(!page.url().includes("#"), `the edit dropped the link's fragment: ${page.url()}`);
  await page.reload();
  await page.waitForSelector("[data-testid=run]");
  assert.equal(await getCode(page), edited, "the edit is still there after a reload");

  // A #code= link (as Share makes one), then an edit, then a reload.
  await page.click("[data-testid=share]");
  assert.match(page.url(), /#code=/);
  const mine = "import asyncio\n\nasync def main():\n    print('kept')\n\nasyncio.run(main())\n";
  await setCode(page, mine);
  assert.ok(!page.url().includes("#"), `the edit dropped the shared fragment: ${page.url()}`);
  await page.reload();
  await page.waitForSelector("[data-testid=run]");
  assert.equal(await getCode(page), mine);
  assert.deepEqual(errors, []);
  await close();
});

test("Share says the link was copied, or selects it to copy by hand", async () => {
  const { page, errors, close } = await open(site.server.url, {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const share = page.locator("[data-testid=share]");
  assert.equal(await share.innerText(), "Share");
  await share.click();
  await page.waitForFunction(() => document.querySelector("[data-testid=share]").textContent.includes("Link copied"));
  const link = await page.locator("[data-testid=share-link]").inputValue();
  assert.match(link, /#code=[A-Za-z0-9_-]+$/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  // It says so for a couple of seconds, then goes back to "Share".
  await page.waitForFunction(() => document.querySelector("[data-testid=share]").textContent === "Share", null, {
    timeout: 5000,
  });
  // An edit makes the shown link stale: it goes.
  await setCode(page, "print('changed')\n");
  assert.equal(await page.locator("[data-testid=share-link]").isVisible(), false);
  assert.deepEqual(errors, []);
  await close();

  // A browser that refuses the clipboard: the link is shown, selected, with a note.
  const refusing = await open(site.server.url, {}, () => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  await refusing.page.click("[data-testid=share]");
  const note = refusing.page.locator("[data-testid=share-note]");
  await note.waitFor({ state: "visible", timeout: 5000 });
  assert.equal(await note.innerText(), "Copy this link:");
  const selected = await refusing.page.evaluate(() => {
    const input = document.activeElement;
    return input?.dataset.testid === "share-link" && input.selectionStart === 0 && input.selectionEnd === input.value.length
      ? input.value
      : null;
  });
  assert.match(selected ?? "", /#code=[A-Za-z0-9_-]+$/, "the link is focused and selected");
  assert.equal(await refusing.page.locator("[data-testid=share]").innerText(), "Share");
  assert.deepEqual(refusing.errors, []);
  await refusing.close();
});

test("on a phone the page fits the screen and a run leaves every pane usable", async () => {
  const { page, errors, close } = await open(site.server.url, {
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  });
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok((await fits()) <= 390, `no sideways scroll: ${await fits()} px`);
  const controls = page.locator(
    "[data-testid=gallery-toggle], [data-testid=share], .editor-pane .toolbar button, .editor-pane .toolbar select",
  );
  assert.ok((await controls.count()) >= 6);
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    const name = (await control.innerText()) || (await control.getAttribute("data-testid"));
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${name} is inside the screen: ${JSON.stringify(box)}`);
  }
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished");
  assert.ok((await fits()) <= 390, `no sideways scroll after a run: ${await fits()} px`);
  for (const selector of [".editor-pane", "[data-testid=console]", "[data-testid=timeline] canvas"]) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box && box.width >= 300 && box.height >= 100, `${selector} is usable: ${JSON.stringify(box)}`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test("the Examples menu stays inside the window at every width", async () => {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
    [390, 844],
  ]) {
    const { page, errors, close } = await open(site.server.url, { context: { viewport: { width, height } } });
    await page.click("[data-testid=gallery-toggle]");
    const panel = page.locator("[data-testid=gallery-panel]");
    await panel.waitFor({ state: "visible" });
    const box = await panel.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `at ${width} px the menu spans ${box.x}..${box.x + box.width}`);
    // An example near the end of the list can be reached and picked.
    const last = panel.locator(".gallery-entry:not(:disabled)").last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await panel.waitFor({ state: "hidden" });
    assert.deepEqual(errors, [], `${width} px`);
    await close();
  }
});
