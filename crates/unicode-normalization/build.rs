//! Dumps python3's Unicode data (`data.py`) into `OUT_DIR/data.txt` for the builds that
//! carry it; a `fetch-bundles` build writes an empty file.

fn main() {
    loopscope_unicode_data::dump("data.py", "data.txt");
}
