//! A validated roadmap in a compact binary form (postcard). The app's first view carries the
//! default roadmap checked in advance instead of a TOML reader and the validation, and a roadmap
//! read elsewhere (the worker reads uploaded files) crosses to the page the same way.
//!
//! The first view embeds the default roadmap without its notes ([`without_notes`]: the reasons for
//! assumptions and our descriptions of sources, in three languages, are two thirds of its bytes)
//! and fetches the whole of it (`roadmap.postcard`, served beside the app) once the first chart is
//! drawn. The numbers of the two are the same, so the answers are too.
//!
//! `data/roadmap.postcard` and `data/roadmap-first.postcard` are generated from
//! `data/roadmap.toml` by a test (`tests/default_roadmap.rs`) that rewrites them and fails when
//! they were stale, so the committed files are always the validated TOML file.

use super::problem::{Entity, Problem};
use super::{DataError, DataErrors, Provenance, Roadmap, Sourced, Text};

/// The default roadmap, validated and packed, with its notes.
pub const DEFAULT_ROADMAP_PACKED: &[u8] = include_bytes!("../../data/roadmap.postcard");

/// The default roadmap [`without_notes`], packed: what the first view embeds.
pub const DEFAULT_ROADMAP_FIRST: &[u8] = include_bytes!("../../data/roadmap-first.postcard");

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

/// The same roadmap with every assumption's reason empty and no source described beyond its
/// title: the same numbers, dates, names and sources.
pub fn without_notes(roadmap: &Roadmap) -> Roadmap {
    let mut lean = roadmap.clone();
    for (_, source) in &mut lean.sources {
        source.about = None;
    }
    for provenance in provenances_mut(&mut lean) {
        if let Provenance::Assumed { assume } = provenance {
            *assume = Text::default();
        }
    }
    lean
}

/// Every provenance in a roadmap. A test checks that none is missed (no note survives
/// [`without_notes`]), so a new sourced field fails it until it is listed here.
fn provenances_mut(r: &mut Roadmap) -> Vec<&mut Provenance> {
    fn one<T>(v: &mut Sourced<T>) -> &mut Provenance {
        &mut v.provenance
    }
    fn maybe<T>(v: &mut Option<Sourced<T>>) -> Option<&mut Provenance> {
        v.as_mut().map(one)
    }
    fn conditions(all: &mut [super::Condition]) -> impl Iterator<Item = &mut Provenance> {
        all.iter_mut().filter_map(|c| match c {
            super::Condition::Milestone { lag, .. } => maybe(lag),
            super::Condition::Track { share, .. } => Some(one(share)),
        })
    }
    fn range(r: &mut Option<super::Range>) -> Option<&mut Provenance> {
        r.as_mut().map(|r| &mut r.provenance)
    }
    let mut all = Vec::new();
    let meta = &mut r.meta;
    all.extend([
        one(&mut meta.discount_rate),
        one(&mut meta.critical_mass_steepness),
        one(&mut meta.mandate_ramp_months),
    ]);
    all.extend(r.actors.iter_mut().map(|a| one(&mut a.units)));
    for t in &mut r.tracks {
        all.extend([
            one(&mut t.initial),
            one(&mut t.ceiling),
            one(&mut t.bass.p),
            one(&mut t.bass.q),
        ]);
        all.extend(
            [maybe(&mut t.earliest), maybe(&mut t.mandate)]
                .into_iter()
                .flatten(),
        );
        all.extend(
            [range(&mut t.p_range), range(&mut t.q_range)]
                .into_iter()
                .flatten(),
        );
        all.extend(conditions(&mut t.requires));
    }
    for m in &mut r.milestones {
        all.extend([one(&mut m.plan), &mut m.slip.provenance]);
        all.extend(
            [maybe(&mut m.replan), maybe(&mut m.actual)]
                .into_iter()
                .flatten(),
        );
        all.extend(maybe(&mut m.status));
        all.extend(maybe(&mut m.date_kind));
        all.extend(conditions(&mut m.requires));
    }
    for b in &mut r.benefits {
        all.extend([
            one(&mut b.annual_mnok),
            one(&mut b.combine),
            one(&mut b.critical_mass),
        ]);
        all.extend(b.realisers.iter_mut().map(|w| one(&mut w.weight)));
        all.extend(b.use_share.as_mut().map(|u| one(&mut u.reference)));
        all.extend(
            [
                range(&mut b.annual_range),
                range(&mut b.critical_mass_range),
            ]
            .into_iter()
            .flatten(),
        );
    }
    let u = &mut r.uncertainty;
    all.extend(
        [
            maybe(&mut u.spread_sourced),
            maybe(&mut u.spread_assumed),
            maybe(&mut u.critical_mass_sourced),
            maybe(&mut u.critical_mass_assumed),
        ]
        .into_iter()
        .flatten(),
    );
    all.extend(u.groups.iter_mut().map(|g| one(&mut g.correlation)));
    all
}
