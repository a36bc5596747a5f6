//! What a screen reader, a printout or a keyboard user gets instead of a picture: each chart in
//! words and as a table with the same numbers, the status message after a change, and the levers
//! as the printed report lists them. Pure, so it is tested natively.

use petgraph::Direction;

use crate::charts::{layers, BenefitTotals};
use crate::i18n::{fill, mnok, month, months, number, percent, strings};
use crate::insight::{explain_chain, lever_name, milestone_name, track_name};
use crate::model::{DepGraph, Lang, Node, Rag, Roadmap};
use crate::order::sorted_order;
use crate::scenario::{Lever, NotOffered, Unit};
use crate::scenario::{MandateLever, Question, Scenario};
use crate::sim::{Comparison, RunOutput, Status};

/// A table of strings: the first column heads each row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    pub caption: String,
    /// Every column's heading, the row heads' first.
    pub columns: Vec<String>,
    pub rows: Vec<TableRow>,
    /// The cells are numbers, aligned on the right.
    pub numeric: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub head: String,
    pub cells: Vec<String>,
}

/// Amounts below half a million kroner count as no change.
const NEGLIGIBLE_MNOK: f64 = 0.5;
/// Shares closer than half a percentage point count as the same.
const NEGLIGIBLE_POINTS: f64 = 0.5;

/// The present value change as the headline names it: lost, gained or unchanged, and the amount.
pub fn pv_change(lang: Lang, delta: f64) -> (&'static str, String) {
    let s = strings(lang);
    if delta < -NEGLIGIBLE_MNOK {
        (s.benefit_lost, mnok(lang, delta))
    } else if delta > NEGLIGIBLE_MNOK {
        (s.benefit_gained, format!("+{}", mnok(lang, delta)))
    } else {
        (s.benefit_unchanged, mnok(lang, 0.0))
    }
}

/// "3 av 23": the milestones that slip against the baseline.
pub fn slipped_count(lang: Lang, comparison: &Comparison) -> String {
    fill(
        strings(lang).slipped_count,
        &[
            ("count", &comparison.slipped().0.to_string()),
            ("total", &comparison.milestones.len().to_string()),
        ],
    )
}

/// The status message once the results have settled after a change: the headline figures, then
/// where the chosen milestone now falls.
pub fn results_announcement(
    roadmap: &Roadmap,
    comparison: &Comparison,
    selected: Option<&str>,
    lang: Lang,
) -> String {
    let s = strings(lang);
    let (pv_label, pv) = pv_change(lang, comparison.delta_pv);
    let figures = fill(
        s.results_updated,
        &[
            ("pv_label", pv_label),
            ("pv", &pv),
            ("slipped_label", s.slipped_label),
            ("slipped", &slipped_count(lang, comparison)),
        ],
    );
    match selected.and_then(|id| chain_announcement(roadmap, comparison, id, lang)) {
        Some(chain) => format!("{figures} {chain}"),
        None => figures,
    }
}

/// The status message when a milestone is chosen: where it falls against the baseline.
pub fn chain_announcement(
    roadmap: &Roadmap,
    comparison: &Comparison,
    milestone: &str,
    lang: Lang,
) -> Option<String> {
    explain_chain(roadmap, comparison, milestone, lang).map(|x| format!("{}.", x.summary))
}

/// The tracks of a solution: their index in the roadmap and their actor group's name.
fn solution_tracks<'a>(
    roadmap: &'a Roadmap,
    solution: &'a str,
    lang: Lang,
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    roadmap
        .tracks
        .iter()
        .enumerate()
        .filter(move |(_, t)| t.solution == solution)
        .map(move |(i, t)| {
            let actor = roadmap
                .actor(&t.actor)
                .map_or(t.actor.as_str(), |a| a.name.get(lang));
            (i, actor)
        })
}

