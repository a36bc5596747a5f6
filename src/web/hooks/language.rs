//! Nynorsk and English come as catalogues fetched beside the app ([`crate::i18n::catalogue`]).
//! The page's opening language is fetched before the first render (`app.rs`), so a nynorsk link
//! never shows bokmål first; a language asked for later (the switcher, Back and Forward) is
//! fetched while the page stays in the language it shows, and shown once its words are in.
//! `<html data-catalogue>` says how the last fetch went: `loading`, `loaded` or `unavailable`.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::i18n::catalogue::{file_name, install, installed};
use crate::model::Lang;
use crate::ui_state::Action;
use crate::web::share::files::fetch_bytes;

/// Fetches and installs a language's catalogue unless it is here already; whether it is now.
pub async fn load_catalogue(lang: Lang) -> bool {
    if installed(lang).is_some() {
        return true;
    }
    mark("loading");
    let loaded = match fetch_bytes(&file_name(lang)).await {
        Ok(bytes) => install(lang, bytes).is_some(),
        Err(_) => false,
    };
    mark(if loaded { "loaded" } else { "unavailable" });
    loaded
}

fn mark(state: &str) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-catalogue", state);
    }
}

/// The language the page shows, and one whose catalogue could not be fetched.
pub struct Language {
    pub shown: Lang,
    pub unavailable: Option<Lang>,
}

/// Shows `asked` (the state's language) once its words are in, the language shown before until
/// then. When they cannot be fetched, the state goes back to the language shown, and
/// `unavailable` names the one that failed until another language loads. (A page linked in a
/// language whose catalogue failed before the first render asks once more here, and starts in
/// bokmål meanwhile.)
#[hook]
pub fn use_language(asked: Lang, dispatch: Callback<Action>) -> Language {
    let last_shown = use_mut_ref(|| Lang::Nb);
    // What the state asks for now: a fetch that fails after a newer choice must not undo it.
    let asking = use_mut_ref(|| asked);
    *asking.borrow_mut() = asked;
    let unavailable = use_state_eq(|| None);
    let rerender = use_force_update();
    if installed(asked).is_some() {
        *last_shown.borrow_mut() = asked;
    }
    let shown = *last_shown.borrow();
    {
        let unavailable = unavailable.clone();
        use_effect_with(asked, move |&asked| {
            if installed(asked).is_none() {
                spawn_local(async move {
                    if load_catalogue(asked).await {
                        unavailable.set(None);
                        rerender.force_update();
                    } else {
                        unavailable.set(Some(asked));
                        if *asking.borrow() == asked {
                            dispatch.emit(Action::SetLang(shown));
                        }
                    }
                });
            }
        });
    }
    Language {
        shown,
        unavailable: *unavailable,
    }
}
