//! Adoption over time for one solution: a line per actor group, the scenario solid, the baseline
//! dashed, a pinned scenario dotted, yearly markers whose shape tells the groups apart without
//! colour, and the known actual shares from the data as rings. The base layer holds the axes, the
//! baseline and the pinned scenario; the overlay the scenario and the rings on top of it.

use super::svg::{Doc, Paint, Rgb, Stroke};
use super::{
    actor_colour, draw_band, today_line, year_span, years, ChartParams, Layer, Plot, Svg, Ticks,
    INK,
};
use crate::model::{Observation, Roadmap};
use crate::sim::{Engine, RunOutput};
use crate::worker_protocol::{ChartBands, SeriesBand};

/// What one layer of the adoption chart shows: one solution's tracks, each with its series.
#[derive(Clone, Debug, PartialEq)]
pub struct AdoptionView {
    /// The solution's tracks, by index in the roadmap, with their actor group's index.
    pub tracks: Vec<(usize, usize)>,
    /// Per track, in shares (0–1): the baseline in the base layer, the scenario in the overlay.
    pub lines: Vec<Vec<f64>>,
    /// Per track, the pinned scenario's shares (base layer only).
    pub pinned: Option<Vec<Vec<f64>>>,
    /// Per track, the Monte Carlo runs' P10–P90 band and P50 of the scenario, as far as they have
    /// come (base layer only; empty without them).
    pub bands: Vec<Option<SeriesBand>>,
}

impl AdoptionView {
    fn tracks(roadmap: &Roadmap, solution: &str) -> Vec<(usize, usize)> {
        (roadmap.tracks.iter().enumerate())
            .filter(|(_, t)| t.solution == solution)
            .filter_map(|(i, t)| Some((i, roadmap.actor_index(&t.actor)?)))
            .collect()
    }

    fn series(tracks: &[(usize, usize)], run: &RunOutput) -> Vec<Vec<f64>> {
        (tracks.iter())
            .map(|&(i, _)| {
                run.tracks
                    .get(i)
                    .map_or_else(Vec::new, |t| t.adoption.clone())
            })
            .collect()
    }

    /// The base layer's: the baseline, dashed, the pinned scenario, dotted, and the runs' bands.
    pub fn base(
        roadmap: &Roadmap,
        solution: &str,
        baseline: &RunOutput,
        pinned: Option<&RunOutput>,
        bands: Option<&ChartBands>,
    ) -> Self {
        let tracks = Self::tracks(roadmap, solution);
        let band = |track: usize| {
            let bands = bands?;
            let (_, band) = bands.adoption.iter().find(|(t, _)| *t as usize == track)?;
            Some(band.clone())
        };
        AdoptionView {
            lines: Self::series(&tracks, baseline),
            pinned: pinned.map(|p| Self::series(&tracks, p)),
            bands: tracks.iter().map(|&(t, _)| band(t)).collect(),
            tracks,
        }
    }

    /// The overlay's: the scenario, solid with yearly markers, and the known actual shares.
    pub fn overlay(roadmap: &Roadmap, solution: &str, scenario: &RunOutput) -> Self {
        let tracks = Self::tracks(roadmap, solution);
        AdoptionView {
            lines: Self::series(&tracks, scenario),
            pinned: None,
            bands: Vec::new(),
            tracks,
        }
    }
}

/// The chart's height for a width: half of it, within reason.
pub fn adoption_height(width: u32) -> u32 {
    (width as f64 * 0.5).clamp(220.0, 380.0) as u32
}

