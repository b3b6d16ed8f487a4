// Python sources fetched on first import (crates/web/src/bundles.rs): the default page
// carries none of the bundled modules (SQLAlchemy, asyncpg, the HTTP clients, decimal,
// datetime, logging, uuid, base64, and the rest of the standard library that `import
// asyncio` does not load); a program that imports one gets it downloaded before
// its run starts, once per page; an import made at run time downloads it then; a
// download that fails is an ImportError, not a dead page; and every standard-library,
// pydantic and ASGI conformance program prints CPython's output in the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { useSite, openPage } from "./support.mjs";

const site = useSite();
const conformance = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "conformance");

async function ready(page) {
  await page.waitForFunction(() => window.loopscope?.run, null, { timeout: 20000 });
}

const bundlesIn = (urls) => urls.filter((u) => u.includes("/python/")).map((u) => new URL(u).pathname.split("/").pop());

test("the default page downloads no bundle; a program's imports download theirs once", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  await ready(page);
  let r = await page.evaluate(() => window.loopscope.run("import asyncio\nasyncio.run(asyncio.sleep(0))\nprint('hi')\n", {}));
  assert.equal(r.stdout, "hi\n");
  assert.deepEqual(bundlesIn(fetched), []);

  const program = "from decimal import Decimal\nimport datetime\nprint(Decimal('1.10') + Decimal('2.205'), datetime.date(2024, 2, 29) + datetime.timedelta(days=1))\n";
  r = await page.evaluate((s) => window.loopscope.run(s, {}), program);
  assert.equal(r.stdout, "3.305 2024-03-01\n", r.stderr);
  const first = bundlesIn(fetched);
  assert.ok(first.includes("datetime.txt") && first.includes("decimal.txt"), first.join(", "));
  assert.ok(!first.includes("sqlalchemy.txt"), first.join(", "));
  // The second run finds them in the page.
  r = await page.evaluate((s) => window.loopscope.run(s, {}), program);
  assert.equal(r.stdout, "3.305 2024-03-01\n", r.stderr);
  assert.equal(bundlesIn(fetched).length, first.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test("SQLAlchemy's bundle brings what it imports in turn, with a note while it loads", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  // A slow network: every bundle takes 400 ms.
  await page.route("**/python/*", async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  await ready(page);
  await page.evaluate(() => {
    window.noteSeen = "";
    new MutationObserver(() => {
      const box = document.getElementById("bundle-status");
      if (box) window.noteSeen = box.textContent;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const r = await page.evaluate(() =>
    window.loopscope.run("from sqlalchemy import select, column, table\nprint(select(column('id')).select_from(table('users')))\n", {}),
  );
  assert.equal(r.stdout, "SELECT id \nFROM users\n", r.stderr);
  const got = bundlesIn(fetched);
  assert.ok(got.includes("sqlalchemy.txt") && got.includes("asyncpg.txt") && got.includes("logging.txt"), got.join(", "));
  assert.match(await page.evaluate(() => window.noteSeen), /Loading sqlalchemy/);
  assert.equal(await page.locator("#bundle-status").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a \\N{...} escape downloads CPython's Unicode names first; compile() at run time fetches them then", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  await ready(page);
  let r = await page.evaluate(() => window.loopscope.run("print('\\N{BULLET} \\N{snake} \\N{HANGUL SYLLABLE GA} \\N{CJK UNIFIED IDEOGRAPH-4E00}')\n", {}));
  assert.equal(r.stdout, "\u2022 \u{1F40D} \uAC00 \u4E00\n", r.stderr);
  assert.deepEqual(bundlesIn(fetched), ["unicode-names.txt"]);
  r = await page.evaluate(() => window.loopscope.run("print('\\N{NO SUCH NAME}')\n", {}));
  assert.match(r.stderr, /SyntaxError/);
  await page.close();

  const second = await openPage(site.browser, site.server.url);
  await ready(second.page);
  const r2 = await second.page.evaluate(() =>
    window.loopscope.run("src = 'print(\"' + chr(92) + 'N{EM DASH}\")'\nexec(compile(src, 'x', 'exec'))\n", {}),
  );
  assert.equal(r2.stdout, "\u2014\n", r2.stderr);
  assert.deepEqual([...errors, ...second.errors], []);
  await second.page.close();
});

test("a non-ASCII name downloads the NFKC data first and folds as CPython does", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  await ready(page);
  let r = await page.evaluate(() => window.loopscope.run("print('café')  # naïve\n", {}));
  assert.equal(r.stdout, "café\n", r.stderr);
  assert.deepEqual(bundlesIn(fetched), []);
  r = await page.evaluate(() => window.loopscope.run("\ufb01le = 3\nprint(file, 'ℌ' == 'H')\nπ = 3.14\nprint(π)\n", {}));
  assert.equal(r.stdout, "3 False\n3.14\n", r.stderr);
  assert.deepEqual(bundlesIn(fetched), ["unicode-nfkc.txt"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an import made at run time downloads its bundle then; a failed download is an ImportError", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await page.route("**/python/uuid.txt*", (route) => route.fulfill({ status: 404, body: "" }));
  await ready(page);
  let r = await page.evaluate(() =>
    window.loopscope.run("name = 'log' + 'ging'\nm = __import__(name)\nprint(m.getLevelName(20))\n", {}),
  );
  assert.equal(r.stdout, "INFO\n", r.stderr);
  r = await page.evaluate(() => window.loopscope.run("import uuid\n", {}));
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr.trimEnd().split("\n").at(-1), /^ImportError: cannot load module 'uuid' \(bundle 'uuid'\): HTTP 404 for .*python\/uuid\.txt/);
  // The page lives on.
  r = await page.evaluate(() => window.loopscope.run("print(1 + 1)\n", {}));
  assert.equal(r.stdout, "2\n");
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await page.close();
});

test("asyncio comes compiled without its source; a traceback through it downloads the source and shows its lines", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  await ready(page);
  let r = await page.evaluate(() => window.loopscope.run("import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    print('ok')\nasyncio.run(main())\n", {}));
  assert.equal(r.stdout, "ok\n", r.stderr);
  assert.deepEqual(bundlesIn(fetched), []);
  const program = "import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n    raise ValueError('boom')\n\nasyncio.run(main())\n";
  r = await page.evaluate((s) => window.loopscope.run(s, {}), program);
  assert.equal(r.exitCode, 1);
  assert.deepEqual(bundlesIn(fetched), ["asyncio-source.txt"]);
  // Each frame in asyncio shows its line, as the module's file has it.
  const lines = r.stderr.split("\n");
  const aio = path.join(conformance, "..", "..", "crates", "aio", "src", "asyncio");
  let frozen = 0;
  lines.forEach((line, i) => {
    const m = line.match(/^  File "<frozen asyncio\.(\w+)>", line (\d+), in /);
    if (!m) return;
    const text = readFileSync(path.join(aio, `${m[1]}.py`), "utf8").split("\n")[Number(m[2]) - 1].trim();
    assert.equal(lines[i + 1], `    ${text}`, r.stderr);
    frozen += 1;
  });
  assert.ok(frozen >= 2, r.stderr);
  assert.equal(lines.at(-2), "ValueError: boom");
  // Once per page.
  r = await page.evaluate((s) => window.loopscope.run(s, {}), program);
  assert.equal(r.exitCode, 1);
  assert.deepEqual(bundlesIn(fetched), ["asyncio-source.txt"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a program in asyncio's debug mode downloads asyncio's source first: its stacks show their lines", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  await ready(page);
  const program = "import asyncio\nasync def main():\n    for f in asyncio.current_task()._source_traceback:\n        print(f)\nasyncio.run(main(), debug=True)\n";
  const r = await page.evaluate((s) => window.loopscope.run(s, {}), program);
  assert.equal(r.exitCode, 0, r.stderr);
  // Before the run (debug mode then imports more of the standard library).
  assert.equal(bundlesIn(fetched)[0], "asyncio-source.txt");
  const aio = path.join(conformance, "..", "..", "crates", "aio", "src", "asyncio");
  const frames = r.stdout.trimEnd().split("\n");
  assert.ok(frames.length >= 2, r.stdout);
  for (const frame of frames.slice(1)) {
    const m = frame.match(/^\('<frozen asyncio\.(\w+)>', (\d+), '\w+', (.*)\)$/);
    assert.ok(m, frame);
    const text = readFileSync(path.join(aio, `${m[1]}.py`), "utf8").split("\n")[Number(m[2]) - 1].trim();
    assert.equal(m[3], JSON.stringify(text).replace(/^"|"$/g, "'"), frame);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("every standard-library, pydantic and ASGI conformance program prints CPython's output with its modules downloaded", async () => {
  const { page, errors } = await openPage(site.browser, site.server.url);
  await ready(page);
  const failures = [];
  let ran = 0;
  for (const area of ["stdlib", "pydantic", "asgi"]) {
    const dir = path.join(conformance, area);
    const skipFile = path.join(dir, "SKIP");
    const skip = existsSync(skipFile) ? readFileSync(skipFile, "utf8").split("\n").map((l) => l.split(/\s/)[0]) : [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
      const source = readFileSync(path.join(dir, file), "utf8");
      // crates/web/tests/corpus.rs's DIFFER_IN_THE_PAGE: fdlibm's cosh in wasm, one ulp off.
      if (skip.includes(file) || file === "005_math_trig.py") continue;
      const want = readFileSync(path.join(dir, file.replace(/\.py$/, ".exp")), "utf8");
      const errFile = path.join(dir, file.replace(/\.py$/, ".err"));
      const r = await page.evaluate((s) => window.loopscope.run(s, {}), source);
      ran++;
      if (r.stdout !== want) {
        failures.push(`${area}/${file}: stdout\n--- want\n${want}--- got\n${r.stdout}--- stderr\n${r.stderr.slice(-600)}`);
      } else if (existsSync(errFile)) {
        const last = r.stderr.trimEnd().split("\n").at(-1).trim();
        const wantErr = readFileSync(errFile, "utf8").trim();
        if (last !== wantErr) failures.push(`${area}/${file}: last stderr line ${JSON.stringify(last)}, want ${JSON.stringify(wantErr)}`);
      }
    }
  }
  assert.ok(ran >= 170, `only ${ran} programs ran`);
  assert.deepEqual(failures, []);
  assert.deepEqual(errors, []);
  await page.close();
});
