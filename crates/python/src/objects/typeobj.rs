//! Type objects: name, bases, C3 MRO and the class dict; plus the table of builtin types,
//! built once per thread and shared by every interpreter on it (builtin types are immutable,
//! as in CPython).

use std::cell::RefCell;
use std::rc::Rc;

use super::exception::ExcKind;
use super::function::NativeFn;
use super::{DictData, PyDict, Value};

pub use lookup::Hook;

mod lookup;

/// A class namespace: watched, so changing it invalidates types' lookup caches.
fn class_dict(mut dict: DictData) -> Rc<PyDict> {
    dict.watch();
    Rc::new(RefCell::new(dict))
}

/// What instances of a type look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A builtin value type (`int`, `list`, ...): instances are `Value` variants.
    Builtin,
    /// `object` and user classes: `Value::Instance` with a dict.
    Object,
    /// Exception classes: instances also carry `ExcData`.
    Exception,
}

/// A class.
pub struct Type {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: RefCell<Rc<str>>,
    /// The name CPython's messages give a C type (its `tp_name`, e.g. `datetime.timedelta`)
    /// when it is not `__name__`: a class of our stdlib that stands for one says so with a
    /// `__tp_name__` string in its body, read (and removed) once when the class is made.
    /// Subclasses do not inherit it, as a heap type's `tp_name` is its own `__name__`.
    pub tp_name: Option<Rc<str>>,
    /// `__bases__`.
    pub bases: Vec<Rc<Type>>,
    /// `__mro__` without the type itself.
    pub mro_rest: Vec<Rc<Type>>,
    /// The class namespace.
    pub dict: Rc<PyDict>,
    /// Instance layout.
    pub layout: Layout,
    /// Builtin types are immutable and may not be subclassed unless `subclassable`.
    pub builtin: bool,
    /// Whether user classes may derive from it.
    pub subclassable: bool,
    /// For builtin exception classes, which one.
    pub exc_kind: Option<ExcKind>,
    /// The constructor of builtin types: called with the class first, then the call's arguments.
    pub ctor: RefCell<Option<NativeFn>>,
    /// Direct subclasses (`__subclasses__()`), weakly held.
    pub subclasses: RefCell<Vec<std::rc::Weak<Type>>>,
    /// For a class that defines or inherits `__del__` when created: where its dropped
    /// instances are queued for finalisation.
    pub del_hooks: Option<Rc<super::generator::GenHooks>>,
    /// The metaclass when it is not `type` (`class C(metaclass=M)`, or inherited).
    pub metaclass: Option<Rc<Type>>,
    /// Lookups along the MRO already done (`lookup.rs`).
    cache: RefCell<lookup::LookupCache>,
    /// Which attribute hooks a Python class along the MRO overrides, and the type epoch
    /// that was computed under (`Type::overrides`).
    hooks: std::cell::Cell<(u64, u8)>,
    /// Its virtual address (`id()`).
    pub ident: super::Ident,
    /// `sys.getsizeof` of its instances under CPython: where they land in the allocator
    /// model that gives them their identity (see `objects/identity.rs`).
    pub instance_size: std::cell::Cell<u32>,
    /// The cycle collector's mark (classes a program makes are tracked).
    pub(crate) gc: super::gc::GcSlot,
}

impl Type {
    /// Make a type with the given bases, computing its MRO. Errors are MRO conflicts.
    pub fn new(
        name: &str,
        bases: Vec<Rc<Type>>,
        dict: DictData,
        layout: Layout,
    ) -> Result<Type, String> {
        let mro_rest = c3_merge(&bases)?;
        let instance_size = instance_size(&bases, &dict, layout);
        Ok(Type {
            name: name.into(),
            qualname: RefCell::new(name.into()),
            tp_name: None,
            bases,
            mro_rest,
            dict: class_dict(dict),
            layout,
            builtin: false,
            subclassable: true,
            exc_kind: None,
            ctor: RefCell::new(None),
            subclasses: RefCell::new(vec![]),
            del_hooks: None,
            metaclass: None,
            cache: RefCell::default(),
            hooks: std::cell::Cell::new((0, 0)),
            ident: super::Ident::new(Self::SIZE),
            instance_size: std::cell::Cell::new(instance_size),
            gc: super::gc::GcSlot::new(),
        })
    }

