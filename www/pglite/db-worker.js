// Loopscope's database in the page: a Web Worker holding one PGlite (PostgreSQL compiled
// to wasm, npm's @electric-sql/pglite, copied beside this file by www/pglite/build.mjs),
// started on a program's first connection and kept for later runs. The page posts
// {run, op: 'open' | 'send' | 'close' | 'snapshot', conn, bytes}; the worker answers
// {run, conn, kind: 'connected' | 'data' | 'eof' | 'failed' | 'snapshot', ...} ('snapshot':
// the tables and rows as JSON in `text`, for the Database panel) and, while PGlite loads,
// {kind: 'loading' | 'ready', ms}. A new run empties the database and loads the sample
// data again (sample.sql), between {kind: 'resetting'} and {kind: 'ready'}. Messages are
// handled strictly in order.
import { Sessions } from "./session.js";

let sessions = null;
let sample = "";
let run = null;
let chain = Promise.resolve();

async function load() {
  const started = performance.now();
  self.postMessage({ kind: "loading" });
  const [{ PGlite }, text] = await Promise.all([
    import("./pglite/index.js"),
    fetch(new URL("sample.sql", import.meta.url)).then((r) => r.text()),
  ]);
  const pg = await PGlite.create();
  sample = text;
  sessions = new Sessions(pg, (conn, event) => self.postMessage({ run, conn, ...event }));
  self.postMessage({ kind: "ready", ms: Math.round(performance.now() - started) });
}

async function handle(data) {
  if (sessions === null) await load();
  if (data.run !== run) {
    run = data.run;
    // Not the program's time either: the page's clock for the run waits, as for a load.
    self.postMessage({ kind: "resetting" });
    await sessions.reset(sample);
    self.postMessage({ kind: "ready", ms: 0 });
  }
  switch (data.op) {
    case "open":
      sessions.open(data.conn);
      self.postMessage({ run, conn: data.conn, kind: "connected" });
      break;
    case "send":
      sessions.send(data.conn, data.bytes);
      break;
    case "close":
      sessions.close(data.conn);
      break;
    case "snapshot":
      // After a run: its tables and rows, for the page's Database panel.
      self.postMessage({ run, conn: -2, kind: "snapshot", text: JSON.stringify(await sessions.snapshot()) });
      break;
  }
}

self.onmessage = (event) => {
  const data = event.data;
  chain = chain.then(() => handle(data)).catch((error) => {
    self.postMessage({
      run: data.run,
      conn: data.conn,
      kind: "failed",
      errno: 111,
      text: `the database failed to start: ${error && error.message ? error.message : error}`,
    });
  });
};

setInterval(() => sessions && sessions.expireWaits(), 250);
