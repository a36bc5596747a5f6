//! One run of the default roadmap, with and without a delay, and 1,000 runs with a lever moving
//! each time (what a slider drag does). Target: ≤ 50 µs per run natively, with or without delays
//! (Monte Carlo multiplies it by a thousand). `cargo bench --bench engine`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use veikart::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
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
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
