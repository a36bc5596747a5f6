//! The fit to history: each track's Bass p and q fitted by least squares to its `observed`
//! points, on the engine's own baseline (history as the engine computes it with the candidate
//! p and q, every other number as the data has it).
//!
//! Pure: a function of the roadmap. Each candidate builds an [`Engine`] on a clone of the roadmap
//! with the track's p and q replaced and reads its baseline, so caps, conditions and mandates act
//! on the fit exactly as they act in every run. The search is a grid over the bounds, then a
//! Nelder–Mead refinement from the grid's best point; the data's own values are a candidate too,
//! so the fitted values never fit worse than the data's.

use serde::Serialize;

use crate::model::{DataErrors, Month, Roadmap};
use crate::sim::Engine;

/// Bounds of the innovation coefficient p, per year.
pub const P_BOUNDS: (f64, f64) = (0.001, 0.5);
/// Bounds of the imitation coefficient q, per year.
pub const Q_BOUNDS: (f64, f64) = (0.0, 2.0);
/// Grid points per parameter (p log-spaced, q evenly spaced).
pub const GRID: (usize, usize) = (13, 11);
const NELDER_MEAD_ITERATIONS: usize = 60;

/// One observed point against the model.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PointFit {
    pub track: String,
    pub date: Month,
    pub observed: f64,
    /// The baseline's share that month with the data's p and q; `None` before the horizon's
    /// start, where the engine has no value (such a point backs the track's `initial`).
    pub model: Option<f64>,
    /// observed − model.
    pub residual: Option<f64>,
    /// The share with the fitted p and q.
    pub fitted: Option<f64>,
    /// observed − fitted.
    pub fitted_residual: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FitKind {
    /// No point inside the horizon: nothing to fit.
    BeforeHorizon,
    /// One point inside the horizon: two parameters through one point fit exactly by
    /// construction, so the data's values are kept.
    ExactByConstruction,
    /// Two or more points: least squares.
    LeastSquares,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrackFit {
    pub track: String,
    pub kind: FitKind,
    pub points_in_horizon: usize,
    pub data_p: f64,
    pub data_q: f64,
    pub fitted_p: f64,
    pub fitted_q: f64,
    /// Root-mean-square error over the points inside the horizon, with the data's values.
    pub rmse_data: Option<f64>,
    /// The same with the fitted values (equal to `rmse_data` unless `kind` is least squares).
    pub rmse_fitted: Option<f64>,
    pub points: Vec<PointFit>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Calibration {
    pub p_bounds: (f64, f64),
    pub q_bounds: (f64, f64),
    pub grid: (usize, usize),
    pub tracks: Vec<TrackFit>,
    /// Every observed point in the roadmap.
    pub points: usize,
    /// Those inside the horizon, which the engine can be compared with.
    pub points_in_horizon: usize,
    /// Over every point inside the horizon: with the data's values, and with the fitted ones.
    pub rmse_data: Option<f64>,
    pub rmse_fitted: Option<f64>,
    /// Engine builds the search took.
    pub evaluations: usize,
}

fn rmse(residuals: impl Iterator<Item = f64>) -> Option<f64> {
    let (n, sum) = residuals.fold((0usize, 0.0), |(n, s), r| (n + 1, s + r * r));
    (n > 0).then(|| (sum / n as f64).sqrt())
}

/// Fits every track that has observed points. Fails only on a roadmap the engine refuses.
pub fn calibrate(roadmap: &Roadmap) -> Result<Calibration, DataErrors> {
    let base = Engine::new(roadmap.clone())?;
    let start = roadmap.meta.start;
    let months = roadmap.months() as i32;
    let index = |d: Month| {
        let i = d.since(start);
        (0..months).contains(&i).then_some(i as usize)
    };
    let mut evaluations = 0;
    let mut tracks = Vec::new();
    for (ti, t) in roadmap.tracks.iter().enumerate() {
        if t.observed.is_empty() {
            continue;
        }
        let inside: Vec<(usize, f64)> = t
            .observed
            .iter()
            .filter_map(|o| index(o.date).map(|i| (i, o.share)))
            .collect();
        let (data_p, data_q) = (t.bass.p.v, t.bass.q.v);
        let data_series = base
            .baseline()
            .track(&t.id)
            .map(|r| r.adoption.clone())
            .unwrap_or_default();
        let kind = match inside.len() {
            0 => FitKind::BeforeHorizon,
            1 => FitKind::ExactByConstruction,
            _ => FitKind::LeastSquares,
        };
        let (fitted_p, fitted_q, fitted_series) = if kind == FitKind::LeastSquares {
            let mut cost = |p: f64, q: f64| -> (f64, Vec<f64>) {
                evaluations += 1;
                let mut r = roadmap.clone();
                r.tracks[ti].bass.p.v = p;
                r.tracks[ti].bass.q.v = q;
                let series = Engine::new(r)
                    .ok()
                    .and_then(|e| e.baseline().track(&t.id).map(|s| s.adoption.clone()))
                    .unwrap_or_default();
                let sse = inside
                    .iter()
                    .map(|&(i, o)| series.get(i).map_or(1.0, |m| (o - m).powi(2)))
                    .sum();
                (sse, series)
            };
            fit(&mut cost, data_p, data_q)
        } else {
            (data_p, data_q, data_series.clone())
        };
        let points: Vec<PointFit> = t
            .observed
            .iter()
            .map(|o| {
                let at = |s: &[f64]| index(o.date).and_then(|i| s.get(i).copied());
                let (model, fitted) = (at(&data_series), at(&fitted_series));
                PointFit {
                    track: t.id.clone(),
                    date: o.date,
                    observed: o.share,
                    model,
                    residual: model.map(|m| o.share - m),
                    fitted,
                    fitted_residual: fitted.map(|m| o.share - m),
                }
            })
            .collect();
        tracks.push(TrackFit {
            track: t.id.clone(),
            kind,
            points_in_horizon: inside.len(),
            data_p,
            data_q,
            fitted_p,
            fitted_q,
            rmse_data: rmse(points.iter().filter_map(|p| p.residual)),
            rmse_fitted: rmse(points.iter().filter_map(|p| p.fitted_residual)),
            points,
        });
    }
    let all = || tracks.iter().flat_map(|t| &t.points);
    Ok(Calibration {
        p_bounds: P_BOUNDS,
        q_bounds: Q_BOUNDS,
        grid: GRID,
        points: all().count(),
        points_in_horizon: all().filter(|p| p.model.is_some()).count(),
        rmse_data: rmse(all().filter_map(|p| p.residual)),
        rmse_fitted: rmse(all().filter_map(|p| p.fitted_residual)),
        evaluations,
        tracks,
    })
}

/// Minimises `cost` over the bounds: the data's values, a grid, then Nelder–Mead in (ln p, q)
/// from the best so far. Returns the best p, q and their series.
fn fit(
    cost: &mut dyn FnMut(f64, f64) -> (f64, Vec<f64>),
    data_p: f64,
    data_q: f64,
) -> (f64, f64, Vec<f64>) {
    let clamp = |x: [f64; 2]| {
        [
            x[0].clamp(P_BOUNDS.0.ln(), P_BOUNDS.1.ln()),
            x[1].clamp(Q_BOUNDS.0, Q_BOUNDS.1),
        ]
    };
    // The best point so far, with its cost and series.
    let (c, s) = cost(data_p, data_q);
    let mut best = (c, data_p, data_q, s);
    let mut eval = |x: [f64; 2], best: &mut (f64, f64, f64, Vec<f64>)| -> f64 {
        let x = clamp(x);
        let (p, q) = (x[0].exp(), x[1]);
        let (c, s) = cost(p, q);
        if c < best.0 {
            *best = (c, p, q, s);
        }
        c
    };
    let (np, nq) = GRID;
    for i in 0..np {
        let lp = P_BOUNDS.0.ln() + (P_BOUNDS.1.ln() - P_BOUNDS.0.ln()) * i as f64 / (np - 1) as f64;
        for j in 0..nq {
            let q = Q_BOUNDS.0 + (Q_BOUNDS.1 - Q_BOUNDS.0) * j as f64 / (nq - 1) as f64;
            eval([lp, q], &mut best);
        }
    }
    // Nelder–Mead from the best point, steps of about one grid cell.
    let x0 = clamp([best.1.ln(), best.2]);
    let step = [
        (P_BOUNDS.1.ln() - P_BOUNDS.0.ln()) / (np - 1) as f64,
        (Q_BOUNDS.1 - Q_BOUNDS.0) / (nq - 1) as f64,
    ];
    let mut simplex: Vec<([f64; 2], f64)> = vec![
        x0,
        clamp([x0[0] + step[0], x0[1]]),
        clamp([x0[0], x0[1] + step[1]]),
    ]
    .into_iter()
    .map(|x| (x, eval(x, &mut best)))
    .collect();
    for _ in 0..NELDER_MEAD_ITERATIONS {
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        let (lo, worst) = (simplex[0].1, simplex[2].1);
        if worst - lo < 1e-12 {
            break;
        }
        let centre = [
            (simplex[0].0[0] + simplex[1].0[0]) / 2.0,
            (simplex[0].0[1] + simplex[1].0[1]) / 2.0,
        ];
        let towards = |k: f64| {
            clamp([
                centre[0] + k * (simplex[2].0[0] - centre[0]),
                centre[1] + k * (simplex[2].0[1] - centre[1]),
            ])
        };
        let xr = towards(-1.0);
        let fr = eval(xr, &mut best);
        if fr < lo {
            let xe = towards(-2.0);
            let fe = eval(xe, &mut best);
            simplex[2] = if fe < fr { (xe, fe) } else { (xr, fr) };
        } else if fr < simplex[1].1 {
            simplex[2] = (xr, fr);
        } else {
            let xc = towards(0.5);
            let fc = eval(xc, &mut best);
            if fc < worst {
                simplex[2] = (xc, fc);
            } else {
                let b = simplex[0].0;
                for v in simplex.iter_mut().skip(1) {
                    let x = clamp([(v.0[0] + b[0]) / 2.0, (v.0[1] + b[1]) / 2.0]);
                    *v = (x, eval(x, &mut best));
                }
            }
        }
    }
    (best.1, best.2, best.3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};

    fn calibration() -> Calibration {
        let r = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).unwrap();
        calibrate(&r).unwrap()
    }

    #[test]
    fn every_observed_point_is_listed_once_and_fitted_never_fits_worse() {
        let r = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).unwrap();
        let c = calibrate(&r).unwrap();
        let observed: usize = r.tracks.iter().map(|t| t.observed.len()).sum();
        assert_eq!(c.points, observed);
        for t in &c.tracks {
            let track = &r.tracks[r.track_index(&t.track).unwrap()];
            assert_eq!(t.points.len(), track.observed.len(), "{}", t.track);
            assert!(
                (P_BOUNDS.0..=P_BOUNDS.1).contains(&t.fitted_p),
                "{}",
                t.track
            );
            assert!(
                (Q_BOUNDS.0..=Q_BOUNDS.1).contains(&t.fitted_q),
                "{}",
                t.track
            );
            match (t.rmse_data, t.rmse_fitted) {
                (Some(d), Some(f)) => assert!(f <= d + 1e-12, "{}: {f} > {d}", t.track),
                (None, None) => assert_eq!(t.kind, FitKind::BeforeHorizon),
                other => panic!("{}: {other:?}", t.track),
            }
            if t.kind != FitKind::LeastSquares {
                assert_eq!(
                    (t.fitted_p, t.fitted_q),
                    (t.data_p, t.data_q),
                    "{}",
                    t.track
                );
            }
        }
    }

    #[test]
    fn a_least_squares_fit_recovers_known_parameters() {
        // Observations made by the engine itself with known p, q are found again.
        let mut r = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).unwrap();
        let ti = r.track_index("helsenorge_innbygger").unwrap();
        r.tracks[ti].bass.p.v = 0.05;
        r.tracks[ti].bass.q.v = 0.6;
        let truth = Engine::new(r.clone()).unwrap();
        let series = &truth
            .baseline()
            .track("helsenorge_innbygger")
            .unwrap()
            .adoption;
        for o in &mut r.tracks[ti].observed {
            if let Ok(i) = usize::try_from(o.date.since(r.meta.start)) {
                o.share = series[i];
            }
        }
        r.tracks[ti].bass.p.v = 0.3;
        r.tracks[ti].bass.q.v = 1.8;
        let c = calibrate(&r).unwrap();
        let t = c
            .tracks
            .iter()
            .find(|t| t.track == "helsenorge_innbygger")
            .unwrap();
        assert_eq!(t.kind, FitKind::LeastSquares);
        assert!(t.rmse_fitted.unwrap() < 0.002, "{t:?}");
        assert!(t.rmse_data.unwrap() > 0.02, "{t:?}");
    }

    #[test]
    fn one_point_tracks_keep_the_data_values() {
        let c = calibration();
        assert!(c
            .tracks
            .iter()
            .any(|t| t.kind == FitKind::ExactByConstruction));
        assert!(c.points >= 20, "{} observed points", c.points);
    }
}
