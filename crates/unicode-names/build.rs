//! Dumps python3's Unicode data (`names.py`) into `OUT_DIR/names.txt` for the builds that
//! carry it; a `fetch-bundles` build writes an empty file.

fn main() {
    loopscope_unicode_data::dump("names.py", "names.txt");
}
