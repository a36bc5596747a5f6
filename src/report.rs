//! A run as an analyst reads it: one JSON document, or CSV tables. Shared by the CLI and the
//! app's exports, so both say the same thing.

use serde::Serialize;

use crate::i18n::{fill, month, strings};
use crate::model::{DateKind, Lang, Month, Roadmap};
use crate::scenario::Scenario;
use crate::sim::{Cause, ChainStep, Comparison, Engine, Reach, Status};

#[derive(Debug, Serialize)]
pub struct Report {
    pub roadmap: RoadmapRef,
    pub scenario: Scenario,
    pub start: Month,
    pub months: usize,
    /// "Today" for the model: history up to this month stays as it happened (from today).
    pub data_date: Month,
    pub present_value_mnok: f64,
    pub baseline_present_value_mnok: f64,
    pub delta_present_value_mnok: f64,
    /// Present value realised up to and including the data date.
    pub realised_mnok: f64,
    /// Present value still to come after the data date, and its change against the baseline.
    pub to_come_mnok: f64,
    pub baseline_to_come_mnok: f64,
    pub delta_to_come_mnok: f64,
    /// What the benefits already delivered when the roadmap began, held over the horizon: the
    /// starting level, not the roadmap's gain; `present_value_mnok` minus it is what it adds.
    pub starting_level_mnok: f64,
    pub added_mnok: f64,
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
    /// Whether the milestone's own date is a floor or a forecast that moves with its conditions.
    pub date_kind: DateKind,
    pub reach: Reach,
    pub critical_chain: Vec<ChainStep>,
}