/// The adoption chart in words: each actor group's share at the horizon's end, and the largest
/// gap to the baseline at any month.
pub fn adoption_summary(
    roadmap: &Roadmap,
    baseline: &RunOutput,
    run: &RunOutput,
    solution: &str,
    lang: Lang,
) -> String {
    let s = strings(lang);
    let last = |series: &[f64]| series.last().copied().unwrap_or(0.0);
    let shares: Vec<String> = solution_tracks(roadmap, solution, lang)
        .map(|(i, actor)| format!("{actor} {}", percent(lang, last(&run.tracks[i].adoption))))
        .collect();
    let end = month(lang, roadmap.meta.end);
    let summary = fill(
        s.adoption_summary,
        &[("end", &end), ("shares", &shares.join(", "))],
    );
    // (points, month index, actor) of the largest gap, first found on ties.
    let largest = solution_tracks(roadmap, solution, lang)
        .flat_map(|(i, actor)| {
            let pairs = run.tracks[i]
                .adoption
                .iter()
                .zip(&baseline.tracks[i].adoption);
            pairs
                .enumerate()
                .map(move |(t, (a, b))| ((a - b) * 100.0, t, actor))
        })
        .fold(None::<(f64, usize, &str)>, |best, gap| match best {
            Some(b) if b.0.abs() >= gap.0.abs() => Some(b),
            _ => Some(gap),
        });
    let change = match largest {
        Some((points, t, actor)) if points.abs() >= NEGLIGIBLE_POINTS => {
            let sign = if points > 0.0 { "+" } else { "" };
            fill(
                s.adoption_change,
                &[
                    ("actor", actor),
                    ("points", &format!("{sign}{}", number(lang, points, 0))),
                    ("when", &month(lang, roadmap.meta.start.plus(t as i32))),
                ],
            )
        }
        _ => s.adoption_no_change.to_string(),
    };
    format!("{summary} {change}")
}

/// The adoption chart's numbers: each actor group's share in January of each year, the points
/// the chart marks, scenario and baseline side by side.
pub fn adoption_table(
    roadmap: &Roadmap,
    baseline: &RunOutput,
    run: &RunOutput,
    solution: &str,
    lang: Lang,
) -> DataTable {
    let s = strings(lang);
    let tracks: Vec<(usize, &str)> = solution_tracks(roadmap, solution, lang).collect();
    let solution_name = roadmap
        .solution(solution)
        .map_or(solution, |x| x.name.get(lang));
    let mut columns = vec![s.col_year.to_string()];
    for (_, actor) in &tracks {
        columns.push(fill(s.col_scenario_of, &[("name", actor)]));
        columns.push(fill(s.col_baseline_of, &[("name", actor)]));
    }
    let rows = (0..roadmap.months())
        .step_by(12)
        .map(|t| TableRow {
            head: roadmap.meta.start.plus(t as i32).year().to_string(),
            cells: tracks
                .iter()
                .flat_map(|&(i, _)| [run, baseline].map(|r| percent(lang, r.tracks[i].adoption[t])))
                .collect(),
        })
        .collect();
    DataTable {
        caption: fill(s.adoption_table_caption, &[("solution", solution_name)]),
        columns,
        rows,
        numeric: true,
    }
}

/// The benefit chart in words: the running totals at the end, and the present value gap.
pub fn benefit_summary(
    roadmap: &Roadmap,
    baseline: &BenefitTotals,
    scenario: &BenefitTotals,
    delta_pv: f64,
    lang: Lang,
) -> String {
    let last = |t: &BenefitTotals| t.cumulative.last().copied().unwrap_or(0.0);
    fill(
        strings(lang).benefit_summary,
        &[
            ("end", &month(lang, roadmap.meta.end)),
            ("scenario", &mnok(lang, last(scenario))),
            ("baseline", &mnok(lang, last(baseline))),
            ("pv", &mnok(lang, delta_pv)),
        ],
    )
}

