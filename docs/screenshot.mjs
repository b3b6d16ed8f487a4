// Takes docs/playground.png: the playground in the middle of a live run, with the
// console, the editor's task marks and the timeline growing. Build the site first
// (`cargo xtask serve` or `trunk build --release`), then: node docs/screenshot.mjs
import { serveDist, launchBrowser, setCode } from "../tests/e2e/support.mjs";

const program = `import asyncio
import random


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        await asyncio.sleep(job)  # stands in for a download
        results.append((name, job))
        print(f"{name} finished a {job:.1f} s job")
        queue.task_done()


async def main():
    random.seed(7)
    queue = asyncio.Queue()
    for _ in range(12):
        queue.put_nowait(round(random.uniform(0.2, 0.9), 1))
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    print(f"{len(results)} jobs done by {len(workers)} workers")


asyncio.run(main())
`;

const server = await serveDist(process.env.LOOPSCOPE_DIST || "dist");
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
await page.goto(server.url);
await page.waitForSelector("[data-testid=run-live]");
await setCode(page, program);
await page.click("[data-testid=run-live]");
// Mid-run: well into the program, before it ends.
await page.waitForFunction(() => Number(document.querySelector("[data-testid=timeline]").dataset.end) > 1.0);
await page.screenshot({ path: new URL("playground.png", import.meta.url).pathname });
await browser.close();
await server.close();
console.log("wrote docs/playground.png");
