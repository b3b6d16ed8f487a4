//! The page's sockets: a program's connection to localhost:5432, the tutorials' database
//! server, goes to PGlite in a Web Worker (`www/pglite/db-worker.js`, started on the first
//! connection and kept for later runs); every other address is refused, since a page has
//! no raw TCP. The worker's answers land in the run's inbox and wake it, as fetches do.
//! A server the program exposes listens for the page's requests instead (`serve.rs`):
//! those sockets are passed on there.
//!
//! While PGlite loads (seconds, the first time) the page shows a progress bar, and the
//! clock this host gives the run stands still: the load is not the program's time, so a
//! program prints the same times whether or not it started the database. A run that
//! ends while the database still works for it (Stop during `SELECT pg_sleep(100)`) ends
//! the worker too, when the next run starts or its sockets go: one session cannot be
//! cancelled, so the next connection starts a fresh one.

use crate::run::{wake_up, Wake};
use loopscope_aio::net::socket::{is_database, SocketEvent, SocketHost};
use loopscope_aio::trace::wire::{Reader, WireError, Writer};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/glue.js")]
extern "C" {
    fn db_spawn(onmessage: &JsValue) -> JsValue;
    fn db_post(worker: &JsValue, run: f64, op: &str, conn: f64, bytes: Option<js_sys::Uint8Array>);
    fn db_stop(worker: &JsValue);
    fn db_snapshot(worker: &JsValue, run: f64, ms: f64) -> js_sys::Promise;
}

/// How long a finished run waits for the database's tables before it ends without them
/// (ms): the worker answers at once unless another connection's work is still queued.
const SNAPSHOT_WAIT_MS: f64 = 3000.0;

type Inbox = Rc<RefCell<Vec<(u32, SocketEvent)>>>;

/// Where the worker's answers go: the run that owns the sockets now.
struct Route {
    run: u32,
    inbox: Inbox,
    wake: Wake,
}

thread_local! {
    static WORKER: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static ROUTE: RefCell<Option<Route>> = const { RefCell::new(None) };
    static RUNS: Cell<u32> = const { Cell::new(0) };
    /// (run, connection) pairs that sent bytes and have heard nothing back since.
    static IN_FLIGHT: RefCell<HashSet<(u32, u32)>> = RefCell::new(HashSet::new());
    /// The last run that connected to the database (0: none since the last snapshot).
    static CONNECTED: Cell<u32> = const { Cell::new(0) };
    /// PGlite's loads and resets, which the run's clock leaves out: all finished ones (ms),
    /// and when the one under way began.
    static BOOT: Cell<(f64, Option<f64>)> = const { Cell::new((0.0, None)) };
}

/// A load or reset of PGlite ended (ready, failed or ended): the run's clock goes on.
fn end_boot() {
    BOOT.with(|b| {
        if let (total, Some(since)) = b.get() {
            b.set((total + (crate::scope::now_ms() - since).max(0.0), None));
        }
    });
}

/// Ends the worker if a run other than `run` still has work in it: that run is over (a
/// page runs one program at a time, and a run's sockets may outlive it in the views), and
/// one session cannot be interrupted, so the next connection starts a fresh one.
fn end_stale_work(run: u32) {
    let stale = IN_FLIGHT.with(|f| {
        let mut f = f.borrow_mut();
        let stale = f.iter().any(|(r, _)| *r != run);
        f.retain(|(r, _)| *r == run);
        stale
    });
    if stale {
        if let Some(w) = WORKER.with(|w| w.borrow_mut().take()) {
            db_stop(&w);
            end_boot();
        }
    }
}

/// Hands `event` for socket `id` to the run that owns the sockets now, and wakes it.
pub(crate) fn deliver(id: u32, event: SocketEvent) {
    ROUTE.with(|r| {
        if let Some(route) = r.borrow().as_ref() {
            route.inbox.borrow_mut().push((id, event));
            wake_up(&route.wake);
        }
    });
}

