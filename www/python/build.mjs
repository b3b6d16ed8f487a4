// Writes the page's bundles of Python sources, www/python/dist/NAME.txt (a build product:
// gitignored), which Trunk copies to dist/python/. The site's wasm is built without these
// modules (the `fetch-bundles` feature) and downloads a bundle the first time a program
// imports one of its modules (crates/web/src/bundles.rs).
//
// The modules are those the crates list with `bundled!("BUNDLE", "MODULE", "FILE.py")`
// (crates/stdlib/src/lib.rs, crates/aio/src/modules.rs), FILE relative to the Rust file
// that names it. A bundle file is, for each module, a NUL, the module's name, a newline
// and its source. Beside them, the Unicode data of the python3 on this machine that the
// parser needs for some sources: unicode-names.txt (crates/unicode-names/names.py) for
// `\N{...}` escapes, unicode-nfkc.txt (crates/unicode-normalization/data.py) for
// non-ASCII identifiers. Trunk runs this as a pre_build hook (Trunk.toml).
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const crates = path.join(here, "..", "..", "crates");
const CALL = /bundled!\(\s*"([^"]+)",\s*"([^"]+)",\s*"([^"]+)",?\s*\)/g;

function* rustFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* rustFiles(full);
    else if (entry.name.endsWith(".rs")) yield full;
  }
}

const bundles = new Map();
for (const crate of readdirSync(crates)) {
  for (const file of rustFiles(path.join(crates, crate, "src"))) {
    for (const [, bundle, module, source] of readFileSync(file, "utf8").matchAll(CALL)) {
      const text = readFileSync(path.join(path.dirname(file), source), "utf8");
      if (text.includes("\0")) throw new Error(`${source} holds a NUL byte`);
      if (!bundles.has(bundle)) bundles.set(bundle, []);
      bundles.get(bundle).push(`\0${module}\n${text}`);
    }
  }
}
if (bundles.size === 0) {
  console.error("www/python/build.mjs: found no bundled! modules under crates/");
  process.exit(1);
}
const out = path.join(here, "dist");
for (const entry of readdirSync(out)) {
  if (entry.endsWith(".txt")) rmSync(path.join(out, entry));
}
mkdirSync(out, { recursive: true });
for (const [bundle, parts] of bundles) {
  writeFileSync(path.join(out, `${bundle}.txt`), parts.join(""));
}
const python = (script) => execFileSync(process.env.PYTHON || "python3", [script], { maxBuffer: 16 * 1024 * 1024 });
writeFileSync(path.join(out, "unicode-names.txt"), python(path.join(crates, "unicode-names", "names.py")));
writeFileSync(path.join(out, "unicode-nfkc.txt"), python(path.join(crates, "unicode-normalization", "data.py")));
console.log(`www/python/build.mjs: ${bundles.size} bundles (${[...bundles.keys()].join(", ")})`);
