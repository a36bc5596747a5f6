//! The lever panel: the question, presets from the data, the schedule (since 2021 only), and the
//! levers grouped by care providers, EHR vendors and milestones, each group collapsible. A
//! milestone lever the question does not offer (delaying what has happened) is a line saying why.

use web_sys::{HtmlDetailsElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::actor::ActorGroup;
use super::milestones::{milestone_levers, MilestoneLeversProps};
use super::question_choice::{question_choice, QuestionChoiceProps};
use crate::scenario::{Question, Scenario, Schedule};
use crate::ui_state::{active_preset, name_matches, Action, LeverGroup};
use crate::web::context::AppContext;

pub struct LeverPanelProps {
    pub scenario: Scenario,
    pub open_groups: Vec<LeverGroup>,
    /// What was typed into the lever filter: while it holds something, every group is open and
    /// shows only what matches.
    pub filter: String,
    pub on_filter: Callback<String>,
}

/// A plain function (it re-renders with every change of the levers anyway); each actor group is
/// a component, so a slider's move re-renders its own group only.
pub fn lever_panel(app: &AppContext, props: &LeverPanelProps) -> Html {
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let query = props.filter.trim();
    let filtering = !query.is_empty();
    let group = |kind: LeverGroup, title: &'static str, body: Html| {
        let ontoggle = app.dispatch.reform(move |e: Event| {
            Action::SetGroupOpen(kind, e.target_unchecked_into::<HtmlDetailsElement>().open())
        });
        let id = match kind {
            LeverGroup::Providers => "group-providers",
            LeverGroup::Vendors => "group-vendors",
            LeverGroup::Milestones => "group-milestones",
        };
        html! {
            <details class="lever-group" {id} open={filtering || props.open_groups.contains(&kind)} {ontoggle}>
                <summary>{ title }</summary>
                { body }
            </details>
        }
    };
    let question = props.scenario.question;
    let actors = |vendor: bool| -> Html {
        roadmap
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.vendor == vendor)
            // A group matches by its name or by a solution it has a duty lever for.
            .filter(|(_, a)| {
                name_matches(a.name.get(lang), query)
                    || roadmap.tracks.iter().any(|t| {
                        t.actor == a.id
                            && roadmap
                                .solution(&t.solution)
                                .is_some_and(|x| name_matches(x.name.get(lang), query))
                    })
            })
            .map(|(i, a)| {
                html! {
                    <ActorGroup actor={i} {question} levers={props.scenario.actors.get(&a.id).cloned()} />
                }
            })
            .collect()
    };
    let milestones = html! {
        { milestone_levers(app, &MilestoneLeversProps { question, levers: props.scenario.milestones.clone(), filter: query.into() }) }
    };

    // The current levers are the preset's when they match it exactly.
    let active = active_preset(roadmap, &props.scenario);
    let onpreset = {
        let presets = roadmap.presets.clone();
        let dispatch = app.dispatch.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(p) = presets.iter().find(|p| p.id == id) {
                dispatch.emit(Action::ApplyPreset(p.scenario.clone()));
            }
        })
    };
    let schedule = |value: Schedule, id: &'static str, text: &'static str| {
        let onchange = app.dispatch.reform(move |_| Action::SetSchedule(value));
        html! {
            <label class="radio" for={id}>
                <input type="radio" name="schedule" {id} checked={props.scenario.schedule == value} {onchange} />
                { text }
            </label>
        }
    };
    html! {
        <section class="levers" aria-labelledby="levers-heading">
            <h2 id="levers-heading">{ s.levers_heading }</h2>
            { question_choice(app, &QuestionChoiceProps { scenario: props.scenario.clone() }) }
            <div class="field">
                <label for="preset">{ s.preset }</label>
                <select id="preset" onchange={onpreset}>
                    <option value="" disabled=true selected={active.is_none()}>
                        { if props.scenario == Scenario::default() { s.preset_baseline } else { s.preset_custom } }
                    </option>
                    { for roadmap.presets.iter().map(|p| html! {
                        <option value={p.id.clone()} selected={active.is_some_and(|a| a.id == p.id)}>
                            { p.name.get(lang) }
                        </option>
                    }) }
                </select>
                if let Some(p) = active {
                    <p class="hint" id="preset-description">{ p.description.get(lang) }</p>
                }
            </div>
            // The 2021 plan only means something when the period is replayed from 2021.
            if props.scenario.question == Question::Since2021 {
                <fieldset class="field schedule">
                    <legend>{ s.schedule }</legend>
                    { schedule(Schedule::Forecast, "schedule-forecast", s.schedule_forecast) }
                    { schedule(Schedule::Plan, "schedule-plan", s.schedule_plan) }
                </fieldset>
            }
            <button type="button" id="reset-all" class="secondary" onclick={app.dispatch.reform(|_| Action::ResetAll)}>
                { s.reset_all }
            </button>
            <details class="lever-help" id="lever-help">
                <summary>{ s.help_heading }</summary>
                <dl>
                    <dt>{ s.lever_speed }</dt><dd>{ s.help_speed }</dd>
                    <dt>{ s.lever_delay }</dt><dd>{ s.help_delay }</dd>
                    <dt>{ s.lever_ceiling }</dt><dd>{ s.help_ceiling }</dd>
                    <dt>{ s.mandates_heading }</dt><dd>{ s.help_mandate }</dd>
                    <dt>{ s.group_milestones }</dt><dd>{ s.help_milestone }</dd>
                </dl>
            </details>
            <div class="field">
                <label for="lever-filter">{ s.filter_label }</label>
                <input
                    type="search"
                    id="lever-filter"
                    autocomplete="off"
                    value={props.filter.clone()}
                    oninput={props.on_filter.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value())}
                />
            </div>
            { group(LeverGroup::Providers, s.group_providers, actors(false)) }
            { group(LeverGroup::Vendors, s.group_vendors, actors(true)) }
            { group(LeverGroup::Milestones, s.group_milestones, milestones) }
        </section>
    }
}
