//! Loopscope's browser host: the clock, the real network (`fetch`), the database
//! (`database`: PGlite in a worker behind localhost:5432), requests from the page to a
//! program's own server (`serve`), the Python sources downloaded
//! on first import (`bundles`), running programs in slices
//! between browser tasks — in the playground, in a Web Worker per run (`remote`, `runner`)
//! — and the `window.loopscope` embedding API.
//!
//! Only this crate and `app`'s interop modules touch `web_sys`.

mod api;
mod bundles;
mod clock;
mod database;
mod fetch;
mod remote;
mod run;
mod runner;
mod scope;
mod serve;
mod worker;

pub use api::install_js_api;
pub use clock::BrowserClock;
pub use database::{Table, Tables};
pub use fetch::BrowserFetcher;
pub use loopscope_aio::LoopSnapshot;
pub use remote::run_in_workers;
pub use run::{
    importable_modules, run, warm_up, ClockChoice, NetworkChoice, RunHandle, RunOptions, RunText,
};
pub use runner::{runner_install_panic_report, runner_message};
pub use serve::{request, HttpAnswer, HttpRequest};
pub use worker::{worker_run_job, WebWorkers};