/// The benefit chart's numbers by year: realised in the year, and realised so far at its end.
pub fn benefit_table(
    roadmap: &Roadmap,
    baseline: &BenefitTotals,
    scenario: &BenefitTotals,
    lang: Lang,
) -> DataTable {
    let s = strings(lang);
    let start = roadmap.meta.start;
    let months = roadmap.months();
    // Month indices of each calendar year within the horizon.
    let years = (start.year()..=roadmap.meta.end.year()).map(|year| {
        let first = (crate::model::Month::new(year, 1).since(start).max(0)) as usize;
        let last = ((crate::model::Month::new(year, 12).since(start) + 1) as usize).min(months);
        (year, first..last)
    });
    let amount = |v: f64| number(lang, v, 0);
    let rows = years
        .map(|(year, span)| {
            let in_year = |t: &BenefitTotals| t.monthly[span.clone()].iter().sum::<f64>();
            let at_end = |t: &BenefitTotals| t.cumulative[span.end - 1];
            TableRow {
                head: year.to_string(),
                cells: vec![
                    amount(in_year(scenario)),
                    amount(in_year(baseline)),
                    amount(at_end(scenario)),
                    amount(at_end(baseline)),
                ],
            }
        })
        .collect();
    DataTable {
        caption: s.benefit_table_caption.to_string(),
        columns: [
            s.col_year,
            s.col_in_year_scenario,
            s.col_in_year_baseline,
            s.col_cumulative_scenario,
            s.col_cumulative_baseline,
        ]
        .map(String::from)
        .to_vec(),
        rows,
        numeric: true,
    }
}

/// The timeline in words: how many milestones move which way against the baseline.
pub fn timeline_summary(roadmap: &Roadmap, comparison: &Comparison, lang: Lang) -> String {
    let deltas = &comparison.milestones;
    let earlier = deltas
        .iter()
        .filter(|d| match (d.baseline, d.scenario) {
            (Some(b), Some(s)) => s < b,
            (None, Some(_)) => true,
            _ => false,
        })
        .count();
    let unreached = deltas.iter().filter(|d| d.scenario.is_none()).count();
    fill(
        strings(lang).timeline_summary,
        &[
            ("later", &comparison.slipped().0.to_string()),
            ("earlier", &earlier.to_string()),
            ("unreached", &unreached.to_string()),
            ("total", &deltas.len().to_string()),
            ("end", &month(lang, roadmap.meta.end)),
        ],
    )
}

/// A milestone's status in words, so the table does not say it in colour alone.
pub fn status_text(status: Status, lang: Lang) -> &'static str {
    let s = strings(lang);
    match status {
        Status::Green => s.status_on_time,
        Status::Yellow => s.status_late,
        Status::Red => s.status_very_late,
    }
}

/// The directorate's traffic light in words: "grønn", "gul", "rød".
pub fn rag_text(rag: Rag, lang: Lang) -> &'static str {
    let s = strings(lang);
    match rag {
        Rag::Green => s.rag_green,
        Rag::Yellow => s.rag_yellow,
        Rag::Red => s.rag_red,
    }
}

/// A milestone's or a track's name to head a row or stand in a list: a track's is written to
/// follow "because", so it gets a capital here.
fn node_name(roadmap: &Roadmap, node: Node, lang: Lang) -> String {
    match node {
        Node::Milestone(i) => milestone_name(roadmap, &roadmap.milestones[i].id, lang),
        Node::Track(i) => {
            let name = track_name(roadmap, &roadmap.tracks[i].id, lang);
            let mut chars = name.chars();
            chars.next().map_or(name.clone(), |first| {
                std::iter::once(crate::i18n::uppercase_char(first))
                    .chain(chars)
                    .collect()
            })
        }
    }
}

/// The dependency graph in words: how many nodes and links it has.
pub fn graph_summary(roadmap: &Roadmap, graph: &DepGraph, lang: Lang) -> String {
    let links = graph.graph.edge_count();
    fill(
        strings(lang).graph_summary,
        &[
            ("milestones", &roadmap.milestones.len().to_string()),
            ("tracks", &roadmap.tracks.len().to_string()),
            ("links", &links.to_string()),
        ],
    )
}