/// One layer of the chart. Shares are drawn in percent.
pub fn adoption(engine: &Engine, view: &AdoptionView, params: &ChartParams) -> Svg {
    let roadmap = engine.roadmap();
    let ChartParams { layer, lang, width } = *params;
    let height = adoption_height(width);
    let mut doc = Doc::new((width, height), layer);
    // Margins of 10 (18 on the right), the years' labels below and the percentages' to the left.
    let plot = Plot::new(
        (46.0, 10.0),
        (f64::from(width) - 18.0, f64::from(height) - 38.0),
        year_span(roadmap),
        (0.0, 100.0),
    );
    if layer == Layer::Base {
        let shares = Ticks {
            count: 6,
            label: &|v| format!("{v:.0}"),
            grid: true,
        };
        plot.axes(&mut doc, Some(years(width, false)), Some(shares));
        today_line(&mut doc, &plot, roadmap, (0.0, 100.0), true, lang);
    }
    let start = roadmap.meta.start;
    let at = |t: usize| start.plus(t as i32).as_year_fraction();
    let percent = |series: &[f64]| -> Vec<(f64, f64)> {
        (series.iter().enumerate())
            .map(|(t, a)| plot.at((at(t), a * 100.0)))
            .collect()
    };
    // The runs' bands first, under every line: P10–P90 shaded, P50 thin.
    for (&(_, actor), band) in view.tracks.iter().zip(&view.bands) {
        let Some(band) = band else { continue };
        draw_band(&mut doc, band, actor_colour(actor), percent);
    }
    for (k, (&(track, actor), series)) in view.tracks.iter().zip(&view.lines).enumerate() {
        let colour = actor_colour(actor);
        let outline = Paint::outline(Stroke::solid(colour, 2.0));
        let place = |o: &Observation| plot.at((o.date.as_year_fraction(), o.share * 100.0));
        if layer == Layer::Base {
            doc.polyline(&percent(series), Stroke::dashed(colour, 2.0));
            // A published plan's targets, beside the forecast: they do not move with levers.
            let targets = roadmap.tracks.get(track).map_or(&[][..], |t| &t.targets);
            for (x, y) in targets.iter().map(place) {
                doc.rect((x - 6.0, y - 6.0), (x + 6.0, y + 6.0), outline);
            }
            if let Some(pinned) = view.pinned.as_ref().and_then(|p| p.get(k)) {
                doc.polyline(&percent(pinned), Stroke::dotted(colour, 3.0));
            }
            continue;
        }
        let line = percent(series);
        doc.polyline(&line, Stroke::solid(colour, 3.0));
        let offset = marker_offset(k, view.tracks.len());
        for &point in line.iter().skip(offset).step_by(12) {
            draw_marker(&mut doc, point, actor, colour);
        }
        let observed = roadmap.tracks.get(track).map_or(&[][..], |t| &t.observed);
        for point in observed.iter().map(place) {
            doc.circle(point, 7.0, outline);
            doc.circle(point, 2.0, Paint::fill(INK));
        }
    }
    doc.finish()
}

/// Marks an actor group's point with its own shape: circle, triangle, square, cross or diamond,
/// filled or outlined.
fn draw_marker(doc: &mut Doc, (x, y): (f64, f64), actor: usize, colour: Rgb) {
    let (fill, line) = (Paint::fill(colour), Stroke::solid(colour, 2.0));
    let corners = |offsets: &[(f64, f64)]| -> Vec<(f64, f64)> {
        offsets.iter().map(|(dx, dy)| (x + dx, y + dy)).collect()
    };
    const DIAMOND: [(f64, f64); 4] = [(0.0, -5.0), (5.0, 0.0), (0.0, 5.0), (-5.0, 0.0)];
    match marker_shape(actor) {
        0 => doc.circle((x, y), 4.0, fill),
        1 => doc.polygon(&corners(&[(0.0, -5.0), (4.0, 3.0), (-4.0, 3.0)]), fill),
        2 => doc.rect((x - 4.0, y - 4.0), (x + 4.0, y + 4.0), fill),
        3 => {
            doc.polyline(&corners(&[(-4.0, -4.0), (4.0, 4.0)]), line);
            doc.polyline(&corners(&[(-4.0, 4.0), (4.0, -4.0)]), line);
        }
        4 => doc.polygon(&corners(&DIAMOND), fill),
        5 => doc.circle((x, y), 4.0, Paint::outline(line)),
        6 => doc.polygon(&corners(&[(0.0, 5.0), (5.0, -4.0), (-5.0, -4.0)]), fill),
        7 => doc.rect((x - 4.0, y - 4.0), (x + 4.0, y + 4.0), Paint::outline(line)),
        8 => {
            doc.polyline(&corners(&[(-5.0, 0.0), (5.0, 0.0)]), line);
            doc.polyline(&corners(&[(0.0, -5.0), (0.0, 5.0)]), line);
        }
        _ => doc.polygon(&corners(&DIAMOND), Paint::outline(line)),
    }
}

