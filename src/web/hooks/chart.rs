//! One chart layer, drawn again only when what it shows changes.

use yew::prelude::*;

use crate::charts::{ChartParams, Svg};
use crate::sim::Engine;
use crate::web::{svg_html, Shared};

/// A layer of a chart drawn by `draw` from the engine (roadmap and dependency graph), its `view` (built from the run) and its
/// `params` (`None` while its width is not measured: nothing is drawn yet). Memoised on exactly
/// these: `draw` is a plain function, so it reads nothing else, and a lever that does not change
/// the view costs neither a redraw nor a DOM update.
#[hook]
pub fn use_chart<V>(
    engine: Shared<Engine>,
    view: V,
    params: Option<ChartParams>,
    draw: fn(&Engine, &V, &ChartParams) -> Svg,
) -> Html
where
    V: PartialEq + 'static,
{
    let html = use_memo((engine, view, params), move |(engine, view, params)| {
        params.map_or_else(Html::default, |params| {
            svg_html(draw(engine, view, &params))
        })
    });
    (*html).clone()
}
