//! Monte Carlo, percentiles, tornado and goal seek on the default roadmap (issue 10).

use std::sync::OnceLock;

use veikart::model::{load_roadmap, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::risk::{MonteCarlo, Sampler};
use veikart::scenario::{Question, Scenario};
use veikart::sim::{Draw, Engine, RunOutput};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let r = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML)
            .expect("default roadmap loads");
        Engine::new(r).expect("default roadmap builds")
    })
}

fn scenarios() -> Vec<Scenario> {
    let mut delayed = Scenario::default();
    delayed
        .actors
        .entry("kommune_plo".into())
        .or_default()
        .delay = 12;
    let mut fast = Scenario::default();
    fast.actors.entry("epj_plo".into()).or_default().speed = 2.0;
    fast.milestones
        .entry("pll_national_start".into())
        .or_default()
        .delay = 3;
    let since = Scenario {
        question: Question::Since2021,
        ..delayed.clone()
    };
    vec![Scenario::default(), delayed, fast, since]
}

/// The roadmap with every uncertain input at zero width.
fn without_uncertainty(r: &Roadmap) -> Roadmap {
    let mut r = r.clone();
    r.uncertainty = Default::default();
    for t in &mut r.tracks {
        t.p_range = None;
        t.q_range = None;
    }
    for b in &mut r.benefits {
        b.annual_range = None;
        b.critical_mass_range = None;
    }
    for m in &mut r.milestones {
        (m.slip.low, m.slip.mode, m.slip.high) = (0.0, 0.0, 0.0);
    }
    r
}

/// The first place two runs differ, short enough to read.
fn first_difference(a: &RunOutput, b: &RunOutput) -> Option<String> {
    for (x, y) in a.tracks.iter().zip(&b.tracks) {
        if x != y {
            let t = x.adoption.iter().zip(&y.adoption).position(|(p, q)| p != q);
            return Some(format!(
                "track {}: opened {:?}/{:?}, month {t:?}",
                x.id, x.opened, y.opened
            ));
        }
    }
    for (x, y) in a.milestones.iter().zip(&b.milestones) {
        if x != y {
            return Some(format!(
                "milestone {}: {:?} / {:?}",
                x.id, x.forecast, y.forecast
            ));
        }
    }
    for (x, y) in a.benefits.iter().zip(&b.benefits) {
        if x != y {
            return Some(format!(
                "benefit {}: {} / {}",
                x.id, x.present_value, y.present_value
            ));
        }
    }
    (a != b).then(|| "totals".to_string())
}

#[test]
fn a_point_draw_is_the_deterministic_run_bit_for_bit() {
    let e = engine();
    let point = Draw::point(e.roadmap());
    for s in scenarios() {
        let (drawn, run) = (e.run_drawn(&s, &point), e.run(&s));
        assert_eq!(first_difference(&drawn, &run), None, "{s:?}");
    }
}

#[test]
fn with_every_range_at_zero_width_every_run_is_the_deterministic_run() {
    let e = Engine::new(without_uncertainty(engine().roadmap())).expect("builds");
    let sampler = Sampler::new(e.roadmap());
    for s in scenarios() {
        let expected = e.run(&s);
        for run in 0..5 {
            let drawn = e.run_drawn(&s, &sampler.draw(7, run));
            assert_eq!(first_difference(&drawn, &expected), None, "{s:?}");
        }
        let mut mc = MonteCarlo::new(&e, &s, 7);
        mc.run_chunk(20);
        let summary = mc.summary("pll_full_rollout");
        for (m, p) in expected.milestones.iter().zip(&summary.milestones) {
            assert_eq!((p.p10, p.p50, p.p90), (m.forecast, m.forecast, m.forecast));
        }
        for (t, band) in expected.tracks.iter().zip(&summary.tracks) {
            let as_f32: Vec<f64> = t.adoption.iter().map(|&a| a as f32 as f64).collect();
            assert_eq!(band.p10, as_f32);
            assert_eq!(band.p90, as_f32);
        }
    }
}
