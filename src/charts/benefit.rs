//! Benefit realisation, all benefits together: the value realised per month above, the running
//! total below, each with the scenario solid, the baseline dashed and a pinned scenario dotted.
//! The area between the scenario's and the baseline's running totals is shaded: it is what the
//! scenario loses or gains.

use super::svg::{Doc, Paint, Stroke};
use super::{
    draw_band, font, power_of_ten_at_most, today_line, year_span, years, ChartParams, Layer, Plot,
    Svg, Ticks, HIGHLIGHT, MUTED, ON_TIME, PINNED, VERY_LATE,
};
use crate::i18n::{number, strings};
use crate::model::{Lang, Roadmap};
use crate::sim::{Engine, RunOutput};
use crate::worker_protocol::SeriesBand;

/// Every benefit summed per month: what is realised in the month, and realised so far.
#[derive(Clone, Debug, PartialEq)]
pub struct BenefitTotals {
    pub monthly: Vec<f64>,
    pub cumulative: Vec<f64>,
}

impl BenefitTotals {
    pub fn of(run: &RunOutput) -> BenefitTotals {
        let mut monthly = vec![0.0; run.months];
        for b in &run.benefits {
            for (sum, v) in monthly.iter_mut().zip(&b.monthly) {
                *sum += v;
            }
        }
        let cumulative = monthly
            .iter()
            .scan(0.0, |acc, v| {
                *acc += v;
                Some(*acc)
            })
            .collect();
        BenefitTotals {
            monthly,
            cumulative,
        }
    }
}

/// The tops of the two panels' value axes (per month, cumulative): a round number above every
/// series, so the axes, drawn in the base layer, stay put while a lever moves the scenario.
pub fn benefit_tops(
    baseline: &BenefitTotals,
    scenario: &BenefitTotals,
    pinned: Option<&BenefitTotals>,
    band: Option<&SeriesBand>,
) -> [f64; 2] {
    let all: Vec<&BenefitTotals> = [baseline, scenario].into_iter().chain(pinned).collect();
    let highest = |series: fn(&BenefitTotals) -> &[f64]| {
        all.iter()
            .flat_map(|t| series(t))
            .fold(0.0_f64, |m, v| m.max(*v))
    };
    // The runs' P90 of the running total may reach above every line.
    let band_top = band.map_or(0.0, |b| {
        b.p90.iter().fold(0.0_f64, |m, v| m.max(f64::from(*v)))
    });
    [
        round_up(highest(|t| &t.monthly)),
        round_up(highest(|t| &t.cumulative).max(band_top)),
    ]
}

/// The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten that is above `x`.
fn round_up(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let power = power_of_ten_at_most(x);
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|&v| v > x)
        .unwrap_or(10.0 * power)
}

/// What one layer of the chart shows. The axes' tops come from every series the page shows, so
/// both layers share them; the base draws the baseline and the pinned scenario, the overlay the
/// scenario and its gap to the baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct BenefitView {
    /// See [`benefit_tops`].
    pub tops: [f64; 2],
    pub baseline: BenefitTotals,
    /// The overlay's.
    pub scenario: Option<BenefitTotals>,
    /// The base's.
    pub pinned: Option<BenefitTotals>,
    /// The base's: the Monte Carlo runs' band of the running total, MNOK.
    pub band: Option<SeriesBand>,
}

impl BenefitView {
    pub fn base(
        tops: [f64; 2],
        baseline: BenefitTotals,
        pinned: Option<BenefitTotals>,
        band: Option<SeriesBand>,
    ) -> Self {
        BenefitView {
            tops,
            baseline,
            scenario: None,
            pinned,
            band,
        }
    }

    pub fn overlay(tops: [f64; 2], baseline: BenefitTotals, scenario: BenefitTotals) -> Self {
        BenefitView {
            tops,
            baseline,
            scenario: Some(scenario),
            pinned: None,
            band: None,
        }
    }
}

/// The chart's height for a width: three quarters of it, within reason.
pub fn benefit_height(width: u32) -> u32 {
    (width as f64 * 0.75).clamp(360.0, 560.0) as u32
}

