// Loopscope for docs pages. Load this one script as a module, then write examples:
//
//   <script type="module" src="https://your.site/loopscope/embed.js"></script>
//   <loopscope-example>
//     import asyncio
//     ...
//   </loopscope-example>
//   <loopscope-example example="first-steps/01_hello"></loopscope-example>
//   <loopscope-example clock="real">...</loopscope-example>   (Run means "Run live")
//
// Each element becomes a small playground: the code (editable), Run / Run live / Stop,
// the console and the timeline. The script also defines window.loopscope.run(source,
// {clock}) -> Promise<{stdout, stderr, exitCode, trace}>. It finds the rest of Loopscope
// (the wasm module, the editor bundle, the stylesheet) next to itself.

const base = new URL("./", import.meta.url);
globalThis.LOOPSCOPE_EMBED = true;

function addStylesheet(href) {
  if (document.querySelector(`link[data-loopscope][href="${href}"]`)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  link.dataset.loopscope = "";
  document.head.append(link);
}

function loadScript(src) {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    // Without the editor bundle the examples fall back to a plain text area.
    script.onerror = resolve;
    document.head.append(script);
  });
}

addStylesheet(new URL("components.css", base).href);
if (!globalThis.LoopscopeEditor) await loadScript(new URL("loopscope-editor.js", base).href);
const app = await import(new URL("loopscope-app.js", base).href);
// Initialising runs the app's entry point, which sees LOOPSCOPE_EMBED and defines the
// element instead of mounting the playground.
await app.default({ module_or_path: new URL("loopscope-app_bg.wasm", base) });
