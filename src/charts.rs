//! Every chart, written as SVG into a string ([`svg`]): crisp at any zoom, real text, and
//! exportable as it is. Pure functions of engine outputs, so they are tested natively.
//!
//! Each chart but the dependency graph is drawn as two [`Layer`]s that the page stacks: the base
//! holds what the levers do not move (axes, labels, the baseline), the overlay what they do. A
//! lever move then redraws, and the browser re-parses, only the overlay: far fewer elements.
//!
//! Each chart function takes the roadmap, one view-model value built from the run(s) for the layer
//! it draws (`PartialEq`, so the page redraws a layer exactly when its view changes), and a
//! [`ChartParams`]: nothing else goes in.
//!
//! Legends and headings are HTML around the charts (readable, translatable, reflowing). Text in a
//! chart is placed by its anchor, never measured: measuring means a forced layout per string in a
//! browser, while plain SVG text costs nothing.

mod adoption;
mod benefit;
mod dep_graph;
mod network;
mod standalone;
mod svg;
mod timeline;

use crate::i18n::{fill, month, strings};
use crate::model::{Lang, Roadmap};
use svg::{Anchor, Doc, Font, Paint, Rgb, Scale, Stroke};

pub use adoption::{adoption, adoption_height, marker_swatch, AdoptionView};
pub use benefit::{benefit, benefit_height, benefit_tops, BenefitTotals, BenefitView};
pub use dep_graph::{dependency_graph, graph_node_at, layers, node_name, GraphView};
pub use network::{network, network_height, NetworkView};
pub use standalone::{escape_markup, standalone_svg, ExportFrame, LegendEntry};
pub use timeline::{timeline, timeline_height, timeline_order, timeline_row_at, TimelineView};

/// An SVG document's markup.
pub type Svg = String;

/// One of the two stacked SVGs a chart is drawn as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// White, with what does not move with the levers.
    Base,
    /// Transparent, with what moves with the levers, to lay over the base.
    Overlay,
}

/// How a chart is drawn, apart from what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartParams {
    pub layer: Layer,
    /// The language of its labels.
    pub lang: Lang,
    /// Its width in CSS pixels; the height follows from it (and, for the timeline, its rows).
    pub width: u32,
}

/// Series colours, each at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 for graphics).
const PALETTE: [Rgb; 10] = [
    Rgb(0x1E, 0x5A, 0xA8),
    Rgb(0xB3, 0x26, 0x1E),
    Rgb(0x1A, 0x7F, 0x37),
    Rgb(0x82, 0x50, 0xDF),
    Rgb(0xA8, 0x55, 0x00),
    Rgb(0x00, 0x72, 0x7A),
    Rgb(0x9A, 0x2A, 0x7A),
    Rgb(0x5C, 0x6B, 0x00),
    Rgb(0x2F, 0x3B, 0x4C),
    Rgb(0x8B, 0x45, 0x13),
];

/// The colour of an actor group, by its place in the roadmap, so it is the same in every chart.
pub fn actor_colour(index: usize) -> Rgb {
    PALETTE[index % PALETTE.len()]
}

const INK: Rgb = Rgb(0x1F, 0x29, 0x37);
const MUTED: Rgb = Rgb(0x4B, 0x55, 0x63);
const GRID: Rgb = Rgb(0xE2, 0xE6, 0xEA);
const ON_TIME: Rgb = Rgb(0x1A, 0x7F, 0x37);
const LATE: Rgb = Rgb(0xA8, 0x55, 0x00);
const VERY_LATE: Rgb = Rgb(0xB3, 0x26, 0x1E);
const HIGHLIGHT: Rgb = Rgb(0x1E, 0x5A, 0xA8);
const HIGHLIGHT_FILL: Rgb = Rgb(0xE6, 0xEF, 0xFA);
/// The pinned scenario, where a chart does not draw it in an actor group's colour.
const PINNED: Rgb = Rgb(0x82, 0x50, 0xDF);

/// A chart's plotting area: where data values land in pixels.
struct Plot {
    x: Scale,
    y: Scale,
}

/// An axis's labels: at most `count` round values, written by `label`, with a gridline across the
/// plot at each when `grid`.
struct Ticks<'a> {
    count: usize,
    label: &'a dyn Fn(f64) -> String,
    grid: bool,
}

