//! "Copy link" copies the share link of what the page shows.

use yew::prelude::*;

use super::clipboard::Copy;
use crate::web::context::AppContext;

/// The button, its status and, where the clipboard is refused, the link to copy by hand. A plain
/// function: `Simulator` holds the copy's state (`use_copy` over `field`, the fallback's input).
pub fn copy_link(
    app: &AppContext,
    url: String,
    (copied, copy): (Copy, Callback<()>),
    field: NodeRef,
) -> Html {
    let s = app.strings();
    html! {
        <>
            <button type="button" id="copy-link" onclick={copy.reform(|_| ())}>{ s.copy_link }</button>
            <p class="copy-status" id="copy-link-status" role="status">
                if copied == Copy::Done { { s.link_copied } }
            </p>
            if copied == Copy::Refused {
                <div class="field copy-fallback">
                    <label for="share-link-field">{ s.copy_manually }</label>
                    <input id="share-link-field" type="text" readonly=true value={url} ref={field} />
                </div>
            }
        </>
    }
}
