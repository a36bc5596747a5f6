//! The uncertainty report's words, tables and tornado pictures, from the runs' [`Bands`]: pure
//! and native-tested, as `describe.rs` is for the charts. The Monte Carlo worker writes the report
//! ([`report_html`]) and sends it; the page only places it (`src/web/risk_panel.rs`), so none of
//! this, nor its words ([`RiskStrings`](crate::i18n::RiskStrings)), is in the page's bundle.

use crate::charts::{cut, escape_markup};
use crate::fit::track_label;
use crate::i18n::{fill, number, percent, risk_strings};
use crate::model::{Lang, Month, Roadmap};
use crate::risk::{Seek, SeekAnswer};
use crate::sim::RunOutput;
use crate::worker_protocol::{rounded_percent, Bands, TornadoView};

/// `jan. 2026`, as `i18n::month` writes it, from the report's own words.
fn month(lang: Lang, m: Month) -> String {
    format!(
        "{}\u{a0}{}",
        risk_strings(lang).months[m.month() as usize - 1],
        m.year()
    )
}

/// Whole million kroner, as `i18n::mnok` writes them.
fn mnok(lang: Lang, value: f64) -> String {
    fill(risk_strings(lang).mnok, &[("n", &number(lang, value, 0))])
}

/// The month the chance is asked for when the link names none: the milestone's date in the
/// scenario's own run (how likely is the date the page shows?), or the horizon's end.
pub fn default_by(roadmap: &Roadmap, run: &RunOutput, milestone: Option<&str>) -> Month {
    milestone
        .and_then(|id| run.milestone(id))
        .and_then(|m| m.forecast)
        .unwrap_or(roadmap.meta.end)
}

/// "Omtrent 45 % sjanse for at PLL … er nådd innen des. 2029."
pub fn chance_sentence(
    roadmap: &Roadmap,
    lang: Lang,
    milestone: &str,
    by: Month,
    p: f32,
) -> String {
    let name = milestone_name(roadmap, lang, milestone);
    fill(
        risk_strings(lang).chance,
        &[
            ("pct", &rounded_percent(p).to_string()),
            ("m", &name),
            ("date", &month(lang, by)),
        ],
    )
}

pub fn milestone_name(roadmap: &Roadmap, lang: Lang, id: &str) -> String {
    roadmap.milestone_index(id).map_or_else(
        || id.to_string(),
        |i| roadmap.milestones[i].name.get(lang).to_string(),
    )
}

/// A month or "ikke innen {end}".
fn date_cell(roadmap: &Roadmap, lang: Lang, m: Option<Month>) -> String {
    match m {
        Some(m) => month(lang, m),
        None => fill(
            risk_strings(lang).not_reached,
            &[("end", &month(lang, roadmap.meta.end))],
        ),
    }
}

/// The percentile table, one row per milestone in the roadmap's order: name, P10, P50, P90.
pub fn percentile_rows(roadmap: &Roadmap, lang: Lang, bands: &Bands) -> Vec<[String; 4]> {
    roadmap
        .milestones
        .iter()
        .zip(&bands.milestones)
        .map(|(m, s)| {
            let cell = |d: Option<i32>| date_cell(roadmap, lang, d.map(Month));
            [
                m.name.get(lang).to_string(),
                cell(s.p10),
                cell(s.p50),
                cell(s.p90),
            ]
        })
        .collect()
}

/// The present value over the runs in a sentence.
pub fn pv_sentence(lang: Lang, bands: &Bands) -> String {
    let pv = &bands.present_value;
    fill(
        risk_strings(lang).pv,
        &[
            ("p10", &mnok(lang, pv.p10 as f64)),
            ("p50", &mnok(lang, pv.p50 as f64)),
            ("p90", &mnok(lang, pv.p90 as f64)),
        ],
    )
}

/// A milestone's or track's name, by id.
pub fn node_name(roadmap: &Roadmap, lang: Lang, id: &str) -> String {
    match roadmap.track_index(id) {
        Some(t) => track_label(roadmap, t, lang),
        None => milestone_name(roadmap, lang, id),
    }
}

