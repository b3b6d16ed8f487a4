// Big output: a program printing 100,000 lines, or one 10 MB line, runs to the end without
// freezing the page. The console keeps only the rows in view in the page (scrolling
// reaches every line), the page answers input once the output is in, and copying or
// downloading the output gives all of it; a live run's console follows its output until
// the person scrolls up. Timings are asserted loosely (a shared CI machine); the figures
// measured are printed as `#` lines for the record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useSite, openPage, setCode, getCode, waitForStatus } from "./support.mjs";

const site = useSite();

const LINES = 100_000;
const MANY_LINES = `for i in range(${LINES}):\n    print(f"line {i}")\n`;
const LONG_LINE = `print("x" * 10_000_000)\nprint("done")\n`;

/** Starts counting frames and long tasks in the page (`window.frames_`). */
async function watchFrames(page) {
  await page.evaluate(() => {
    const w = { gaps: [], longTasks: [], stop: false };
    window.frames_ = w;
    let last = performance.now();
    const tick = (now) => {
      w.gaps.push(now - last);
      last = now;
      if (!w.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: "longtask" });
    } catch {
      // No long-task timing in this browser: the frame gaps still tell.
    }
  });
}

/** The longest gap between frames and the longest task since `watchFrames`, then resets. */
async function framesSoFar(page) {
  return page.evaluate(() => {
    const w = window.frames_;
    const out = { longestFrame: Math.max(0, ...w.gaps), longestTask: Math.max(0, ...w.longTasks) };
    w.gaps = [];
    w.longTasks = [];
    return out;
  });
}

/** Console elements in the page: all of them, and the drawn lines. */
function domCounts(page) {
  return page.evaluate(() => ({
    nodes: document.querySelectorAll("[data-testid=console] *").length,
    lines: document.querySelectorAll("[data-testid=console] .line").length,
  }));
}

/** Scrolls the console to `where` (0: top, 1: bottom, between: that fraction) and waits two frames. */
async function scrollConsole(page, where) {
  await page.evaluate(async (where) => {
    const pre = document.querySelector("[data-testid=console]");
    pre.scrollTop = where * (pre.scrollHeight - pre.clientHeight);
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  }, where);
}

/** The texts of the console lines inside its visible box. */
function visibleLines(page) {
  return page.evaluate(() => {
    const pre = document.querySelector("[data-testid=console]");
    const box = pre.getBoundingClientRect();
    return [...pre.querySelectorAll(".line")]
      .filter((l) => {
        const r = l.getBoundingClientRect();
        return r.bottom > box.top + 1 && r.top < box.bottom - 1;
      })
      .map((l) => l.querySelector(".text").textContent);
  });
}

/** Copies the whole console as a person would (Ctrl+A, Ctrl+C in it) and returns the text. */
async function copyConsole(page) {
  await page.evaluate(() => {
    window.copied = null;
    document.addEventListener("copy", (e) => (window.copied = e.clipboardData.getData("text/plain")), { once: true });
  });
  await page.locator("[data-testid=console]").focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Control+c");
  await page.waitForFunction(() => window.copied !== null, null, { timeout: 10000 });
  return page.evaluate(() => window.copied);
}

/** Selects the range `makeRange` returns in the page, copies it (Ctrl+C) and returns the text. */
async function copySelection(page, makeRange) {
  await page.evaluate(`(() => {
    window.copied = null;
    document.addEventListener("copy", (e) => (window.copied = e.clipboardData.getData("text/plain")), { once: true });
    const range = (${makeRange})();
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  })()`);
  await page.keyboard.press("Control+c");
  await page.waitForFunction(() => window.copied !== null, null, { timeout: 10000 });
  return page.evaluate(() => window.copied);
}

/** Clicks Download and returns the file's text. */
async function download(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=console-download]")]);
  return readFile(await file.path(), "utf8");
}

