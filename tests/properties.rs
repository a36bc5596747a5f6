//! Model invariants over random scenarios on the default roadmap (model.md, "Invariants worth testing").

use std::sync::OnceLock;

use proptest::prelude::*;
use veikart::model::DateKind;
use veikart::model::{load_roadmap, Condition, Month, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::scenario::{
    limits, ActorLevers, Lever, MandateLever, MilestoneLevers, Question, Scenario, Schedule,
};
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
    (
        limits::SPEED.0..=limits::SPEED.1,
        limits::DELAY_MONTHS.0..=limits::DELAY_MONTHS.1,
        0.0..=1.0f64,
    )
        .prop_map(|(speed, delay, ceiling)| ActorLevers {
            speed,
            delay,
            ceiling,
            ..ActorLevers::default()
        })
}

/// Any scenario the engine accepts, in either question (levers the question does not offer
/// included: the engine must ignore them).
fn scenario() -> impl Strategy<Value = Scenario> {
    let r = engine().roadmap();
    let actors: Vec<String> = r.actors.iter().map(|a| a.id.clone()).collect();
    let milestones: Vec<String> = r.milestones.iter().map(|m| m.id.clone()).collect();
    let mandates: Vec<Lever> = Lever::mandates(r).collect();
    let (start, end) = (r.meta.start.0, r.meta.end.0);
    let mandate = prop_oneof![
        Just(MandateLever::AsData),
        Just(MandateLever::Off),
        (start..=end).prop_map(|m| MandateLever::At(Month(m))),
    ];
    (
        prop_oneof![Just(Question::FromToday), Just(Question::Since2021)],
        prop_oneof![Just(Schedule::Forecast), Just(Schedule::Plan)],
        proptest::collection::btree_map(proptest::sample::select(actors), actor_levers(), 0..6),
        proptest::collection::vec((proptest::sample::select(mandates), mandate), 0..4),
        proptest::collection::btree_map(
            proptest::sample::select(milestones),
            (0..=limits::MILESTONE_DELAY_MONTHS.1).prop_map(|delay| MilestoneLevers { delay }),
            0..6,
        ),
    )
        .prop_map(|(question, schedule, actors, mandates, milestones)| {
            let mut s = Scenario {
                question,
                schedule,
                actors: actors.into_iter().collect(),
                milestones: milestones.into_iter().collect(),
            };
            for (lever, m) in mandates {
                lever.set_mandate(&mut s, m);
            }
            s.normalised()
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
        let today = (r.meta.data_date.since(r.meta.start) as usize).min(r.months() - 1);
        for (i, (track, res)) in r.tracks.iter().zip(&out.tracks).enumerate() {
            let levers = s.actor(&track.actor);
            // From today, a ceiling below today's level holds today's level.
            let kept = match s.question {
                Question::FromToday => engine().baseline().tracks[i].adoption[today],
                Question::Since2021 => 0.0,
            };
            let ceiling = (track.ceiling.v * levers.ceiling).max(track.initial.v).max(kept);
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
            let today = s.question == Question::FromToday;
            let plan = !today && s.schedule == Schedule::Plan;
            let own = if plan { m.plan.v } else { m.expected() };
            // What had not happened by the data date happens after it.
            let own = if plan || m.actual.is_some() { own } else { own.max(r.meta.data_date.plus(1)) };
            let extra = if today && m.actual.is_some() { 0 } else { s.milestone_delay(&m.id) as i32 };
            if today && m.date_kind() == DateKind::Forecast {
                // A forecast may come early, but never before the data date.
                prop_assert!(forecast > r.meta.data_date, "{} before the data date", m.id);
            } else {
                prop_assert!(forecast >= own.plus(extra), "{} before its own date", m.id);
            }
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
    fn from_today_history_is_the_baseline_bit_for_bit(mut s in scenario()) {
        s.question = Question::FromToday;
        let e = engine();
        let (out, base) = (e.run(&s), e.baseline());
        let today = e.roadmap().meta.data_date.since(e.roadmap().meta.start) as usize;
        for (a, b) in out.tracks.iter().zip(&base.tracks) {
            prop_assert_eq!(&a.adoption[..=today], &b.adoption[..=today], "{}", &a.id);
        }
        for (a, b) in out.benefits.iter().zip(&base.benefits) {
            prop_assert_eq!(&a.monthly[..=today], &b.monthly[..=today], "{}", &a.id);
        }
        prop_assert_eq!(out.realised, base.realised);
        for (m, res) in e.roadmap().milestones.iter().zip(&out.milestones) {
            if let Some(actual) = &m.actual {
                prop_assert_eq!(res.forecast, Some(actual.v), "{} moved from its actual date", &m.id);
            }
        }
    }

    #[test]
    fn runs_are_repeatable(s in scenario()) {
        let again = Engine::new(engine().roadmap().clone()).expect("builds");
        prop_assert_eq!(engine().run(&s), again.run(&s));
    }
}

/// Every lever of the default roadmap set to the value the data already implies, one at a time and
/// all at once, in both questions: the baseline, exactly.
#[test]
fn every_lever_at_its_data_value_is_the_baseline() {
    let e = engine();
    let r = e.roadmap();
    let levers = Lever::all(r);
    for question in [Question::FromToday, Question::Since2021] {
        let mut all = Scenario {
            question,
            ..Scenario::default()
        };
        for lever in &levers {
            let mut one = Scenario {
                question,
                ..Scenario::default()
            };
            for s in [&mut one, &mut all] {
                match lever {
                    Lever::Mandate(a, sol) => {
                        let data = r.track_of(a, sol).and_then(|t| t.mandate.as_ref());
                        let m = data.map_or(MandateLever::AsData, |m| MandateLever::At(m.v));
                        lever.set_mandate(s, m);
                    }
                    _ => lever.set(s, lever.kind().spec().default),
                }
            }
            assert_eq!(&e.run(&one), e.baseline(), "{lever:?} in {question:?}");
        }
        assert_eq!(&e.run(&all), e.baseline(), "all levers in {question:?}");
    }
}

// The same on generated roadmaps: the default one with every track's diffusion redrawn.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn levers_at_data_values_are_the_baseline_on_generated_roadmaps(
        factors in proptest::collection::vec((0.3..3.0f64, 0.3..2.0f64), 64),
        delay in 0..=24u32,
    ) {
        let mut r = engine().roadmap().clone();
        for (t, (fp, fq)) in r.tracks.iter_mut().zip(&factors) {
            t.bass.p.v = (t.bass.p.v * fp).min(1.0);
            t.bass.q.v = (t.bass.q.v * fq).min(3.0);
        }
        let e = Engine::new(r).expect("a redrawn roadmap builds");
        let mut s = Scenario::default();
        for lever in Lever::mandates(e.roadmap()) {
            let data = e.roadmap().track_of(lever.target(), match &lever { Lever::Mandate(_, sol) => sol, _ => "" })
                .and_then(|t| t.mandate.as_ref());
            lever.set_mandate(&mut s, data.map_or(MandateLever::AsData, |m| MandateLever::At(m.v)));
        }
        for a in &e.roadmap().actors {
            Lever::Speed(a.id.clone()).set(&mut s, 1.0);
        }
        prop_assert_eq!(&e.run(&s), e.baseline());
        // And more delay from today never makes anything earlier there either.
        let mut later = s.clone();
        Lever::Delay("kommune_plo".into()).set(&mut later, delay as f64);
        dominates(&e.run(&s), &e.run(&later))?;
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