/// Marker shapes: one per palette colour, so groups that share a solution never share a shape.
const MARKER_SHAPES: usize = 10;

/// The month of the year (0–11) at which the `k`-th of `n` lines puts its yearly markers: spread
/// over the year, so two groups with the same values (one line hidden under the other) still show
/// both their markers, side by side.
fn marker_offset(k: usize, n: usize) -> usize {
    k * 12 / n.max(1) % 12
}

/// The shape an actor group's markers have, by its place in the roadmap (as its colour is).
fn marker_shape(actor: usize) -> usize {
    actor % MARKER_SHAPES
}

/// A small legend sample of an actor group's line and marker.
pub fn marker_swatch(actor: usize) -> Svg {
    let mut doc = Doc::new((40, 16), Layer::Base);
    let colour = actor_colour(actor);
    doc.polyline(&[(0.0, 8.0), (40.0, 8.0)], Stroke::solid(colour, 3.0));
    draw_marker(&mut doc, (20.0, 8.0), actor, colour);
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::sim::Engine;

    use crate::sim::default_engine as engine;

    /// The long polylines drawn in a colour (markers are short ones), dashed or not.
    fn lines(svg: &str, colour: &str, months: usize) -> Vec<(bool, String)> {
        svg.split("<polyline")
            .skip(1)
            .filter_map(|p| p.split_once("/>").map(|(tag, _)| tag))
            .filter(|tag| tag.contains(&format!("stroke=\"{colour}\"")))
            .filter(|tag| tag.matches(',').count() >= months)
            .map(|tag| (tag.contains("stroke-dasharray"), tag.to_string()))
            .collect()
    }

    fn layers(e: &Engine, run: &RunOutput, solution: &str) -> (String, String) {
        let r = e.roadmap();
        let params = |layer| ChartParams {
            layer,
            lang: Lang::En,
            width: 640,
        };
        let base = AdoptionView::base(r, solution, e.baseline(), None, None);
        let overlay = AdoptionView::overlay(r, solution, run);
        (
            adoption(e, &base, &params(Layer::Base)),
            adoption(e, &overlay, &params(Layer::Overlay)),
        )
    }

    #[test]
    fn draws_a_dashed_baseline_under_a_solid_scenario_per_actor_group() {
        let e = engine();
        let r = e.roadmap();
        let solution = &r.tracks[0].solution;
        let (base, overlay) = layers(&e, e.baseline(), solution);
        assert!(base.starts_with("<svg") && overlay.starts_with("<svg"));
        assert!(base.contains("fill=\"#FFFFFF\"") && !overlay.contains("fill=\"#FFFFFF\""));
        let groups: Vec<usize> = r
            .tracks
            .iter()
            .filter(|t| &t.solution == solution)
            .filter_map(|t| r.actor_index(&t.actor))
            .collect();
        assert!(!groups.is_empty());
        for actor in groups {
            let colour = actor_colour(actor).to_string();
            let kinds = |svg: &str| -> Vec<bool> {
                lines(svg, &colour, r.months())
                    .iter()
                    .map(|l| l.0)
                    .collect()
            };
            assert_eq!(kinds(&base), [true], "a dashed baseline in {colour}");
            assert_eq!(
                kinds(&overlay),
                [false],
                "a solid scenario line in {colour}"
            );
        }
    }

    #[test]
    fn a_delay_moves_the_scenario_line_but_not_the_baseline() {
        let e = engine();
        let r = e.roadmap();
        let track = r
            .tracks
            .iter()
            .find(|t| t.actor == "kommune_plo")
            .expect("a PLO track");
        let s = crate::sim::kommune_delayed(24);
        let (base, overlay) = layers(&e, e.baseline(), &track.solution);
        let (late_base, late_overlay) = layers(&e, &e.run(&s), &track.solution);
        assert_eq!(base, late_base, "the baseline stays put");
        assert_ne!(overlay, late_overlay, "the scenario line moves");
    }

    #[test]
    fn a_pinned_scenario_is_dotted_under_the_scenario_in_each_groups_colour() {
        let e = engine();
        let r = e.roadmap();
        let track = r
            .tracks
            .iter()
            .find(|t| t.actor == "kommune_plo")
            .expect("a PLO track");
        let s = crate::sim::kommune_delayed(24);
        let pinned = e.run(&s);
        let draw = |pinned: Option<&RunOutput>, layer| {
            let view = match layer {
                Layer::Base => AdoptionView::base(r, &track.solution, e.baseline(), pinned, None),
                Layer::Overlay => AdoptionView::overlay(r, &track.solution, e.baseline()),
            };
            let params = ChartParams {
                layer,
                lang: Lang::En,
                width: 640,
            };
            adoption(&e, &view, &params)
        };
        let dotted_lines = |svg: &str| {
            let colour = actor_colour(r.actor_index("kommune_plo").unwrap()).to_string();
            lines(svg, &colour, r.months())
                .iter()
                .filter(|(_, tag)| tag.contains("stroke-linecap=\"round\""))
                .count()
        };
        assert_eq!(dotted_lines(&draw(None, Layer::Base)), 0);
        assert_eq!(dotted_lines(&draw(Some(&pinned), Layer::Base)), 1);
        assert_eq!(
            draw(Some(&pinned), Layer::Overlay),
            draw(None, Layer::Overlay),
            "the pin does not touch the layer the levers move"
        );
    }

    #[test]
    fn a_plans_targets_are_drawn_beside_the_forecast_in_the_base_layer() {
        let e = engine();
        let r = e.roadmap();
        let targets: usize = r
            .tracks
            .iter()
            .filter(|t| t.solution == "pll")
            .map(|t| t.targets.len())
            .sum();
        assert!(
            targets > 0,
            "the default roadmap has the 2023 plan's PLL targets"
        );
        let (base, overlay) = layers(&e, e.baseline(), "pll");
        let squares = |svg: &str| svg.matches("width=\"12\" height=\"12\"").count();
        assert_eq!(squares(&base), targets, "{base}");
        assert_eq!(squares(&overlay), 0);
    }

    #[test]
    fn known_actual_shares_are_marked() {
        let e = engine();
        let r = e.roadmap();
        let track = (r.tracks.iter())
            .find(|t| !t.observed.is_empty())
            .expect("the default roadmap has known actual shares");
        let (_, overlay) = layers(&e, e.baseline(), &track.solution);
        let rings = overlay.matches("r=\"7\"").count();
        let observed: usize = r
            .tracks
            .iter()
            .filter(|t| t.solution == track.solution)
            .map(|t| t.observed.len())
            .sum();
        assert_eq!(rings, observed);
    }

    #[test]
    fn lines_with_the_same_values_put_their_markers_in_different_months() {
        for n in 1..=12 {
            let offsets: std::collections::BTreeSet<usize> =
                (0..n).map(|k| marker_offset(k, n)).collect();
            assert_eq!(offsets.len(), n, "{n} lines");
            assert!(offsets.iter().all(|&o| o < 12));
        }
    }

    #[test]
    fn groups_adopting_one_solution_differ_in_marker_shape() {
        let e = engine();
        let r = e.roadmap();
        for solution in &r.solutions {
            let mut shapes: Vec<usize> = (r.tracks.iter())
                .filter(|t| t.solution == solution.id)
                .filter_map(|t| r.actor_index(&t.actor))
                .map(marker_shape)
                .collect();
            let groups = shapes.len();
            shapes.sort_unstable();
            shapes.dedup();
            assert_eq!(
                shapes.len(),
                groups,
                "{}: two groups share a marker",
                solution.id
            );
        }
    }

    #[test]
    fn swatches_show_each_groups_marker() {
        let circle = marker_swatch(0);
        let triangle = marker_swatch(1);
        assert!(circle.contains("<circle"));
        assert!(!triangle.contains("<circle") && triangle.contains("<polygon"));
    }

    #[test]
    fn the_data_date_is_drawn_as_a_labelled_line_in_the_base() {
        let e = engine();
        let r = e.roadmap();
        let (base, overlay) = layers(&e, e.baseline(), &r.tracks[0].solution);
        let label = crate::charts::today_label(r, Lang::En);
        assert_eq!(label, "data as of Feb\u{a0}2026");
        assert!(base.contains(&label), "the base layer labels the data date");
        assert!(!overlay.contains(&label));
    }
}
