//! Maps keyed by the interpreter's own values — virtual addresses, thread and task ids,
//! `TypeId`s, the compiler's names, the trace's strings — hashed a word at a time with one
//! multiply instead of SipHash, the standard library's default. SipHash's keys defend a
//! server against inputs chosen to collide; a playground running its user's own program
//! has no such adversary, and these maps are asked on every object freed, every task step
//! and every name compiled (SipHash was about 5 % of a `sleep(0)` switch). They also
//! iterate the same way on every run, where `RandomState`'s do not.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher: each word folded in by a multiply, its high half mixed into the low bits
/// (addresses are multiples of 16, and the table's bucket index is the low bits).
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, v: u64) {
        let h = (self.0.rotate_left(5) ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 32);
    }

    fn write_u32(&mut self, v: u32) {
        self.write_u64(u64::from(v));
    }

    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}

/// A `HashMap` keyed by our own values.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` of our own values.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;
