//! What almost every component needs and no prop should carry: the engine (roadmap and
//! baseline) and its roadmap packed for the workers, the language and the way to change the state. `Simulator` provides it; it changes
//! only with the language, so a component reading it re-renders on a language switch and
//! otherwise on its own props.

use yew::prelude::*;

use super::Shared;
use crate::i18n::{strings, Strings};
use crate::model::{Lang, Roadmap};
use crate::sim::Engine;
use crate::ui_state::Action;

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub engine: Shared<Engine>,
    /// The same roadmap packed, for the workers.
    pub packed: Shared<Vec<u8>>,
    pub lang: Lang,
    /// One callback for the simulator's lifetime.
    pub dispatch: Callback<Action>,
}

impl AppContext {
    pub fn roadmap(&self) -> &Roadmap {
        self.engine.roadmap()
    }

    pub fn strings(&self) -> &'static Strings {
        strings(self.lang)
    }
}

/// The app's context: `None` only outside `Simulator`'s provider, where no component of the
/// page is mounted (a component shows nothing there rather than panic).
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}
