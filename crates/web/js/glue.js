// The page glue of loopscope-web: the JavaScript its Rust modules call through
// `#[wasm_bindgen(module = "/js/glue.js")]`. One module rather than an `inline_js` per
// Rust file: each inline block becomes a file the page fetches at start.

// Where our files are: beside the page (or the worker's script), unless an embedding page
// set `LOOPSCOPE_BASE` to the folder it vendors the package in.
function address(path) {
  const base = globalThis.LOOPSCOPE_BASE || (typeof document !== 'undefined' ? document.baseURI : self.location.href);
  return new URL(path, base).href;
}

// ---- process pools (worker.rs) ----

export function worker_url() {
  return address('worker.js');
}
export function spawn_worker(url, module, onmessage) {
  const worker = new Worker(url, { type: 'module' });
  if (module instanceof WebAssembly.Module) worker.postMessage({ module });
  worker.onmessage = (event) => onmessage(event.data);
  worker.onerror = (event) => onmessage({ id: -1, ok: false, outcome: String(event.message || 'the worker failed to start'), stdout: '', stderr: '', nanos: 0 });
  return worker;
}
export function post_job(worker, id, source, filename, payload) {
  worker.postMessage({ id, source, filename, payload });
}
export function stop_worker(worker) {
  worker.terminate();
}

// ---- the database worker (database.rs) ----

// In the run worker there is no document: notes for the page go to it as messages, and
// the page shows them (runner_spawn).
function forward(note) {
  if (typeof document === 'undefined' && globalThis.LOOPSCOPE_RUNNER) self.postMessage({ kind: 'note', ...note });
}

function db_status(kind) {
  if (typeof document === 'undefined') { forward({ what: 'db', state: kind }); return; }
  let box = document.getElementById('db-status');
  if (kind === 'loading') {
    if (!box) {
      box = document.createElement('div');
      box.id = 'db-status';
      box.className = 'db-status';
      box.setAttribute('role', 'status');
      box.innerHTML = '<span>Starting the database (PGlite, about 5 MB the first time)…</span> <progress></progress>';
      document.body.appendChild(box);
    }
  } else if (box) {
    box.remove();
  }
}
export function db_spawn(onmessage) {
  const worker = new Worker(address('pglite/db-worker.js'), { type: 'module' });
  worker.onmessage = (event) => {
    const d = event.data;
    if (d.kind === 'loading' || d.kind === 'ready') db_status(d.kind);
    if (d.kind === 'loading' || d.kind === 'ready' || d.kind === 'resetting') {
      onmessage(-1, -1, d.kind, null, 0, '');
      return;
    }
    if (d.kind === 'snapshot') { if (db_snapshot_waiter) db_snapshot_waiter(d.text); return; }
    onmessage(d.run, d.conn, d.kind, d.bytes || null, d.errno || 0, d.text || '');
  };
  worker.onerror = (event) => {
    db_status('ready');
    onmessage(-1, -1, 'failed', null, 111, String(event.message || 'the database worker failed to start'));
  };
  return worker;
}
export function db_post(worker, run, op, conn, bytes) {
  if (bytes) worker.postMessage({ run, op, conn, bytes }, [bytes.buffer]);
  else worker.postMessage({ run, op, conn });
}
// The one snapshot asked for and not yet answered (runs ask one at a time, at their end).
let db_snapshot_waiter = null;
// The database's tables and rows as JSON after run `run` (db-worker.js), or null when the
// worker does not answer within `ms` (it is busy or gone).
export function db_snapshot(worker, run, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { db_snapshot_waiter = null; resolve(null); }, ms);
    db_snapshot_waiter = (text) => { clearTimeout(timer); db_snapshot_waiter = null; resolve(text); };
    worker.postMessage({ run, op: 'snapshot', conn: -2 });
  });
}
export function db_stop(worker) {
  worker.terminate();
  db_status('ready');
}

// ---- bundles of Python sources and Unicode data (bundles.rs) ----

export async function bundle_fetch(path) {
  const response = await fetch(address(path));
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${address(path)}`);
  return await response.text();
}
export function bundle_fetch_sync(path) {
  const request = new XMLHttpRequest();
  request.open('GET', address(path), false);
  request.send();
  if (request.status !== 200) throw new Error(`HTTP ${request.status} for ${address(path)}`);
  return request.responseText;
}
function bundle_box(text) {
  const box = document.createElement('div');
  box.id = 'bundle-status';
  box.className = 'db-status';
  box.setAttribute('role', 'status');
  box.innerHTML = '<span></span> <progress></progress>';
  box.firstChild.textContent = text;
  document.body.appendChild(box);
}
export function bundle_note(text) {
  if (typeof document === 'undefined') { forward({ what: 'bundle', state: 'loading', text }); return 0; }
  return setTimeout(() => bundle_box(text), 200);
}
export function bundle_note_done(timer) {
  if (typeof document === 'undefined') { forward({ what: 'bundle', state: 'ready' }); return; }
  clearTimeout(timer);
  document.getElementById('bundle-status')?.remove();
}

// ---- the global scope: a page's window or a worker's self (scope.rs) ----

export function set_timer(callback, ms) {
  return setTimeout(callback, ms);
}
export function global_fetch(url, init) {
  return fetch(url, init);
}
export function location_href() {
  return self.location.href;
}

// ---- run workers (remote.rs): the playground runs each program in a Web Worker ----

export function has_workers() {
  return typeof Worker !== 'undefined';
}
let bundleTimer = 0;
function show_note(note) {
  if (note.what === 'db') { db_status(note.state); return; }
  clearTimeout(bundleTimer);
  document.getElementById('bundle-status')?.remove();
  if (note.state === 'loading') bundleTimer = setTimeout(() => bundle_box(note.text), 200);
}
export function runner_spawn(module, onmessage) {
  // '?run' tells a run worker from a process-pool worker in the browser's tools (and tests).
  const worker = new Worker(address('worker.js') + '?run', { type: 'module' });
  worker.postMessage({ module, runner: true });
  worker.onmessage = (event) => {
    if (event.data.kind === 'note') show_note(event.data);
    else onmessage(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onmessage({ kind: 'trap', text: String(event.message || 'the run worker failed') });
  };
  return worker;
}
export function runner_post(worker, message) {
  worker.postMessage(message);
}
export function runner_end(worker) {
  // Its handlers go first: the page drops their Rust side next.
  worker.onmessage = null;
  worker.onerror = null;
  worker.terminate();
  db_status('ready');
  show_note({ what: 'bundle', state: 'ready' });
}
