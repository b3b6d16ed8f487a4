//! Looking names up along a type's MRO, through a per-type cache (CPython's method cache,
//! `_PyType_Lookup`): attribute access, method calls and instantiation look up the same few
//! names on the same classes over and over, and each uncached lookup hashes the name and
//! probes one dict per class in the MRO.
//!
//! A cache is valid for one *type epoch*: every change to a class namespace moves the
//! thread's epoch on (`DictData::touch`; class dicts are watched from creation), so a stale
//! entry is never used, whoever changed the class and however.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use super::Type;
use crate::objects::dict::type_epoch;
use crate::objects::str::hash_str;
use crate::objects::Value;

/// Keys are names' `str` hashes already: use them as they are.
#[derive(Default)]
pub(crate) struct HashPass(u64);

impl Hasher for HashPass {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_i64(&mut self, v: i64) {
        self.0 = v as u64;
    }
}

/// What a lookup found: the index in the MRO of the class defining the name (0 is the type
/// itself), and its value when keeping a reference to it cannot delay a finaliser.
#[derive(Clone)]
struct Found {
    owner: u32,
    value: Option<Value>,
}

/// Attribute hooks whose default (`object`'s) behaviour the VM inlines unless a Python
/// class overrides them.
#[derive(Clone, Copy)]
pub enum Hook {
    GetAttribute = 1,
    SetAttr = 2,
    DelAttr = 4,
}

/// In `Type::hooks`: the bits have been computed.
const HOOKS_KNOWN: u8 = 0x80;

/// Names cached per type before the cache starts over.
const MAX_NAMES: usize = 1024;

/// Names with one hash, and what looking each up found.
type Bucket = Vec<(Box<str>, Option<Found>)>;

/// One type's cached lookups.
#[derive(Default)]
pub struct LookupCache {
    epoch: u64,
    by_hash: HashMap<i64, Bucket, BuildHasherDefault<HashPass>>,
}

/// Values the cache may hold on to: ones without finalisers of their own that a class
/// mutation could be waiting on (functions, descriptors, classes, plain scalars).
fn cacheable(v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_)
            | Value::Builtin(_)
            | Value::ClassMethod(_)
            | Value::StaticMethod(_)
            | Value::Property(_)
            | Value::Type(_)
            | Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
    )
}

impl Type {
    /// Visit every value the lookup cache holds on to (for the cycle collector); `false`
    /// when the cache is in use right now.
    pub(crate) fn visit_lookups(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        let Ok(cache) = self.cache.try_borrow() else {
            return false;
        };
        for bucket in cache.by_hash.values() {
            for (_, found) in bucket {
                if let Some(v) = found.as_ref().and_then(|f| f.value.as_ref()) {
                    visit(v);
                }
            }
        }
        true
    }

    /// Let go of every value the lookup cache holds (the cycle collector breaking a
    /// cycle through this class).
    pub(crate) fn forget_lookups(&self) {
        if let Ok(mut cache) = self.cache.try_borrow_mut() {
            cache.by_hash.clear();
        }
    }

    /// The class at `index` in the MRO (0 is `self`).
    fn mro_at(&self, index: u32) -> &Type {
        match index {
            0 => self,
            i => &self.mro_rest[i as usize - 1],
        }
    }

    /// The uncached walk: the first class along the MRO whose dict has `name`.
    fn lookup_walk(&self, name: &str, hash: i64) -> Option<(Value, u32)> {
        if let Some(v) = self.dict.borrow().get_str_hashed(name, hash) {
            return Some((v.clone(), 0));
        }
        for (i, t) in self.mro_rest.iter().enumerate() {
            if let Some(v) = t.dict.borrow().get_str_hashed(name, hash) {
                return Some((v.clone(), i as u32 + 1));
            }
        }
        None
    }

    /// Find `name` (whose `str` hash is `hash`) along the MRO: the value and the index in
    /// the MRO of the class defining it.
    pub fn lookup_hashed(&self, name: &str, hash: i64) -> Option<(Value, u32)> {
        let epoch = type_epoch();
        let cached = {
            let cache = self.cache.borrow();
            if cache.epoch == epoch {
                cache
                    .by_hash
                    .get(&hash)
                    .and_then(|b| b.iter().find(|(k, _)| &**k == name))
                    .map(|(_, f)| f.clone())
            } else {
                None
            }
        };
        match cached {
            Some(None) => return None,
            Some(Some(Found {
                owner,
                value: Some(v),
            })) => return Some((v, owner)),
            Some(Some(Found { owner, value: None })) => {
                let v = self
                    .mro_at(owner)
                    .dict
                    .borrow()
                    .get_str_hashed(name, hash)
                    .cloned();
                if let Some(v) = v {
                    return Some((v, owner));
                }
            }
            None => {}
        }
        let found = self.lookup_walk(name, hash);
        let entry = found.as_ref().map(|(v, owner)| Found {
            owner: *owner,
            value: cacheable(v).then(|| v.clone()),
        });
        let mut cache = self.cache.borrow_mut();
        // Programs that make up attribute names (`getattr(obj, f"x{i}")`) would grow the
        // cache without bound: start over past a size no class's real names reach.
        if cache.epoch != epoch || cache.by_hash.len() >= MAX_NAMES {
            cache.by_hash.clear();
            cache.epoch = epoch;
        }
        let bucket = cache.by_hash.entry(hash).or_default();
        match bucket.iter_mut().find(|(k, _)| &**k == name) {
            Some(slot) => slot.1 = entry,
            None => bucket.push((name.into(), entry)),
        }
        found
    }

    /// Find `name` along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, hash_str(name)).map(|(v, _)| v)
    }

    /// Find `name` along the MRO, also telling which class defined it.
    pub fn lookup_with_owner(self: &Rc<Self>, name: &str) -> Option<(Value, Rc<Type>)> {
        let (v, owner) = self.lookup_hashed(name, hash_str(name))?;
        let t = match owner {
            0 => self.clone(),
            i => self.mro_rest[i as usize - 1].clone(),
        };
        Some((v, t))
    }

    /// Whether a Python class along the MRO defines `hook` (`__getattribute__`,
    /// `__setattr__`, `__delattr__`): checked on every attribute access, so kept as bits.
    pub fn overrides(&self, hook: Hook) -> bool {
        let epoch = type_epoch();
        let (at, mut bits) = self.hooks.get();
        if at != epoch || bits & HOOKS_KNOWN == 0 {
            bits = HOOKS_KNOWN;
            for (h, name) in [
                (Hook::GetAttribute, "__getattribute__"),
                (Hook::SetAttr, "__setattr__"),
                (Hook::DelAttr, "__delattr__"),
            ] {
                if !self.lookup_is_default(name) {
                    bits |= h as u8;
                }
            }
            self.hooks.set((epoch, bits));
        }
        bits & hook as u8 != 0
    }

    /// Whether `name` is found along the MRO in a builtin class, or not at all (so the
    /// default behaviour of `object` applies), without cloning anything.
    pub fn lookup_is_default(&self, name: &str) -> bool {
        match self.lookup_hashed(name, hash_str(name)) {
            None => true,
            Some((_, owner)) => self.mro_at(owner).builtin,
        }
    }
}
