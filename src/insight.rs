//! What the app says about a run, in words and headline figures: which lever costs most, why a
//! milestone falls when it does, and where a number comes from. Pure, so it is tested natively.

use crate::i18n::{fill, month, months, percent, strings};
use crate::model::{Lang, Month, Provenance, Roadmap};
use crate::scenario::Lever;
use crate::scenario::Scenario;
use crate::sim::{Cause, ChainStep, Comparison, Engine, Reach, RunOutput};

/// Everything the charts and figures show for one scenario, computed in one go.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub scenario: Scenario,
    pub comparison: Comparison,
    pub costliest: Option<CostlyLever>,
}

impl Results {
    pub fn compute(engine: &Engine, scenario: &Scenario) -> Results {
        let comparison = engine.compare(scenario);
        let costliest = costliest_lever(engine, scenario, comparison.scenario.present_value);
        Results {
            scenario: scenario.clone(),
            comparison,
            costliest,
        }
    }
}

/// A changed lever and the present value (MNOK) that resetting it alone would recover.
#[derive(Clone, Debug, PartialEq)]
pub struct CostlyLever {
    pub lever: Lever,
    pub recovers: f64,
}

/// The single changed lever whose reset recovers the most present value: the scenario is re-run
/// once per changed lever. `None` when no reset recovers anything.
pub fn costliest_lever(
    engine: &Engine,
    scenario: &Scenario,
    scenario_pv: f64,
) -> Option<CostlyLever> {
    Lever::changed_in(scenario)
        .into_iter()
        .map(|lever| {
            let recovers = engine.run(&lever.reset_in(scenario)).present_value - scenario_pv;
            CostlyLever { lever, recovers }
        })
        .filter(|c| c.recovers > 1e-9)
        .max_by(|a, b| a.recovers.total_cmp(&b.recovers))
}

/// A lever's name as a user reads it: the actor group or milestone, then what the lever sets.
pub fn lever_name(roadmap: &Roadmap, lever: &Lever, lang: Lang) -> String {
    let s = strings(lang);
    let actor = |id: &str| {
        roadmap
            .actor(id)
            .map_or(id, |a| a.name.get(lang))
            .to_string()
    };
    let (target, what) = match lever {
        Lever::Speed(a) => (actor(a), s.lever_speed.to_string()),
        Lever::Delay(a) => (actor(a), s.lever_delay.to_string()),
        Lever::Ceiling(a) => (actor(a), s.lever_ceiling.to_string()),
        Lever::Mandate(a, sol) => (
            actor(a),
            format!(
                "{} ({})",
                s.lever_mandate,
                roadmap
                    .solution(sol)
                    .map_or(sol.as_str(), |x| x.name.get(lang))
            ),
        ),
        Lever::MilestoneDelay(m) => (
            milestone_name(roadmap, m, lang),
            s.lever_milestone_delay.to_string(),
        ),
    };
    format!("{target}: {}", lowercase_first(&what))
}

/// "Plikt (PLL)" → "plikt (PLL)": lowercases the lever word, not the solution's name.
fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        std::iter::once(crate::i18n::lowercase_char(c))
            .chain(chars)
            .collect()
    })
}

pub fn milestone_name(roadmap: &Roadmap, id: &str, lang: Lang) -> String {
    roadmap
        .milestones
        .iter()
        .find(|m| m.id == id)
        .map_or(id, |m| m.name.get(lang))
        .to_string()
}

/// A track's actor group and solution as a reader names them (the id where a name is missing).
pub fn track_words<'a>(roadmap: &'a Roadmap, id: &'a str, lang: Lang) -> (&'a str, &'a str) {
    let Some(t) = roadmap.tracks.iter().find(|t| t.id == id) else {
        return (id, id);
    };
    let actor = roadmap
        .actor(&t.actor)
        .map_or(t.actor.as_str(), |a| a.name.get(lang));
    let solution = roadmap
        .solution(&t.solution)
        .map_or(t.solution.as_str(), |s| s.name.get(lang));
    (actor, solution)
}

/// "Adoption of kjernejournal by kommuner": a track named in words.
pub fn track_name(roadmap: &Roadmap, id: &str, lang: Lang) -> String {
    if roadmap.track_index(id).is_none() {
        return id.to_string();
    }
    let (actor, solution) = track_words(roadmap, id, lang);
    fill(
        strings(lang).track_subject,
        &[("solution", solution), ("actor", actor)],
    )
}

