// The browser benchmark: our built site (dist/) against Pyodide from npm, in the same
// headless Chromium, in the same run. `cargo xtask bench` builds the site and runs this;
// it writes one TSV line per measurement to $LOOPSCOPE_BENCH_TSV (read by
// xtask/src/bench/browser.rs) and its raw samples beside it as browser-samples.json.
//
// What it measures, per engine ("ours": window.loopscope.run with the real clock; "pyodide":
// runPythonAsync on its webloop):
// - bytes the page downloads, raw and gzipped: every response Playwright reports, its body
//   size, and the gzip size our server computes for that file (zlib, level 6);
// - cold start: a fresh context with the cache disabled, navigation start to ready
//   (window.loopscope defined / loadPyodide resolved), read from performance.now() in the page;
// - first output: navigation start to the hello-world program's output being back in JS,
//   the program started as soon as the engine is ready;
// - run times of bench/browser/programs/*.py on a warm page, timed in JS around the call,
//   with the times the programs measure themselves (time.perf_counter) in the notes.
// - process pools (bench/browser/programs/pool.py): the same four CPU-bound jobs on 1, 2 and
//   4 workers — ours on Web Workers under the real clock, against CPython's own
//   ProcessPoolExecutor run natively with python3 in the same run (Pyodide has no process
//   pools) — as "pool" lines, with the speed-up each gets from more workers.
// Each measurement runs $LOOPSCOPE_BENCH_REPS times, alternating engines; we report medians.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../../tests/e2e/support.mjs";
import { serve } from "./server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const REPS = Math.max(1, Number(process.env.LOOPSCOPE_BENCH_REPS || 3));
const TSV = process.env.LOOPSCOPE_BENCH_TSV || path.join(root, "target/bench/browser.tsv");
const DIST = path.resolve(process.env.LOOPSCOPE_DIST || path.join(root, "dist"));
const PYODIDE_DIR = path.join(root, "node_modules/pyodide");

const ENGINES = ["ours", "pyodide"];

function log(msg) {
  process.stderr.write(`[bench] browser ${msg}\n`);
}

