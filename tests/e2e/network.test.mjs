// The network in the built site: the real network fetches the site's own JSON, a
// cross-origin server without CORS headers is refused with a clear Python exception, and
// the playground says which network a run used and draws a lane per fetch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { serveDist, launchBrowser, openPage, setCode, waitForStatus, hoverTimeline } from "./support.mjs";

let server;
let browser;
let foreign;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  // Another origin that answers JSON but sends no Access-Control-Allow-Origin header.
  foreign = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"secret": true}');
  });
  await new Promise((resolve) => foreign.listen(0, "127.0.0.1", resolve));
});

after(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((r) => foreign?.close(r));
});

async function ready(page) {
  await page.waitForFunction(() => typeof window.loopscope?.run === "function", null, { timeout: 15000 });
}

test("the real network fetches the site's own JSON with each library", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await ready(page);
  const source = [
    "import asyncio, aiohttp, httpx, requests, loopscope.network as net",
    "async def main():",
    "    async with aiohttp.ClientSession() as s:",
    "        async with s.get(net.site_url('data/users.json')) as r:",
    "            print(r.status, [u['name'] for u in await r.json()][:2])",
    "    async with httpx.AsyncClient() as c:",
    "        r = await c.get(net.site_url('data/products.json'))",
    "        print(r.status_code, len(r.json()))",
    "    r = await asyncio.to_thread(requests.get, net.site_url('/data/tips.json'))",
    "    print(r.status_code, len(r.json()['tips']))",
    "print(net.mode())",
    "asyncio.run(main())",
    "",
  ].join("\n");
  for (const clock of ["real", "virtual"]) {
    const result = await page.evaluate(
      ([src, clock]) => window.loopscope.run(src, { clock, network: "real" }),
      [source, clock],
    );
    assert.equal(result.stderr, "", clock);
    assert.equal(result.stdout, "real\n200 ['Ada Lovelace', 'Alan Turing']\n200 3\n200 4\n", clock);
    assert.ok(result.trace.events.some((e) => e.kind === "fetch-end" && e.status === 200));
  }
  assert.deepEqual(errors, []);
});

test("a CORS-blocked request raises the library's connection error, saying why", async () => {
  const { page } = await openPage(browser, server.url);
  await ready(page);
  const url = `http://127.0.0.1:${foreign.address().port}/secret.json`;
  const source = [
    "import asyncio, aiohttp, requests",
    `URL = '${url}'`,
    "async def main():",
    "    async with aiohttp.ClientSession() as s:",
    "        try:",
    "            await s.get(URL)",
    "        except aiohttp.ClientConnectorError as e:",
    "            print(e)",
    "asyncio.run(main())",
    "try:",
    "    requests.get(URL)",
    "except requests.ConnectionError as e:",
    "    print(type(e).__name__, 'CORS' in str(e))",
    "",
  ].join("\n");
  const result = await page.evaluate((src) => window.loopscope.run(src, { network: "real" }), source);
  assert.equal(result.exitCode, 0, result.stderr);
  const lines = result.stdout.trim().split("\n");
  assert.match(lines[0], /^Cannot connect to host 127\.0\.0\.1:\d+ ssl:default \[the browser refused to fetch .*\(CORS\), or the host is unreachable \(TypeError: Failed to fetch\)\]$/);
  assert.equal(lines[1], "ConnectionError True");
});

test("the playground shows the run's network and a lane per fetch", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.waitForSelector("[data-testid=run]");
  assert.equal(await page.locator("[data-testid=network-mode]").innerText(), "simulated network");
  await setCode(
    page,
    "import asyncio, aiohttp\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        pages = await asyncio.gather(s.get('https://example.com/'), s.get('https://httpbin.org/get'))\n        print([p.status for p in pages])\nasyncio.run(main())\n",
  );
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished");
  assert.deepEqual(await page.locator("[data-testid=console] .line .text").allInnerTexts(), ["[200, 200]"]);
  // Lanes: main, the two request tasks, then a lane per fetch.
  const timeline = page.locator("[data-testid=timeline]");
  assert.equal(await timeline.getAttribute("data-lane-count"), "5");
  const tip = await hoverTimeline(page, 3, 0.05);
  assert.match(tip, /^GET example\.com: GET https:\/\/example\.com\/ by Task-2 → 200, 1052 bytes in 0\.\d{3} s/);

  await page.selectOption("[data-testid=network]", "real");
  await setCode(page, "import loopscope.network\nprint(loopscope.network.mode())\n");
  await page.click("[data-testid=run]");
  await waitForStatus(page, "finished");
  assert.equal(await page.locator("[data-testid=network-mode]").innerText(), "real network");
  assert.deepEqual(await page.locator("[data-testid=console] .line .text").allInnerTexts(), ["real"]);
  assert.deepEqual(errors, []);
});
