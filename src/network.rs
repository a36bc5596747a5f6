//! The network effect of one benefit as the app shows it: where the baseline and the scenario sit
//! on the benefit's critical-mass curve today and at the horizon's end, in words and as a table.
//! Pure, so it is tested natively; the drawing is [`crate::charts::network`].

use crate::describe::{DataTable, TableRow};
use crate::i18n::{fill, month, percent, strings};
use crate::model::{Lang, Roadmap};
use crate::sim::{Engine, Exchange, RunOutput};

/// How far either side of the critical mass the chart draws its band: the critical masses are
/// assumptions, so the chart shows a range, not a line.
pub const CRITICAL_MASS_BAND: f64 = 0.1;

/// One benefit's position on its critical-mass curve: today (the data date) and at the horizon's
/// end, for the baseline and the scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NetworkPoints {
    /// The benefit's index in the roadmap.
    pub benefit: usize,
    /// The share of exchanges at the curve's midpoint (the tipping point).
    pub critical_mass: f64,
    /// The curve's steepness, from the roadmap.
    pub steepness: f64,
    /// Today, then at the horizon's end.
    pub baseline: [Exchange; 2],
    pub scenario: [Exchange; 2],
}

/// The month indices the points are read at: the data date (within the horizon) and the last month.
pub fn network_months(roadmap: &Roadmap) -> [usize; 2] {
    let last = roadmap.months().saturating_sub(1);
    let today = roadmap.data_month().clamp(0, last as i32) as usize;
    [today, last]
}

impl NetworkPoints {
    /// The points of benefit `id` in the baseline and in `run`; `None` for an unknown benefit.
    pub fn of(engine: &Engine, run: &RunOutput, id: &str) -> Option<NetworkPoints> {
        let roadmap = engine.roadmap();
        let benefit = roadmap.benefits.iter().position(|b| b.id == id)?;
        let [today, end] = network_months(roadmap);
        let at = |run: &RunOutput| -> Option<[Exchange; 2]> {
            Some([
                engine.exchange(run, id, today)?,
                engine.exchange(run, id, end)?,
            ])
        };
        Some(NetworkPoints {
            benefit,
            critical_mass: roadmap.benefits[benefit].critical_mass.v,
            steepness: roadmap.meta.critical_mass_steepness.v,
            baseline: at(engine.baseline())?,
            scenario: at(run)?,
        })
    }

    /// The band drawn around the critical mass, within 0–1.
    pub fn band(&self) -> (f64, f64) {
        (
            (self.critical_mass - CRITICAL_MASS_BAND).max(0.0),
            (self.critical_mass + CRITICAL_MASS_BAND).min(1.0),
        )
    }
}

/// "A, B og C".
fn list(items: &[&str], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), strings(lang).and),
    }
}

/// The actor groups on the other sides of a benefit's exchange ("Kommuner – pleie og omsorg og
/// Apotek"), each once; the realisers' when it has no counterparts.
pub fn other_sides(roadmap: &Roadmap, benefit: usize, lang: Lang) -> String {
    let b = &roadmap.benefits[benefit];
    let tracks: Vec<&str> = if b.counterparts.is_empty() {
        b.realisers.iter().map(|r| r.track.as_str()).collect()
    } else {
        b.counterparts.iter().map(String::as_str).collect()
    };
    let mut names: Vec<&str> = Vec::new();
    for id in tracks {
        let Some(t) = roadmap.tracks.iter().find(|t| t.id == id) else {
            continue;
        };
        let name = roadmap
            .actor(&t.actor)
            .map_or(t.actor.as_str(), |a| a.name.get(lang));
        if !names.contains(&name) {
            names.push(name);
        }
    }
    list(&names, lang)
}

