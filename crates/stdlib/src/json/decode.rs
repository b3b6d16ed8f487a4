//! JSON decoding with the behaviour of CPython's `_json` scanner: the same grammar
//! (including `NaN`/`Infinity`), the hooks, and `JSONDecodeError` messages at the same
//! character positions. Iterative, so deeply nested input cannot exhaust the Rust stack.

use loopscope_python::{Interp, PyErr, PyResult, Value};
use num_bigint::BigInt;

/// The decoder's hooks (`json.JSONDecoder`'s constructor arguments).
pub struct Hooks {
    pub object_hook: Value,
    pub object_pairs_hook: Value,
    pub parse_float: Value,
    pub parse_int: Value,
    pub parse_constant: Value,
    pub strict: bool,
    /// `json.JSONDecodeError`, called as `(msg, doc, pos)`.
    pub error: Value,
}

/// A container being filled.
enum Frame {
    Array(Vec<Value>),
    Object(Vec<(Value, Value)>, Value),
}

/// Parses one JSON document from `chars[pos..]`, returning the value and the end position.
pub struct Decoder<'a> {
    chars: &'a [char],
    doc: &'a str,
    hooks: &'a Hooks,
    pos: usize,
}

impl<'a> Decoder<'a> {
    /// A decoder over `doc` (already split into `chars`).
    pub fn new(doc: &'a str, chars: &'a [char], hooks: &'a Hooks, pos: usize) -> Decoder<'a> {
        Decoder {
            chars,
            doc,
            hooks,
            pos,
        }
    }

    fn error(&self, interp: &mut Interp, msg: &str, pos: usize) -> PyErr {
        let args = [
            Value::str(msg),
            Value::str(self.doc),
            Value::Int(pos as i64),
        ];
        match interp.call(&self.hooks.error, &args, &[]) {
            Ok(exc) => PyErr::Exc(exc),
            Err(e) => e,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn starts_with(&self, word: &str) -> bool {
        let mut i = self.pos;
        word.chars().all(|c| {
            let same = self.chars.get(i) == Some(&c);
            i += 1;
            same
        })
    }

    /// The value starting at the current position (no leading whitespace skipped).
    pub fn run(&mut self, interp: &mut Interp) -> PyResult<(Value, usize)> {
        let mut stack: Vec<Frame> = vec![];
        'parse: loop {
            self.skip_ws();
            let mut value = match self.peek() {
                Some('{') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some('}') {
                        self.pos += 1;
                        self.make_object(interp, vec![])?
                    } else {
                        self.check_depth(interp, stack.len(), "object")?;
                        let key = self.object_key(interp)?;
                        stack.push(Frame::Object(vec![], key));
                        continue 'parse;
                    }
                }
                Some('[') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(']') {
                        self.pos += 1;
                        Value::list(vec![])
                    } else {
                        self.check_depth(interp, stack.len(), "array")?;
                        stack.push(Frame::Array(vec![]));
                        continue 'parse;
                    }
                }
                _ => self.scalar(interp)?,
            };
            loop {
                match stack.last_mut() {
                    None => return Ok((value, self.pos)),
                    Some(Frame::Array(items)) => {
                        items.push(value);
                        self.skip_ws();
                        match self.peek() {
                            Some(']') => {
                                self.pos += 1;
                                value = match stack.pop() {
                                    Some(Frame::Array(items)) => Value::list(items),
                                    _ => Value::None,
                                };
                            }
                            Some(',') => {
                                self.pos += 1;
                                continue 'parse;
                            }
                            _ => {
                                return Err(self.error(interp, "Expecting ',' delimiter", self.pos))
                            }
                        }
                    }
                    Some(Frame::Object(pairs, key)) => {
                        pairs.push((key.clone(), value));
                        self.skip_ws();
                        match self.peek() {
                            Some('}') => {
                                self.pos += 1;
                                let pairs = match stack.pop() {
                                    Some(Frame::Object(pairs, _)) => pairs,
                                    _ => vec![],
                                };
                                value = self.make_object(interp, pairs)?;
                            }
                            Some(',') => {
                                self.pos += 1;
                                self.skip_ws();
                                let next = self.object_key(interp)?;
                                if let Some(Frame::Object(_, key)) = stack.last_mut() {
                                    *key = next;
                                }
                                continue 'parse;
                            }
                            _ => {
                                return Err(self.error(interp, "Expecting ',' delimiter", self.pos))
                            }
                        }
                    }
                }
            }
        }
    }

    /// CPython's scanner recurses per container and so stops at the recursion limit.
    fn check_depth(&self, interp: &Interp, depth: usize, what: &str) -> PyResult<()> {
        if depth + 1 >= interp.recursion_limit() {
            return Err(PyErr::new(
                loopscope_python::ExcKind::RecursionError,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            ));
        }
        Ok(())
    }

