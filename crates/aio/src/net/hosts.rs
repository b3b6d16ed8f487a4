//! The simulated network's built-in hosts and what they answer: `example.com` (a page),
//! `httpbin.org` (echoes, delays, status codes, JSON, seeded UUIDs and bytes),
//! `api.example.com` (a small JSON API: users, orders, products, items) and `google.com`.
//! `localhost` refuses connections; any other name does not resolve.

use super::json::{self, Json};
use super::sim::mix;
use super::url::parse_query;
use super::{HttpRequest, HttpResponse};

/// How a host behaves: its round trip, its own work per request, and its handler.
pub struct Profile {
    /// Round-trip time in seconds.
    pub latency: f64,
    /// Seconds the server works on each request.
    pub server_time: f64,
    /// The `Server` header it sends.
    pub server: &'static str,
    pub serve: fn(&HttpRequest, &mut Ctx) -> Served,
}

/// What a host name leads to.
pub enum Lookup {
    Found(&'static Profile),
    /// Resolves, but nothing listens (`localhost`).
    Refused,
    /// Does not resolve.
    Unknown,
}

/// What a handler may draw on: the seed, which request to this URL this is, the wall
/// clock, and the run's count of `/uuid` answers.
pub struct Ctx<'a> {
    pub seed: u64,
    pub index: u32,
    pub wall: f64,
    pub uuids: &'a mut u64,
}

/// A handler's answer, before the common headers are added.
pub struct Served {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
    /// Extra seconds the server takes (httpbin's `/delay/N`).
    pub delay: f64,
}

impl Served {
    fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Served {
        Served {
            status,
            content_type,
            body: body.into(),
            headers: Vec::new(),
            delay: 0.0,
        }
    }

    fn json(status: u16, value: &Json) -> Served {
        Served::new(status, "application/json", value.compact())
    }

    fn pretty(status: u16, value: &Json) -> Served {
        Served::new(status, "application/json", value.pretty())
    }
}

const HTML: &str = "text/html; charset=utf-8";

static EXAMPLE: Profile = Profile {
    latency: 0.1,
    server_time: 0.005,
    server: "ECS (sim/1)",
    serve: example_com,
};
static HTTPBIN: Profile = Profile {
    latency: 0.2,
    server_time: 0.01,
    server: "gunicorn/19.9.0",
    serve: httpbin,
};
static API: Profile = Profile {
    latency: 0.05,
    server_time: 0.02,
    server: "uvicorn",
    serve: api_example_com,
};
static GOOGLE: Profile = Profile {
    latency: 0.08,
    server_time: 0.02,
    server: "gws",
    serve: google_com,
};

/// The built-in hosts by name.
pub const HOSTS: [(&str, &Profile); 7] = [
    ("example.com", &EXAMPLE),
    ("www.example.com", &EXAMPLE),
    ("httpbin.org", &HTTPBIN),
    ("www.httpbin.org", &HTTPBIN),
    ("api.example.com", &API),
    ("google.com", &GOOGLE),
    ("www.google.com", &GOOGLE),
];

pub fn lookup(host: &str) -> Lookup {
    if let Some((_, p)) = HOSTS.iter().find(|(name, _)| *name == host) {
        return Lookup::Found(p);
    }
    match host {
        "localhost" | "127.0.0.1" | "[::1]" | "0.0.0.0" => Lookup::Refused,
        _ => Lookup::Unknown,
    }
}

/// HTTP 429, which a rate-limited host answers instead of doing the work.
pub fn too_many_requests() -> Served {
    let mut s = Served::json(
        429,
        &Json::obj([("detail", Json::str("Too Many Requests: slow down"))]),
    );
    s.headers.push(("Retry-After".into(), "1".into()));
    s
}

/// The full response: the handler's answer plus `Content-Type`, `Content-Length`, `Date`
/// and `Server`; a `HEAD` request gets the headers without the body.
pub fn response(req: &HttpRequest, served: Served, wall: f64) -> HttpResponse {
    let server = match lookup(&req.url.host) {
        Lookup::Found(p) => p.server,
        _ => "",
    };
    let mut headers = vec![
        ("Content-Type".to_string(), served.content_type.to_string()),
        ("Content-Length".to_string(), served.body.len().to_string()),
        ("Date".to_string(), http_date(wall)),
        ("Server".to_string(), server.to_string()),
    ];
    headers.extend(served.headers);
    let body = if req.method == "HEAD" {
        Vec::new()
    } else {
        served.body
    };
    HttpResponse {
        status: served.status,
        reason: reason(served.status).to_string(),
        headers,
        body,
        url: req.url.href(),
    }
}

