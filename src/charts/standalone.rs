//! A chart as one SVG file that stands on its own: the layers the page stacks, merged into a
//! single document any viewer opens, under the chart's title and above its legend, the scenario in
//! words, the data's version and date, and where it comes from. Text stays text.

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const INK: &str = "#1F2937";
const MUTED: &str = "#4B5563";
const FONT: &str = "font-family=\"sans-serif\"";
const MARGIN: u32 = 16;
const TITLE_HEIGHT: u32 = 36;
const LEGEND_ROW: u32 = 22;
const NOTE_LINE: u32 = 17;
/// About how wide a character of 12–13 px sans-serif text is, to wrap lines and legend rows.
const CHAR_WIDTH: f64 = 6.8;

/// What a file shows around the chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportFrame {
    pub title: String,
    pub legend: Vec<LegendEntry>,
    /// Lines under the legend: the scenario in words, the data, the source.
    pub notes: Vec<String>,
}

/// One entry of a chart's legend as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// The entry's sample as an SVG document (a group's marker), if it has one.
    pub swatch: Option<String>,
    /// Otherwise the page's CSS key (`key key-dashed`, …), drawn here as alike as plain SVG can.
    pub key: String,
    pub label: String,
}

/// Merges a chart's layers (SVG documents of one size, bottom first, as the page stacks them) into
/// one document inside `frame`, with its size in pixels. `None` when a layer is not an SVG
/// document or has no size.
pub fn standalone_svg(frame: &ExportFrame, layers: &[String]) -> Option<(String, (u32, u32))> {
    let (first, _) = layers.first().map(|l| split(l))??;
    let width = attribute(first, "width")?;
    let chart_height = attribute(first, "height")?;
    let chars_per_line = ((width - 2 * MARGIN) as f64 / CHAR_WIDTH) as usize;
    let rows = legend_rows(&frame.legend, width - 2 * MARGIN);
    let notes: Vec<String> = frame
        .notes
        .iter()
        .flat_map(|note| wrap(note, chars_per_line))
        .collect();
    let legend_top = TITLE_HEIGHT + chart_height + MARGIN / 2;
    let notes_top = legend_top + rows.len() as u32 * LEGEND_ROW + MARGIN / 2;
    let height = notes_top + notes.len() as u32 * NOTE_LINE + MARGIN;

    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"{SVG_NS}\" width=\"{width}\" \
         height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{}</title>\
         <rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\
         <text x=\"{MARGIN}\" y=\"24\" {FONT} font-size=\"17\" font-weight=\"bold\" fill=\"{INK}\">{}</text>\
         <g transform=\"translate(0,{TITLE_HEIGHT})\">",
        escape_markup(&frame.title),
        escape_markup(&frame.title),
    );
    for layer in layers {
        let (_, body) = split(layer)?;
        // A page's HTML serialiser writes U+00A0 (in "1 000") as `&nbsp;`, unknown to XML.
        out.push_str(&body.replace("&nbsp;", "&#160;"));
    }
    out.push_str("</g>");
    for (r, row) in rows.iter().enumerate() {
        let y = legend_top + r as u32 * LEGEND_ROW;
        for (x, entry) in row {
            out.push_str(&legend_sample(entry, MARGIN + x, y));
            out.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" {FONT} font-size=\"12.5\" fill=\"{INK}\">{}</text>",
                MARGIN + x + 44,
                y + 13,
                escape_markup(&entry.label)
            ));
        }
    }
    for (i, line) in notes.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"{}\" {FONT} font-size=\"12\" fill=\"{MUTED}\">{}</text>",
            notes_top + i as u32 * NOTE_LINE + 12,
            escape_markup(line)
        ));
    }
    out.push_str("</svg>\n");
    Some((out, (width, height)))
}

/// The legend laid out in rows that fit `width`: each entry with its x offset.
fn legend_rows(legend: &[LegendEntry], width: u32) -> Vec<Vec<(u32, &LegendEntry)>> {
    let mut rows: Vec<Vec<(u32, &LegendEntry)>> = Vec::new();
    let mut x = 0;
    for entry in legend {
        let w = 44 + (entry.label.chars().count() as f64 * CHAR_WIDTH) as u32 + 20;
        match rows.last_mut() {
            Some(row) if x + w <= width => row.push((x, entry)),
            _ => {
                rows.push(vec![(0, entry)]);
                x = 0;
            }
        }
        x += w;
    }
    rows
}

