//! A fixed workload for `valgrind --tool=callgrind`, whose instruction counts do not depend on
//! the machine's load (BENCHMARKS.md). `cargo build --profile bench --example instructions`, then
//! `valgrind --tool=callgrind --dump-instr=no target/release/examples/instructions WORKLOAD N`
//! for N and for 0: the difference ÷ N is the cost of one. Workloads: `run` (default levers),
//! `delay` (kommuner 12 months late), `monte-carlo` (drawn runs of the default scenario and their
//! recording), `worker` (the worker's runs and recording), `worker-delay` (the same with the
//! kommuner 12 months late, as `tests/e2e/bench.mjs` measures the warm worker). Timed without
//! valgrind it also compares two builds under the same load.

use veikart::model::{
    load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_PACKED, DEFAULT_ROADMAP_TOML,
};
use veikart::risk::{share_link, MonteCarlo, DEFAULT_SEED};
use veikart::scenario::Scenario;
use veikart::sim::Engine;
use veikart::worker_compute::{Engines, Job};
use veikart::worker_protocol::Request;

fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_default();
    let n: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let engine =
        Engine::new(load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads"))
            .expect("builds");
    let mut delayed = Scenario::default();
    delayed
        .actors
        .entry("kommune_plo".into())
        .or_default()
        .delay = 12;
    match workload.as_str() {
        "run" => (0..n).for_each(|_| drop(std::hint::black_box(engine.run(&Scenario::default())))),
        "delay" => (0..n).for_each(|_| drop(std::hint::black_box(engine.run(&delayed)))),
        "monte-carlo" => {
            let mut mc = MonteCarlo::new(&engine, &Scenario::default(), DEFAULT_SEED);
            mc.run_chunk(n);
            std::hint::black_box(&mc);
        }
        "worker" | "worker-delay" => {
            let mut engines = Engines::default();
            let (engine, sampler) = engines.get(DEFAULT_ROADMAP_PACKED).expect("unpacks");
            let mut job = Job::new(
                engine,
                Request {
                    generation: 1,
                    link: match workload.as_str() {
                        "worker" => "v=2".into(),
                        _ => share_link(engine.roadmap(), &delayed),
                    },
                    roadmap: DEFAULT_ROADMAP_PACKED.to_vec(),
                    seed: DEFAULT_SEED,
                    runs: n.max(1),
                    solution: Some("pll".into()),
                    milestone: Some("pll_full_rollout".into()),
                    by: None,
                    seek_lever: None,
                    seek_probability: None,
                    lang: veikart::model::Lang::Nb,
                },
            );
            job.step(engine, sampler, n);
            std::hint::black_box(&job);
        }
        other => {
            eprintln!(
                "unknown workload '{other}': run, delay, monte-carlo, worker or worker-delay"
            );
            std::process::exit(2);
        }
    }
}
