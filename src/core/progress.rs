//! How long-running core functions report progress and learn that the user cancelled.
//! Core functions are synchronous and take `&dyn Progress`; the UI runs them on job threads
//! and reads a shared [`Tracker`], the command line and tests pass [`NoProgress`].

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

pub trait Progress: Sync {
    /// Work done so far out of `total` (any unit: bytes, rows).
    fn set(&self, done: u64, total: u64);
    /// Whether the caller should stop as soon as it can.
    fn cancelled(&self) -> bool;
}

/// Ignores progress and never cancels.
pub struct NoProgress;

impl Progress for NoProgress {
    fn set(&self, _done: u64, _total: u64) {}
    fn cancelled(&self) -> bool {
        false
    }
}

/// Progress shared between a job thread and whoever watches it.
#[derive(Debug, Default)]
pub struct Tracker {
    done: AtomicU64,
    total: AtomicU64,
    cancel: AtomicBool,
}

impl Tracker {
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Fraction done in 0..=1, or `None` while the total is unknown.
    pub fn fraction(&self) -> Option<f32> {
        let total = self.total.load(Ordering::Relaxed);
        (total > 0)
            .then(|| (self.done.load(Ordering::Relaxed) as f64 / total as f64).min(1.0) as f32)
    }
}

impl Progress for Tracker {
    fn set(&self, done: u64, total: u64) {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }
    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracker_reports_fraction_and_cancel() {
        let t = Tracker::default();
        assert_eq!(t.fraction(), None);
        t.set(25, 100);
        assert_eq!(t.fraction(), Some(0.25));
        assert!(!t.cancelled());
        t.cancel();
        assert!(t.cancelled());
    }
}
