//! The instruction budget: the run loop counts down and stops at zero so the host can
//! time-slice execution and stop a runaway program at any instruction.

/// Instructions left to execute.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    left: u64,
}

impl Budget {
    /// A budget of `n` instructions.
    pub fn new(n: u64) -> Budget {
        Budget { left: n }
    }

    /// No limit (nested runs).
    pub fn unlimited() -> Budget {
        Budget { left: u64::MAX }
    }

    /// Consume one instruction; false when the budget is spent.
    #[inline]
    pub fn tick(&mut self) -> bool {
        if self.left == 0 {
            return false;
        }
        self.left -= 1;
        true
    }

    /// Instructions left.
    pub fn left(&self) -> u64 {
        self.left
    }
}
