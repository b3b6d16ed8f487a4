//! The simulated `httpbin.org`: request echoes (`/get`, `/post`, `/anything`, `/headers`),
//! `/delay/N`, `/status/N`, `/json`, seeded `/uuid` and `/bytes/N`, `/ip`, `/html`.

use super::{method_not_allowed, not_found_html, Ctx, Served, HTML};
use crate::net::json::{self, Json};
use crate::net::sim::mix;
use crate::net::url::parse_query;
use crate::net::HttpRequest;

/// `Accept-Encoding` as httpbin writes header names: each word capitalised.
fn title_case(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn echo_headers(req: &HttpRequest) -> Json {
    let mut pairs: Vec<(String, Json)> = vec![("Host".into(), Json::str(req.url.authority()))];
    for (k, v) in &req.headers {
        let name = title_case(k);
        if name != "Host" && !pairs.iter().any(|(n, _)| *n == name) {
            pairs.push((name, Json::str(v.clone())));
        }
    }
    if !req.body.is_empty() && !pairs.iter().any(|(n, _)| n == "Content-Length") {
        pairs.push((
            "Content-Length".into(),
            Json::str(req.body.len().to_string()),
        ));
    }
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    Json::Obj(pairs)
}

/// Query or form pairs as httpbin shows them: a repeated name becomes a list.
fn pairs_json(pairs: &[(String, String)]) -> Json {
    let mut out: Vec<(String, Json)> = Vec::new();
    for (k, v) in pairs {
        match out.iter_mut().find(|(n, _)| n == k) {
            Some((_, Json::Arr(items))) => items.push(Json::str(v.clone())),
            Some((_, existing)) => {
                let first = std::mem::replace(existing, Json::Null);
                *existing = Json::Arr(vec![first, Json::str(v.clone())]);
            }
            None => out.push((k.clone(), Json::str(v.clone()))),
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Json::Obj(out)
}

const ORIGIN: &str = "203.0.113.7";

fn header<'a>(req: &'a HttpRequest, name: &str) -> Option<&'a str> {
    req.headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// httpbin's echo of a request: args and headers, and for requests with a body its data,
/// form fields and JSON.
fn echo(req: &HttpRequest, with_body: bool) -> Json {
    let args = pairs_json(
        &req.url
            .query
            .as_deref()
            .map(parse_query)
            .unwrap_or_default(),
    );
    let mut members = vec![("args".to_string(), args)];
    if with_body {
        let text = String::from_utf8_lossy(&req.body).into_owned();
        let ctype = header(req, "content-type").unwrap_or("");
        let is_form = ctype.starts_with("application/x-www-form-urlencoded");
        let parsed = if is_form { None } else { json::parse(&text) };
        members.push((
            "data".into(),
            Json::str(if is_form { String::new() } else { text.clone() }),
        ));
        members.push(("files".into(), Json::Obj(vec![])));
        members.push((
            "form".into(),
            if is_form {
                pairs_json(&parse_query(&text))
            } else {
                Json::Obj(vec![])
            },
        ));
        members.push(("headers".into(), echo_headers(req)));
        members.push(("json".into(), parsed.unwrap_or(Json::Null)));
    } else {
        members.push(("headers".into(), echo_headers(req)));
    }
    members.push(("origin".into(), Json::str(ORIGIN)));
    members.push(("url".into(), Json::str(req.url.href())));
    Json::Obj(members)
}

/// The largest `/bytes/N` and `/delay/N` httpbin gives.
const MAX_BYTES: usize = 100 * 1024;
const MAX_DELAY: f64 = 10.0;

pub(super) fn httpbin(req: &HttpRequest, ctx: &mut Ctx) -> Served {
    let path = req.url.path.trim_end_matches('/');
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    let head = parts.next().unwrap_or("");
    let tail = parts.next();
    let method = req.method.as_str();
    let body_method = matches!(method, "POST" | "PUT" | "PATCH" | "DELETE");
    let only = |m: &str| method == m || (m == "GET" && method == "HEAD");
    match (head, tail) {
        ("", None) => Served::new(200, HTML, HTTPBIN_INDEX),
        ("get", None) if only("GET") => Served::pretty(200, &echo(req, false)),
        ("post" | "put" | "patch" | "delete", None) if method.eq_ignore_ascii_case(head) => {
            Served::pretty(200, &echo(req, true))
        }
        ("anything", _) => {
            let mut v = echo(req, true);
            if let Json::Obj(m) = &mut v {
                m.insert(4, ("method".into(), Json::str(method)));
            }
            Served::pretty(200, &v)
        }
        ("delay", Some(n)) => match n.parse::<f64>() {
            Ok(secs) if secs.is_finite() && secs >= 0.0 => {
                let mut s = Served::pretty(200, &echo(req, body_method));
                s.delay = secs.min(MAX_DELAY);
                s
            }
            _ => not_found_html(),
        },
        ("status", Some(code)) => match code.parse::<u16>() {
            Ok(c) if (100..600).contains(&c) => Served::new(c, HTML, ""),
            _ => Served::new(400, HTML, "Invalid status code"),
        },
        ("json", None) if only("GET") => Served::pretty(200, &slideshow()),
        ("uuid", None) if only("GET") => {
            let n = *ctx.uuids;
            *ctx.uuids += 1;
            Served::pretty(200, &Json::obj([("uuid", Json::str(uuid4(ctx.seed, n)))]))
        }
        ("headers", None) if only("GET") => {
            Served::pretty(200, &Json::obj([("headers", echo_headers(req))]))
        }
        ("ip", None) if only("GET") => {
            Served::pretty(200, &Json::obj([("origin", Json::str(ORIGIN))]))
        }
        ("user-agent", None) if only("GET") => Served::pretty(
            200,
            &Json::obj([(
                "user-agent",
                header(req, "user-agent").map_or(Json::Null, Json::str),
            )]),
        ),
        ("bytes", Some(n)) if only("GET") => match n.parse::<usize>() {
            Ok(n) => {
                let n = n.min(MAX_BYTES);
                let mut out = Vec::with_capacity(n);
                let mut i = 0u32;
                while out.len() < n {
                    let word = mix(ctx.seed, &req.url.href(), ctx.index, u64::from(i) + 16);
                    out.extend(word.to_le_bytes().iter().take(n - out.len()));
                    i += 1;
                }
                Served::new(200, "application/octet-stream", out)
            }
            Err(_) => not_found_html(),
        },
        ("html", None) if only("GET") => Served::new(200, HTML, HTTPBIN_HTML),
        (
            "get" | "post" | "put" | "patch" | "delete" | "json" | "uuid" | "headers" | "ip"
            | "user-agent" | "bytes" | "html",
            _,
        ) if tail.is_none() || head == "bytes" => method_not_allowed(),
        _ => not_found_html(),
    }
}

const HTTPBIN_INDEX: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"UTF-8\">\
<title>httpbin.org (simulated)</title></head>\n<body>\n<h1>httpbin.org, simulated</h1>\n\
<p>A request and response service inside Loopscope. Try /get, /post, /delay/2, /status/404, \
/json, /uuid, /headers, /ip, /bytes/1024 or /anything.</p>\n</body>\n</html>\n";

const HTTPBIN_HTML: &str = "<!DOCTYPE html>\n<html>\n<head>\n</head>\n<body>\n\
<h1>A Short Story About Waiting</h1>\n<div>\n<p>The program asked three servers for three \
pages and, being synchronous, waited for each in turn, doing nothing at all between the \
question and the answer. Then it learned to ask all three at once and to do its waiting \
in one place, the event loop, where every answer was met as soon as it arrived. The pages \
were the same; the afternoon was shorter.</p>\n</div>\n</body>\n</html>\n";

fn slideshow() -> Json {
    let slide = |title: &str, items: &[&str]| {
        let mut m = vec![];
        if !items.is_empty() {
            m.push((
                "items".to_string(),
                Json::Arr(items.iter().map(|s| Json::str(*s)).collect()),
            ));
        }
        m.push(("title".into(), Json::str(title)));
        m.push((
            "type".into(),
            Json::str(if items.is_empty() { "all" } else { "list" }),
        ));
        Json::Obj(m)
    };
    Json::obj([(
        "slideshow",
        Json::obj([
            ("author", Json::str("Loopscope")),
            ("date", Json::str("2026-01-01")),
            (
                "slides",
                Json::Arr(vec![
                    slide("Why asyncio?", &[]),
                    slide(
                        "Overview",
                        &["One thread, one loop", "Tasks take turns at each await"],
                    ),
                ]),
            ),
            ("title", Json::str("Sample Slide Show")),
        ]),
    )])
}

/// A version-4 UUID drawn from the seed: the `n`th `/uuid` of the run.
pub(super) fn uuid4(seed: u64, n: u64) -> String {
    let hi = mix(seed, "uuid", (n & 0xffff_ffff) as u32, 3 + (n >> 32));
    let lo = mix(seed, "uuid", (n & 0xffff_ffff) as u32, 4 + (n >> 32));
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&hi.to_be_bytes());
    b[8..].copy_from_slice(&lo.to_be_bytes());
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}
