// A Loopscope process-pool worker (a Web Worker): runs the jobs the page posts, one at a
// time, in one interpreter kept from job to job: {id, source, filename, payload} in, and
// {id, ok, outcome, stdout, stderr, nanos} back (crates/web/src/worker.rs). The page's
// first message hands over its compiled wasm module ({module}), so a new worker does not
// download and compile it again.
import init, { worker_run_job } from "./loopscope-app.js";

let ready;

self.onmessage = async (event) => {
  if (event.data.module) {
    ready = init({ module_or_path: event.data.module });
    return;
  }
  const { id, source, filename, payload } = event.data;
  try {
    ready ??= init({ module_or_path: new URL("loopscope-app_bg.wasm", import.meta.url) });
    await ready;
    self.postMessage({ id, ...worker_run_job(source, filename, payload) });
  } catch (error) {
    self.postMessage({ id, ok: false, outcome: `the worker failed: ${error}`, stdout: "", stderr: "", nanos: 0 });
  }
};
