//! The milestone timeline, Gantt-like: one row per milestone with its 2021 plan (hollow diamond),
//! the slip from plan to forecast as a bar coloured by how late it is, the forecast (dot), the
//! baseline forecast where the scenario moved it (ring), a pinned scenario's forecast (upright
//! bar), and the actual date where known (square).
//! Clicking a row chooses its milestone: [`timeline_row_at`] maps the click back to the row.

use super::svg::{Doc, Paint, Rgb, Stroke, WHITE};
use super::{
    cut, font, today_line, year_span, years, ChartParams, Layer, Plot, Svg, GRID, HIGHLIGHT_FILL,
    INK, LATE, MUTED, ON_TIME, PINNED, VERY_LATE,
};
use crate::model::{Month, Roadmap};
use crate::sim::{Engine, RunOutput, Status};
use crate::worker_protocol::{ChartBands, Spread};

/// Height of one milestone row in pixels.
const ROW: u32 = 44;
const TOP: u32 = 8;
const AXIS: u32 = 28;
const BOTTOM: u32 = 4;

/// The milestones in the order the timeline shows them: by planned date, then as in the data.
pub fn timeline_order(roadmap: &Roadmap) -> Vec<usize> {
    let plan = |i: usize| roadmap.milestones[i].plan.v;
    crate::order::sorted_order(roadmap.milestones.len(), &|a, b| plan(a).cmp(&plan(b)))
}

/// The chart's height for a number of rows.
pub fn timeline_height(rows: usize) -> u32 {
    TOP + rows as u32 * ROW + AXIS + BOTTOM
}

/// The row under a point `y` pixels from the chart's top, counted in [`timeline_order`].
pub fn timeline_row_at(y: f64, rows: usize) -> Option<usize> {
    let row = (y - TOP as f64) / ROW as f64;
    (row >= 0.0 && row < rows as f64).then_some(row as usize)
}

fn status_colour(status: Status) -> Rgb {
    match status {
        Status::Green => ON_TIME,
        Status::Yellow => LATE,
        Status::Red => VERY_LATE,
    }
}

/// One milestone's dates as the overlay draws them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelineDates {
    pub status: Status,
    pub forecast: Option<Month>,
    pub baseline: Option<Month>,
    pub pinned: Option<Month>,
}

/// What one layer of the timeline shows: the base the chosen milestone's row, the overlay the
/// dates of every milestone (in the roadmap's order).
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineView {
    /// The chosen milestone, by index in the roadmap (base layer).
    pub selected: Option<usize>,
    /// Per milestone, the Monte Carlo runs' P10/P50/P90 month (base layer; empty without them).
    pub spreads: Vec<Spread<Option<i32>>>,
    /// Per milestone (overlay).
    pub dates: Vec<TimelineDates>,
}

impl TimelineView {
    pub fn base(roadmap: &Roadmap, selected: Option<&str>, bands: Option<&ChartBands>) -> Self {
        TimelineView {
            selected: selected.and_then(|id| roadmap.milestone_index(id)),
            spreads: bands.map_or_else(Vec::new, |b| b.milestones.clone()),
            dates: Vec::new(),
        }
    }

    pub fn overlay(baseline: &RunOutput, scenario: &RunOutput, pinned: Option<&RunOutput>) -> Self {
        let forecast = |run: Option<&RunOutput>, i: usize| {
            run.and_then(|r| r.milestones.get(i))
                .and_then(|m| m.forecast)
        };
        let dates = (scenario.milestones.iter().enumerate())
            .map(|(i, m)| TimelineDates {
                status: m.status,
                forecast: m.forecast,
                baseline: forecast(Some(baseline), i),
                pinned: forecast(pinned, i),
            })
            .collect();
        TimelineView {
            selected: None,
            spreads: Vec::new(),
            dates,
        }
    }
}

