//! The figures above the charts. First where the roadmap stands at the data date and where it is
//! heading in the scenario (milestones later than the 2021 plan, the dates asked about most, the
//! present value realised and still to come); then what the levers change against the baseline:
//! benefit lost or gained in what is still to come, how many milestones come later and by how
//! much, and the single lever that costs most.

use yew::prelude::*;

use super::context::AppContext;
use super::explained::explained;
use super::Shared;
use crate::describe::{pv_change, slipped_count};
use crate::i18n::{fill, mnok, month, months, Strings};
use crate::insight::{lever_name, milestone_name, present_value_note, Results};
use crate::model::{Lang, Roadmap};
use crate::scenario::Lever;
use crate::sim::RunOutput;
use crate::status::{HeadlineDate, Standing};

pub fn headline(app: &AppContext, results: &Shared<Results>) -> Html {
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let cmp = &results.comparison;
    // What has been realised by the data date is history in the question from today: the change
    // that matters is in what is still to come.
    let to_come_delta = cmp.scenario.to_come - app.engine.baseline().to_come;
    let (pv_label, pv_value) = pv_change(lang, to_come_delta);
    let split = fill(
        s.pv_split,
        &[
            ("total", &mnok(lang, cmp.scenario.present_value)),
            ("start", &mnok(lang, cmp.scenario.starting_level)),
            ("first", &month(lang, roadmap.meta.start)),
            (
                "added",
                &mnok(
                    lang,
                    cmp.scenario.present_value - cmp.scenario.starting_level,
                ),
            ),
        ],
    );
    let (slipped, slipped_months) = cmp.slipped();
    let slipped_value = slipped_count(lang, cmp);
    let end = month(lang, roadmap.meta.end);
    let costliest = results.costliest.as_ref();
    let standing = Standing::of(roadmap, &cmp.scenario);
    let baseline_only = Lever::changed_in(&results.scenario).is_empty();
    html! {
        <>
        { standing_view(roadmap, lang, &standing, baseline_only, app.engine.baseline(), split) }
        <section class="headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading">{ s.changes_heading }</h2>
            <p class="headline-words">{ s.changes_baseline_words }</p>
            <div class="figures">
            <div class="figure">
                <p class="figure-label">{ pv_label }</p>
                <p class="figure-value">
                    { explained(present_value_note(roadmap, lang), Some("pv-delta"), pv_value) }
                </p>
                <p class="figure-sub">{ s.against_baseline_to_come }</p>
            </div>
            <div class="figure">
                <p class="figure-label">{ s.slipped_label }</p>
                <p class="figure-value">
                    { explained(fill(s.slipped_note, &[("end", &end)]), Some("slipped-count"), slipped_value) }
                </p>
                if slipped > 0 {
                    <p class="figure-sub">{ fill(s.slipped_months, &[("months", &months(lang, slipped_months))]) }</p>
                }
            </div>
            <div class="figure">
                <p class="figure-label">{ s.costliest_label }</p>
                <p class="figure-value figure-text">
                    { explained(s.costliest_note, Some("costliest"), costliest.map_or_else(|| s.costliest_none.to_string(), |c| lever_name(roadmap, &c.lever, lang))) }
                </p>
                if let Some(c) = costliest {
                    <p class="figure-sub">{ fill(s.costliest_recovers, &[("amount", &mnok(lang, c.recovers))]) }</p>
                }
            </div>
            </div>
        </section>
        </>
    }
}

