//! `_net`: the natives under our HTTP modules — URLs, starting fetches (answered by a
//! loop timer on the simulated network, by the host's fetcher on the real one), blocking
//! fetches handed to the driver, the network's settings, and the fetch trace events.

use super::sim::Timeouts;
use super::url::{Url, UrlError};
use super::{result_value, FetchResult, HttpRequest, Mode, NetError, Summary, Target};
use crate::events::Handle;
use crate::natives::sched_of;
use crate::state::{shared, Request};
use crate::trace::TraceEvent;
use loopscope_python::objects::{DictData, Native};
use loopscope_python::{Interp, ModuleBuilder, PyErr, PyResult, Value};
use loopscope_stdlib::args::{arity, to_f64, Kw};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

fn str_arg(v: &Value, what: &str) -> PyResult<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| PyErr::type_error(format!("{what} must be str, not {}", v.type_name())))
}

/// Items of a list or tuple.
fn items(v: &Value, what: &str) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow().clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        Value::None => Ok(vec![]),
        other => Err(PyErr::type_error(format!(
            "{what} must be a list of pairs, not {}",
            other.type_name()
        ))),
    }
}

/// `[(name, value), ...]` of strings.
fn pairs(v: &Value, what: &str) -> PyResult<Vec<(String, String)>> {
    items(v, what)?
        .iter()
        .map(|p| {
            let kv = items(p, what)?;
            match kv.as_slice() {
                [k, v] => Ok((str_arg(k, what)?, str_arg(v, what)?)),
                _ => Err(PyErr::type_error(format!(
                    "{what} must hold (name, value) pairs"
                ))),
            }
        })
        .collect()
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::None => Ok(vec![]),
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        Value::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
        other => Err(PyErr::type_error(format!(
            "a request body must be bytes, not {}",
            other.type_name()
        ))),
    }
}

fn opt_secs(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let secs = to_f64(interp, v)?;
            if secs.is_nan() || secs < 0.0 {
                return Err(PyErr::value_error(
                    "a timeout must be a non-negative number",
                ));
            }
            Ok(Some(secs))
        }
    }
}

/// `(connect, read, total)` with `None` for no limit.
fn timeouts_arg(interp: &mut Interp, v: &Value) -> PyResult<Timeouts> {
    let parts = items(v, "timeouts")?;
    Ok(Timeouts {
        connect: opt_secs(interp, parts.first())?,
        read: opt_secs(interp, parts.get(1))?,
        total: opt_secs(interp, parts.get(2))?,
    })
}

/// `(scheme, host, port, path, query, href)`, or `(None, kind, text)` for a bad URL.
fn url_value(text: &str, params: &[(String, String)]) -> Value {
    match Url::parse(text) {
        Ok(u) => {
            let u = u.with_params(params);
            Value::tuple(vec![
                Value::str(&u.scheme),
                Value::str(&u.host),
                Value::Int(i64::from(u.port_or_default())),
                Value::str(&u.path),
                u.query.as_deref().map_or(Value::None, Value::str),
                Value::string(u.href()),
            ])
        }
        Err(e) => {
            let detail = match &e {
                UrlError::UnsupportedScheme(s) => s.clone(),
                UrlError::BadPort(p) => p.clone(),
                _ => text.to_string(),
            };
            Value::tuple(vec![
                Value::None,
                Value::str(e.kind()),
                Value::string(detail),
            ])
        }
    }
}

/// The request from `(method, url, headers, body)`; a bad URL is a `ValueError` (the
/// modules check URLs with `url()` first and raise their own errors).
fn request(args: &[Value]) -> PyResult<HttpRequest> {
    let method = str_arg(&args[0], "method")?.to_ascii_uppercase();
    let text = str_arg(&args[1], "url")?;
    let url =
        Url::parse(&text).map_err(|e| PyErr::value_error(format!("bad URL {text:?}: {e:?}")))?;
    Ok(HttpRequest {
        method,
        url,
        headers: pairs(&args[2], "headers")?,
        body: bytes_arg(&args[3])?,
    })
}