/// Where a value comes from, in one line: its sources ("S13: title – our description" in `lang`,
/// and the URL) or the assumption's reason in `lang`.
pub fn provenance_note(roadmap: &Roadmap, provenance: &Provenance, lang: Lang) -> String {
    let s = strings(lang);
    match provenance {
        Provenance::Sourced { src } => {
            let cited: Vec<String> = src
                .ids()
                .iter()
                .map(|id| match roadmap.sources.get(id) {
                    Some(source) => format!("{} – {}", source.line(id, lang), source.url),
                    None => id.clone(),
                })
                .collect();
            format!("{}: {}", s.source, cited.join("; "))
        }
        // Until the first view has the notes (`model::without_notes`), an assumption is named.
        Provenance::Assumed { assume } if assume.get(lang).is_empty() => s.assumption.to_string(),
        Provenance::Assumed { assume } => format!("{}: {}", s.assumption, assume.get(lang)),
    }
}

/// How the present values are computed, with the discount rate's source.
pub fn present_value_note(roadmap: &Roadmap, lang: Lang) -> String {
    let meta = &roadmap.meta;
    fill(
        strings(lang).pv_note,
        &[
            ("from", &meta.start.year().to_string()),
            ("to", &meta.end.year().to_string()),
            ("base", &month(lang, meta.discount_base)),
            ("rate", &percent(lang, meta.discount_rate.v)),
            (
                "source",
                &provenance_note(roadmap, &meta.discount_rate.provenance, lang),
            ),
        ],
    )
}

/// A milestone's move against the baseline in one sentence, and the chain of causes behind its
/// date, each a clause to follow "because" ("X moves 14 months because … because …").
#[derive(Clone, Debug, PartialEq)]
pub struct ChainExplanation {
    pub summary: String,
    pub reasons: Vec<String>,
}

pub fn explain_chain(
    roadmap: &Roadmap,
    comparison: &Comparison,
    milestone: &str,
    lang: Lang,
) -> Option<ChainExplanation> {
    let s = strings(lang);
    let delta = comparison.milestones.iter().find(|d| d.id == milestone)?;
    let name = milestone_name(roadmap, milestone, lang);
    let end = month(lang, roadmap.meta.end);
    let reach = comparison
        .scenario
        .milestone(milestone)
        .map(|m| m.reach.clone());
    let summary = match (delta.scenario, delta.delta_months) {
        (None, _) => match reach {
            Some(Reach::BeyondHorizon { checked_until }) => fill(
                s.chain_lost,
                &[("m", &name), ("end", &month(lang, checked_until))],
            ),
            Some(Reach::Never) => format!(
                "{name}: {}",
                never_words(roadmap, &comparison.scenario, milestone, lang)
            ),
            _ => fill(s.chain_lost, &[("m", &name), ("end", &end)]),
        },
        (Some(date), Some(n)) if n > 0 => fill(
            s.chain_later,
            &[
                ("m", &name),
                ("months", &months(lang, n)),
                ("date", &month(lang, date)),
            ],
        ),
        (Some(date), Some(n)) if n < 0 => fill(
            s.chain_earlier,
            &[
                ("m", &name),
                ("months", &months(lang, -n)),
                ("date", &month(lang, date)),
            ],
        ),
        (Some(date), Some(_)) => fill(s.chain_same, &[("m", &name), ("date", &month(lang, date))]),
        (Some(date), None) => fill(s.chain_at, &[("m", &name), ("date", &month(lang, date))]),
    };
    let reasons = comparison
        .scenario
        .critical_chain(milestone)
        .iter()
        .flat_map(|step| step_reasons(roadmap, step, &step.because, lang))
        .collect();
    Some(ChainExplanation { summary, reasons })
}