    /// A member name and its `:` (whitespace before the name already skipped).
    fn object_key(&mut self, interp: &mut Interp) -> PyResult<Value> {
        if self.peek() != Some('"') {
            return Err(self.error(
                interp,
                "Expecting property name enclosed in double quotes",
                self.pos,
            ));
        }
        let key = self.string(interp)?;
        self.skip_ws();
        if self.peek() != Some(':') {
            return Err(self.error(interp, "Expecting ':' delimiter", self.pos));
        }
        self.pos += 1;
        Ok(key)
    }

    fn make_object(&mut self, interp: &mut Interp, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if !self.hooks.object_pairs_hook.is_none() {
            let list = Value::list(
                pairs
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            );
            return interp.call(&self.hooks.object_pairs_hook, &[list], &[]);
        }
        let d = Value::new_dict();
        if let Value::Dict(dd) = &d {
            for (k, v) in pairs {
                interp.dict_set(dd, k, v)?;
            }
        }
        if !self.hooks.object_hook.is_none() {
            return interp.call(&self.hooks.object_hook, &[d], &[]);
        }
        Ok(d)
    }

    fn constant(&mut self, interp: &mut Interp, name: &str, value: f64) -> PyResult<Value> {
        self.pos += name.chars().count();
        if self.hooks.parse_constant.is_none() {
            return Ok(Value::Float(value));
        }
        interp.call(&self.hooks.parse_constant, &[Value::str(name)], &[])
    }

    /// Strings, numbers and the literal words.
    fn scalar(&mut self, interp: &mut Interp) -> PyResult<Value> {
        let start = self.pos;
        let words: [(&str, Value); 3] = [
            ("null", Value::None),
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
        ];
        for (word, v) in words {
            if self.starts_with(word) {
                self.pos += word.len();
                return Ok(v);
            }
        }
        match self.peek() {
            Some('"') => self.string(interp),
            Some('N') if self.starts_with("NaN") => self.constant(interp, "NaN", f64::NAN),
            Some('I') if self.starts_with("Infinity") => {
                self.constant(interp, "Infinity", f64::INFINITY)
            }
            Some('-') if self.starts_with("-Infinity") => {
                self.constant(interp, "-Infinity", f64::NEG_INFINITY)
            }
            Some('-' | '0'..='9') => self.number(interp),
            _ => Err(self.error(interp, "Expecting value", start)),
        }
    }

    fn digits(&mut self) -> usize {
        let from = self.pos;
        while matches!(self.peek(), Some('0'..='9')) {
            self.pos += 1;
        }
        self.pos - from
    }

    fn number(&mut self, interp: &mut Interp) -> PyResult<Value> {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        match self.peek() {
            Some('0') => self.pos += 1,
            Some('1'..='9') => {
                self.digits();
            }
            _ => return Err(self.error(interp, "Expecting value", start)),
        }
        let mut is_float = false;
        if self.peek() == Some('.') && matches!(self.chars.get(self.pos + 1), Some('0'..='9')) {
            self.pos += 1;
            self.digits();
            is_float = true;
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                self.pos = save;
            } else {
                is_float = true;
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if is_float {
            if !self.hooks.parse_float.is_none() {
                return interp.call(&self.hooks.parse_float, &[Value::string(text)], &[]);
            }
            return Ok(Value::Float(loopscope_python::format::parse_float(&text)?));
        }
        if !self.hooks.parse_int.is_none() {
            return interp.call(&self.hooks.parse_int, &[Value::string(text)], &[]);
        }
        match text.parse::<BigInt>() {
            Ok(n) => Ok(Value::from_bigint(n)),
            Err(_) => Err(self.error(interp, "Expecting value", start)),
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let mut n = 0u32;
        for i in 0..4 {
            n = n * 16 + self.chars.get(at + i)?.to_digit(16)?;
        }
        Some(n)
    }

    /// A string literal; the current character is its opening quote.
    fn string(&mut self, interp: &mut Interp) -> PyResult<Value> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error(interp, "Unterminated string starting at", start));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(Value::string(out));
                }
                '\\' => {
                    let Some(&esc) = self.chars.get(self.pos + 1) else {
                        return Err(self.error(interp, "Unterminated string starting at", start));
                    };
                    let simple = match esc {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        self.pos += 2;
                        continue;
                    }
                    if esc != 'u' {
                        return Err(self.error(interp, "Invalid \\escape", self.pos));
                    }
                    let Some(mut code) = self.hex4(self.pos + 2) else {
                        return Err(self.error(interp, "Invalid \\uXXXX escape", self.pos + 1));
                    };
                    self.pos += 6;
                    if (0xd800..0xdc00).contains(&code)
                        && self.chars.get(self.pos) == Some(&'\\')
                        && self.chars.get(self.pos + 1) == Some(&'u')
                    {
                        if let Some(low) = self
                            .hex4(self.pos + 2)
                            .filter(|l| (0xdc00..0xe000).contains(l))
                        {
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                            self.pos += 6;
                        }
                    }
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                c if (c as u32) < 0x20 && self.hooks.strict => {
                    return Err(self.error(interp, "Invalid control character at", self.pos));
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }
}
