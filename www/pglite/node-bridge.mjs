// Loopscope's database for `loopscope run` (crates/cli/src/sockets.rs): the same PGlite and
// the same session rules as the page (session.js), in a Node process that the runner
// starts on a program's first connection to localhost:5432 and ends with the run.
//
// LOOPSCOPE_PGLITE_DEBUG=1 logs every frame to stderr.
//
// Frames both ways are [kind: 1 byte][connection: u32][length: u32][bytes]. In: 'o' open,
// 's' send, 'c' close. Out: 'R' ready (PGlite has started; sent once, connection 0),
// 'C' connected, 'D' data, 'E' end of stream, 'F' failed (the bytes are the reason, UTF-8).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Sessions } from "./session.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");

function frame(kind, conn, bytes = new Uint8Array(0)) {
  if (process.env.LOOPSCOPE_PGLITE_DEBUG) console.error("bridge out", kind, conn, bytes.length, Buffer.from(bytes).toString("latin1").replace(/[^ -~]/g, "."));
  const out = Buffer.alloc(9 + bytes.length);
  out[0] = kind.charCodeAt(0);
  out.writeUInt32BE(conn, 1);
  out.writeUInt32BE(bytes.length, 5);
  out.set(bytes, 9);
  process.stdout.write(out);
}

let sessions = null;
let ready = null;

async function start() {
  const { PGlite } = await import(path.join(root, "node_modules/@electric-sql/pglite/dist/index.js"));
  const pg = await PGlite.create();
  sessions = new Sessions(pg, (conn, event) => {
    if (event.kind === "data") frame("D", conn, event.bytes);
    else if (event.kind === "eof") frame("E", conn);
  });
  await sessions.reset(readFileSync(path.join(here, "sample.sql"), "utf8"));
  frame("R", 0);
}

let chain = Promise.resolve();
let pending = Buffer.alloc(0);

function handle(kind, conn, bytes) {
  if (process.env.LOOPSCOPE_PGLITE_DEBUG) console.error("bridge in", kind, conn, bytes.length);
  chain = chain.then(async () => {
    ready ??= start();
    try {
      await ready;
    } catch (error) {
      frame("F", conn, new TextEncoder().encode(`the database failed to start: ${error.message || error}`));
      return;
    }
    if (kind === "o") {
      sessions.open(conn);
      frame("C", conn);
    } else if (kind === "s") {
      sessions.send(conn, new Uint8Array(bytes));
    } else if (kind === "c") {
      sessions.close(conn);
    }
  });
}

process.stdin.on("data", (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  while (pending.length >= 9) {
    const size = pending.readUInt32BE(5);
    if (pending.length < 9 + size) break;
    handle(String.fromCharCode(pending[0]), pending.readUInt32BE(1), pending.subarray(9, 9 + size));
    pending = pending.subarray(9 + size);
  }
});
process.stdin.on("end", () => process.exit(0));
setInterval(() => sessions && sessions.expireWaits(), 250).unref();
