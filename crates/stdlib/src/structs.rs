//! `_struct`, under `struct.py`: values packed into bytes and read back by format strings
//! as CPython 3.11's `_struct` does it — `pack`, `unpack`, `calcsize`, `pack_into`,
//! `unpack_from`, `iter_unpack`, the `Struct` class, `struct.error` — with its checks and
//! messages. `format` parses a format into a layout, `codec` packs and unpacks values.

pub mod codec;
pub mod format;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use loopscope_python::objects::{t, Instance, Native, Type};
use loopscope_python::{ClassBuilder, ExcKind, Interp, ModuleBuilder, PyErr, PyResult, Value};
use num_traits::ToPrimitive;

use crate::args::{arity, bind, no_kw, receiver, Kw, Params};
use codec::{error, Packing};
use format::Layout;

/// The module functions keep this many compiled formats, as CPython's `_struct` does.
const CACHE_SIZE: usize = 100;

/// Larger results are refused with `MemoryError`, as an allocation CPython could not make.
const MAX_ALLOC: u64 = 1 << 30;

/// Compiled formats by (is str, text).
type Cache = HashMap<(bool, Vec<u8>), Rc<Layout>>;

/// What every function of one imported `_struct` shares.
struct Shared {
    error: Rc<Type>,
    iter_cls: Rc<Type>,
    /// Layouts of the formats the module functions were given, by (is str, text).
    cache: RefCell<Cache>,
}

impl Shared {
    fn fail(&self, interp: &mut Interp, msg: &str) -> PyErr {
        error(interp, &self.error, msg)
    }

