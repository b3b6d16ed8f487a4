// A Loopscope Web Worker, in one of two roles, each on its own copy of our wasm module.
// The page's first message hands over its compiled module ({module}), so a new worker
// neither downloads nor compiles it again.
// - A run worker ({module, runner: true}): the playground runs every program in one
//   (crates/web/src/remote.rs and runner.rs); {op, id, ...} messages in, reports
//   {kind, id, bytes} out. A trap or an uncaught error is reported as {kind: 'trap'}.
// - A process-pool worker: runs the jobs a program's pool posts, one at a time, in one
//   interpreter kept from job to job: {id, source, filename, payload} in, and
//   {id, ok, outcome, stdout, stderr, nanos} back (crates/web/src/worker.rs).
import init, { worker_run_job, runner_message, runner_install_panic_report } from "./loopscope-app.js";

let ready;
let memory;
const report = (kind, id, bytes) => self.postMessage({ kind, id, bytes }, [bytes.buffer]);
const trap = (error) => {
  if (!globalThis.LOOPSCOPE_RUNNER) return;
  const text = error && (error.message || error.reason) ? String(error.message || error.reason) : String(error);
  const bytes = memory ? memory.buffer.byteLength : 0;
  self.postMessage({ kind: "trap", memory: bytes, text: `${error && error.name ? error.name + ": " : ""}${text}` });
};
self.addEventListener("unhandledrejection", (event) => trap(event.reason));
self.addEventListener("error", (event) => trap(event.error || event.message));

self.onmessage = async (event) => {
  const data = event.data;
  if (data.module) {
    ready = init({ module_or_path: data.module });
    if (data.runner) {
      globalThis.LOOPSCOPE_RUNNER = true;
      ready = ready.then((wasm) => {
        memory = wasm.memory;
        runner_install_panic_report(report);
      });
    }
    return;
  }
  if (data.op) {
    try {
      await ready;
      runner_message(data, report);
    } catch (error) {
      trap(error);
    }
    return;
  }
  const { id, source, filename, payload } = data;
  try {
    ready ??= init({ module_or_path: new URL("loopscope-app_bg.wasm", import.meta.url) });
    await ready;
    self.postMessage({ id, ...worker_run_job(source, filename, payload) });
  } catch (error) {
    self.postMessage({ id, ok: false, outcome: `the worker failed: ${error}`, stdout: "", stderr: "", nanos: 0 });
  }
};
