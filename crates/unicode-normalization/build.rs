//! Dumps python3's normalization data (`data.py`) into `OUT_DIR/data.txt` for the builds
//! that carry it; a `fetch-bundles` build writes an empty file.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=data.py");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("data.txt");
    let text = if std::env::var_os("CARGO_FEATURE_FETCH_BUNDLES").is_some() {
        Vec::new()
    } else {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data.py");
        let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
        match Command::new(&python).arg(&script).output() {
            Ok(o) if o.status.success() => o.stdout,
            Ok(o) => panic!(
                "{python} {} failed: {}",
                script.display(),
                String::from_utf8_lossy(&o.stderr)
            ),
            Err(e) => panic!("running {python} (Python 3.11, which Loopscope needs): {e}"),
        }
    };
    if let Err(e) = std::fs::write(&out, text) {
        panic!("writing {}: {e}", out.display());
    }
}
