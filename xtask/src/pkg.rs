//! `cargo xtask pkg`: the embedding as an npm-style package in `pkg/`, for docs sites
//! that vendor Loopscope instead of loading it from our site.
//!
//! `wasm-pack build` of `crates/app` (its library: `define_elements`, `window.loopscope`)
//! with the same size settings as the site's build (opt-level z, LTO, one codegen unit,
//! panic = abort, then our pinned wasm-opt -Oz), plus `components.css` and the editor
//! bundle, which the package's README tells a site to load.

use crate::tools::{self, Tools};

pub fn run() -> Result<(), String> {
    let tools = tools::ensure_all()?;
    build(&tools)
}

pub fn build(tools: &Tools) -> Result<(), String> {
    let pkg = tools.root.join("pkg");
    tools::run(
        tools
            .command("wasm-pack")
            .args([
                "build",
                "crates/app",
                "--target",
                "web",
                "--release",
                // Our wasm-opt runs below; wasm-pack's own would be downloaded.
                "--no-opt",
                // wasm-bindgen comes from our tools folder, at Cargo.lock's version.
                "--mode",
                "no-install",
                "--out-dir",
            ])
            .arg(&pkg)
            .args(["--out-name", "loopscope"])
            // The site's wasm-release settings, for this build only, in a target folder of
            // its own so the native release build keeps its cache.
            .env("CARGO_TARGET_DIR", tools.root.join("target/pkg"))
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "z")
            .env("CARGO_PROFILE_RELEASE_LTO", "true")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1")
            .env("CARGO_PROFILE_RELEASE_PANIC", "abort"),
    )?;
    let wasm = pkg.join("loopscope_bg.wasm");
    tools::run(
        tools
            .command("wasm-opt")
            .arg("-Oz")
            .arg("--enable-bulk-memory")
            .arg("--enable-nontrapping-float-to-int")
            .arg("--enable-sign-ext")
            .arg("--enable-reference-types")
            .arg(&wasm)
            .arg("-o")
            .arg(&wasm),
    )?;
    for (from, to) in [
        ("www/components.css", "components.css"),
        ("www/editor/dist/loopscope-editor.js", "loopscope-editor.js"),
    ] {
        std::fs::copy(tools.root.join(from), pkg.join(to))
            .map_err(|e| format!("copying {from} into pkg/: {e} (run `cargo xtask serve` or a trunk build first for the editor bundle)"))?;
    }
    std::fs::write(pkg.join("README.md"), PKG_README).map_err(|e| e.to_string())?;
    let bytes = std::fs::metadata(&wasm).map(|m| m.len()).unwrap_or(0);
    println!("pkg/ is ready ({bytes} bytes of wasm); see pkg/README.md");
    Ok(())
}

const PKG_README: &str = "\
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
";
