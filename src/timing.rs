//! The app's timing rules as plain values: each takes the current time (milliseconds, any clock
//! that only goes forward) as an argument, says what to do, and never reads a clock or sets a
//! timer itself. `src/web/` owns the clock and the timers; the rules are tested here, natively.

/// Changes closer together than this are one step of undo: one history entry per burst.
pub const UNDO_BURST_MS: f64 = 400.0;

/// How long the results must stay unchanged before the status message speaks: longer than the
/// pause between the steps of a held arrow key or a dragged slider.
pub const LIVE_SETTLE_MS: f64 = 800.0;

/// How the address bar takes a new share link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryWrite {
    /// A new history entry: one step of undo.
    Push,
    /// The current entry, rewritten.
    Replace,
}

/// Where the address bar stands against what the page shows, and when the user last changed it.
///
/// A change adds a history entry, except within a burst: while a slider is dragged, each change
/// comes less than [`UNDO_BURST_MS`] after the one before and only rewrites the burst's entry, so
/// one drag is one step of undo. In embed mode the page only rewrites its entry (an iframe's
/// entries would land in the host page's history). The first write only tidies the link the page
/// was opened with, and showing what Back or Forward restored adds no entry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UndoHistory {
    /// The query the page shows, as last written or restored.
    shown: String,
    /// When the user's last change was written.
    last_change: Option<f64>,
    /// Back or Forward applied a link: showing it must not add an entry of its own.
    restoring: bool,
    started: bool,
}

impl UndoHistory {
    /// The page now shows `query`, and the address bar has `location`: how to write it, if at all.
    pub fn show(
        &mut self,
        query: &str,
        location: &str,
        now: f64,
        embed: bool,
    ) -> Option<HistoryWrite> {
        self.shown = query.to_string();
        let restoring = std::mem::take(&mut self.restoring);
        let first = !std::mem::replace(&mut self.started, true);
        if query == location {
            return None;
        }
        let in_burst = self.in_burst(now);
        if !(first || restoring) {
            self.last_change = Some(now);
        }
        Some(if first || restoring || embed || in_burst {
            HistoryWrite::Replace
        } else {
            HistoryWrite::Push
        })
    }

    /// Back or Forward brought the address bar to `location`: whether it is a link to apply (not
    /// only a change of fragment). The next change after it starts a burst of its own.
    pub fn restore(&mut self, location: &str) -> bool {
        if location == self.shown {
            return false;
        }
        self.restoring = true;
        self.last_change = None;
        true
    }

    /// Whether a change at `now` would join the last one's history entry.
    pub fn in_burst(&self, now: f64) -> bool {
        self.last_change
            .is_some_and(|then| now - then < UNDO_BURST_MS)
    }

    /// When the current burst ends (its entry is then settled), if one is going on.
    pub fn burst_ends_at(&self) -> Option<f64> {
        self.last_change.map(|then| then + UNDO_BURST_MS)
    }
}

/// The status message's timing: it speaks once the results have stayed unchanged for
/// [`LIVE_SETTLE_MS`], so a burst of changes is said once, with its last results. The page as it
/// opens is not news.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settle {
    /// When the pending message is due.
    due: Option<f64>,
    opened: bool,
}

impl Settle {
    /// New results at `now`: when the message is due, or `None` for the page's first results.
    pub fn changed(&mut self, now: f64) -> Option<f64> {
        if !std::mem::replace(&mut self.opened, true) {
            return None;
        }
        self.due = Some(now + LIVE_SETTLE_MS);
        self.due
    }

    /// Whether the message is due at `now`; once it is, it is no longer pending.
    pub fn poll(&mut self, now: f64) -> bool {
        match self.due {
            Some(due) if now >= due => {
                self.due = None;
                true
            }
            _ => false,
        }
    }

    /// Whether a message is waiting for the results to settle.
    pub fn pending(&self) -> bool {
        self.due.is_some()
    }
}

/// Recomputing without freezing the page, after SDEverywhere's model scheduler: a change asks
/// for one run at the next animation frame; a change before that frame replaces the pending one,
/// so a burst of input costs one run, the latest input wins, and runs never overlap.
#[derive(Clone, Debug, PartialEq)]
pub struct Recompute<S> {
    /// What the results shown were computed for.
    shown: S,
    pending: Option<S>,
}

impl<S: PartialEq + Clone> Recompute<S> {
    /// Starts with results computed for `shown`.
    pub fn new(shown: S) -> Self {
        Recompute {
            shown,
            pending: None,
        }
    }

    /// The input is now `input`: whether a frame must be asked for (none is pending yet). An
    /// input equal to what is shown cancels the pending run.
    pub fn input(&mut self, input: S) -> bool {
        if input == self.shown {
            self.pending = None;
            return false;
        }
        self.pending.replace(input).is_none()
    }

