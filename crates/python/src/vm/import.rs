//! Modules: the registry an embedder fills (native modules built by a `register` function,
//! and frozen modules given as Python source), `sys.modules`, and `import` itself.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{Builtin, DictData, ExcKind, Module, NativeFn, PyDict, PyResult, Type, Value};
use crate::syntax::source::Source;
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Compiled frozen modules by (name, hash of source).
type CompiledCache =
    crate::objects::fasthash::FastMap<(Rc<str>, u64), Rc<crate::bytecode::CodeObject>>;

thread_local! {
    /// Frozen modules compiled once per thread, shared by every interpreter on it: a page
    /// runs many programs, and compiling asyncio's sources again for each run was most of
    /// a warm run's start-up. Code objects are immutable and know no interpreter.
    static COMPILED: RefCell<CompiledCache> = RefCell::new(CompiledCache::default());
    /// Where the sources of bundled modules come from (see [`set_bundle_loader`]).
    static BUNDLE_LOADER: RefCell<Option<BundleLoader>> = const { RefCell::new(None) };
    /// The host's compiled frozen modules (see [`set_precompiled`]).
    static PRECOMPILED: RefCell<Option<Precompiled>> = const { RefCell::new(None) };
}

/// Gives the host's code of a module: name, and its source when the build has it.
pub type CodeOf = Rc<dyn Fn(&str, Option<&str>) -> Option<Rc<crate::bytecode::CodeObject>>>;

/// Gives the real source behind a stand-in one.
pub type SourceOf = Rc<dyn Fn(&Rc<Source>) -> Option<Rc<Source>>>;

/// Frozen modules a host carries compiled, some without their source (the page's
/// snapshot of what `import asyncio` loads, `crates/web/src/bundles/snapshot.rs`).
#[derive(Clone)]
pub struct Precompiled {
    /// The code of module `name`: given its source, only if compiled from that very text;
    /// given `None` (a bundled module, its source left out), the host's code is the module.
    /// A module without its source has a stand-in `Source`: the same lines, blank.
    pub code: CodeOf,
    /// The real source behind such a stand-in (fetched on first use), or `None` for any
    /// other source.
    pub source: SourceOf,
}

/// Sets, for this thread, the host's compiled frozen modules.
pub fn set_precompiled(precompiled: Precompiled) {
    PRECOMPILED.with(|p| *p.borrow_mut() = Some(precompiled));
}

/// The code of module `name` from the host's compiled modules (see [`Precompiled`]).
fn precompiled(name: &str, src: Option<&str>) -> Option<Rc<crate::bytecode::CodeObject>> {
    let code = PRECOMPILED.with(|p| p.borrow().as_ref().map(|p| p.code.clone()))?;
    code(name, src)
}

/// `src` itself, or the real source when `src` is the stand-in of a frozen module whose
/// code the host gave without its text: what a traceback reads a line from.
pub fn full_source(src: &Rc<Source>) -> Rc<Source> {
    let source = PRECOMPILED.with(|p| p.borrow().as_ref().map(|p| p.source.clone()));
    source.and_then(|f| f(src)).unwrap_or_else(|| src.clone())
}

/// Gives the source of module `module` from bundle `bundle`, or says why it cannot.
pub type BundleLoader = Rc<dyn Fn(&str, &str) -> Result<Rc<str>, String>>;

