//! The share-link codec: round trips, hostile input, and frozen links that must keep working.

use std::sync::OnceLock;

use proptest::prelude::*;
use veikart::model::{
    load_roadmap, Lang, Month, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML,
};
use veikart::scenario::link::{
    decode, encode, Expected, Link, Notice, Problem, RiskChoice, View, MAX_QUERY_LEN,
};
use veikart::scenario::{
    limits, ActorLevers, Lever, MandateLever, MilestoneLevers, NotOffered, Question, Scenario,
    Schedule,
};

fn roadmap() -> &'static Roadmap {
    static R: OnceLock<Roadmap> = OnceLock::new();
    R.get_or_init(|| {
        load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("default roadmap loads")
    })
}

/// A scenario with only the levers its question offers, as the app and the codec produce them.
fn scenario() -> impl Strategy<Value = Scenario> {
    let r = roadmap();
    let actors: Vec<String> = r.actors.iter().map(|a| a.id.clone()).collect();
    let milestones: Vec<String> = r.milestones.iter().map(|m| m.id.clone()).collect();
    let mandates: Vec<Lever> = Lever::mandates(r).collect();
    let (start, end) = (r.meta.start.0, r.meta.end.0);
    let levers = (
        limits::SPEED.0..=limits::SPEED.1,
        0..=limits::DELAY_MONTHS.1,
        0.0..=1.0f64,
    )
        .prop_map(|(speed, delay, ceiling)| ActorLevers {
            speed,
            delay,
            ceiling,
            ..ActorLevers::default()
        });
    let mandate = prop_oneof![
        Just(MandateLever::AsData),
        Just(MandateLever::Off),
        (start..=end).prop_map(|m| MandateLever::At(Month(m)))
    ];
    (
        prop_oneof![Just(Question::FromToday), Just(Question::Since2021)],
        prop_oneof![Just(Schedule::Forecast), Just(Schedule::Plan)],
        proptest::collection::btree_map(proptest::sample::select(actors), levers, 0..12),
        proptest::collection::vec((proptest::sample::select(mandates), mandate), 0..6),
        proptest::collection::btree_map(
            proptest::sample::select(milestones),
            (0..=limits::MILESTONE_DELAY_MONTHS.1).prop_map(|delay| MilestoneLevers { delay }),
            0..30,
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
            offered_only(s.normalised())
        })
}

/// Drops what the question does not offer: a delay of a milestone that happened or a duty in
/// force (from today), and deadlines before the question's first month.
fn offered_only(mut s: Scenario) -> Scenario {
    let r = roadmap();
    let first = match s.question {
        Question::FromToday => r.meta.data_date.plus(1),
        Question::Since2021 => r.meta.start,
    };
    for lever in Lever::changed_in(&s) {
        let early = matches!(lever.mandate(&s), MandateLever::At(m) if m < first);
        if early || lever.offered(r, s.question).is_err() {
            s = lever.reset_in(&s);
        }
    }
    s
}

fn link() -> impl Strategy<Value = Link> {
    let r = roadmap();
    let milestones: Vec<String> = r.milestones.iter().map(|m| m.id.clone()).collect();
    let solutions: Vec<String> = r.solutions.iter().map(|s| s.id.clone()).collect();
    (
        scenario(),
        proptest::option::of(scenario()),
        prop_oneof![Just(Lang::Nb), Just(Lang::Nn), Just(Lang::En)],
        prop_oneof![
            Just(View::All),
            Just(View::Adoption),
            Just(View::Benefits),
            Just(View::Timeline),
            Just(View::Graph)
        ],
        any::<bool>(),
        proptest::option::of(proptest::sample::select(milestones)),
        proptest::option::of(proptest::sample::select(solutions)),
        (
            proptest::option::of(100u32..=10_000),
            proptest::option::of(any::<u64>()),
            proptest::option::of((2021i32..2040, 1u32..=12).prop_map(|(y, m)| Month::new(y, m))),
        ),
    )
        .prop_map(
            |(scenario, pinned, lang, view, embed, milestone, solution, (runs, seed, by))| Link {
                scenario,
                pinned,
                lang,
                view,
                embed,
                milestone,
                solution,
                risk: RiskChoice { runs, seed, by },
            },
        )
}

