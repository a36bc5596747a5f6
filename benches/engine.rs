//! One full run of the default roadmap, and 1,000 runs with a lever moving each time (what a
//! slider drag does). Target: ≤ 0.2 ms per run natively. `cargo bench --bench engine`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use veikart::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::scenario::Scenario;
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
