//! A chart as one SVG file: the layers the page stacks, merged into a single document that any
//! viewer opens, with the chart's heading as its title and its text kept as text.

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Merges a chart's layers (SVG documents of one size, bottom first, as the page stacks them) into
/// one document titled `title`. `None` when a layer is not an SVG document.
pub fn standalone_svg(title: &str, layers: &[String]) -> Option<String> {
    let (first, _) = layers.first().map(|l| split(l))??;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // The first layer's root gives the size; a root copied out of a page may lack the namespace.
    if first.contains("xmlns=") {
        out.push_str(first);
    } else {
        out.push_str(&first.replacen("<svg", &format!("<svg xmlns=\"{SVG_NS}\""), 1));
    }
    out.push_str("<title>");
    out.push_str(&escape_markup(title));
    out.push_str("</title>");
    for layer in layers {
        let (_, body) = split(layer)?;
        // A page's HTML serialiser writes U+00A0 (in "1 000") as `&nbsp;`, unknown to XML.
        out.push_str(&body.replace("&nbsp;", "&#160;"));
    }
    out.push_str("</svg>\n");
    Some(out)
}

/// An SVG document's opening root tag and what lies between it and the closing tag.
fn split(svg: &str) -> Option<(&str, &str)> {
    let start = svg.find("<svg")?;
    let open_end = start + svg[start..].find('>')? + 1;
    let close = svg.rfind("</svg>")?;
    (close >= open_end).then(|| (&svg[start..open_end], &svg[open_end..close]))
}

/// Escapes text for HTML or XML, in element content or a double-quoted attribute: the one escape
/// of the crate (the iframe snippet uses it too).
pub fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::marker_swatch;

    #[test]
    fn merges_the_layers_bottom_first_under_one_root() {
        // Two drawings of one size stand in for a chart's base and overlay.
        let [base, overlay] = [0, 1].map(|actor| marker_swatch(actor).unwrap());
        let svg = standalone_svg("Innføring <PLL> & mer", &[base.clone(), overlay.clone()])
            .expect("two SVG layers");
        assert!(svg.starts_with("<?xml"));
        assert_eq!(svg.matches("<svg").count(), 1);
        assert_eq!(svg.matches("</svg>").count(), 1);
        assert!(svg.contains("<svg width=\"40\" height=\"16\""));
        assert!(svg.contains("<title>Innføring &lt;PLL&gt; &amp; mer</title>"));
        let body = |l: &str| split(l).unwrap().1.to_string();
        let at = |part: &str| svg.find(part).expect("the layer's markup is in the file");
        assert!(at(&body(&base)) < at(&body(&overlay)));
    }

    #[test]
    fn markup_copied_out_of_a_page_becomes_xml() {
        let layer = "<svg width=\"1\"><text>5&nbsp;000</text></svg>".to_string();
        let svg = standalone_svg("t", &[layer]).unwrap();
        assert!(svg.contains(&format!("<svg xmlns=\"{SVG_NS}\" width=\"1\">")));
        assert!(svg.contains("<text>5&#160;000</text>"));
        assert_eq!(standalone_svg("t", &["<div></div>".into()]), None);
        assert_eq!(standalone_svg("t", &[]), None);
    }
}