impl Plot {
    /// The box from `(left, top)` to `(right, bottom)` in pixels, showing `xs` left to right and
    /// `ys` bottom to top.
    fn new(
        (left, top): (f64, f64),
        (right, bottom): (f64, f64),
        xs: (f64, f64),
        ys: (f64, f64),
    ) -> Plot {
        Plot {
            x: Scale::new(xs, (left, right)),
            y: Scale::new(ys, (bottom, top)),
        }
    }

    /// Where a data point lands, in pixels.
    fn at(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.x.at(x), self.y.at(y))
    }

    /// The gridlines, then the axes along the bottom and the left with their ticks and labels; an
    /// axis without [`Ticks`] is not drawn.
    fn axes(&self, doc: &mut Doc, x: Option<Ticks>, y: Option<Ticks>) {
        const TICK: f64 = 5.0;
        let (left, right) = self.x.to;
        let (bottom, top) = self.y.to;
        let (axis, grid) = (Stroke::solid(INK, 1.0), Stroke::solid(GRID, 1.0));
        let xs = x.map(|t| (round_values(self.x.from, t.count), t));
        let ys = y.map(|t| (round_values(self.y.from, t.count), t));
        for (values, _) in xs.iter().filter(|(_, t)| t.grid) {
            for &v in values {
                let px = self.x.at(v);
                doc.polyline(&[(px, top), (px, bottom)], grid);
            }
        }
        for (values, _) in ys.iter().filter(|(_, t)| t.grid) {
            for &v in values {
                let py = self.y.at(v);
                doc.polyline(&[(left, py), (right, py)], grid);
            }
        }
        if let Some((values, t)) = &ys {
            doc.polyline(&[(left, top), (left, bottom)], axis);
            let font = Font {
                anchor: Anchor::End,
                ..font(12.0)
            };
            for &v in values {
                let py = self.y.at(v);
                doc.polyline(&[(left - TICK, py), (left, py)], axis);
                // Centred on the tick: the text's top half its size above it.
                doc.text((left - 2.0 * TICK, py - 6.0), &(t.label)(v), font);
            }
        }
        if let Some((values, t)) = &xs {
            doc.polyline(&[(left, bottom), (right, bottom)], axis);
            let font = Font {
                anchor: Anchor::Middle,
                ..font(12.0)
            };
            for &v in values {
                let px = self.x.at(v);
                doc.polyline(&[(px, bottom), (px, bottom + TICK)], axis);
                doc.text((px, bottom + 2.0 * TICK), &(t.label)(v), font);
            }
        }
    }
}

/// The multiples from `lo` to `hi` of the smallest step of 1, 2 or 5 × a power of ten that gives
/// at most `max` of them: round axis labels that never crowd.
fn round_values((lo, hi): (f64, f64), max: usize) -> Vec<f64> {
    let span = hi - lo;
    if span.is_nan() || span <= 0.0 || max == 0 {
        return Vec::new();
    }
    // A tiny slack, so that 0.6 / 0.2 counts as 3 multiples, not 2.999….
    let first = |step: f64| (lo / step - 1e-9).ceil();
    let count = |step: f64| ((hi / step + 1e-9).floor() - first(step) + 1.0) as usize;
    // From a step that gives one or two values, finer while they stay few enough.
    let mut power = 10.0 * power_of_ten_at_most(span);
    let mut step = power;
    'finer: loop {
        for finer in [power / 2.0, power / 5.0, power / 10.0] {
            if count(finer) > max {
                break 'finer;
            }
            step = finer;
        }
        power /= 10.0;
    }
    (0..count(step))
        .map(|i| (first(step) + i as f64) * step)
        .collect()
}

/// The largest power of ten not above `x` (> 0), by steps rather than `powf(log10(x).floor())`:
/// no pow or log10 in the wasm bundle for an axis.
fn power_of_ten_at_most(x: f64) -> f64 {
    let mut power = 1.0;
    while power * 10.0 <= x {
        power *= 10.0;
    }
    while power > x {
        power /= 10.0;
    }
    power
}

