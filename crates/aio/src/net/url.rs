//! URLs as the HTTP modules need them: split into scheme, host, port, path and query,
//! normalised (lower-case scheme and host, no default port, `/` for an empty path), and
//! query strings built from parameters the way `urllib.parse.urlencode` builds them.
//!
//! `data:` and `blob:` URLs stay opaque: only the browser's real network fetches them.

/// Why a URL could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// No `scheme:` at all (`example.com/page`).
    MissingScheme,
    /// A scheme the network cannot fetch (`ftp:`).
    UnsupportedScheme(String),
    /// `http://` with nothing after it, or an empty host.
    NoHost,
    /// A port that is not a number from 0 to 65535.
    BadPort(String),
}

impl UrlError {
    /// The kind name the Python modules map to their own exception types.
    pub fn kind(&self) -> &'static str {
        match self {
            UrlError::MissingScheme => "missing-scheme",
            UrlError::UnsupportedScheme(_) => "unsupported-scheme",
            UrlError::NoHost => "no-host",
            UrlError::BadPort(_) => "bad-port",
        }
    }
}

/// A parsed, normalised URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    pub scheme: String,
    /// Lower-case host name (empty for opaque URLs).
    pub host: String,
    /// The port when it is not the scheme's default.
    pub port: Option<u16>,
    /// The path, percent-encoded, starting with `/` (an opaque URL's whole remainder).
    pub path: String,
    /// The query string without `?`, when there is one.
    pub query: Option<String>,
    /// `data:` and `blob:` URLs: no host, fetched as written.
    pub opaque: bool,
}

impl Url {
    /// Parses `text`: `http(s)://host[:port][/path][?query][#fragment]`, or an opaque
    /// `data:`/`blob:` URL. The fragment is dropped, as HTTP clients drop it.
    pub fn parse(text: &str) -> Result<Url, UrlError> {
        let text = text.trim();
        let Some(colon) = text.find(':') else {
            return Err(UrlError::MissingScheme);
        };
        let scheme = &text[..colon];
        let valid_scheme = scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if !valid_scheme {
            return Err(UrlError::MissingScheme);
        }
        let scheme = scheme.to_ascii_lowercase();
        let rest = &text[colon + 1..];
        match scheme.as_str() {
            "http" | "https" => {}
            "data" | "blob" => {
                return Ok(Url {
                    scheme,
                    host: String::new(),
                    port: None,
                    path: rest.to_string(),
                    query: None,
                    opaque: true,
                })
            }
            // `localhost:8000/x` reads as scheme `localhost` to a parser; people mean a host.
            _ if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
                return Err(UrlError::MissingScheme)
            }
            _ => return Err(UrlError::UnsupportedScheme(scheme)),
        }
        let Some(rest) = rest.strip_prefix("//") else {
            return Err(UrlError::NoHost);
        };
        let rest = rest.split('#').next().unwrap_or("");
        let auth_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..auth_end];
        let after = &rest[auth_end..];
        // Credentials (`user:pass@`) are not sent anywhere; the host is what matters.
        let hostport = authority.rsplit('@').next().unwrap_or("");
        let (host, port) = split_host_port(hostport)?;
        if host.is_empty() {
            return Err(UrlError::NoHost);
        }
        let default = if scheme == "https" { 443 } else { 80 };
        let port = port.filter(|p| *p != default);
        let (path, query) = match after.find('?') {
            Some(q) => (&after[..q], Some(encode_part(&after[q + 1..], true))),
            None => (after, None),
        };
        let path = if path.is_empty() {
            "/".to_string()
        } else {
            encode_part(path, false)
        };
        Ok(Url {
            scheme,
            host: host.to_ascii_lowercase(),
            port,
            path,
            query,
            opaque: false,
        })
    }

    /// The port connections go to: the explicit one or the scheme's default.
    pub fn port_or_default(&self) -> u16 {
        self.port
            .unwrap_or(if self.scheme == "https" { 443 } else { 80 })
    }

    /// Path and query, as a request line carries them (`/get?a=1`).
    pub fn target(&self) -> String {
        match &self.query {
            Some(q) => format!("{}?{q}", self.path),
            None => self.path.clone(),
        }
    }

    /// `host` or `host:port` when the port is not the default.
    pub fn authority(&self) -> String {
        match self.port {
            Some(p) => format!("{}:{p}", self.host),
            None => self.host.clone(),
        }
    }

    /// The whole URL, normalised.
    pub fn href(&self) -> String {
        if self.opaque {
            return format!("{}:{}", self.scheme, self.path);
        }
        format!("{}://{}{}", self.scheme, self.authority(), self.target())
    }

    /// This URL with `pairs` appended to its query string.
    pub fn with_params(&self, pairs: &[(String, String)]) -> Url {
        if pairs.is_empty() || self.opaque {
            return self.clone();
        }
        let extra = encode_query(pairs);
        let mut url = self.clone();
        url.query = Some(match &self.query {
            Some(q) if !q.is_empty() => format!("{q}&{extra}"),
            _ => extra,
        });
        url
    }
}

