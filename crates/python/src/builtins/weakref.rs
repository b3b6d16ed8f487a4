//! `_weakref`: the native half of weak references. `weakref.ref` and the weak containers
//! are Python of ours (loopscope-stdlib's `weakref.py`); a reference object carries its
//! referent as a Rust weak pointer, set here by `bind`.
//!
//! Objects with an identity (instances, functions, classes, generators) can be weakly
//! referenced, as in CPython; values such as `int`, `str`, `list` or `dict` cannot. When a
//! referent with callbacks goes, its address is queued (`identity::watch`) and the
//! interpreter calls the callbacks of the references still alive, newest first, at the next
//! instruction boundary (`Interp::run_weak_callbacks`).

use crate::args::nth;
use std::rc::Rc;

use super::{Kw, Native};
use crate::objects::{identity, Instance, PyResult, Value, WeakTarget};
use crate::vm::halt::PyErr;
use crate::vm::import::ModuleBuilder;
use crate::vm::Interp;

/// What a reference object carries.
struct Referent(WeakTarget);

fn reference(v: &Value, what: &str) -> PyResult<Rc<Instance>> {
    match v {
        Value::Instance(i)
            if i.native
                .borrow()
                .as_ref()
                .is_some_and(|n| n.is::<Referent>()) =>
        {
            Ok(i.clone())
        }
        Value::Instance(i) if what == "bind" => Ok(i.clone()),
        _ => Err(PyErr::type_error(format!(
            "_weakref.{what}() needs a weak reference"
        ))),
    }
}

fn referent(v: &Value) -> PyResult<Option<Value>> {
    let r = reference(v, "get")?;
    let native = r.native.borrow();
    Ok(native
        .as_ref()
        .and_then(|n| n.downcast_ref::<Referent>())
        .and_then(|n| n.0.get()))
}

/// Fill the `_weakref` module.
pub fn register(m: &mut ModuleBuilder) {
    m.functions(FUNCTIONS);
}

/// The `_weakref` module's functions, by their Python names.
const FUNCTIONS: &[(&str, Native)] = &[
    ("bind", weakref_bind),
    ("get", weakref_get),
    ("refs", weakref_refs),
    ("count", weakref_count),
];

/// `_weakref.bind(ref, obj, callback)`: makes `ref` a weak reference to `obj`.
///
/// `callback(ref)` is called when `obj` goes (unless `callback` is None or `ref` went
/// first). Every reference is listed under its referent's address, for `refs` and `count`.
fn weakref_bind(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (me, obj, callback) = (nth(args, 0), nth(args, 1), nth(args, 2));
    let me = reference(&me, "bind")?;
    let Some(target) = WeakTarget::of(&obj) else {
        return Err(PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.type_name()
        )));
    };
    *me.native.borrow_mut() = Some(Box::new(Referent(target)));
    let addr = obj.id() as u64;
    let list = interp.weak_callbacks.entry(addr).or_default();
    list.retain(|(r, _)| r.strong_count() > 0);
    list.push((Rc::downgrade(&me), callback));
    identity::watch(addr);
    Ok(Value::None)
}

/// `_weakref.get(ref)`: the referent, or None once it has gone.
fn weakref_get(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(referent(&nth(args, 0))?.unwrap_or(Value::None))
}

/// `_weakref.refs(obj)`: the references to `obj` still alive, oldest first.
fn weakref_refs(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::list(alive(interp, &nth(args, 0))))
}

/// `_weakref.count(obj)`: how many references to `obj` are still alive.
fn weakref_count(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(alive(interp, &nth(args, 0)).len() as i64))
}

fn alive(interp: &Interp, obj: &Value) -> Vec<Value> {
    if WeakTarget::of(obj).is_none() {
        return vec![];
    }
    interp
        .weak_callbacks
        .get(&(obj.id() as u64))
        .map_or(vec![], |list| {
            list.iter()
                .filter_map(|(r, _)| r.upgrade().map(Value::Instance))
                .collect()
        })
}

impl Interp {
    /// Calls the callbacks of weak references whose referents went since the last call.
    pub(crate) fn run_weak_callbacks(&mut self) {
        let died: Vec<u64> = std::mem::take(&mut *self.hooks.died.borrow_mut());
        for addr in died {
            let Some(list) = self.weak_callbacks.remove(&addr) else {
                continue;
            };
            for (r, callback) in list.into_iter().rev() {
                let Some(r) = r.upgrade() else { continue };
                if matches!(callback, Value::None) {
                    continue;
                }
                if let Err(PyErr::Exc(e)) = self.call(&callback, &[Value::Instance(r)], &[]) {
                    let what = self.repr_of(&callback).unwrap_or_default();
                    self.write_unraisable(&e, &format!("Exception ignored in: {what}"));
                }
            }
        }
    }
}
