//! What an analyst takes out of the app and brings back: the tables as CSV, the scenario as a TOML
//! file and back in, each chart as SVG (real text) or PNG, and a printed report.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::files::{chosen_file, download_text, read_text, report_failure};
use super::reader::read_in_worker;
use super::upload::unread_words;
use crate::describe::file_notes;
use crate::i18n::fill;
use crate::model::Lang;
use crate::report::Report;
use crate::scenario::{scenario_toml, Scenario, ScenarioFormat};
use crate::ui_state::{scenario_file_tag, Action};
use crate::web::context::AppContext;
use crate::worker_protocol::{ReadReply, ReadRequest};

/// Excel reads a CSV file as UTF-8 (æ, ø, å) only when it starts with a byte order mark.
const UTF8_BOM: &str = "\u{feff}";
const CSV: &str = "text/csv;charset=utf-8";

/// What became of the last scenario file chosen.
#[derive(Clone, PartialEq)]
pub enum Import {
    None,
    Done(String),
    /// What is wrong with the file, said in this language (by the reader worker).
    Failed(Lang, Vec<String>),
}

pub struct ExportPanelProps {
    pub scenario: Scenario,
    /// What became of the last scenario file chosen: `Simulator` holds it, starting at `None`.
    pub import: UseStateHandle<Import>,
}

/// The panel; a plain function (it re-renders with every change of the levers anyway).
pub fn export_panel(app: &AppContext, props: &ExportPanelProps) -> Html {
    let import = props.import.clone();
    let s = app.strings();
    let tag = scenario_file_tag(app.roadmap(), &props.scenario);
    // What a file shows: the scenario in words, the data, and the address that shows it again.
    let about = {
        let (app, scenario) = (app.clone(), props.scenario.clone());
        move || {
            let address = gloo::utils::window().location().href().unwrap_or_default();
            file_notes(app.roadmap(), &scenario, app.lang, &address)
        }
    };
    // The report is built on demand: a run and every table, too much for every render. A table
    // for programs starts with the scenario as `#` lines (`comment="#"` in pandas, R, …).
    let csv = |file: &'static str, table: fn(&Report) -> String| {
        let (engine, scenario, lang, about) = (
            app.engine.clone(),
            props.scenario.clone(),
            app.lang,
            about.clone(),
        );
        let file = format!("veikart-{file}-{tag}.csv");
        Callback::from(move |_: MouseEvent| {
            let report = Report::new(&engine, &scenario, lang);
            let comments: String = about().iter().map(|line| format!("# {line}\n")).collect();
            let text = format!("{UTF8_BOM}{comments}{}", table(&report));
            report_failure(download_text(&file, CSV, &text));
        })
    };
    let people = |file: &'static str, table: fn(&Report, Lang, &[String]) -> String| {
        let (engine, scenario, lang, about) = (
            app.engine.clone(),
            props.scenario.clone(),
            app.lang,
            about.clone(),
        );
        let file = format!("veikart-{file}-{tag}-{}.csv", s.csv_people_file);
        Callback::from(move |_: MouseEvent| {
            let report = Report::new(&engine, &scenario, lang);
            report_failure(download_text(&file, CSV, &table(&report, lang, &about())));
        })
    };
    let scenario_file = {
        let scenario = props.scenario.clone();
        let file = format!("veikart-scenario-{tag}.toml");
        Callback::from(move |_: MouseEvent| {
            let toml = scenario_toml(&scenario);
            report_failure(download_text(&file, "application/toml", &toml));
        })
    };
    let on_import = {
        let (packed, dispatch, import, s, lang) = (
            app.packed.clone(),
            app.dispatch.clone(),
            import.clone(),
            app.strings(),
            app.lang,
        );
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e) else { return };
            let (packed, dispatch, import) = (packed.clone(), dispatch.clone(), import.clone());
            spawn_local(async move {
                let name = file.name();
                // A JSON file (the app wrote them before) is refused with a note saying why.
                let format = if name.to_ascii_lowercase().ends_with(".json") {
                    ScenarioFormat::Json
                } else {
                    ScenarioFormat::Toml
                };
                // Read in the reader worker, against this roadmap (the page reads no TOML).
                let parsed = match read_text(&file).await {
                    Ok(text) => {
                        let request = ReadRequest::Scenario {
                            file: name.clone(),
                            text,
                            format,
                            roadmap: packed.to_vec(),
                            lang,
                        };
                        match read_in_worker(&request).await {
                            Ok(ReadReply::Scenario(scenario)) => Ok(scenario),
                            Ok(ReadReply::Problems(lines)) => Err(lines),
                            Ok(_) => Err(vec![unread_words(s, None)]),
                            Err(why) => Err(vec![unread_words(s, Some(why))]),
                        }
                    }
                    Err(_) => Err(vec![fill(s.not_a_text_file, &[("file", &name)])]),
                };
                match parsed {
                    Ok(scenario) => {
                        dispatch.emit(Action::ApplyPreset(scenario));
                        import.set(Import::Done(name));
                    }
                    Err(problems) => import.set(Import::Failed(lang, problems)),
                }
            });
        })
    };
    // Said in another language before a switch: not shown, rather than shown untranslated.
    let failed = match &*import {
        Import::Failed(said_in, problems) if *said_in == app.lang => Some(problems),
        _ => None,
    };
    let print = Callback::from(|_: MouseEvent| {
        report_failure(gloo::utils::window().print());
    });
    html! {
        <section class="card tools" aria-labelledby="exports-heading" id="exports">
            <h2 id="exports-heading">{ s.exports_heading }</h2>
            <div class="tool-group" role="group" aria-labelledby="downloads-label">
                <p class="tool-label" id="downloads-label">{ s.exports_download }</p>
                <div class="buttons">
                    <button type="button" id="export-milestones" onclick={csv("milestones", Report::milestones_csv)}>{ s.export_milestones_csv }</button>
                    <button type="button" id="export-benefits" onclick={csv("benefits", Report::benefits_csv)}>{ s.export_benefits_csv }</button>
                    <button type="button" id="export-series" onclick={csv("series", Report::series_csv)}>{ s.export_series_csv }</button>
                    <button type="button" id="export-scenario" onclick={scenario_file}>{ s.export_scenario }</button>
                </div>
                <p class="tool-label" id="people-label">{ s.export_people }</p>
                <div class="buttons" role="group" aria-labelledby="people-label">
                    <button type="button" id="export-milestones-people" onclick={people("milestones", Report::milestones_for_people)}>{ s.export_milestones_people }</button>
                    <button type="button" id="export-benefits-people" onclick={people("benefits", Report::benefits_for_people)}>{ s.export_benefits_people }</button>
                </div>
            </div>
            <div class="field">
                <label for="import-scenario">{ s.import_scenario }</label>
                <input type="file" id="import-scenario" accept=".toml,application/toml,text/plain" onchange={on_import} />
            </div>
            <div id="import-status" role="status">
                if let Import::Done(file) = &*import {
                    <p>{ fill(s.import_done, &[("file", file)]) }</p>
                }
            </div>
            if let Some(problems) = failed {
                <div class="problems" id="import-errors" role="alert">
                    <p>{ s.import_failed }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            <div class="buttons">
                <button type="button" id="print-report" onclick={print}>{ s.print_report }</button>
            </div>
        </section>
    }
}
