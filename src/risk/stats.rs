//! Percentiles, defined once: nearest rank.

use serde::{Deserialize, Serialize};

/// The `pct`-th percentile of sorted values by nearest rank: the value at rank ⌈pct/100 · n⌉
/// (1-based). `None` for no values. P10 ≤ P50 ≤ P90 by construction.
pub fn nearest_rank<T: Copy>(sorted: &[T], pct: u32) -> Option<T> {
    let n = sorted.len();
    let rank = (pct as usize * n).div_ceil(100).clamp(1, n.max(1));
    sorted.get(rank - 1).copied()
}

/// P10, P50 and P90 of a number over the runs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Percentiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

impl Percentiles {
    /// Of at least one value.
    pub fn of(values: &[f64]) -> Percentiles {
        let mut sorted = values.to_vec();
        sorted.sort_unstable_by(f64::total_cmp);
        let p = |pct| nearest_rank(&sorted, pct).unwrap_or(f64::NAN);
        Percentiles {
            p10: p(10),
            p50: p(50),
            p90: p(90),
        }
    }

    /// Of at least one value, by selection rather than a full sort (a summary takes one per
    /// series and month: thousands); `scratch` is reused between calls. The same values as
    /// sorting and [`nearest_rank`].
    pub(super) fn of_f32(values: &[f32], scratch: &mut Vec<f32>) -> Percentiles {
        let n = values.len();
        let (first, rest) = match values.split_first() {
            Some(split) => split,
            None => return Percentiles::of(&[]),
        };
        // Months before a track opens, or history every run keeps: one value throughout.
        if rest.iter().all(|v| v == first) {
            let v = f64::from(*first);
            return Percentiles {
                p10: v,
                p50: v,
                p90: v,
            };
        }
        scratch.clear();
        scratch.extend_from_slice(values);
        let index = |pct: usize| (pct * n).div_ceil(100).clamp(1, n) - 1;
        // Each selection leaves everything below its rank to its left: select within that.
        let (k10, k50, k90) = (index(10), index(50), index(90));
        let p90 = *scratch.select_nth_unstable_by(k90, f32::total_cmp).1;
        let p50 = *scratch[..=k90]
            .select_nth_unstable_by(k50, f32::total_cmp)
            .1;
        let p10 = *scratch[..=k50]
            .select_nth_unstable_by(k10, f32::total_cmp)
            .1;
        Percentiles {
            p10: f64::from(p10),
            p50: f64::from(p50),
            p90: f64::from(p90),
        }
    }
}

/// A probability as the inputs support saying it: to the nearest 5 points (0.437 → 0.45).
pub fn round_to_5_points(p: f64) -> f64 {
    (p * 20.0).round() / 20.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_picks_the_ceiling_rank() {
        let v: Vec<i32> = (1..=10).collect();
        assert_eq!(nearest_rank(&v, 10), Some(1));
        assert_eq!(nearest_rank(&v, 50), Some(5));
        assert_eq!(nearest_rank(&v, 90), Some(9));
        assert_eq!(nearest_rank(&v, 91), Some(10));
        assert_eq!(nearest_rank(&[7], 10), Some(7));
        assert_eq!(nearest_rank::<i32>(&[], 50), None);
    }

    #[test]
    fn selection_gives_the_sorted_nearest_ranks() {
        let mut scratch = Vec::new();
        for n in [1usize, 2, 9, 10, 11, 99, 1000] {
            // A scrambled sequence with repeats.
            let values: Vec<f32> = (0..n).map(|i| ((i * 7919) % 13) as f32).collect();
            let mut sorted = values.clone();
            sorted.sort_by(f32::total_cmp);
            let p = Percentiles::of_f32(&values, &mut scratch);
            for (pct, got) in [(10, p.p10), (50, p.p50), (90, p.p90)] {
                assert_eq!(
                    nearest_rank(&sorted, pct).map(f64::from),
                    Some(got),
                    "n={n}"
                );
            }
        }
    }

    #[test]
    fn probabilities_round_to_five_points() {
        assert_eq!(round_to_5_points(0.437), 0.45);
        assert_eq!(round_to_5_points(0.424), 0.4);
        assert_eq!(round_to_5_points(1.0), 1.0);
        assert_eq!(round_to_5_points(0.02), 0.0);
    }
}
