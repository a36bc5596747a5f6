//! The lever panel and its controls. Each actor group's levers re-render only when that group's
//! levers (or the question) change, so moving one slider re-renders one group.

mod actor;
mod mandate;
mod milestones;
mod panel;
mod question_choice;
mod slider;

pub use panel::LeverPanel;
