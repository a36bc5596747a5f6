//! Model invariants over random scenarios on the default roadmap (model.md, "Invariants worth testing").

use std::sync::OnceLock;

use proptest::prelude::*;
use veikart::model::{load_roadmap, Condition, Month, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::scenario::{limits, ActorLevers, MandateLever, MilestoneLevers, Scenario, Schedule};
use veikart::sim::{Engine, RunOutput};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let r = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML)
            .expect("default roadmap loads");
        Engine::new(r).expect("default roadmap builds")
    })
}

fn actor_levers() -> impl Strategy<Value = ActorLevers> {
    let r = engine().roadmap();
    let (start, end) = (r.meta.start.0, r.meta.end.0);
    (
        limits::SPEED.0..=limits::SPEED.1,
        limits::DELAY_MONTHS.0..=limits::DELAY_MONTHS.1,
        0.0..=1.0f64,
        prop_oneof![
            Just(MandateLever::AsData),
            Just(MandateLever::Off),
            (start..=end).prop_map(|m| MandateLever::At(Month(m))),
        ],
    )
        .prop_map(|(speed, delay, ceiling, mandate)| ActorLevers {
            speed,
            delay,
            ceiling,
            mandate,
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let r = engine().roadmap();
    let actors: Vec<String> = r.actors.iter().map(|a| a.id.clone()).collect();
    let milestones: Vec<String> = r.milestones.iter().map(|m| m.id.clone()).collect();
    (
        prop_oneof![Just(Schedule::Forecast), Just(Schedule::Plan)],
        proptest::collection::btree_map(proptest::sample::select(actors), actor_levers(), 0..6),
        proptest::collection::btree_map(
            proptest::sample::select(milestones),
            (0..=limits::MILESTONE_DELAY_MONTHS.1).prop_map(|delay| MilestoneLevers { delay }),
            0..6,
        ),
    )
        .prop_map(|(schedule, actors, milestones)| Scenario {
            schedule,
            actors,
            milestones,
        })
}

/// A scenario and the same scenario with more delay somewhere (an actor group or a milestone).
fn scenario_and_later() -> impl Strategy<Value = (Scenario, Scenario)> {
    let r = engine().roadmap();
    let actors: Vec<String> = r.actors.iter().map(|a| a.id.clone()).collect();
    let milestones: Vec<String> = r.milestones.iter().map(|m| m.id.clone()).collect();
    (
        scenario(),
        proptest::sample::select(actors),
        proptest::sample::select(milestones),
        1..=24u32,
        any::<bool>(),
    )
        .prop_map(|(s, actor, milestone, extra, on_actor)| {
            let mut later = s.clone();
            if on_actor {
                let l = later.actors.entry(actor).or_default();
                l.delay = (l.delay + extra).min(limits::DELAY_MONTHS.1);
            } else {
                let l = later.milestones.entry(milestone).or_default();
                l.delay = (l.delay + extra).min(limits::MILESTONE_DELAY_MONTHS.1);
            }
            (s, later)
        })
}

/// A scenario and the same scenario with one actor group adopting faster.
fn scenario_and_faster() -> impl Strategy<Value = (Scenario, Scenario)> {
    let r = engine().roadmap();
    let actors: Vec<String> = r.actors.iter().map(|a| a.id.clone()).collect();
    (scenario(), proptest::sample::select(actors), 1.0..=3.0f64).prop_map(|(s, actor, factor)| {
        let mut faster = s.clone();
        let l = faster.actors.entry(actor).or_default();
        l.speed = (l.speed * factor).min(limits::SPEED.1);
        (s, faster)
    })
}

/// `a` is never later than `b`; a date not within the horizon counts as infinitely late.
fn not_later(a: Option<Month>, b: Option<Month>) -> bool {
    match (a, b) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(a), Some(b)) => a <= b,
    }
}

