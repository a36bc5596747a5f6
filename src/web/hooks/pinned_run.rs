//! The pinned scenario's run.

use yew::prelude::*;

use crate::scenario::Scenario;
use crate::sim::{Engine, RunOutput};
use crate::web::Shared;

/// The pinned scenario's run, computed again only when the pin changes.
#[hook]
pub fn use_pinned_run(
    engine: Shared<Engine>,
    pinned: Option<Scenario>,
) -> Option<Shared<RunOutput>> {
    (*use_memo((engine, pinned), |(engine, pinned)| {
        pinned.as_ref().map(|s| Shared::new(engine.run(s)))
    }))
    .clone()
}
