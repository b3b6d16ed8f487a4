// The first seconds of a visit: the page shell and a loading indicator paint before the
// wasm arrives, progress moves while it downloads, and the site sends its files
// precompressed (www/compress.mjs writes them; xtask/site-server.mjs serves them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite } from "./support.mjs";

const site = useSite();

test("the loading shell paints first and gives way to the playground", async () => {
  const page = await site.browser.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/loopscope-app_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.server.url);
  // The wasm has not arrived, yet the page is not blank: the shell says what is loading.
  const boot = page.locator("[data-testid=boot]");
  await boot.waitFor({ state: "visible", timeout: 5000 });
  assert.match(await boot.innerText(), /Loopscope[\s\S]*Loading/);
  assert.equal(await page.locator("[data-testid=boot] progress").count(), 1);
  assert.equal(await page.locator("[data-testid=run]").count(), 0);
  release();
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  assert.equal(await boot.count(), 0, "the shell is gone once the app has mounted");
  await page.close();
});

test("on a 10 Mbit/s link the shell paints at once and its progress moves", async () => {
  const page = await site.browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 40,
    downloadThroughput: (10 * 1e6) / 8,
    uploadThroughput: (5 * 1e6) / 8,
  });
  const encodings = {};
  page.on("response", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop();
    encodings[name] = r.headers()["content-encoding"] || "none";
  });
  const seen = new Set();
  await page.exposeFunction("reportProgress", (v) => seen.add(v));
  await page.addInitScript(() => {
    const sample = () => {
      const bar = document.getElementById("boot-progress");
      if (bar) window.reportProgress(bar.value);
      if (document.getElementById("boot")) setTimeout(sample, 50);
    };
    document.addEventListener("DOMContentLoaded", sample);
  });
  const t0 = Date.now();
  await page.goto(site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 60000 });
  const ready = Date.now() - t0;
  const paint = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  );
  console.log(`# 10 Mbit/s: first contentful paint ${Math.round(paint)} ms, playground ready ${ready} ms`);
  assert.ok(paint !== null && paint < ready / 2, `first paint ${paint} ms, ready at ${ready} ms`);
  const partial = [...seen].filter((v) => v > 0 && v < 100);
  assert.ok(partial.length >= 2, `the bar moved through ${JSON.stringify([...seen])}`);
  for (const file of ["loopscope-app_bg.wasm", "loopscope-app.js", "loopscope-editor.js"]) {
    assert.match(encodings[file] ?? "missing", /^(br|gzip)$/, `${file} came ${encodings[file]}`);
  }
  await page.close();
});