    /// `Struct(fmt)`'s parse: a str (ASCII) or bytes.
    fn compile(&self, interp: &mut Interp, fmt: &Value) -> PyResult<Rc<Layout>> {
        let text = match fmt {
            Value::Str(_) => {
                let s = fmt.as_str().unwrap_or_default();
                if !s.is_ascii() {
                    // `str.encode` raises CPython's UnicodeEncodeError for us.
                    let encode = interp.getattr_str(fmt, "encode")?;
                    interp.call(&encode, &[Value::str("ascii")], &[])?;
                }
                s.as_bytes().to_vec()
            }
            Value::Bytes(b) => b.to_vec(),
            other => {
                return Err(PyErr::type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    other.type_name()
                )))
            }
        };
        format::parse(&text)
            .map(Rc::new)
            .map_err(|e| self.fail(interp, e.message()))
    }

    /// The layout of a module function's format, from the cache when it is there.
    fn cached(&self, interp: &mut Interp, fmt: &Value) -> PyResult<Rc<Layout>> {
        let key = match fmt {
            Value::Str(_) => (true, fmt.as_str().unwrap_or_default().as_bytes().to_vec()),
            Value::Bytes(b) => (false, b.to_vec()),
            _ => {
                // The cache is a dict: an unhashable format fails there first.
                interp.hash(fmt)?;
                return self.compile(interp, fmt);
            }
        };
        if let Some(layout) = self.cache.borrow().get(&key) {
            return Ok(layout.clone());
        }
        let layout = self.compile(interp, fmt)?;
        let mut cache = self.cache.borrow_mut();
        if cache.len() >= CACHE_SIZE {
            cache.clear();
        }
        cache.insert(key, layout.clone());
        Ok(layout)
    }

    fn pack(&self, interp: &mut Interp, layout: &Layout, values: &[Value]) -> PyResult<Value> {
        if values.len() as u64 != layout.len {
            let msg = format!(
                "pack expected {} items for packing (got {})",
                layout.len,
                values.len()
            );
            return Err(self.fail(interp, &msg));
        }
        let mut out = zeroed(layout.size)?;
        self.packing(interp).pack(layout, values, &mut out)?;
        out.truncate(layout.size as usize);
        Ok(Value::Bytes(out.into()))
    }

    /// `pack_into(buffer, offset, *values)`.
    fn pack_into(&self, interp: &mut Interp, layout: &Layout, args: &[Value]) -> PyResult<Value> {
        if args.len() as u64 != layout.len + 2 {
            let msg = match args.len() {
                0 => "pack_into expected buffer argument".to_string(),
                1 => "pack_into expected offset argument".to_string(),
                n => format!(
                    "pack_into expected {} items for packing (got {})",
                    layout.len,
                    n - 2
                ),
            };
            return Err(self.fail(interp, &msg));
        }
        let Value::ByteArray(target) = &args[0] else {
            return Err(PyErr::type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                args[0].type_name()
            )));
        };
        let offset = crate::args::to_bigint(interp, &args[1])?
            .to_i64()
            .ok_or_else(|| PyErr::index_error("cannot fit 'int' into an index-sized integer"))?;
        let (size, buflen) = (layout.size as i128, target.borrow().len() as i128);
        let mut at = i128::from(offset);
        if at < 0 {
            if at + size > 0 {
                let msg = format!("no space to pack {size} bytes at offset {offset}");
                return Err(self.fail(interp, &msg));
            }
            if at + buflen < 0 {
                let msg = format!("offset {offset} out of range for {buflen}-byte buffer");
                return Err(self.fail(interp, &msg));
            }
            at += buflen;
        }
        if buflen - at < size {
            let msg = format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes \
                 at offset {at} (actual buffer size is {buflen})",
                size + at
            );
            return Err(self.fail(interp, &msg));
        }
        let mut out = zeroed(layout.size)?;
        let result = self.packing(interp).pack(layout, &args[2..], &mut out);
        // What was packed before a failure stays written, as in CPython.
        let (at, size) = (at as usize, layout.size as usize);
        let mut buf = target.borrow_mut();
        let end = (at + size).min(buf.len());
        if at < end {
            buf[at..end].copy_from_slice(&out[..end - at]);
        }
        if out[size] != 0 && at + size < buf.len() {
            buf[at + size] = out[size];
        }
        result.map(|_| Value::None)
    }

    fn packing<'a>(&'a self, interp: &'a mut Interp) -> Packing<'a> {
        Packing {
            interp,
            error: &self.error,
        }
    }

    fn unpack(&self, interp: &mut Interp, layout: &Layout, buffer: &Value) -> PyResult<Value> {
        let data = crate::args::buffer(buffer)?;
        if data.len() as u64 != layout.size {
            let msg = format!("unpack requires a buffer of {} bytes", layout.size);
            return Err(self.fail(interp, &msg));
        }
        Ok(Value::tuple(codec::unpack(layout, &data)?))
    }

    fn unpack_from(
        &self,
        interp: &mut Interp,
        layout: &Layout,
        buffer: &Value,
        offset: Option<&Value>,
    ) -> PyResult<Value> {
        let data = crate::args::buffer(buffer)?;
        let offset = match offset {
            None => 0,
            Some(v) => crate::args::to_bigint(interp, v)?.to_i64().ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            })?,
        };
        let (size, len) = (layout.size as i128, data.len() as i128);
        let mut at = i128::from(offset);
        if at < 0 {
            if at + size > 0 {
                let msg = format!("not enough data to unpack {size} bytes at offset {offset}");
                return Err(self.fail(interp, &msg));
            }
            if at + len < 0 {
                let msg = format!("offset {offset} out of range for {len}-byte buffer");
                return Err(self.fail(interp, &msg));
            }
            at += len;
        }
        if len - at < size {
            let msg = format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} \
                 bytes at offset {at} (actual buffer size is {len})",
                size + at
            );
            return Err(self.fail(interp, &msg));
        }
        let at = at as usize;
        Ok(Value::tuple(codec::unpack(
            layout,
            &data[at..at + layout.size as usize],
        )?))
    }

    fn iter_unpack(
        &self,
        interp: &mut Interp,
        layout: &Rc<Layout>,
        buffer: &Value,
    ) -> PyResult<Value> {
        if layout.size == 0 {
            return Err(self.fail(
                interp,
                "cannot iteratively unpack with a struct of length 0",
            ));
        }
        let data = crate::args::buffer(buffer)?;
        if !(data.len() as u64).is_multiple_of(layout.size) {
            let msg = format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            );
            return Err(self.fail(interp, &msg));
        }
        let inst = Instance::new(self.iter_cls.clone());
        *inst.native.borrow_mut() = Some(Box::new(UnpackIter {
            layout: layout.clone(),
            data,
            pos: 0,
        }));
        Ok(Value::Instance(Rc::new(inst)))
    }
}

