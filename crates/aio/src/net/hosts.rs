//! The simulated network's built-in hosts and what they answer: `example.com` (a page),
//! `httpbin.org` (echoes, delays, status codes, JSON, seeded UUIDs and bytes),
//! `api.example.com` (a small JSON API: users, orders, products, items) and `google.com`.
//! `localhost` refuses connections; any other name does not resolve.

mod api;
mod httpbin;
mod pages;

use super::json::Json;
use super::{HttpRequest, HttpResponse};
use api::api_example_com;
use httpbin::httpbin;
use pages::{example_com, google_com};

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
    pub(super) fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Served {
        Served {
            status,
            content_type,
            body: body.into(),
            headers: Vec::new(),
            delay: 0.0,
        }
    }

    pub(super) fn json(status: u16, value: &Json) -> Served {
        Served::new(status, "application/json", value.compact())
    }

    pub(super) fn pretty(status: u16, value: &Json) -> Served {
        Served::new(status, "application/json", value.pretty())
    }
}

pub(super) const HTML: &str = "text/html; charset=utf-8";

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

pub(super) fn method_not_allowed() -> Served {
    Served::new(
        405,
        HTML,
        "<!doctype html>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n\
         <p>The method is not allowed for the requested URL.</p>\n",
    )
}

pub(super) fn not_found_html() -> Served {
    Served::new(
        404,
        HTML,
        "<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n\
         <p>The requested URL was not found on the server.</p>\n",
    )
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
    use httpbin::uuid4;

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
