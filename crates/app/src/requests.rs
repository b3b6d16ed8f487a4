//! The Requests panel: while the run serves (`uvicorn.run(app)`, or any asyncio server
//! passed to `asyncio.selector_events.expose`), the page sends it HTTP requests — a
//! method, a path with its query, headers, a JSON body — and shows each answer: status
//! line, headers, body (JSON pretty-printed), time taken. The run's requests so far are
//! listed; picking one shows it again.
//!
//! The text helpers (headers typed one a line, JSON made readable, durations) are here
//! too, for the Load panel as well.

use leptos::prelude::*;
use loopscope_web::{HttpAnswer, HttpRequest, RunHandle};

/// The methods the panels offer.
pub const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/// How many requests the history keeps.
const HISTORY: usize = 20;

/// How much of a body the panel shows (a bigger one is cut, with a note).
const SHOWN_BODY: usize = 200_000;

/// Whether the panel offers a body for `method`.
pub fn has_body(method: &str) -> bool {
    matches!(method, "POST" | "PUT" | "PATCH")
}

/// Headers typed one a line (`Name: value`); blank lines are skipped.
pub fn parse_headers(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut headers = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let Some((name, value)) = line.split_once(':') else {
            return Err(format!(
                "“{line}” is not a header: write one “Name: value” a line"
            ));
        };
        let name = name.trim();
        let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
        if name.is_empty() || !name.chars().all(token) {
            return Err(format!("“{name}” is not a header name"));
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    Ok(headers)
}

/// The request target for what was typed in the path box: always from `/`, spaces as
/// `%20`.
pub fn target_of(path: &str) -> String {
    let path = path.trim().replace(' ', "%20");
    if path.starts_with('/') {
        path
    } else {
        format!("/{path}")
    }
}

/// A duration in ms as people read it: `8.4 ms`, `212 ms`, `2.05 s`.
pub fn duration(ms: f64) -> String {
    if ms < 10.0 {
        format!("{ms:.1} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// `200 OK`.
pub fn status_line(answer: &HttpAnswer) -> String {
    format!("{} {}", answer.status, answer.reason)
        .trim_end()
        .to_string()
}

/// The body as the panel shows it: JSON indented when it is JSON, text otherwise.
pub fn shown_body(headers: &[(String, String)], body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let says_json = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("content-type") && v.to_ascii_lowercase().contains("json")
    });
    let looks_json = matches!(text.trim_start().chars().next(), Some('{' | '['));
    let mut shown = if says_json || looks_json {
        pretty_json(&text).unwrap_or_else(|| text.to_string())
    } else {
        text.to_string()
    };
    if shown.len() > SHOWN_BODY {
        let mut cut = SHOWN_BODY;
        while !shown.is_char_boundary(cut) {
            cut -= 1;
        }
        shown.truncate(cut);
        shown.push_str(&format!("\n… ({} bytes in all)", body.len()));
    }
    shown
}

/// `text` indented two spaces a level when it is one JSON value; `None` when it is not
/// JSON. Strings, numbers and key order stay exactly as they came.
pub fn pretty_json(text: &str) -> Option<String> {
    let mut p = Pretty {
        src: text,
        i: 0,
        out: String::with_capacity(text.len() * 2),
    };
    p.space();
    p.value(0)?;
    p.space();
    (p.i == text.len()).then_some(p.out)
}

struct Pretty<'a> {
    src: &'a str,
    i: usize,
    out: String,
}

impl Pretty<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.i).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn newline(&mut self, depth: usize) {
        self.out.push('\n');
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    fn value(&mut self, depth: usize) -> Option<()> {
        if depth > 256 {
            return None;
        }
        match self.peek()? {
            b'{' => self.container(b'}', depth),
            b'[' => self.container(b']', depth),
            b'"' => self.string(),
            _ => self.scalar(),
        }
    }