/// Called by the worker's `onmessage`: hands an answer to the run it belongs to.
fn arrive(
    run: i32,
    conn: i32,
    kind: String,
    bytes: Option<js_sys::Uint8Array>,
    errno: i32,
    text: String,
) {
    match kind.as_str() {
        // PGlite loads, or empties itself for a new run: the run's clock waits.
        "loading" | "resetting" => {
            BOOT.with(|b| {
                if b.get().1.is_none() {
                    b.set((b.get().0, Some(crate::scope::now_ms())));
                }
            });
            return;
        }
        "ready" => {
            end_boot();
            return;
        }
        _ => {}
    }
    ROUTE.with(|r| {
        let route = r.borrow();
        let Some(route) = route.as_ref() else { return };
        if run >= 0 && run as u32 != route.run {
            return;
        }
        IN_FLIGHT.with(|f| f.borrow_mut().remove(&(route.run, conn.max(0) as u32)));
        let event = match kind.as_str() {
            "connected" => SocketEvent::Connected {
                local: ("127.0.0.1".into(), 40000 + conn.max(0) as u16),
            },
            "data" => SocketEvent::Data(bytes.map(|b| b.to_vec()).unwrap_or_default()),
            "eof" => SocketEvent::Eof,
            _ => SocketEvent::Failed { errno, text },
        };
        if conn < 0 {
            // The worker itself failed: every connection of the run hears of it.
            WORKER.with(|w| w.borrow_mut().take());
            end_boot();
        }
        route.inbox.borrow_mut().push((conn.max(0) as u32, event));
        wake_up(&route.wake);
    });
}

fn worker() -> JsValue {
    WORKER.with(|w| {
        w.borrow_mut()
            .get_or_insert_with(|| {
                let callback = Closure::<
                    dyn Fn(i32, i32, String, Option<js_sys::Uint8Array>, i32, String),
                >::new(arrive);
                let worker = db_spawn(callback.as_ref());
                callback.forget();
                // Its script loads first, then PGlite ('loading' ... 'ready').
                BOOT.with(|b| b.set((b.get().0, Some(crate::scope::now_ms()))));
                worker
            })
            .clone()
    })
}

/// One run's sockets.
pub struct BrowserSockets {
    run: u32,
    inbox: Inbox,
    wake: Wake,
    open: HashSet<u32>,
}

impl BrowserSockets {
    pub fn new(wake: Wake) -> BrowserSockets {
        let run = RUNS.with(|r| {
            r.set(r.get() + 1);
            r.get()
        });
        end_stale_work(run);
        let inbox = Inbox::default();
        ROUTE.with(|r| {
            *r.borrow_mut() = Some(Route {
                run,
                inbox: inbox.clone(),
                wake: wake.clone(),
            })
        });
        BrowserSockets {
            run,
            inbox,
            wake,
            open: HashSet::new(),
        }
    }
}

impl SocketHost for BrowserSockets {
    fn listen(&mut self, id: u32, _host: &str, port: u16) -> Result<(), (i32, String)> {
        crate::serve::listen(id, port)
    }

    fn connect(&mut self, id: u32, host: &str, port: u16) {
        if !is_database(host, port) {
            self.inbox.borrow_mut().push((
                id,
                SocketEvent::Failed {
                    errno: 111,
                    text: "Connection refused".into(),
                },
            ));
            wake_up(&self.wake);
            return;
        }
        self.open.insert(id);
        CONNECTED.with(|c| c.set(self.run));
        db_post(&worker(), f64::from(self.run), "open", f64::from(id), None);
    }

    fn send(&mut self, id: u32, data: &[u8]) {
        if crate::serve::owns(id) {
            crate::serve::send(id, data);
        } else if self.open.contains(&id) {
            // A Terminate message ('X', length 4) gets no answer: the connection is done,
            // and nothing of it runs in the session any more.
            let terminate = data == [b'X', 0, 0, 0, 4];
            if !terminate {
                IN_FLIGHT.with(|f| f.borrow_mut().insert((self.run, id)));
            }
            let bytes = js_sys::Uint8Array::from(data);
            db_post(
                &worker(),
                f64::from(self.run),
                "send",
                f64::from(id),
                Some(bytes),
            );
        }
    }

    fn close(&mut self, id: u32) {
        if crate::serve::owns(id) {
            crate::serve::close(id);
        } else if self.open.remove(&id) {
            db_post(&worker(), f64::from(self.run), "close", f64::from(id), None);
        }
    }

    fn poll(&mut self) -> Vec<(u32, SocketEvent)> {
        std::mem::take(&mut *self.inbox.borrow_mut())
    }

    /// The page's seconds less PGlite's loads and resets: while one is under way, when
    /// it began.
    fn now(&self) -> f64 {
        let real = crate::scope::now_ms();
        let (total, since) = BOOT.with(Cell::get);
        (since.unwrap_or(real) - total) / 1000.0
    }

    /// The database's answers and the page's requests wake the run (`wake_up`).
    fn wakes_host(&self) -> bool {
        true
    }
}

