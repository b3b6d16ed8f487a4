//! What a `memoryview` is: a window onto the bytes of a `bytes` or `bytearray` without
//! copying them, and the bytes-like rule every argument that takes bytes follows
//! ([`bytes_of`]). The class and its methods are in `builtins/bytes/memoryview.rs`.
//!
//! A view is one-dimensional, over items of one of `struct`'s native single-character
//! formats (`B` unless cast), little-endian as on the machines CPython is measured on.

use super::{PyResult, Value};
use crate::objects::error::PyErr;

/// What a `memoryview` instance holds (its `Instance::native`).
#[derive(Clone)]
pub struct View {
    /// The exporter: a `bytes` or a `bytearray`.
    pub obj: Value,
    /// The first item's byte offset, the number of items, and the distance between two
    /// items in bytes (negative for a reversed slice).
    pub start: usize,
    pub len: usize,
    pub stride: isize,
    pub format: char,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: bool,
}

impl View {
    /// A byte view of all of `obj`, or `None` when `obj` exports no buffer.
    pub fn over(obj: Value) -> Option<View> {
        let (len, readonly) = match &obj {
            Value::Bytes(b) => (b.len(), true),
            Value::ByteArray(b) => (b.borrow().len(), false),
            _ => return None,
        };
        Some(View {
            obj,
            start: 0,
            len,
            stride: 1,
            format: 'B',
            itemsize: 1,
            readonly,
            released: false,
        })
    }

    pub fn is_released(&self) -> bool {
        self.released
    }

    /// Raises CPython's error for a released view.
    pub fn check(&self) -> PyResult<()> {
        if self.released {
            return Err(PyErr::value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }

    pub fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }

    /// The byte offset of item `i`.
    pub fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    /// The byte offsets of the items, in order.
    fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| self.offset(i))
    }

    /// The bytes the view shows, in order (what `tobytes()` gives).
    pub fn bytes(&self) -> Vec<u8> {
        let read = |data: &[u8]| {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for at in self.offsets() {
                out.extend_from_slice(data.get(at..at + self.itemsize).unwrap_or(&[]));
            }
            out
        };
        match &self.obj {
            Value::Bytes(b) => read(b),
            Value::ByteArray(b) => read(&b.borrow()),
            _ => Vec::new(),
        }
    }

    /// The raw bytes of item `i`.
    pub fn item_bytes(&self, i: usize) -> Vec<u8> {
        let at = self.offset(i);
        let raw = match &self.obj {
            Value::Bytes(b) => b.get(at..at + self.itemsize).map(<[u8]>::to_vec),
            Value::ByteArray(b) => b.borrow().get(at..at + self.itemsize).map(<[u8]>::to_vec),
            _ => None,
        };
        raw.unwrap_or_default()
    }
}

/// The view inside a `memoryview`, if `v` is one.
pub fn view_of(v: &Value) -> Option<View> {
    let Value::Instance(i) = v else { return None };
    let native = i.native.borrow();
    native.as_ref()?.downcast_ref::<View>().cloned()
}

/// The bytes of a bytes-like value: `bytes`, `bytearray`, or what a `memoryview` shows
/// (none of a released one).
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        Value::Instance(_) => view_of(v).filter(|m| !m.is_released()).map(|m| m.bytes()),
        _ => None,
    }
}