    fn string(&mut self) -> Option<()> {
        let start = self.i;
        self.i += 1;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => self.i += 2,
                c if c < 0x20 => return None,
                _ => self.i += 1,
            }
        }
        self.i += 1;
        self.out.push_str(self.src.get(start..self.i)?);
        Some(())
    }

    fn scalar(&mut self) -> Option<()> {
        let start = self.i;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        {
            self.i += 1;
        }
        let word = &self.src[start..self.i];
        if !(matches!(word, "true" | "false" | "null") || is_number(word)) {
            return None;
        }
        self.out.push_str(word);
        Some(())
    }

    /// An object (`close` is `}`) or an array.
    fn container(&mut self, close: u8, depth: usize) -> Option<()> {
        let open = self.peek()?;
        self.i += 1;
        self.out.push(char::from(open));
        self.space();
        if self.peek() == Some(close) {
            self.i += 1;
            self.out.push(char::from(close));
            return Some(());
        }
        loop {
            self.newline(depth + 1);
            if close == b'}' {
                if self.peek() != Some(b'"') {
                    return None;
                }
                self.string()?;
                self.space();
                if self.peek() != Some(b':') {
                    return None;
                }
                self.i += 1;
                self.out.push_str(": ");
                self.space();
            }
            self.value(depth + 1)?;
            self.space();
            match self.peek()? {
                b',' => {
                    self.i += 1;
                    self.out.push(',');
                    self.space();
                }
                c if c == close => {
                    self.i += 1;
                    self.newline(depth);
                    self.out.push(char::from(close));
                    return Some(());
                }
                _ => return None,
            }
        }
    }
}

