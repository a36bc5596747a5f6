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

    pub(super) fn of_f32(values: &[f32]) -> Percentiles {
        let mut sorted = values.to_vec();
        sorted.sort_unstable_by(f32::total_cmp);
        let p = |pct| nearest_rank(&sorted, pct).map_or(f64::NAN, f64::from);
        Percentiles {
            p10: p(10),
            p50: p(50),
            p90: p(90),
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
    fn probabilities_round_to_five_points() {
        assert_eq!(round_to_5_points(0.437), 0.45);
        assert_eq!(round_to_5_points(0.424), 0.4);
        assert_eq!(round_to_5_points(1.0), 1.0);
        assert_eq!(round_to_5_points(0.02), 0.0);
    }
}