#[derive(Debug, Serialize)]
pub struct BenefitRow {
    pub id: String,
    pub name: String,
    pub present_value_mnok: f64,
    pub baseline_present_value_mnok: f64,
    pub delta_present_value_mnok: f64,
    pub realised_mnok: f64,
    pub to_come_mnok: f64,
    pub starting_level_mnok: f64,
    pub added_mnok: f64,
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
            data_date: r.meta.data_date,
            present_value_mnok: run.present_value,
            baseline_present_value_mnok: engine.baseline().present_value,
            delta_present_value_mnok: cmp.delta_pv,
            realised_mnok: run.realised,
            to_come_mnok: run.to_come,
            baseline_to_come_mnok: engine.baseline().to_come,
            delta_to_come_mnok: run.to_come - engine.baseline().to_come,
            starting_level_mnok: run.starting_level,
            added_mnok: run.present_value - run.starting_level,
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
                    realised_mnok: res.realised,
                    to_come_mnok: res.to_come,
                    starting_level_mnok: res.starting_level,
                    added_mnok: res.added,
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
            "id,name,plan,forecast,baseline_forecast,slip_months,delta_months,status,date_kind,reach,blocked_by,critical_chain\n",
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
                format!("{:?}", m.status).to_ascii_lowercase(),
                format!("{:?}", m.date_kind).to_ascii_lowercase(),
                match m.reach {
                    Reach::Reached => "reached".into(),
                    Reach::BeyondHorizon { checked_until } => {
                        format!("not by {checked_until}")
                    }
                    Reach::Never => "never".into(),
                },
                m.blocked_by().unwrap_or_default(),
                chain.join(" ← "),
            ];
            push_row(&mut out, &row);
        }
        out
    }

    /// Benefit totals: one row per benefit.
    pub fn benefits_csv(&self) -> String {
        let mut out = String::from(
            "id,name,present_value_mnok,baseline_present_value_mnok,delta_present_value_mnok,realised_mnok,to_come_mnok,starting_level_mnok,added_mnok,total_mnok\n",
        );
        for b in &self.benefits {
            let row = [
                b.id.clone(),
                b.name.clone(),
                num(b.present_value_mnok),
                num(b.baseline_present_value_mnok),
                num(b.delta_present_value_mnok),
                num(b.realised_mnok),
                num(b.to_come_mnok),
                num(b.starting_level_mnok),
                num(b.added_mnok),
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

impl MilestoneRow {
    /// For a milestone that can never be reached, the condition that blocks it, with its numbers:
    /// "kj_kommune_plo tops out at 75 %, below the 76 % needed".
    pub fn blocked_by(&self) -> Option<String> {
        if self.reach != Reach::Never {
            return None;
        }
        self.critical_chain
            .iter()
            .find_map(|step| match &step.because {
                Cause::Ceiling { id, share, limit } => Some(format!(
                    "{id} tops out at {}, below the {} needed",
                    percent(*limit),
                    percent(*share)
                )),
                _ => None,
            })
    }
}

/// The milestone and benefit tables for people: headings in the reader's language, numbers as
/// they write them (`;` between cells and a decimal comma in nb and nn, as Norwegian Excel
/// expects), whole million kroner, months in words, and `preamble` (what the table shows: the
/// scenario, the data) in lines above it.
impl Report {
    pub fn milestones_for_people(&self, lang: Lang, preamble: &[String]) -> String {
        let s = strings(lang);
        let date = |m: Option<Month>, reach: Option<&Reach>| match (m, reach) {
            (Some(m), _) => month(lang, m),
            (None, Some(Reach::Never)) => s.csv_never.to_string(),
            (None, Some(Reach::BeyondHorizon { checked_until })) => {
                fill(s.date_not_within, &[("end", &month(lang, *checked_until))])
            }
            (None, _) => String::new(),
        };
        let months = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
        let mut out = People::new(lang, preamble);
        out.row(&[
            s.col_milestone.into(),
            s.col_plan.into(),
            s.col_forecast.into(),
            s.csv_baseline_forecast.into(),
            s.csv_vs_baseline_months.into(),
            s.csv_vs_plan_months.into(),
            s.col_status.into(),
        ]);
        for m in &self.milestones {
            out.row(&[
                m.name.clone(),
                month(lang, m.plan),
                date(m.forecast, Some(&m.reach)),
                date(m.baseline_forecast, None),
                months(m.delta_months),
                months(m.slip_months),
                crate::describe::status_text(m.status, lang).into(),
            ]);
        }
        out.text
    }

    pub fn benefits_for_people(&self, lang: Lang, preamble: &[String]) -> String {
        let s = strings(lang);
        let money = |heading: &str| format!("{heading} ({})", s.csv_mnok);
        let realised = fill(s.csv_realised, &[("date", &month(lang, self.data_date))]);
        let mut out = People::new(lang, preamble);
        out.row(&[
            s.col_benefit.into(),
            money(s.col_pv_scenario),
            money(s.col_pv_baseline),
            money(s.col_change),
            money(&realised),
            money(s.csv_to_come),
            money(s.col_starting_level),
        ]);
        // Whole millions; a negative amount that rounds to nothing is 0, not "-0".
        let whole = |v: f64| format!("{:.0}", v.round() + 0.0);
        for b in &self.benefits {
            out.row(&[
                b.name.clone(),
                whole(b.present_value_mnok),
                whole(b.baseline_present_value_mnok),
                whole(b.delta_present_value_mnok),
                whole(b.realised_mnok),
                whole(b.to_come_mnok),
                whole(b.starting_level_mnok),
            ]);
        }
        out.text
    }
}

/// A CSV file for a spreadsheet in the reader's language.
struct People {
    separator: char,
    text: String,
}

impl People {
    /// Excel reads a file as UTF-8 (æ, ø, å) only when it starts with a byte order mark.
    fn new(lang: Lang, preamble: &[String]) -> People {
        let separator = match lang {
            Lang::Nb | Lang::Nn => ';',
            Lang::En => ',',
        };
        let mut people = People {
            separator,
            text: String::from("\u{feff}"),
        };
        for line in preamble {
            people.row(std::slice::from_ref(line));
        }
        if !preamble.is_empty() {
            people.text.push_str("\r\n");
        }
        people
    }

    fn row(&mut self, cells: &[String]) {
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                self.text.push(self.separator);
            }
            if c.contains([self.separator, '"', '\n']) {
                self.text.push('"');
                self.text.push_str(&c.replace('"', "\"\""));
                self.text.push('"');
            } else {
                self.text.push_str(c);
            }
        }
        self.text.push_str("\r\n");
    }
}

fn percent(share: f64) -> String {
    format!("{} %", num((share * 1000.0).round() / 10.0))
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
            date_kind: m.date_kind(),
            reach: res.reach.clone(),
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