/// A zeroed buffer for `size` bytes and one more (see `Packing::pack`).
fn zeroed(size: u64) -> PyResult<Vec<u8>> {
    if size > MAX_ALLOC {
        return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
    }
    Ok(vec![0; size as usize + 1])
}

/// The state of an `unpack_iterator`.
struct UnpackIter {
    layout: Rc<Layout>,
    data: Vec<u8>,
    pos: usize,
}

fn with_iter<R>(this: &Value, f: impl FnOnce(&mut UnpackIter) -> R) -> PyResult<R> {
    if let Value::Instance(inst) = this {
        if let Some(it) = inst
            .native
            .borrow_mut()
            .as_mut()
            .and_then(|b| b.downcast_mut::<UnpackIter>())
        {
            return Ok(f(it));
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor for '_struct.unpack_iterator' objects doesn't apply to a '{}' object",
        this.type_name()
    )))
}

/// The layout of a `Struct` receiver.
fn layout_of(this: &Value, method: &str) -> PyResult<Rc<Layout>> {
    if let Value::Instance(inst) = this {
        if let Some(layout) = inst
            .native
            .borrow()
            .as_ref()
            .and_then(|b| b.downcast_ref::<Rc<Layout>>())
        {
            return Ok(layout.clone());
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{method}' for '_struct.Struct' objects doesn't apply to a '{}' object",
        this.type_name()
    )))
}

/// A `Struct` method or `_struct` function: a native given the module's shared state (its
/// `error` class, the iterator class, the format cache).
type SharedFn = fn(&mut Interp, &Shared, &[Value], &Kw) -> PyResult<Value>;

/// `f` as a native closure over `sh`.
fn with_shared(
    sh: &Rc<Shared>,
    f: SharedFn,
) -> impl Fn(&mut Interp, &[Value], &Kw) -> PyResult<Value> {
    let s = sh.clone();
    move |interp, args, kw| f(interp, &s, args, kw)
}

const CLASS: &str = "_struct.Struct";

/// `Struct`'s methods, by their Python names.
const STRUCT_METHODS: &[(&str, SharedFn)] = &[
    ("__init__", struct_init),
    ("pack", struct_pack),
    ("pack_into", struct_pack_into),
    ("unpack", struct_unpack),
    ("unpack_from", struct_unpack_from),
    ("iter_unpack", struct_iter_unpack),
];

/// Builds the `Struct` class.
fn struct_class(sh: &Rc<Shared>) -> PyResult<Rc<Type>> {
    let mut cb = ClassBuilder::new("Struct", vec![])
        // No `__dict__`: CPython's instances take no attributes of their own.
        .attr("__slots__", Value::tuple(vec![]));
    for &(name, f) in STRUCT_METHODS {
        cb = cb.method(name, with_shared(sh, f));
    }
    cb.getter("format", struct_format)
        .getter("size", struct_size)
        .build()
        .and_then(|cls| with_tp_name(cls, CLASS))
}

/// `Struct.__init__(format)`: compiles the format.
fn struct_init(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "__init__", args)?;
    let params = Params::new("Struct", &["format"], 1);
    let bound = bind(&params, rest, kw)?;
    let fmt = loopscope_python::args::required(bound[0].clone())?;
    let layout = s.compile(interp, &fmt)?;
    if let Value::Instance(inst) = this {
        *inst.native.borrow_mut() = Some(Box::new(layout));
    }
    Ok(Value::None)
}

/// `Struct.pack(*values)`: the values packed into bytes.
fn struct_pack(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "pack", args)?;
    let layout = layout_of(this, "pack")?;
    no_kw("Struct.pack", kw)?;
    s.pack(interp, &layout, rest)
}

/// `Struct.pack_into(buffer, offset, *values)`: the values packed into a writable buffer.
fn struct_pack_into(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "pack_into", args)?;
    let layout = layout_of(this, "pack_into")?;
    no_kw("Struct.pack_into", kw)?;
    s.pack_into(interp, &layout, rest)
}

