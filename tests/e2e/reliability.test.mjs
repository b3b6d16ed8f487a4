// Never freeze, never die: the playground runs each program in a Web Worker, so a program
// stuck where the interpreter cannot pause it (Python called from inside a builtin, one
// long native operation) still stops when asked, the page keeps painting meanwhile, and the
// next run works; a run whose interpreter dies says what happened and the next run works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, setCode } from "./support.mjs";

const site = useSite();

// Each program prints "started", then never returns from a call Python makes from Rust.
const STUCK = {
  "__repr__ via print": "class C:\n    def __repr__(self):\n        while True: pass\nprint('started')\nprint(C())\n",
  "__str__ via an f-string": "class C:\n    def __str__(self):\n        while True: pass\nprint('started')\nf'{C()}'\n",
  "__eq__ via `in`": "class C:\n    def __eq__(self, other):\n        while True: pass\nprint('started')\nC() in [C()]\n",
  "__hash__ via a dict key": "class C:\n    def __hash__(self):\n        while True: pass\nprint('started')\n{C(): 1}\n",
  "__lt__ via list.sort": "class C:\n    def __lt__(self, other):\n        while True: pass\nprint('started')\n[C(), C()].sort()\n",
  "__next__ via list()": "class C:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        while True: pass\nprint('started')\nlist(C())\n",
  "__getitem__": "class C:\n    def __getitem__(self, i):\n        while True: pass\nprint('started')\nC()[0]\n",
  "__len__": "class C:\n    def __len__(self):\n        while True: pass\nprint('started')\nlen(C())\n",
  "__add__": "class C:\n    def __add__(self, other):\n        while True: pass\nprint('started')\nC() + 1\n",
  "a property getter": "class C:\n    @property\n    def p(self):\n        while True: pass\nprint('started')\nC().p\n",
  "map()": "def f(x):\n    while True: pass\nprint('started')\nlist(map(f, [1]))\n",
  "json.dumps(default=)": "import json\ndef f(o):\n    while True: pass\nprint('started')\njson.dumps(object(), default=f)\n",
  "a dataclass's repr": "from dataclasses import dataclass\nclass C:\n    def __repr__(self):\n        while True: pass\n@dataclass\nclass D:\n    x: object\nprint('started')\nprint(D(C()))\n",
  "a huge power": "print('started')\nx = 10**10**8\n",
  "a task's step inside __eq__": "import asyncio\nclass C:\n    def __eq__(self, o):\n        while True: pass\nasync def main():\n    print('started')\n    C() in [C()]\nasyncio.run(main())\n",
};

// A buffer doubled in place until wasm32's address space cannot hold it: the interpreter
// itself fails (nothing checks an in-place extension against the memory left).
const EXHAUST = "print('filling')\nb = bytearray(2**28)\nwhile True:\n    b += b\n";

const status = (page) => page.locator("[data-testid=status]").textContent();

async function consoleLines(page) {
  return page.locator("[data-testid=console] .line .text").allInnerTexts();
}

async function runToEnd(page, code, timeout = 30000) {
  await setCode(page, code);
  await page.evaluate(() => document.querySelector("[data-testid=run]").click());
  await page.waitForFunction(
    () => !/running/.test(document.querySelector("[data-testid=status]")?.textContent ?? ""),
    null,
    { timeout },
  );
}

test("Stop ends a program stuck inside any call the interpreter makes from Rust, within 200 ms, and the next run works", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  const figures = [];
  for (const [where, code] of Object.entries(STUCK)) {
    await setCode(page, code);
    await page.evaluate(() => document.querySelector("[data-testid=run]").click());
    await page.waitForFunction(
      () => [...document.querySelectorAll("[data-testid=console] .line .text")].some((l) => l.textContent === "started"),
      null,
      { timeout: 20000 },
    );
    await page.waitForTimeout(200);
    assert.match(await status(page), /running/, where);
    // The page paints while the program spins.
    const frames = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let n = 0;
          const t0 = performance.now();
          const frame = () => (performance.now() - t0 < 300 ? (n++, requestAnimationFrame(frame)) : resolve(n));
          requestAnimationFrame(frame);
        }),
    );
    assert.ok(frames >= 5, `${where}: ${frames} frames painted in 300 ms`);
    // Stop, timed in the page: from the click to the status no longer saying "running".
    const took = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const t0 = performance.now();
          document.querySelector("[data-testid=stop]").click();
          const check = () =>
            /running/.test(document.querySelector("[data-testid=status]").textContent)
              ? setTimeout(check, 2)
              : resolve(performance.now() - t0);
          check();
        }),
    );
    figures.push(`${where}: ${took.toFixed(0)} ms`);
    assert.ok(took <= 200, `${where}: Stop took ${took.toFixed(0)} ms`);
    assert.match(await status(page), /130/, where);
    const lines = await consoleLines(page);
    assert.ok(lines.includes("started"), `${where}: ${lines.join("\n")}`);
    assert.ok(lines.includes("KeyboardInterrupt"), `${where}: ${lines.join("\n")}`);
    // The next run starts on a working interpreter.
    await runToEnd(page, `print('next after ${where.replace(/'/g, "")}')\n`);
    assert.match(await status(page), /^finished/, where);
    assert.deepEqual(await consoleLines(page), [`next after ${where.replace(/'/g, "")}`]);
  }
  console.log(figures.join("\n"));
  assert.deepEqual(errors, []);
});

