//! The HTML a host page pastes to embed one chart: an iframe on a share link in embed mode. Pure,
//! so it is tested natively; the embed dialog in `web::share` shows it.

use crate::charts::escape_markup;
use crate::scenario::link::View;

/// The iframe's height before the embedded page reports its own (the `veikart:height` message,
/// see README.md): about what each chart needs at a column's width, so a host that does not listen
/// still shows the chart whole.
pub fn initial_height(view: View) -> u32 {
    match view {
        View::Adoption => 760,
        View::Benefits => 1_000,
        View::Timeline => 1_500,
        View::Graph => 760,
        View::All => 4_600,
    }
}

/// What a host page runs to fit the iframe just before it to the height the embedded page
/// reports. It listens to that frame only (by its window, which also works for a sandboxed frame,
/// whose origin is "null"), so several embeds on one page each get their own.
const HEIGHT_LISTENER: &str = r#"<script>
(function (frame) {
  addEventListener("message", function (e) {
    if (e.source === frame.contentWindow && e.data && e.data.type === "veikart:height") {
      frame.height = Math.ceil(e.data.height);
    }
  });
})(document.currentScript.previousElementSibling);
</script>"#;

/// `<iframe src="…" title="…" …></iframe>` for an embed link `src`, with the attributes a host
/// needs (a title for screen readers, lazy loading, the clipboard, the full column's width),
/// followed by the few lines that fit its height to the chart. Without them (a site that strips
/// scripts), the iframe keeps its starting height.
pub fn iframe_snippet(src: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"clipboard-write\" \
         style=\"width:100%;border:0\" height=\"{height}\"></iframe>\n{HEIGHT_LISTENER}",
        escape_markup(src),
        escape_markup(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_is_an_iframe_with_escaped_attributes() {
        let html = iframe_snippet(
            "https://example.org/veikart/?v=1&d=2026.1&embed=1&view=timeline",
            "Veikart: \"Milepæler\" <nb>",
            2_200,
        );
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/veikart/?v=1&amp;d=2026.1&amp;embed=1&amp;view=timeline\" \
             title=\"Veikart: &quot;Milepæler&quot; &lt;nb&gt;\" loading=\"lazy\" \
             allow=\"clipboard-write\" style=\"width:100%;border:0\" height=\"2200\"></iframe>\n"
                .to_string()
                + HEIGHT_LISTENER
        );
        // The listener trusts no other frame and no other message.
        assert!(HEIGHT_LISTENER.contains("e.source === frame.contentWindow"));
        assert!(HEIGHT_LISTENER.contains("\"veikart:height\""));
    }

    #[test]
    fn every_view_starts_tall_enough_for_a_chart() {
        for view in View::CHARTS {
            assert!(initial_height(view) >= 600, "{view:?}");
        }
        assert!(View::CHARTS
            .iter()
            .all(|&v| initial_height(v) < initial_height(View::All)));
    }
}
