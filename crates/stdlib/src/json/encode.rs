//! JSON encoding with the rules of CPython's `_json` encoder (`c_make_encoder`): key
//! conversion, `NaN`/`Infinity`, `ensure_ascii` escapes, circular-reference detection, the
//! `default` hook, and the pretty-printer's layout when `indent` is given.

use loopscope_python::{ExcKind, Interp, PyErr, PyResult, Value};

/// The encoder's options (`json.JSONEncoder`'s constructor arguments).
pub struct Options {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The indent string, or `None` for single-line output.
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    /// `default(o)`, called for objects JSON cannot represent.
    pub default: Value,
}

/// Encodes one value tree into a string.
pub struct Encoder<'a> {
    opts: &'a Options,
    out: String,
    /// Containers being encoded (`check_circular`).
    markers: Vec<usize>,
    /// Nesting of containers and `default` calls (for the recursion limit).
    depth: usize,
    /// Open containers (for indentation).
    level: usize,
}

/// Appends `s` as a JSON string literal.
pub fn escape_into(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The builtin value behind an instance of a builtin subclass (a `Counter`'s dict, a
/// namedtuple's tuple, an `IntEnum`'s int), which JSON encodes as that value.
fn stand_in(v: &Value) -> Option<Value> {
    loopscope_python::objects::base_value(v)
}

impl<'a> Encoder<'a> {
    /// A new encoder.
    pub fn new(opts: &'a Options) -> Encoder<'a> {
        Encoder {
            opts,
            out: String::new(),
            markers: vec![],
            depth: 0,
            level: 0,
        }
    }

    /// Encodes `v` and returns the text.
    pub fn run(mut self, interp: &mut Interp, v: &Value) -> PyResult<String> {
        self.value(interp, v)?;
        Ok(self.out)
    }

    fn float_text(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(loopscope_python::format::float_repr(f));
        }
        if !self.opts.allow_nan {
            return Err(PyErr::value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn enter(&mut self, interp: &Interp, v: &Value, what: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > interp.recursion_limit() {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded while encoding a JSON {what}"),
            ));
        }
        if self.opts.check_circular {
            let id = v.id() as usize;
            if self.markers.contains(&id) {
                return Err(PyErr::value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
        if self.opts.check_circular {
            self.markers.pop();
        }
    }

    /// Newline and indentation for an item `level` containers deep, when pretty-printing.
    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn value(&mut self, interp: &mut Interp, v: &Value) -> PyResult<()> {
        match v {
            Value::Str(s) => escape_into(&mut self.out, s.as_str(), self.opts.ensure_ascii),
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::BigInt(b) => self.out.push_str(&b.to_string()),
            Value::Float(f) => {
                let t = self.float_text(*f)?;
                self.out.push_str(&t);
            }
            Value::List(items) => {
                let items = items.borrow().clone();
                self.array(interp, v, &items)?;
            }
            Value::Tuple(items) => {
                let items = items.to_vec();
                self.array(interp, v, &items)?;
            }
            Value::Dict(d) => {
                let items = d.borrow().items();
                self.object(interp, v, items)?;
            }
            other => match stand_in(other) {
                Some(
                    base @ (Value::Str(_)
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Bool(_)),
                ) => {
                    self.value(interp, &base)?;
                }
                Some(Value::List(items)) => {
                    let items = items.borrow().clone();
                    self.array(interp, v, &items)?;
                }
                Some(Value::Dict(d)) => {
                    let items = d.borrow().items();
                    self.object(interp, v, items)?;
                }
                Some(Value::Tuple(items)) => {
                    let items = items.to_vec();
                    self.array(interp, v, &items)?;
                }
                _ => {
                    if self.opts.default.is_none() {
                        return Err(PyErr::type_error(format!(
                            "Object of type {} is not JSON serializable",
                            other.type_name()
                        )));
                    }
                    self.enter(interp, other, "object")?;
                    let replacement =
                        interp.call(&self.opts.default, std::slice::from_ref(other), &[])?;
                    self.value(interp, &replacement)?;
                    self.leave();
                }
            },
        }
        Ok(())
    }

    fn array(&mut self, interp: &mut Interp, v: &Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(interp, v, "array")?;
        self.level += 1;
        let level = self.level;
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.opts.item_separator);
            }
            self.newline(level);
            self.value(interp, item)?;
        }
        self.newline(level - 1);
        self.out.push(']');
        self.level -= 1;
        self.leave();
        Ok(())
    }

    /// The JSON text of a dict key, or `None` to skip it (`skipkeys`).
    fn key_text(&self, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::Str(s) => s.as_str().to_string(),
            Value::Float(f) => self.float_text(*f)?,
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            other => {
                if self.opts.skipkeys {
                    return Ok(None);
                }
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    other.type_name()
                )));
            }
        }))
    }

    fn object(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        mut items: Vec<(Value, Value)>,
    ) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(interp, v, "object")?;
        if self.opts.sort_keys {
            items = sorted_items(interp, items)?;
        }
        self.level += 1;
        let level = self.level;
        self.out.push('{');
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.key_text(k)? else {
                continue;
            };
            if !first {
                self.out.push_str(&self.opts.item_separator);
            }
            first = false;
            self.newline(level);
            escape_into(&mut self.out, &key, self.opts.ensure_ascii);
            self.out.push_str(&self.opts.key_separator);
            self.value(interp, val)?;
        }
        self.newline(level - 1);
        self.out.push('}');
        self.level -= 1;
        self.leave();
        Ok(())
    }
}

/// `sorted(d.items())`, through Python's own `sorted` so mixed key types raise its error.
fn sorted_items(interp: &mut Interp, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let sorted = interp.builtins_dict().borrow().get_str("sorted").cloned();
    let Some(sorted) = sorted else {
        return Ok(items);
    };
    let list = Value::list(
        items
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    );
    let result = interp.call(&sorted, &[list], &[])?;
    let mut out = vec![];
    for pair in interp.iterate(&result)? {
        if let Value::Tuple(kv) = pair {
            if let [k, v] = &kv[..] {
                out.push((k.clone(), v.clone()));
            }
        }
    }
    Ok(out)
}