/// Sets, for this thread, where modules registered with
/// [`Interp::register_bundled_module`] get their source on first import: a host that
/// keeps some frozen modules out of its binary (the page fetches them) installs one.
pub fn set_bundle_loader(loader: BundleLoader) {
    BUNDLE_LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// The source of bundled module `name`, from this thread's loader.
fn bundled_source(name: &str, bundle: &str) -> PyResult<Rc<str>> {
    let loader = BUNDLE_LOADER.with(|l| l.borrow().clone());
    let Some(loader) = loader else {
        return Err(PyErr::new(
            ExcKind::ImportError,
            format!("cannot load module '{name}': no loader for bundle '{bundle}'"),
        ));
    };
    loader(bundle, name).map_err(|why| {
        PyErr::new(
            ExcKind::ImportError,
            format!("cannot load module '{name}' (bundle '{bundle}'): {why}"),
        )
    })
}

/// The code of frozen module `name` from `src`, compiled on first use in this thread.
fn compile_frozen(name: &str, src: &str) -> PyResult<Rc<crate::bytecode::CodeObject>> {
    use crate::bytecode::snapshot;
    let hash = snapshot::source_hash(src);
    let key: (Rc<str>, u64) = (name.into(), hash);
    if let Some(code) = COMPILED.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(code);
    }
    // From the host's snapshot when it has this source compiled (see `snapshot`).
    let code = match snapshot::lookup(name, src, hash).or_else(|| precompiled(name, Some(src))) {
        Some(code) => code,
        None => crate::compile_source(src, &format!("<frozen {name}>"))?,
    };
    COMPILED.with(|c| c.borrow_mut().insert(key, code.clone()));
    Ok(code)
}

/// How a registered module is made on first import.
#[derive(Clone)]
pub enum ModuleDef {
    /// Built by a native function filling a `ModuleBuilder`.
    Native(fn(&mut ModuleBuilder)),
    /// Built by a closure (for embedders that capture state).
    NativeClosure(Rc<dyn Fn(&mut ModuleBuilder)>),
    /// Python source compiled and run on first import.
    Source(Rc<str>),
    /// Python source kept out of the binary, in the named bundle: the thread's
    /// [`BundleLoader`] gives it on first import, then it is compiled as `Source` is.
    Bundled(Rc<str>),
}

/// Filled by a module's `register` function: its attributes.
pub struct ModuleBuilder<'a> {
    /// The module's name.
    pub name: String,
    /// The module namespace.
    pub dict: Rc<PyDict>,
    /// The interpreter, for natives that need to create values eagerly.
    pub interp: &'a mut Interp,
}

impl ModuleBuilder<'_> {
    /// Add a native function.
    pub fn function(
        &mut self,
        name: &str,
        f: impl Fn(&mut Interp, &[Value], &[(Rc<str>, Value)]) -> PyResult<Value> + 'static,
    ) {
        let mut b = Builtin::new(name, Rc::new(f));
        b.owner = Some(self.name.as_str().into());
        self.dict
            .borrow_mut()
            .set_str(name, Value::Builtin(Rc::new(b)));
    }

    /// Add native functions, in the table's order (the order `dir(module)` lists them in).
    pub fn functions(&mut self, table: &[(&str, crate::objects::Native)]) {
        for &(name, f) in table {
            self.function(name, f);
        }
    }

    /// Add any value.
    pub fn value(&mut self, name: &str, v: Value) {
        self.dict.borrow_mut().set_str(name, v);
    }

    /// Add a class (see `ClassBuilder`).
    pub fn class(&mut self, cls: Rc<Type>) {
        let name = cls.name.clone();
        cls.dict
            .borrow_mut()
            .set_str("__module__", Value::str(&self.name));
        self.dict.borrow_mut().set_str(&name, Value::Type(cls));
    }
}

/// Builds a native class whose instances carry Rust data (`Instance::native`).
pub struct ClassBuilder {
    name: String,
    bases: Vec<Rc<Type>>,
    dict: DictData,
}

impl ClassBuilder {
    /// A class deriving from `object` (or the given bases).
    pub fn new(name: &str, bases: Vec<Rc<Type>>) -> ClassBuilder {
        ClassBuilder {
            name: name.into(),
            bases,
            dict: DictData::new(),
        }
    }

    /// A method: `self` is the first positional argument.
    pub fn method(
        mut self,
        name: &str,
        f: impl Fn(&mut Interp, &[Value], &[(Rc<str>, Value)]) -> PyResult<Value> + 'static,
    ) -> Self {
        let mut b = Builtin::new(name, Rc::new(f) as NativeFn);
        b.owner = Some(self.name.as_str().into());
        self.dict.set_str(name, Value::Builtin(Rc::new(b)));
        self
    }