fn example_com(req: &HttpRequest, _: &mut Ctx) -> Served {
    if req.method != "GET" && req.method != "HEAD" {
        return method_not_allowed();
    }
    Served::new(200, HTML, EXAMPLE_PAGE)
}

const EXAMPLE_PAGE: &str = "<!doctype html>
<html>
<head>
    <title>Example Domain</title>
    <meta charset=\"utf-8\" />
    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />
    <style type=\"text/css\">
    body { background-color: #f0f0f2; margin: 0; padding: 0; font-family: sans-serif; }
    div { width: 600px; margin: 5em auto; padding: 2em; background-color: #fdfdff; border-radius: 0.5em; }
    a:link, a:visited { color: #38488f; text-decoration: none; }
    </style>
</head>
<body>
<div>
    <h1>Example Domain</h1>
    <p>You are reading Loopscope's simulated example.com. The real one is reserved for
    documentation; this one lives inside your browser tab, answers every request with
    this page, and takes a seeded, repeatable time to do it.</p>
    <p>Fetch it three times one after another, then three times with asyncio.gather,
    and compare the elapsed times: that difference is what asyncio is for.</p>
    <p><a href=\"https://httpbin.org/\">More simulated hosts: httpbin.org, api.example.com, google.com</a></p>
</div>
</body>
</html>
";

fn google_com(req: &HttpRequest, _: &mut Ctx) -> Served {
    if req.method != "GET" && req.method != "HEAD" {
        return method_not_allowed();
    }
    let query = req
        .url
        .query
        .as_deref()
        .map(parse_query)
        .unwrap_or_default();
    let q = query
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| escape_html(v));
    let mut page =
        String::from("<!doctype html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>");
    match &q {
        Some(q) => page.push_str(&format!("{q} - Google Search")),
        None => page.push_str("Google"),
    }
    page.push_str(
        "</title><style>body{font-family:arial,sans-serif;margin:0}#main{max-width:650px;\
         margin:3em auto}.r{margin:1.2em 0}.u{color:#006621;font-size:14px}</style></head>\
         <body><div id=\"main\"><form action=\"/search\"><input name=\"q\" \
         aria-label=\"Search\"><button>Google Search</button></form>",
    );
    let topics = [
        (
            "asyncio — Asynchronous I/O",
            "docs.python.org/3/library/asyncio.html",
        ),
        (
            "Coroutines and Tasks",
            "docs.python.org/3/library/asyncio-task.html",
        ),
        ("aiohttp: async HTTP client/server", "docs.aiohttp.org/"),
        (
            "HTTPX: a next-generation HTTP client",
            "www.python-httpx.org/",
        ),
        ("Requests: HTTP for Humans", "requests.readthedocs.io/"),
    ];
    for (title, url) in topics {
        page.push_str(&format!(
            "<div class=\"r\"><a href=\"https://{url}\"><h3>{title}</h3></a>\
             <div class=\"u\">https://{url}</div><p>A simulated result: Loopscope's \
             google.com answers every search with the same five links.</p></div>"
        ));
    }
    page.push_str("</div></body></html>\n");
    Served::new(200, "text/html; charset=UTF-8", page)
}

fn method_not_allowed() -> Served {
    Served::new(
        405,
        HTML,
        "<!doctype html>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n\
         <p>The method is not allowed for the requested URL.</p>\n",
    )
}

fn not_found_html() -> Served {
    Served::new(
        404,
        HTML,
        "<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n\
         <p>The requested URL was not found on the server.</p>\n",
    )
}

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

fn httpbin(req: &HttpRequest, ctx: &mut Ctx) -> Served {
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
fn uuid4(seed: u64, n: u64) -> String {
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

const USERS: [(&str, &str); 5] = [
    ("Ada Lovelace", "ada@example.com"),
    ("Alan Turing", "alan@example.com"),
    ("Grace Hopper", "grace@example.com"),
    ("Edsger Dijkstra", "edsger@example.com"),
    ("Barbara Liskov", "barbara@example.com"),
];
const PRODUCTS: [(&str, f64); 4] = [
    ("Keyboard", 49.0),
    ("Mouse", 24.5),
    ("Monitor", 189.0),
    ("Desk lamp", 32.0),
];
/// (user, product, quantity)
const ORDERS: [(i64, i64, i64); 4] = [(1, 2, 1), (3, 1, 2), (2, 3, 1), (1, 4, 3)];

fn user(i: usize) -> Json {
    let (name, email) = USERS[i];
    Json::obj([
        ("id", Json::Int(i as i64 + 1)),
        ("name", Json::str(name)),
        ("email", Json::str(email)),
    ])
}

fn product(i: usize) -> Json {
    let (name, price) = PRODUCTS[i];
    Json::obj([
        ("id", Json::Int(i as i64 + 1)),
        ("name", Json::str(name)),
        ("price", Json::Float(price)),
    ])
}

fn order(i: usize) -> Json {
    let (user, product, quantity) = ORDERS[i];
    let price = PRODUCTS[(product - 1) as usize].1;
    Json::obj([
        ("id", Json::Int(101 + i as i64)),
        ("user_id", Json::Int(user)),
        ("product_id", Json::Int(product)),
        ("quantity", Json::Int(quantity)),
        ("total", Json::Float(price * quantity as f64)),
    ])
}

fn item(n: i64) -> Json {
    Json::obj([
        ("id", Json::Int(n)),
        ("name", Json::str(format!("Item {n}"))),
        (
            "price",
            Json::Float(1.0 + (n.rem_euclid(1000) * 37 % 1000) as f64 / 10.0),
        ),
    ])
}

/// Builds the `i`th record of a collection.
type Record = fn(usize) -> Json;

fn api_not_found() -> Served {
    Served::json(404, &Json::obj([("detail", Json::str("Not Found"))]))
}

fn api_example_com(req: &HttpRequest, ctx: &mut Ctx) -> Served {
    let path = req.url.path.trim_end_matches('/');
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let method = match req.method.as_str() {
        "HEAD" => "GET",
        m => m,
    };
    let collection = |name: &str| -> Option<(usize, Record)> {
        match name {
            "users" => Some((USERS.len(), user as Record)),
            "products" => Some((PRODUCTS.len(), product)),
            "orders" => Some((ORDERS.len(), order)),
            _ => None,
        }
    };
    match (method, segments.as_slice()) {
        ("GET", [""]) => Served::json(
            200,
            &Json::obj([
                ("name", Json::str("api.example.com (simulated)")),
                (
                    "endpoints",
                    Json::Arr(
                        [
                            "/users",
                            "/orders",
                            "/products",
                            "/item/{n}",
                            "/data",
                            "POST /create",
                        ]
                        .iter()
                        .map(|s| Json::str(*s))
                        .collect(),
                    ),
                ),
            ]),
        ),
        ("GET", [name]) if collection(name).is_some() => {
            let (len, make) = collection(name).unwrap_or((0, user));
            Served::json(200, &Json::Arr((0..len).map(make).collect()))
        }
        ("GET", [name, id]) if collection(name).is_some() => {
            let (len, make) = collection(name).unwrap_or((0, user));
            let base = if *name == "orders" { 101 } else { 1 };
            match id.parse::<usize>() {
                Ok(n) if n >= base && n - base < len => Served::json(200, &make(n - base)),
                _ => api_not_found(),
            }
        }
        ("GET", ["item" | "items", n]) => match n.parse::<i64>() {
            Ok(n) if n >= 0 => Served::json(200, &item(n)),
            _ => api_not_found(),
        },
        ("GET", ["data"]) => Served::json(
            200,
            &Json::obj([
                ("status", Json::str("ok")),
                ("items", Json::Arr((1..=3).map(item).collect())),
                ("count", Json::Int(3)),
            ]),
        ),
        ("POST", ["create" | "users" | "orders" | "products" | "items"]) => {
            let text = String::from_utf8_lossy(&req.body);
            let body = if text.trim().is_empty() {
                Some(Json::Obj(vec![]))
            } else {
                json::parse(&text)
            };
            match body {
                Some(Json::Obj(members)) => {
                    let mut out = vec![("id".to_string(), Json::Int(1001 + i64::from(ctx.index)))];
                    out.extend(members.into_iter().filter(|(k, _)| k != "id"));
                    out.push(("created".into(), Json::Bool(true)));
                    Served::json(201, &Json::Obj(out))
                }
                _ => Served::json(
                    422,
                    &Json::obj([("detail", Json::str("the body must be a JSON object"))]),
                ),
            }
        }
        ("DELETE", [name, _]) if collection(name).is_some() => {
            Served::new(204, "application/json", "")
        }
        ("GET", _) => api_not_found(),
        _ => Served::json(
            405,
            &Json::obj([("detail", Json::str("Method Not Allowed"))]),
        ),
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `Thu, 01 Jan 2026 00:00:00 GMT` for seconds since the Unix epoch.
pub fn http_date(wall: f64) -> String {
    let secs = if wall.is_finite() && wall > 0.0 {
        wall as i64
    } else {
        0
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// The standard reason phrase of a status code ("" when it has none).
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        413 => "Request Entity Too Large",
        415 => "Unsupported Media Type",
        418 => "I'm a Teapot",
        422 => "Unprocessable Entity",
        425 => "Too Early",
        426 => "Upgrade Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::url::Url;

    fn serve(method: &str, url: &str, body: &str) -> HttpResponse {
        let req = HttpRequest {
            method: method.into(),
            url: Url::parse(url).unwrap(),
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
        };
        let Lookup::Found(p) = lookup(&req.url.host) else {
            panic!("{url} is not built in")
        };
        let mut uuids = 0;
        let mut ctx = Ctx {
            seed: 0,
            index: 0,
            wall: 0.0,
            uuids: &mut uuids,
        };
        let served = (p.serve)(&req, &mut ctx);
        response(&req, served, 1_767_225_600.0)
    }

    fn text(r: &HttpResponse) -> String {
        String::from_utf8_lossy(&r.body).into_owned()
    }

    #[test]
    fn hosts_answer_their_paths() {
        assert_eq!(serve("GET", "https://example.com/", "").status, 200);
        let users = serve("GET", "https://api.example.com/users", "");
        assert!(text(&users).starts_with("[{\"id\": 1, \"name\": \"Ada Lovelace\""));
        assert_eq!(
            serve("GET", "https://api.example.com/users/9", "").status,
            404
        );
        assert_eq!(
            text(&serve("GET", "https://api.example.com/item/7", "")),
            "{\"id\": 7, \"name\": \"Item 7\", \"price\": 26.9}"
        );
        let created = serve(
            "POST",
            "https://api.example.com/create",
            "{\"name\": \"test\"}",
        );
        assert_eq!(created.status, 201);
        assert_eq!(
            text(&created),
            "{\"id\": 1001, \"name\": \"test\", \"created\": true}"
        );
        let teapot = serve("GET", "https://httpbin.org/status/418", "");
        assert_eq!(
            (teapot.status, teapot.reason.as_str()),
            (418, "I'm a Teapot")
        );
        let echoed = text(&serve(
            "POST",
            "https://httpbin.org/post?x=1",
            "{\"a\": [1]}",
        ));
        assert!(
            echoed.contains("\"json\": {\n    \"a\": [\n      1\n    ]\n  }"),
            "{echoed}"
        );
        assert!(echoed.contains("\"x\": \"1\""), "{echoed}");
        assert_eq!(serve("POST", "https://httpbin.org/get", "").status, 405);
        assert_eq!(
            serve("GET", "https://httpbin.org/bytes/10", "").body.len(),
            10
        );
        let date = serve("GET", "https://example.com/", "");
        assert!(date
            .headers
            .contains(&("Date".into(), "Thu, 01 Jan 2026 00:00:00 GMT".into())));
    }

    #[test]
    fn uuids_are_version_4_and_differ() {
        let a = uuid4(0, 0);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
        assert_ne!(a, uuid4(0, 1));
        assert_eq!(a, uuid4(0, 0));
    }
}
