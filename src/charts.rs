//! Every chart, drawn with plotters' SVG backend into a string: crisp at any zoom, real text, and
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
//! Legends and headings are HTML around the charts (readable, translatable, reflowing). No chart
//! uses plotters' captions, legends or right-hand labels: those measure text, which in a browser
//! means a forced layout per string, while plain SVG text is placed by anchor and costs nothing.

mod adoption;
mod benefit;
mod dep_graph;
mod network;
mod standalone;
mod timeline;

use std::fmt;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::{fill, month, strings};
use crate::model::{Lang, Roadmap};

pub use adoption::{adoption, adoption_height, marker_swatch, AdoptionView};
pub use benefit::{benefit, benefit_height, benefit_tops, BenefitTotals, BenefitView};
pub use dep_graph::{dependency_graph, graph_node_at, layers, node_name, GraphView};
pub use network::{network, network_height, NetworkView};
pub use standalone::{escape_markup, standalone_svg, ExportFrame, LegendEntry};
pub use timeline::{timeline, timeline_height, timeline_order, timeline_row_at, TimelineView};

/// A chart could not be drawn; the message says why.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartError(pub String);

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// An SVG document, or why it could not be drawn.
pub type Svg = Result<String, ChartError>;

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// plotters draws a dashed line as one polyline per dash: hundreds per series, most of a chart's
/// markup and DOM. SVG dashes a single polyline itself, so a dashed line is drawn solid at this
/// marker opacity, and [`render`] turns the marker into a dash pattern.
const DASH_MARKER: f64 = 0.996;
const DASH_MARKER_ATTR: &str = "opacity=\"0.996\"";
const DASH_ATTR: &str = "opacity=\"1\" stroke-dasharray=\"6 5\"";

/// A dashed line's style: `colour`, `width` pixels wide.
fn dashed(colour: RGBColor, width: u32) -> ShapeStyle {
    colour.mix(DASH_MARKER).stroke_width(width)
}

/// Dotted lines, for the pinned scenario, are drawn the same way with their own marker.
const DOT_MARKER: f64 = 0.995;
const DOT_MARKER_ATTR: &str = "opacity=\"0.995\"";
const DOT_ATTR: &str = "opacity=\"1\" stroke-dasharray=\"0.5 5\" stroke-linecap=\"round\"";

/// A dotted line's style: round dots of `width` pixels in `colour`.
fn dotted(colour: RGBColor, width: u32) -> ShapeStyle {
    colour.mix(DOT_MARKER).stroke_width(width)
}

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

/// Draws onto a fresh SVG of the given size (white for a base layer, transparent otherwise) and
/// returns its markup.
fn render(
    (width, height): (u32, u32),
    layer: Layer,
    draw: impl FnOnce(&Area) -> Result<(), ChartError>,
) -> Svg {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        if layer == Layer::Base {
            root.fill(&WHITE)?;
        }
        draw(&root)?;
        root.present()?;
    }
    Ok(out
        .replace(DASH_MARKER_ATTR, DASH_ATTR)
        .replace(DOT_MARKER_ATTR, DOT_ATTR))
}

/// Series colours, each at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 for graphics).
const PALETTE: [RGBColor; 10] = [
    RGBColor(0x1E, 0x5A, 0xA8),
    RGBColor(0xB3, 0x26, 0x1E),
    RGBColor(0x1A, 0x7F, 0x37),
    RGBColor(0x82, 0x50, 0xDF),
    RGBColor(0xA8, 0x55, 0x00),
    RGBColor(0x00, 0x72, 0x7A),
    RGBColor(0x9A, 0x2A, 0x7A),
    RGBColor(0x5C, 0x6B, 0x00),
    RGBColor(0x2F, 0x3B, 0x4C),
    RGBColor(0x8B, 0x45, 0x13),
];

/// The colour of an actor group, by its place in the roadmap, so it is the same in every chart.
pub fn actor_colour(index: usize) -> RGBColor {
    PALETTE[index % PALETTE.len()]
}

