//! The simulated `example.com` (one page for every path) and `google.com` (a search page
//! whose results are always the same five links).

use super::{method_not_allowed, Ctx, Served, HTML};
use crate::net::url::parse_query;
use crate::net::HttpRequest;

pub(super) fn example_com(req: &HttpRequest, _: &mut Ctx) -> Served {
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

pub(super) fn google_com(req: &HttpRequest, _: &mut Ctx) -> Served {
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

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
