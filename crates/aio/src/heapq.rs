//! A binary min-heap that orders equal keys exactly as Python's `heapq` does.
//!
//! CPython's loop keeps its timers in a `heapq` list compared by deadline alone, so two
//! timers with the same deadline come out in whatever order heapq's sift steps leave them
//! in — not necessarily the order they were added. To print what CPython prints we follow
//! the same algorithm: push sifts the new item up ("siftdown" in heapq's words); pop moves
//! the last item to the root, walks the smaller child down to a leaf, then sifts it back
//! up ("siftup"). Only `lt` is ever asked, as heapq only uses `<`.

/// Items ordered by a strict "less than".
pub trait HeapLess {
    fn lt(&self, other: &Self) -> bool;
}

#[derive(Debug)]
pub struct HeapQ<T> {
    items: Vec<T>,
}

impl<T> Default for HeapQ<T> {
    fn default() -> Self {
        HeapQ { items: Vec::new() }
    }
}

impl<T: HeapLess> HeapQ<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The smallest item, as `heap[0]`.
    pub fn peek(&self) -> Option<&T> {
        self.items.first()
    }

    /// `heapq.heappush`.
    pub fn push(&mut self, item: T) {
        self.items.push(item);
        let last = self.items.len() - 1;
        self.sift_toward_root(0, last);
    }

    /// `heapq.heappop`.
    pub fn pop(&mut self) -> Option<T> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.items[0], last);
        self.sift_toward_leaves(0);
        Some(top)
    }

    /// Keeps the items for which `keep` is true and re-heapifies (`heapq.heapify`), as the
    /// loop does when most of its timers are cancelled.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.items.retain(keep);
        let n = self.items.len();
        for i in (0..n / 2).rev() {
            self.sift_toward_leaves(i);
        }
    }

    /// Iterates in heap (not sorted) order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.items.iter()
    }

    /// Moves the item at `pos` up while it is smaller than its parent (heapq's `_siftdown`).
    fn sift_toward_root(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.items[pos].lt(&self.items[parent]) {
                self.items.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    /// Walks the hole at `pos` down along smaller children to a leaf, then sifts the item
    /// back up (heapq's `_siftup`).
    fn sift_toward_leaves(&mut self, mut pos: usize) {
        let end = self.items.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !self.items[child].lt(&self.items[right]) {
                child = right;
            }
            self.items.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_toward_root(start, pos);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key with a label, compared by key only, like TimerHandle by `_when`.
    #[derive(Debug, Clone, Copy)]
    struct Item(u32, char);

    impl HeapLess for Item {
        fn lt(&self, other: &Self) -> bool {
            self.0 < other.0
        }
    }

    fn drain(h: &mut HeapQ<Item>) -> String {
        std::iter::from_fn(|| h.pop()).map(|i| i.1).collect()
    }

    #[test]
    fn pops_in_key_order() {
        let mut h = HeapQ::default();
        for (k, c) in [(5, 'e'), (1, 'a'), (4, 'd'), (2, 'b'), (3, 'c')] {
            h.push(Item(k, c));
        }
        assert_eq!(h.peek().map(|i| i.1), Some('a'));
        assert_eq!(drain(&mut h), "abcde");
    }

    /// Ties come out as CPython's heapq gives them. Expected strings from python3:
    /// `h=[]; [heapq.heappush(h,(k,c)) for ...]` compared on k only via a key class.
    #[test]
    fn ties_follow_heapq() {
        let mut h = HeapQ::default();
        for c in ['a', 'b', 'c', 'd', 'e'] {
            h.push(Item(1, c));
        }
        assert_eq!(drain(&mut h), "acebd");

        let mut h = HeapQ::default();
        for (k, c) in [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (2, 'e'), (1, 'f')] {
            h.push(Item(k, c));
        }
        assert_eq!(drain(&mut h), "bfdcae");
    }

    #[test]
    fn retain_reheapifies() {
        let mut h = HeapQ::default();
        for (k, c) in [(5, 'e'), (1, 'a'), (4, 'd'), (2, 'b'), (3, 'c')] {
            h.push(Item(k, c));
        }
        h.retain(|i| i.1 != 'b' && i.1 != 'a');
        assert_eq!(h.len(), 3);
        assert_eq!(drain(&mut h), "cde");
    }
}
