//! Buttons that download a chart as it is shown, as a file that stands on its own: one SVG
//! (text stays text), or a PNG drawn from it, with the chart's title, legend, the scenario in
//! words, the data's version and date, and the link that shows it again.

use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::charts::{standalone_svg, ExportFrame, LegendEntry};
use crate::describe::file_notes;
use crate::i18n::fill;
use crate::scenario::Scenario;
use crate::ui_state::scenario_file_tag;
use crate::web::context::AppContext;
use crate::web::share::files::{download_blob, download_text, report_failure, svg_to_png};

pub struct ChartDownloadsProps {
    /// The id of the element that holds the chart's SVG layers; its legend follows it.
    pub chart: AttrValue,
    /// The chart's short name, in file names (`veikart-{file}-{scenario}.svg`) and button ids.
    pub file: AttrValue,
    /// The chart's heading: the SVG's title and the buttons' names.
    pub title: AttrValue,
    /// The scenario drawn: named in the file and its name.
    pub scenario: Scenario,
}

/// A plain function, not a component: it has no state of its own.
pub fn chart_downloads(app: &AppContext, props: &ChartDownloadsProps) -> Html {
    let s = app.strings();
    let title = props.title.to_string();
    let file = format!(
        "veikart-{}-{}",
        props.file,
        scenario_file_tag(app.roadmap(), &props.scenario)
    );
    let frame = {
        let (app, title, scenario) = (app.clone(), title.clone(), props.scenario.clone());
        move |chart: &str| export_frame(&app, &title, &scenario, chart)
    };
    let svg = {
        let (chart, file, frame) = (props.chart.clone(), file.clone(), frame.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((svg, _)) = chart_svg(&chart, &frame(&chart)) {
                report_failure(download_text(&format!("{file}.svg"), "image/svg+xml", &svg));
            }
        })
    };
    let png = {
        let chart = props.chart.clone();
        Callback::from(move |_: MouseEvent| {
            let Some((svg, size)) = chart_svg(&chart, &frame(&chart)) else {
                return;
            };
            let file = format!("{file}.png");
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

/// What the file shows around the chart in the element `chart`: its title, the legend that follows
/// it on the page, the scenario in words, the data, and the address that shows it again.
fn export_frame(app: &AppContext, title: &str, scenario: &Scenario, chart: &str) -> ExportFrame {
    let items = gloo::utils::document()
        .query_selector_all(&format!("#{chart} ~ .legend > li"))
        .ok();
    let legend = items
        .iter()
        .flat_map(|items| {
            (0..items.length()).filter_map(|i| items.item(i)?.dyn_into::<web_sys::Element>().ok())
        })
        .map(|li| {
            let inner = |selector: &str| li.query_selector(selector).ok().flatten();
            LegendEntry {
                swatch: inner("svg").map(|svg| svg.outer_html()),
                key: inner(".key")
                    .map(|key| key.class_name())
                    .unwrap_or_default(),
                label: li.text_content().unwrap_or_default().trim().to_string(),
            }
        })
        .collect();
    let address = gloo::utils::window().location().href().unwrap_or_default();
    ExportFrame {
        title: title.to_string(),
        legend,
        notes: file_notes(app.roadmap(), scenario, app.lang, &address),
    }
}

/// The chart in the element `id` as one standalone SVG document in `frame`, with its size in
/// pixels.
fn chart_svg(id: &str, frame: &ExportFrame) -> Option<(String, (u32, u32))> {
    let layers = gloo::utils::document()
        .query_selector_all(&format!("#{id} > svg"))
        .ok()?;
    let layers: Vec<web_sys::Element> = (0..layers.length())
        .filter_map(|i| layers.item(i)?.dyn_into().ok())
        .collect();
    let markup: Vec<String> = layers.iter().map(|l| l.outer_html()).collect();
    standalone_svg(frame, &markup)
}
