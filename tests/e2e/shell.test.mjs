// The playground's shell loads from the release build and renders without console errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, hoverTimeline, setCode, getCode } from "./support.mjs";

const site = useSite();

test("the page renders the playground shell", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 15000 });
  for (const id of ["editor", "console", "timeline", "stop", "status"]) {
    assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, `one ${id}`);
  }
  assert.equal(await page.title(), "Loopscope — watch asyncio's event loop work");
  assert.match(await getCode(page), /asyncio\.run\(main\(\)\)/);
  assert.deepEqual(errors, []);
});

test("Run shows the welcome example's output, as CPython prints it", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]");
  await page.click("[data-testid=run]");
  await page.waitForFunction(
    () => document.querySelector("[data-testid=status]")?.textContent === "finished",
    null,
    { timeout: 20000 },
  );
  const lines = await page.locator("[data-testid=console] .line .text").allInnerTexts();
  const whens = await page.locator("[data-testid=console] .line .when").allInnerTexts();
  const whos = await page.locator("[data-testid=console] .line .who").allInnerTexts();
  assert.equal(whens[3], "0.100", "done b prints at 0.100 s of the virtual clock");
  assert.equal(whos[0], "Task-2", "start a is printed by fetch('a')'s task");
  assert.deepEqual(lines, [
    "start a",
    "start b",
    "start c",
    "done b",
    "done a",
    "done c",
    "['a:0.2', 'b:0.1', 'c:0.3']",
    "elapsed 0.30s",
  ]);
  const timeline = page.locator("[data-testid=timeline]");
  assert.equal(await timeline.getAttribute("data-lane-count"), "4", "one lane per task");
  // Hover Task-4's lane (the fourth) at 0.25 s: fetch("c", 0.3) is still sleeping there.
  const tip = await hoverTimeline(page, 3, 0.25);
  assert.match(tip, /^Task-4: awaiting sleep\(0\.3\)/, `hover says what a task waits on: ${tip}`);
  assert.deepEqual(errors, []);
});

test("window.loopscope.run returns stdout, stderr, exit code and trace", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => typeof window.loopscope?.run === "function", null, { timeout: 15000 });
  const ok = await page.evaluate(() =>
    window.loopscope.run("import asyncio\nasync def main():\n    await asyncio.sleep(0.5)\n    print('hi', 6 * 7)\nasyncio.run(main())\n", { clock: "virtual" }),
  );
  assert.equal(ok.stdout, "hi 42\n");
  assert.equal(ok.exitCode, 0);
  assert.ok(ok.trace.events.some((e) => e.kind === "task-created" && e.name === "Task-1"));
  const bad = await page.evaluate(() => window.loopscope.run("x = (1,\n", {}));
  assert.equal(bad.exitCode, 1);
  assert.match(bad.stderr, /SyntaxError: '\(' was never closed/);
  assert.deepEqual(errors, []);
});

// The second program spends its time inside one builtin call; sum() hands the
// iteration to Python so the run can still be interrupted between instructions.
for (const code of ["while True:\n    pass\n", "print(sum(i * i for i in range(10**12)))\n"]) {
  test(`Stop ends a runaway program within 200 ms, and the page stays responsive: ${code.split("\n")[0]}`, async () => {
    const { page, errors } = await openPage(site.browser, site.server.url);
    await page.waitForSelector("[data-testid=run]");
    await setCode(page, code);
    await page.click("[data-testid=run]");
    await page.waitForTimeout(300);
    const ms = await page.evaluate(async () => {
      const status = () => document.querySelector("[data-testid=status]").textContent;
      if (status() !== "running…") return -1;
      const t0 = performance.now();
      document.querySelector("[data-testid=stop]").click();
      while (!status().startsWith("exited")) {
        await new Promise((r) => setTimeout(r, 2));
      }
      return performance.now() - t0;
    });
    assert.ok(ms >= 0, "the program was still running before Stop");
    assert.ok(ms < 200, `stopped after ${ms} ms`);
    const lines = await page.locator("[data-testid=console] .line .text").allInnerTexts();
    // Where the program was, as CPython's traceback for Ctrl+C says it.
    assert.equal(lines[0], "Traceback (most recent call last):");
    assert.match(lines[1], /^ {2}File "main\.py", line [12], in <module>$/);
    assert.equal(lines.at(-1), "KeyboardInterrupt");
    assert.deepEqual(errors, []);
  });
}

test("a live run shows output before it ends", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run-live]");
  await setCode(
    page,
    "import asyncio\nasync def main():\n    print('first')\n    await asyncio.sleep(1.0)\n    print('second')\nasyncio.run(main())\n",
  );
  await page.click("[data-testid=run-live]");
  await page.waitForFunction(
    () => document.querySelector("[data-testid=console]").innerText.includes("first"),
    null,
    { timeout: 5000 },
  );
  assert.equal(await page.locator("[data-testid=status]").innerText(), "running…");
  // Lines carry their time and task while the run is still going.
  await page.waitForFunction(() => document.querySelector("[data-testid=console] .line .who")?.textContent === "Task-1");
  await page.waitForFunction(
    () => document.querySelector("[data-testid=status]").textContent === "finished",
    null,
    { timeout: 5000 },
  );
  assert.deepEqual(await page.locator("[data-testid=console] .line .text").allInnerTexts(), ["first", "second"]);
  assert.deepEqual(errors, []);
});
