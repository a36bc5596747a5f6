//! A link to one chart opens the full version at that chart.

use yew::prelude::*;

use crate::scenario::link::View;
use crate::web::share::view_section;

/// Scrolls to the card of the `view` a link names (`view=timeline`), once, at start: the view a
/// link names later (Back, Forward) keeps the reader where they are.
#[hook]
pub fn use_scroll_to_view(view: View, embed: bool) {
    use_effect_with((), move |_| {
        let card = view_section(view)
            .filter(|_| !embed)
            .and_then(|id| gloo::utils::document().get_element_by_id(id));
        if let Some(card) = card {
            card.scroll_into_view();
        }
    });
}
