//! A chart's text alternative: its summary in words, always shown, and its numbers as a table
//! behind a "show as table" button (always printed).

use yew::prelude::*;

use crate::describe::DataTable;
use crate::i18n::strings;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartTextProps {
    /// The chart's name in element ids: `{chart}-summary`, `{chart}-data` (the table).
    pub chart: AttrValue,
    pub summary: AttrValue,
    /// The numbers behind the chart, when it has a table of its own.
    #[prop_or_default]
    pub table: Option<DataTable>,
    pub lang: Lang,
}

#[component]
pub fn ChartText(props: &ChartTextProps) -> Html {
    let open = use_state_eq(|| false);
    let s = strings(props.lang);
    let table_id = format!("{}-data", props.chart);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="chart-text">
            <p class="chart-summary" id={format!("{}-summary", props.chart)}>{ props.summary.clone() }</p>
            if let Some(table) = &props.table {
                <button
                    type="button"
                    class="table-toggle"
                    id={format!("{}-data-toggle", props.chart)}
                    aria-expanded={open.to_string()}
                    aria-controls={table_id.clone()}
                    onclick={toggle}
                >
                    { if *open { s.hide_table } else { s.show_table } }
                </button>
                <div
                    class="table-scroll chart-table"
                    id={table_id}
                    hidden={!*open}
                    tabindex="0"
                    role="region"
                    aria-label={table.caption.clone()}
                >
                    { table_html(table) }
                </div>
            }
        </div>
    }
}

fn table_html(table: &DataTable) -> Html {
    let (head, rest) = table
        .columns
        .split_first()
        .map_or(("", &[][..]), |(h, r)| (h.as_str(), r));
    let class = table.numeric.then_some("num");
    html! {
        <table>
            <caption>{ table.caption.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ head }</th>
                    { for rest.iter().map(|c| html! { <th scope="col" {class}>{ c }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for table.rows.iter().map(|row| html! {
                    <tr>
                        <th scope="row">{ row.head.clone() }</th>
                        { for row.cells.iter().map(|c| html! { <td {class}>{ c }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