/// `Struct.unpack(buffer)`: the tuple of values packed in the buffer.
fn struct_unpack(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "unpack", args)?;
    let layout = layout_of(this, "unpack")?;
    no_kw("Struct.unpack", kw)?;
    arity("Struct.unpack", rest, 1, 1)?;
    s.unpack(interp, &layout, &rest[0])
}

/// `Struct.unpack_from(buffer, offset=0)`: the tuple of values packed at `offset`.
fn struct_unpack_from(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "unpack_from", args)?;
    let layout = layout_of(this, "unpack_from")?;
    let params = Params::new("unpack_from", &["buffer", "offset"], 1);
    let bound = bind(&params, rest, kw)?;
    let buffer = loopscope_python::args::required(bound[0].clone())?;
    s.unpack_from(interp, &layout, &buffer, bound[1].as_ref())
}

/// `Struct.iter_unpack(buffer)`: an iterator of the tuples packed one after another.
fn struct_iter_unpack(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "iter_unpack", args)?;
    let layout = layout_of(this, "iter_unpack")?;
    no_kw("Struct.iter_unpack", kw)?;
    arity("Struct.iter_unpack", rest, 1, 1)?;
    s.iter_unpack(interp, &layout, &rest[0])
}

/// `Struct.format` (property getter): the format string.
fn struct_format(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let layout = layout_of(receiver(CLASS, "format", args)?.0, "format")?;
    Ok(Value::str(&layout.format))
}

/// `Struct.size` (property getter): the packed size in bytes.
fn struct_size(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let layout = layout_of(receiver(CLASS, "size", args)?.0, "size")?;
    Ok(Value::Int(layout.size as i64))
}

/// `cls` made again under the C type name CPython's messages give it
/// (`'_struct.Struct' object has no attribute 'x'`), which `ClassBuilder` cannot set.
fn with_tp_name(cls: Rc<Type>, tp_name: &str) -> PyResult<Rc<Type>> {
    let dict = cls.dict.borrow().clone();
    let mut named =
        Type::new(&cls.name, cls.bases.clone(), dict, cls.layout).map_err(PyErr::type_error)?;
    named.tp_name = Some(tp_name.into());
    Ok(Rc::new(named))
}

const ITER_CLASS: &str = "_struct.unpack_iterator";

/// `unpack_iterator`'s methods, by their Python names.
const UNPACK_ITERATOR_METHODS: &[(&str, Native)] = &[
    ("__iter__", unpack_iterator_iter),
    ("__next__", unpack_iterator_next),
    ("__length_hint__", unpack_iterator_length_hint),
];

/// Builds `unpack_iterator`, the class of `iter_unpack`'s results.
fn iter_class() -> PyResult<Rc<Type>> {
    let cls = ClassBuilder::new("unpack_iterator", vec![])
        .methods(UNPACK_ITERATOR_METHODS)
        .build()
        .and_then(|cls| with_tp_name(cls, ITER_CLASS))?;
    cls.dict
        .borrow_mut()
        .set_str("__module__", Value::str("_struct"));
    Ok(cls)
}

/// `unpack_iterator.__iter__()`: the iterator itself.
fn unpack_iterator_iter(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(receiver(ITER_CLASS, "__iter__", args)?.0.clone())
}

/// `unpack_iterator.__next__()`: the next tuple, or StopIteration at the end.
fn unpack_iterator_next(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(ITER_CLASS, "__next__", args)?;
    let item = with_iter(this, |it| {
        // Sizes are u64: a wasm32 `usize` cannot hold every one.
        let left = (it.data.len() - it.pos) as u64;
        if left < it.layout.size || it.layout.size == 0 {
            return None;
        }
        let size = it.layout.size as usize;
        let chunk = it.data[it.pos..it.pos + size].to_vec();
        it.pos += size;
        Some((it.layout.clone(), chunk))
    })?;
    match item {
        Some((layout, chunk)) => Ok(Value::tuple(codec::unpack(&layout, &chunk)?)),
        None => Err(PyErr::stop_iteration(Value::None)),
    }
}