/// One layer of the timeline. The base holds the axis, the rows, the names and the highlight of
/// the chosen milestone; the overlay every date marker and slip bar.
pub fn timeline(engine: &Engine, view: &TimelineView, params: &ChartParams) -> Svg {
    let roadmap = engine.roadmap();
    let ChartParams { layer, lang, width } = *params;
    let order = timeline_order(roadmap);
    let n = order.len() as f64;
    let mut doc = Doc::new((width, timeline_height(order.len())), layer);
    // The rows from 8 to 18 pixels in from the sides, the years' labels below. Rows are placed in
    // pixels; the y scale, one unit a row, spans the data date's line over them.
    let (left, right) = (8.0, f64::from(width) - 18.0);
    let plot = Plot::new(
        (left, f64::from(TOP)),
        (right, f64::from(TOP + order.len() as u32 * ROW)),
        year_span(roadmap),
        (0.0, n),
    );
    let x = |m: Month| plot.x.at(m.as_year_fraction());
    if layer == Layer::Base {
        plot.axes(&mut doc, Some(years(width, true)), None);
    }
    // A name longer than the row is cut with an ellipsis, not at the edge (about 7.4 px a
    // character of 12 px text; the table below has every name whole).
    let label_chars = (width.saturating_sub(30) as f64 / 7.4) as usize;
    for (k, &i) in order.iter().enumerate() {
        let m = &roadmap.milestones[i];
        let top = f64::from(TOP + k as u32 * ROW);
        if layer == Layer::Base {
            let bottom = top + f64::from(ROW);
            if view.selected == Some(i) {
                doc.rect((left, top), (right, bottom), Paint::fill(HIGHLIGHT_FILL));
            }
            doc.polyline(&[(left, bottom), (right, bottom)], Stroke::solid(GRID, 1.0));
            let name = cut(m.name.get(lang), label_chars);
            doc.text((left + 4.0, top + 5.0), &name, font(12.0));
            // The runs' spread under the bar: P10 to P90 (on to the horizon's end when a
            // tenth of the runs do not reach it), P50 a taller tick.
            if let Some(Spread {
                p10: Some(p10),
                p50,
                p90,
            }) = view.spreads.get(i)
            {
                let y = top + 40.0;
                let end = p90.map_or(right, |m| x(Month(m)));
                let ink = Stroke::solid(MUTED, 2.0);
                doc.polyline(&[(x(Month(*p10)), y), (end, y)], ink);
                let ticks = [
                    Some((*p10, 3.0)),
                    p90.map(|m| (m, 3.0)),
                    p50.map(|m| (m, 5.0)),
                ];
                for (m, h) in ticks.into_iter().flatten() {
                    let at = x(Month(m));
                    doc.polyline(&[(at, y - h), (at, y + h)], ink);
                }
            }
            continue;
        }
        let bar = top + 30.0;
        let Some(run) = view.dates.get(i) else {
            continue;
        };
        let colour = status_colour(run.status);
        let plan = x(m.plan.v);
        let slip_end = run.forecast.map_or(right, x);
        if slip_end > plan {
            doc.rect(
                (plan, bar - 5.0),
                (slip_end, bar + 5.0),
                Paint::faded(colour, 0.85),
            );
        }
        let before = run.baseline;
        if let Some(b) = before.filter(|_| before != run.forecast) {
            doc.circle((x(b), bar), 6.0, Paint::outline(Stroke::solid(MUTED, 2.0)));
        }
        // Taller than the dot, so it shows when the dates agree too.
        if let Some(p) = run.pinned {
            let at = x(p);
            doc.rect(
                (at - 2.0, bar - 11.0),
                (at + 2.0, bar + 11.0),
                Paint::fill(PINNED),
            );
        }
        let diamond = [(0.0, -7.0), (7.0, 0.0), (0.0, 7.0), (-7.0, 0.0)]
            .map(|(dx, dy)| (plan + dx, bar + dy));
        let hollow = Paint {
            stroke: Some(Stroke::solid(INK, 2.0)),
            ..Paint::fill(WHITE)
        };
        doc.polygon(&diamond, hollow);
        if let Some(f) = run.forecast {
            doc.circle((x(f), bar), 6.0, Paint::fill(colour));
        }
        if let Some(actual) = &m.actual {
            let at = x(actual.v);
            doc.rect(
                (at - 4.0, bar - 4.0),
                (at + 4.0, bar + 4.0),
                Paint::fill(INK),
            );
        }
    }
    // Over the rows, so the row lines and highlight do not hide it; labelled at the top.
    if layer == Layer::Base {
        today_line(&mut doc, &plot, roadmap, (0.0, n), true, lang);
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_a_narrow_screen_a_long_name_is_cut_with_an_ellipsis_not_at_the_edge() {
        let e = crate::sim::default_engine();
        let names = |width| {
            let params = ChartParams {
                layer: Layer::Base,
                lang: crate::model::Lang::Nb,
                width,
            };
            let view = TimelineView::base(e.roadmap(), None, None);
            let svg = timeline(&e, &view, &params);
            svg.split("<text")
                .skip(1)
                .map(|t| {
                    t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()]
                        .trim()
                        .to_string()
                })
                .collect::<Vec<_>>()
        };
        let narrow = names(320);
        assert!(
            narrow.iter().any(|t| t.ends_with('…')),
            "some name is cut at 320 px: {narrow:?}"
        );
        assert!(narrow.iter().all(|t| t.chars().count() <= 39), "{narrow:?}");
        assert!(
            !names(1000).iter().any(|t| t.ends_with('…')),
            "none at a desktop width"
        );
    }
    use crate::model::Lang;
    use crate::scenario::Scenario;

    use crate::sim::default_engine as engine;

    /// One layer, 720 pixels wide, with its view built as the page builds it.
    fn draw(
        e: &Engine,
        baseline: &RunOutput,
        scenario: &RunOutput,
        pinned: Option<&RunOutput>,
        selected: Option<&str>,
        layer: Layer,
        lang: Lang,
    ) -> Svg {
        let view = match layer {
            Layer::Base => TimelineView::base(e.roadmap(), selected, None),
            Layer::Overlay => TimelineView::overlay(baseline, scenario, pinned),
        };
        let params = ChartParams {
            layer,
            lang,
            width: 720,
        };
        timeline(e, &view, &params)
    }

    #[test]
    fn rows_follow_the_plan_and_map_back_from_pixels() {
        let e = engine();
        let r = e.roadmap();
        let order = timeline_order(r);
        assert_eq!(order.len(), r.milestones.len());
        assert!(order
            .windows(2)
            .all(|w| r.milestones[w[0]].plan.v <= r.milestones[w[1]].plan.v));
        let n = order.len();
        assert_eq!(timeline_row_at(TOP as f64 + 1.0, n), Some(0));
        assert_eq!(
            timeline_row_at((TOP + ROW) as f64 + 1.0, n),
            Some(1.min(n - 1)).filter(|_| n > 1)
        );
        assert_eq!(timeline_row_at(2.0, n), None);
        assert_eq!(timeline_row_at(timeline_height(n) as f64, n), None);
    }

    #[test]
    fn names_every_milestone_and_marks_the_selected_row() {
        let e = engine();
        let r = e.roadmap();
        let base = |selected| {
            draw(
                &e,
                e.baseline(),
                e.baseline(),
                None,
                selected,
                Layer::Base,
                Lang::Nn,
            )
        };
        let plain = base(None);
        for m in &r.milestones {
            assert!(
                plain.contains(&format!(">{}</text>", m.name.nn)),
                "{} is named",
                m.id
            );
        }
        assert!(plain.contains(&format!(
            "height=\"{}\"",
            timeline_height(r.milestones.len())
        )));
        let chosen = base(Some(&r.milestones[0].id));
        assert!(!plain.contains("#E6EFFA"));
        assert!(chosen.contains("#E6EFFA"));
    }

    #[test]
    fn a_slip_against_the_baseline_shows_the_baseline_ring() {
        let e = engine();
        let s = crate::sim::kommune_delayed(24);
        let cmp = e.compare(&s);
        let moved = cmp
            .milestones
            .iter()
            .filter(|m| m.baseline.is_some() && m.baseline != m.scenario)
            .count();
        assert!(moved > 0, "delaying kommune_plo moves a milestone");
        let layer = |layer| draw(&e, e.baseline(), &cmp.scenario, None, None, layer, Lang::Nb);
        let (base, overlay) = (layer(Layer::Base), layer(Layer::Overlay));
        assert!(!base.contains("<circle"), "markers are all in the overlay");
        assert_eq!(
            base,
            draw(
                &e,
                e.baseline(),
                e.baseline(),
                None,
                None,
                Layer::Base,
                Lang::Nb
            ),
            "the base does not move with the levers"
        );
        let rings = overlay
            .split("<circle")
            .skip(1)
            .filter_map(|c| c.split_once("/>").map(|(tag, _)| tag))
            .filter(|tag| tag.contains("r=\"6\"") && tag.contains("fill=\"none\""))
            .count();
        assert_eq!(rings, moved);
    }

    #[test]
    fn a_pinned_scenario_marks_its_forecast_on_every_row_it_reaches() {
        let e = engine();
        let pinned = e.run(&Scenario::default());
        let overlay = |pinned| {
            draw(
                &e,
                e.baseline(),
                e.baseline(),
                pinned,
                None,
                Layer::Overlay,
                Lang::Nb,
            )
        };
        let marks = |svg: &str| svg.matches("fill=\"#8250DF\"").count();
        assert_eq!(marks(&overlay(None)), 0);
        let reached = pinned
            .milestones
            .iter()
            .filter(|m| m.forecast.is_some())
            .count();
        assert!(reached > 0);
        assert_eq!(marks(&overlay(Some(&pinned))), reached);
    }
}
