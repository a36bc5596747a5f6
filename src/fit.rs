//! How well the model matches what happened: every `observed` point of every track against the
//! baseline's adoption in that month, with the residual and the overall error. Pure, so it is
//! tested natively; the app's panel is `web::fit_panel`.

use crate::i18n::{fill, month, number, percent, strings};
use crate::model::{Lang, Month, Roadmap};
use crate::sim::RunOutput;

/// One observed point against the model.
#[derive(Clone, Debug, PartialEq)]
pub struct FitRow {
    /// The track's index in the roadmap.
    pub track: usize,
    pub date: Month,
    /// The observed share (0–1).
    pub observed: f64,
    /// The baseline's share in the same month (0–1).
    pub modelled: f64,
    /// Model − observed, in percentage points.
    pub residual: f64,
    /// The point's source ids.
    pub src: Vec<String>,
}

/// Every observed point within the horizon, in the roadmap's order of tracks and points.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub rows: Vec<FitRow>,
    /// The root mean square of the residuals, in percentage points; `None` with no points.
    pub rms: Option<f64>,
}

impl Fit {
    /// The roadmap's observed points against `baseline`.
    pub fn of(roadmap: &Roadmap, baseline: &RunOutput) -> Fit {
        let mut rows = Vec::new();
        for (i, track) in roadmap.tracks.iter().enumerate() {
            let Some(series) = baseline.track(&track.id) else {
                continue;
            };
            for o in &track.observed {
                let t = o.date.since(roadmap.meta.start);
                let Some(&modelled) = usize::try_from(t).ok().and_then(|t| series.adoption.get(t))
                else {
                    continue;
                };
                rows.push(FitRow {
                    track: i,
                    date: o.date,
                    observed: o.share,
                    modelled,
                    residual: (modelled - o.share) * 100.0,
                    src: o.src.ids().to_vec(),
                });
            }
        }
        let rms = (!rows.is_empty()).then(|| {
            (rows.iter().map(|r| r.residual * r.residual).sum::<f64>() / rows.len() as f64).sqrt()
        });
        Fit { rows, rms }
    }

    /// The point the model misses most.
    pub fn largest(&self) -> Option<&FitRow> {
        self.rows
            .iter()
            .max_by(|a, b| a.residual.abs().total_cmp(&b.residual.abs()))
    }
}

/// "Fastleger: Kjernejournal": a track as a row head.
pub fn track_label(roadmap: &Roadmap, track: usize, lang: Lang) -> String {
    let (actor, solution) = crate::insight::track_words(roadmap, &roadmap.tracks[track].id, lang);
    format!("{actor}: {solution}")
}

/// Percentage points with one decimal and a sign: "+2,3", "−0,5", "0,0".
pub fn points(lang: Lang, value: f64) -> String {
    let text = number(lang, value, 1);
    if value > 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        format!("+{text}")
    } else {
        text
    }
}

/// The fit in words: how many points, the overall error and the largest miss.
pub fn fit_summary(roadmap: &Roadmap, fit: &Fit, lang: Lang) -> String {
    let s = strings(lang);
    let (Some(rms), Some(largest)) = (fit.rms, fit.largest()) else {
        return s.fit_none.to_string();
    };
    fill(
        s.fit_summary,
        &[
            ("n", &fit.rows.len().to_string()),
            ("rms", &number(lang, rms, 1)),
            ("track", &track_label(roadmap, largest.track, lang)),
            ("date", &month(lang, largest.date)),
            ("largest", &points(lang, largest.residual)),
        ],
    )
}

/// A row's cells as the table shows them: date, observed, model, residual.
pub fn fit_cells(row: &FitRow, lang: Lang) -> [String; 4] {
    [
        month(lang, row.date),
        percent(lang, row.observed),
        percent(lang, row.modelled),
        points(lang, row.residual),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::default_engine as engine;

    #[test]
    fn every_observed_point_in_the_horizon_is_listed_once_against_the_baseline() {
        let e = engine();
        let r = e.roadmap();
        let fit = Fit::of(r, e.baseline());
        let within = r
            .tracks
            .iter()
            .flat_map(|t| &t.observed)
            .filter(|o| o.date >= r.meta.start && o.date <= r.meta.end)
            .count();
        assert!(within > 0);
        assert_eq!(fit.rows.len(), within);
        for row in &fit.rows {
            let t = &r.tracks[row.track];
            let i = row.date.since(r.meta.start) as usize;
            let model = e.baseline().track(&t.id).unwrap().adoption[i];
            assert_eq!(row.modelled, model);
            assert!((row.residual - (model - row.observed) * 100.0).abs() < 1e-9);
            assert!(!row.src.is_empty());
            assert!(row.src.iter().all(|id| r.sources.contains_key(id)));
        }
        let rms = fit.rms.unwrap();
        let mean_sq =
            fit.rows.iter().map(|r| r.residual.powi(2)).sum::<f64>() / fit.rows.len() as f64;
        assert!((rms - mean_sq.sqrt()).abs() < 1e-9);
        assert!(fit.largest().unwrap().residual.abs() >= rms - 1e-9);
    }

    #[test]
    fn the_rms_of_known_residuals_and_no_points() {
        let e = engine();
        let mut r = e.roadmap().clone();
        for t in &mut r.tracks {
            t.observed.clear();
        }
        let none = Fit::of(&r, e.baseline());
        assert_eq!((none.rows.len(), none.rms), (0, None));
        assert_eq!(fit_summary(&r, &none, Lang::En), strings(Lang::En).fit_none);
        let at = |i: usize, t: i32| e.baseline().tracks[i].adoption[t as usize];
        let month = r.meta.start.plus(30);
        r.tracks[0].observed.push(crate::model::Observation {
            date: month,
            share: at(0, 30) - 0.03,
            src: crate::model::OneOrMany::One("S1".into()),
        });
        r.tracks[1].observed.push(crate::model::Observation {
            date: month,
            share: at(1, 30) + 0.04,
            src: crate::model::OneOrMany::One("S1".into()),
        });
        // Outside the horizon: not listed.
        r.tracks[1].observed.push(crate::model::Observation {
            date: r.meta.end.plus(1),
            share: 0.5,
            src: crate::model::OneOrMany::One("S1".into()),
        });
        let fit = Fit::of(&r, e.baseline());
        assert_eq!(fit.rows.len(), 2);
        assert!((fit.rms.unwrap() - (12.5f64).sqrt()).abs() < 1e-9);
        assert!((fit.largest().unwrap().residual + 4.0).abs() < 1e-9);
        assert_eq!(points(Lang::Nb, 3.0), "+3,0");
        assert_eq!(points(Lang::En, -4.04), "−4.0");
        assert_eq!(points(Lang::En, 0.01), "0.0");
        let nb = fit_summary(&r, &fit, Lang::Nb);
        assert!(nb.starts_with("2 observerte punkter"), "{nb}");
        assert!(nb.contains("−4,0 prosentpoeng"), "{nb}");
    }
}
