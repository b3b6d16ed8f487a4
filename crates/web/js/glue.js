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

function db_status(kind) {
  if (typeof document === 'undefined') return;
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
    if (d.kind === 'loading' || d.kind === 'ready') { db_status(d.kind); return; }
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
export function bundle_note(text) {
  if (typeof document === 'undefined') return 0;
  return setTimeout(() => {
    const box = document.createElement('div');
    box.id = 'bundle-status';
    box.className = 'db-status';
    box.setAttribute('role', 'status');
    box.innerHTML = '<span></span> <progress></progress>';
    box.firstChild.textContent = text;
    document.body.appendChild(box);
  }, 200);
}
export function bundle_note_done(timer) {
  if (typeof document === 'undefined') return;
  clearTimeout(timer);
  document.getElementById('bundle-status')?.remove();
}
