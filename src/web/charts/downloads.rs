//! Buttons that download a chart as it is shown: one SVG file, or a PNG drawn from it.

use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::charts::standalone_svg;
use crate::i18n::fill;
use crate::web::context::AppContext;
use crate::web::share::files::{download_blob, download_text, report_failure, svg_to_png};

pub struct ChartDownloadsProps {
    /// The id of the element that holds the chart's SVG layers.
    pub chart: AttrValue,
    /// The chart's short name, in file names (`veikart-{file}.svg`) and button ids.
    pub file: AttrValue,
    /// The chart's heading: the SVG's title and the buttons' names.
    pub title: AttrValue,
}

pub fn chart_downloads(app: &AppContext, props: &ChartDownloadsProps) -> Html {
    let s = app.strings();
    let title = props.title.to_string();
    let svg = {
        let (chart, file, title) = (props.chart.clone(), props.file.clone(), title.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((svg, _)) = chart_svg(&chart, &title) {
                report_failure(download_text(
                    &format!("veikart-{file}.svg"),
                    "image/svg+xml",
                    &svg,
                ));
            }
        })
    };
    let png = {
        let (chart, file, title) = (props.chart.clone(), props.file.clone(), title.clone());
        Callback::from(move |_: MouseEvent| {
            let Some((svg, size)) = chart_svg(&chart, &title) else {
                return;
            };
            let file = format!("veikart-{file}.png");
            spawn_local(async move {
                let drawn = svg_to_png(&svg, size).await;
                report_failure(drawn.and_then(|png| download_blob(&file, &png)));
            });
        })
    };
    html! {
        <div class="chart-downloads">
            <button type="button" class="small" id={format!("{}-svg", props.file)} aria-label={fill(s.download_svg, &[("chart", &title)])} onclick={svg}>{ "SVG" }</button>
            <button type="button" class="small" id={format!("{}-png", props.file)} aria-label={fill(s.download_png, &[("chart", &title)])} onclick={png}>{ "PNG" }</button>
        </div>
    }
}

/// The chart in the element `id` as one standalone SVG document, with its size in pixels.
fn chart_svg(id: &str, title: &str) -> Option<(String, (u32, u32))> {
    let layers = gloo::utils::document()
        .query_selector_all(&format!("#{id} > svg"))
        .ok()?;
    let layers: Vec<web_sys::Element> = (0..layers.length())
        .filter_map(|i| layers.item(i)?.dyn_into().ok())
        .collect();
    let first = layers.first()?;
    let dimension = |name: &str| first.get_attribute(name)?.parse::<u32>().ok();
    let size = (dimension("width")?, dimension("height")?);
    let markup: Vec<String> = layers.iter().map(|l| l.outer_html()).collect();
    Some((standalone_svg(title, &markup)?, size))
}
