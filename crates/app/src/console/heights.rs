//! The console rows' heights, for drawing only the rows in view: a Fenwick tree, so
//! finding the row at a scroll offset, the offset of a row, and changing one row's height
//! (once it is drawn and measured) each take O(log n) however many rows there are.

/// Heights of rows `0..len()` (CSS pixels), with their running sums.
#[derive(Debug, Default)]
pub struct Heights {
    /// Each row's own height.
    own: Vec<f64>,
    /// The Fenwick tree: `tree[i]` (1-based) sums rows `i - lowbit(i) .. i`.
    tree: Vec<f64>,
}

fn lowbit(i: usize) -> usize {
    i & i.wrapping_neg()
}

impl Heights {
    pub fn len(&self) -> usize {
        self.own.len()
    }

    pub fn get(&self, row: usize) -> f64 {
        self.own.get(row).copied().unwrap_or(0.0)
    }

    /// Adds a row at the end.
    pub fn push(&mut self, height: f64) {
        let i = self.own.len() + 1;
        // The rows `i - lowbit(i) .. i - 1` are the sum of the prefix to `i - 1` less
        // the prefix to `i - lowbit(i)`.
        let node = height + self.offset(i - 1) - self.offset(i - lowbit(i));
        self.own.push(height);
        self.tree.push(node);
    }

    /// Forgets rows `len..` (a node only sums rows at or before its own, so the rest of
    /// the tree stays right).
    pub fn truncate(&mut self, len: usize) {
        self.own.truncate(len);
        self.tree.truncate(len);
    }

    /// Changes one row's height.
    pub fn set(&mut self, row: usize, height: f64) {
        let Some(own) = self.own.get_mut(row) else {
            return;
        };
        let delta = height - *own;
        *own = height;
        let mut i = row + 1;
        while i <= self.tree.len() {
            self.tree[i - 1] += delta;
            i += lowbit(i);
        }
    }

    /// Where row `row` starts: the height of the rows before it.
    pub fn offset(&self, row: usize) -> f64 {
        let mut i = row.min(self.tree.len());
        let mut sum = 0.0;
        while i > 0 {
            sum += self.tree[i - 1];
            i -= lowbit(i);
        }
        sum
    }

    pub fn total(&self) -> f64 {
        self.offset(self.len())
    }

    /// The row at offset `y`: the last row that starts at or above it (0 when empty).
    pub fn row_at(&self, y: f64) -> usize {
        let n = self.tree.len();
        let mut pos = 0;
        let mut left = y;
        let mut step = if n == 0 { 0 } else { 1 << n.ilog2() };
        while step > 0 {
            let next = pos + step;
            if next <= n && self.tree[next - 1] <= left {
                pos = next;
                left -= self.tree[next - 1];
            }
            step >>= 1;
        }
        pos.min(n.saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_lookups_agree_with_plain_sums() {
        let mut h = Heights::default();
        let mut plain: Vec<f64> = Vec::new();
        for i in 0..200 {
            let height = 10.0 + (i % 7) as f64;
            h.push(height);
            plain.push(height);
        }
        h.set(3, 50.0);
        plain[3] = 50.0;
        h.set(150, 1.0);
        plain[150] = 1.0;
        h.truncate(120);
        plain.truncate(120);
        for i in 0..30 {
            h.push(20.0 + i as f64);
            plain.push(20.0 + i as f64);
        }
        let mut sum = 0.0;
        for (row, height) in plain.iter().enumerate() {
            assert_eq!(h.offset(row), sum, "offset of {row}");
            assert_eq!(h.row_at(sum), row, "row at the top of {row}");
            assert_eq!(
                h.row_at(sum + height - 0.5),
                row,
                "row at the bottom of {row}"
            );
            sum += height;
        }
        assert_eq!(h.total(), sum);
        assert_eq!(
            h.row_at(sum + 100.0),
            plain.len() - 1,
            "past the end: the last row"
        );
        assert_eq!(h.row_at(-5.0), 0);
        assert_eq!(Heights::default().row_at(10.0), 0);
    }
}
