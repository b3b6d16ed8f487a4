// The embedding package (`cargo xtask pkg`; `cargo xtask test` assembles it into
// $LOOPSCOPE_PKG from the site it built): a docs page that vendors it imports
// loopscope.js, calls init() and define_elements(), and its example runs and prints what
// CPython prints, without the playground taking over the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchBrowser, openPage } from "./support.mjs";
import { serveSite } from "../../xtask/site-server.mjs";

const PROGRAM = `import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name}")
    return name


async def main():
    names = await asyncio.gather(greet("docs", 0.2), greet("vendor", 0.1))
    print(names)

asyncio.run(main())
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A docs page that vendors Loopscope</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/vendor/loopscope/components.css">
  <script src="/vendor/loopscope/loopscope-editor.js"></script>
</head>
<body>
  <h1>Gathering coroutines</h1>
  <loopscope-example id="vendored">
${PROGRAM}  </loopscope-example>
  <script type="module">
    import init, { define_elements } from "/vendor/loopscope/loopscope.js";
    await init();
    define_elements();
    window.vendoredReady = true;
  </script>
</body>
</html>
`;

let site;
let browser;

before(async () => {
  const pkg = path.resolve(process.env.LOOPSCOPE_PKG || "pkg");
  assert.ok(fs.existsSync(path.join(pkg, "loopscope.js")), `no package in ${pkg}: run \`cargo xtask pkg\``);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-vendor-"));
  fs.mkdirSync(path.join(root, "vendor"));
  fs.symlinkSync(pkg, path.join(root, "vendor", "loopscope"));
  fs.writeFileSync(path.join(root, "index.html"), PAGE);
  site = await serveSite(root);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test("a page that vendors the package runs an example as CPython does", async () => {
  const { page, errors } = await openPage(browser, site.url);
  await page.waitForFunction(() => window.vendoredReady === true, null, { timeout: 20000 });
  const example = page.locator("loopscope-example#vendored");
  await example.locator("[data-testid=embed-run]").click();
  await example
    .locator("[data-testid=embed-status]")
    .filter({ hasText: /^(finished|exited)/ })
    .waitFor({ timeout: 20000 });
  const lines = await example.locator("[data-testid=console] .line .text").allInnerTexts();
  const expected = execFileSync("python3", ["-c", PROGRAM], { encoding: "utf8" });
  assert.deepEqual(lines, expected.trimEnd().split("\n"));
  // The package defines the element; it does not mount the playground over the page.
  assert.equal(await page.locator(".topbar").count(), 0, "the playground took over the page");
  assert.equal(await page.locator("h1").innerText(), "Gathering coroutines");
  // window.loopscope.run, which the package's README documents, works too.
  const result = await page.evaluate(() => window.loopscope.run("print(6 * 7)", { clock: "virtual" }));
  assert.equal(result.stdout, "42\n");
  // A bundled module (crates/web/src/bundles.rs) comes from the package's python/ folder.
  const decimal = await page.evaluate(() =>
    window.loopscope.run("from decimal import Decimal\nprint(Decimal('0.1') + Decimal('0.2'))", { clock: "virtual" }),
  );
  assert.equal(decimal.stdout, "0.3\n", decimal.stderr);
  assert.deepEqual(errors, []);
});

test("the package carries brotli and gzip copies of its wasm", () => {
  const pkg = path.resolve(process.env.LOOPSCOPE_PKG || "pkg");
  const raw = fs.statSync(path.join(pkg, "loopscope-app_bg.wasm")).size;
  for (const ext of [".br", ".gz"]) {
    const packed = fs.statSync(path.join(pkg, `loopscope-app_bg.wasm${ext}`)).size;
    assert.ok(packed < raw / 2, `${ext}: ${packed} bytes of ${raw}`);
  }
});