/// One layer of both panels; amounts on the axes in the language's format. The base holds the
/// titles, axes, the dashed baseline and the dotted pinned scenario; the overlay the shaded gap
/// and the scenario.
pub fn benefit(engine: &Engine, view: &BenefitView, params: &ChartParams) -> Svg {
    let roadmap = engine.roadmap();
    let ChartParams { layer, lang, width } = *params;
    let height = benefit_height(width);
    let mut doc = Doc::new((width, height), layer);
    let [monthly_top, cumulative_top] = view.tops;
    let s = strings(lang);
    let monthly = Panel {
        title: s.benefit_monthly,
        baseline: &view.baseline.monthly,
        scenario: view.scenario.as_ref().map(|p| p.monthly.as_slice()),
        pinned: view.pinned.as_ref().map(|p| p.monthly.as_slice()),
        band: None,
        top: monthly_top,
        shade_gap: false,
    };
    let cumulative = Panel {
        title: s.benefit_cumulative,
        baseline: &view.baseline.cumulative,
        scenario: view.scenario.as_ref().map(|p| p.cumulative.as_slice()),
        pinned: view.pinned.as_ref().map(|p| p.cumulative.as_slice()),
        band: view.band.as_ref(),
        top: cumulative_top,
        shade_gap: true,
    };
    let half = height / 2;
    monthly.draw(&mut doc, roadmap, (0, half), layer, lang, width);
    cumulative.draw(&mut doc, roadmap, (half, height), layer, lang, width);
    doc.finish()
}

/// One of the two panels: a titled pair of series.
struct Panel<'a> {
    title: &'a str,
    baseline: &'a [f64],
    scenario: Option<&'a [f64]>,
    pinned: Option<&'a [f64]>,
    /// The runs' P10–P90 band and P50, drawn under the lines.
    band: Option<&'a SeriesBand>,
    top: f64,
    /// Shade the area between the series, red for a loss and green for a gain.
    shade_gap: bool,
}

