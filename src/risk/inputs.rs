//! The uncertain inputs of a roadmap and how one run draws them.
//!
//! Every input has its own random stream, keyed by a stable hash of its id mixed with the seed and
//! the run index (counter-based): adding an input does not reshuffle the others, and any run can
//! be drawn again alone. Inputs that move together (the tracks of one correlation group) share a
//! factor: a Gaussian copula, z = √ρ·F_group + √(1 − ρ)·ε_own, read back as a quantile by Φ(z).

use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

use crate::model::{Roadmap, Triangle};
use crate::sim::Draw;

/// What an uncertain input is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// A track's Bass innovation coefficient p (per year).
    BassP,
    /// A track's Bass imitation coefficient q (per year).
    BassQ,
    /// A milestone's own remaining slip (months).
    Slip,
    /// A benefit's value per year at full realisation (MNOK).
    AnnualValue,
    /// A benefit's critical mass (share of exchanges).
    CriticalMass,
}

/// One uncertain input of the roadmap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UncertainInput {
    /// Stable id, `p:<track>`, `q:<track>`, `slip:<milestone>`, `value:<benefit>` or
    /// `critical_mass:<benefit>`.
    pub id: String,
    pub kind: InputKind,
    /// The track, milestone or benefit id it belongs to.
    pub target: String,
    pub range: Triangle,
    /// The correlation group it is drawn with, if any.
    pub group: Option<String>,
    /// The random stream it reads: a track's p and q read the same one (a fast track is fast in
    /// both).
    stream: String,
    /// Index of the track, milestone or benefit in the roadmap.
    index: usize,
    /// Index of its correlation group in [`Sampler`]'s groups.
    group_index: Option<usize>,
}

impl UncertainInput {
    /// Whether the range has any width (a zero-width input is fixed at its point value).
    pub fn is_uncertain(&self) -> bool {
        self.range.high > self.range.low
    }
}

/// A roadmap's uncertain inputs, ready to draw runs from.
#[derive(Clone, Debug, PartialEq)]
pub struct Sampler {
    inputs: Vec<UncertainInput>,
    /// Correlation groups: id and the correlation ρ of their members with the shared factor.
    groups: Vec<(String, f64)>,
    point: Draw,
}

impl Sampler {
    pub fn new(roadmap: &Roadmap) -> Sampler {
        let u = &roadmap.uncertainty;
        let group_of = |actor: &str| {
            u.groups
                .iter()
                .position(|g| g.actors.iter().any(|a| a == actor))
        };
        let mut inputs = Vec::new();
        for (index, t) in roadmap.tracks.iter().enumerate() {
            let stream = format!("bass:{}", t.id);
            for (kind, prefix, v, range) in [
                (InputKind::BassP, "p", &t.bass.p, &t.p_range),
                (InputKind::BassQ, "q", &t.bass.q, &t.q_range),
            ] {
                inputs.push(UncertainInput {
                    id: format!("{prefix}:{}", t.id),
                    kind,
                    target: t.id.clone(),
                    range: u.relative(v, range.as_ref()),
                    group: group_of(&t.actor).map(|g| u.groups[g].id.clone()),
                    stream: stream.clone(),
                    index,
                    group_index: group_of(&t.actor),
                });
            }
        }
        for (index, m) in roadmap.milestones.iter().enumerate() {
            let s = &m.slip;
            inputs.push(UncertainInput {
                id: format!("slip:{}", m.id),
                kind: InputKind::Slip,
                target: m.id.clone(),
                range: Triangle {
                    low: s.low,
                    mode: s.mode,
                    high: s.high,
                },
                group: None,
                stream: format!("slip:{}", m.id),
                index,
                group_index: None,
            });
        }
        for (index, b) in roadmap.benefits.iter().enumerate() {
            for (kind, id, range) in [
                (
                    InputKind::AnnualValue,
                    format!("value:{}", b.id),
                    u.relative(&b.annual_mnok, b.annual_range.as_ref()),
                ),
                (
                    InputKind::CriticalMass,
                    format!("critical_mass:{}", b.id),
                    u.critical_mass(&b.critical_mass, b.critical_mass_range.as_ref()),
                ),
            ] {
                inputs.push(UncertainInput {
                    stream: id.clone(),
                    id,
                    kind,
                    target: b.id.clone(),
                    range,
                    group: None,
                    index,
                    group_index: None,
                });
            }
        }
        Sampler {
            inputs,
            groups: u
                .groups
                .iter()
                .map(|g| (g.id.clone(), g.correlation.v))
                .collect(),
            point: Draw::point(roadmap),
        }
    }

