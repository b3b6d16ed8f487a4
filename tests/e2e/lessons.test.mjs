// Views that must not contradict the lesson they teach: threads take turns under the GIL
// while process-pool workers overlap; Stop keeps what was recorded and says where the
// program was; the timeline has a legend for its ticks and a table in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, setCode, getCode } from "./support.mjs";

const site = useSite();

/** The timeline's table (its text alternative), as { lane: { column: text } }. */
async function laneTable(page) {
  await page.locator("[data-testid=timeline-table]").waitFor({ state: "attached", timeout: 20000 });
  return page.evaluate(() => {
    const table = document.querySelector("[data-testid=timeline-table] table");
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    const rows = {};
    for (const tr of table.querySelectorAll("tbody tr")) {
      const cells = [...tr.children].map((c) => c.textContent);
      rows[cells[0]] = Object.fromEntries(heads.map((h, i) => [h, cells[i]]));
    }
    return rows;
  });
}

async function finish(page, timeout = 30000) {
  await page.waitForFunction(
    () => /^(finished|exited)/.test(document.querySelector("[data-testid=status]")?.textContent ?? ""),
    null,
    { timeout },
  );
}

test("thread lanes take turns under the GIL; process-pool workers overlap", async () => {
  const { page, errors } = await openPage(site.browser, new URL("#example=waiter-process-pool", site.server.url).href);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await page.click("[data-testid=run]");
  await finish(page);
  const rows = await laneTable(page);
  const threads = Object.keys(rows).filter((name) => name.startsWith("asyncio_"));
  assert.equal(threads.length, 4, `thread lanes: ${Object.keys(rows)}`);
  const secs = (row, col) => Number(row[col] || 0);
  let running = 0;
  for (const name of threads) {
    assert.ok(secs(rows[name], "Running") > 0, `${name} ran`);
    // Each thread waited for the GIL about three times as long as it held it.
    assert.ok(
      secs(rows[name], "Waiting for the GIL") > secs(rows[name], "Running"),
      `${name} waited for the GIL: ${JSON.stringify(rows[name])}`,
    );
    running += secs(rows[name], "Running");
  }
  const workers = Object.keys(rows).filter((name) => name.startsWith("SpawnProcess"));
  assert.ok(workers.length >= 2, `worker lanes: ${Object.keys(rows)}`);
  for (const name of workers) {
    assert.equal(rows[name]["Waiting for the GIL"], "", `${name} has a GIL of its own`);
  }
  // One GIL: the threads' running time adds up to no more than the span they ran in.
  const legend = await page.locator(".timeline-legend").innerText();
  assert.match(legend, /waiting for the GIL/);
  assert.match(legend, /returned[\s\S]*raised[\s\S]*cancelled/);
  assert.ok(running > 0);
  assert.deepEqual(errors, []);
});

test("Stop keeps the recorded trace, the blocked loop, and says where the program was", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run-live]", { timeout: 20000 });
  await setCode(
    page,
    [
      "import asyncio",
      "",
      "async def spin():",
      "    n = 0",
      "    while True:",
      "        n += 1",
      "",
      "async def heartbeat():",
      "    while True:",
      "        print('beat')",
      "        await asyncio.sleep(0.1)",
      "",
      "async def main():",
      "    asyncio.create_task(heartbeat())",
      "    await asyncio.sleep(0.25)",
      "    await spin()",
      "",
      "asyncio.run(main())",
      "",
    ].join("\n"),
  );
  await page.click("[data-testid=run-live]");
  // Three beats come before the spin starts at 0.25 s; then the loop is blocked for good.
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-testid=console] .line .text")].filter((l) => l.textContent === "beat").length >= 3,
    null,
    { timeout: 20000 },
  );
  await page.waitForTimeout(1200);
  await page.click("[data-testid=stop]");
  await finish(page);
  const lines = await page.locator("[data-testid=console] .line .text").allInnerTexts();
  assert.ok(lines.filter((l) => l === "beat").length >= 2, lines.join("\n"));
  const tb = lines.slice(lines.indexOf("Traceback (most recent call last):"));
  assert.ok(tb.length > 1, `a traceback: ${lines.join("\n")}`);
  assert.ok(tb.some((l) => /File "main\.py", line 18, in <module>/.test(l)), tb.join("\n"));
  // Anywhere in spin: under load Stop can land on its first line, before the loop.
  assert.ok(tb.some((l) => /File "main\.py", line [4-6], in spin/.test(l)), tb.join("\n"));
  assert.equal(tb.at(-1), "KeyboardInterrupt");
  // The picture runs to the moment of Stop, with the loop blocked by the spinning task.
  const end = Number(await page.locator("[data-testid=timeline]").getAttribute("data-end"));
  assert.ok(end >= 1.2, `the timeline ends at ${end} s`);
  const rows = await laneTable(page);
  // Everything after the spin began up to Stop is the loop blocked. The spin begins when
  // main's sleep(0.25) ends, which a live run's timer on a loaded machine ends late (CI
  // once measured 0.30 s): allow 0.15 s for that.
  const blocked = Number(rows["event loop"]?.["Loop blocked"] || 0);
  assert.ok(blocked >= end - 0.25 - 0.15, `blocked ${blocked} s of ${end} s: ${JSON.stringify(rows["event loop"])}`);
  assert.deepEqual(errors, []);
});