/// When a milestone falls in a run, in words: its month; "ikke innen des. 2035" when it is not
/// reached by the last month the model checked; "aldri: …" with the condition that blocks it.
pub fn forecast_words(roadmap: &Roadmap, run: &RunOutput, id: &str, lang: Lang) -> String {
    let s = strings(lang);
    let Some(m) = run.milestone(id) else {
        return String::new();
    };
    match (m.forecast, &m.reach) {
        (Some(date), _) => month(lang, date),
        (None, Reach::Never) => never_words(roadmap, run, id, lang),
        (None, Reach::BeyondHorizon { checked_until }) => {
            fill(s.not_reached, &[("end", &month(lang, *checked_until))])
        }
        (None, Reach::Reached) => fill(s.not_reached, &[("end", &month(lang, roadmap.meta.end))]),
    }
}

/// The ceiling that blocks a cause, looking through an actor group's delay.
fn blocking_ceiling(cause: &Cause) -> Option<(&str, f64, f64)> {
    match cause {
        Cause::Ceiling { id, share, limit } => Some((id, *share, *limit)),
        Cause::ActorDelay { after, .. } => blocking_ceiling(after),
        _ => None,
    }
}

/// "aldri: kommuner når høyst 75 % for PLL, under de 76 % som trengs": why a milestone can never
/// happen, from the first ceiling along its critical chain.
pub fn never_words(roadmap: &Roadmap, run: &RunOutput, id: &str, lang: Lang) -> String {
    let s = strings(lang);
    let found = run.critical_chain(id).iter().find_map(|step| {
        blocking_ceiling(&step.because).map(|(t, share, limit)| (t.to_string(), share, limit))
    });
    let Some((track, share, limit)) = found else {
        return s.never_reached.to_string();
    };
    let t = roadmap.tracks.iter().find(|t| t.id == track);
    let actor = t
        .and_then(|t| roadmap.actor(&t.actor))
        .map_or(track.as_str(), |a| a.name.get(lang));
    let solution = t
        .and_then(|t| roadmap.solution(&t.solution))
        .map_or(track.as_str(), |x| x.name.get(lang));
    fill(
        s.never_ceiling,
        &[
            ("actor", actor),
            ("solution", solution),
            ("limit", &percent(lang, limit)),
            ("share", &percent(lang, share)),
        ],
    )
}

