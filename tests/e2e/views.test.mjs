// The views under the editor: the timeline growing during a live run, the sequence
// diagram, the loop inspector stepping, the sequential comparison, and keep/share.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, waitForStatus, setCode, getCode, hoverTimeline } from "./support.mjs";

const site = useSite();

const consoleText = (page) => page.locator("[data-testid=console] .line .text").allInnerTexts();

test("a live run of a 2-second program shows the timeline growing before it ends", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run-live]");
  await setCode(
    page,
    [
      "import asyncio, time",
      "async def tick(name, n):",
      "    for i in range(n):",
      "        await asyncio.sleep(0.25)",
      "        print(name, i)",
      "async def main():",
      "    t0 = time.perf_counter()",
      "    await asyncio.gather(tick('a', 8), tick('b', 4))",
      "    print(f'took {time.perf_counter() - t0:.3f} s')",
      "asyncio.run(main())",
      "",
    ].join("\n"),
  );
  await page.click("[data-testid=run-live]");
  const timeline = page.locator("[data-testid=timeline]");
  await page.waitForFunction(
    () => Number(document.querySelector("[data-testid=timeline]").dataset.end) > 0.4,
    null,
    { timeout: 5000 },
  );
  const early = Number(await timeline.getAttribute("data-end"));
  assert.equal(await page.locator("[data-testid=status]").innerText(), "running…");
  assert.equal(await timeline.getAttribute("data-lane-count"), "3", "main and both tickers");
  await page.waitForTimeout(500);
  const later = Number(await timeline.getAttribute("data-end"));
  assert.ok(later > early + 0.3, `the timeline grew from ${early} s to ${later} s`);
  assert.equal(await page.locator("[data-testid=status]").innerText(), "running…");
  await waitForStatus(page, "finished", 10000);
  const end = Number(await timeline.getAttribute("data-end"));
  assert.ok(end >= 2.0, `the timeline covers the whole run: ${end} s`);
  // Eight 0.25 s sleeps in a row: never early; a little late at most, even on a busy machine.
  const took = Number((await consoleText(page)).at(-1).match(/^took ([\d.]+) s$/)[1]);
  assert.ok(took >= 2.0 && took < 2.3, `the sleeps took ${took} s`);
  assert.deepEqual(errors, []);
});

test("the sequence diagram numbers the loop's hand-offs", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]");
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished");
  await page.click("[data-testid=tab-sequence]");
  const steps = await page.locator("[data-testid=sequence-step] text").allTextContents();
  assert.equal(steps[0], "1. asyncio.run: main() queued");
  assert.equal(steps[1], "2. run Task-1");
  assert.ok(steps.some((s) => /^\d+\. await sleep\(0\.1\) \(line 7\): hand back$/.test(s)), steps.join("\n"));
  assert.ok(steps.some((s) => /^\d+\. sleep\(0\.1\) done: resume Task-3$/.test(s)), steps.join("\n"));
  const notes = await page.locator("[data-testid=sequence-note] text").allTextContents();
  assert.ok(notes.some((n) => n.startsWith("idle until 0.100 s")), notes.join("\n"));
  assert.deepEqual(errors, []);
});

test("the loop inspector pauses before each iteration and shows the queues", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]");
  await page.click("[data-testid=tab-loop]");
  await page.click("[data-testid=step-start]");
  const ready = page.locator("[data-testid=ready-queue] li");
  await page.waitForFunction(() => document.querySelector("[data-testid=ready-queue]")?.innerText.includes("step Task-1"));
  assert.deepEqual(await ready.allInnerTexts(), ["step Task-1"]);
  assert.equal(await page.locator("[data-testid=status]").innerText(), "running…");
  // One iteration: main runs and gathers three children, which are ready next.
  await page.click("[data-testid=step-next]");
  await page.waitForFunction(() => document.querySelector("[data-testid=ready-queue]")?.innerText.includes("step Task-2"));
  assert.deepEqual(await ready.allInnerTexts(), ["step Task-2", "step Task-3", "step Task-4"]);
  assert.match(await page.locator("[data-testid=step-where]").innerText(), /^paused before iteration 2 at 0\.0\d\d s$/);
  const tasks = await page.locator("[data-testid=task-table] tr").allInnerTexts();
  assert.ok(tasks[0].includes("waiting") && tasks[0].includes("gather"), tasks.join("\n"));
  await page.click("[data-testid=step-next]");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=timers] li:not(.none)").length === 3);
  const timers = await page.locator("[data-testid=timers] li").allInnerTexts();
  assert.match(timers[0], /Task-3's sleep\(0\.1\) ends/);
  await page.click("[data-testid=step-continue]");
  await waitForStatus(page, "finished");
  assert.equal((await consoleText(page)).at(-1), "elapsed 0.30s");
  assert.deepEqual(errors, []);
});