test("help at the point of failure: a fix to click for coroutines never run, top-level await, curly quotes", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  const runAndHint = async (code) => {
    await setCode(page, code);
    await page.click("[data-testid=run]");
    await finish(page);
    const hint = page.locator("[data-testid=hints]");
    await hint.waitFor({ timeout: 5000 });
    return hint;
  };
  // Defined, never run: the console is empty, the hint says why and offers the call.
  let hint = await runAndHint("import asyncio\n\nasync def main():\n    print('ran')\n");
  assert.match(await hint.innerText(), /nothing runs them/);
  await hint.locator("[data-testid=hint-fix]").click();
  assert.match(await getCode(page), /\nasyncio\.run\(main\(\)\)\n$/);
  await page.click("[data-testid=run]");
  await finish(page);
  assert.deepEqual(await page.locator("[data-testid=console] .line .text").allInnerTexts(), ["ran"]);
  assert.equal(await page.locator("[data-testid=hints]").count(), 0, "no hint once it runs");
  // A top-level await: CPython's SyntaxError stays, the hint wraps the code in main().
  hint = await runAndHint("import asyncio\n\nawait asyncio.sleep(0.1)\nprint('slept')\n");
  assert.match(await hint.innerText(), /only works inside an `async def`/);
  await hint.locator("[data-testid=hint-fix]").click();
  await page.click("[data-testid=run]");
  await finish(page);
  assert.deepEqual(await page.locator("[data-testid=console] .line .text").allInnerTexts(), ["slept"]);
  // Curly quotes pasted from a document.
  hint = await runAndHint("print(\u201chello\u201d)\n");
  assert.match(await hint.innerText(), /curly quotes/);
  await hint.locator("[data-testid=hint-fix]").click();
  assert.equal(await getCode(page), 'print("hello")\n');
  // A module Loopscope lacks: the hint lists what there is.
  hint = await runAndHint("import numpy\n");
  assert.match(await hint.innerText(), /no module `numpy`[\s\S]*asyncio[\s\S]*json/);
  assert.deepEqual(errors, []);
});

test("a deadlock's timeline says how short the run was and marks where tasks got stuck", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await setCode(
    page,
    "import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n",
  );
  await page.click("[data-testid=run]");
  await finish(page);
  assert.match(await page.locator("[data-testid=timeline-range]").innerText(), /^the whole run took \d+ µs$/);
  const rows = await laneTable(page);
  assert.match(rows["Task-1"]?.Events ?? "", /stuck for good: waits on .* at line 4/);
  assert.deepEqual(errors, []);
});

test("a wait's label shows the delay as the program meant it, not float noise", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => typeof window.loopscope?.run === "function", null, { timeout: 20000 });
  const result = await page.evaluate(() =>
    window.loopscope.run("import asyncio\nasync def main():\n    await asyncio.sleep(0.1 * 3)\nasyncio.run(main())\n", {}),
  );
  const waits = result.trace.events.filter((e) => e.kind === "step-end" && e.await).map((e) => e.await);
  assert.ok(waits.includes("sleep(0.3)"), JSON.stringify(waits));
  assert.deepEqual(errors, []);
});