/// Starts a fetch; records `FetchStart`. Returns the id, and for a fetch that is already
/// decided (simulated, or failed to start) its result and duration.
fn start(
    interp: &mut Interp,
    req: &HttpRequest,
    limits: Timeouts,
    target: impl FnOnce() -> Target,
) -> PyResult<(u32, Option<(FetchResult, f64)>)> {
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let id = s.net.next_id();
    let (now, wall, at) = (s.clock.now(), s.clock.wall(), s.clock.nanos());
    let task = s.current_task;
    let href = req.url.href();
    s.record(|t| TraceEvent::FetchStart {
        at,
        fetch: id,
        task,
        method: t.intern(&req.method),
        url: t.intern(&href),
    });
    let decided = match s.net.mode {
        Mode::Simulated if req.url.opaque => Some((
            Err(NetError::Unavailable(format!(
                "the simulated network cannot fetch {}: URLs; they need the real network",
                req.url.scheme
            ))),
            0.0,
        )),
        Mode::Simulated => {
            let plan = s.net.sim.plan(req, now, wall, limits);
            Some((plan.result, plan.duration))
        }
        Mode::Real => match s.net.start_real(id, req, target(), now, limits) {
            Ok(()) => None,
            Err(e) => Some((Err(e), 0.0)),
        },
    };
    if let Some((result, _)) = &decided {
        s.net.ended(id, Summary::of(result));
    }
    Ok((id, decided))
}

/// `fetch(scheduler, method, url, headers, body, timeouts, callback)`: starts a request
/// whose outcome arrives as `callback(id, result)` on the loop; returns the id.
fn fetch(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("fetch", args, 7, 7)?;
    let sched = sched_of(args)?;
    let req = request(&args[1..5])?;
    let limits = timeouts_arg(interp, &args[5])?;
    let callback = args[6].clone();
    let cb = callback.clone();
    let sched2 = sched.clone();
    let (id, decided) = start(interp, &req, limits, move || Target::Loop {
        sched: sched2,
        callback: cb,
    })?;
    if let Some((result, duration)) = decided {
        let now = shared(interp)?.borrow().clock.now();
        let handle = Rc::new(Handle {
            callback,
            args: vec![Value::Int(i64::from(id)), result_value(&result, duration)],
            context: Value::None,
            cancelled: Cell::new(false),
            when: Some(now + duration),
            scheduled: Cell::new(false),
            io: true,
            cancelled_timers: sched.borrow().cancelled_timers.clone(),
            source_traceback: RefCell::new(Value::None),
        });
        sched.borrow_mut().call_at(handle);
    }
    Ok(Value::Int(i64::from(id)))
}

/// `fetch_blocking(method, url, headers, body, timeouts, label)`: the calling thread
/// waits for the answer (in the loop's thread, the loop is blocked: `label` says by what).
fn fetch_blocking(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("fetch_blocking", args, 6, 6)?;
    let req = request(&args[..4])?;
    let limits = timeouts_arg(interp, &args[4])?;
    let label = str_arg(&args[5], "label")?;
    let (id, decided) = start(interp, &req, limits, || Target::Blocking)?;
    let now = shared(interp)?.borrow().clock.now();
    let (until, result) = match decided {
        Some((result, duration)) => (now + duration, result_value(&result, duration)),
        None => (f64::INFINITY, Value::None),
    };
    Err(Request::Fetch {
        id,
        label,
        until,
        result,
    }
    .into_err())
}

/// `finish(id)`: the fetch's outcome has been delivered; records its `FetchEnd`.
fn finish(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("finish", args, 1, 1)?;
    let Value::Int(id) = args[0] else {
        return Err(PyErr::type_error("finish() takes a fetch id"));
    };
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    if let Some(summary) = u32::try_from(id).ok().and_then(|id| s.net.take_summary(id)) {
        record_end(&mut s, id as u32, summary);
    }
    Ok(Value::None)
}

/// Records a fetch's `FetchEnd`.
pub fn record_end(s: &mut crate::state::Shared, id: u32, summary: Summary) {
    let at = s.clock.nanos();
    s.record(|t| TraceEvent::FetchEnd {
        at,
        fetch: id,
        status: summary.status,
        bytes: summary.bytes,
        error: summary.error.as_deref().map(|e| t.intern(e)),
    });
}

