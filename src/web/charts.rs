//! The four charts, each a card with its legend, its text alternative and its downloads, and the
//! chosen milestone's chain. A chart component builds its layers' views from the run and hands
//! them to [`super::hooks::use_chart`]; the drawing is in [`crate::charts`].

mod adoption;
mod benefit;
mod chain;
mod chart_text;
mod dep_graph;
mod downloads;
mod network;
mod timeline;

pub use adoption::AdoptionChart;
pub use benefit::BenefitChart;
pub use dep_graph::DepGraphChart;
pub use timeline::Timeline;