    /// The name interpreter messages give this type where CPython prints `tp_name`
    /// ("unsupported operand type(s)", "'<' not supported between instances of", "object
    /// has no attribute"...): `__tp_name__` for the stdlib classes that set it, else
    /// `__name__`.
    pub fn tp_name(&self) -> &Rc<str> {
        self.tp_name.as_ref().unwrap_or(&self.name)
    }

    /// `sys.getsizeof` of a CPython class: where it lands in the allocator model.
    pub const SIZE: u32 = 920;

    /// `self` then the rest of the MRO.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<Type>> {
        let mut v = Vec::with_capacity(self.mro_rest.len() + 1);
        v.push(self.clone());
        v.extend(self.mro_rest.iter().cloned());
        v
    }

    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subtype(&self, other: &Rc<Type>) -> bool {
        std::ptr::eq(self, Rc::as_ptr(other)) || self.mro_rest.iter().any(|t| Rc::ptr_eq(t, other))
    }

    /// Whether instances are exceptions.
    pub fn is_exception(&self) -> bool {
        self.layout == Layout::Exception
    }

    /// The builtin exception class this derives from, nearest first.
    pub fn base_exc_kind(&self) -> Option<ExcKind> {
        if let Some(k) = self.exc_kind {
            return Some(k);
        }
        self.mro_rest.iter().find_map(|t| t.exc_kind)
    }

    /// The first constructor along the MRO.
    pub fn find_ctor(&self) -> Option<NativeFn> {
        if let Some(c) = &*self.ctor.borrow() {
            return Some(c.clone());
        }
        self.mro_rest.iter().find_map(|t| t.ctor.borrow().clone())
    }

    /// For subclasses of builtin value types (`class Stack(list)`), the builtin base.
    pub fn builtin_base(self: &Rc<Self>) -> Option<Rc<Type>> {
        if self.builtin {
            return None;
        }
        self.mro_rest
            .iter()
            .find(|t| t.layout == Layout::Builtin && t.ctor.borrow().is_some())
            .cloned()
    }

    /// `__module__` from the dict, if set.
    pub fn module_name(&self) -> Option<String> {
        match self.dict.borrow().get_str("__module__") {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        }
    }

    /// `module.qualname`, or the bare qualname for a builtin (how a class's repr, a
    /// union's and a generic alias's name it).
    pub fn dotted_name(&self) -> String {
        match self.module_name() {
            Some(m) if m != "builtins" => format!("{}.{}", m, self.qualname.borrow()),
            _ => self.qualname.borrow().to_string(),
        }
    }
}

