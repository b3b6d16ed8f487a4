// Embedding: the docs page's <loopscope-example> elements and its iframe run their
// programs and print what CPython prints (python3 is the oracle, run here and now).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { useSite, openPage } from "./support.mjs";

const site = useSite();

/** What CPython prints for `code`. */
function cpython(code) {
  return execFileSync("python3", ["-c", code], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Runs the example in `root` (an element or frame) and returns its console's lines. */
async function runExample(root, page) {
  await root.locator("[data-testid=embed-run]").click();
  await root
    .locator("[data-testid=embed-status]")
    .filter({ hasText: /^(finished|exited)/ })
    .waitFor({ timeout: 20000 });
  return root.locator("[data-testid=console] .line .text").allInnerTexts();
}

test("the docs page's examples run and print what CPython prints", async () => {
  const { page, errors } = await openPage(site.browser, new URL("docs.html", site.server.url).href);
  const ids = ["sequential", "gathered", "cancel"];
  for (const id of ids) {
    const example = page.locator(`loopscope-example#${id}`);
    await example.locator("[data-testid=embed-run]").waitFor({ timeout: 15000 });
    const code = await example.evaluate((el) => {
      const host = el.querySelector("[data-testid=editor]");
      return host.loopscopeEditor ? host.loopscopeEditor.getValue() : host.querySelector("textarea").value;
    });
    assert.ok(code.startsWith("import asyncio\n"), `${id}: indentation from the HTML is gone`);
    const lines = await runExample(example, page);
    assert.deepEqual(lines, cpython(code).trimEnd().split("\n"), id);
  }
  // An element that names a gallery example runs it and prints its expected output.
  const fromGallery = page.locator("loopscope-example#from-gallery");
  const expected = (await import("node:fs")).readFileSync(
    new URL("../../examples/01-asyncio-tour/07_semaphore_peak.exp", import.meta.url),
    "utf8",
  );
  assert.deepEqual(await runExample(fromGallery, page), expected.trimEnd().split("\n"));
  // Each example draws its own timeline: the gathered one has main and two downloads.
  const lanes = await page.locator("loopscope-example#gathered [data-testid=timeline]").getAttribute("data-lane-count");
  assert.equal(lanes, "3");
  // The page's own styles are untouched by ours: its body keeps its serif font.
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.match(font, /Georgia/);
  assert.deepEqual(errors, []);
});

test("the iframe form runs the program in its fragment", async () => {
  const { page, errors } = await openPage(site.browser, new URL("docs.html", site.server.url).href);
  const frame = page.frameLocator("iframe#framed");
  await frame.locator("[data-testid=embed-run]").waitFor({ timeout: 15000 });
  const lines = await runExample(frame, page);
  assert.deepEqual(lines, [
    "left finished job 0",
    "right finished job 0",
    "left finished job 1",
    "right finished job 1",
    "left finished job 2",
    "both workers are done",
  ]);
  assert.deepEqual(errors, []);
});

test("window.loopscope.run on an embedding page returns CPython's output", async () => {
  const { page, errors } = await openPage(site.browser, new URL("docs.html", site.server.url).href);
  await page.waitForFunction(() => typeof window.loopscope?.run === "function", null, { timeout: 15000 });
  const programs = [
    "print(sorted({3, 1, 2}), f'{2**0.5:.3f}', [x * x for x in range(5)])\n",
    "import asyncio\nasync def f(x):\n    await asyncio.sleep(x / 10)\n    return x\nasync def main():\n    for c in asyncio.as_completed([f(3), f(1), f(2)]):\n        print(await c)\nasyncio.run(main())\n",
    "import asyncio\nasync def main():\n    try:\n        async with asyncio.timeout(0.1):\n            await asyncio.sleep(1)\n    except TimeoutError:\n        print('timed out')\nasyncio.run(main())\n",
    "def f():\n    return 1 / 0\nprint('before')\nf()\n",
  ];
  for (const code of programs) {
    const result = await page.evaluate((code) => window.loopscope.run(code, { clock: "virtual" }), code);
    let expected = "";
    let status = 0;
    try {
      expected = cpython(code);
    } catch (e) {
      expected = e.stdout;
      status = e.status;
    }
    assert.equal(result.stdout, expected, code);
    assert.equal(result.exitCode, status, code);
  }
  assert.deepEqual(errors, []);
});
