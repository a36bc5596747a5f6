//! One benefit's network effect: the critical-mass curve h, realised share against the share of
//! exchanges that can happen, its critical mass as a shaded band (an assumption, so a range), and
//! the baseline's (hollow) and the scenario's (filled) positions on it today (circles) and at the
//! horizon's end (squares). The base layer holds the curve, the band and the baseline; the overlay
//! the scenario.

use plotters::prelude::*;

use super::{
    dashed, font, render, ChartError, ChartParams, Layer, Plot, Svg, GRID, HIGHLIGHT,
    HIGHLIGHT_FILL, INK, MUTED,
};
use crate::i18n::{fill, percent, strings};
use crate::network::NetworkPoints;
use crate::sim::{CriticalMass, Engine, Exchange};

/// What one layer shows: the base the curve and the baseline's points, the overlay the scenario's.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkView {
    pub points: NetworkPoints,
}

/// The chart's height for a width.
pub fn network_height(width: u32) -> u32 {
    (width as f64 * 0.55).clamp(300.0, 420.0) as u32
}

/// Points on the curve, every half percentage point.
const CURVE_STEPS: usize = 200;

/// One layer of the chart; see the module's documentation.
pub fn network(_engine: &Engine, view: &NetworkView, params: &ChartParams) -> Svg {
    let ChartParams { layer, lang, width } = *params;
    let height = network_height(width);
    let p = &view.points;
    render((width, height), layer, |root| {
        let s = strings(lang);
        let mut chart = ChartBuilder::on(root)
            .margin(10)
            .margin_top(28)
            .margin_right(18)
            .margin_bottom(26)
            .x_label_area_size(28)
            .y_label_area_size(52)
            .build_cartesian_2d(0.0..1.0f64, 0.0..1.0f64)?;
        if layer == Layer::Overlay {
            return markers(&mut chart, &p.scenario, true);
        }
        root.draw(&Text::new(
            s.network_y_axis.to_string(),
            (10, 6),
            font(13.0),
        ))?;
        root.draw(&Text::new(
            s.network_x_axis.to_string(),
            (62, height as i32 - 22),
            font(13.0),
        ))?;
        let (low, high) = p.band();
        chart.draw_series(std::iter::once(Rectangle::new(
            [(low, 0.0), (high, 1.0)],
            HIGHLIGHT_FILL.filled(),
        )))?;
        chart
            .configure_mesh()
            .x_labels(6)
            .y_labels(6)
            .x_label_formatter(&|v| percent(lang, *v))
            .y_label_formatter(&|v| percent(lang, *v))
            .bold_line_style(GRID)
            .light_line_style(TRANSPARENT)
            .axis_style(INK)
            .label_style(font(12.0))
            .draw()?;
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(p.critical_mass, 0.0), (p.critical_mass, 1.0)],
            dashed(MUTED, 1),
        )))?;
        let band = fill(
            s.network_band,
            &[("low", &percent(lang, low)), ("high", &percent(lang, high))],
        );
        chart.draw_series(std::iter::once(
            EmptyElement::at((low, 1.0)) + Text::new(band, (4, 4), font(11.0).color(&MUTED)),
        ))?;
        let h = CriticalMass::new(p.critical_mass, p.steepness);
        let curve = (0..=CURVE_STEPS).map(|i| {
            let x = i as f64 / CURVE_STEPS as f64;
            (x, h.h(x))
        });
        chart.draw_series(LineSeries::new(curve, INK.stroke_width(2)))?;
        markers(&mut chart, &p.baseline, false)
    })
}

/// Today's point as a circle and the horizon's as a square: filled blue for the scenario, a grey
/// outline for the baseline.
fn markers(chart: &mut Plot, [today, end]: &[Exchange; 2], filled: bool) -> Result<(), ChartError> {
    let style = if filled {
        HIGHLIGHT.filled()
    } else {
        MUTED.stroke_width(2)
    };
    chart.draw_series(std::iter::once(
        EmptyElement::at((today.joint, today.realised)) + Circle::new((0, 0), 6, style),
    ))?;
    chart.draw_series(std::iter::once(
        EmptyElement::at((end.joint, end.realised)) + Rectangle::new([(-5, -5), (5, 5)], style),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::sim::{default_engine as engine, kommune_delayed};

    #[test]
    fn the_base_holds_the_curve_band_and_baseline_and_the_overlay_the_scenario() {
        let e = engine();
        let late = e.run(&kommune_delayed(24));
        let draw = |run: &crate::sim::RunOutput, layer| {
            let points = NetworkPoints::of(&e, run, "pll_time").unwrap();
            let params = ChartParams {
                layer,
                lang: Lang::Nb,
                width: 640,
            };
            network(&e, &NetworkView { points }, &params).unwrap()
        };
        let base = draw(e.baseline(), Layer::Base);
        assert!(base.contains("Kritisk masse (antagelse): 40\u{a0}%–60\u{a0}%"));
        assert!(base.contains("Andel av utvekslingene som kan skje"));
        assert_eq!(base.matches("<circle").count(), 1, "the baseline today");
        assert_eq!(base, draw(&late, Layer::Base), "the base does not move");
        let overlay = draw(e.baseline(), Layer::Overlay);
        assert_eq!(overlay.matches("<circle").count(), 1, "the scenario today");
        assert!(overlay.contains("fill=\"#1E5AA8\""));
        assert_ne!(overlay, draw(&late, Layer::Overlay), "the scenario moves");
    }
}