    /// Methods from a table of named functions, in the table's order (the order
    /// `vars(cls)` lists them in).
    pub fn methods(mut self, table: &[(&str, crate::objects::Native)]) -> Self {
        for &(name, f) in table {
            self = self.method(name, f);
        }
        self
    }

    /// A class attribute.
    pub fn attr(mut self, name: &str, v: Value) -> Self {
        self.dict.set_str(name, v);
        self
    }

    /// A read-only property computed by a native getter.
    pub fn getter(
        mut self,
        name: &str,
        f: impl Fn(&mut Interp, &[Value], &[(Rc<str>, Value)]) -> PyResult<Value> + 'static,
    ) -> Self {
        let b = Builtin::new(name, Rc::new(f) as NativeFn);
        let p = crate::objects::Property {
            fget: Value::Builtin(Rc::new(b)),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        self.dict.set_str(name, Value::Property(Rc::new(p)));
        self
    }

    /// Finish the class.
    pub fn build(self) -> PyResult<Rc<Type>> {
        let bases = if self.bases.is_empty() {
            vec![crate::objects::t().object.clone()]
        } else {
            self.bases
        };
        let layout = if bases.iter().any(|b| b.is_exception()) {
            crate::objects::Layout::Exception
        } else {
            crate::objects::Layout::Object
        };
        let t = Type::new(&self.name, bases, self.dict, layout).map_err(PyErr::type_error)?;
        let t = Rc::new(t);
        crate::objects::gc::track_type(&t);
        Ok(t)
    }
}

impl Interp {
    /// Register a native module built by `register` on first import.
    pub fn register_module(&mut self, name: &str, register: fn(&mut ModuleBuilder)) {
        self.registry
            .insert(name.into(), ModuleDef::Native(register));
    }

    /// Register a native module built by a closure on first import.
    pub fn register_module_with(
        &mut self,
        name: &str,
        register: impl Fn(&mut ModuleBuilder) + 'static,
    ) {
        self.registry
            .insert(name.into(), ModuleDef::NativeClosure(Rc::new(register)));
    }

    /// Register a module written in Python, compiled and run on first import.
    pub fn register_source_module(&mut self, name: &str, source: &str) {
        self.registry
            .insert(name.into(), ModuleDef::Source(source.into()));
    }

    /// Register a module written in Python whose source is in `bundle`, outside the
    /// binary: the thread's bundle loader gives it on first import.
    pub fn register_bundled_module(&mut self, name: &str, bundle: &str) {
        self.registry
            .insert(name.into(), ModuleDef::Bundled(bundle.into()));
    }

    /// The public top-level modules a program can import (`asyncio`, `json`, …), sorted:
    /// no private `_name`s, no submodules.
    pub fn importable_modules(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .registry
            .keys()
            .filter(|n| !n.starts_with('_') && !n.contains('.'))
            .map(|n| n.to_string())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// A fresh module object.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Value {
        let mut d = DictData::new();
        d.set_str("__name__", Value::str(name));
        d.set_str("__doc__", Value::None);
        d.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        if let Some(f) = file {
            d.set_str("__file__", Value::str(f));
        }
        Value::Module(Module::new(name, Rc::new(RefCell::new(d))))
    }