/// Everything in `early` is at least as early and at least as large as in `late`.
fn dominates(early: &RunOutput, late: &RunOutput) -> Result<(), TestCaseError> {
    for (e, l) in early.milestones.iter().zip(&late.milestones) {
        prop_assert!(
            not_later(e.forecast, l.forecast),
            "milestone {} earlier in the later scenario: {:?} vs {:?}",
            e.id,
            e.forecast,
            l.forecast
        );
    }
    for (e, l) in early.tracks.iter().zip(&late.tracks) {
        for (t, (a, b)) in e.adoption.iter().zip(&l.adoption).enumerate() {
            prop_assert!(a + 1e-9 >= *b, "track {} month {t}: {a} < {b}", e.id);
        }
    }
    for (e, l) in early.benefits.iter().zip(&late.benefits) {
        prop_assert!(
            e.present_value + 1e-6 >= l.present_value,
            "benefit {}: {} < {}",
            e.id,
            e.present_value,
            l.present_value
        );
        for (t, (a, b)) in e.monthly.iter().zip(&l.monthly).enumerate() {
            prop_assert!(a + 1e-9 >= *b, "benefit {} month {t}: {a} < {b}", e.id);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn adoption_stays_within_its_ceiling_and_never_falls(s in scenario()) {
        let r = engine().roadmap();
        let out = engine().run(&s);
        for (track, res) in r.tracks.iter().zip(&out.tracks) {
            let levers = s.actor(&track.actor);
            let ceiling = (track.ceiling.v * levers.ceiling).max(track.initial.v);
            prop_assert_eq!(res.adoption.len(), r.months());
            let mut prev = track.initial.v;
            for (t, &a) in res.adoption.iter().enumerate() {
                prop_assert!((0.0..=ceiling + 1e-12).contains(&a), "{} month {t}: {a} outside [0, {ceiling}]", track.id);
                prop_assert!(a >= prev, "{} falls in month {t}: {prev} → {a}", track.id);
                prev = a;
            }
            // Closed: the initial share (0 for a track that had not started) until it opens.
            let open = res.opened.map_or(r.months(), |o| o.since(r.meta.start) as usize);
            for (t, &a) in res.adoption.iter().enumerate().take(open + 1) {
                prop_assert_eq!(a, track.initial.v, "{} moved in month {} before opening", &track.id, t);
            }
        }
    }

    #[test]
    fn no_milestone_before_its_date_or_its_conditions(s in scenario()) {
        let r = engine().roadmap();
        let out = engine().run(&s);
        for (m, res) in r.milestones.iter().zip(&out.milestones) {
            let Some(forecast) = res.forecast else { continue };
            let own = match s.schedule { Schedule::Forecast => m.expected(), Schedule::Plan => m.plan.v };
            prop_assert!(forecast >= own.plus(s.milestone_delay(&m.id) as i32), "{} before its own date", m.id);
            for c in &m.requires {
                match c {
                    Condition::Milestone { milestone, lag } => {
                        let pred = out.milestone(milestone).and_then(|p| p.forecast);
                        let lag = lag.as_ref().map_or(0, |l| l.v.round() as i32);
                        prop_assert!(pred.is_some_and(|p| forecast >= p.plus(lag)), "{} before {} + {lag}", m.id, milestone);
                    }
                    Condition::Track { track, share } => {
                        let t = forecast.since(r.meta.start) as usize;
                        let a = out.track(track).expect("track exists").adoption[t];
                        prop_assert!(a >= share.v - 1e-12, "{} reached while {track} is at {a} < {}", m.id, share.v);
                    }
                }
            }
        }
    }

    #[test]
    fn more_delay_never_makes_anything_earlier_or_larger((s, later) in scenario_and_later()) {
        dominates(&engine().run(&s), &engine().run(&later))?;
    }

    #[test]
    fn faster_adoption_never_makes_anything_later_or_smaller((s, faster) in scenario_and_faster()) {
        dominates(&engine().run(&faster), &engine().run(&s))?;
    }

    #[test]
    fn runs_are_repeatable(s in scenario()) {
        let again = Engine::new(engine().roadmap().clone()).expect("builds");
        prop_assert_eq!(engine().run(&s), again.run(&s));
    }
}

#[test]
fn default_levers_reproduce_the_baseline_exactly() {
    let e = engine();
    assert_eq!(&e.run(&Scenario::default()), e.baseline());
    // Levers written out at their default values are still the baseline.
    let mut explicit = Scenario::default();
    for a in &e.roadmap().actors {
        explicit.actors.insert(a.id.clone(), ActorLevers::default());
    }
    for m in &e.roadmap().milestones {
        explicit
            .milestones
            .insert(m.id.clone(), MilestoneLevers::default());
    }
    assert_eq!(&e.run(&explicit), e.baseline());
    let cmp = e.compare(&explicit);
    assert_eq!(cmp.delta_pv, 0.0);
    assert!(cmp
        .milestones
        .iter()
        .all(|m| m.delta_months == Some(0) || m.baseline.is_none()));
}