impl Panel<'_> {
    /// Draws the panel into the band of the chart from pixel row `y0` to `y1`.
    fn draw(
        &self,
        doc: &mut Doc,
        roadmap: &Roadmap,
        (y0, y1): (u32, u32),
        layer: Layer,
        lang: Lang,
        width: u32,
    ) {
        let (y0, y1) = (f64::from(y0), f64::from(y1));
        // Margins of 10, 28 at the top for the title and 18 on the right; the years' labels below
        // and the amounts' to the left.
        let plot = Plot::new(
            (70.0, y0 + 28.0),
            (f64::from(width) - 18.0, y1 - 38.0),
            year_span(roadmap),
            (0.0, self.top),
        );
        let start = roadmap.meta.start;
        let points = |series: &[f64]| -> Vec<(f64, f64)> {
            (series.iter().enumerate())
                .map(|(t, v)| plot.at((start.plus(t as i32).as_year_fraction(), *v)))
                .collect()
        };
        if layer == Layer::Base {
            doc.text((10.0, y0 + 6.0), self.title, font(13.0));
            let decimals = if self.top < 10.0 { 1 } else { 0 };
            let amounts = Ticks {
                count: 5,
                label: &|v| number(lang, v, decimals),
                grid: true,
            };
            plot.axes(doc, Some(years(width, false)), Some(amounts));
            today_line(doc, &plot, roadmap, (0.0, self.top), !self.shade_gap, lang);
            if let Some(band) = self.band {
                draw_band(doc, band, HIGHLIGHT, points);
            }
            doc.polyline(&points(self.baseline), Stroke::dashed(MUTED, 2.0));
            if let Some(pinned) = self.pinned {
                doc.polyline(&points(pinned), Stroke::dotted(PINNED, 3.0));
            }
            return;
        }
        let Some(series) = self.scenario else {
            return;
        };
        let scenario = points(series);
        if self.shade_gap {
            let lost = series.last() < self.baseline.last();
            let colour = if lost { VERY_LATE } else { ON_TIME };
            let base = points(self.baseline);
            let outline: Vec<(f64, f64)> =
                scenario.iter().chain(base.iter().rev()).copied().collect();
            doc.polygon(&outline, Paint::faded(colour, 0.18));
        }
        doc.polyline(&scenario, Stroke::solid(HIGHLIGHT, 3.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::sim::default_engine as engine;

    #[test]
    fn totals_sum_every_benefit() {
        let e = engine();
        let t = BenefitTotals::of(e.baseline());
        let total: f64 = e.baseline().benefits.iter().map(|b| b.total).sum();
        assert!((t.cumulative.last().unwrap() - total).abs() < 1e-6);
        assert_eq!(t.monthly.len(), e.baseline().months);
    }

    #[test]
    fn axis_tops_are_round_and_above_every_value() {
        assert_eq!(round_up(0.0), 1.0);
        assert_eq!(round_up(95.0), 100.0);
        assert_eq!(round_up(100.0), 120.0);
        assert_eq!(round_up(13_206.0), 15_000.0);
        assert_eq!(round_up(0.42), 0.5);
        let e = engine();
        let t = BenefitTotals::of(e.baseline());
        let [m, c] = benefit_tops(&t, &t, None, None);
        assert!(t.monthly.iter().all(|v| *v < m) && t.cumulative.iter().all(|v| *v < c));
        let doubled = BenefitTotals {
            monthly: t.monthly.iter().map(|v| v * 2.0).collect(),
            cumulative: t.cumulative.iter().map(|v| v * 2.0).collect(),
        };
        let [pm, pc] = benefit_tops(&t, &t, Some(&doubled), None);
        assert!(pm > m && pc > c, "the axes fit a pinned scenario too");
    }

    #[test]
    fn the_base_holds_the_baseline_and_the_overlay_the_scenario_and_a_shaded_loss() {
        let e = engine();
        let s = crate::sim::kommune_delayed(36);
        let (base, late) = (
            BenefitTotals::of(e.baseline()),
            BenefitTotals::of(&e.run(&s)),
        );
        let params = |layer| ChartParams {
            layer,
            lang: Lang::Nb,
            width: 640,
        };
        let draw = |scenario: &BenefitTotals, layer| {
            let tops = benefit_tops(&base, scenario, None, None);
            let view = match layer {
                Layer::Base => BenefitView::base(tops, base.clone(), None, None),
                Layer::Overlay => BenefitView::overlay(tops, base.clone(), scenario.clone()),
            };
            benefit(&e, &view, &params(layer))
        };
        let solid = |svg: &str| {
            svg.split("<polyline")
                .filter(|p| p.contains("stroke=\"#1E5AA8\""))
                .count()
        };
        let dashes = |svg: &str| svg.matches("stroke-dasharray").count();
        let overlay = draw(&late, Layer::Overlay);
        assert_eq!(
            (solid(&overlay), dashes(&overlay)),
            (2, 0),
            "a scenario line per panel"
        );
        assert!(
            overlay.contains("fill=\"#B3261E\""),
            "the loss is shaded red"
        );
        let under = draw(&late, Layer::Base);
        assert_eq!(
            (solid(&under), dashes(&under)),
            (0, 4),
            "a baseline and the data date's line per panel"
        );
        let today = crate::charts::today_label(e.roadmap(), Lang::Nb);
        assert_eq!(
            under.matches(&today).count(),
            1,
            "the data date labelled once"
        );
        assert!(
            under.contains("Akkumulert gevinst"),
            "panels are titled in the language"
        );
        // A delay loses benefit: the axes, fitted to the baseline, need not move.
        assert_eq!(under, draw(&base, Layer::Base));
        assert_ne!(overlay, draw(&base, Layer::Overlay));
        // A pinned scenario adds a dotted line per panel to the base, in its own colour.
        let tops = benefit_tops(&base, &base, Some(&late), None);
        let view = BenefitView::base(tops, base.clone(), Some(late.clone()), None);
        let pinned = benefit(&e, &view, &params(Layer::Base));
        let dots = pinned
            .split("<polyline")
            .filter(|p| p.contains("stroke=\"#8250DF\"") && p.contains("stroke-linecap=\"round\""))
            .count();
        assert_eq!(dots, 2);
    }
}