test("a run whose interpreter dies says what happened, and the next run works", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForSelector("[data-testid=run]", { timeout: 20000 });
  await runToEnd(page, EXHAUST, 60000);
  const lines = await consoleLines(page);
  assert.ok(lines.includes("filling"), lines.join("\n"));
  assert.ok(lines.some((l) => /^MemoryError: /.test(l)), lines.join("\n"));
  assert.ok(lines.some((l) => /the next run starts on a fresh interpreter/.test(l)), lines.join("\n"));
  assert.match(await status(page), /status 1/);
  await runToEnd(page, "import asyncio\nasync def main():\n    await asyncio.sleep(0.1)\n    print('alive')\nasyncio.run(main())\n");
  assert.deepEqual(await consoleLines(page), ["alive"]);
  assert.deepEqual(errors, []);
});

test("window.loopscope.run settles for a stuck or dying program too", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => window.loopscope?.run, null, { timeout: 20000 });
  const result = await page.evaluate((code) => window.loopscope.run(code, {}), EXHAUST);
  assert.equal(result.exitCode, 1);
  assert.match(result.stderr, /^MemoryError: /m);
  const next = await page.evaluate(() => window.loopscope.run("print(6 * 7)\n", {}));
  assert.equal(next.stdout, "42\n");
  assert.deepEqual(errors, []);
});

test("a big allocation the page's memory cannot hold raises MemoryError the program can catch", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => window.loopscope?.run, null, { timeout: 20000 });
  const code = [
    "held = []",
    "try:",
    "    while True:",
    "        held.append(bytearray(2**30 - 4096))",
    "except MemoryError as e:",
    "    print('MemoryError after', len(held), 'buffers', repr(e))",
    "held.clear()",
    "print(len(bytes(10**6)))",
    "",
  ].join("\n");
  const result = await page.evaluate((code) => window.loopscope.run(code, {}), code);
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(result.stdout, /^MemoryError after [1-3] buffers MemoryError\(\)\n1000000\n$/);
  assert.deepEqual(errors, []);
});

test("memory comes back: the cycle collector frees cycles within a run and across runs", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => window.loopscope?.run, null, { timeout: 20000 });
  // Each round leaves 10,000 objects that refer to themselves (about 6 MB) and a failing
  // TaskGroup's tasks and exceptions behind: garbage reference counting never frees.
  // Without a collector one run grows the interpreter by about 150 MB.
  const code = [
    "import asyncio",
    "class Node:",
    "    def __init__(self):",
    "        self.me = self",
    "        self.payload = [0] * 50",
    "async def fail(i):",
    "    raise ValueError(i)",
    "async def main():",
    "    try:",
    "        async with asyncio.TaskGroup() as tg:",
    "            for i in range(200):",
    "                tg.create_task(fail(i))",
    "    except ExceptionGroup as eg:",
    "        return len(eg.exceptions)",
    "for round in range(25):",
    "    nodes = [Node() for _ in range(10_000)]",
    "    del nodes",
    "    failed = asyncio.run(main())",
    "print(failed)",
    "",
  ].join("\n");
  const runs = Number(process.env.LOOPSCOPE_SOAK_RUNS || 40);
  const figures = await page.evaluate(
    async ({ code, runs }) => {
      const memory = [];
      for (let i = 0; i < runs; i++) {
        const r = await window.loopscope.run(code, {});
        if (r.stdout !== "200\n") throw new Error(`run ${i}: ${r.stdout} ${r.stderr}`);
        memory.push(r.memory);
      }
      return memory;
    },
    { code, runs },
  );
  const mb = figures.map((b) => b / 2 ** 20);
  const peak = Math.max(...mb);
  const drops = mb.filter((m, i) => i > 0 && m < mb[i - 1]).length;
  console.log(`${runs} runs: interpreter memory first ${mb[0].toFixed(0)} MB, peak ${peak.toFixed(0)} MB, last ${mb.at(-1).toFixed(0)} MB, replaced ${drops} times`);
  // Without the collector one run leaves about 150 MB of cycles and a worker is replaced
  // after every run or two. With it a run leaves nothing: classes and modules are
  // collected too (measured on 2026-12-07: 70 MB after the first run and after the 40th
  // on one machine, 65 MB after the first and 70 MB from the next few on a fresh one;
  // before classes were tracked, 0.3 MB more a run). The wasm grows in 64 KB pages and
  // never shrinks, and the first runs settle its allocator's heap: the bound is a few MB
  // past the most the first five runs took.
  assert.ok(mb[0] <= 128, `first run ${mb[0]} MB`);
  const settled = Math.max(...mb.slice(0, 5));
  assert.ok(peak <= settled + 4, `grew from ${settled} MB (first five runs) to ${peak} MB in ${runs} runs`);
  assert.equal(drops, 0, "the interpreter was replaced");
  assert.deepEqual(errors, []);
});

