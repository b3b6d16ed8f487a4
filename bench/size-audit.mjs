// What the page's wasm is made of (issue 17's size table): code bytes per crate (and per
// top module of our own crates), from the function names in a build that keeps them,
// and the data section split into our Python sources, the gallery, Unicode names and the
// rest. Sizes are before wasm-opt (which shrinks code by roughly a tenth) and raw; the
// brotli column compresses each group's bytes alone, so it is an estimate.
//
//   cargo build -p loopscope-app --target wasm32-unknown-unknown --profile wasm-release --features fetch-bundles
//   node bench/size-audit.mjs [target/wasm32-unknown-unknown/wasm-release/loopscope-app.wasm]
import { readFileSync } from "node:fs";
import zlib from "node:zlib";

const file = process.argv[2] || "target/wasm32-unknown-unknown/wasm-release/loopscope-app.wasm";
const wasm = readFileSync(file);
let at = 8;
const leb = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = wasm[at++];
    value += (byte & 127) * 2 ** shift;
    if (!(byte & 128)) return value;
  }
};
const name = () => {
  const n = leb();
  const s = wasm.subarray(at, at + n).toString();
  at += n;
  return s;
};

let imported = 0;
const bodies = [];
const names = new Map();
const data = [];
while (at < wasm.length) {
  const id = wasm[at++];
  const len = leb();
  const end = at + len;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name();
      name();
      const kind = wasm[at++];
      if (kind === 0) {
        leb();
        imported++;
      } else if (kind === 1) {
        at++;
        if (wasm[at++] & 1) leb();
        leb();
      } else if (kind === 2) {
        if (wasm[at++] & 1) leb();
        leb();
      } else if (kind === 3) at += 2;
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const size = leb();
      bodies.push(wasm.subarray(at, at + size));
      at += size;
    }
  } else if (id === 11) {
    data.push(wasm.subarray(at, end));
  } else if (id === 0 && name() === "name") {
    while (at < end) {
      const sub = wasm[at++];
      const subLength = leb();
      const subEnd = at + subLength;
      if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), name());
      at = subEnd;
    }
  }
  at = end;
}
if (names.size === 0) {
  console.error(`${file} has no name section: build it with cargo as above (Trunk's wasm-opt strips names)`);
  process.exit(1);
}

const OURS = /^loopscope_(python|stdlib|aio|web|app)$/;
// The crate (and for ours, the top module) a mangled name belongs to; a generic
// instantiation from core or alloc counts for the crate of its first type argument.
function owner(symbol) {
  const parts = [];
  const legacy = symbol.match(/^_ZN(.*)E$/);
  if (legacy) {
    let rest = legacy[1];
    while (/^\d/.test(rest)) {
      const len = parseInt(rest, 10);
      rest = rest.slice(String(len).length);
      parts.push(rest.slice(0, len));
      rest = rest.slice(len);
    }
  } else {
    const v0 = symbol.match(/^_R.*?C[sa-zA-Z0-9]*?_(\d+)([a-z_0-9]+)/);
    if (v0) parts.push(v0[2].slice(0, +v0[1]));
  }
  if (parts.length === 0) return "(other)";
  let crate = parts[0];
  if (/^(core|alloc|std)$/.test(crate)) {
    const inner = symbol.match(/\$LT\$(?:\$RF\$|mut\$u20\$)?([a-z_][a-z_0-9]*)\.\./);
    if (inner) crate = inner[1];
  }
  return OURS.test(crate) && parts[1] && !parts[1].startsWith("$") && parts[0] === crate ? `${crate}::${parts[1]}` : crate;
}

const brotli = (buffers) =>
  zlib.brotliCompressSync(Buffer.concat(buffers), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }).length;

const groups = new Map();
bodies.forEach((body, i) => {
  const key = owner(names.get(i + imported) || "");
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(body);
});
const crates = new Map();
for (const [key, list] of groups) {
  const crate = key.split("::")[0];
  if (!crates.has(crate)) crates.set(crate, []);
  crates.get(crate).push(...list);
}
const size = (list) => list.reduce((n, b) => n + b.length, 0);
const codeBytes = size(bodies);
const row = (label, list) => `| ${label} | ${size(list).toLocaleString("en")} | ${brotli(list).toLocaleString("en")} |`;

console.log(`${file}: ${wasm.length.toLocaleString("en")} bytes, code ${codeBytes.toLocaleString("en")}, data ${size(data).toLocaleString("en")}\n`);
console.log("| code of | bytes | brotli alone |\n|---|---:|---:|");
const sorted = [...crates].sort((a, b) => size(b[1]) - size(a[1]));
let others = [];
for (const [crate, list] of sorted) {
  if (size(list) < codeBytes * 0.01) others.push(...list);
  else console.log(row(crate, list));
}
console.log(row("everything under 1 % each", others));
console.log("\n| our module | bytes | brotli alone |\n|---|---:|---:|");
const modules = [...groups].filter(([k]) => k.includes("::")).sort((a, b) => size(b[1]) - size(a[1]));
for (const [key, list] of modules.slice(0, 25)) console.log(row(key, list));

// The data section: printable runs that are our Python sources, the gallery, Unicode
// names, other text, and the rest (tables, numbers, non-ASCII text).
const all = Buffer.concat(data);
const kinds = { "Python sources": [], "gallery (programs, outputs, lessons)": [], "Unicode character names": [], "other text (≥ 64 printable bytes)": [], "binary and short strings": [] };
let i = 0;
let binStart = 0;
const printable = (c) => (c >= 32 && c < 127) || c === 10 || c === 9;
while (i < all.length) {
  let j = i;
  while (j < all.length && printable(all[j])) j++;
  if (j - i >= 64) {
    kinds["binary and short strings"].push(all.subarray(binStart, i));
    const run = all.subarray(i, j);
    const text = run.toString();
    const kind = /BOXDRAWINGS|LATINSMALLLETTER|CJKCOMPATIBILITY/.test(text)
      ? "Unicode character names"
      : /gallery|"lesson"|examples\//.test(text.slice(0, 2000)) || /\nimport asyncio\n[\s\S]*\nasyncio\.run\(main\(\)\)\n/.test(text) && text.includes("gallery")
        ? "gallery (programs, outputs, lessons)"
        : /\ndef |\nclass |^# /m.test(text) && run.length > 2000
          ? "Python sources"
          : "other text (≥ 64 printable bytes)";
    kinds[kind].push(run);
    binStart = j;
    i = j;
  } else i = j + 1;
}
kinds["binary and short strings"].push(all.subarray(binStart));
console.log("\n| data | bytes | brotli alone |\n|---|---:|---:|");
for (const [kind, list] of Object.entries(kinds)) console.log(row(kind, list));
