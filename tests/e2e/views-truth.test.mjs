// Views that show what happened without making the reader work for it: Compare draws both
// runs on one time scale; a traceback folds asyncio's own frames and says its time and task
// once; the editor's task badges and the sequence diagram's labels stay readable; embedded
// examples are comfortable in a docs page's column and in a frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, setCode, waitForStatus } from "./support.mjs";

const site = useSite();

/**
 * How far the drawing of the timeline `testid` reaches along its first lane, as a fraction
 * of its track: the rightmost pixel in the lane's middle row that is not bare track (the
 * pale strip every lane has), measured against the track's own far end.
 */
async function drawnExtent(page, testid, bareTrack) {
  return page.evaluate(
    ({ testid, bareTrack }) => {
      const el = document.querySelector(`[data-testid=${testid}]`);
      const canvas = el.querySelector("canvas");
      const names = Number(el.dataset.names);
      const dpr = canvas.width / canvas.clientWidth;
      const track = canvas.clientWidth - names - 8;
      const y = Math.round((20 + 11) * dpr);
      const row = canvas.getContext("2d").getImageData(0, y, canvas.width, 1).data;
      const at = (x) => [...row.slice(x * 4, x * 4 + 4)];
      const bare = bareTrack ?? at(Math.round((names + track - 2) * dpr));
      const differs = (p) => p.some((v, i) => Math.abs(v - bare[i]) > 12);
      let x = Math.round((names + track) * dpr) - 1;
      while (x > names * dpr && !differs(at(x))) x -= 1;
      return { extent: (x / dpr - names) / track, bare };
    },
    { testid, bareTrack },
  );
}

test("Compare draws both runs as timelines on the longer run's time scale", async () => {
  const { page, errors } = await openPage(site.browser, new URL("#example=tour-gather-three", site.server.url).href);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await page.click("[data-testid=tab-compare]");
  await page.click("[data-testid=compare-run]");
  await page.locator("[data-testid=compare-verdict]").waitFor({ timeout: 20000 });
  const concurrent = page.locator("[data-testid=compare-timeline-concurrent]");
  const sequential = page.locator("[data-testid=compare-timeline-sequential]");
  await concurrent.waitFor();
  await sequential.waitFor();
  const attrs = async (t) => ({
    end: Number(await t.getAttribute("data-end")),
    scale: Number(await t.getAttribute("data-scale")),
    lanes: Number(await t.getAttribute("data-lane-count")),
  });
  const c = await attrs(concurrent);
  const s = await attrs(sequential);
  assert.ok(Math.abs(c.end - 0.3) < 0.001 && Math.abs(s.end - 0.6) < 0.001, `ends: ${c.end} and ${s.end}`);
  assert.equal(c.scale, s.end, "the concurrent run is drawn on the sequential run's scale");
  assert.equal(s.scale, s.end);
  assert.equal(c.lanes, 4, "main and its three downloads");
  assert.equal(s.lanes, 1, "the sequential version awaits each download itself");
  // The picture agrees: the concurrent run's lanes stop halfway across, the sequential
  // run's reach the end of the track.
  await page.waitForTimeout(100);
  const drawnC = await drawnExtent(page, "compare-timeline-concurrent");
  const drawnS = await drawnExtent(page, "compare-timeline-sequential", drawnC.bare);
  assert.ok(Math.abs(drawnC.extent - c.end / c.scale) < 0.03, `concurrent drawn to ${drawnC.extent}`);
  assert.ok(drawnS.extent > 0.97, `sequential drawn to ${drawnS.extent}`);
  assert.match(await page.locator("[data-testid=compare-runs]").innerText(), /ends at 0\.300 s[\s\S]*ends at 0\.600 s/);
  assert.deepEqual(errors, []);
});