/// C3 linearisation of `bases`' MROs (the result excludes the new class itself).
fn c3_merge(bases: &[Rc<Type>]) -> Result<Vec<Rc<Type>>, String> {
    let mut seqs: Vec<Vec<Rc<Type>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Type>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|o| o[1..].iter().any(|x| Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name.to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// The builtin types.
pub struct BuiltinTypes {
    pub object: Rc<Type>,
    pub type_: Rc<Type>,
    pub none: Rc<Type>,
    pub not_implemented: Rc<Type>,
    pub ellipsis: Rc<Type>,
    pub bool_: Rc<Type>,
    pub int: Rc<Type>,
    pub float: Rc<Type>,
    pub complex: Rc<Type>,
    pub str_: Rc<Type>,
    pub bytes: Rc<Type>,
    pub bytearray: Rc<Type>,
    pub tuple: Rc<Type>,
    pub list: Rc<Type>,
    pub dict: Rc<Type>,
    pub set: Rc<Type>,
    pub frozenset: Rc<Type>,
    pub range: Rc<Type>,
    pub slice: Rc<Type>,
    pub function: Rc<Type>,
    pub builtin_function: Rc<Type>,
    pub builtin_method: Rc<Type>,
    pub method: Rc<Type>,
    pub module: Rc<Type>,
    pub generator: Rc<Type>,
    pub coroutine: Rc<Type>,
    pub async_generator: Rc<Type>,
    pub async_generator_asend: Rc<Type>,
    pub cell: Rc<Type>,
    pub code: Rc<Type>,
    pub property: Rc<Type>,
    pub classmethod: Rc<Type>,
    pub staticmethod: Rc<Type>,
    pub super_: Rc<Type>,
    pub dict_keys: Rc<Type>,
    pub dict_values: Rc<Type>,
    pub dict_items: Rc<Type>,
    /// `types.TracebackType` (instances carry `tb_lineno`).
    pub traceback: Rc<Type>,
    /// `types.FrameType` (`sys._getframe`'s snapshots, see `vm::frame::object`).
    pub frame: Rc<Type>,
    /// `types.UnionType` (`int | str`), instances carry `__args__`.
    pub union: Rc<Type>,
    /// `types.GenericAlias` (`list[int]`), instances carry `__origin__` and `__args__`.
    pub generic_alias: Rc<Type>,
    /// Iterator types by name (`list_iterator`, `enumerate`, `zip`, ...).
    pub iters: Vec<Rc<Type>>,
    /// Exception classes indexed by `ExcKind::index`.
    pub exc: Vec<Rc<Type>>,
}

fn builtin_type(name: &str, bases: Vec<Rc<Type>>, subclassable: bool) -> Rc<Type> {
    let mut t = Type::new(name, bases, DictData::new(), Layout::Builtin).unwrap_or_else(|_| Type {
        name: name.into(),
        qualname: RefCell::new(name.into()),
        tp_name: None,
        bases: vec![],
        mro_rest: vec![],
        dict: class_dict(DictData::new()),
        layout: Layout::Builtin,
        builtin: true,
        subclassable,
        exc_kind: None,
        ctor: RefCell::new(None),
        subclasses: RefCell::new(vec![]),
        del_hooks: None,
        metaclass: None,
        cache: RefCell::default(),
        hooks: std::cell::Cell::new((0, 0)),
        ident: super::Ident::new(Type::SIZE),
        instance_size: std::cell::Cell::new(16),
        gc: super::gc::GcSlot::new(),
    });
    t.builtin = true;
    t.subclassable = subclassable;
    Rc::new(t)
}

/// Names of the builtin iterator types, in `BuiltinTypes::iters` order.
pub const ITER_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "callable_iterator",
    "bytes_iterator",
    "list_reverseiterator",
    "str_iterator",
    "coroutine_wrapper",
];

impl BuiltinTypes {
    fn create() -> BuiltinTypes {
        let object = {
            let mut t = Type::new("object", vec![], DictData::new(), Layout::Object)
                .unwrap_or_else(|_| unreachable_type());
            t.builtin = true;
            Rc::new(t)
        };
        let o = || vec![object.clone()];
        let int = builtin_type("int", o(), true);
        let exc = build_exceptions(&object);
        BuiltinTypes {
            type_: builtin_type("type", o(), true),
            none: builtin_type("NoneType", o(), false),
            not_implemented: builtin_type("NotImplementedType", o(), false),
            ellipsis: builtin_type("ellipsis", o(), false),
            bool_: builtin_type("bool", vec![int.clone()], false),
            float: builtin_type("float", o(), true),
            complex: builtin_type("complex", o(), false),
            str_: builtin_type("str", o(), true),
            bytes: builtin_type("bytes", o(), true),
            bytearray: builtin_type("bytearray", o(), true),
            tuple: builtin_type("tuple", o(), true),
            list: builtin_type("list", o(), true),
            dict: builtin_type("dict", o(), true),
            set: builtin_type("set", o(), true),
            frozenset: builtin_type("frozenset", o(), true),
            range: builtin_type("range", o(), false),
            slice: builtin_type("slice", o(), false),
            function: builtin_type("function", o(), false),
            builtin_function: builtin_type("builtin_function_or_method", o(), false),
            builtin_method: builtin_type("builtin_function_or_method", o(), false),
            method: builtin_type("method", o(), false),
            module: builtin_type("module", o(), false),
            generator: builtin_type("generator", o(), false),
            coroutine: builtin_type("coroutine", o(), false),
            async_generator: builtin_type("async_generator", o(), false),
            async_generator_asend: builtin_type("async_generator_asend", o(), false),
            cell: builtin_type("cell", o(), false),
            code: builtin_type("code", o(), false),
            property: builtin_type("property", o(), false),
            classmethod: builtin_type("classmethod", o(), false),
            staticmethod: builtin_type("staticmethod", o(), false),
            super_: builtin_type("super", o(), false),
            dict_keys: builtin_type("dict_keys", o(), false),
            dict_values: builtin_type("dict_values", o(), false),
            dict_items: builtin_type("dict_items", o(), false),
            traceback: object_like("traceback", &object),
            frame: object_like("frame", &object),
            union: c_type_of_types("UnionType", &object),
            generic_alias: c_type_of_types("GenericAlias", &object),
            iters: ITER_TYPE_NAMES
                .iter()
                .map(|n| builtin_type(n, o(), false))
                .collect(),
            exc,
            int,
            object,
        }
    }

    /// The class of a builtin exception kind.
    pub fn exc_type(&self, k: ExcKind) -> &Rc<Type> {
        &self.exc[k.index()]
    }

    /// Every builtin type with its builtins-module name, for `builtins` and method install.
    pub fn named(&self) -> Vec<(&'static str, Rc<Type>)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("bool", self.bool_.clone()),
            ("int", self.int.clone()),
            ("float", self.float.clone()),
            ("complex", self.complex.clone()),
            ("str", self.str_.clone()),
            ("bytes", self.bytes.clone()),
            ("bytearray", self.bytearray.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("classmethod", self.classmethod.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("super", self.super_.clone()),
            ("enumerate", self.iters[8].clone()),
            ("zip", self.iters[9].clone()),
            ("map", self.iters[10].clone()),
            ("filter", self.iters[11].clone()),
            ("reversed", self.iters[12].clone()),
        ]
    }
}

fn object_like(name: &str, object: &Rc<Type>) -> Rc<Type> {
    let mut t = Type::new(name, vec![object.clone()], DictData::new(), Layout::Object)
        .unwrap_or_else(|_| unreachable_type());
    t.builtin = true;
    t.subclassable = false;
    Rc::new(t)
}

/// A type `types` names whose messages say `types.NAME`, as CPython's `tp_name` does.
fn c_type_of_types(name: &str, object: &Rc<Type>) -> Rc<Type> {
    let mut t = Type::new(name, vec![object.clone()], DictData::new(), Layout::Object)
        .unwrap_or_else(|_| unreachable_type());
    t.builtin = true;
    t.subclassable = false;
    t.tp_name = Some(format!("types.{name}").into());
    Rc::new(t)
}

fn unreachable_type() -> Type {
    Type {
        name: "object".into(),
        qualname: RefCell::new("object".into()),
        tp_name: None,
        bases: vec![],
        mro_rest: vec![],
        dict: class_dict(DictData::new()),
        layout: Layout::Object,
        builtin: true,
        subclassable: true,
        exc_kind: None,
        ctor: RefCell::new(None),
        subclasses: RefCell::new(vec![]),
        del_hooks: None,
        metaclass: None,
        cache: RefCell::default(),
        hooks: std::cell::Cell::new((0, 0)),
        ident: super::Ident::new(Type::SIZE),
        instance_size: std::cell::Cell::new(16),
        gc: super::gc::GcSlot::new(),
    }
}

/// `sys.getsizeof` of a new class's instances under CPython 3.11: `object()` 16 bytes, an
/// instance with a `__dict__` 56, with `__slots__` only 32 and 8 a slot, an exception 88
/// (96 with a `__dict__`); a subclass of a class with a set size keeps it.
fn instance_size(bases: &[Rc<Type>], dict: &DictData, layout: Layout) -> u32 {
    let Some(base) = bases.first() else {
        return 16;
    };
    let slots = match dict.get_str("__slots__") {
        Some(Value::Tuple(t)) => Some(t.len()),
        Some(Value::List(l)) => Some(l.borrow().len()),
        Some(Value::Str(_)) => Some(1),
        _ => None,
    };
    if let Some(n) = slots {
        let start = if base.builtin {
            32
        } else {
            base.instance_size.get()
        };
        return start + 8 * n as u32;
    }
    match layout {
        Layout::Exception => 88,
        _ if base.builtin => 56,
        _ => base.instance_size.get(),
    }
}

fn build_exceptions(object: &Rc<Type>) -> Vec<Rc<Type>> {
    let mut out: Vec<Rc<Type>> = Vec::with_capacity(ExcKind::ALL.len());
    for &k in ExcKind::ALL {
        let mut bases = if k == ExcKind::BaseException {
            vec![object.clone()]
        } else {
            vec![out[k.parent().index()].clone()]
        };
        if k == ExcKind::ExceptionGroup {
            bases.push(out[ExcKind::Exception.index()].clone());
        }
        let mut t = Type::new(k.name(), bases, DictData::new(), Layout::Exception)
            .unwrap_or_else(|_| unreachable_type());
        t.layout = Layout::Exception;
        t.builtin = true;
        t.subclassable = true;
        t.exc_kind = Some(k);
        out.push(Rc::new(t));
    }
    out
}

thread_local! {
    static TYPES: &'static BuiltinTypes = Box::leak(Box::new(BuiltinTypes::create()));
}

/// The builtin types of this thread.
pub fn t() -> &'static BuiltinTypes {
    TYPES.with(|t| *t)
}