impl Drop for BrowserSockets {
    fn drop(&mut self) {
        let waiting = IN_FLIGHT.with(|f| f.borrow().iter().any(|(r, _)| *r == self.run));
        if waiting {
            end_stale_work(0);
        } else if let Some(w) = WORKER.with(|w| w.borrow().clone()) {
            for id in self.open.drain() {
                db_post(&w, f64::from(self.run), "close", f64::from(id), None);
            }
        }
        ROUTE.with(|r| {
            if r.borrow()
                .as_ref()
                .is_some_and(|route| route.run == self.run)
            {
                r.borrow_mut().take();
            }
        });
    }
}

/// What the database held when a run ended, for the Database panel: each table of the
/// public schema (the sample tables and any the program made) with its columns, its row
/// count and its first rows, every value in PostgreSQL's text form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tables {
    pub tables: Vec<Table>,
    /// Why the database could not say (the tables are then empty).
    pub error: Option<String>,
}

/// One table of [`Tables`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub name: String,
    /// Each column's name and type as PostgreSQL names it (`numeric(10,2)`).
    pub columns: Vec<(String, String)>,
    /// How many rows the table has; `rows` holds at most the first 100 (primary-key order).
    pub count: u64,
    /// Values as PostgreSQL prints them; `None` is NULL.
    pub rows: Vec<Vec<Option<String>>>,
}

impl Tables {
    /// Reads the worker's answer (`session.js`'s `tables()`); `None` if it is not one.
    fn from_json(text: &str) -> Option<Tables> {
        use js_sys::{Array, Reflect};
        let value = js_sys::JSON::parse(text).ok()?;
        let get = |o: &JsValue, key: &str| Reflect::get(o, &JsValue::from_str(key)).ok();
        let strings = |v: JsValue| -> Vec<Option<String>> {
            Array::from(&v).iter().map(|x| x.as_string()).collect()
        };
        let mut out = Tables {
            tables: Vec::new(),
            error: get(&value, "error").and_then(|e| e.as_string()),
        };
        for t in Array::from(&get(&value, "tables")?).iter() {
            let columns = Array::from(&get(&t, "columns")?)
                .iter()
                .map(|c| {
                    let pair = strings(c);
                    let name = pair.first().cloned().flatten().unwrap_or_default();
                    let kind = pair.get(1).cloned().flatten().unwrap_or_default();
                    (name, kind)
                })
                .collect();
            out.tables.push(Table {
                name: get(&t, "name")?.as_string()?,
                columns,
                count: get(&t, "count")?.as_f64()? as u64,
                rows: Array::from(&get(&t, "rows")?).iter().map(strings).collect(),
            });
        }
        Some(out)
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.bool(self.error.is_some());
        if let Some(e) = &self.error {
            w.str(e);
        }
        w.u64(self.tables.len() as u64);
        for t in &self.tables {
            w.str(&t.name);
            w.u64(t.columns.len() as u64);
            for (name, kind) in &t.columns {
                w.str(name);
                w.str(kind);
            }
            w.u64(t.count);
            w.u64(t.rows.len() as u64);
            for row in &t.rows {
                w.u64(row.len() as u64);
                for value in row {
                    w.bool(value.is_some());
                    if let Some(v) = value {
                        w.str(v);
                    }
                }
            }
        }
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Tables, WireError> {
        let error = if r.bool()? { Some(r.str()?) } else { None };
        let mut tables = Vec::new();
        for _ in 0..r.u64()? {
            let name = r.str()?;
            let mut columns = Vec::new();
            for _ in 0..r.u64()? {
                columns.push((r.str()?, r.str()?));
            }
            let count = r.u64()?;
            let mut rows = Vec::new();
            for _ in 0..r.u64()? {
                let mut row = Vec::new();
                for _ in 0..r.u64()? {
                    row.push(if r.bool()? { Some(r.str()?) } else { None });
                }
                rows.push(row);
            }
            tables.push(Table {
                name,
                columns,
                count,
                rows,
            });
        }
        Ok(Tables { tables, error })
    }
}

/// The database's tables after the run that just ended, if it connected to the database
/// and the worker is still there (a run stopped mid-query ends the worker) and answers.
/// Call after the run's sockets are gone, so its connections are closed first.
pub(crate) async fn tables_after_run() -> Option<Tables> {
    let run = CONNECTED.with(|c| c.replace(0));
    if run == 0 {
        return None;
    }
    let worker = WORKER.with(|w| w.borrow().clone())?;
    let promise = db_snapshot(&worker, f64::from(run), SNAPSHOT_WAIT_MS);
    let text = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()?;
    Tables::from_json(&text)
}