/// The colour as CSS hex, written as the SVG backend writes it.
pub fn css_colour(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

const INK: RGBColor = RGBColor(0x1F, 0x29, 0x37);
const MUTED: RGBColor = RGBColor(0x4B, 0x55, 0x63);
const GRID: RGBColor = RGBColor(0xE2, 0xE6, 0xEA);
const ON_TIME: RGBColor = RGBColor(0x1A, 0x7F, 0x37);
const LATE: RGBColor = RGBColor(0xA8, 0x55, 0x00);
const VERY_LATE: RGBColor = RGBColor(0xB3, 0x26, 0x1E);
const HIGHLIGHT: RGBColor = RGBColor(0x1E, 0x5A, 0xA8);
const HIGHLIGHT_FILL: RGBColor = RGBColor(0xE6, 0xEF, 0xFA);
/// The pinned scenario, where a chart does not draw it in an actor group's colour.
const PINNED: RGBColor = RGBColor(0x82, 0x50, 0xDF);

/// A chart of years against values, as the time charts draw them.
type TimeChart<'a, 'b> = ChartContext<
    'a,
    SVGBackend<'b>,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// The Monte Carlo runs' band of a series, under its lines: P10–P90 shaded, P50 a thin line.
/// `points` places a series of monthly values on the chart.
fn draw_band(
    chart: &mut TimeChart,
    band: &crate::worker_protocol::SeriesBand,
    colour: RGBColor,
    points: impl Fn(&[f64]) -> Vec<(f64, f64)>,
) -> Result<(), ChartError> {
    let wide = |v: &[f32]| v.iter().map(|&x| f64::from(x)).collect::<Vec<f64>>();
    let (low, high) = (points(&wide(&band.p10)), points(&wide(&band.p90)));
    let outline: Vec<(f64, f64)> = high.into_iter().chain(low.into_iter().rev()).collect();
    chart.draw_series(std::iter::once(Polygon::new(
        outline,
        colour.mix(0.13).filled(),
    )))?;
    chart.draw_series(LineSeries::new(
        points(&wide(&band.p50)),
        colour.mix(0.8).stroke_width(1),
    ))?;
    Ok(())
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

/// Text of `px` CSS pixels (plotters writes `font-size` as its size / 1.24).
fn font(px: f64) -> TextStyle<'static> {
    (FontFamily::SansSerif, px * 1.24).into_font().color(&INK)
}

/// The horizon as decimal years, from the first month's start to the last month's end.
fn year_span(roadmap: &Roadmap) -> std::ops::Range<f64> {
    roadmap.meta.start.as_year_fraction()..roadmap.meta.end.plus(1).as_year_fraction()
}

type Plot<'a, 'b> = ChartContext<
    'a,
    SVGBackend<'b>,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

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
    chart: &mut Plot,
    roadmap: &Roadmap,
    (y0, y1): (f64, f64),
    labelled: bool,
    lang: Lang,
) -> Result<(), ChartError> {
    let x = roadmap.meta.data_date.as_year_fraction();
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(x, y0), (x, y1)],
        dashed(MUTED, 2),
    )))?;
    if labelled {
        chart.draw_series(std::iter::once(
            EmptyElement::at((x, y1))
                + Text::new(today_label(roadmap, lang), (5, 2), font(11.0).color(&MUTED)),
        ))?;
    }
    Ok(())
}

/// The indices `0..len` in the order `cmp` gives them, ties in index order: the one stable sort of
/// the UI's code. Each sort call site with its own element type or closure instantiates its own
/// ~4.5 KB of sorting code in the app; sorting indices through a `&dyn Fn` instantiates it once.
pub fn sorted_order(len: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// About one year label per 70 pixels, so labels never collide on a narrow screen.
fn year_labels(width: u32) -> usize {
    (width as usize / 70).clamp(3, 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative luminance contrast against white, per WCAG.
    fn contrast_on_white(c: RGBColor) -> f64 {
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
    fn a_dashed_line_is_one_dashed_polyline() {
        assert_eq!(DASH_MARKER_ATTR, format!("opacity=\"{DASH_MARKER}\""));
        let svg = render((100, 50), Layer::Base, |root| {
            root.draw(&PathElement::new(vec![(0, 10), (100, 10)], dashed(INK, 2)))?;
            root.draw(&PathElement::new(
                vec![(0, 20), (100, 20)],
                INK.stroke_width(2),
            ))?;
            Ok(())
        })
        .unwrap();
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert_eq!(svg.matches("stroke-dasharray=\"6 5\"").count(), 1);
        assert!(!svg.contains(DASH_MARKER_ATTR));
    }

    #[test]
    fn a_dotted_line_is_one_dotted_polyline_unlike_a_dashed_one() {
        assert_eq!(DOT_MARKER_ATTR, format!("opacity=\"{DOT_MARKER}\""));
        let svg = render((100, 50), Layer::Base, |root| {
            root.draw(&PathElement::new(vec![(0, 10), (100, 10)], dotted(INK, 3)))?;
            root.draw(&PathElement::new(vec![(0, 20), (100, 20)], dashed(INK, 2)))?;
            Ok(())
        })
        .unwrap();
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert_eq!(svg.matches("stroke-linecap=\"round\"").count(), 1);
        assert_eq!(svg.matches("stroke-dasharray").count(), 2);
        assert!(!svg.contains(DOT_MARKER_ATTR) && !svg.contains(DASH_MARKER_ATTR));
    }

    #[test]
    fn colours_are_distinct_and_css_is_hex() {
        let css: std::collections::BTreeSet<String> =
            PALETTE.iter().map(|c| css_colour(*c)).collect();
        assert_eq!(css.len(), PALETTE.len());
        assert_eq!(css_colour(RGBColor(0x1E, 0x5A, 0xA8)), "#1E5AA8");
    }
}