const GATHER_FAILS = [
  "import asyncio",
  "import traceback",
  "",
  "",
  "async def fetch(n):",
  "    await asyncio.sleep(0.1 * n)",
  "    if n == 2:",
  '        raise ValueError(f"bad item {n}")', // 8
  "    return n",
  "",
  "",
  "async def main():",
  "    try:",
  "        await asyncio.gather(fetch(1), fetch(2), fetch(3))", // 14
  "    except ValueError:",
  "        traceback.print_exc()",
  '    print("main goes on")',
  "    await asyncio.gather(fetch(2))", // 18
  "",
  "",
  "asyncio.run(main())", // 21
  "",
].join("\n");

test("a traceback folds asyncio's frames and gives its time and task once", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await setCode(page, GATHER_FAILS);
  await page.click("[data-testid=run]");
  await waitForStatus(page, "exited with status 1");
  const toggles = page.locator("[data-testid=console-fold-toggle]");
  assert.deepEqual(await toggles.allInnerTexts(), [
    "… 3 frames inside asyncio",
    "… 4 frames inside asyncio",
    "… 3 frames inside asyncio",
  ]);
  // What shows: the program's own frames (each a link to its line), no frozen ones.
  const shown = await page.locator("[data-testid=console] .line").evaluateAll((lines) =>
    lines
      .filter((l) => l.checkVisibility())
      .map((l) => [...l.children].map((c) => c.textContent)),
  );
  assert.ok(!shown.some(([, , text]) => text.includes("<frozen")), shown.join("\n"));
  const links = page.locator("[data-testid=console] [data-testid=source-link]");
  assert.deepEqual(await links.allInnerTexts(), [
    'File "main.py", line 14',
    'File "main.py", line 8',
    'File "main.py", line 21',
    'File "main.py", line 18',
    'File "main.py", line 8',
  ]);
  for (const link of await links.all()) assert.ok(await link.isVisible());
  // Time and task on a traceback's first line only; ordinary output keeps its own.
  const heads = shown.filter(([when]) => when !== "");
  assert.deepEqual(heads, [
    ["0.200", "Task-1", "Traceback (most recent call last):"],
    ["0.200", "Task-1", "main goes on"],
    ["0.400", "", "Traceback (most recent call last):"],
  ]);
  assert.ok(shown.every(([when, who]) => when !== "" || who === ""));
  // Opening a fold shows its frames (at whatever lines our asyncio source has them).
  await toggles.first().click();
  const opened = page.locator("[data-testid=console-fold]").first().locator(".line .text");
  const frames = (await opened.allInnerTexts()).filter((t) => t.includes("File"));
  assert.deepEqual(
    frames.map((t) => t.replace(/line \d+/, "line N")),
    [
      '  File "<frozen asyncio.futures>", line N, in __await__',
      '  File "<frozen asyncio.tasks>", line N, in _wakeup',
      '  File "<frozen asyncio.futures>", line N, in result',
    ],
  );
  assert.ok(await opened.first().isVisible());
  await toggles.first().click();
  // Nothing is lost: the console holds every line of stderr, folded or not...
  const run = await page.evaluate((code) => window.loopscope.run(code, { clock: "virtual" }), GATHER_FAILS);
  const stderrLines = await page.locator("[data-testid=console] .line.stderr .text").allTextContents();
  assert.deepEqual(stderrLines, run.stderr.trimEnd().split("\n"));
  // ...and copying the console copies them all, without the folds' buttons.
  await page.evaluate(() => {
    window.copied = null;
    document.addEventListener("copy", (e) => (window.copied = e.clipboardData.getData("text/plain")));
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("[data-testid=console]"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.locator("[data-testid=console]").focus();
  await page.keyboard.press("Control+c");
  const copied = await page.evaluate(() => window.copied);
  const all = await page.locator("[data-testid=console] .line .text").allTextContents();
  assert.equal(copied, all.join("\n"));
  assert.ok(copied.includes(frames[1].trim()), copied);
  assert.ok(!copied.includes("frames inside"), copied);
  assert.deepEqual(errors, []);
});

test("task badges stay in view and spell out common task names", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.setViewportSize({ width: 420, height: 900 });
  await page.waitForSelector("[data-testid=run-live]", { timeout: 20000 });
  await setCode(
    page,
    [
      "import asyncio",
      "",
      "async def worker(queue):",
      "    while True:",
      "        await asyncio.sleep(await queue.get())", // 5
      "        queue.task_done()",
      "",
      "async def lone():",
      "    await asyncio.sleep(30)", // 9
      "",
      "async def main():",
      "    queue = asyncio.Queue()",
      "    for _ in range(40):",
      "        queue.put_nowait(0.5)",
      "    idlers = [asyncio.create_task(asyncio.sleep(30)) for _ in range(10)]",
      "    last = asyncio.create_task(lone())",
      '    workers = [asyncio.create_task(worker(queue), name=f"worker-{i}") for i in range(4)]',
      "    await asyncio.wait_for(queue.join(), timeout=60)  # a comment long enough to run past the edge", // 18
      "",
      "asyncio.run(main())",
      "",
    ].join("\n"),
  );
  await page.click("[data-testid=run-live]");
  await page.waitForFunction(() => document.querySelectorAll(".cm-task-label").length === 3, null, { timeout: 5000 });
  const badges = await page.locator(".cm-task-label").evaluateAll((labels) => {
    const scroller = document.querySelector("[data-testid=editor] .cm-scroller").getBoundingClientRect();
    return labels.map((l) => {
      const box = l.getBoundingClientRect();
      return {
        text: l.textContent,
        title: l.title,
        inView: box.left >= scroller.left && box.right <= scroller.right,
        cut: [...l.querySelectorAll(".cm-task-name")].filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent),
      };
    });
  });
  assert.deepEqual(
    badges.map((b) => [b.text, b.title]),
    [
      ["worker-0, worker-1 +2", "worker-0, worker-1, worker-2, worker-3"],
      ["Task-12", "Task-12"],
      ["Task-1", "Task-1"],
    ],
  );
  for (const b of badges) {
    assert.ok(b.inView, `${b.text}: inside the editor's visible width`);
    assert.deepEqual(b.cut, [], `${b.text}: no name cut short`);
  }
  await page.click("[data-testid=stop]");
  await waitForStatus(page, "exited with status 130");
  assert.deepEqual(errors, []);
});

