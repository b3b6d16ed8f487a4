//! The insertion-ordered hash table behind `dict`, `set`, `frozenset`, instance and module
//! namespaces. Key comparison is supplied by the caller: builtin keys compare here without
//! running Python code; keys that need `__eq__` come back as candidates for the interpreter
//! to compare with no borrow held.

use std::cell::RefCell;

use super::Value;

/// A dict object.
pub type PyDict = RefCell<DictData>;

/// One live entry.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// Result of a lookup.
pub enum Find {
    /// The entry index holding an equal key.
    Found(usize),
    /// No equal key.
    Missing,
    /// Entries with the same hash whose equality needs Python code.
    Unknown(Vec<usize>),
}

/// The table. In set mode the slot layout, probing and resizing follow CPython's
/// `setobject.c`, and iteration walks the slots, so sets of ints print in CPython's order.
#[derive(Clone, Default)]
pub struct DictData {
    entries: Vec<Option<Entry>>,
    table: Vec<u32>,
    len: usize,
    set_mode: bool,
    /// Set mode: used + dummy slots (CPython's `fill`).
    fill: usize,
    /// A class namespace whose lookups some type has cached (`Type::lookup`): changing
    /// it moves the thread's type epoch on, which empties every type's cache.
    watched: bool,
    /// The cycle collector's mark.
    pub(crate) gc: super::gc::GcSlot,
}