/// `unpack_iterator.__length_hint__()`: how many tuples are left.
fn unpack_iterator_length_hint(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(ITER_CLASS, "__length_hint__", args)?;
    with_iter(this, |it| {
        let left = (it.data.len() - it.pos) as u64;
        Value::Int((left / it.layout.size.max(1)) as i64)
    })
}

/// The module functions, by their Python names.
const FUNCTIONS: &[(&str, SharedFn)] = &[
    ("calcsize", calcsize),
    ("pack", pack),
    ("pack_into", pack_into),
    ("unpack", unpack),
    ("unpack_from", unpack_from),
    ("iter_unpack", iter_unpack),
    ("_clearcache", clearcache),
];

/// Registers the module functions.
fn functions(m: &mut ModuleBuilder, sh: &Rc<Shared>) {
    for &(name, f) in FUNCTIONS {
        m.function(name, with_shared(sh, f));
    }
}

/// `_struct.calcsize(format)`: the packed size of the format.
fn calcsize(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("_struct.calcsize", kw)?;
    arity("_struct.calcsize", args, 1, 1)?;
    Ok(Value::Int(s.cached(interp, &args[0])?.size as i64))
}

/// `_struct.pack(format, /, *values)`: the values packed into bytes.
fn pack(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("_struct.pack", kw)?;
    let Some((fmt, values)) = args.split_first() else {
        return Err(PyErr::type_error("missing format argument"));
    };
    let layout = s.cached(interp, fmt)?;
    s.pack(interp, &layout, values)
}

/// `_struct.pack_into(format, buffer, offset, /, *values)`: the values packed into a buffer.
fn pack_into(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("_struct.pack_into", kw)?;
    let Some((fmt, rest)) = args.split_first() else {
        return Err(PyErr::type_error("missing format argument"));
    };
    let layout = s.cached(interp, fmt)?;
    s.pack_into(interp, &layout, rest)
}

/// `_struct.unpack(format, buffer, /)`: the tuple of values packed in the buffer.
fn unpack(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("_struct.unpack", kw)?;
    arity("unpack", args, 2, 2)?;
    let layout = s.cached(interp, &args[0])?;
    s.unpack(interp, &layout, &args[1])
}

/// `_struct.unpack_from(format, /, buffer, offset=0)`: the tuple of values at `offset`.
fn unpack_from(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let params = Params::new("unpack_from", &["format", "buffer", "offset"], 2).posonly(1);
    let bound = bind(&params, args, kw)?;
    let layout = s.cached(interp, &args[0])?;
    let buffer = loopscope_python::args::required(bound[1].clone())?;
    s.unpack_from(interp, &layout, &buffer, bound[2].as_ref())
}

/// `_struct.iter_unpack(format, buffer, /)`: an iterator of the tuples in the buffer.
fn iter_unpack(interp: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("_struct.iter_unpack", kw)?;
    arity("iter_unpack", args, 2, 2)?;
    let layout = s.cached(interp, &args[0])?;
    s.iter_unpack(interp, &layout, &args[1])
}

/// `_struct._clearcache()`: empties the module functions' format cache.
fn clearcache(_: &mut Interp, s: &Shared, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("_struct._clearcache", kw)?;
    arity("_struct._clearcache", args, 0, 0)?;
    s.cache.borrow_mut().clear();
    Ok(Value::None)
}

/// Registers `_struct`.
pub fn register(m: &mut ModuleBuilder) {
    let exception = t().exc_type(ExcKind::Exception).clone();
    let classes = ClassBuilder::new("error", vec![exception])
        .build()
        .and_then(|error| Ok((error, iter_class()?)));
    let (error, iter_cls) = match classes {
        Ok(c) => c,
        Err(e) => return m.value("_error", Value::string(format!("{e:?}"))),
    };
    m.class(error.clone());
    // `struct.error`, as CPython names it.
    error
        .dict
        .borrow_mut()
        .set_str("__module__", Value::str("struct"));
    let sh = Rc::new(Shared {
        error: error.clone(),
        iter_cls,
        cache: RefCell::new(HashMap::new()),
    });
    match struct_class(&sh) {
        Ok(cls) => m.class(cls),
        Err(e) => m.value("_error", Value::string(format!("{e:?}"))),
    }
    functions(m, &sh);
}
