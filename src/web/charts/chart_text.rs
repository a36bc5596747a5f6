//! A chart's text alternative: its summary in words, always shown, and its numbers as a table
//! behind a "show as table" button (always printed). The table is built only while it is shown
//! (open, or the page printed): a closed table costs a lever move nothing.

use yew::prelude::*;

use crate::describe::DataTable;
use crate::web::context::use_app;
use crate::web::hooks::use_printing;

#[derive(Properties, PartialEq)]
pub struct ChartTextProps {
    /// The chart's name in element ids: `{chart}-summary`, `{chart}-data` (the table).
    pub chart: AttrValue,
    pub summary: AttrValue,
    /// Builds the numbers behind the chart, when it has a table of its own. A new callback (from
    /// `use_callback` on the table's inputs) means a new table.
    #[prop_or_default]
    pub table: Option<Callback<(), DataTable>>,
}

#[component]
pub fn ChartText(props: &ChartTextProps) -> Html {
    let open = use_state_eq(|| false);
    let printing = use_printing();
    let shown = *open || printing;
    let table = use_memo((shown, props.table.clone()), |(shown, table)| {
        table
            .as_ref()
            .filter(|_| *shown)
            .map(|build| build.emit(()))
    });
    let Some(app) = use_app() else {
        return Html::default();
    };
    let s = app.strings();
    let table_id = format!("{}-data", props.chart);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="chart-text">
            <p class="chart-summary" id={format!("{}-summary", props.chart)}>{ props.summary.clone() }</p>
            if props.table.is_some() {
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
                    aria-label={table.as_ref().as_ref().map(|t| t.caption.clone())}
                >
                    { for table.as_ref().as_ref().map(table_html) }
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
    // A numeric table's value columns align right (the stylesheet's `table[data-numeric]`).
    html! {
        <table data-numeric={table.numeric.then_some("")}>
            <caption>{ table.caption.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ head }</th>
                    { for rest.iter().map(|c| html! { <th scope="col">{ c }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for table.rows.iter().map(|row| html! {
                    <tr>
                        <th scope="row">{ row.head.clone() }</th>
                        { for row.cells.iter().map(|c| html! { <td>{ c }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
