//! The figures above the charts: benefit lost or gained against the baseline in what is still to
//! come after the data date (with the scenario's present value split into what was realised
//! before it and what comes from it on), how many milestones slip and by how much, and the single
//! lever that costs most.

use yew::prelude::*;

use super::context::AppContext;
use super::explained::explained;
use super::Shared;
use crate::describe::{pv_change, slipped_count};
use crate::i18n::{fill, mnok, months};
use crate::insight::{lever_name, present_value_note, Results};

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
            ("realised", &mnok(lang, cmp.scenario.realised)),
            ("to_come", &mnok(lang, cmp.scenario.to_come)),
            ("date", &crate::i18n::month(lang, roadmap.meta.data_date)),
            ("start", &mnok(lang, cmp.scenario.starting_level)),
            ("first", &crate::i18n::month(lang, roadmap.meta.start)),
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
    let end = crate::i18n::month(lang, roadmap.meta.end);
    let costliest = results.costliest.as_ref();
    html! {
        <section class="headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading" class="visually-hidden">{ s.headline_heading }</h2>
            <div class="figure">
                <p class="figure-label">{ pv_label }</p>
                <p class="figure-value">
                    { explained(present_value_note(roadmap, lang), Some("pv-delta"), pv_value) }
                </p>
                <p class="figure-sub">{ s.against_baseline_to_come }</p>
                <p class="figure-sub" id="pv-split">{ split }</p>
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
        </section>
    }
}
