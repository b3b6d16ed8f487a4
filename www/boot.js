// The page's loading state: Trunk's initializer hook (index.html's data-initializer) calls
// these while the wasm downloads and starts. The shell they update is plain HTML in
// index.html, painted before any script runs; the app replaces it once it has mounted.
// Progress counts the wasm's bytes as they arrive (after the transfer's decompression),
// against its size, which Trunk knows at build time.
export default function boot() {
  const shell = document.getElementById("boot");
  const bar = document.getElementById("boot-progress");
  const figure = document.getElementById("boot-figure");
  const mb = (bytes) => (bytes / 1048576).toFixed(1);
  return {
    onProgress({ current, total }) {
      if (!bar || !total) return;
      const done = Math.min(current, total);
      bar.value = Math.round((done / total) * 100);
      figure.textContent = `${mb(done)} of ${mb(total)} MB`;
      if (done >= total) figure.textContent = "starting…";
    },
    onSuccess() {
      shell?.remove();
    },
    onFailure(error) {
      if (!shell) return;
      shell.classList.add("boot-failed");
      shell.querySelector(".boot-label").textContent =
        `Loopscope could not start: ${error?.message || error}. Reload the page to try again.`;
      bar?.remove();
    },
  };
}