test("sequence-diagram labels sit on a background, so lifelines do not cross their text", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished");
  await page.click("[data-testid=tab-sequence]");
  const report = await page.locator("[data-testid=sequence] svg").evaluate((svg) => {
    const lifelines = [...svg.querySelectorAll(".lifeline line")].map((l) => l.x1.baseVal.value);
    const panel = getComputedStyle(svg.closest(".ls") ?? document.body).getPropertyValue("--ls-panel").trim();
    let crossings = 0;
    const bad = [];
    for (const g of svg.querySelectorAll("[data-testid=sequence-step], [data-testid=sequence-note]")) {
      const text = g.querySelector("text").getBBox();
      const bg = g.querySelector("rect.label-bg");
      const crossed = lifelines.filter((x) => x > text.x && x < text.x + text.width);
      crossings += crossed.length;
      if (!crossed.length) continue;
      const b = bg?.getBBox();
      const covers = b && b.x <= text.x && b.x + b.width >= text.x + text.width && b.y <= text.y && b.y + b.height >= text.y + text.height;
      const opaque = bg && getComputedStyle(bg).fill !== "none" && getComputedStyle(bg).fillOpacity === "1";
      if (!covers || !opaque) bad.push(g.textContent);
    }
    return { crossings, bad, panel, fill: getComputedStyle(svg.querySelector("rect.label-bg")).fill };
  });
  assert.ok(report.crossings > 3, `labels cross lifelines: ${report.crossings}`);
  assert.deepEqual(report.bad, [], "every label that crosses a lifeline is backed");
  assert.equal(report.fill, await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.color = "var(--ls-panel)";
    document.querySelector("[data-testid=sequence]").append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  }), "the background is the panel's colour");
  assert.deepEqual(errors, []);
});

