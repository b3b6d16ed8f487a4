//! `cargo xtask pkg`: the embedding as a package in `pkg/`, for docs sites that vendor
//! Loopscope instead of loading it from our site.
//!
//! The package is the site's own build (`trunk build --release`: the same wasm, optimised
//! the same way), not a second compile: the playground's wasm exports `define_elements`,
//! and its entry point defines `<loopscope-example>` instead of mounting the playground
//! when `LOOPSCOPE_EMBED` is set, which the package's `loopscope.js` does before `init()`.

use crate::tools::{self, Needs};
use std::path::Path;

/// The site's files a package carries, beside our `loopscope.js` and README.
const FROM_SITE: [&str; 5] = [
    "loopscope-app.js",
    "loopscope-app_bg.wasm",
    "worker.js",
    "components.css",
    "loopscope-editor.js",
];

pub fn run() -> Result<(), String> {
    let tools = tools::ensure(Needs::Site)?;
    crate::serve::build_site(&tools)?;
    let pkg = tools.root.join("pkg");
    assemble(&tools.root.join("dist"), &pkg)?;
    let wasm = std::fs::metadata(pkg.join("loopscope-app_bg.wasm")).map_or(0, |m| m.len());
    println!("pkg/ is ready ({wasm} bytes of wasm); see pkg/README.md");
    Ok(())
}

/// Writes the package into `pkg` from a built site in `dist`, with the precompressed
/// copies (`.br`, `.gz`) of each file that the site build wrote.
pub fn assemble(dist: &Path, pkg: &Path) -> Result<(), String> {
    if pkg.exists() {
        std::fs::remove_dir_all(pkg).map_err(|e| format!("clearing {}: {e}", pkg.display()))?;
    }
    std::fs::create_dir_all(pkg).map_err(|e| format!("creating {}: {e}", pkg.display()))?;
    for name in FROM_SITE {
        for suffix in ["", ".br", ".gz"] {
            let file = format!("{name}{suffix}");
            let from = dist.join(&file);
            if suffix.is_empty() || from.exists() {
                std::fs::copy(&from, pkg.join(&file))
                    .map_err(|e| format!("copying {} into the package: {e}", from.display()))?;
            }
        }
    }
    // wasm-bindgen's inline JS, which loopscope-app.js imports.
    copy_dir(&dist.join("snippets"), &pkg.join("snippets"))?;
    // The Python bundles the wasm fetches on first import (crates/web/src/bundles.rs).
    copy_dir(&dist.join("python"), &pkg.join("python"))?;
    std::fs::write(pkg.join("loopscope.js"), ENTRY).map_err(|e| e.to_string())?;
    std::fs::write(pkg.join("README.md"), README).map_err(|e| e.to_string())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("reading {}: {e}", from.display()))?;
    std::fs::create_dir_all(to).map_err(|e| format!("creating {}: {e}", to.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("copying {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// The package's module: `init()` and `define_elements()` over the site's wasm-bindgen glue.
const ENTRY: &str = r#"// Loopscope's embedding package: `await init()` loads the wasm, `define_elements()`
// defines <loopscope-example> and window.loopscope.run. See README.md.
import initWasm, { define_elements as defineElements } from "./loopscope-app.js";

// The wasm's entry point runs during init(): on a page that embeds us it must define the
// element rather than mount the whole playground. Process-pool workers (worker.js) are
// found beside this file.
globalThis.LOOPSCOPE_EMBED = true;
globalThis.LOOPSCOPE_BASE ??= new URL("./", import.meta.url).href;

export default function init(options) {
  return initWasm(options ?? { module_or_path: new URL("loopscope-app_bg.wasm", import.meta.url) });
}

export function define_elements() {
  defineElements();
}
"#;

const README: &str = "\
# Loopscope embedding package

Run Python asyncio examples in a docs page, with a live console and timeline.

Copy this folder into your site (say as `/vendor/loopscope/`), then on a page:

```html
<link rel=\"stylesheet\" href=\"/vendor/loopscope/components.css\">
<script src=\"/vendor/loopscope/loopscope-editor.js\"></script>  <!-- optional: CodeMirror -->
<script type=\"module\">
  import init, { define_elements } from \"/vendor/loopscope/loopscope.js\";
  await init();
  define_elements();
</script>

<loopscope-example>
  import asyncio
  async def main():
      await asyncio.sleep(0.5)
      print(\"hello\")
  asyncio.run(main())
</loopscope-example>
```

Attributes: `clock=\"real\"` makes Run use real time (browser timers); `example=\"ID\"`
opens an example from Loopscope's gallery; `from-fragment` reads the program from the
page's `#code=...` fragment (a playground share link's). `define_elements()` also defines
`window.loopscope.run(source, {clock: \"virtual\" | \"real\"})`, which resolves to
`{stdout, stderr, exitCode, trace}`.

Files: `loopscope.js` (the module you import), `loopscope-app.js` and
`loopscope-app_bg.wasm` (the interpreter and the UI), `worker.js` (process pools run in
Web Workers started from it), `components.css`, `loopscope-editor.js`, and `python/`: the
Python modules few programs import (SQLAlchemy, asyncpg, the HTTP clients, `decimal`,
`datetime`, …), one file per bundle, downloaded the first time a program imports one
(keep the folder beside `loopscope.js`). Each large file has
a brotli (`.br`) and a gzip (`.gz`) copy beside it: a host that serves those with
`Content-Encoding` sends the wasm at about a third of its size.
";