/// Cases for the never-panics property: 20,000 in the test suite; set LINK_FUZZ_CASES=1000000
/// (with --release) for the long run recorded in BENCHMARKS.md.
fn fuzz_cases() -> u32 {
    std::env::var("LINK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000)
}

proptest! {
    #[test]
    fn encode_then_decode_is_the_identity(l in link()) {
        let query = encode(roadmap(), &l);
        let (back, notices) = decode(roadmap(), &query);
        prop_assert_eq!(notices, Vec::<Notice>::new());
        prop_assert_eq!(back, l);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    #[test]
    fn decode_never_panics_and_always_yields_a_runnable_scenario(q in ".{0,300}|([a-z0-9.]{1,6}=[-+0-9a-z.%]{0,8}&){0,12}") {
        let (link, _) = decode(roadmap(), &q);
        prop_assert!(link.scenario.problems(roadmap()).is_empty());
        if let Some(p) = &link.pinned {
            prop_assert!(p.problems(roadmap()).is_empty());
        }
    }
}

#[test]
fn a_scenario_that_moves_every_lever_stays_under_2000_characters() {
    let r = roadmap();
    let every = |speed: f64| {
        let mut s = Scenario {
            question: Question::Since2021,
            schedule: Schedule::Plan,
            actors: r
                .actors
                .iter()
                .map(|a| {
                    (
                        a.id.clone(),
                        ActorLevers {
                            speed,
                            delay: 48,
                            ceiling: 0.35,
                            ..ActorLevers::default()
                        },
                    )
                })
                .collect(),
            milestones: r
                .milestones
                .iter()
                .map(|m| (m.id.clone(), MilestoneLevers { delay: 48 }))
                .collect(),
        };
        for lever in Lever::mandates(r) {
            lever.set_mandate(&mut s, MandateLever::At(r.meta.end));
        }
        s
    };
    let l = Link {
        scenario: every(2.75),
        lang: Lang::Nn,
        ..Link::default()
    };
    let query = encode(r, &l);
    assert!(query.len() < 2000, "{} characters: {query}", query.len());
    let (back, notices) = decode(r, &query);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back.scenario, l.scenario.clone().normalised());
}

#[test]
fn the_default_scenario_is_a_short_link() {
    assert_eq!(
        encode(roadmap(), &Link::default()),
        format!("v=2&d={}", roadmap().meta.version)
    );
}

/// A link of format version 1 as the app wrote it on 2026-11-25. It must keep meaning the same.
#[test]
fn frozen_version_1_link_still_opens_with_the_same_levers() {
    let r = roadmap();
    let query = "v=1&d=2026.1&lang=nn&s=plan&a1d=24&a1s=0.5&a1c=0.8&a1m=2028-01&a8d=12&m2=6&pin=1&pin.a1d=12&view=timeline&ms=m2&sol=pll";
    let (link, notices) = decode(r, query);
    let data_changed = r.meta.version != "2026.1";
    assert_eq!(notices.len(), usize::from(data_changed), "{notices:?}");
    assert_eq!(link.lang, Lang::Nn);
    // Version 1 replayed the period since 2021, with the 2021 plan here.
    assert_eq!(link.scenario.question, Question::Since2021);
    assert_eq!(link.scenario.schedule, Schedule::Plan);
    let a1 = link.scenario.actor("kommune_plo");
    assert_eq!((a1.speed, a1.delay, a1.ceiling), (0.5, 24, 0.8));
    // Its mandate was a duty on every solution the group adopts.
    let solutions: Vec<&str> = r
        .tracks
        .iter()
        .filter(|t| t.actor == "kommune_plo")
        .map(|t| t.solution.as_str())
        .collect();
    assert!(solutions.len() > 1);
    for sol in solutions {
        assert_eq!(
            a1.mandate(sol),
            MandateLever::At(Month::new(2028, 1)),
            "{sol}"
        );
    }
    assert_eq!(link.scenario.actor("epj_fastlege").delay, 12);
    let m2 = r
        .milestones
        .iter()
        .find(|m| m.key == "m2")
        .expect("m2 exists");
    assert_eq!(link.scenario.milestone_delay(&m2.id), 6);
    assert_eq!(
        link.pinned
            .as_ref()
            .map(|p| (p.question, p.actor("kommune_plo").delay)),
        Some((Question::Since2021, 12))
    );
    assert_eq!(link.view, View::Timeline);
    assert_eq!(link.milestone.as_deref(), Some(m2.id.as_str()));
    assert_eq!(link.solution.as_deref(), Some("pll"));
}

#[test]
fn a_hostile_link_keeps_what_it_can_and_says_what_it_ignored() {
    let r = roadmap();
    let query = "?v=2&d=1999.9&a1d=12&a1d=30&a2s=banana&a3c=7&zz=1&a1x=3&m2=-4&a4m.pll=1990-01&a11m.helsenorge=2030-01&m1=3&lang=de&%ZZ=%&embed=yes";
    let (link, notices) = decode(r, query);
    assert_eq!(
        link.scenario.actors.len(),
        1,
        "only a1d=12 is valid: {:?}",
        link.scenario
    );
    assert_eq!(link.scenario.actor("kommune_plo").delay, 12);
    assert_eq!(link.lang, Lang::Nb);
    let problems: Vec<(&str, &Problem)> = notices
        .iter()
        .map(|n| (n.param.as_str(), &n.problem))
        .collect();
    assert_eq!(
        problems,
        vec![
            ("a1d", &Problem::Duplicate),
            (
                "d",
                &Problem::OtherDataVersion {
                    link: "1999.9".into(),
                    current: r.meta.version.clone()
                }
            ),
            (
                "a2s",
                &Problem::BadValue {
                    expected: Expected::Number
                }
            ),
            (
                "a3c",
                &Problem::OutOfRange {
                    min: "0".into(),
                    max: "1".into()
                }
            ),
            ("zz", &Problem::UnknownParameter),
            ("a1x", &Problem::UnknownParameter),
            (
                "m2",
                &Problem::BadValue {
                    expected: Expected::WholeMonths
                }
            ),
            (
                "a4m.pll",
                &Problem::OutOfRange {
                    min: r.meta.start.to_string(),
                    max: r.meta.end.to_string()
                }
            ),
            (
                "lang",
                &Problem::BadValue {
                    expected: Expected::OneOf(&["nb", "nn", "en"])
                }
            ),
            ("%ZZ", &Problem::UnknownParameter),
            (
                "embed",
                &Problem::BadValue {
                    expected: Expected::OneOf(&["1", "0"])
                }
            ),
            // Citizens cannot be given a duty; SFM Alfa happened, so from today it cannot move.
            (
                "a11m.helsenorge",
                &Problem::NotOffered {
                    why: NotOffered::NoDuty
                }
            ),
            (
                "m1",
                &Problem::NotOffered {
                    why: NotOffered::Happened(Month::new(2021, 6))
                }
            ),
        ]
    );
}

/// A link of format version 2, the first with the two questions. It must keep meaning the same.
#[test]
fn frozen_version_2_link_still_opens_with_the_same_levers() {
    let r = roadmap();
    let query = "v=2&d=2026.1&a1d=12&a1m.pll=2029-01&a8s=2&pin=1&pin.q=2021&pin.s=plan&ms=m6";
    let (link, notices) = decode(r, query);
    let data_changed = r.meta.version != "2026.1";
    assert_eq!(notices.len(), usize::from(data_changed), "{notices:?}");
    assert_eq!(link.scenario.question, Question::FromToday);
    let a1 = link.scenario.actor("kommune_plo");
    assert_eq!(a1.delay, 12);
    assert_eq!(a1.mandate("pll"), MandateLever::At(Month::new(2029, 1)));
    assert_eq!(a1.mandate("kjernejournal"), MandateLever::AsData);
    assert_eq!(link.scenario.actor("epj_fastlege").speed, 2.0);
    let pinned = link.pinned.expect("a pinned scenario");
    assert_eq!(
        (pinned.question, pinned.schedule),
        (Question::Since2021, Schedule::Plan)
    );
    assert_eq!(encode(r, &decode(r, query).0), query);
}

#[test]
fn a_huge_query_is_cut_and_reported() {
    let huge = format!("a1d=12&{}", "x".repeat(MAX_QUERY_LEN * 4));
    let (link, notices) = decode(roadmap(), &huge);
    assert_eq!(link.scenario.actor("kommune_plo").delay, 12);
    assert_eq!(notices[0].problem, Problem::TooLong);
}

#[test]
fn a_newer_format_is_read_as_far_as_possible() {
    let (link, notices) = decode(roadmap(), "v=7&a1d=3");
    assert_eq!(link.scenario.actor("kommune_plo").delay, 3);
    assert_eq!(
        notices[0].problem,
        Problem::NewerFormat {
            version: "7".into()
        }
    );
}

#[test]
fn a_link_made_on_an_uploaded_roadmap_says_it_needs_that_file() {
    let mut custom = roadmap().clone();
    custom.meta.id = "my_region".into();
    let query = encode(&custom, &Link::default());
    assert!(query.contains("&r=my_region"), "{query}");
    let (_, notices) = decode(roadmap(), &query);
    assert_eq!(
        notices.iter().map(|n| &n.problem).collect::<Vec<_>>(),
        vec![&Problem::OtherRoadmap {
            link: "my_region".into(),
            current: roadmap().meta.id.clone()
        }]
    );
    // And a link made on the default roadmap, opened while another roadmap is loaded.
    let (_, notices) = decode(&custom, &encode(roadmap(), &Link::default()));
    assert_eq!(notices.len(), 1);
    assert!(
        notices[0].to_string().contains("load that file"),
        "{}",
        notices[0]
    );
}

#[test]
fn a_notice_says_in_english_what_the_value_should_have_been() {
    let (_, notices) = decode(roadmap(), "lang=xx&a1d=soon&view=map");
    let texts: Vec<String> = notices.iter().map(Notice::to_string).collect();
    assert_eq!(
        texts,
        [
            "lang=xx: expected nb, nn or en, ignored",
            "a1d=soon: expected a whole number of months, ignored",
            "view=map: expected all, adoption, benefits, timeline or graph, ignored",
        ]
    );
}