test("an embedded example at docs-page widths keeps a wide timeline and overflows nothing", async () => {
  for (const width of [600, 700, 800]) {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(new URL("docs.html", site.server.url).href);
    const example = page.locator("loopscope-example#gathered");
    await example.locator("[data-testid=embed-run]").waitFor({ timeout: 15000 });
    await example.locator("[data-testid=embed-run]").click();
    await example.locator("[data-testid=embed-status]").filter({ hasText: "finished" }).waitFor({ timeout: 20000 });
    const m = await example.evaluate((el) => {
      const timeline = el.querySelector("[data-testid=timeline]");
      const canvas = timeline.querySelector("canvas");
      const overflowing = [el, ...el.querySelectorAll(".embed, .toolbar, .embed-output, .pane, .timeline, .view-tools")]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.className || e.tagName);
      const box = el.getBoundingClientRect();
      const outside = [...el.querySelectorAll(".toolbar *, .view-tools *, .console-pane, .timeline")]
        .filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > box.right + 0.5)
        .map((e) => e.className || e.tagName);
      return {
        canvas: canvas.clientWidth,
        track: canvas.clientWidth - Number(timeline.dataset.names) - 8,
        tools: timeline.querySelector(".view-tools").getBoundingClientRect().height,
        overflowing,
        outside,
      };
    });
    // From 700 px the track has 450 px; a narrower page still gives it most of the width.
    const wanted = width >= 700 ? 450 : 0.75 * m.canvas;
    assert.ok(m.track >= wanted, `${width} px: the track is ${m.track} px wide of ${m.canvas}`);
    assert.ok(m.tools < 40, `${width} px: the legend and tools take one row (${m.tools} px)`);
    assert.deepEqual(m.overflowing, [], `${width} px: nothing scrolls sideways`);
    assert.deepEqual(m.outside, [], `${width} px: nothing sticks out`);
    // The legend is a click away.
    const legend = example.locator("[data-testid=legend-toggle]");
    assert.ok(!(await legend.locator(".key.running").isVisible()));
    await legend.locator("summary").click();
    assert.ok(await legend.locator(".key.running").isVisible());
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("embed.html fills its frame and keeps the console's last line in view", async () => {
  const page = await site.browser.newPage({ viewport: { width: 760, height: 520 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const src = new URL("embed.html#example=tour-gather-three", site.server.url).href;
  await page.setContent(`<iframe id="frame" style="width:700px;height:450px;border:0" src="${src}"></iframe>`);
  const frame = page.frameLocator("#frame");
  await frame.locator("[data-testid=embed-run]").waitFor({ timeout: 15000 });
  await frame.locator("[data-testid=embed-run]").click();
  await frame.locator("[data-testid=embed-status]").filter({ hasText: "finished" }).waitFor({ timeout: 20000 });
  await page.waitForTimeout(200);
  const m = await frame.locator("body").evaluate(() => {
    const embed = document.querySelector(".embed").getBoundingClientRect();
    const pre = document.querySelector("[data-testid=console]").getBoundingClientRect();
    const lines = document.querySelectorAll("[data-testid=console] .line");
    const last = lines[lines.length - 1];
    const box = last.getBoundingClientRect();
    return {
      embed: [embed.top, embed.bottom, embed.width],
      pre: [pre.top, pre.bottom],
      last: [box.top, box.bottom],
      text: last.querySelector(".text").textContent,
      height: innerHeight,
    };
  });
  assert.equal(m.text, "elapsed 0.3s");
  assert.deepEqual(m.embed, [0, 450, 700], "the example fills the frame");
  assert.ok(m.last[0] >= m.pre[0] && m.last[1] <= m.pre[1] + 0.5, `the last line ${m.last} is inside the console ${m.pre}`);
  assert.ok(m.last[1] <= m.height, "and inside the frame");
  assert.deepEqual(errors, []);
  await page.close();
});
