import { serveDist, launchBrowser, openPage } from "./support.mjs";
const server = await serveDist();
const browser = await launchBrowser();
const { page } = await openPage(browser, server.url);
await page.waitForFunction(() => typeof window.loopscope?.run === "function", null, { timeout: 15000 });
const pool = (w) => `import time
from concurrent.futures import ProcessPoolExecutor
def work(n):
    t=time.perf_counter(); sum(i * i for i in range(n)); return time.perf_counter()-t
if __name__ == "__main__":
    t0=time.perf_counter()
    with ProcessPoolExecutor(max_workers=${w}) as pool:
        print([round(x,2) for x in pool.map(work, [2_000_000]*4)], time.perf_counter()-t0)
`;
for (const w of [1,2,1,2]) {
const r = await page.evaluate((code) => window.loopscope.run(code, { clock: "real" }), pool(w));
console.log(w, r.stdout, r.stderr.slice(0, 300));
}
await browser.close(); await server.close();
