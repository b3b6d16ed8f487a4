// A Loopscope process-pool worker (a Web Worker): loads our wasm module and runs the jobs
// the page posts, one at a time: {id, source, filename, payload} in, and
// {id, ok, outcome, stdout, stderr, nanos} back (crates/web/src/worker.rs).
import init, { worker_run_job } from "./loopscope-app.js";

const ready = init({ module_or_path: new URL("loopscope-app_bg.wasm", import.meta.url) });

self.onmessage = async (event) => {
  const { id, source, filename, payload } = event.data;
  try {
    await ready;
    self.postMessage({ id, ...worker_run_job(source, filename, payload) });
  } catch (error) {
    self.postMessage({ id, ok: false, outcome: `the worker failed: ${error}`, stdout: "", stderr: "", nanos: 0 });
  }
};
