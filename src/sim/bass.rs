//! The two curves of the model: Bass diffusion and the critical-mass function of a benefit.

/// One exact month of Bass diffusion for the adopted fraction `x` of the ceiling.
///
/// The Bass equation `dx/dt = (p + q·x)(1 − x)` is autonomous, so stepping with its closed-form
/// solution from the current `x` has no discretisation error, whatever p and q a lever sets.
/// Built once per track and run: it holds q/p and the month's decay `exp(−(p + q)/12)`.
/// The maths is `libm`'s, not the platform's, so native and wasm runs give the same bits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BassStep {
    ratio: f64,
    decay: f64,
}

impl BassStep {
    /// p and q per year.
    pub fn monthly(p: f64, q: f64) -> BassStep {
        BassStep {
            ratio: q / p,
            decay: libm::exp(-(p + q) / 12.0),
        }
    }

    #[inline(always)]
    pub fn step(&self, x: f64) -> f64 {
        if x >= 1.0 {
            return 1.0;
        }
        let a = (1.0 - x) / (1.0 + x * self.ratio) * self.decay;
        clamp((1.0 - a) / (1.0 + self.ratio * a), x, 1.0)
    }
}

/// h(x): the share of a benefit that the other side of an exchange lets through when a fraction
/// `x` of it has adopted. A logistic around the critical mass `c` with steepness `s`, rescaled so
/// that h(0) = 0 and h(1) = 1: below the critical mass almost nothing, above it almost all.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CriticalMass {
    c: f64,
    s: f64,
    /// σ(−s·c), the raw logistic at x = 0.
    floor: f64,
    /// σ(s·(1 − c)) − σ(−s·c), the raw logistic's span over [0, 1].
    span: f64,
}

#[inline(always)]
fn sigma(z: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-z))
}

impl CriticalMass {
    pub fn new(c: f64, s: f64) -> CriticalMass {
        let floor = sigma(-s * c);
        CriticalMass {
            c,
            s,
            floor,
            span: sigma(s * (1.0 - c)) - floor,
        }
    }

    #[inline(always)]
    pub fn h(&self, x: f64) -> f64 {
        clamp(
            (sigma(self.s * (x - self.c)) - self.floor) / self.span,
            0.0,
            1.0,
        )
    }
}

/// `x.clamp(lo, hi)` for `lo <= hi`, the same bits, always inlined. The wasm builds are
/// optimised for size (opt-level "z"), which leaves the standard one an out-of-line call, and the
/// callers are the engine's innermost loops: every track and benefit, every month, every run.
#[inline(always)]
pub(super) fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Closed form F(t) for x(0) = 0 (netdiffuseR's bass_F).
    fn closed(t: f64, p: f64, q: f64) -> f64 {
        let e = (-(p + q) * t).exp();
        (1.0 - e) / (1.0 + q / p * e)
    }

    fn months_to(share: f64, p: f64, q: f64) -> usize {
        let bass = BassStep::monthly(p, q);
        let mut x = 0.0;
        let mut m = 0;
        while x < share {
            x = bass.step(x);
            m += 1;
        }
        m
    }

    #[test]
    fn monthly_steps_follow_the_closed_form() {
        let (p, q) = (0.03, 0.38);
        let bass = BassStep::monthly(p, q);
        let mut x = 0.0;
        for month in 1..=240 {
            x = bass.step(x);
            assert!(
                (x - closed(month as f64 / 12.0, p, q)).abs() < 1e-12,
                "month {month}"
            );
        }
    }

    /// Time to reach share F from the closed form: t_F = −ln[(1 − F)/(1 + (q/p)·F)] / (p + q).
    fn years_to(share: f64, p: f64, q: f64) -> f64 {
        -((1.0 - share) / (1.0 + q / p * share)).ln() / (p + q)
    }

    #[test]
    fn half_and_ninety_percent_at_the_published_times() {
        // Anchors B1: p = 0.03, q = 0.38 reaches 50 % at ≈ 6.55 years and 90 % at ≈ 11.76 years.
        assert!((years_to(0.5, 0.03, 0.38) - 6.55).abs() < 0.005);
        assert!((years_to(0.9, 0.03, 0.38) - 11.76).abs() < 0.005);
        // The monthly steps first reach a share in the month that contains its exact time.
        for (share, p, q) in [
            (0.5, 0.03, 0.38),
            (0.9, 0.03, 0.38),
            (0.5, 0.01, 0.40),
            (0.9, 0.02, 0.50),
            (0.5, 0.10, 0.40),
        ] {
            let exact = years_to(share, p, q);
            let stepped = months_to(share, p, q) as f64 / 12.0;
            assert!(
                stepped >= exact && stepped < exact + 1.0 / 12.0,
                "p={p} q={q} F={share}: {stepped} vs {exact}"
            );
        }
    }

    #[test]
    fn critical_mass_spans_zero_to_one_and_is_half_way_near_c() {
        let h = |x| CriticalMass::new(0.5, 12.0).h(x);
        assert!(h(0.0).abs() < 1e-12);
        assert!((h(1.0) - 1.0).abs() < 1e-12);
        assert!((h(0.5) - 0.5).abs() < 1e-9);
        assert!(h(0.2) < 0.05);
        assert!(h(0.8) > 0.95);
        let steep = CriticalMass::new(0.55, 12.0);
        let mut prev = 0.0;
        for i in 0..=100 {
            let y = steep.h(i as f64 / 100.0);
            assert!(y >= prev, "h falls at {i} %");
            prev = y;
        }
    }
}