/// The dependency graph as a table: every node, in the graph's order from the left, with what it
/// depends on, names in full where the picture cuts them short.
pub fn graph_table(roadmap: &Roadmap, g: &DepGraph, lang: Lang) -> DataTable {
    let s = strings(lang);
    let rows = layers(g)
        .into_iter()
        .flatten()
        .map(|node| {
            let needs: Vec<String> = g
                .graph
                .neighbors_directed(g.index(node), Direction::Incoming)
                .map(|n| node_name(roadmap, g.graph[n], lang))
                .collect();
            let order = sorted_order(needs.len(), &|a, b| needs[a].cmp(&needs[b]));
            let mut needs: Vec<String> = order.into_iter().map(|i| needs[i].clone()).collect();
            needs.dedup();
            let needs = if needs.is_empty() {
                s.depends_on_nothing.to_string()
            } else {
                needs.join("; ")
            };
            TableRow {
                head: node_name(roadmap, node, lang),
                cells: vec![needs],
            }
        })
        .collect();
    DataTable {
        caption: s.graph_table_caption.to_string(),
        columns: vec![s.col_node.to_string(), s.col_depends_on.to_string()],
        rows,
        numeric: false,
    }
}

/// A time chart's summary, then where its data date line stands.
pub fn with_today_note(roadmap: &Roadmap, summary: String, lang: Lang) -> String {
    let note = fill(
        strings(lang).today_line_note,
        &[("date", &month(lang, roadmap.meta.data_date))],
    );
    format!("{summary} {note}")
}

/// Why a lever is not offered in the current question, in one short line.
pub fn not_offered_text(why: &NotOffered, lang: Lang) -> String {
    let s = strings(lang);
    match why {
        NotOffered::Happened(m) => fill(s.not_offered_happened, &[("date", &month(lang, *m))]),
        NotOffered::InForce(m) => fill(s.not_offered_in_force, &[("date", &month(lang, *m))]),
        NotOffered::NoDuty => String::new(),
    }
}

/// A lever's value in a scenario as a reader writes it: "×1,5", "24 måneder", "80 %", "Frist: …".
pub fn lever_value(lever: &Lever, scenario: &Scenario, lang: Lang) -> String {
    let s = strings(lang);
    let v = lever.value(scenario);
    match lever.kind().spec().unit {
        Unit::Times => format!("×{}", number(lang, v, 2)),
        Unit::Months => months(lang, v as i32),
        Unit::Share => percent(lang, v),
        Unit::Month => match lever.mandate(scenario) {
            MandateLever::AsData => s.mandate_as_data.to_string(),
            MandateLever::Off => s.mandate_off.to_string(),
            MandateLever::At(m) => format!("{}: {}", s.mandate_deadline, month(lang, m)),
        },
    }
}

/// Every lever that differs from its default, named and valued, for the printed report.
pub fn changed_levers(roadmap: &Roadmap, scenario: &Scenario, lang: Lang) -> Vec<(String, String)> {
    Lever::changed_in(scenario)
        .iter()
        .map(|lever| {
            (
                lever_name(roadmap, lever, lang),
                lever_value(lever, scenario, lang),
            )
        })
        .collect()
}