/// The Monte Carlo runs' band of a series, under its lines: P10–P90 shaded, P50 a thin line.
/// `points` places a series of monthly values on the chart, in pixels.
fn draw_band(
    doc: &mut Doc,
    band: &crate::worker_protocol::SeriesBand,
    colour: Rgb,
    points: impl Fn(&[f64]) -> Vec<(f64, f64)>,
) {
    let wide = |v: &[f32]| v.iter().map(|&x| f64::from(x)).collect::<Vec<f64>>();
    let (low, high) = (points(&wide(&band.p10)), points(&wide(&band.p90)));
    let outline: Vec<(f64, f64)> = high.into_iter().chain(low.into_iter().rev()).collect();
    doc.polygon(&outline, Paint::faded(colour, 0.13));
    let median = Stroke {
        opacity: 0.8,
        ..Stroke::solid(colour, 1.0)
    };
    doc.polyline(&points(&wide(&band.p50)), median);
}

/// A text cut to `chars` characters, with an ellipsis when cut: a label that would run off its
/// place (the full text is in the chart's table, or its tooltip).
pub(crate) fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        text.chars()
            .take(chars.saturating_sub(1))
            .collect::<String>()
            + "…"
    }
}

/// Text of `px` CSS pixels in ink, from its x onwards.
fn font(px: f64) -> Font {
    Font {
        size: px,
        colour: INK,
        anchor: Anchor::Start,
    }
}

/// The horizon as decimal years, from the first month's start to the last month's end.
fn year_span(roadmap: &Roadmap) -> (f64, f64) {
    (
        roadmap.meta.start.as_year_fraction(),
        roadmap.meta.end.plus(1).as_year_fraction(),
    )
}

/// A year on the time axis, as "2027".
fn year(y: f64) -> String {
    format!("{y:.0}")
}

/// The time charts' year labels: about one per 70 pixels, so they never collide on a narrow
/// screen.
fn years(width: u32, grid: bool) -> Ticks<'static> {
    Ticks {
        count: (width as usize / 70).clamp(3, 16),
        label: &year,
        grid,
    }
}

/// The label of the data date's line: "data per feb. 2026".
pub fn today_label(roadmap: &Roadmap, lang: Lang) -> String {
    fill(
        strings(lang).today_line,
        &[("date", &month(lang, roadmap.meta.data_date))],
    )
}

/// The roadmap's data date, "today" for the model, as a dashed vertical line from `y0` to `y1`,
/// labelled with its month at the top when `labelled`.
fn today_line(
    doc: &mut Doc,
    plot: &Plot,
    roadmap: &Roadmap,
    (y0, y1): (f64, f64),
    labelled: bool,
    lang: Lang,
) {
    let x = roadmap.meta.data_date.as_year_fraction();
    let (bottom, (px, top)) = (plot.y.at(y0), plot.at((x, y1)));
    doc.polyline(&[(px, bottom), (px, top)], Stroke::dashed(MUTED, 2.0));
    if labelled {
        let font = Font {
            colour: MUTED,
            ..font(11.0)
        };
        doc.text((px + 5.0, top + 2.0), &today_label(roadmap, lang), font);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative luminance contrast against white, per WCAG.
    fn contrast_on_white(c: Rgb) -> f64 {
        let lin = |v: u8| {
            let s = v as f64 / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2);
        1.05 / (l + 0.05)
    }

    #[test]
    fn every_series_colour_contrasts_with_white() {
        for c in PALETTE
            .iter()
            .chain(&[INK, MUTED, ON_TIME, LATE, VERY_LATE, HIGHLIGHT, PINNED])
        {
            assert!(
                contrast_on_white(*c) >= 4.5,
                "{c:?}: {}",
                contrast_on_white(*c)
            );
        }
    }

    #[test]
    fn colours_are_distinct_and_css_is_hex() {
        let css: std::collections::BTreeSet<String> =
            PALETTE.iter().map(|c| c.to_string()).collect();
        assert_eq!(css.len(), PALETTE.len());
        assert_eq!(Rgb(0x1E, 0x5A, 0xA8).to_string(), "#1E5AA8");
    }

    #[test]
    fn axis_labels_are_round_and_few() {
        assert_eq!(
            round_values((0.0, 100.0), 6),
            [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(round_values((0.0, 15_000.0), 5), [0.0, 5e3, 10e3, 15e3]);
        assert_eq!(
            round_values((2021.0, 2031.0), 9),
            [2022.0, 2024.0, 2026.0, 2028.0, 2030.0]
        );
        assert_eq!(
            round_values((2021.5, 2026.0), 5),
            [2022.0, 2023.0, 2024.0, 2025.0, 2026.0]
        );
        assert_eq!(round_values((0.0, 1.0), 6).len(), 6);
        assert!(round_values((0.0, 0.0), 6).is_empty());
    }
}