fn split_host_port(hostport: &str) -> Result<(&str, Option<u16>), UrlError> {
    // An IPv6 literal keeps its brackets; a port may follow them.
    if let Some(end) = hostport.strip_prefix('[').and_then(|r| r.find(']')) {
        let host = &hostport[..end + 2];
        let rest = &hostport[end + 2..];
        return match rest.strip_prefix(':') {
            Some(p) => Ok((host, Some(parse_port(p)?))),
            None => Ok((host, None)),
        };
    }
    match hostport.rsplit_once(':') {
        Some((host, "")) => Ok((host, None)),
        Some((host, p)) => Ok((host, Some(parse_port(p)?))),
        None => Ok((hostport, None)),
    }
}

fn parse_port(p: &str) -> Result<u16, UrlError> {
    if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
        return Err(UrlError::BadPort(p.to_string()));
    }
    p.parse().map_err(|_| UrlError::BadPort(p.to_string()))
}

/// Percent-encodes what may not appear raw in a path or query (spaces, non-ASCII,
/// controls), leaving existing `%XX` escapes and the reserved characters alone.
fn encode_part(text: &str, query: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        let keep = b.is_ascii_alphanumeric()
            || b"-._~!$&'()*+,;=:@/%".contains(&b)
            || (query && b == b'?');
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `application/x-www-form-urlencoded` text of `pairs`: unreserved characters stay,
/// spaces become `+`, everything else `%XX` (as `urllib.parse.urlencode` does).
pub fn encode_query(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        quote_plus(k, &mut out);
        out.push('=');
        quote_plus(v, &mut out);
    }
    out
}

fn quote_plus(text: &str, out: &mut String) {
    for &b in text.as_bytes() {
        match b {
            b' ' => out.push('+'),
            b if b.is_ascii_alphanumeric() || b"-._~".contains(&b) => out.push(b as char),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
}

/// Decodes `%XX` escapes and (in form data) `+` for space; invalid escapes stay as written.
pub fn unquote(text: &str, plus: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(v) = u8::from_str_radix(hex, 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if plus && b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The name-value pairs of a query string (or form body), decoded, in order.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (unquote(k, true), unquote(v, true)),
            None => (unquote(p, true), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises() {
        let u = Url::parse("HTTPS://API.Example.com:443/users?id=1#top").unwrap();
        assert_eq!(u.host, "api.example.com");
        assert_eq!(u.port, None);
        assert_eq!(u.href(), "https://api.example.com/users?id=1");
        let u = Url::parse("http://httpbin.org").unwrap();
        assert_eq!(u.href(), "http://httpbin.org/");
        let u = Url::parse("http://localhost:8000/a b").unwrap();
        assert_eq!(u.href(), "http://localhost:8000/a%20b");
        assert_eq!(u.port_or_default(), 8000);
    }

    #[test]
    fn rejects_what_cannot_be_fetched() {
        assert_eq!(Url::parse("example.com/x"), Err(UrlError::MissingScheme));
        assert_eq!(Url::parse("localhost:8000/x"), Err(UrlError::MissingScheme));
        assert_eq!(
            Url::parse("ftp://example.com"),
            Err(UrlError::UnsupportedScheme("ftp".into()))
        );
        assert_eq!(Url::parse("http://"), Err(UrlError::NoHost));
        assert_eq!(
            Url::parse("http://example.com:99999/"),
            Err(UrlError::BadPort("99999".into()))
        );
        assert!(Url::parse("data:application/json,{}").unwrap().opaque);
    }

    #[test]
    fn params_encode_like_urlencode() {
        let u = Url::parse("https://httpbin.org/get?x=1").unwrap();
        let pairs = vec![("q".to_string(), "a b&c".to_string())];
        assert_eq!(
            u.with_params(&pairs).href(),
            "https://httpbin.org/get?x=1&q=a+b%26c"
        );
        assert_eq!(
            parse_query("q=a+b%26c&flag"),
            vec![("q".into(), "a b&c".into()), ("flag".into(), String::new())]
        );
    }
}
