//! The playground's entry point: Trunk builds this binary and the page runs it.

fn main() {
    loopscope_app::start();
}
