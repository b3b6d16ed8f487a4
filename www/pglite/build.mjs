// Assembles the page's database folder, www/pglite/dist/ (a build product: gitignored),
// which Trunk copies to dist/pglite/: the worker and its session logic, the sample data,
// and PGlite's own files from node_modules (its ES modules, pglite.wasm, pglite.data and
// initdb) in pglite/. Nothing here loads with the page: db-worker.js starts on a
// program's first database connection. Trunk runs this as a pre_build hook (Trunk.toml).
import { copyFileSync, mkdirSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const pglite = path.join(here, "..", "..", "node_modules", "@electric-sql", "pglite", "dist");
if (!existsSync(pglite)) {
  console.error("www/pglite/build.mjs: @electric-sql/pglite is missing; run `npm ci` (or any `cargo xtask` command) first.");
  process.exit(1);
}
const out = path.join(here, "dist");
mkdirSync(path.join(out, "pglite"), { recursive: true });
for (const file of ["db-worker.js", "session.js", "sample.sql"]) {
  copyFileSync(path.join(here, file), path.join(out, file));
}
// The ES modules and the wasm and data files; not the source maps, the CommonJS build or
// the extensions' tarballs (no program here loads an extension).
for (const file of readdirSync(pglite)) {
  if (/^(index|initdb|pglite)\.js$|^chunk-.*\.js$|\.(wasm|data)$/.test(file)) {
    copyFileSync(path.join(pglite, file), path.join(out, "pglite", file));
  }
}
copyFileSync(path.join(pglite, "..", "LICENSE"), path.join(out, "pglite", "LICENSE"));
