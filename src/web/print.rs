//! What only a printout shows: the report's opening (the scenario's levers as text) and its
//! sources. The print stylesheet (`assets/print.css`) hides the controls and opens every table;
//! the charts' tables are built for it on `beforeprint` (see `hooks/printing.rs`).

mod scenario;
mod sources;

pub use scenario::print_scenario;
pub use sources::print_sources;
