//! A run as an analyst reads it: one JSON document, or CSV tables. Shared by the CLI and the
//! app's exports, so both say the same thing.

use serde::Serialize;

use crate::model::{Lang, Month, Roadmap};
use crate::scenario::Scenario;
use crate::sim::{ChainStep, Comparison, Engine, Status};

#[derive(Debug, Serialize)]
pub struct Report {
    pub roadmap: RoadmapRef,
    pub scenario: Scenario,
    pub start: Month,
    pub months: usize,
    pub present_value_mnok: f64,
    pub baseline_present_value_mnok: f64,
    pub delta_present_value_mnok: f64,
    pub milestones: Vec<MilestoneRow>,
    pub benefits: Vec<BenefitRow>,
    pub tracks: Vec<TrackRow>,
}

#[derive(Debug, Serialize)]
pub struct RoadmapRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Serialize)]
pub struct MilestoneRow {
    pub id: String,
    pub name: String,
    pub plan: Month,
    pub forecast: Option<Month>,
    pub baseline_forecast: Option<Month>,
    pub slip_months: Option<i32>,
    pub delta_months: Option<i32>,
    pub status: Status,
    pub critical_chain: Vec<ChainStep>,
}

#[derive(Debug, Serialize)]
pub struct BenefitRow {
    pub id: String,
    pub name: String,
    pub present_value_mnok: f64,
    pub baseline_present_value_mnok: f64,
    pub delta_present_value_mnok: f64,
    pub total_mnok: f64,
    pub monthly_mnok: Vec<f64>,
    pub cumulative_mnok: Vec<f64>,
}

#[derive(Debug, Serialize)]
pub struct TrackRow {
    pub id: String,
    pub actor: String,
    pub solution: String,
    pub opened: Option<Month>,
    pub adoption: Vec<f64>,
}

impl Report {
    pub fn new(engine: &Engine, scenario: &Scenario, lang: Lang) -> Report {
        let r = engine.roadmap();
        let cmp = engine.compare(scenario);
        let run = &cmp.scenario;
        Report {
            roadmap: RoadmapRef {
                id: r.meta.id.clone(),
                version: r.meta.version.clone(),
            },
            scenario: scenario.clone().normalised(),
            start: r.meta.start,
            months: run.months,
            present_value_mnok: run.present_value,
            baseline_present_value_mnok: engine.baseline().present_value,
            delta_present_value_mnok: cmp.delta_pv,
            milestones: milestone_rows(r, &cmp, lang),
            benefits: r
                .benefits
                .iter()
                .zip(&run.benefits)
                .zip(&cmp.benefits)
                .map(|((b, res), delta)| BenefitRow {
                    id: b.id.clone(),
                    name: b.name.get(lang).to_string(),
                    present_value_mnok: res.present_value,
                    baseline_present_value_mnok: delta.baseline_pv,
                    delta_present_value_mnok: delta.delta_pv,
                    total_mnok: res.total,
                    monthly_mnok: res.monthly.clone(),
                    cumulative_mnok: res.cumulative.clone(),
                })
                .collect(),
            tracks: r
                .tracks
                .iter()
                .zip(&run.tracks)
                .map(|(t, res)| TrackRow {
                    id: t.id.clone(),
                    actor: t.actor.clone(),
                    solution: t.solution.clone(),
                    opened: res.opened,
                    adoption: res.adoption.clone(),
                })
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report holds only strings, numbers and lists")
    }

    /// The milestone table: one row per milestone.
    pub fn milestones_csv(&self) -> String {
        let mut out = String::from(
            "id,name,plan,forecast,baseline_forecast,slip_months,delta_months,status,critical_chain\n",
        );
        for m in &self.milestones {
            let chain: Vec<String> = m.critical_chain.iter().map(|s| s.id.clone()).collect();
            let row = [
                m.id.clone(),
                m.name.clone(),
                m.plan.to_string(),
                opt(m.forecast),
                opt(m.baseline_forecast),
                opt(m.slip_months),
                opt(m.delta_months),
                format!("{:?}", m.status).to_lowercase(),
                chain.join(" ← "),
            ];
            push_row(&mut out, &row);
        }
        out
    }

    /// Benefit totals: one row per benefit.
    pub fn benefits_csv(&self) -> String {
        let mut out = String::from(
            "id,name,present_value_mnok,baseline_present_value_mnok,delta_present_value_mnok,total_mnok\n",
        );
        for b in &self.benefits {
            let row = [
                b.id.clone(),
                b.name.clone(),
                num(b.present_value_mnok),
                num(b.baseline_present_value_mnok),
                num(b.delta_present_value_mnok),
                num(b.total_mnok),
            ];
            push_row(&mut out, &row);
        }
        out
    }

    /// Every series in long form: one row per month and series.
    pub fn series_csv(&self) -> String {
        let mut out = String::from("series,id,month,value\n");
        let month = |t: usize| self.start.plus(t as i32).to_string();
        for t in &self.tracks {
            for (i, v) in t.adoption.iter().enumerate() {
                push_row(
                    &mut out,
                    &["adoption".into(), t.id.clone(), month(i), num(*v)],
                );
            }
        }
        for b in &self.benefits {
            for (i, v) in b.monthly_mnok.iter().enumerate() {
                push_row(
                    &mut out,
                    &[
                        "benefit_monthly_mnok".into(),
                        b.id.clone(),
                        month(i),
                        num(*v),
                    ],
                );
            }
            for (i, v) in b.cumulative_mnok.iter().enumerate() {
                push_row(
                    &mut out,
                    &[
                        "benefit_cumulative_mnok".into(),
                        b.id.clone(),
                        month(i),
                        num(*v),
                    ],
                );
            }
        }
        out
    }
}

fn milestone_rows(r: &Roadmap, cmp: &Comparison, lang: Lang) -> Vec<MilestoneRow> {
    r.milestones
        .iter()
        .zip(&cmp.scenario.milestones)
        .zip(&cmp.milestones)
        .map(|((m, res), delta)| MilestoneRow {
            id: m.id.clone(),
            name: m.name.get(lang).to_string(),
            plan: res.plan,
            forecast: res.forecast,
            baseline_forecast: delta.baseline,
            slip_months: res.slip_months,
            delta_months: delta.delta_months,
            status: res.status,
            critical_chain: cmp.scenario.critical_chain(&m.id),
        })
        .collect()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn num(v: f64) -> String {
    // Six decimals keep shares and MNOK exact enough and the files diff-stable.
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

fn push_row(out: &mut String, cells: &[String]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if c.contains([',', '"', '\n']) {
            out.push('"');
            out.push_str(&c.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(c);
        }
    }
    out.push('\n');
}