    pub fn inputs(&self) -> &[UncertainInput] {
        &self.inputs
    }

    /// Every input at the data's point value.
    pub fn point(&self) -> &Draw {
        &self.point
    }

    /// Run `run`'s draw of every input under `seed`.
    pub fn draw(&self, seed: u64, run: u32) -> Draw {
        let factors: Vec<f64> = self
            .groups
            .iter()
            .map(|(id, _)| normal(&mut stream(seed, &format!("group:{id}"), run)))
            .collect();
        let mut draw = self.point.clone();
        let mut last: Option<(&str, f64)> = None;
        for input in &self.inputs {
            if !input.is_uncertain() {
                continue;
            }
            // Inputs that share a stream sit next to each other: draw it once.
            let u = match last {
                Some((s, u)) if s == input.stream => u,
                _ => {
                    let mut rng = stream(seed, &input.stream, run);
                    match input.group_index {
                        None => uniform(&mut rng),
                        Some(g) => {
                            let rho = self.groups[g].1;
                            let z = rho.sqrt() * factors[g] + (1.0 - rho).sqrt() * normal(&mut rng);
                            standard_normal_cdf(z)
                        }
                    }
                }
            };
            last = Some((&input.stream, u));
            set(&mut draw, input, input.range.quantile(u));
        }
        draw
    }

    /// The point draw with one input at `value`.
    pub fn point_with(&self, input: &UncertainInput, value: f64) -> Draw {
        let mut draw = self.point.clone();
        set(&mut draw, input, value);
        draw
    }
}

fn set(draw: &mut Draw, input: &UncertainInput, value: f64) {
    let i = input.index;
    match input.kind {
        InputKind::BassP => draw.bass[i].0 = value,
        InputKind::BassQ => draw.bass[i].1 = value,
        // Whole months, as the engine steps.
        InputKind::Slip => draw.slip[i] = value.round() as i32,
        InputKind::AnnualValue => draw.annual_mnok[i] = value,
        InputKind::CriticalMass => draw.critical_mass[i] = value,
    }
}

/// FNV-1a, 64 bits: a stable hash of an input's id, the same on every target and release.
fn fnv1a(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// SplitMix64's finaliser: spreads every bit of its input over the output.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The generator of one input in one run.
fn stream(seed: u64, id: &str, run: u32) -> Xoshiro256PlusPlus {
    Xoshiro256PlusPlus::seed_from_u64(mix(mix(seed ^ fnv1a(id)) ^ run as u64))
}

/// Uniform in (0, 1), never 0 or 1.
fn uniform(rng: &mut Xoshiro256PlusPlus) -> f64 {
    ((rng.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
}

/// A standard normal (Box–Muller with `libm`, so every target gives the same bits).
fn normal(rng: &mut Xoshiro256PlusPlus) -> f64 {
    let (u1, u2) = (uniform(rng), uniform(rng));
    (-2.0 * libm::log(u1)).sqrt() * libm::cos(std::f64::consts::TAU * u2)
}

/// Φ(z), the standard normal's distribution function.
fn standard_normal_cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_triangle_quantile_spans_its_range_and_has_the_analytic_median() {
        let t = Triangle {
            low: -2.0,
            mode: 1.0,
            high: 10.0,
        };
        assert!((t.quantile(0.0) - t.low).abs() < 1e-12);
        assert!((t.quantile(1.0) - t.high).abs() < 1e-12);
        // mode below the midpoint: median = high − √((high − low)(high − mode)/2)
        let median = 10.0 - (12.0f64 * 9.0 / 2.0).sqrt();
        assert!((t.quantile(0.5) - median).abs() < 1e-12);
        assert_eq!(Triangle::point(3.0).quantile(0.7), 3.0);
    }

    #[test]
    fn streams_depend_on_seed_id_and_run_only() {
        let a = uniform(&mut stream(7, "slip:x", 3));
        assert_eq!(a, uniform(&mut stream(7, "slip:x", 3)));
        assert_ne!(a, uniform(&mut stream(8, "slip:x", 3)));
        assert_ne!(a, uniform(&mut stream(7, "slip:y", 3)));
        assert_ne!(a, uniform(&mut stream(7, "slip:x", 4)));
    }

    #[test]
    fn the_normal_and_its_distribution_function_agree() {
        let mut rng = stream(1, "normal", 0);
        let n = 20_000;
        let below = (0..n).filter(|_| normal(&mut rng) < 1.0).count() as f64 / n as f64;
        assert!((below - standard_normal_cdf(1.0)).abs() < 0.01, "{below}");
        assert!((standard_normal_cdf(0.0) - 0.5).abs() < 1e-15);
    }
}