    /// Import module `name` (fully dotted) and return it.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.borrow().get_str(name).cloned() {
            return Ok(m);
        }
        // Parents first.
        if let Some((parent, child)) = name.rsplit_once('.') {
            let p = self.import_module(parent)?;
            if let Some(m) = self.modules.borrow().get_str(name).cloned() {
                return Ok(m);
            }
            let m = self.load_module(name)?;
            if let Value::Module(pm) = &p {
                pm.dict.borrow_mut().set_str(child, m.clone());
            }
            return Ok(m);
        }
        self.load_module(name)
    }

    fn load_module(&mut self, name: &str) -> PyResult<Value> {
        let Some(def) = self.registry.get(name).cloned() else {
            let e = PyErr::new(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            );
            if let PyErr::Exc(Value::Instance(i)) = &e {
                i.dict.borrow_mut().set_str("name", Value::str(name));
            }
            return Err(e);
        };
        match def {
            ModuleDef::Native(f) => {
                let m = self.new_module(name, None);
                let Value::Module(mm) = &m else {
                    return Err(PyErr::runtime_error("bad module"));
                };
                self.modules.borrow_mut().set_str(name, m.clone());
                let mut b = ModuleBuilder {
                    name: name.into(),
                    dict: mm.dict.clone(),
                    interp: self,
                };
                f(&mut b);
                Ok(m)
            }
            ModuleDef::NativeClosure(f) => {
                let m = self.new_module(name, None);
                let Value::Module(mm) = &m else {
                    return Err(PyErr::runtime_error("bad module"));
                };
                self.modules.borrow_mut().set_str(name, m.clone());
                let mut b = ModuleBuilder {
                    name: name.into(),
                    dict: mm.dict.clone(),
                    interp: self,
                };
                f(&mut b);
                Ok(m)
            }
            ModuleDef::Source(src) => self.run_frozen(name, &src),
            ModuleDef::Bundled(bundle) => match precompiled(name, None) {
                Some(code) => self.run_module_code(name, code),
                None => {
                    let src = bundled_source(name, &bundle)?;
                    self.run_frozen(name, &src)
                }
            },
        }
    }

    /// Compiles (once per thread) and runs frozen module `name` from `src`.
    fn run_frozen(&mut self, name: &str, src: &str) -> PyResult<Value> {
        let code = compile_frozen(name, src)?;
        self.run_module_code(name, code)
    }

    /// Runs `code` as the body of a new module `name`.
    fn run_module_code(
        &mut self,
        name: &str,
        code: Rc<crate::bytecode::CodeObject>,
    ) -> PyResult<Value> {
        let m = self.new_module(name, None);
        let Value::Module(mm) = &m else {
            return Err(PyErr::runtime_error("bad module"));
        };
        self.modules.borrow_mut().set_str(name, m.clone());
        let mut frame = crate::vm::frame::Frame::new(code, mm.dict.clone());
        frame.locals = Some(mm.dict.clone());
        let r = self.run_nested(
            Box::new(frame),
            crate::vm::frame::ChildMode::Import(m.clone()),
        );
        if let Err(e) = r {
            self.modules.borrow_mut().remove_str(name);
            return Err(e);
        }
        Ok(m)
    }

    /// `IMPORT_NAME`: `import a.b` returns `a`; `from a.b import x` returns `a.b`.
    pub(crate) fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: i64,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            let pkg = globals.borrow().get_str("__package__").cloned();
            let base = match pkg {
                Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
                _ => {
                    return Err(PyErr::new(
                        ExcKind::ImportError,
                        "attempted relative import with no known parent package",
                    ))
                }
            };
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            name.to_string()
        };
        let m = self.import_module(&full)?;
        let has_from = !matches!(fromlist, Value::None) && self.truthy(fromlist)?;
        if has_from {
            // CPython asks whether the module is a package (`__path__`) before taking
            // names from it; only a module's own `__getattr__` can see that question.
            let hooked = matches!(&m, Value::Module(md) if md.dict.borrow().get_str("__getattr__").is_some());
            if hooked {
                self.getattr_opt(&m, "__path__")?;
            }
            return Ok(m);
        }
        if !full.contains('.') {
            return Ok(m);
        }
        let top = full.split('.').next().unwrap_or("");
        self.import_module(top)
    }

    /// `IMPORT_FROM`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        if let Value::Module(m) = module {
            let sub = format!("{}.{}", m.name, name);
            if self.registry.contains_key(&sub) {
                return self.import_module(&sub);
            }
            return Err(PyErr::new(
                ExcKind::ImportError,
                format!(
                    "cannot import name '{}' from '{}' (unknown location)",
                    name, m.name
                ),
            ));
        }
        Err(PyErr::new(
            ExcKind::ImportError,
            format!("cannot import name '{name}'"),
        ))
    }
}