/// Where the roadmap stands and is heading: a plain function, it has no state of its own.
fn standing_view(
    roadmap: &Roadmap,
    lang: Lang,
    standing: &Standing,
    baseline_only: bool,
    baseline: &RunOutput,
    split: String,
) -> Html {
    let s = crate::i18n::strings(lang);
    let data_date = month(lang, standing.data_date);
    let count = |n: usize| n.to_string();
    html! {
        <section class="standing" aria-labelledby="standing-heading">
            <h2 id="standing-heading">{ s.standing_heading }</h2>
            <p class="headline-words" id="standing-as-of">
                { fill(s.standing_as_of, &[("date", &data_date)]) }
                { " " }
                { if baseline_only { s.standing_baseline } else { s.standing_scenario } }
            </p>
            <div class="figures">
            <div class="figure">
                <p class="figure-label">{ s.behind_label }</p>
                <p class="figure-value" id="behind-plan">
                    { fill(s.behind_value, &[("late", &count(standing.late)), ("counted", &count(standing.with_sourced_plan))]) }
                </p>
                <p class="figure-sub">{ fill(s.behind_far, &[("far", &count(standing.far_behind))]) }</p>
                if standing.assumed_plans > 0 {
                    <p class="figure-sub">{ fill(s.behind_assumed, &[("count", &count(standing.assumed_plans))]) }</p>
                }
                <p class="figure-sub">
                    { fill(s.reached_by, &[("reached", &count(standing.reached)), ("total", &count(standing.milestones)), ("date", &data_date)]) }
                </p>
            </div>
            <div class="figure">
                <p class="figure-label">{ s.dates_label }</p>
                <ul class="headline-dates" id="headline-dates">
                    { for standing.headlines.iter().map(|h| headline_date(roadmap, lang, s, h, baseline)) }
                </ul>
            </div>
            <div class="figure">
                <p class="figure-label">{ s.value_label }</p>
                <p class="figure-value" id="value-to-come">
                    { fill(s.value_to_come, &[("amount", &mnok(lang, standing.to_come))]) }
                </p>
                <p class="figure-sub" id="value-realised">
                    { fill(s.value_realised, &[("amount", &mnok(lang, standing.realised)), ("date", &data_date)]) }
                </p>
                <p class="figure-sub" id="pv-split">{ split }</p>
            </div>
            </div>
        </section>
    }
}

/// "PLL: innført nasjonalt — sep. 2031 (plan des. 2029; grunnlaget: jan. 2031)".
fn headline_date(
    roadmap: &Roadmap,
    lang: Lang,
    s: &Strings,
    h: &HeadlineDate,
    baseline: &RunOutput,
) -> Html {
    let shown = |date: Option<_>| {
        date.map_or_else(
            || {
                fill(
                    s.date_not_within,
                    &[("end", &month(lang, roadmap.meta.end))],
                )
            },
            |d| month(lang, d),
        )
    };
    let plan_template = if h.plan_assumed {
        s.date_plan_assumed
    } else {
        s.date_plan
    };
    let mut notes = vec![fill(plan_template, &[("plan", &month(lang, h.plan))])];
    let in_baseline = baseline.milestone(&h.id).and_then(|m| m.forecast);
    if in_baseline != h.date {
        notes.push(fill(s.date_baseline_was, &[("date", &shown(in_baseline))]));
    }
    html! {
        <li id={format!("headline-date-{}", h.id)}>
            <span class="headline-date-name">{ milestone_name(roadmap, &h.id, lang) }</span>
            { " " }
            <strong>{ shown(h.date) }</strong>
            { format!(" ({})", notes.join("; ")) }
        </li>
    }
}

/// On a narrow screen the results sit below the levers: this bar keeps the change in view while a
/// lever moves (CSS shows it below 1000 px only, stuck to the bottom of the screen).
pub fn figure_bar(app: &AppContext, results: &Results) -> Html {
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let cmp = &results.comparison;
    let (pv_label, pv_value) =
        pv_change(lang, cmp.scenario.to_come - app.engine.baseline().to_come);
    let first_date = Standing::of(roadmap, &cmp.scenario)
        .headlines
        .into_iter()
        .next();
    html! {
        <aside class="figure-bar" id="figure-bar" aria-label={s.headline_heading}>
            <span>{ format!("{pv_label}: {pv_value}") }</span>
            <span>{ format!("{}: {}", s.slipped_label, slipped_count(lang, cmp)) }</span>
            if let Some(h) = first_date {
                <span>
                    { format!("{}: ", milestone_name(roadmap, &h.id, lang)) }
                    <strong>{ h.date.map_or_else(|| fill(s.date_not_within, &[("end", &month(lang, roadmap.meta.end))]), |d| month(lang, d)) }</strong>
                </span>
            }
            <a href="#standing-heading">{ s.skip_to_results }</a>
        </aside>
    }
}
