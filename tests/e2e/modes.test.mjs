// The toolbar's run modes. Notebook mode runs `# %%` cells on a loop that is already
// running, so top-level await works and tasks live on from cell to cell, and the timeline
// marks where each cell begins; the gallery's notebook example switches the mode on.
// Debug mode reports a slow step as CPython's debug mode does and marks it on the
// timeline. window.loopscope.run takes both as options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, setCode } from "./support.mjs";

const site = useSite();

const NOTEBOOK = `import asyncio

async def wait(name, seconds):
    await asyncio.sleep(seconds)
    return name

# %%
ticker = asyncio.create_task(wait("background", 0.3))
await wait("first", 0.1)

# %%
print("second cell; background done?", ticker.done())
await ticker
`;

const SLOW = `import asyncio, time

async def main():
    time.sleep(0.25)
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
`;

async function finish(page, timeout = 30000) {
  await page.waitForFunction(
    () => /^(finished|exited)/.test(document.querySelector("[data-testid=status]")?.textContent ?? ""),
    null,
    { timeout },
  );
  return page.locator("[data-testid=status]").innerText();
}

const stdout = (page) => page.locator("[data-testid=console] .line.stdout .text").allInnerTexts();
const stderr = (page) => page.locator("[data-testid=console] .line.stderr .text").allInnerTexts();

/** Every event listed in the timeline's table, in lane order. */
async function tableEvents(page) {
  await page.locator("[data-testid=timeline-table]").waitFor({ state: "attached", timeout: 20000 });
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-testid=timeline-table] tbody tr")].map(
      (tr) => tr.lastElementChild.textContent,
    ),
  );
}

test("notebook mode runs cells with top-level await and marks them on the timeline", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await setCode(page, NOTEBOOK);
  // As a script, top-level await is a syntax error, as python3 says.
  await page.click("[data-testid=run]");
  assert.match(await finish(page), /^exited with status 1/);
  assert.match((await stderr(page)).join("\n"), /SyntaxError: 'await' outside function/);

  await page.selectOption("[data-testid=mode]", "notebook");
  await page.click("[data-testid=run]");
  assert.equal(await finish(page), "finished");
  assert.deepEqual(await stdout(page), [
    "'first'",
    "second cell; background done? False",
    "'background'",
  ]);
  const events = (await tableEvents(page)).join(" | ");
  // The lines before the first marker are the first cell.
  assert.match(events, /cell 1 begins \(line 1\) at 0\.000 s/);
  assert.match(events, /cell 2 begins \(line 7\) at 0\.000 s/);
  assert.match(events, /cell 3 begins \(line 11\) at 0\.1\d\d s/);
  assert.deepEqual(errors, []);
});

test("the gallery's notebook example switches notebook mode on", async () => {
  const url = new URL("#example=basics-await-in-a-notebook", site.server.url).href;
  const { page, errors } = await openPage(site.browser, url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  assert.equal(await page.locator("[data-testid=mode]").inputValue(), "notebook");
  await page.click("[data-testid=run]");
  assert.equal(await finish(page), "finished");
  const lines = await stdout(page);
  assert.equal(lines.at(-1), "'all of it took 0.5s, not 1.0s'");
  assert.deepEqual(errors, []);
});

test("debug mode reports a slow step and marks it on the timeline", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await setCode(page, SLOW);
  await page.click("[data-testid=run]");
  assert.equal(await finish(page), "finished");
  assert.deepEqual(await stderr(page), [], "no report without debug mode");

  await page.check("[data-testid=debug]");
  await page.click("[data-testid=run]");
  assert.equal(await finish(page), "finished");
  const report = (await stderr(page)).join("\n");
  assert.match(report, /^Executing <Task .*name='Task-1'.* took 0\.25\d seconds$/m);
  const events = (await tableEvents(page)).join(" | ");
  assert.match(events, /slow callback \(debug mode\): took 0\.25\d s/);
  assert.deepEqual(errors, []);
});

test("window.loopscope.run takes notebook and debug options", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => window.loopscope?.run, null, { timeout: 20000 });
  const notebook = await page.evaluate((src) => window.loopscope.run(src, { notebook: true }), NOTEBOOK);
  assert.equal(notebook.exitCode, 0, notebook.stderr);
  assert.equal(notebook.stdout, "'first'\nsecond cell; background done? False\n'background'\n");
  const cells = notebook.trace.events.filter((e) => e.kind === "cell-started");
  assert.deepEqual(cells.map((e) => [e.cell, e.line]), [[1, 1], [2, 7], [3, 11]]);
  const debug = await page.evaluate((src) => window.loopscope.run(src, { debug: true }), SLOW);
  assert.match(debug.stderr, /Executing <Task .* took 0\.25\d seconds/);
  assert.ok(debug.trace.events.some((e) => e.kind === "slow-callback"), "the slow step is in the trace");
  assert.deepEqual(errors, []);
});