/** A program's source, with the entry point each engine needs. */
function program(name, engine) {
  const src = fs.readFileSync(path.join(here, "programs", `${name}.py`), "utf8");
  if (!/^async def main\(/m.test(src)) return src;
  // Pyodide's loop is the browser's and is already running: top-level await is its way.
  return src + (engine === "ours" ? "\nasyncio.run(main())\n" : "\nawait main()\n");
}

/** Lines a program prints about itself (`#t 0.31`), apart from its real output. */
function split(stdout) {
  const marks = {};
  const lines = [];
  for (const line of stdout.split("\n")) {
    const m = /^#(\w+) (.*)$/.exec(line);
    if (m) marks[m[1]] = Number(m[2]);
    else lines.push(line);
  }
  return { output: lines.join("\n"), marks };
}

function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/**
 * Installed before the page's own scripts: notes when the engine becomes ready (the page
 * sets window.loopscope or window.pyodide) and then runs the hello-world program at once.
 */
function initScript({ engine, hello }) {
  const bench = { readyAt: undefined, firstOutputAt: undefined, output: undefined, error: undefined };
  window.__bench = bench;
  const prop = engine === "ours" ? "loopscope" : "pyodide";
  let value;
  const runHello = async () => {
    try {
      if (engine === "ours") {
        const r = await value.run(hello, { clock: "real" });
        bench.output = r.stdout;
        if (r.exitCode !== 0) bench.error = r.stderr;
      } else {
        const out = [];
        value.setStdout({ batched: (s) => out.push(s + "\n") });
        await value.runPythonAsync(hello);
        bench.output = out.join("");
      }
    } catch (e) {
      bench.error = String(e);
    }
    bench.firstOutputAt = performance.now();
  };
  Object.defineProperty(window, prop, {
    configurable: true,
    get: () => value,
    set: (v) => {
      value = v;
      const ready = engine === "ours" ? typeof v?.run === "function" : !!v;
      if (ready && bench.readyAt === undefined) {
        bench.readyAt = performance.now();
        queueMicrotask(runHello);
      }
    },
  });
}

/** Runs a program on a ready page; resolves to { ms, stdout } or { error }. */
async function runOn(page, engine, src) {
  return page.evaluate(
    async ({ engine, src }) => {
      if (engine === "ours") {
        const t0 = performance.now();
        const r = await window.loopscope.run(src, { clock: "real" });
        const ms = performance.now() - t0;
        return r.exitCode === 0 ? { ms, stdout: r.stdout } : { error: r.stderr };
      }
      const py = window.pyodide;
      const out = [];
      py.setStdout({ batched: (s) => out.push(s + "\n") });
      const globals = py.globals.get("dict")();
      try {
        const t0 = performance.now();
        await py.runPythonAsync(src, { globals });
        return { ms: performance.now() - t0, stdout: out.join("") };
      } catch (e) {
        return { error: String(e) };
      } finally {
        globals.destroy();
      }
    },
    { engine, src },
  );
}

const url = (server, engine) =>
  engine === "ours" ? `${server.url}/index.html` : `${server.url}/bench/pyodide.html`;

/** One cold start: fresh context, cache off; bytes, ready and first output. */
async function coldStart(browser, server, engine) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const responses = [];
  page.on("requestfinished", (req) => {
    if (!req.url().startsWith("http")) return;
    responses.push(
      (async () => {
        const [sizes, resp] = await Promise.all([req.sizes(), req.response()]);
        const gz = Number(resp?.headers()["x-gzip-size"] ?? NaN);
        const br = Number(resp?.headers()["x-br-size"] ?? NaN);
        return { url: req.url(), raw: sizes.responseBodySize, gz, br };
      })(),
    );
  });
  await page.addInitScript(initScript, { engine, hello: program("hello", engine) });
  await page.goto(url(server, engine));
  await page.waitForFunction(() => window.__bench?.firstOutputAt !== undefined, null, {
    timeout: 120_000,
  });
  await page.waitForLoadState("networkidle");
  const bench = await page.evaluate(() => window.__bench);
  const files = await Promise.all(responses);
  await context.close();
  return {
    readyMs: bench.readyAt,
    firstOutputMs: bench.firstOutputAt,
    output: bench.output,
    error: bench.error,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gz: files.reduce((n, f) => n + f.gz, 0),
    br: files.reduce((n, f) => n + f.br, 0),
    files,
  };
}

/** A page whose engine is ready, for the run-time measurements. */
async function warmPage(browser, server, engine) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(initScript, { engine, hello: program("hello", engine) });
  await page.goto(url(server, engine));
  await page.waitForFunction(() => window.__bench?.firstOutputAt !== undefined, null, {
    timeout: 120_000,
  });
  return page;
}

const rows = [];
const samples = {};

function line(kind, key, label, unit, baseline, ours, failure = "", note = "") {
  const num = (x) => (Number.isFinite(x) ? String(x) : "");
  const text = (s) => String(s).replace(/[\t\n|]+/g, " ");
  rows.push([kind, key, text(label), unit, num(baseline), num(ours), text(failure), text(note)].join("\t"));
}

const row = (...args) => line("row", ...args);

/** The pool program for `workers` workers. */
const poolProgram = (workers) =>
  program("pool", "ours").replace(/^WORKERS = 1$/m, `WORKERS = ${workers}`);

/** The pool program under CPython natively: { s, output } or { error }. */
function runCPython(src) {
  const file = path.join(path.dirname(TSV), "pool-cpython.py");
  fs.writeFileSync(file, src);
  try {
    const { output, marks } = split(execFileSync("python3", [file], { encoding: "utf8" }));
    return { s: marks.t, output };
  } catch (e) {
    return { error: String(e.stderr || e) };
  }
}

