//! Your own roadmap: a TOML file from disk, checked as the command line checks it (every problem
//! named by file, entity and field; in the reader worker, `reader.rs`) and, when sound, run instead
//! of the default; the default as a template to start from, and the way back to it.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::files::{chosen_file, download_url, read_text};
use super::reader::{read_in_worker, Unread};
use crate::i18n::{fill, Strings};
use crate::model::{unpack_roadmap, DataErrors, Lang, Roadmap};
use crate::sim::Engine;
use crate::web::context::use_app;
use crate::web::Shared;
use crate::worker_protocol::{ReadReply, ReadRequest};

/// A roadmap loaded from a file, ready to run.
#[derive(Clone, PartialEq)]
pub struct CustomRoadmap {
    pub engine: Shared<Engine>,
    pub file: AttrValue,
    /// The roadmap packed, as the reader worker made it: the Monte Carlo worker builds its own
    /// engine from it.
    pub packed: Shared<Vec<u8>>,
}

/// Asks the app to run on another roadmap (`None`: the default), keeping the language.
#[derive(Clone, PartialEq)]
pub struct SwitchRoadmap {
    pub to: Option<CustomRoadmap>,
    pub lang: Lang,
}

#[derive(Properties, PartialEq)]
pub struct RoadmapPanelProps {
    /// The file the active roadmap came from; `None` for the default.
    pub file: Option<AttrValue>,
    /// The app has just switched roadmaps: the panel takes the focus the switch took away.
    pub just_switched: bool,
    pub on_switch: Callback<SwitchRoadmap>,
}

#[component]
pub fn RoadmapPanel(props: &RoadmapPanelProps) -> Html {
    let app = use_app();
    // The file and what is wrong with it, in the language the reader worker said it in.
    let problems = use_state_eq(|| None::<(String, Lang, Vec<String>)>);
    let status = use_node_ref();
    {
        let status = status.clone();
        use_effect_with(props.just_switched, move |&switched| {
            if let Some(element) = status.cast::<web_sys::HtmlElement>().filter(|_| switched) {
                let _ = element.focus();
            }
        });
    }
    let Some(app) = app else {
        return Html::default();
    };
    let s = app.strings();
    let on_file = {
        let (on_switch, problems, lang, s) = (
            props.on_switch.clone(),
            problems.clone(),
            app.lang,
            app.strings(),
        );
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e) else { return };
            let (on_switch, problems) = (on_switch.clone(), problems.clone());
            spawn_local(async move {
                let name = file.name();
                let read = match read_text(&file).await {
                    Ok(text) => {
                        read_in_worker(&ReadRequest::Roadmap {
                            file: name.clone(),
                            text,
                            lang,
                        })
                        .await
                    }
                    Err(_) => Ok(ReadReply::Problems(vec![fill(
                        s.not_a_text_file,
                        &[("file", &name)],
                    )])),
                };
                // The worker validated the roadmap it packed: only a worker of another build
                // fails here, which the page says in its own words.
                let loaded = match read {
                    Ok(ReadReply::Roadmap(packed)) => prepare(unpack_roadmap(&name, &packed))
                        .map(|engine| (engine, packed))
                        .map_err(|_| vec![unread_words(s, None)]),
                    Ok(ReadReply::Problems(lines)) => Err(lines),
                    Ok(_) => Err(vec![unread_words(s, None)]),
                    Err(why) => Err(vec![unread_words(s, Some(why))]),
                };
                match loaded {
                    Ok((engine, packed)) => {
                        problems.set(None);
                        let to = CustomRoadmap {
                            engine,
                            file: name.into(),
                            packed: Shared::new(packed),
                        };
                        on_switch.emit(SwitchRoadmap { to: Some(to), lang });
                    }
                    Err(lines) => problems.set(Some((name, lang, lines))),
                }
            });
        })
    };
    // The commented file, copied beside the app (index.html); the app embeds it without comments.
    let template = Callback::from(|_: MouseEvent| {
        if let Err(e) = download_url("veikart-roadmap.toml", "roadmap.toml") {
            gloo::console::error!(e);
        }
    });
    let back = {
        let (on_switch, lang) = (props.on_switch.clone(), app.lang);
        Callback::from(move |_: MouseEvent| on_switch.emit(SwitchRoadmap { to: None, lang }))
    };
    let meta = &app.roadmap().meta;
    let title = meta.title.get(app.lang);
    let active = match &props.file {
        None => fill(
            s.roadmap_active_default,
            &[("title", title), ("version", &meta.version)],
        ),
        Some(file) => fill(
            s.roadmap_active_custom,
            &[
                ("title", title),
                ("file", file),
                ("id", &meta.id),
                ("version", &meta.version),
            ],
        ),
    };
    html! {
        <section class="card tools" aria-labelledby="roadmap-heading" id="roadmap">
            <h2 id="roadmap-heading">{ s.roadmap_heading }</h2>
            <p id="roadmap-active" ref={status} tabindex="-1" data-custom={props.file.is_some().then_some("")}>{ active }</p>
            <p class="hint">{ s.roadmap_intro }</p>
            <div class="buttons">
                <button type="button" id="roadmap-template" onclick={template}>{ s.roadmap_template }</button>
                if props.file.is_some() {
                    <button type="button" id="roadmap-default" onclick={back}>{ s.roadmap_back }</button>
                }
            </div>
            <div class="field">
                <label for="roadmap-file">{ s.roadmap_upload }</label>
                <input type="file" id="roadmap-file" accept=".toml,application/toml,text/plain" onchange={on_file} />
            </div>
            // Said in another language before a switch: not shown, rather than shown untranslated.
            if let Some((file, _, lines)) = problems.as_ref().filter(|(_, said_in, _)| *said_in == app.lang) {
                <div class="problems" id="roadmap-errors" role="alert">
                    <p>{ fill(s.roadmap_failed, &[("file", file)]) }</p>
                    <ul>{ for lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                </div>
            }
        </section>
    }
}

/// Why a file was not read, in the page's words.
pub fn unread_words(s: &Strings, why: Option<Unread>) -> String {
    match why {
        Some(Unread::NoWorker) => s.reader_unavailable.to_string(),
        _ => s.reader_failed.to_string(),
    }
}

/// The engine for a roadmap read and checked (or the problems found).
pub fn prepare(roadmap: Result<Roadmap, DataErrors>) -> Result<Shared<Engine>, DataErrors> {
    Ok(Shared::new(Engine::new(roadmap?)?))
}