/// The chart in words: how many exchanges can happen today against the tipping point, then where
/// the scenario and the baseline stand at the horizon's end.
pub fn network_summary(roadmap: &Roadmap, points: &NetworkPoints, lang: Lang) -> String {
    let s = strings(lang);
    let today = fill(
        s.network_summary,
        &[
            ("sides", &other_sides(roadmap, points.benefit, lang)),
            ("joint", &percent(lang, points.scenario[0].joint)),
            ("mass", &percent(lang, points.critical_mass)),
        ],
    );
    let end = fill(
        s.network_end_summary,
        &[
            ("end", &month(lang, roadmap.meta.end)),
            ("joint", &percent(lang, points.scenario[1].joint)),
            ("realised", &percent(lang, points.scenario[1].realised)),
            ("baseline_joint", &percent(lang, points.baseline[1].joint)),
            (
                "baseline_realised",
                &percent(lang, points.baseline[1].realised),
            ),
        ],
    );
    format!("{today} {end}")
}

/// The chart's numbers: each point's month, share of exchanges and share realised, and the
/// tipping point's band.
pub fn network_table(roadmap: &Roadmap, points: &NetworkPoints, lang: Lang) -> DataTable {
    let s = strings(lang);
    let [today, end] = network_months(roadmap);
    let when = |t: usize| month(lang, roadmap.meta.start.plus(t as i32));
    let mut rows = Vec::new();
    for (run, exchanges) in [
        (s.legend_baseline, &points.baseline),
        (s.legend_scenario, &points.scenario),
    ] {
        for (t, x) in [today, end].into_iter().zip(exchanges) {
            rows.push(TableRow {
                head: format!("{run}, {}", when(t)),
                cells: vec![when(t), percent(lang, x.joint), percent(lang, x.realised)],
            });
        }
    }
    let (low, high) = points.band();
    rows.push(TableRow {
        head: s.network_tipping_point.to_string(),
        cells: vec![
            "–".to_string(),
            format!("{}–{}", percent(lang, low), percent(lang, high)),
            "–".to_string(),
        ],
    });
    DataTable {
        caption: fill(
            s.network_table_caption,
            &[("benefit", roadmap.benefits[points.benefit].name.get(lang))],
        ),
        columns: vec![
            s.col_point.to_string(),
            s.col_month.to_string(),
            s.col_joint.to_string(),
            s.col_realised.to_string(),
        ],
        rows,
        numeric: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{default_engine as engine, kommune_delayed};

    #[test]
    fn the_points_are_the_engines_exchanges_today_and_at_the_end() {
        let e = engine();
        let p = NetworkPoints::of(&e, e.baseline(), "pll_time").unwrap();
        let [today, end] = network_months(e.roadmap());
        assert_eq!(today as i32, e.roadmap().data_month());
        assert_eq!(end, e.roadmap().months() - 1);
        assert_eq!(
            p.baseline[1],
            e.exchange(e.baseline(), "pll_time", end).unwrap()
        );
        assert_eq!(p.baseline, p.scenario);
        assert!(NetworkPoints::of(&e, e.baseline(), "nope").is_none());
        let (low, high) = p.band();
        assert!((low - 0.4).abs() < 1e-9 && (high - 0.6).abs() < 1e-9);
    }

    #[test]
    fn a_kommune_delay_moves_the_pll_scenario_point_but_not_today() {
        let e = engine();
        let late = e.run(&kommune_delayed(24));
        let p = NetworkPoints::of(&e, &late, "pll_time").unwrap();
        assert_eq!(p.scenario[0], p.baseline[0], "today is history");
        assert_ne!(p.scenario[1], p.baseline[1]);
        let table = network_table(e.roadmap(), &p, Lang::En);
        assert_eq!(table.rows.len(), 5);
        assert!(table.rows.iter().all(|r| r.cells.len() == 3));
        assert_ne!(table.rows[1].cells, table.rows[3].cells);
    }

    #[test]
    fn the_summary_names_the_other_sides_and_the_tipping_point() {
        let e = engine();
        let p = NetworkPoints::of(&e, e.baseline(), "pll_time").unwrap();
        let nb = network_summary(e.roadmap(), &p, Lang::Nb);
        assert!(
            nb.starts_with("Kommuner – pleie og omsorg og Apotek: "),
            "{nb}"
        );
        assert!(nb.contains("vendepunktet er rundt 50\u{a0}%"), "{nb}");
        let en = network_summary(e.roadmap(), &p, Lang::En);
        assert!(en.contains("the tipping point is around 50%"), "{en}");
        assert_eq!(list(&["a", "b", "c"], Lang::En), "a, b and c");
    }
}
