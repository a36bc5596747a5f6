//! One benefit's network effect: the critical-mass curve h, realised share against the share of
//! exchanges that can happen, its critical mass as a shaded band (an assumption, so a range), and
//! the baseline's (hollow) and the scenario's (filled) positions on it today (circles) and at the
//! horizon's end (squares). The base layer holds the curve, the band and the baseline; the overlay
//! the scenario.

use super::svg::{Doc, Font, Paint, Stroke};
use super::{font, ChartParams, Layer, Plot, Svg, Ticks, HIGHLIGHT, HIGHLIGHT_FILL, INK, MUTED};
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
    let mut doc = Doc::new((width, height), layer);
    let height = f64::from(height);
    // Margins of 10, 28 at the top and 26 at the bottom for the axes' titles and 18 on the right;
    // the shares' labels below and to the left.
    let plot = Plot::new(
        (62.0, 28.0),
        (f64::from(width) - 18.0, height - 54.0),
        (0.0, 1.0),
        (0.0, 1.0),
    );
    if layer == Layer::Overlay {
        markers(&mut doc, &plot, &p.scenario, true);
        return doc.finish();
    }
    let s = strings(lang);
    doc.text((10.0, 6.0), s.network_y_axis, font(13.0));
    doc.text((62.0, height - 22.0), s.network_x_axis, font(13.0));
    let (low, high) = p.band();
    doc.rect(
        plot.at((low, 0.0)),
        plot.at((high, 1.0)),
        Paint::fill(HIGHLIGHT_FILL),
    );
    let share = |v| percent(lang, v);
    let shares = || Ticks {
        count: 6,
        label: &share,
        grid: true,
    };
    plot.axes(&mut doc, Some(shares()), Some(shares()));
    let line = [
        plot.at((p.critical_mass, 0.0)),
        plot.at((p.critical_mass, 1.0)),
    ];
    doc.polyline(&line, Stroke::dashed(MUTED, 1.0));
    let band = fill(
        s.network_band,
        &[("low", &percent(lang, low)), ("high", &percent(lang, high))],
    );
    let (x, y) = plot.at((low, 1.0));
    let muted = Font {
        colour: MUTED,
        ..font(11.0)
    };
    doc.text((x + 4.0, y + 4.0), &band, muted);
    let h = CriticalMass::new(p.critical_mass, p.steepness);
    let curve: Vec<(f64, f64)> = (0..=CURVE_STEPS)
        .map(|i| {
            let x = i as f64 / CURVE_STEPS as f64;
            plot.at((x, h.h(x)))
        })
        .collect();
    doc.polyline(&curve, Stroke::solid(INK, 2.0));
    markers(&mut doc, &plot, &p.baseline, false);
    doc.finish()
}

/// Today's point as a circle and the horizon's as a square: filled blue for the scenario, a grey
/// outline for the baseline.
fn markers(doc: &mut Doc, plot: &Plot, [today, end]: &[Exchange; 2], filled: bool) {
    let paint = if filled {
        Paint::fill(HIGHLIGHT)
    } else {
        Paint::outline(Stroke::solid(MUTED, 2.0))
    };
    doc.circle(plot.at((today.joint, today.realised)), 6.0, paint);
    let (x, y) = plot.at((end.joint, end.realised));
    doc.rect((x - 5.0, y - 5.0), (x + 5.0, y + 5.0), paint);
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
            network(&e, &NetworkView { points }, &params)
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