/// The criticality index as rows: what, and in what share of runs.
pub fn criticality_rows(roadmap: &Roadmap, lang: Lang, bands: &Bands) -> Vec<[String; 2]> {
    bands
        .criticality
        .iter()
        .map(|(id, share)| [node_name(roadmap, lang, id), percent(lang, *share as f64)])
        .collect()
}

/// What a tornado bar varies, in words: a lever (`actors.fastlege.delay`: "Fastleger:
/// Forsinkelse") or an uncertain input (`slip:pll_national_start`: "PLL …: gjenstående
/// forsinkelse").
pub fn input_label(roadmap: &Roadmap, lang: Lang, name: &str) -> String {
    let s = risk_strings(lang);
    let parts: Vec<&str> = name.split(['.', ':']).collect();
    let (target, what) = match parts.as_slice() {
        ["actors", actor, kind] => {
            let actor = roadmap
                .actor(actor)
                .map_or(actor.to_string(), |a| a.name.get(lang).to_string());
            let kind = match *kind {
                "speed" => s.lever_speed,
                "delay" => s.lever_delay,
                "ceiling" => s.lever_ceiling,
                other => other,
            };
            (actor, kind)
        }
        ["milestones", m, _] => (milestone_name(roadmap, lang, m), s.lever_milestone_delay),
        [kind, target] => {
            let what = match *kind {
                "p" => s.input_p,
                "q" => s.input_q,
                "slip" => s.input_slip,
                "value" => s.input_value,
                "critical_mass" => s.input_critical_mass,
                other => other,
            };
            let target = match *kind {
                "value" | "critical_mass" => roadmap
                    .benefits
                    .iter()
                    .find(|b| b.id == *target)
                    .map_or(target.to_string(), |b| b.name.get(lang).to_string()),
                _ => node_name(roadmap, lang, target),
            };
            (target, what)
        }
        _ => return name.to_string(),
    };
    format!("{target}: {what}")
}

/// How a tornado's values read: money or a month (months from the horizon's start).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TornadoUnit {
    Mnok,
    Month,
}

fn tornado_value(roadmap: &Roadmap, lang: Lang, unit: TornadoUnit, v: f32) -> String {
    match unit {
        TornadoUnit::Mnok => mnok(lang, v as f64),
        TornadoUnit::Month => month(lang, roadmap.meta.start.plus(v.round() as i32)),
    }
}

/// The bars shown: the widest ten.
pub const TORNADO_BARS: usize = 10;

/// The tornado's table: what varies, the result at its low end and at its high end.
pub fn tornado_rows(
    roadmap: &Roadmap,
    lang: Lang,
    unit: TornadoUnit,
    view: &TornadoView,
) -> Vec<[String; 3]> {
    view.bars
        .iter()
        .take(TORNADO_BARS)
        .map(|b| {
            [
                input_label(roadmap, lang, &b.name),
                tornado_value(roadmap, lang, unit, b.at_low),
                tornado_value(roadmap, lang, unit, b.at_high),
            ]
        })
        .collect()
}