    /// The frame came: the input to run now, the latest one, if any.
    pub fn frame(&mut self) -> Option<S> {
        let next = self.pending.take()?;
        self.shown = next.clone();
        Some(next)
    }

    /// Whether a run waits for the next frame.
    pub fn pending(&self) -> bool {
        self.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_write_tidies_the_opening_link_and_changes_push_outside_a_burst() {
        let mut h = UndoHistory::default();
        assert_eq!(
            h.show("a=1", "a=1", 0.0, false),
            None,
            "the address is right"
        );
        let mut h = UndoHistory::default();
        assert_eq!(
            h.show("v=2", "junk", 0.0, false),
            Some(HistoryWrite::Replace)
        );
        assert_eq!(
            h.show("v=2&x=1", "v=2", 10.0, false),
            Some(HistoryWrite::Push)
        );
        assert_eq!(
            h.show("v=2&x=2", "v=2&x=1", 1000.0, false),
            Some(HistoryWrite::Push)
        );
    }

    #[test]
    fn changes_within_400_ms_of_the_last_share_one_entry() {
        let mut h = UndoHistory::default();
        h.show("q0", "q0", 0.0, false);
        assert_eq!(h.show("q1", "q0", 1000.0, false), Some(HistoryWrite::Push));
        // Each step is 399 ms after the one before: the burst goes on past 400 ms in all.
        assert_eq!(
            h.show("q2", "q1", 1399.0, false),
            Some(HistoryWrite::Replace)
        );
        assert_eq!(
            h.show("q3", "q2", 1798.0, false),
            Some(HistoryWrite::Replace)
        );
        assert_eq!(h.burst_ends_at(), Some(2198.0));
        assert!(h.in_burst(2197.9) && !h.in_burst(2198.0));
        assert_eq!(h.show("q4", "q3", 2198.0, false), Some(HistoryWrite::Push));
    }

    #[test]
    fn embed_mode_only_rewrites() {
        let mut h = UndoHistory::default();
        h.show("q0", "q0", 0.0, true);
        assert_eq!(
            h.show("q1", "q0", 5000.0, true),
            Some(HistoryWrite::Replace)
        );
        assert_eq!(
            h.show("q2", "q1", 9000.0, true),
            Some(HistoryWrite::Replace)
        );
    }

    #[test]
    fn back_and_forward_apply_a_link_and_add_no_entry() {
        let mut h = UndoHistory::default();
        h.show("q0", "q0", 0.0, false);
        h.show("q1", "q0", 1000.0, false);
        assert!(!h.restore("q1"), "only the fragment changed");
        assert!(h.restore("q0"));
        assert_eq!(h.burst_ends_at(), None, "a restore ends the burst");
        // The state follows the restored link; the write that shows it is no change of the user's.
        assert_eq!(h.show("q0", "q0", 1100.0, false), None);
        assert_eq!(h.show("q5", "q0", 1200.0, false), Some(HistoryWrite::Push));
        // A restored link that the page tidies (the address differs) is rewritten, not pushed.
        assert!(h.restore("old"));
        assert_eq!(
            h.show("new", "old", 1300.0, false),
            Some(HistoryWrite::Replace)
        );
        assert_eq!(h.show("q6", "new", 1350.0, false), Some(HistoryWrite::Push));
    }

    #[test]
    fn the_status_message_waits_until_800_ms_after_the_last_change() {
        let mut s = Settle::default();
        assert_eq!(s.changed(0.0), None, "the opening results are not news");
        assert!(!s.pending());
        assert_eq!(s.changed(100.0), Some(900.0));
        assert!(!s.poll(899.0));
        assert_eq!(
            s.changed(500.0),
            Some(1300.0),
            "a new change moves the message on"
        );
        assert!(!s.poll(900.0) && s.pending());
        assert!(s.poll(1300.0));
        assert!(!s.pending() && !s.poll(5000.0), "it speaks once");
    }

    #[test]
    fn a_burst_of_input_costs_one_run_with_the_latest_input() {
        let mut r = Recompute::new(0);
        assert!(r.input(1), "the first change asks for a frame");
        assert!(!r.input(2) && !r.input(3), "later ones ride on it");
        assert_eq!(r.frame(), Some(3));
        assert_eq!(r.frame(), None, "one run per burst");
        assert!(!r.input(3), "what is shown needs no run");
        assert!(r.input(4));
        assert!(
            !r.input(3) && !r.pending(),
            "back to what is shown: nothing to run"
        );
        assert_eq!(r.frame(), None);
    }
}