/** The process-pool rows: 1, 2 and 4 workers, ours against CPython natively. */
async function poolRows(page) {
  const times = { ours: {}, cpython: {} };
  let failure = "";
  for (const workers of [1, 2, 4]) {
    const src = poolProgram(workers);
    times.ours[workers] = [];
    times.cpython[workers] = [];
    for (let rep = 0; rep < REPS && !failure; rep++) {
      for (const engine of rep % 2 ? ["cpython", "ours"] : ["ours", "cpython"]) {
        const r = engine === "ours" ? await runOn(page, "ours", src) : runCPython(src);
        if (r.error) {
          failure = `fails under ${engine}: ${r.error.split("\n").filter(Boolean).pop()}`;
          break;
        }
        const { output, marks } = engine === "ours" ? split(r.stdout) : { output: r.output, marks: { t: r.s } };
        times[engine][workers].push({ s: marks.t, output });
        log(`pool ${workers} workers ${engine}: ${fmt(marks.t)} s`);
      }
    }
  }
  if (!failure && times.ours[1].some((r) => r.output !== times.cpython[1][0].output)) {
    failure = "output differs from CPython's";
  }
  samples.pool = times;
  const m = (engine, workers) => median(times[engine][workers].map((r) => r.s));
  const speedUp = (engine, workers) => m(engine, 1) / m(engine, workers);
  for (const workers of [1, 2, 4]) {
    line("pool", `pool_${workers}`, `4 CPU-bound jobs on ${workers} worker${workers > 1 ? "s" : ""}`, "s",
      m("cpython", workers), m("ours", workers), failure,
      workers === 1 ? "pool start-up included" :
        `speed-up over 1 worker: ${fmt(speedUp("cpython", workers), 2)}x / ${fmt(speedUp("ours", workers), 2)}x`);
  }
  for (const workers of [2, 4]) {
    line("pool", `pool_speedup_${workers}`, `speed-up, ${workers} workers over 1`, "x",
      speedUp("cpython", workers), speedUp("ours", workers), failure,
      "the machine's cores bound it");
  }
}

const fmt = (x, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : "-");