thread_local! {
    /// Moves on whenever a watched (class) namespace changes; see `Type::lookup`.
    static TYPE_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The thread's type epoch: type lookup caches filled under another epoch are stale.
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

const LINEAR_PROBES: usize = 9;

impl DictData {
    /// Mark this as a class namespace whose lookups are cached: from now on, changing it
    /// invalidates every type's lookup cache.
    pub fn watch(&mut self) {
        self.watched = true;
    }

    /// Called on every change of the table's contents.
    #[inline]
    fn touch(&self) {
        if self.watched {
            TYPE_EPOCH.with(|e| e.set(e.get() + 1));
        }
    }

    /// An empty table.
    pub fn new() -> DictData {
        DictData::default()
    }

    /// An empty set table (CPython's 8-slot small table).
    pub fn new_set() -> DictData {
        DictData {
            entries: vec![],
            table: vec![EMPTY; 8],
            len: 0,
            set_mode: true,
            fill: 0,
            watched: false,
            gc: super::gc::GcSlot::new(),
        }
    }

    /// Whether this is a set table.
    pub fn is_set(&self) -> bool {
        self.set_mode
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of positions iterators walk (entries; table slots for sets).
    pub fn raw_len(&self) -> usize {
        if self.set_mode {
            self.table.len()
        } else {
            self.entries.len()
        }
    }

    /// The entry at iteration position `i`, if live.
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        if self.set_mode {
            let slot = *self.table.get(i)?;
            if slot == EMPTY || slot == DUMMY {
                return None;
            }
            return self.entries.get(slot as usize).and_then(|e| e.as_ref());
        }
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// The entry index stored at iteration position `i` (sets), or `i` (dicts).
    fn index_at(&self, i: usize) -> Option<usize> {
        if self.set_mode {
            let slot = *self.table.get(i)?;
            if slot == EMPTY || slot == DUMMY {
                return None;
            }
            Some(slot as usize)
        } else {
            Some(i)
        }
    }

    /// Live entries in iteration order (insertion order; slot order for sets).
    pub fn iter(&self) -> Box<dyn Iterator<Item = &Entry> + '_> {
        if self.set_mode {
            Box::new(self.table.iter().filter_map(move |&slot| {
                if slot == EMPTY || slot == DUMMY {
                    None
                } else {
                    self.entries.get(slot as usize).and_then(|e| e.as_ref())
                }
            }))
        } else {
            Box::new(self.entries.iter().filter_map(|e| e.as_ref()))
        }
    }

    /// Keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    /// Values in order.
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    /// (key, value) pairs in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Live entries in storage order (what the cycle collector walks).
    pub fn live_entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Empty it, handing back the old contents (the cycle collector drops them later).
    pub fn take_all(&mut self) -> DictData {
        self.touch();
        let mut fresh = if self.set_mode {
            DictData::new_set()
        } else {
            DictData::new()
        };
        fresh.watched = self.watched;
        std::mem::replace(self, fresh)
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.touch();
        self.entries.clear();
        self.len = 0;
        self.fill = 0;
        if self.set_mode {
            self.table = vec![EMPTY; 8];
        } else {
            self.table.clear();
        }
    }

    /// Look `key` up. `eq(stored, key)` answers `Some` when it can decide without Python.
    pub fn find(
        &self,
        hash: i64,
        key: &Value,
        eq: &mut dyn FnMut(&Value, &Value) -> Option<bool>,
    ) -> Find {
        if self.table.is_empty() {
            return Find::Missing;
        }
        if self.set_mode {
            return self.set_find(hash, key, eq);
        }
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut unknown = Vec::new();
        loop {
            let slot = self.table[i];
            if slot == EMPTY {
                break;
            }
            if slot != DUMMY {
                if let Some(e) = &self.entries[slot as usize] {
                    if e.hash == hash {
                        if e.key.is(key) {
                            return Find::Found(slot as usize);
                        }
                        match eq(&e.key, key) {
                            Some(true) => return Find::Found(slot as usize),
                            Some(false) => {}
                            None => unknown.push(slot as usize),
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        if unknown.is_empty() {
            Find::Missing
        } else {
            Find::Unknown(unknown)
        }
    }

    fn set_probe_order(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut pending: Vec<usize> = vec![];
        let mut count = 0usize;
        std::iter::from_fn(move || {
            if pending.is_empty() {
                count += 1;
                if count > self.table.len() * 4 + 64 {
                    return None;
                }
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in (0..=probes).rev() {
                    pending.push(i + j);
                }
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
            pending.pop()
        })
    }

    fn set_find(
        &self,
        hash: i64,
        key: &Value,
        eq: &mut dyn FnMut(&Value, &Value) -> Option<bool>,
    ) -> Find {
        let mut unknown = Vec::new();
        for pos in self.set_probe_order(hash) {
            let slot = self.table[pos];
            if slot == EMPTY {
                break;
            }
            if slot == DUMMY {
                continue;
            }
            if let Some(e) = &self.entries[slot as usize] {
                if e.hash == hash {
                    if e.key.is(key) {
                        return Find::Found(slot as usize);
                    }
                    match eq(&e.key, key) {
                        Some(true) => return Find::Found(slot as usize),
                        Some(false) => {}
                        None => unknown.push(slot as usize),
                    }
                }
            }
        }
        if unknown.is_empty() {
            Find::Missing
        } else {
            Find::Unknown(unknown)
        }
    }

    fn set_insert_new(&mut self, hash: i64, key: Value) {
        // A set that is added to and discarded from reuses its table's dummy slots and so
        // never resizes: its entries are compacted instead, or they would grow forever.
        if self.entries.len() >= 2 * self.len + 16 {
            self.set_compact();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry {
            hash,
            key,
            value: Value::None,
        }));
        self.len += 1;
        let mut freeslot = None;
        let mut target = None;
        for pos in self.set_probe_order(hash) {
            let slot = self.table[pos];
            if slot == EMPTY {
                target = Some(pos);
                break;
            }
            if slot == DUMMY && freeslot.is_none() {
                freeslot = Some(pos);
            }
        }
        match (freeslot, target) {
            (Some(f), _) => self.table[f] = idx,
            (None, Some(t)) => {
                self.table[t] = idx;
                self.fill += 1;
                let mask = self.table.len() - 1;
                if self.fill * 5 >= mask * 3 {
                    let used = self.len;
                    self.set_resize(if used > 50000 { used * 2 } else { used * 4 });
                }
            }
            (None, None) => {
                let used = self.len;
                self.set_resize(used * 4);
            }
        }
    }

    /// Drop the removed entries, leaving every live one in its table slot (a set iterates
    /// in slot order, so nothing a program sees changes).
    fn set_compact(&mut self) {
        let mut moved = vec![EMPTY; self.entries.len()];
        let mut next = 0u32;
        for (i, e) in self.entries.iter().enumerate() {
            if e.is_some() {
                moved[i] = next;
                next += 1;
            }
        }
        self.entries.retain(Option::is_some);
        for slot in self.table.iter_mut() {
            if *slot != EMPTY && *slot != DUMMY {
                *slot = moved[*slot as usize];
            }
        }
    }

    /// CPython's `set_table_resize`: reinsert live entries in old slot order.
    fn set_resize(&mut self, minused: usize) {
        let mut newsize = 8;
        while newsize <= minused {
            newsize <<= 1;
        }
        let order: Vec<Entry> = self.iter().cloned().collect();
        self.entries.clear();
        self.table = vec![EMPTY; newsize];
        for e in order {
            let idx = self.entries.len() as u32;
            let h = e.hash;
            self.entries.push(Some(e));
            let pos = self.set_probe_order(h).find(|&p| self.table[p] == EMPTY);
            if let Some(p) = pos {
                self.table[p] = idx;
            }
        }
        self.fill = self.entries.len();
        self.len = self.entries.len();
    }

    /// `set_merge`'s pre-sizing before adding `other_len` keys.
    pub fn set_presize(&mut self, other_len: usize) {
        let mask = self.table.len().saturating_sub(1);
        if (self.fill + other_len) * 5 >= mask * 3 {
            self.set_resize((self.len + other_len) * 2);
        }
    }

    /// `set_merge` into an empty set: insert `other`'s entries in its slot order.
    pub fn set_copy_from(&mut self, other: &DictData) {
        self.set_presize(other.len);
        for e in other.iter().cloned().collect::<Vec<_>>() {
            let idx = self.entries.len() as u32;
            let h = e.hash;
            self.entries.push(Some(e));
            self.len += 1;
            self.fill += 1;
            let pos = self.set_probe_order(h).find(|&p| self.table[p] == EMPTY);
            if let Some(p) = pos {
                self.table[p] = idx;
            }
        }
    }

    /// Look up a `str` key (namespaces): never needs Python.
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.get_str_hashed(key, super::str::hash_str(key))
    }

    /// `get_str` with the key's hash already known (`str::hash_str(key)`), for lookups
    /// that probe several dicts with one name, like a walk along an MRO.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<&Value> {
        if self.set_mode {
            let k = super::PyStr::new(key);
            let hash = k.hash();
            let kv = Value::Str(std::rc::Rc::new(k));
            return match self.find(hash, &kv, &mut fast_eq) {
                Find::Found(i) => self.entries[i].as_ref().map(|e| &e.value),
                _ => None,
            };
        }
        self.find_str(hash, key)
            .and_then(|i| self.entries[i].as_ref().map(|e| &e.value))
    }

    /// The probe of `find` for a `str` key given as text: no allocation, and only `str`
    /// keys can match (namespaces and attribute dicts hold nothing else).
    fn find_str(&self, hash: i64, key: &str) -> Option<usize> {
        self.probe_str(hash, |s| s.as_str() == key)
    }

    /// `find`'s probe sequence over the entries with `str` keys and this hash, stopping at
    /// the first whose key `matches`.
    #[inline]
    fn probe_str(
        &self,
        hash: i64,
        matches: impl Fn(&std::rc::Rc<super::PyStr>) -> bool,
    ) -> Option<usize> {
        if self.table.is_empty() {
            return None;
        }
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let slot = self.table[i];
            if slot == EMPTY {
                return None;
            }
            if slot != DUMMY {
                if let Some(e) = &self.entries[slot as usize] {
                    if e.hash == hash && matches!(&e.key, Value::Str(s) if matches(s)) {
                        return Some(slot as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Look up a prepared `str` key.
    pub fn get_pystr(&self, key: &std::rc::Rc<super::PyStr>) -> Option<&Value> {
        let hash = key.hash();
        if self.set_mode {
            let kv = Value::Str(key.clone());
            return match self.find(hash, &kv, &mut fast_eq) {
                Find::Found(i) => self.entries[i].as_ref().map(|e| &e.value),
                _ => None,
            };
        }
        self.find_pystr(hash, key)
            .and_then(|i| self.entries[i].as_ref().map(|e| &e.value))
    }

    /// The probe of `find` for a `str` key: the same key object (interned names) matches
    /// without comparing text, and only `str` keys can match, as with `fast_eq`.
    fn find_pystr(&self, hash: i64, key: &std::rc::Rc<super::PyStr>) -> Option<usize> {
        self.probe_str(hash, |s| {
            std::rc::Rc::ptr_eq(s, key) || s.as_str() == key.as_str()
        })
    }

    /// Insert or replace a `str` key.
    pub fn set_str(&mut self, key: &str, value: Value) {
        let k = std::rc::Rc::new(super::PyStr::new(key));
        self.set_pystr(k, value);
    }

    /// Insert or replace a prepared `str` key.
    pub fn set_pystr(&mut self, key: std::rc::Rc<super::PyStr>, value: Value) {
        let hash = key.hash();
        if !self.set_mode {
            match self.find_pystr(hash, &key) {
                Some(i) => self.set_value_at(i, value),
                None => self.insert_new(hash, Value::Str(key), value),
            }
            return;
        }
        let kv = Value::Str(key);
        match self.find(hash, &kv, &mut fast_eq) {
            Find::Found(i) => self.set_value_at(i, value),
            _ => self.insert_new(hash, kv, value),
        }
    }

    /// [`DictData::replace_str`] for a prepared (interned) key: its cached hash, and in a
    /// namespace keyed by the same interned name, a match by pointer.
    pub fn replace_pystr(
        &mut self,
        key: &std::rc::Rc<super::PyStr>,
        value: Value,
    ) -> Option<Value> {
        if self.set_mode {
            return self.replace_str(key.as_str(), value);
        }
        let at = self.find_pystr(key.hash(), key);
        self.replace_found(at, key.hash(), || Value::Str(key.clone()), value)
    }

    /// Insert or replace a `str` key, handing back the value it replaces (so the caller
    /// can drop it once no borrow of the dict is held).
    pub fn replace_str(&mut self, key: &str, value: Value) -> Option<Value> {
        if self.set_mode {
            let old = self.get_str(key).cloned();
            self.set_str(key, value);
            return old;
        }
        let hash = super::str::hash_str(key);
        let at = self.find_str(hash, key);
        let make_key = || Value::Str(std::rc::Rc::new(super::PyStr::new(key)));
        self.replace_found(at, hash, make_key, value)
    }

    /// The replace of [`DictData::replace_str`] once the key's entry was looked for: the
    /// old value of entry `at`, or the key (made by `make_key`) added.
    fn replace_found(
        &mut self,
        at: Option<usize>,
        hash: i64,
        make_key: impl FnOnce() -> Value,
        value: Value,
    ) -> Option<Value> {
        match at {
            Some(i) => {
                self.touch();
                self.entries
                    .get_mut(i)
                    .and_then(|e| e.as_mut())
                    .map(|e| std::mem::replace(&mut e.value, value))
            }
            None => {
                self.insert_new(hash, make_key(), value);
                None
            }
        }
    }

    /// Remove a `str` key; returns the old value.
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let k = super::PyStr::new(key);
        let hash = k.hash();
        let kv = Value::Str(std::rc::Rc::new(k));
        match self.find(hash, &kv, &mut fast_eq) {
            Find::Found(i) => self.remove_at(i).map(|e| e.value),
            _ => None,
        }
    }

    /// Replace the value of entry `i`.
    pub fn set_value_at(&mut self, i: usize, value: Value) {
        self.touch();
        if let Some(Some(e)) = self.entries.get_mut(i) {
            e.value = value;
        }
    }

    /// The value of entry index `i` (as returned by `find`).
    pub fn value_at(&self, i: usize) -> Option<Value> {
        self.entry_by_index(i).map(|e| e.value.clone())
    }

    /// The entry with entry index `i` (as returned by `find`).
    pub fn entry_by_index(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.touch();
        if self.set_mode {
            if self.table.is_empty() {
                self.table = vec![EMPTY; 8];
            }
            return self.set_insert_new(hash, key);
        }
        if (self.entries.len() + 1) * 3 >= self.table.len() * 2 {
            self.rebuild(self.len + 1);
        }
        if self.entries.len() == self.entries.capacity() {
            self.grow_entries();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.place(hash, idx);
    }

    /// Room for more entries, never more than the table takes before it is rebuilt
    /// (two thirds of its slots, as CPython sizes `dk_entries`): a `Vec` left to double
    /// would leave a third of a big instance's namespace unused, and a program's
    /// instances come by the hundred thousand.
    fn grow_entries(&mut self) {
        let usable = (self.table.len() * 2).saturating_sub(1) / 3;
        let len = self.entries.len();
        let want = (len * 2).clamp(4, usable.max(len + 1));
        self.entries.reserve_exact(want - len);
    }

    fn place(&mut self, hash: i64, idx: u32) {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.table[i] != EMPTY && self.table[i] != DUMMY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.table[i] = idx;
    }

    fn rebuild(&mut self, want: usize) {
        if self.len < self.entries.len() {
            self.entries.retain(|e| e.is_some());
        }
        let mut size = 8;
        while size * 2 < (want.max(self.entries.len()) + 1) * 3 {
            size *= 2;
        }
        self.table = vec![EMPTY; size];
        for idx in 0..self.entries.len() {
            if let Some(e) = &self.entries[idx] {
                let h = e.hash;
                self.place(h, idx as u32);
            }
        }
    }

    /// Remove entry `i`.
    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        self.touch();
        let e = self.entries.get_mut(i)?.take()?;
        self.len -= 1;
        if self.set_mode {
            // The entry's slot is on its hash's probe path, before any empty slot.
            let pos = self
                .set_probe_order(e.hash)
                .take_while(|&p| self.table[p] != EMPTY)
                .find(|&p| self.table[p] == i as u32)
                .or_else(|| self.table.iter().position(|&s| s == i as u32));
            if let Some(pos) = pos {
                self.table[pos] = DUMMY;
            }
            return Some(e);
        }
        // Mark its table slot as deleted.
        let mask = self.table.len() - 1;
        let mut perturb = e.hash as u64;
        let mut j = (e.hash as u64 as usize) & mask;
        loop {
            let slot = self.table[j];
            if slot == EMPTY {
                break;
            }
            if slot == i as u32 {
                self.table[j] = DUMMY;
                break;
            }
            perturb >>= 5;
            j = (j
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        if self.len == 0 {
            self.clear();
        }
        Some(e)
    }

    /// Remove and return the last entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        self.touch();
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }

    /// Remove and return the first entry in iteration order (`set.pop`).
    pub fn pop_first(&mut self) -> Option<Entry> {
        self.touch();
        let i = (0..self.raw_len())
            .find_map(|p| self.index_at(p).filter(|&i| self.entries[i].is_some()))?;
        self.remove_at(i)
    }
}

/// Equality of builtin keys without running Python code: `None` when a user `__eq__` may
/// be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            use num_traits::ToPrimitive;
            y.fract() == 0.0
                && x.to_f64() == Some(*y)
                && num_bigint::BigInt::from(*y as i128) == **x
        }
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
        (Complex(x), Complex(y)) => x == y,
        (Complex(x), Int(_) | Float(_) | Bool(_)) | (Int(_) | Float(_) | Bool(_), Complex(x)) => {
            let other = if matches!(a, Complex(_)) { b } else { a };
            let o = super::complex::parts(other).unwrap_or((f64::NAN, 0.0));
            **x == o
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) {
                    continue;
                }
                if !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (FrozenSet(_) | Set(_), FrozenSet(_) | Set(_)) => return Option::None,
        (List(_), List(_)) | (Dict(_), Dict(_)) => return Option::None,
        // A metaclass may define `__eq__`.
        (Type(x), _) | (_, Type(x)) if x.metaclass.is_some() => return Option::None,
        (Type(x), Type(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => a.is(b),
    })
}

impl std::fmt::Debug for DictData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|e| (&e.key, &e.value)))
            .finish()
    }
}

impl Drop for DictData {
    fn drop(&mut self) {
        let entries = std::mem::take(&mut self.entries);
        let mut vals = Vec::with_capacity(entries.len() * 2);
        for e in entries.into_iter().flatten() {
            vals.push(e.key);
            vals.push(e.value);
        }
        super::drop_guard::drop_values(vals);
    }
}