/// The scenario in one sentence, for a view embedded on another site and for an exported file:
/// the question, the data date and the levers that differ from the baseline.
pub fn scenario_in_words(roadmap: &Roadmap, scenario: &Scenario, lang: Lang) -> String {
    let s = strings(lang);
    let levers = changed_levers(roadmap, scenario, lang);
    let levers = if levers.is_empty() {
        s.scenario_no_levers.to_string()
    } else {
        levers
            .iter()
            .map(|(name, value)| format!("{name} {value}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let question = match scenario.question {
        Question::FromToday => s.scenario_from_today,
        Question::Since2021 => s.scenario_since_2021,
    };
    fill(
        s.scenario_words,
        &[
            ("question", question),
            ("date", &month(lang, roadmap.meta.data_date)),
            ("levers", &levers),
        ],
    )
}

/// What an exported file says it shows, one line each: the scenario in words, the data's version
/// and date, and the `address` that shows it again.
pub fn file_notes(
    roadmap: &Roadmap,
    scenario: &Scenario,
    lang: Lang,
    address: &str,
) -> Vec<String> {
    let s = strings(lang);
    let meta = &roadmap.meta;
    vec![
        scenario_in_words(roadmap, scenario, lang),
        fill(
            s.print_roadmap,
            &[
                ("id", &meta.id),
                ("version", &meta.version),
                ("date", &month(lang, meta.data_date)),
            ],
        ),
        fill(s.export_source, &[("url", address)]),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_scenario_in_one_sentence_names_its_question_date_and_levers() {
        let engine = engine();
        let roadmap = engine.roadmap();
        assert_eq!(
            scenario_in_words(roadmap, &Scenario::default(), Lang::Nb),
            "Scenario fra i dag (data per feb.\u{a0}2026): grunnlaget, ingen spaker endret."
        );
        let mut since = delayed("kommune_plo", 24);
        since.question = Question::Since2021;
        let words = scenario_in_words(roadmap, &since, Lang::En);
        assert!(
            words.starts_with("Scenario since 2021 (data as of Feb\u{a0}2026): "),
            "{words}"
        );
        assert!(words.ends_with(": delay 24 months."), "{words}");
    }
    use super::*;
    use crate::scenario::ActorLevers;
    use crate::sim::Engine;

    use crate::sim::default_engine as engine;

    fn delayed(actor: &str, delay: u32) -> Scenario {
        let mut s = Scenario::default();
        s.actors.insert(
            actor.into(),
            ActorLevers {
                delay,
                ..ActorLevers::default()
            },
        );
        s
    }

    fn plo_solution(e: &Engine) -> String {
        let r = e.roadmap();
        r.tracks
            .iter()
            .find(|t| t.actor == "kommune_plo")
            .expect("a PLO track")
            .solution
            .clone()
    }

    #[test]
    fn the_adoption_table_holds_the_charted_yearly_points() {
        let e = engine();
        let r = e.roadmap();
        let solution = plo_solution(&e);
        let run = e.run(&delayed("kommune_plo", 24));
        let table = adoption_table(r, e.baseline(), &run, &solution, Lang::En);
        let groups: Vec<usize> = (r.tracks.iter().enumerate())
            .filter(|(_, t)| t.solution == solution)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(table.columns.len(), 1 + 2 * groups.len());
        assert_eq!(table.rows.len(), r.months().div_ceil(12));
        for (k, row) in table.rows.iter().enumerate() {
            assert_eq!(row.cells.len(), table.columns.len() - 1);
            assert_eq!(
                row.head,
                r.meta.start.plus(12 * k as i32).year().to_string()
            );
            for (g, &i) in groups.iter().enumerate() {
                let share = |run: &RunOutput| percent(Lang::En, run.tracks[i].adoption[12 * k]);
                assert_eq!(row.cells[2 * g], share(&run));
                assert_eq!(row.cells[2 * g + 1], share(e.baseline()));
            }
        }
    }

    #[test]
    fn the_adoption_summary_names_the_largest_change() {
        let e = engine();
        let r = e.roadmap();
        let solution = plo_solution(&e);
        let same = adoption_summary(r, e.baseline(), e.baseline(), &solution, Lang::Nb);
        assert!(
            same.ends_with(strings(Lang::Nb).adoption_no_change),
            "{same}"
        );
        let run = e.run(&delayed("kommune_plo", 24));
        let moved = adoption_summary(r, e.baseline(), &run, &solution, Lang::Nb);
        let plo = r.actor("kommune_plo").unwrap().name.get(Lang::Nb);
        assert!(
            moved.contains(&format!("grunnlaget: {plo}, −")),
            "a delay lowers the share: {moved}"
        );
    }

    #[test]
    fn the_benefit_table_adds_up_to_the_charted_totals() {
        let e = engine();
        let r = e.roadmap();
        let base = BenefitTotals::of(e.baseline());
        let run = BenefitTotals::of(&e.run(&delayed("kommune_plo", 24)));
        let table = benefit_table(r, &base, &run, Lang::En);
        let years = (r.meta.end.year() - r.meta.start.year() + 1) as usize;
        assert_eq!(table.rows.len(), years);
        assert_eq!(table.columns.len(), 5);
        let last = table.rows.last().unwrap();
        assert_eq!(
            last.cells[2],
            number(Lang::En, *run.cumulative.last().unwrap(), 0)
        );
        assert_eq!(
            last.cells[3],
            number(Lang::En, *base.cumulative.last().unwrap(), 0)
        );
        let total: f64 = run.monthly.iter().sum();
        let parse = |c: &str| c.replace(',', "").replace('−', "-").parse::<f64>().unwrap();
        let summed: f64 = table.rows.iter().map(|row| parse(&row.cells[0])).sum();
        assert!(
            (summed - total).abs() <= years as f64,
            "{summed} vs {total}"
        );
    }

    #[test]
    fn the_graph_table_lists_every_node_with_its_needs() {
        let e = engine();
        let r = e.roadmap();
        let table = graph_table(r, e.graph(), Lang::En);
        assert_eq!(table.rows.len(), r.milestones.len() + r.tracks.len());
        let nothing = strings(Lang::En).depends_on_nothing;
        assert!(table.rows.iter().any(|row| row.cells[0] == nothing));
        let links: usize = table
            .rows
            .iter()
            .filter(|row| row.cells[0] != nothing)
            .map(|row| row.cells[0].split("; ").count())
            .sum();
        assert!(table
            .rows
            .iter()
            .all(|row| row.head.starts_with(char::is_uppercase)));
        let edges = e.graph().graph.edge_count();
        assert!(links <= edges && links > 0);
        assert!(graph_summary(r, e.graph(), Lang::En).contains(&format!("{edges} dependencies")));
    }

    #[test]
    fn the_timeline_summary_counts_the_moves() {
        let e = engine();
        let r = e.roadmap();
        let cmp = e.compare(&delayed("kommune_plo", 24));
        let text = timeline_summary(r, &cmp, Lang::En);
        let later = cmp.slipped().0;
        assert!(later > 0);
        assert!(
            text.starts_with(&format!("{later} of {} ", r.milestones.len())),
            "{text}"
        );
    }

    #[test]
    fn the_announcement_carries_the_headline_figures() {
        let e = engine();
        let r = e.roadmap();
        let base = e.compare(&Scenario::default());
        assert_eq!(
            results_announcement(r, &base, None, Lang::Nb),
            format!(
                "Resultatene er oppdatert. Gevinst som i grunnlaget: 0 mill. kr. Milepæler senere enn i grunnlaget: 0 av {}.",
                r.milestones.len()
            )
        );
        let late = e.compare(&delayed("kommune_plo", 24));
        let text = results_announcement(r, &late, None, Lang::En);
        assert!(
            text.starts_with("The results are updated. Benefit lost: NOK −"),
            "{text}"
        );
        // With a milestone chosen, where it now falls follows.
        let chosen = results_announcement(r, &late, Some("pll_kommune_start"), Lang::En);
        let chain = chain_announcement(r, &late, "pll_kommune_start", Lang::En).unwrap();
        assert_eq!(chosen, format!("{text} {chain}"));
        assert!(
            chain.contains("later") || chain.contains("not reached"),
            "{chain}"
        );
        assert_eq!(
            chain_announcement(r, &late, "no_such_milestone", Lang::En),
            None
        );
    }

    #[test]
    fn changed_levers_read_as_values() {
        let e = engine();
        let r = e.roadmap();
        let mut s = delayed("kommune_plo", 24);
        s.actors.get_mut("kommune_plo").unwrap().speed = 1.5;
        s.actors.insert(
            "fastlege".into(),
            ActorLevers {
                ceiling: 0.8,
                mandates: [(
                    "pll".to_string(),
                    MandateLever::At(crate::model::Month::new(2027, 1)),
                )]
                .into_iter()
                .collect(),
                ..ActorLevers::default()
            },
        );
        let values: Vec<String> = changed_levers(r, &s, Lang::Nb)
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        assert_eq!(
            values,
            ["80\u{a0}%", "Frist: jan.\u{a0}2027", "×1,50", "24 måneder"]
        );
    }

    #[test]
    fn a_lever_not_offered_says_why_in_a_short_line() {
        let m = crate::model::Month::new(2023, 12);
        assert_eq!(
            not_offered_text(&NotOffered::Happened(m), Lang::Nb),
            "Skjedde i des.\u{a0}2023 – historien står fast"
        );
        assert_eq!(
            not_offered_text(
                &NotOffered::InForce(crate::model::Month::new(2022, 7)),
                Lang::En
            ),
            "Duty in force since Jul\u{a0}2022"
        );
    }
}
