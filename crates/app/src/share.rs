//! Keep and share: the program survives a reload (local storage) and travels in a link
//! (the URL fragment, `#code=` + the source deflated and base64url-encoded; or
//! `#example=ID` for a gallery example). The fragment never reaches a server. Once the
//! program is edited the fragment is dropped, so a reload keeps the edit.

const STORAGE_KEY: &str = "loopscope.source";
/// Deflate level: small links matter more than microseconds.
const LEVEL: u8 = 9;

/// The fragment that carries `source`: `code=` and the compressed text.
pub fn encode_fragment(source: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(source.as_bytes(), LEVEL);
    format!("code={}", base64url_encode(&packed))
}

/// What a fragment asks the page to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    Code(String),
    Example(String),
}

/// Reads a fragment (with or without its leading `#`); `None` if it carries nothing
/// we can open (absent, damaged or truncated links included).
pub fn decode_fragment(fragment: &str) -> Option<Opened> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for part in fragment.split('&') {
        if let Some(data) = part.strip_prefix("code=") {
            let packed = base64url_decode(data)?;
            let bytes =
                miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, 1 << 22).ok()?;
            return String::from_utf8(bytes).ok().map(Opened::Code);
        }
        if let Some(id) = part.strip_prefix("example=") {
            return Some(Opened::Example(id.to_string()));
        }
    }
    None
}

/// What is wrong with a link that opened no program, in the person's words: a `#code=`
/// that does not decode (a link cut short or mangled by a mail client), or an
/// `#example=` naming no example. `None` for a link that opens, or no link at all.
pub fn fragment_problem(fragment: &str, example_exists: impl Fn(&str) -> bool) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    match decode_fragment(fragment) {
        Some(Opened::Example(id)) if !example_exists(&id) => Some(format!(
            "The link names an example, '{id}', that the gallery does not have: \
             the editor shows your last program instead."
        )),
        Some(_) => None,
        None if fragment.split('&').any(|p| p.starts_with("code=")) => Some(
            "The link carried no readable program (it may have been cut short when it was \
             copied): the editor shows your last program instead."
                .into(),
        ),
        None => None,
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        let digits = chunk.len() + 1;
        for i in 0..digits {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The inverse of `base64url_encode`; `None` on a character outside the alphabet or a
/// length no encoding produces.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 0xff) as u8);
        }
    }
    Some(out)
}

/// The program kept from the last visit, if any.
pub fn load_kept() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Keeps `source` for the next visit (silently does nothing where storage is off).
pub fn keep(source: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, source);
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The page's current fragment.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// A link to this page that opens `source`, and puts it in the address bar.
pub fn share_link(source: &str) -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let fragment = encode_fragment(source);
    let base = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    let link = format!("{base}#{fragment}");
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{fragment}")),
        );
    }
    Some(link)
}

/// Copies `text` to the clipboard, then calls `done(true)`, or `done(false)` where the
/// browser refuses (no permission, not a secure context) so the caller can show the link
/// to copy by hand.
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsValue};
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    // `navigator.clipboard` is undefined outside secure contexts.
    let navigator = window.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| c.is_object());
    if !present {
        return done(false);
    }
    let done = Rc::new(RefCell::new(Some(done)));
    let settle = |copied: bool| {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            if let Some(f) = done.borrow_mut().take() {
                f(copied);
            }
        })
    };
    let (copied, refused) = (settle(true), settle(false));
    let _ = navigator
        .clipboard()
        .write_text(text)
        .then2(&copied, &refused);
    // The promise calls one of them later; both are small and live on (one per Share).
    copied.forget();
    refused.forget();
}

/// The program a link's fragment opens.
fn linked_program(opened: Opened) -> Option<String> {
    match opened {
        Opened::Code(code) => Some(code),
        Opened::Example(id) => crate::example_source(&id),
    }
}

/// Once `source` is no longer the program the address bar's link opens (the person edited
/// it, or picked another), takes the fragment off the address (no new history entry), so
/// that a reload opens the kept program instead of bringing the link's back.
pub fn drop_stale_fragment(source: &str) {
    let Some(opened) = decode_fragment(&current_fragment()) else {
        return;
    };
    if linked_program(opened).as_deref() == Some(source) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// Focuses `input` and selects its text, ready for Ctrl/⌘+C.
pub fn select_for_copy(input: &web_sys::HtmlElement) {
    use wasm_bindgen::JsCast;
    let _ = input.focus();
    if let Ok(select) = js_sys::Reflect::get(input, &"select".into()) {
        if let Some(select) = select.dyn_ref::<js_sys::Function>() {
            let _ = select.call0(input);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255u8).collect();
        for n in 0..40 {
            let encoded = base64url_encode(&data[..n]);
            assert!(!encoded.contains(['+', '/', '=']));
            assert_eq!(base64url_decode(&encoded).as_deref(), Some(&data[..n]));
        }
        assert_eq!(base64url_encode(b"hello"), "aGVsbG8");
        assert_eq!(base64url_decode("a"), None);
        assert_eq!(base64url_decode("a*bc"), None);
    }

    #[test]
    fn a_garbled_link_says_so() {
        let exists = |id: &str| id == "tour-gather-three";
        assert!(fragment_problem("#code=%%%not-base64", exists)
            .is_some_and(|p| p.contains("no readable program")));
        let cut = encode_fragment("print('a fairly long program to cut in half')");
        let half = &cut[..cut.len() / 2];
        assert!(fragment_problem(half, exists).is_some());
        assert!(fragment_problem("#example=nope", exists).is_some_and(|p| p.contains("'nope'")));
        assert_eq!(fragment_problem("#example=tour-gather-three", exists), None);
        assert_eq!(fragment_problem(&format!("#{cut}"), exists), None);
        assert_eq!(fragment_problem("", exists), None);
    }

    #[test]
    fn a_program_round_trips_through_a_fragment() {
        let source =
            "import asyncio\n\nasync def main():\n    print('héllo ✓')\n\nasyncio.run(main())\n";
        let fragment = encode_fragment(source);
        let long = crate::WELCOME;
        assert!(
            encode_fragment(long).len() < long.len(),
            "a real program's link is shorter than its text"
        );
        assert_eq!(
            decode_fragment(&format!("#{fragment}")),
            Some(Opened::Code(source.to_string()))
        );
        assert_eq!(
            decode_fragment("#example=first-steps-01"),
            Some(Opened::Example("first-steps-01".into()))
        );
        assert_eq!(
            decode_fragment("#code=AAAA"),
            None,
            "damaged links open nothing"
        );
        assert_eq!(decode_fragment(""), None);
    }
}