/// The clauses that say why one step of a chain falls when it does.
fn step_reasons(roadmap: &Roadmap, step: &ChainStep, cause: &Cause, lang: Lang) -> Vec<String> {
    let s = strings(lang);
    let is_milestone = roadmap.milestones.iter().any(|m| m.id == step.id);
    let this = if is_milestone {
        milestone_name(roadmap, &step.id, lang)
    } else {
        track_name(roadmap, &step.id, lang)
    };
    let date = |m: Option<Month>| {
        m.map_or_else(
            || fill(s.not_reached, &[("end", &month(lang, roadmap.meta.end))]),
            |m| month(lang, m),
        )
    };
    let track = roadmap.tracks.iter().find(|t| t.id == step.id);
    let reason = match cause {
        Cause::OwnDate { extra_delay: 0 } => {
            fill(s.cause_own, &[("m", &this), ("date", &date(step.date))])
        }
        Cause::OwnDate { extra_delay } => fill(
            s.cause_own_extra,
            &[
                ("m", &this),
                ("months", &months(lang, *extra_delay as i32)),
                ("date", &date(step.date)),
            ],
        ),
        Cause::Milestone { id, lag: 0 } => fill(
            s.cause_milestone,
            &[
                ("this", &this),
                ("other", &milestone_name(roadmap, id, lang)),
            ],
        ),
        Cause::Milestone { id, lag } => fill(
            s.cause_milestone_lag,
            &[
                ("this", &this),
                ("months", &months(lang, *lag)),
                ("other", &milestone_name(roadmap, id, lang)),
            ],
        ),
        Cause::Track { id, share } => {
            let (actor, solution) = track_words(roadmap, id, lang);
            fill(
                s.cause_track,
                &[
                    ("this", &this),
                    ("share", &percent(lang, *share)),
                    ("actor", actor),
                    ("solution", solution),
                ],
            )
        }
        Cause::Start => fill(s.cause_start, &[("this", &this)]),
        Cause::DataDate => fill(
            s.cause_data_date,
            &[
                ("this", &this),
                ("date", &month(lang, roadmap.meta.data_date)),
            ],
        ),
        Cause::Ceiling { id, share, limit } => {
            let (actor, solution) = track_words(roadmap, id, lang);
            fill(
                s.cause_ceiling,
                &[
                    ("this", &this),
                    ("actor", actor),
                    ("solution", solution),
                    ("limit", &percent(lang, *limit)),
                    ("share", &percent(lang, *share)),
                ],
            )
        }
        Cause::Earliest => fill(
            s.cause_earliest,
            &[
                ("this", &this),
                (
                    "date",
                    &date(track.and_then(|t| t.earliest.as_ref()).map(|e| e.v)),
                ),
            ],
        ),
        Cause::ActorDelay { months: n, after } => {
            let actor = track
                .and_then(|t| roadmap.actor(&t.actor))
                .map_or(step.id.as_str(), |a| a.name.get(lang));
            let mut out = vec![fill(
                s.cause_actor_delay,
                &[("actor", actor), ("months", &months(lang, *n as i32))],
            )];
            out.extend(step_reasons(roadmap, step, after, lang));
            return out;
        }
    };
    vec![reason]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::ActorLevers;

    use crate::sim::default_engine as engine;

    /// A milestone that waits, directly or not, for kommune_plo's adoption.
    fn plo_dependent(engine: &Engine) -> String {
        let late = engine.compare(&plo_delay(24));
        late.milestones
            .iter()
            .find(|m| m.delta_months.is_none_or(|d| d > 0))
            .expect("delaying kommune_plo moves some milestone")
            .id
            .clone()
    }

    fn plo_delay(months: u32) -> Scenario {
        let mut s = Scenario::default();
        s.actors.insert(
            "kommune_plo".into(),
            ActorLevers {
                delay: months,
                ..ActorLevers::default()
            },
        );
        s
    }

    #[test]
    fn the_baseline_has_no_costly_lever() {
        let e = engine();
        assert_eq!(Results::compute(&e, &Scenario::default()).costliest, None);
    }

    #[test]
    fn the_costliest_lever_is_the_one_whose_reset_recovers_most() {
        let e = engine();
        let mut s = plo_delay(36);
        // A small second delay on the same group costs less than the big one.
        s.actors.get_mut("kommune_plo").expect("set above").speed = 0.9;
        let r = Results::compute(&e, &s);
        let costly = r.costliest.expect("a 36-month delay costs benefit");
        assert_eq!(costly.lever, Lever::Delay("kommune_plo".into()));
        let alone = e.run(&costly.lever.reset_in(&s)).present_value;
        assert!((costly.recovers - (alone - r.comparison.scenario.present_value)).abs() < 1e-9);
        assert!(costly.recovers > 0.0);
    }

    #[test]
    fn a_lever_that_gains_is_not_the_costliest() {
        let e = engine();
        let mut s = Scenario::default();
        s.actors.insert(
            "kommune_plo".into(),
            ActorLevers {
                speed: 3.0,
                ..ActorLevers::default()
            },
        );
        assert_eq!(Results::compute(&e, &s).costliest, None);
    }

    #[test]
    fn a_chain_says_how_far_a_milestone_moves_and_why() {
        let e = engine();
        let id = plo_dependent(&e);
        let cmp = e.compare(&plo_delay(24));
        let nb = explain_chain(e.roadmap(), &cmp, &id, Lang::Nb).expect("a known milestone");
        let name = e
            .roadmap()
            .milestones
            .iter()
            .find(|m| m.id == id)
            .unwrap()
            .name
            .nb
            .clone();
        assert!(nb.summary.starts_with(&name), "{}", nb.summary);
        assert!(
            nb.summary.contains("flyttes") || nb.summary.contains("nås ikke"),
            "{}",
            nb.summary
        );
        let plo = &e.roadmap().actor("kommune_plo").unwrap().name.nb;
        assert!(
            nb.reasons.iter().any(|r| r.contains(plo.as_str())),
            "the chain names the delayed group: {:?}",
            nb.reasons
        );
        let en = explain_chain(e.roadmap(), &cmp, &id, Lang::En).unwrap();
        assert_eq!(en.reasons.len(), nb.reasons.len());
        assert!(en.summary.contains("moves") || en.summary.contains("not reached"));
    }

    #[test]
    fn an_unchanged_milestone_is_as_in_the_baseline() {
        let e = engine();
        let id = &e.roadmap().milestones[0].id;
        let cmp = e.compare(&Scenario::default());
        let x = explain_chain(e.roadmap(), &cmp, id, Lang::Nb).unwrap();
        assert!(x.summary.contains("som i grunnlaget") || x.summary.contains("nås ikke"));
        assert!(!x.reasons.is_empty());
        assert_eq!(explain_chain(e.roadmap(), &cmp, "no_such", Lang::Nb), None);
    }

    #[test]
    fn provenance_names_the_url_or_the_assumption() {
        let e = engine();
        let r = e.roadmap();
        let sourced = Provenance::Sourced {
            src: crate::model::OneOrMany::One(r.sources.keys().next().unwrap().clone()),
        };
        let url = &r.sources.values().next().unwrap().url;
        assert!(provenance_note(r, &sourced, Lang::Nb).starts_with("Kilde: "));
        assert!(provenance_note(r, &sourced, Lang::Nb).contains(url.as_str()));
        let (id, source) = r.sources.iter().next().unwrap();
        let about = source
            .about
            .as_ref()
            .expect("the default sources say what they are");
        assert!(provenance_note(r, &sourced, Lang::Nn).contains(&format!("{id}: {}", source.title)));
        assert!(provenance_note(r, &sourced, Lang::Nn).contains(&about.nn));
        assert!(provenance_note(r, &sourced, Lang::En).contains(&about.en));
        let assumed = Provenance::Assumed {
            assume: crate::model::Text {
                nb: "fordi".into(),
                nn: "av di".into(),
                en: "because".into(),
            },
        };
        assert_eq!(provenance_note(r, &assumed, Lang::Nb), "Antagelse: fordi");
        assert_eq!(provenance_note(r, &assumed, Lang::Nn), "Antaking: av di");
        assert!(provenance_note(r, &assumed, Lang::En).ends_with(": because"));
        assert!(
            present_value_note(r, Lang::Nb).contains("Kilde")
                || present_value_note(r, Lang::Nb).contains("Antagelse")
        );
    }

    #[test]
    fn lever_names_use_the_data() {
        let e = engine();
        let name = lever_name(e.roadmap(), &Lever::Delay("kommune_plo".into()), Lang::Nb);
        let plo = &e.roadmap().actor("kommune_plo").unwrap().name.nb;
        assert_eq!(name, format!("{plo}: forsinkelse"));
    }

    #[test]
    fn a_milestone_that_can_never_happen_names_the_ceiling_that_blocks_it() {
        let e = engine();
        let r = e.roadmap();
        // Some group held well below what a condition needs: a milestone can never happen.
        let found = r.actors.iter().find_map(|a| {
            let mut s = Scenario::default();
            let lever = Lever::Ceiling(a.id.clone());
            lever.set(&mut s, 0.1);
            let run = e.run(&s);
            let never = run.milestones.iter().find(|m| m.reach == Reach::Never)?;
            Some((never.id.clone(), run))
        });
        let (id, run) = found
            .expect("a low ceiling in the default roadmap keeps a milestone from ever happening");
        let nb = forecast_words(r, &run, &id, Lang::Nb);
        assert!(nb.starts_with("aldri: "), "{nb}");
        assert!(nb.contains('%'), "the numbers are named: {nb}");
        assert!(forecast_words(r, &run, &id, Lang::En).starts_with("never: "));
        let cmp = Comparison::between(e.baseline(), run);
        let why = explain_chain(r, &cmp, &id, Lang::Nb).expect("a milestone of the roadmap");
        assert!(why.summary.contains(": aldri: "), "{}", why.summary);
    }

    #[test]
    fn a_milestone_past_the_horizon_is_not_by_the_last_month_checked() {
        let e = engine();
        let r = e.roadmap();
        let mut run = e.baseline().clone();
        let m = &mut run.milestones[0];
        m.forecast = None;
        m.reach = Reach::BeyondHorizon {
            checked_until: r.meta.end,
        };
        let id = m.id.clone();
        assert_eq!(
            forecast_words(r, &run, &id, Lang::Nb),
            "ikke innen des.\u{a0}2035"
        );
        assert_eq!(
            forecast_words(r, &run, &id, Lang::En),
            "not by Dec\u{a0}2035"
        );
    }
}
