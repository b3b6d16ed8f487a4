// Bundles www/editor/editor.js and its CodeMirror packages into one minified script,
// www/editor/dist/loopscope-editor.js (a build product: gitignored). Trunk runs this as a
// pre_build hook (Trunk.toml); it needs `npm ci` first, which `cargo xtask` does.
//
// The bundled packages' license notices go at the end of the bundle, one copy of each
// distinct text with the packages it covers, as their licenses ask.
//
//   node www/editor/build.mjs            build the bundle
//   node www/editor/build.mjs --sizes    build it and print its raw and gzipped size
import { gzipSync } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const { build } = await import("esbuild").catch(() => {
  console.error("www/editor/build.mjs: esbuild is missing; run `npm ci` (or any `cargo xtask` command) first.");
  process.exit(1);
});

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, "dist", "loopscope-editor.js");

const result = await build({
  entryPoints: [path.join(here, "editor.js")],
  bundle: true,
  format: "iife",
  minify: true,
  target: ["es2020"],
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
  write: false,
  outfile,
});

/** The npm packages whose code ended up in the bundle, as their folders. */
function bundledPackages(metafile) {
  const dirs = new Set();
  for (const [input, info] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    if (info.bytesInOutput === 0) continue;
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  return [...dirs].sort();
}

/** Notices grouped by identical license text: "pkg@version, ..." then the text. */
function licenseNotices(dirs) {
  const byText = new Map();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"].map((f) => path.join(dir, f)).find(existsSync);
    const text = file ? readFileSync(file, "utf8").trim() : `License: ${pkg.license}`;
    if (!byText.has(text)) byText.set(text, []);
    byText.get(text).push(`${pkg.name}@${pkg.version}`);
  }
  const parts = [...byText].map(([text, names]) => `${names.join(", ")}\n\n${text}`);
  return `\n/*! Bundled packages and their licenses:\n\n${parts.join("\n\n----\n\n").replaceAll("*/", "* /")}\n*/\n`;
}

const code = result.outputFiles[0].text + licenseNotices(bundledPackages(result.metafile));
mkdirSync(path.dirname(outfile), { recursive: true });
// An unchanged bundle keeps its timestamp, so file watchers see nothing new.
if (!existsSync(outfile) || readFileSync(outfile, "utf8") !== code) writeFileSync(outfile, code);

if (process.argv.includes("--sizes")) {
  const bytes = Buffer.from(code);
  console.log(`${path.relative(process.cwd(), outfile)}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
}