/// `configure(settings)`: changes the simulated network's settings from a dict of the
/// keywords `loopscope.network.configure` was given.
fn configure(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("configure", args, 1, 1)?;
    let Value::Dict(d) = &args[0] else {
        return Err(PyErr::type_error("configure() takes a dict"));
    };
    let entries = d.borrow().items();
    let sh = shared(interp)?;
    let mut cfg = sh.borrow().net.sim.config.clone();
    let mut database_latency = sh.borrow().net.sockets.database_latency;
    for (k, v) in entries {
        let key = k.as_str().unwrap_or("").to_string();
        let fraction = |interp: &mut Interp, v: &Value, name: &str| -> PyResult<f64> {
            let f = to_f64(interp, v)?;
            if (0.0..=1.0).contains(&f) {
                Ok(f)
            } else {
                Err(PyErr::value_error(format!(
                    "{name} must be between 0 and 1, not {f}"
                )))
            }
        };
        match key.as_str() {
            "latency" => {
                cfg.latency = opt_secs(interp, Some(&v)).map_err(|_| {
                    PyErr::value_error("latency must be a non-negative number of seconds or None")
                })?
            }
            "database_latency" => {
                database_latency = opt_secs(interp, Some(&v))
                    .ok()
                    .flatten()
                    .filter(|s| s.is_finite())
                    .ok_or_else(|| {
                        PyErr::value_error(
                            "database_latency must be a non-negative number of seconds",
                        )
                    })?
            }
            "jitter" => cfg.jitter = fraction(interp, &v, "jitter")?,
            "failure_rate" => cfg.failure_rate = fraction(interp, &v, "failure_rate")?,
            "rate_limit" => {
                cfg.rate_limit = match v {
                    Value::None => None,
                    Value::Int(n) if n > 0 => Some(u32::try_from(n).unwrap_or(u32::MAX)),
                    other => {
                        return Err(PyErr::value_error(format!(
                            "rate_limit must be a positive int or None, not {}",
                            interp.repr_of(&other)?
                        )))
                    }
                }
            }
            "seed" => {
                cfg.seed = match v {
                    Value::Int(n) => n as u64,
                    other => {
                        return Err(PyErr::type_error(format!(
                            "seed must be an int, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            "bandwidth" => {
                let b = to_f64(interp, &v)?;
                if b.is_nan() || b <= 0.0 {
                    return Err(PyErr::value_error(
                        "bandwidth must be positive (bytes per second)",
                    ));
                }
                cfg.bandwidth = b;
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "configure() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    sh.borrow_mut().net.sim.config = cfg;
    sh.borrow_mut().net.sockets.database_latency = database_latency;
    Ok(Value::None)
}

/// `settings()`: the simulated network's settings as a dict.
fn settings(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let cfg = shared(interp)?.borrow().net.sim.config.clone();
    let mut d = DictData::new();
    d.set_str("latency", cfg.latency.map_or(Value::None, Value::Float));
    let database_latency = shared(interp)?.borrow().net.sockets.database_latency;
    d.set_str("database_latency", Value::Float(database_latency));
    d.set_str("jitter", Value::Float(cfg.jitter));
    d.set_str("failure_rate", Value::Float(cfg.failure_rate));
    d.set_str(
        "rate_limit",
        cfg.rate_limit
            .map_or(Value::None, |n| Value::Int(i64::from(n))),
    );
    d.set_str("seed", Value::Int(cfg.seed as i64));
    d.set_str("bandwidth", Value::Float(cfg.bandwidth));
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

fn socket_id(v: &Value) -> PyResult<u32> {
    match v {
        Value::Int(n) => u32::try_from(*n).map_err(|_| PyErr::value_error("bad socket id")),
        _ => Err(PyErr::type_error("a socket id must be an int")),
    }
}

/// `socket_open(scheduler, host, port, callback)`: connects to `host:port` through the
/// host's sockets; what happens arrives as `callback(kind, payload)` on the loop
/// (`socket.rs`). Returns the socket's id, or `None` when this host has no sockets.
fn socket_open(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("socket_open", args, 4, 4)?;
    let sched = sched_of(args)?;
    let host = str_arg(&args[1], "host")?;
    let port = port_arg(&args[2])?;
    let sh = shared(interp)?;
    let id = sh
        .borrow_mut()
        .net
        .sockets
        .open(&host, port, sched, args[3].clone());
    Ok(id.map_or(Value::None, |id| Value::Int(i64::from(id))))
}

/// A port number as `socket` checks it.
fn port_arg(v: &Value) -> PyResult<u16> {
    match v {
        Value::Int(p) => u16::try_from(*p).map_err(|_| {
            PyErr::new(
                loopscope_python::ExcKind::OverflowError,
                "getsockaddrarg: port must be 0-65535.",
            )
        }),
        _ => Err(PyErr::type_error("port must be an int")),
    }
}

/// `socket_listen(scheduler, host, port, callback)`: asks the host to accept connections
/// to `host:port` from outside the run; each arrives as `callback('accepted', peer,
/// conn)`, then its events as `callback(kind, payload, conn)` (`socket.rs`). Returns the
/// listener's id, or `(errno, text)` when the host cannot listen there.
fn socket_listen(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("socket_listen", args, 4, 4)?;
    let sched = sched_of(args)?;
    let host = str_arg(&args[1], "host")?;
    let port = port_arg(&args[2])?;
    let sh = shared(interp)?;
    let result = sh
        .borrow_mut()
        .net
        .sockets
        .listen(&host, port, sched, args[3].clone());
    Ok(match result {
        Ok(id) => Value::Int(i64::from(id)),
        Err((errno, text)) => Value::tuple(vec![Value::Int(i64::from(errno)), Value::string(text)]),
    })
}

/// `socket_send(id, data)`: sends bytes on a socket.
fn socket_send(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("socket_send", args, 2, 2)?;
    let id = socket_id(&args[0])?;
    let data = bytes_arg(&args[1])?;
    shared(interp)?.borrow_mut().net.sockets.send(id, &data);
    Ok(Value::None)
}

/// `socket_close(id)`: closes a socket.
fn socket_close(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("socket_close", args, 1, 1)?;
    let id = socket_id(&args[0])?;
    shared(interp)?.borrow_mut().net.sockets.close(id);
    Ok(Value::None)
}

/// `query_start(sql)`: a database round trip begins; it is in the trace as a request
/// (`FetchStart` with method `SQL` and the statement as its URL). Returns its id.
fn query_start(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("query_start", args, 1, 1)?;
    let sql = str_arg(&args[0], "sql")?;
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let id = s.net.next_id();
    let (at, task) = (s.clock.nanos(), s.current_task);
    s.record(|t| TraceEvent::FetchStart {
        at,
        fetch: id,
        task,
        method: t.intern("SQL"),
        url: t.intern(sql.trim()),
    });
    Ok(Value::Int(i64::from(id)))
}

/// `query_end(id, rows, error)`: the round trip is over, with `rows` rows or an error.
fn query_end(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("query_end", args, 3, 3)?;
    let (Value::Int(id), Value::Int(rows)) = (&args[0], &args[1]) else {
        return Err(PyErr::type_error("query_end() takes an id and a row count"));
    };
    let error = match &args[2] {
        Value::None => None,
        v => Some(str_arg(v, "error")?),
    };
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    record_end(
        &mut s,
        *id as u32,
        Summary {
            status: 0,
            bytes: (*rows).max(0) as u64,
            error,
        },
    );
    Ok(Value::None)
}

pub fn register(m: &mut ModuleBuilder) {
    m.functions(FUNCTIONS);
}

/// `_net`'s functions, by their Python names.
const FUNCTIONS: &[(&str, Native)] = &[
    ("query_start", query_start),
    ("query_end", query_end),
    ("socket_open", socket_open),
    ("socket_listen", socket_listen),
    ("socket_send", socket_send),
    ("socket_close", socket_close),
    ("sockets_available", sockets_available),
    ("database", database),
    ("fetch", fetch),
    ("fetch_blocking", fetch_blocking),
    ("finish", finish),
    ("configure", configure),
    ("settings", settings),
    ("url", url),
    ("encode_query", encode_query),
    ("mode", mode),
    ("base_url", base_url),
    ("hosts", hosts),
    ("reason", reason),
];

/// `sockets_available()`: whether this host has sockets.
fn sockets_available(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        shared(interp)?.borrow().net.sockets.available(),
    ))
}

/// `database()`: where database connections go (`--database`), or None.
fn database(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(shared(interp)?
        .borrow()
        .net
        .database
        .as_deref()
        .map_or(Value::None, Value::str))
}

/// `url(text, params=None)`: the parts of a URL ([`url_value`]).
fn url(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("url", args, 1, 2)?;
    let text = str_arg(&args[0], "url")?;
    let params = match args.get(1) {
        Some(p) => pairs(p, "params")?,
        None => vec![],
    };
    Ok(url_value(&text, &params))
}

/// `encode_query(data)`: `(name, value)` pairs as a URL's query string.
fn encode_query(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("encode_query", args, 1, 1)?;
    Ok(Value::string(super::url::encode_query(&pairs(
        &args[0], "data",
    )?)))
}

/// `mode()`: the network's mode, by name.
fn mode(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::str(shared(interp)?.borrow().net.mode.name()))
}

/// `base_url()`: the page's own address, which relative URLs resolve against, or None.
fn base_url(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(shared(interp)?
        .borrow()
        .net
        .base_url()
        .map_or(Value::None, Value::string))
}

/// `hosts()`: the names of the simulated network's hosts.
fn hosts(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::list(
        super::hosts::HOSTS
            .iter()
            .map(|(name, _)| Value::str(name))
            .collect(),
    ))
}

/// `reason(code)`: an HTTP status code's reason phrase ('' if unknown).
fn reason(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    arity("reason", args, 1, 1)?;
    match args[0] {
        Value::Int(code) => Ok(Value::str(
            u16::try_from(code).map_or("", super::hosts::reason),
        )),
        _ => Err(PyErr::type_error("reason() takes a status code")),
    }
}
