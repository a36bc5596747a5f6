//! Copying a text, with a fallback: where the browser does not let the page write to the
//! clipboard (no permission, a page not served over HTTPS, a frame without
//! `allow="clipboard-write"`), the text is shown selected in a read-only field instead.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What became of the last attempt to copy the current text.
#[derive(Clone, Copy, PartialEq)]
pub enum Copy {
    NotTried,
    Done,
    Refused,
}

/// Writes `text` to the clipboard and tells `done` whether the browser allowed it.
fn copy_to_clipboard(text: &str, done: Callback<Copy>) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    // Pages not served over HTTPS (or from localhost) have no clipboard.
    if clipboard.is_undefined() {
        done.emit(Copy::Refused);
        return;
    }
    let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text));
    yew::platform::spawn_local(async move {
        done.emit(match written.await {
            Ok(_) => Copy::Done,
            Err(_) => Copy::Refused,
        })
    });
}

/// Focuses the read-only field behind `field` and selects its text, ready to copy by hand.
fn select_all(field: &NodeRef) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = field.cast::<HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

/// A copy button's state for `text` and the callback that copies it. The state starts over when
/// the text changes, so "copied" never refers to an older text; a refusal selects `field`.
#[hook]
pub fn use_copy(text: String, field: NodeRef) -> (Copy, Callback<()>) {
    let copied = use_state_eq(|| Copy::NotTried);
    {
        let copied = copied.clone();
        use_effect_with(text.clone(), move |_| copied.set(Copy::NotTried));
    }
    use_effect_with(*copied, move |copied| {
        if *copied == Copy::Refused {
            select_all(&field);
        }
    });
    let done = {
        let setter = copied.setter();
        Callback::from(move |result| setter.set(result))
    };
    let copy = Callback::from(move |()| copy_to_clipboard(&text, done.clone()));
    (*copied, copy)
}