/** Types at the end of the program and returns how long until the editor had it (ms). */
async function typeInEditor(page) {
  const before = await getCode(page);
  await page.locator("[data-testid=editor] .cm-content, [data-testid=editor] textarea").first().click();
  await page.keyboard.press("Control+End");
  const began = Date.now();
  await page.keyboard.type("# ok");
  await page.waitForFunction(
    () => {
      const host = document.querySelector("[data-testid=editor]");
      const text = host.loopscopeEditor ? host.loopscopeEditor.getValue() : host.querySelector("textarea").value;
      return text.endsWith("# ok");
    },
    null,
    { timeout: 10000 },
  );
  const took = Date.now() - began;
  assert.equal(await getCode(page), before + "# ok");
  return took;
}

test("100,000 printed lines: a few hundred rows in the page, every line reachable, the page answers", async () => {
  const context = await site.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const { page, errors } = await openPage(context, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await setCode(page, MANY_LINES);
  await watchFrames(page);
  const began = Date.now();
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished", 120_000);
  // The last line shows (the console follows the output to its end).
  await page.waitForFunction(
    (last) => [...document.querySelectorAll("[data-testid=console] .line .text")].some((t) => t.textContent === last),
    `line ${LINES - 1}`,
    { timeout: 30_000 },
  );
  const rendered = Date.now() - began;
  const during = await framesSoFar(page);
  assert.ok(rendered < 120_000, `ran and drew the output in ${rendered} ms`);
  assert.ok((await visibleLines(page)).includes(`line ${LINES - 1}`), "the last line is in view");

  const dom = await domCounts(page);
  assert.ok(dom.lines <= 500, `${dom.lines} line rows in the page`);
  assert.ok(dom.nodes <= 2500, `${dom.nodes} console elements in the page`);

  // Once the output is in, the page keeps painting.
  await page.waitForTimeout(1500);
  const after = await framesSoFar(page);
  assert.ok(after.longestFrame < 500, `longest frame after the output ${after.longestFrame} ms`);

  // Every line is a scroll away: the top, the middle, the bottom.
  await scrollConsole(page, 0);
  assert.equal((await visibleLines(page))[0], "line 0");
  await scrollConsole(page, 0.5);
  const middle = (await visibleLines(page)).map((t) => Number(t.replace("line ", "")));
  assert.ok(middle.length > 0 && middle.every((n, i) => i === 0 || n === middle[i - 1] + 1), `in order: ${middle}`);
  assert.ok(Math.abs(middle[0] - LINES / 2) < LINES / 20, `the middle shows lines near ${LINES / 2}: ${middle[0]}`);
  await scrollConsole(page, 1);
  assert.equal((await visibleLines(page)).at(-1), `line ${LINES - 1}`);
  assert.ok((await domCounts(page)).lines <= 500);
  const scrolling = await framesSoFar(page);

  // Typing answers at once.
  const typed = await typeInEditor(page);
  assert.ok(typed < 5000, `typing took ${typed} ms`);

  // Copying the console, and the download, give every line.
  const copied = await copyConsole(page);
  const want = Array.from({ length: LINES }, (_, i) => `line ${i}`);
  assert.equal(copied.split("\n").length, LINES);
  assert.equal(copied, want.join("\n"));
  assert.equal(await download(page), want.join("\n") + "\n");
  // A selection from a line in view to the end takes in the lines not drawn as well.
  await scrollConsole(page, 0);
  const tail = await copySelection(page, () => {
    const pre = document.querySelector("[data-testid=console]");
    const text = pre.querySelector('.line[data-line="10"] .text').firstChild;
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(pre, pre.childNodes.length);
    return range;
  });
  assert.equal(tail, "ne 10\n" + want.slice(11).join("\n"));
  // "Copy all" puts it all on the clipboard.
  await page.click("[data-testid=console-copy]");
  await page.waitForFunction(() => document.querySelector("[data-testid=console-copy]").textContent === "Copied ✓");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), want.join("\n") + "\n");

  console.log(
    `# ${LINES} lines: ran and drawn in ${rendered} ms; longest frame during the run ${Math.round(during.longestFrame)} ms ` +
      `(longest task ${Math.round(during.longestTask)} ms), after it ${Math.round(after.longestFrame)} ms, ` +
      `while scrolling ${Math.round(scrolling.longestFrame)} ms; ${dom.lines} rows, ${dom.nodes} console elements; ` +
      `typing ${typed} ms`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 10 MB line shows its start, more on request, and copies whole", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await setCode(page, LONG_LINE);
  await watchFrames(page);
  const began = Date.now();
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished", 120_000);
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-testid=console] .line .text")].some((t) => t.textContent === "done"),
    null,
    { timeout: 30_000 },
  );
  const rendered = Date.now() - began;
  const during = await framesSoFar(page);
  await page.waitForTimeout(1000);
  const after = await framesSoFar(page);
  assert.ok(after.longestFrame < 500, `longest frame after the output ${after.longestFrame} ms`);

  // The line shows its start and says how much more there is.
  const long = page.locator("[data-testid=console] .line").first();
  const shown = () => long.locator(".text").evaluate((t) => t.firstChild.textContent.length);
  const first = await shown();
  assert.ok(first >= 1000 && first <= 20_000, `shows ${first} characters at first`);
  assert.match(await long.locator("[data-testid=line-cut]").innerText(), /MB more/);
  await long.locator("[data-testid=line-more]").click();
  await page.waitForFunction((before) => {
    const t = document.querySelector("[data-testid=console] .line .text");
    return t.firstChild.textContent.length > before;
  }, first);
  assert.ok((await shown()) > first, "Show more shows more");
  await page.waitForTimeout(300);
  const more = await framesSoFar(page);

  // Typing answers; copying and downloading give the whole line.
  const typed = await typeInEditor(page);
  assert.ok(typed < 5000, `typing took ${typed} ms`);
  const whole = "x".repeat(10_000_000) + "\ndone";
  assert.ok((await copyConsole(page)) === whole, "the copy holds every character");
  assert.ok((await download(page)) === whole + "\n", "the download holds every character");

  console.log(
    `# 10 MB line: ran and drawn in ${rendered} ms; longest frame during the run ${Math.round(during.longestFrame)} ms ` +
      `(longest task ${Math.round(during.longestTask)} ms), after it ${Math.round(after.longestFrame)} ms, ` +
      `after Show more ${Math.round(more.longestFrame)} ms; typing ${typed} ms`,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("a live run's output is followed to its end; scrolling up stops following", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run-live]", { timeout: 20000 });
  await setCode(
    page,
    [
      "import asyncio",
      "",
      "async def main():",
      "    for i in range(1000):",
      '        print(f"tick {i}")',
      "        if i % 20 == 0:",
      "            await asyncio.sleep(0.05)",
      "",
      "asyncio.run(main())",
      "",
    ].join("\n"),
  );
  await page.click("[data-testid=run-live]");
  const atBottom = () =>
    page.evaluate(() => {
      const pre = document.querySelector("[data-testid=console]");
      return pre.scrollHeight - pre.scrollTop - pre.clientHeight <= 8;
    });
  // Past the rows drawn whole: the console follows, the newest line in view.
  await page.waitForFunction(() => document.querySelector("[data-testid=console]").scrollHeight > 400 * 19, null, {
    timeout: 20000,
  });
  await page.waitForTimeout(150);
  assert.ok(await atBottom(), "following the output");
  const newest = await visibleLines(page);
  assert.ok(newest.length > 0 && Number(newest.at(-1).replace("tick ", "")) >= 400, newest.join());
  // Scrolled up, it stays where the person put it while output keeps coming.
  await scrollConsole(page, 0);
  await page.waitForTimeout(300);
  assert.equal((await visibleLines(page))[0], "tick 0");
  assert.equal(await page.locator("[data-testid=console]").getAttribute("aria-live"), "off");
  await waitForStatus(page, "finished", 30000);
  assert.equal((await visibleLines(page))[0], "tick 0");
  assert.equal(await page.evaluate(() => document.querySelector("[data-testid=console]").scrollTop), 0);
  // Back at the end, it follows again.
  await scrollConsole(page, 1);
  assert.equal((await visibleLines(page)).at(-1), "tick 999");
  assert.equal(await page.locator("[data-testid=console]").getAttribute("aria-live"), "polite");
  assert.deepEqual(errors, []);
  await page.close();
});