/// Whether `word` is a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn is_number(word: &str) -> bool {
    let b = word.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let from = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - from
    };
    let whole = digits(&mut i);
    if whole == 0 || (whole > 1 && b[i - whole] == b'0') {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// The port a panel sends to: the one picked while it is still served, else the first.
pub(crate) fn port_for(serving: &[u16], picked: Option<u16>) -> Option<u16> {
    picked
        .filter(|p| serving.contains(p))
        .or_else(|| serving.first().copied())
}

/// The panels' first line: where the run serves (with a choice of port when there are
/// several), or how to make it serve.
#[component]
pub(crate) fn ServingNote(
    serving: Signal<Vec<u16>>,
    running: Signal<bool>,
    picked: RwSignal<Option<u16>>,
    /// `requests` or `load`, for the test ids.
    who: &'static str,
) -> impl IntoView {
    view! {
        <p class="serving" data-testid=format!("{who}-serving")>
            {move || {
                let ports = serving.get();
                if ports.is_empty() {
                    let now = if running.get() {
                        "The program is running but serves nothing yet."
                    } else {
                        "Nothing serves."
                    };
                    view! {
                        <span class="not-serving">
                            {now}
                            " To serve from the program, end a FastAPI program with "
                            <code>"uvicorn.run(app)"</code>
                            " (or pass an asyncio server to "
                            <code>"asyncio.selector_events.expose(server)"</code>
                            ") and press Run: the run then keeps serving, as a real server does, until the program closes the server or you press Stop."
                        </span>
                    }
                        .into_any()
                } else if ports.len() == 1 {
                    view! {
                        <span class="serving-on">
                            "Serving on " <code>{format!("http://127.0.0.1:{}", ports[0])}</code>
                        </span>
                    }
                        .into_any()
                } else {
                    let chosen = port_for(&ports, picked.get());
                    view! {
                        <label class="serving-on">
                            "Serving on http://127.0.0.1:"
                            <select
                                data-testid=format!("{who}-port")
                                on:change=move |ev| {
                                    picked.set(event_target_value(&ev).parse().ok())
                                }
                            >
                                {ports
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <option value=p.to_string() selected=Some(p) == chosen>
                                                {p.to_string()}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                    }
                        .into_any()
                }
            }}
        </p>
    }
}

/// One request sent in this run and what came of it.
#[derive(Clone, Debug, PartialEq)]
struct Sent {
    id: u32,
    method: String,
    target: String,
    /// `None` while it is in flight.
    outcome: Option<Result<HttpAnswer, String>>,
}

impl Sent {
    /// The history's line for it.
    fn summary(&self) -> String {
        let how = match &self.outcome {
            None => "…".to_string(),
            Some(Ok(a)) => format!("{} · {}", a.status, duration(a.elapsed_ms)),
            Some(Err(_)) => "no answer".to_string(),
        };
        format!("{} {} → {how}", self.method, self.target)
    }
}

/// The method menu and the path field both panels start their form with
/// (`data-testid` `{testid}-method` and `{testid}-path`).
#[component]
pub(crate) fn MethodAndPath(
    method: RwSignal<String>,
    path: RwSignal<String>,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field-name">"Method"</span>
            <select
                data-testid=format!("{testid}-method")
                prop:value=move || method.get()
                on:change=move |ev| method.set(event_target_value(&ev))
            >
                {METHODS
                    .into_iter()
                    .map(|m| view! { <option value=m>{m}</option> })
                    .collect_view()}
            </select>
        </label>
        <label class="field grow">
            <span class="field-name">"Path and query"</span>
            <input
                type="text"
                data-testid=format!("{testid}-path")
                spellcheck="false"
                autocomplete="off"
                prop:value=move || path.get()
                on:input=move |ev| path.set(event_target_value(&ev))
            />
        </label>
    }
}

#[component]
pub fn Requests(
    /// The run in progress (or the last one).
    handle: StoredValue<RunHandle, LocalStorage>,
    /// The ports the run serves on.
    serving: Signal<Vec<u16>>,
    running: Signal<bool>,
    /// Goes up with each run: the history is the current run's.
    run_number: Signal<u32>,
) -> impl IntoView {
    let method = RwSignal::new("GET".to_string());
    let path = RwSignal::new("/".to_string());
    let headers_text = RwSignal::new(String::new());
    let body_text = RwSignal::new(String::new());
    let picked = RwSignal::new(None::<u16>);
    let history = RwSignal::new(Vec::<Sent>::new());
    let shown = RwSignal::new(None::<u32>);
    let problem = RwSignal::new(None::<String>);
    let next_id = StoredValue::new(0u32);
    Effect::new(move |_| {
        run_number.track();
        history.set(Vec::new());
        shown.set(None);
        problem.set(None);
    });
    let port = move || port_for(&serving.get(), picked.get());

    let send = move || {
        let Some(port) = untrack(port) else {
            return;
        };
        let method_now = method.get_untracked();
        let mut headers = match parse_headers(&headers_text.get_untracked()) {
            Ok(h) => h,
            Err(e) => {
                problem.set(Some(e));
                return;
            }
        };
        problem.set(None);
        let body = if has_body(&method_now) {
            body_text.get_untracked()
        } else {
            String::new()
        };
        if !body.trim().is_empty()
            && !headers
                .iter()
                .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        {
            headers.push(("content-type".into(), "application/json".into()));
        }
        let request = HttpRequest {
            method: method_now.clone(),
            target: target_of(&path.get_untracked()),
            headers,
            body: body.into_bytes(),
        };
        next_id.update_value(|n| *n += 1);
        let id = next_id.get_value();
        history.update(|h| {
            h.push(Sent {
                id,
                method: method_now,
                target: request.target.clone(),
                outcome: None,
            });
            if h.len() > HISTORY {
                h.remove(0);
            }
        });
        shown.set(Some(id));
        let run = run_number.get_untracked();
        let handle = handle.get_value();
        leptos::task::spawn_local(async move {
            let outcome = loopscope_web::request(&handle, port, &request).await;
            if run_number.try_get_untracked() != Some(run) {
                return;
            }
            history.try_update(|h| {
                if let Some(sent) = h.iter_mut().find(|s| s.id == id) {
                    sent.outcome = Some(outcome);
                }
            });
        });
    };

    let in_flight = move || history.with(|h| h.iter().filter(|s| s.outcome.is_none()).count());
    let current = move || {
        history.with(|h| {
            shown
                .get()
                .and_then(|id| h.iter().find(|s| s.id == id))
                .or(h.last())
                .cloned()
        })
    };

    view! {
        <div class="requests" data-testid="requests">
            <ServingNote serving=serving running=running picked=picked who="requests" />
            <form
                class="request-form"
                aria-label="Request"
                on:submit=move |ev| {
                    ev.prevent_default();
                    send();
                }
            >
                <div class="request-line">
                    <MethodAndPath method=method path=path testid="req" />
                    <button
                        type="submit"
                        class="run"
                        data-testid="req-send"
                        disabled=move || port().is_none()
                    >
                        "Send"
                    </button>
                </div>
                <div class="request-more">
                    <label class="field grow">
                        <span class="field-name">"Headers (one “Name: value” a line)"</span>
                        <textarea
                            data-testid="req-headers"
                            rows="2"
                            spellcheck="false"
                            placeholder="Authorization: Bearer secret"
                            prop:value=move || headers_text.get()
                            on:input=move |ev| headers_text.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                    <label class="field grow" hidden=move || !has_body(&method.get())>
                        <span class="field-name">"JSON body"</span>
                        <textarea
                            data-testid="req-body"
                            rows="2"
                            spellcheck="false"
                            placeholder="{\"name\": \"Ada\"}"
                            prop:value=move || body_text.get()
                            on:input=move |ev| body_text.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                </div>
                <p class="request-problem" data-testid="req-problem" role="alert" hidden=move || problem.get().is_none()>
                    {move || problem.get().unwrap_or_default()}
                </p>
            </form>
            <p class="hint" data-testid="req-in-flight" role="status">
                {move || match in_flight() {
                    0 => String::new(),
                    1 => "1 request in flight…".to_string(),
                    n => format!("{n} requests in flight…"),
                }}
            </p>
            <div class="request-results">
                <section class="answer" aria-label="Answer" data-testid="req-answer">
                    {move || match current() {
                        None => view! { <p class="hint">"The answer shows here."</p> }.into_any(),
                        Some(sent) => answer_view(sent).into_any(),
                    }}
                </section>
                <section class="history" aria-label="Requests sent in this run" hidden=move || history.with(Vec::is_empty)>
                    <h3>"This run's requests"</h3>
                    <ol class="history-list" data-testid="req-history">
                        {move || {
                            let chosen = current().map(|s| s.id);
                            history
                                .get()
                                .into_iter()
                                .rev()
                                .map(|sent| {
                                    let id = sent.id;
                                    let failed = matches!(
                                        & sent.outcome, Some(Ok(a)) if a.status >= 400
                                    ) || matches!(sent.outcome, Some(Err(_)));
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="history-item"
                                                class:failed=failed
                                                data-testid="req-history-item"
                                                aria-pressed=(chosen == Some(id)).to_string()
                                                on:click=move |_| shown.set(Some(id))
                                            >
                                                {sent.summary()}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                </section>
            </div>
        </div>
    }
}

/// One request and its answer (or why there is none, or that it is on its way).
fn answer_view(sent: Sent) -> impl IntoView {
    let asked = format!("{} {}", sent.method, sent.target);
    match sent.outcome {
        None => view! {
            <p class="pending" data-testid="req-pending">
                {format!("Waiting for the answer to {asked}…")}
            </p>
        }
        .into_any(),
        Some(Err(why)) => view! {
            <p class="asked">{asked}</p>
            <p class="request-problem" data-testid="req-error">{format!("No answer: {why}")}</p>
        }
        .into_any(),
        Some(Ok(answer)) => {
            let class = match answer.status {
                200..=399 => "status ok",
                400..=499 => "status warn",
                _ => "status bad",
            };
            let headers = answer
                .headers
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("\n");
            let body = shown_body(&answer.headers, &answer.body);
            view! {
                <p class="asked">
                    {asked} " → "
                    <span class=class data-testid="req-status">
                        {status_line(&answer)}
                    </span>
                    " in "
                    <span data-testid="req-time">{duration(answer.elapsed_ms)}</span>
                </p>
                <details class="answer-headers">
                    <summary>{format!("Headers ({})", answer.headers.len())}</summary>
                    <pre data-testid="req-answer-headers">{headers}</pre>
                </details>
                <pre class="answer-body" data-testid="req-answer-body" tabindex="0" aria-label="Body">
                    {if body.is_empty() { "(no body)".to_string() } else { body }}
                </pre>
            }
            .into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_indented_as_it_came() {
        assert_eq!(
            pretty_json(r#"{"a":[1,2.5e3,{"b":"x, y"}],"c":{},"d":[] , "e":null}"#).unwrap(),
            "{\n  \"a\": [\n    1,\n    2.5e3,\n    {\n      \"b\": \"x, y\"\n    }\n  ],\n  \"c\": {},\n  \"d\": [],\n  \"e\": null\n}"
        );
        assert_eq!(pretty_json(" \"é\\\"\" ").unwrap(), "\"é\\\"\"");
        for bad in [
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "tru",
            "{\"a\":1} x",
            "",
            "1.",
            "-",
        ] {
            assert_eq!(pretty_json(bad), None, "{bad}");
        }
    }

    #[test]
    fn headers_targets_and_durations() {
        assert_eq!(
            parse_headers("X-Token: a:b\n\n  Accept : */*  ").unwrap(),
            [
                ("X-Token".to_string(), "a:b".to_string()),
                ("Accept".to_string(), "*/*".to_string())
            ]
        );
        assert!(parse_headers("no colon").is_err());
        assert!(parse_headers("bad name: x").is_err());
        assert_eq!(target_of("items/3?q=a b"), "/items/3?q=a%20b");
        assert_eq!(target_of(" /x "), "/x");
        assert_eq!(duration(3.21), "3.2 ms");
        assert_eq!(duration(212.4), "212 ms");
        assert_eq!(duration(2050.0), "2.05 s");
        assert_eq!(port_for(&[8000, 8001], Some(8001)), Some(8001));
        assert_eq!(port_for(&[8000], Some(9)), Some(8000));
        assert_eq!(port_for(&[], None), None);
    }

    #[test]
    fn bodies_show_json_indented_and_text_as_is() {
        let json = [("Content-Type".to_string(), "application/json".to_string())];
        assert_eq!(shown_body(&json, br#"{"ok":true}"#), "{\n  \"ok\": true\n}");
        assert_eq!(shown_body(&[], b"[1]"), "[\n  1\n]");
        assert_eq!(shown_body(&[], b"plain {"), "plain {");
        assert_eq!(shown_body(&json, b"{broken"), "{broken");
    }
}