/// The tornado as SVG: one row per bar (widest first) from the result at the low end to the
/// result at the high end, around a line at the scenario's value; the low end's side dark, the
/// high end's light, each row labelled. Its table is [`tornado_rows`].
pub fn tornado_svg(roadmap: &Roadmap, lang: Lang, unit: TornadoUnit, view: &TornadoView) -> String {
    const W: f32 = 760.0;
    const LABEL: f32 = 380.0;
    // What fits left of the bars at 12 px (about 6.2 px a character); the table under the
    // picture has every name whole.
    const LABEL_CHARS: usize = 58;
    const ROW: f64 = 24.0;
    let bars: Vec<_> = view.bars.iter().take(TORNADO_BARS).collect();
    let (lo, hi) = bars.iter().fold((view.base, view.base), |(lo, hi), b| {
        (
            lo.min(b.at_low).min(b.at_high),
            hi.max(b.at_low).max(b.at_high),
        )
    });
    let span = (hi - lo).max(f32::EPSILON);
    let x = |v: f32| f64::from(LABEL + (v - lo) / span * (W - LABEL - 10.0));
    let height = ROW * bars.len() as f64 + 24.0;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {height}\" class=\"tornado\" aria-hidden=\"true\">"
    );
    for (i, b) in bars.iter().enumerate() {
        let y = i as f64 * ROW + 4.0;
        let label = input_label(roadmap, lang, &b.name);
        out += &format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text>",
            f64::from(LABEL) - 6.0,
            y + 14.0,
            escape_markup(&cut(&label, LABEL_CHARS))
        );
        for (v, class) in [(b.at_low, "low"), (b.at_high, "high")] {
            let (a, z) = (x(view.base).min(x(v)), x(view.base).max(x(v)));
            out += &format!(
                "<rect class=\"tornado-{class}\" x=\"{a:.1}\" y=\"{y}\" width=\"{:.1}\" height=\"{}\"/>",
                (z - a).max(1.0),
                ROW - 6.0
            );
        }
    }
    let base = x(view.base);
    let bottom = ROW * bars.len() as f64 + 4.0;
    out += &format!(
        "<line x1=\"{base:.1}\" x2=\"{base:.1}\" y1=\"0\" y2=\"{bottom}\" stroke=\"currentColor\"/><text x=\"{base:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\">{}</text></svg>",
        bottom + 16.0,
        escape_markup(&tornado_value(roadmap, lang, unit, view.base))
    );
    out
}

/// A lever's setting as its slider shows it: `×1.5`, `6 mnd.`, `80 %`.
fn setting(lang: Lang, lever: &str, value: f64) -> String {
    if lever.ends_with(".speed") {
        format!("×{}", number(lang, value, 2))
    } else if lever.ends_with(".ceiling") {
        percent(lang, value)
    } else {
        fill(
            risk_strings(lang).months_short,
            &[("n", &number(lang, value, 0))],
        )
    }
}

/// Goal seek's answer: that the scenario reaches the goal already, or each lever's weakest
/// setting that reaches it alone, with a button that applies it (`data-apply`: the scenario with
/// it, as a share link's query, which the page applies as a change of levers), and what holds the
/// date back where no lever can.
pub fn seek_html(roadmap: &Roadmap, lang: Lang, seek: &Seek, name: &str, by: Month) -> String {
    let s = risk_strings(lang);
    let title = fill(s.seek_heading, &[("m", name), ("date", &month(lang, by))]);
    let mut out = format!("<section id=\"seek\"><h3>{}</h3>", escape_markup(&title));
    let answers = match seek {
        Seek::AlreadyMet { achieved } => {
            let met = fill(
                s.seek_met,
                &[("date", &date_cell(roadmap, lang, achieved.month))],
            );
            return out + &format!("<p id=\"seek-met\">{}</p></section>", escape_markup(&met));
        }
        Seek::Answers { answers } => answers,
    };
    let found: Vec<_> = answers
        .iter()
        .filter_map(|a| match a {
            SeekAnswer::Found {
                lever,
                value,
                achieved,
                scenario,
            } => Some((lever, *value, achieved, scenario)),
            SeekAnswer::Unreachable { .. } => None,
        })
        .take(TORNADO_BARS)
        .collect();
    if !found.is_empty() {
        let caption = escape_markup(s.seek_caption);
        out += &format!(
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{caption}\"><table id=\"seek-table\"><caption>{caption}</caption><thead><tr>"
        );
        for h in [s.col_input, s.col_setting, s.col_reaches, ""] {
            out += &format!("<th scope=\"col\">{}</th>", escape_markup(h));
        }
        out += "</tr></thead><tbody>";
        for (lever, value, reaches, scenario) in found {
            let label = input_label(roadmap, lang, lever);
            let link = crate::risk::share_link(roadmap, scenario);
            out += &format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td><button type=\"button\" class=\"apply\" data-apply=\"{}\" aria-label=\"{}: {}\">{}</button></td></tr>",
                escape_markup(&label),
                escape_markup(&setting(lang, lever, value)),
                escape_markup(&match reaches.probability {
                    // With a chance asked: the share of runs that meet the date, in fives.
                    Some(p) => format!(
                        "{} ({})",
                        date_cell(roadmap, lang, reaches.month),
                        crate::i18n::percent(
                            lang,
                            f64::from(crate::worker_protocol::rounded_percent(p as f32)) / 100.0
                        )
                    ),
                    None => date_cell(roadmap, lang, reaches.month),
                }),
                escape_markup(&link),
                escape_markup(s.apply),
                escape_markup(&label),
                escape_markup(s.apply),
            );
        }
        out += "</tbody></table></div>";
    }
    let blocked: Vec<_> = answers
        .iter()
        .filter_map(|a| match a {
            SeekAnswer::Unreachable { chain, .. } => Some(chain),
            SeekAnswer::Found { .. } => None,
        })
        .collect();
    if let Some(chain) = blocked.first() {
        let node = chain
            .last()
            .map_or_else(String::new, |step| node_name(roadmap, lang, &step.id));
        // One lever asked for: say so of that lever, not of "1 lever".
        let text = match answers.as_slice() {
            [SeekAnswer::Unreachable { lever, .. }] => fill(
                s.seek_blocked_one,
                &[
                    ("lever", &input_label(roadmap, lang, lever)),
                    ("node", &node),
                ],
            ),
            _ => fill(
                s.seek_blocked,
                &[("n", &blocked.len().to_string()), ("node", &node)],
            ),
        };
        out += &format!("<p id=\"seek-blocked\">{}</p>", escape_markup(&text));
    } else if answers.is_empty() {
        out += &format!(
            "<p id=\"seek-blocked\">{}</p>",
            escape_markup(s.seek_nothing)
        );
    }
    out + "</section>"
}

