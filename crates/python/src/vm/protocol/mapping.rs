//! Dict and set table operations that may need Python-level `__hash__`/`__eq__`: lookups
//! compare builtin keys inside the table and user keys outside any borrow.

use std::rc::Rc;

use crate::objects::dict::{fast_eq, Find};
use crate::objects::{PyDict, PyResult, PySet, Value};
use crate::vm::Interp;

impl Interp {
    /// Find `key` in a dict or set table, comparing with Python `__eq__` when needed.
    fn dict_find(&mut self, d: &Rc<PyDict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let found = d.borrow().find(hash, key, &mut fast_eq);
        match found {
            Find::Found(i) => Ok(Some(i)),
            Find::Missing => Ok(None),
            Find::Unknown(cands) => {
                for i in cands {
                    let k = d.borrow().entry_by_index(i).map(|e| e.key.clone());
                    if let Some(k) = k {
                        if self.eq(&k, key)? {
                            return Ok(Some(i));
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            if let Some(v) = d.borrow().get_pystr(s) {
                return Ok(Some(v.clone()));
            }
            let only_str = true;
            if only_str {
                // A str key only equals str keys (and instances with custom __eq__).
                let h = s.hash();
                return match self.dict_find(d, key, h)? {
                    Some(i) => Ok(d.borrow().value_at(i)),
                    None => Ok(None),
                };
            }
        }
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => Ok(d.borrow().value_at(i)),
            None => Ok(None),
        }
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Rc<PyDict>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.dict_find(d, &key, h)? {
            Some(i) => d.borrow_mut().set_value_at(i, value),
            None => d.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    /// `del d[key]`; false when absent.
    pub fn dict_del(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => {
                d.borrow_mut().remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Remove and return `d[key]`.
    pub fn dict_pop(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => Ok(d.borrow_mut().remove_at(i).map(|e| e.value)),
            None => Ok(None),
        }
    }

    /// `s.add(v)`.
    pub fn set_add(&mut self, s: &Rc<PySet>, v: Value) -> PyResult<()> {
        let h = self.hash(&v)?;
        if self.dict_find(s, &v, h)?.is_none() {
            s.borrow_mut().insert_new(h, v, Value::None);
        }
        Ok(())
    }

    /// `s |= other` for sets: CPython's `set_merge` (pre-size, then add in `other`'s order).
    pub fn set_update_from(&mut self, s: &Rc<PySet>, other: &Rc<PySet>) -> PyResult<()> {
        if Rc::ptr_eq(s, other) {
            return Ok(());
        }
        let n = other.borrow().len();
        if s.borrow().is_empty() {
            let o = other.borrow().clone();
            s.borrow_mut().set_copy_from(&o);
            return Ok(());
        }
        s.borrow_mut().set_presize(n);
        for v in other.borrow().keys() {
            self.set_add(s, v)?;
        }
        Ok(())
    }
}