async function main() {
  const pyodideVersion = JSON.parse(fs.readFileSync(path.join(PYODIDE_DIR, "package.json"))).version;
  const server = await serve({ "/": DIST, "/pyodide/": PYODIDE_DIR, "/bench/": here });
  const browser = await launchBrowser();
  const chromium = browser.version();
  log(`Chromium ${chromium}, Pyodide ${pyodideVersion}, ${REPS} reps, serving ${DIST}`);
  try {
    // Cold starts, alternating engines.
    const cold = { ours: [], pyodide: [] };
    for (let rep = 0; rep < REPS; rep++) {
      for (const engine of rep % 2 ? [...ENGINES].reverse() : ENGINES) {
        const c = await coldStart(browser, server, engine);
        log(`cold start ${engine}: ready ${fmt(c.readyMs, 0)} ms, hello ${fmt(c.firstOutputMs, 0)} ms, ${c.gz} B gz`);
        cold[engine].push(c);
      }
    }
    samples.cold = cold;
    const med = (engine, f) => median(cold[engine].map(f));
    const helloOk = ENGINES.every((e) => cold[e].every((c) => !c.error && c.output === "hello\nworld\n"));
    const helloFailure = helloOk
      ? ""
      : `hello world failed: ${ENGINES.map((e) => cold[e].map((c) => c.error || JSON.stringify(c.output)).join(" | ")).join(" ; ")}`;
    const count = (e) => cold[e][0].files.length;
    row("download_raw", "page download (raw)", "KB", med("pyodide", (c) => c.raw / 1e3), med("ours", (c) => c.raw / 1e3), "",
      `${count("pyodide")} / ${count("ours")} responses`);
    row("download_gz", "page download (gzip)", "KB", med("pyodide", (c) => c.gz / 1e3), med("ours", (c) => c.gz / 1e3), "",
      "gzip -6 of each response");
    row("download_br", "page download (brotli)", "KB", med("pyodide", (c) => c.br / 1e3), med("ours", (c) => c.br / 1e3), "",
      "the .br copies our build serves; Pyodide's compressed alike");
    row("cold_start", "cold start (navigation to ready)", "ms", med("pyodide", (c) => c.readyMs), med("ours", (c) => c.readyMs), "",
      "fresh context, cache off");
    row("first_output", "hello world: navigation to output", "ms", med("pyodide", (c) => c.firstOutputMs), med("ours", (c) => c.firstOutputMs),
      helloFailure, `run alone: ${fmt(med("pyodide", (c) => c.firstOutputMs - c.readyMs), 0)} / ${fmt(med("ours", (c) => c.firstOutputMs - c.readyMs), 0)} ms`);

    // Run times on warm pages, alternating engines.
    const pages = {};
    for (const engine of ENGINES) pages[engine] = await warmPage(browser, server, engine);
    const programs = [
      ["gather", "gather example (sleeps 0.2/0.1/0.3)"],
      ["tasks_100k", "100,000 sleep(0) tasks, gathered"],
      ["sum_3m", "sum(i*i for i in range(3_000_000))"],
      ["fib_25", "fib(25)"],
      ["timers_1ms", "200 x sleep(0.001)"],
      ["timers_3ms", "200 x sleep(0.003)"],
    ];
    for (const [name, label] of programs) {
      const runs = { ours: [], pyodide: [] };
      let failure = "";
      for (let rep = 0; rep < REPS && !failure; rep++) {
        for (const engine of rep % 2 ? [...ENGINES].reverse() : ENGINES) {
          const r = await runOn(pages[engine], engine, program(name, engine));
          if (r.error) {
            failure = `fails under ${engine}: ${r.error.split("\n").filter(Boolean).pop()}`;
            break;
          }
          const { output, marks } = split(r.stdout);
          runs[engine].push({ ms: r.ms, output, ...marks });
          log(`${name} ${engine}: ${fmt(r.ms / 1e3)} s (in program ${fmt(marks.t)} s)`);
        }
      }
      if (!failure && runs.ours.some((r) => r.output !== runs.pyodide[0].output)) {
        failure = "output differs from Pyodide's";
      }
      samples[name] = runs;
      const m = (engine, f) => median(runs[engine].map(f));
      if (name.startsWith("timers_")) {
        // The programs' own totals: what the sleeps cost, without the call's overhead. A total
        // under the ideal (200 x the delay) means sleeps ended early.
        const ideal = 200 * Number(/timers_(\d+)ms/.exec(name)[1]) / 1e3;
        row(name, `${label}: total`, "s", m("pyodide", (r) => r.t), m("ours", (r) => r.t), failure,
          `ideal ${fmt(ideal)} s; shortest sleep ${fmt(m("pyodide", (r) => r.shortest * 1e3))} / ${fmt(m("ours", (r) => r.shortest * 1e3))} ms`);
        const worst = (engine) => Math.max(...runs[engine].map((r) => r.early));
        row(`${name}_early`, `${label}: sleeps that returned early`, "count", worst("pyodide"), worst("ours"), failure,
          "the worst run");
      } else {
        row(name, label, "s", m("pyodide", (r) => r.ms / 1e3), m("ours", (r) => r.ms / 1e3), failure,
          `in program ${fmt(m("pyodide", (r) => r.t))} / ${fmt(m("ours", (r) => r.t))} s`);
      }
    }

    await poolRows(pages.ours);
  } finally {
    await browser.close();
    await server.close();
  }
  const meta = [`meta\tpyodide\t${pyodideVersion}`, `meta\tchromium\t${chromium}`];
  fs.mkdirSync(path.dirname(TSV), { recursive: true });
  fs.writeFileSync(TSV, [...meta, ...rows].join("\n") + "\n");
  fs.writeFileSync(path.join(path.dirname(TSV), "browser-samples.json"), JSON.stringify(samples, null, 1));
}

await main();
