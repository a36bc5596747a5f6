//! Sharing and taking out: the share link and its copy button, the embed dialog and embed mode,
//! the pin to compare against, files in and out (exports, a scenario file, your own roadmap).

mod clipboard;
mod copy_link;
mod embed_dialog;
mod embed_frame;
mod exports;
pub mod files;
mod pin;
mod reader;
mod upload;

pub use clipboard::use_copy;
pub use copy_link::copy_link;
pub use embed_dialog::EmbedDialog;
pub use embed_frame::{embed_frame, use_height_report, view_section};
pub use exports::{export_panel, ExportPanelProps, Import};
pub use pin::pin_control;
pub use upload::{prepare, CustomRoadmap, RoadmapPanel, SwitchRoadmap};
