// Process pools in the browser: under the real clock each worker is a Web Worker with
// its own interpreter; results and exceptions (with the worker's traceback) cross back.
// The programs are the conformance corpus's, so CPython's outputs are the oracle.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useSite, openPage } from "./support.mjs";

const site = useSite();

const corpus = (name) => new URL(`../conformance/stdlib/${name}`, import.meta.url);
const read = (name) => fs.readFileSync(corpus(name), "utf8");

for (const [name, ends] of [
  ["100_process_pool_map_submit", null],
  ["101_process_pool_run_in_executor", null],
  ["102_process_pool_remote_traceback", "102_process_pool_remote_traceback.err"],
  ["107_process_pool_worker_state", null],
]) {
  test(`${name} runs on Web Workers and prints what CPython prints`, async () => {
    const { page, errors } = await openPage(site.browser, site.server.url);
    await page.waitForFunction(() => typeof window.loopscope?.run === "function", null, { timeout: 15000 });
    // Programs run in a worker of their own ("worker.js?run"); the pool's are the others.
    const isPool = (w) => !w.url().endsWith("?run");
    let workers = 0;
    page.on("worker", (w) => (workers += isPool(w) ? 1 : 0));
    const result = await page.evaluate(
      (code) => window.loopscope.run(code, { clock: "real" }),
      read(`${name}.py`),
    );
    assert.equal(result.stdout, read(`${name}.exp`), result.stderr);
    assert.ok(workers >= 1, "the jobs ran in Web Workers");
    // The page terminates them when the pool ends; Playwright hears of each worker's end
    // a moment later, over the DevTools protocol, so give that news a little time.
    const pool = () => page.workers().filter(isPool).length;
    for (let waited = 0; pool() > 0 && waited < 3000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(pool(), 0, "the pool's workers end with the pool");
    if (ends) {
      assert.equal(result.exitCode, 1);
      const last = result.stderr.trimEnd().split("\n").at(-1);
      assert.equal(last, read(ends).trim());
      // The worker's own traceback is printed as the cause, as CPython prints it.
      assert.match(result.stderr, /concurrent\.futures\.process\._RemoteTraceback: \n"""\nTraceback \(most recent call last\):/);
      assert.match(result.stderr, /The above exception was the direct cause of the following exception:/);
    } else {
      assert.equal(result.exitCode, 0, result.stderr);
    }
    assert.deepEqual(errors, []);
  });
}