/// An entry's sample, 40 × 16 px at (x, y): its own SVG, or a drawing of its CSS key.
fn legend_sample(entry: &LegendEntry, x: u32, y: u32) -> String {
    if let Some(swatch) = &entry.swatch {
        if let Some((root, body)) = split(swatch) {
            let size = |name| attribute(root, name).unwrap_or(16);
            return format!(
                "<svg x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\">{body}</svg>",
                size("width"),
                size("height")
            );
        }
    }
    let has = |class: &str| entry.key.split_whitespace().any(|k| k == class);
    let line = |dash: &str| {
        format!(
            "<line x1=\"{x}\" y1=\"{m}\" x2=\"{}\" y2=\"{m}\" stroke=\"{INK}\" stroke-width=\"2.5\"{dash}/>",
            x + 40,
            m = y + 8
        )
    };
    let (cx, cy) = (x + 20, y + 8);
    if has("key-today") {
        format!("<line x1=\"{cx}\" y1=\"{y}\" x2=\"{cx}\" y2=\"{}\" stroke=\"{INK}\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>", y + 16)
    } else if has("key-dashed") {
        line(" stroke-dasharray=\"6 4\"")
    } else if has("key-dotted") {
        line(" stroke-dasharray=\"2 3\"")
    } else if has("key-ring") {
        format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"6\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"2\"/>")
    } else if has("key-dot") {
        format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"5\" fill=\"{INK}\"/>")
    } else if has("key-square") {
        format!("<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"2\"/>", cx - 5, cy - 5)
    } else if has("key-diamond") {
        format!("<path d=\"M{cx} {} l6 6 l-6 6 l-6 -6 z\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"2\"/>", cy - 6)
    } else if has("key-band") || has("key-bar") {
        format!("<rect x=\"{x}\" y=\"{}\" width=\"40\" height=\"8\" fill=\"{MUTED}\" fill-opacity=\"0.35\"/>", cy - 4)
    } else {
        line("")
    }
}

/// Splits text into lines of at most `width` characters at spaces (a longer word keeps its line).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// A whole-number attribute of an opening tag, e.g. the root's `width="800"`.
fn attribute(tag: &str, name: &str) -> Option<u32> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    tag[start..end].parse().ok()
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

    fn frame(title: &str) -> ExportFrame {
        ExportFrame {
            title: title.into(),
            legend: vec![
                LegendEntry {
                    swatch: Some(marker_swatch(2)),
                    key: String::new(),
                    label: "Fastleger".into(),
                },
                LegendEntry {
                    swatch: None,
                    key: "key key-dashed".into(),
                    label: "Grunnlaget".into(),
                },
            ],
            notes: vec![
                "Scenario fra i dag (data per feb. 2026): grunnlaget, ingen spaker endret.".into(),
                "Kilde: Veikart, https://example.org/?v=2".into(),
            ],
        }
    }

    #[test]
    fn merges_the_layers_bottom_first_under_one_root() {
        // Two drawings of one size stand in for a chart's base and overlay.
        let [base, overlay] = [0, 1].map(marker_swatch);
        let (svg, (width, height)) = standalone_svg(
            &frame("Innføring <PLL> & mer"),
            &[base.clone(), overlay.clone()],
        )
        .expect("two SVG layers");
        assert!(svg.starts_with("<?xml"));
        assert_eq!(
            svg.matches("<svg").count(),
            2,
            "the root and the legend's one swatch"
        );
        assert_eq!(width, 40);
        assert!(height > 16 + TITLE_HEIGHT, "{height}");
        assert!(svg.contains(&format!(
            "width=\"40\" height=\"{height}\" viewBox=\"0 0 40 {height}\""
        )));
        assert!(svg.contains("<title>Innføring &lt;PLL&gt; &amp; mer</title>"));
        let body = |l: &str| split(l).unwrap().1.to_string();
        let at = |part: &str| svg.find(part).expect("the layer's markup is in the file");
        assert!(at(&body(&base)) < at(&body(&overlay)));
    }

    #[test]
    fn the_file_names_its_legend_scenario_data_and_source() {
        let chart = "<svg width=\"800\" height=\"400\"><rect/></svg>".to_string();
        let (svg, (_, height)) =
            standalone_svg(&frame("Innføring over tid: PLL"), &[chart]).unwrap();
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .map(|t| &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()])
            .collect();
        assert_eq!(
            texts,
            [
                "Innføring over tid: PLL",
                "Fastleger",
                "Grunnlaget",
                "Scenario fra i dag (data per feb. 2026): grunnlaget, ingen spaker endret.",
                "Kilde: Veikart, https://example.org/?v=2"
            ]
        );
        assert!(
            svg.contains("stroke-dasharray=\"6 4\""),
            "the baseline's key is dashed"
        );
        assert!(height > 400 + TITLE_HEIGHT + 2 * NOTE_LINE);
        // A narrow chart wraps its notes and legend instead of cutting them.
        let narrow = "<svg width=\"200\" height=\"100\"></svg>".to_string();
        let (svg, _) = standalone_svg(&frame("t"), &[narrow]).unwrap();
        assert!(svg.matches("<text").count() > 5);
        assert!(svg.split("<text").skip(1).all(|t| t
            [t.find('>').unwrap() + 1..t.find("</text>").unwrap()]
            .chars()
            .count()
            <= 30));
    }
    #[test]
    fn markup_copied_out_of_a_page_becomes_xml() {
        let layer = "<svg width=\"100\" height=\"50\"><text>5&nbsp;000</text></svg>".to_string();
        let (svg, _) = standalone_svg(&frame("t"), &[layer]).unwrap();
        assert!(svg.contains(&format!("<svg xmlns=\"{SVG_NS}\" width=\"100\"")));
        assert!(svg.contains("<text>5&#160;000</text>"));
        assert_eq!(standalone_svg(&frame("t"), &["<div></div>".into()]), None);
        assert_eq!(
            standalone_svg(&frame("t"), &["<svg></svg>".into()]),
            None,
            "no size"
        );
        assert_eq!(standalone_svg(&frame("t"), &[]), None);
    }
}
