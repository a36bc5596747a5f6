//! A validated roadmap in a compact binary form (postcard). The app's first view carries the
//! default roadmap checked in advance instead of a TOML reader and the validation, and a roadmap
//! read elsewhere (the worker reads uploaded files) crosses to the page the same way.
//!
//! `data/roadmap.postcard` is generated from `data/roadmap.toml` by a test
//! (`tests/default_roadmap.rs`) that rewrites it and fails when it was stale, so the committed
//! file is always the validated TOML file.

use super::problem::{Entity, Problem};
use super::{DataError, DataErrors, Roadmap};

/// The default roadmap, validated and packed: the app's copy (the command line reads the TOML).
pub const DEFAULT_ROADMAP_PACKED: &[u8] = include_bytes!("../../data/roadmap.postcard");

/// Packs a roadmap that passed validation.
pub fn pack_roadmap(roadmap: &Roadmap) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(roadmap)
}

/// Unpacks a roadmap packed by this build of the program. `file` names it in the message when the
/// bytes do not decode (packed by another version, or damaged).
pub fn unpack_roadmap(file: &str, bytes: &[u8]) -> Result<Roadmap, DataErrors> {
    postcard::from_bytes(bytes).map_err(|_| {
        DataErrors(vec![DataError {
            file: file.into(),
            entity: Entity::Packed,
            field: String::new(),
            problem: Problem::PackedByAnotherVersion,
        }])
    })
}
