//! "How well does the model match what happened?": every observed point of every track against
//! the baseline in the same month, with the residual, the overall error and each point's source.

use yew::prelude::*;

use crate::fit::{fit_cells, fit_summary, track_label, Fit};
use crate::i18n::number;
use crate::web::context::AppContext;

/// The panel: the fit in words, then the table (always shown: the panel is its table). A plain
/// function: the baseline never changes for a roadmap, so `Simulator` calls it once per roadmap
/// and language and keeps the result.
pub fn fit_panel(app: &AppContext) -> Html {
    let fit = &Fit::of(app.roadmap(), app.engine.baseline());
    let (roadmap, lang, s) = (app.roadmap(), app.lang, app.strings());
    let rows = fit.rows.iter().map(|row| {
        let [date, observed, modelled, residual] = fit_cells(row, lang);
        let sources = row.src.iter().enumerate().map(|(i, id)| {
            let sep = (i > 0).then_some(", ");
            match roadmap.sources.get(id) {
                Some(source) => html! {
                    <>{ sep }<a href={source.url.clone()} title={source.line(id, lang)} rel="noopener">{ id.clone() }</a></>
                },
                None => html! { <>{ sep }{ id.clone() }</> },
            }
        });
        html! {
            <tr>
                <th scope="row">{ track_label(roadmap, row.track, lang) }</th>
                <td>{ date }</td>
                <td class="num">{ observed }</td>
                <td class="num">{ modelled }</td>
                <td class="num">{ residual }</td>
                <td>{ for sources }</td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-labelledby="fit-heading" id="fit">
            <div class="card-head">
                <h2 id="fit-heading">{ s.fit_heading }</h2>
            </div>
            <p class="chart-summary" id="fit-summary">{ fit_summary(roadmap, fit, lang) }</p>
            if !fit.rows.is_empty() {
                <p class="hint">{ s.fit_caveat }</p>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="fit-heading">
                    <table id="fit-table">
                        <caption>{ s.fit_table_caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ s.col_track }</th>
                                <th scope="col">{ s.col_date }</th>
                                <th scope="col" class="num">{ s.col_observed }</th>
                                <th scope="col" class="num">{ s.col_model }</th>
                                <th scope="col" class="num">{ s.col_residual }</th>
                                <th scope="col">{ s.source }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row" colspan="4">{ s.fit_total }</th>
                                <td class="num" id="fit-rms">{ fit.rms.map(|r| number(lang, r, 1)).unwrap_or_default() }</td>
                                <td></td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            }
        </section>
    }
}