// Chains CPython compiles (up to 3,000 levels of statement and expression nesting), each
// one link short of the limit at a script's top level; the parser, the compiler and
// dropping the trees walk them in loops, so none of them can exhaust the browser's stack.
const DEEP = {
  "binary operators": ["x = 1" + " + 1".repeat(2998) + "\nprint(x)\n", "2999"],
  "attributes": ["class A: pass\na = A()\na.a = a\nprint(a" + ".a".repeat(2996) + " is a)\n", "True"],
  "calls": ["def f(): return f\nprint(f" + "()".repeat(2996) + " is f)\n", "True"],
  "method calls": ["class A:\n    def m(self): return self\na = A()\nprint(a" + ".m()".repeat(1498) + " is a)\n", "True"],
  "subscripts": ["a = []\na.append(a)\nprint(a" + "[0]".repeat(2996) + " is a)\n", "True"],
  "elifs": ["c = 0\nif c: pass\n" + "elif c: pass\n".repeat(2996) + "else: print('else')\n", "else"],
  "a deep chain in a function, run again": ["def g(x):\n    return x" + " + x".repeat(2990) + "\nprint(g(1), g(2))\n", "2991 5982"],
  "eval": ["print(eval('1' + ' + 1' * 2990))\n", "2991"],
  "99 nested blocks": [Array.from({ length: 99 }, (_, i) => "    ".repeat(i) + "if 1:\n").join("") + "    ".repeat(99) + "print('in')\n", "in"],
  "and": ["print(1" + " and 1".repeat(100000) + ")\n", "1"],
  "comparisons": ["print(1" + " < 2".repeat(100000) + ")\n", "False"],
  // Ruff's parser recurses per link of these (natively it grows its stack; wasm cannot),
  // so in the page they go about as deep as the browser's stack lets the parser go.
  "unary operators (parser-bound)": ["print(" + "-".repeat(600) + "7)\n", "7"],
  "conditional expressions (parser-bound)": ["c = 0\nprint(" + "c if c else ".repeat(600) + "'end')\n", "end"],
  "powers (parser-bound)": ["print(" + "1 ** ".repeat(600) + "2)\n", "1"],
};

test("deep chains CPython compiles run in the page, deeper ones raise RecursionError, and the next run works", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.waitForFunction(() => window.loopscope?.run, null, { timeout: 20000 });
  const run = (code) => page.evaluate((code) => window.loopscope.run(code, {}), code);
  for (const [shape, [code, expected]] of Object.entries(DEEP)) {
    const result = await run(code);
    assert.equal(result.stdout, `${expected}\n`, `${shape}: ${result.stderr}`);
    assert.equal(result.exitCode, 0, shape);
  }
  for (const code of [
    "x = 1" + " + 1".repeat(2999) + "\n",
    "x = 1" + " + 1".repeat(200000) + "\n",
    "x = a" + ".a".repeat(200000) + "\n",
    "x = f" + "()".repeat(200000) + "\n",
    "exec('x = 1' + ' + 1' * 100000)\n",
  ]) {
    const result = await run(code);
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /^RecursionError: maximum recursion depth exceeded during compilation$/m);
    assert.doesNotMatch(result.stderr, /fresh interpreter/);
  }
  // A 100th level of indentation is refused by the tokenizer, as CPython's is.
  const blocks = await run(Array.from({ length: 100 }, (_, i) => "    ".repeat(i) + "if 1:\n").join("") + "    ".repeat(100) + "pass\n");
  assert.match(blocks.stderr, /^IndentationError: too many levels of indentation$/m);
  // A `raise ... from` chain thousands long prints, and is freed, without deep recursion.
  const chain = await run(
    "e = None\nfor i in range(5000):\n    try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\nraise e\n",
  );
  assert.match(chain.stderr, /ValueError: 4999\n$/);
  assert.doesNotMatch(chain.stderr, /fresh interpreter/);
  assert.equal((await run("print(6 * 7)\n")).stdout, "42\n");
  assert.deepEqual(errors, []);
});