/// A table as HTML: caption, column headings, rows whose first cell heads the row; in a
/// scrolling region that keyboard users can reach, as every table of the page is.
pub fn table_html<const N: usize>(
    id: &str,
    caption: &str,
    heads: [&str; N],
    rows: &[[String; N]],
) -> String {
    let caption = escape_markup(caption);
    let mut out = format!(
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{caption}\"><table id=\"{id}\"><caption>{caption}</caption><thead><tr>"
    );
    for h in heads {
        out += &format!("<th scope=\"col\">{}</th>", escape_markup(h));
    }
    out += "</tr></thead><tbody>";
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            out += &match i {
                0 => format!("<tr><th scope=\"row\">{}</th>", escape_markup(cell)),
                _ => format!("<td>{}</td>", escape_markup(cell)),
            };
        }
        out += "</tr>";
    }
    out + "</tbody></table></div>"
}

/// Everything the runs say, as HTML for the panel: how they were drawn (`seed`) and how far they
/// are, then (and for print and screen readers: sentences
/// and tables, the tornados' pictures hidden from assistive technology beside their tables):
/// the chance of `milestone` by `by`, the present value's range, the percentile table, the
/// criticality index and, once every run is in, the two tornados.
pub fn report_html(
    roadmap: &Roadmap,
    lang: Lang,
    bands: &Bands,
    milestone: &str,
    by: Month,
    seed: u64,
    seek: Option<&Seek>,
) -> String {
    let s = risk_strings(lang);
    let name = milestone_name(roadmap, lang, milestone);
    let runs = bands.runs.to_string();
    // How long the runs alone took, for the benchmark (tests/e2e/bench.mjs) to read.
    let runs_ms = bands
        .runs_ms
        .map_or(String::new(), |ms| format!(" data-runs-ms=\"{ms}\""));
    let mut out = format!(
        "<p class=\"chart-summary\">{}</p><p class=\"hint\" id=\"risk-progress\"{runs_ms}>{}</p>",
        escape_markup(&fill(
            s.intro,
            &[("runs", &runs), ("seed", &seed.to_string())]
        )),
        escape_markup(&fill(
            s.progress,
            &[("done", &bands.done.to_string()), ("runs", &runs)]
        ))
    );
    if let Some(p) = bands.probability {
        out += &format!(
            "<p class=\"risk-chance-text\" id=\"risk-chance\">{}</p>",
            escape_markup(&chance_sentence(roadmap, lang, milestone, by, p))
        );
    }
    out += &format!(
        "<p id=\"risk-pv\">{}</p>",
        escape_markup(&pv_sentence(lang, bands))
    );
    out += &table_html(
        "risk-table",
        s.table_caption,
        [s.col_milestone, "P10", "P50", "P90"],
        &percentile_rows(roadmap, lang, bands),
    );
    let title = fill(s.criticality, &[("m", &name)]);
    out += &format!("<h3>{}</h3>", escape_markup(&title));
    out += &table_html(
        "criticality-table",
        s.criticality_caption,
        [s.col_node, s.col_share_of_runs],
        &criticality_rows(roadmap, lang, bands),
    );
    if let Some(seek) = seek {
        out += &seek_html(roadmap, lang, seek, &name, by);
    }
    if let Some([pv, date]) = &bands.tornado {
        let date_title = fill(s.tornado_date, &[("m", &name)]);
        for (id, title, unit, view) in [
            ("tornado-pv", s.tornado_pv, TornadoUnit::Mnok, pv),
            (
                "tornado-date",
                date_title.as_str(),
                TornadoUnit::Month,
                date,
            ),
        ] {
            out += &format!("<h3>{}</h3>", escape_markup(title));
            out += &tornado_svg(roadmap, lang, unit, view);
            out += &table_html(
                id,
                &format!("{title} {}", s.tornado_caption),
                [s.col_input, s.col_low_end, s.col_high_end],
                &tornado_rows(roadmap, lang, unit, view),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
    use crate::worker_protocol::{Bar, Spread};

    fn roadmap() -> Roadmap {
        load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("the default roadmap loads")
    }

    #[test]
    fn the_chance_in_fives_in_each_language() {
        let r = roadmap();
        let by = Month::new(2029, 12);
        let nb = chance_sentence(&r, Lang::Nb, "pll_national_start", by, 0.437);
        assert!(nb.starts_with("Omtrent 45 % sjanse"), "{nb}");
        assert!(nb.contains("des.\u{a0}2029"), "{nb}");
        let en = chance_sentence(&r, Lang::En, "pll_national_start", by, 0.437);
        assert!(en.starts_with("About 45% chance"), "{en}");
        let nn = chance_sentence(&r, Lang::Nn, "pll_national_start", by, 0.437);
        assert!(nn.starts_with("Om lag 45 % sjanse"), "{nn}");
    }

    #[test]
    fn the_table_has_a_row_per_milestone_and_says_not_reached() {
        let r = roadmap();
        let n = r.milestones.len();
        let bands = Bands {
            milestones: vec![
                Spread {
                    p10: Some(Month::new(2027, 1).0),
                    p50: Some(Month::new(2028, 6).0),
                    p90: None,
                };
                n
            ],
            ..Bands::default()
        };
        let rows = percentile_rows(&r, Lang::Nb, &bands);
        assert_eq!(rows.len(), n);
        assert_eq!(rows[0][1], "jan.\u{a0}2027");
        assert_eq!(rows[0][2], "juni\u{a0}2028");
        assert!(rows[0][3].starts_with("ikke innen"), "{}", rows[0][3]);
    }

    #[test]
    fn inputs_and_levers_are_named_from_the_data() {
        let r = roadmap();
        let gp = r
            .actor("fastlege")
            .expect("GPs")
            .name
            .get(Lang::Nb)
            .to_string();
        assert_eq!(
            input_label(&r, Lang::Nb, "actors.fastlege.delay"),
            format!("{gp}: Forsinkelse")
        );
        let ms = &r.milestones[0];
        assert_eq!(
            input_label(&r, Lang::En, &format!("slip:{}", ms.id)),
            format!("{}: remaining slip", ms.name.get(Lang::En))
        );
        let b = &r.benefits[0];
        assert_eq!(
            input_label(&r, Lang::Nn, &format!("value:{}", b.id)),
            format!("{}: årleg verdi", b.name.get(Lang::Nn))
        );
        let t = &r.tracks[0];
        assert!(input_label(&r, Lang::Nb, &format!("p:{}", t.id)).ends_with("innovasjon (p)"));
        assert_eq!(input_label(&r, Lang::Nb, "odd"), "odd");
    }

    #[test]
    fn the_report_has_its_sentences_and_tables_escaped() {
        let r = roadmap();
        let n = r.milestones.len();
        let bands = Bands {
            milestones: vec![Spread::default(); n],
            probability: Some(0.5),
            criticality: vec![(r.tracks[0].id.clone(), 0.75)],
            tornado: Some([TornadoView::default(), TornadoView::default()]),
            ..Bands::default()
        };
        let html = report_html(
            &r,
            Lang::En,
            &bands,
            "pll_national_start",
            Month::new(2029, 12),
            7,
            None,
        );
        assert!(html.contains("(seed 7)"));
        for id in [
            "risk-progress",
            "risk-chance",
            "risk-pv",
            "risk-table",
            "criticality-table",
            "tornado-pv",
            "tornado-date",
        ] {
            assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        }
        assert!(html.contains("75%"));
        assert_eq!(html.matches("<tr><th scope=\"row\">").count(), n + 1);
        let t = table_html("x", "a < b", ["h"], &[["<i>".to_string()]]);
        assert!(t.contains("a &lt; b") && t.contains("&lt;i&gt;") && !t.contains("<i>"));
    }

    #[test]
    fn goal_seek_offers_each_found_setting_to_apply_and_says_what_blocks() {
        use crate::risk::{seek, Goal, RiskSettings};
        use crate::scenario::Scenario;
        use crate::sim::Engine;
        let engine = Engine::new(roadmap()).expect("the default roadmap builds");
        let r = engine.roadmap();
        let base = engine.run(&Scenario::default());
        let id = "pll_kommune_start";
        let date = base
            .milestone(id)
            .and_then(|m| m.forecast)
            .expect("reached");
        for (by, expect) in [(date.plus(24), "seek-met"), (date.plus(-3), "seek-table")] {
            let goal = Goal {
                milestone: id.into(),
                by,
                probability: None,
                lever: None,
            };
            let answer = seek(
                &engine,
                &Scenario::default(),
                &goal,
                &RiskSettings::default(),
            )
            .expect("a valid goal");
            let html = seek_html(r, Lang::Nb, &answer, "PLL", by);
            assert!(
                html.contains(&format!("id=\"{expect}\"")),
                "{expect}: {html}"
            );
            if expect == "seek-table" {
                assert!(html.contains("data-apply=\"v="), "{html}");
                assert!(html.contains(">Bruk</button>"));
            }
        }
    }

    #[test]
    fn the_tornado_draws_a_row_per_bar_around_the_scenario() {
        let r = roadmap();
        let view = TornadoView {
            base: 100.0,
            bars: vec![
                Bar {
                    name: "actors.fastlege.delay".into(),
                    at_low: 120.0,
                    at_high: 60.0,
                },
                Bar {
                    name: "actors.fastlege.speed".into(),
                    at_low: 90.0,
                    at_high: 105.0,
                },
            ],
        };
        let svg = tornado_svg(&r, Lang::Nb, TornadoUnit::Mnok, &view);
        assert_eq!(svg.matches("<rect").count(), 4);
        // A name too long for the picture is cut there and whole in the table.
        let long = r
            .milestones
            .iter()
            .map(|m| format!("slip:{}", m.id))
            .max_by_key(|name| input_label(&r, Lang::Nn, name).chars().count())
            .expect("milestones");
        let whole = input_label(&r, Lang::Nn, &long);
        assert!(whole.chars().count() > 58, "{whole}");
        let view_long = TornadoView {
            bars: vec![Bar {
                name: long,
                ..view.bars[0].clone()
            }],
            ..view.clone()
        };
        let svg_long = tornado_svg(&r, Lang::Nn, TornadoUnit::Month, &view_long);
        assert!(!svg_long.contains(&escape_markup(&whole)));
        assert!(svg_long.contains('…'));
        let rows_long = tornado_rows(&r, Lang::Nn, TornadoUnit::Month, &view_long);
        assert_eq!(rows_long[0][0], whole);
        assert_eq!(svg.matches("tornado-low").count(), 2);
        assert!(svg.ends_with("</svg>"));
        let rows = tornado_rows(&r, Lang::En, TornadoUnit::Month, &view);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][1], month(Lang::En, r.meta.start.plus(120)));
    }
}
