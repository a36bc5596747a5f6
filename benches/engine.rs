//! One run of the default roadmap, with and without a delay, and 1,000 runs with a lever moving
//! each time (what a slider drag does). Target: ≤ 50 µs per run natively, with or without delays
//! (Monte Carlo multiplies it by a thousand). Then Monte Carlo itself: 1,000 drawn runs and
//! their summary (target ≤ 0.5 s natively), and a tornado. `cargo bench --bench engine`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use veikart::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::risk::{tornado, MonteCarlo, TornadoTarget, DEFAULT_SEED};
use veikart::scenario::{Question, Scenario};
use veikart::sim::Engine;

fn engine() -> Engine {
    Engine::new(load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads"))
        .expect("builds")
}

fn bench(c: &mut Criterion) {
    let engine = engine();
    let actor = engine.roadmap().actors[0].id.clone();
    c.bench_function("load and validate the default roadmap", |b| {
        b.iter(|| {
            load_roadmap(DEFAULT_ROADMAP_FILE, black_box(DEFAULT_ROADMAP_TOML)).expect("loads")
        })
    });
    c.bench_function("one run, default roadmap", |b| {
        let s = Scenario::default();
        b.iter(|| engine.run(black_box(&s)))
    });
    c.bench_function("one run, kommuner 12 months late", |b| {
        let mut s = Scenario::default();
        s.actors.entry(actor.clone()).or_default().delay = 12;
        b.iter(|| engine.run(black_box(&s)))
    });
    c.bench_function("one run, since 2021, kommuner 12 months late", |b| {
        let mut s = Scenario {
            question: Question::Since2021,
            ..Scenario::default()
        };
        s.actors.entry(actor.clone()).or_default().delay = 12;
        b.iter(|| engine.run(black_box(&s)))
    });
    c.bench_function("1,000 runs, a delay lever moving 0..48", |b| {
        b.iter(|| {
            for i in 0..1000u32 {
                let mut s = Scenario::default();
                s.actors.entry(actor.clone()).or_default().delay = i % 49;
                black_box(engine.run(&s));
            }
        })
    });
    c.bench_function("Monte Carlo, 1,000 runs of the default scenario", |b| {
        let s = Scenario::default();
        b.iter(|| {
            let mut mc = MonteCarlo::new(&engine, black_box(&s), DEFAULT_SEED);
            mc.run_chunk(1000);
            mc
        })
    });
    c.bench_function("Monte Carlo, the summary of 1,000 runs", |b| {
        let mut mc = MonteCarlo::new(&engine, &Scenario::default(), DEFAULT_SEED);
        mc.run_chunk(1000);
        b.iter(|| mc.summary(black_box("pll_full_rollout")))
    });
    c.bench_function("tornado, present value", |b| {
        let s = Scenario::default();
        b.iter(|| tornado(&engine, black_box(&s), &TornadoTarget::PresentValue))
    });
    c.bench_function("tornado, a milestone's date", |b| {
        let s = Scenario::default();
        let target = TornadoTarget::MilestoneDate {
            id: "pll_full_rollout".into(),
        };
        b.iter(|| tornado(&engine, black_box(&s), &target))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
