// Writes a brotli (`NAME.br`) and a gzip (`NAME.gz`) copy beside every compressible file of
// a built site, so any static host (and `cargo xtask serve`) can send them with
// `Content-Encoding` instead of compressing on every request. Trunk runs this as a
// post_build hook (Trunk.toml) on its staging folder; `cargo xtask pkg` runs it on pkg/.
//
//   node www/compress.mjs [FOLDER]    (default: $TRUNK_STAGING_DIR)
//
// Brotli at its best quality is slow on the 3 MB wasm (several seconds) but runs once per
// build; files over 4 MB (PGlite's wasm and data, loaded only by programs that use the
// database) get quality 9, which takes seconds where 11 takes most of a minute; gzip at
// level 9. A copy that does not save at least 5% is not written.
import { readdirSync, readFileSync, writeFileSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const COMPRESSIBLE = new Set([".wasm", ".js", ".mjs", ".css", ".html", ".json", ".svg", ".txt", ".py", ".data", ".sql"]);
const BIG_BYTES = 4 * 1024 * 1024;
const MIN_BYTES = 1024;

const root = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!root) {
  console.error("www/compress.mjs: give a folder, or run it as Trunk's post_build hook");
  process.exit(2);
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

let raw = 0;
let br = 0;
let gz = 0;
for (const file of [...files(root)]) {
  if (!COMPRESSIBLE.has(path.extname(file))) continue;
  const body = readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  const copies = {
    ".br": zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: body.length > BIG_BYTES ? 9 : zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    ".gz": zlib.gzipSync(body, { level: 9 }),
  };
  raw += body.length;
  for (const [ext, packed] of Object.entries(copies)) {
    const out = file + ext;
    if (packed.length > body.length * 0.95) {
      // A stale copy from an earlier build would be served in place of the new file.
      if (statSync(out, { throwIfNoEntry: false })) unlinkSync(out);
      continue;
    }
    writeFileSync(out, packed);
    if (ext === ".br") br += packed.length;
    else gz += packed.length;
  }
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`compressed ${kb(raw)} of ${path.basename(root)}: brotli ${kb(br)}, gzip ${kb(gz)}`);
