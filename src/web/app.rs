//! The root: unpacks the embedded roadmap (validated when it was packed, without its notes),
//! waits for the words of the language the link asks for when they are not bokmål, fetches the
//! whole roadmap after the first render, and switches to one of the user's (see
//! `share/upload.rs`); the simulator does the rest.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::hooks::{load_catalogue, location_query};
use super::share::files::fetch_bytes;
use super::share::{prepare, CustomRoadmap, SwitchRoadmap};
use super::simulator::Simulator;
use super::Shared;
use crate::i18n::catalogue::installed;
use crate::i18n::strings;
use crate::model::{unpack_roadmap, Lang, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_FIRST};
use crate::scenario::link::decode;
use crate::sim::Engine;

/// The default roadmap with its notes, beside the app (`index.html` copies it there).
const NOTED_ROADMAP_URL: &str = "roadmap.postcard";

/// The roadmap chosen last, and how many switches there have been.
struct Switched {
    to: Option<CustomRoadmap>,
    lang: Lang,
    count: u32,
}

#[component]
pub fn App() -> Html {
    let default = use_memo((), |_| {
        prepare(unpack_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_FIRST))
    });
    // The workers need no notes: they get the embedded bytes, before and after the notes arrive.
    let default_packed = use_memo((), |_| Shared::new(DEFAULT_ROADMAP_FIRST.to_vec()));
    // Nothing is rendered until the opening language's catalogue is in or has failed (then the
    // simulator falls back to bokmål and says so): a page that rendered in bokmål first would
    // flip under its reader's eyes.
    let opening_lang = *use_memo((), |_| match &*default {
        Ok(engine) => decode(engine.roadmap(), &location_query()).0.lang,
        Err(_) => Lang::Nb,
    });
    let words_ready = use_state(|| installed(opening_lang).is_some());
    {
        let words_ready = words_ready.clone();
        use_effect_with((), move |_| {
            if !*words_ready {
                spawn_local(async move {
                    load_catalogue(opening_lang).await;
                    words_ready.set(true);
                });
            }
        });
    }
    let noted = use_state(|| None::<Shared<Engine>>);
    {
        let (noted, default) = (noted.clone(), default.clone());
        // After the first render: the words come first.
        use_effect_with(*words_ready, move |&words_ready| {
            if !words_ready {
                return;
            }
            spawn_local(async move {
                let Ok(first) = &*default else { return };
                let whole = fetch_bytes(NOTED_ROADMAP_URL).await.ok().and_then(|bytes| {
                    let noted = prepare(unpack_roadmap(DEFAULT_ROADMAP_FILE, &bytes)).ok()?;
                    // A file of another build (a stale cache) could change the answers: keep
                    // the embedded roadmap then.
                    let same = noted.roadmap().meta.version == first.roadmap().meta.version
                        && noted.baseline() == first.baseline();
                    same.then_some(noted)
                });
                // Tells tests that the notes are in (or will not come): a failed fetch leaves
                // every number and chart as it is, with assumptions named but not explained.
                if let Some(html) = gloo::utils::document().document_element() {
                    let state = if whole.is_some() {
                        "loaded"
                    } else {
                        "unavailable"
                    };
                    let _ = html.set_attribute("data-notes", state);
                }
                noted.set(whole);
            });
        });
    }
    let switched = use_state(|| None::<Switched>);
    let on_switch = {
        let switched = switched.clone();
        Callback::from(move |switch: SwitchRoadmap| {
            let count = switched.as_ref().map_or(1, |s| s.count + 1);
            switched.set(Some(Switched {
                to: switch.to,
                lang: switch.lang,
                count,
            }));
        })
    };
    match &*default {
        Ok(_) if !*words_ready => Html::default(),
        Ok(default) => {
            let custom = switched.as_ref().and_then(|s| s.to.clone());
            let engine = custom.as_ref().map_or_else(
                || (*noted).clone().unwrap_or_else(|| default.clone()),
                |c| c.engine.clone(),
            );
            let roadmap_packed = custom
                .as_ref()
                .map_or((*default_packed).clone(), |c| c.packed.clone());
            html! {
                // A new key per switch starts a fresh simulator: its state belongs to one roadmap.
                <Simulator
                    key={switched.as_ref().map_or(0, |s| s.count)}
                    {engine}
                    {roadmap_packed}
                    roadmap_file={custom.map(|c| c.file)}
                    restart_in={switched.as_ref().map(|s| s.lang)}
                    {on_switch}
                />
            }
        }
        // The embedded roadmap was validated when it was packed (tests/default_roadmap.rs): this
        // is a build gone wrong, not a problem of the data the reader could fix.
        Err(_) => html! {
            <main class="load-error" role="alert">
                <h1>{ strings(Lang::Nb).load_failed }</h1>
            </main>
        },
    }
}