test("Compare runs the program one child at a time and shows the speed-up", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]");
  await page.click("[data-testid=tab-compare]");
  await page.click("[data-testid=compare-run]");
  const verdict = page.locator("[data-testid=compare-verdict]");
  await verdict.waitFor({ timeout: 20000 });
  assert.equal(await verdict.innerText(), "as written it is 2.0× faster than sequential");
  assert.equal(await page.locator("[data-testid=compare-concurrent]").innerText(), "0.300 s");
  assert.equal(await page.locator("[data-testid=compare-sequential]").innerText(), "0.600 s");
  assert.deepEqual(errors, []);
});

test("the program is kept across reloads and a share link round-trips", async () => {
  const program = "import asyncio\n\nasync def main():\n    print('shared ✓ <b>not bold</b>')\n\nasyncio.run(main())\n";
  const { page, errors } = await openPage(site.browser, site.server.url);
  await setCode(page, program);
  await page.reload();
  assert.equal(await getCode(page), program, "kept in local storage");
  await page.click("[data-testid=share]");
  const link = await page.locator("[data-testid=share-link]").inputValue();
  assert.match(link, /#code=[A-Za-z0-9_-]+$/);
  // A fresh browser context: nothing kept, only the link.
  const other = await openPage(site.browser, link);
  await other.page.waitForSelector("[data-testid=run]");
  assert.equal(await getCode(other.page), program);
  await other.page.click("[data-testid=run]");
  await waitForStatus(other.page, "finished");
  assert.deepEqual(await consoleText(other.page), ["shared ✓ <b>not bold</b>"], "output is text, never HTML");
  assert.equal(await other.page.locator("[data-testid=console] b").count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
});

test("an #example= link opens a gallery example, and Compare uses its authored pair", async () => {
  const { page, errors } = await openPage(site.browser, new URL("#example=tour-gather-three", site.server.url).href);
  await page.waitForSelector("[data-testid=run]");
  assert.match(await getCode(page), /asyncio\.gather\(/);
  await page.click("[data-testid=tab-compare]");
  assert.match(
    await page.locator("[data-testid=compare] .hint").innerText(),
    /gallery's sequential version: Three downloads, one after another/,
  );
  await page.click("[data-testid=compare-run]");
  const verdict = page.locator("[data-testid=compare-verdict]");
  await verdict.waitFor({ timeout: 20000 });
  assert.equal(await verdict.innerText(), "as written it is 2.0× faster than sequential");
  assert.equal(await page.locator("[data-testid=compare-sequential]").innerText(), "0.600 s");
  assert.deepEqual(errors, []);
});

test("a time.sleep in the loop's thread shows as the loop blocked while it lasts", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run-live]");
  await setCode(page, "import asyncio, time\nasync def main():\n    print('blocking')\n    time.sleep(1.5)\n    print('done')\nasyncio.run(main())\n");
  await page.click("[data-testid=run-live]");
  await page.waitForFunction(() => document.querySelector("[data-testid=console]").innerText.includes("blocking"));
  // Main (Task-1) and the loop's own lane, whose blocked span grows before the sleep ends.
  await page.waitForFunction(
    () => document.querySelector("[data-testid=timeline]").dataset.laneCount === "2",
    null,
    { timeout: 5000 },
  );
  // Well into the sleep (it began after start-up, at most ~0.5 s in), still running.
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=timeline]").dataset.end) > 1.0);
  assert.equal(await page.locator("[data-testid=status]").innerText(), "running…");
  const range = await page.locator("[data-testid=timeline-range]").innerText();
  const shown = Number(range.replace(" s", "").split(" – ")[1]);
  const tip = await hoverTimeline(page, 1, shown * 0.9);
  assert.match(tip, /^event loop: loop blocked by time\.sleep\(1\.5\), still going/);
  await waitForStatus(page, "finished", 10000);
  assert.deepEqual(errors, []);
});

test("the timeline stays usable with thousands of tasks", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]");
  await setCode(
    page,
    "import asyncio\nasync def w(i):\n    await asyncio.sleep(i % 10 / 10)\n    return i\nasync def main():\n    print(sum(await asyncio.gather(*(w(i) for i in range(3000)))))\nasyncio.run(main())\n",
  );
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished", 60000);
  const timeline = page.locator("[data-testid=timeline]");
  assert.equal(await timeline.getAttribute("data-lane-count"), "3001");
  // Scroll to the last lane: only the lanes in view are drawn, and hover still finds it.
  await page.evaluate(() => {
    const scroller = document.querySelector(".timeline-scroll");
    scroller.scrollTop = scroller.scrollHeight;
  });
  await page.waitForTimeout(100);
  const tip = await hoverTimeline(page, -1, 0.05);
  assert.match(tip, /^Task-3001: /);
  assert.deepEqual(errors, []);
});
