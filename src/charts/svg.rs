//! The few SVG elements the charts draw, written straight into a string: a chart library's
//! general machinery (coordinate systems, text measurement, styles) cost the page's wasm far more
//! than these lines, and its SVG output had to be patched for dashes and outlines.
//!
//! Coordinates are whole pixels: a series of a hundred points then writes short, and no screen
//! shows a line's position finer than its antialiasing does.

use std::fmt::{self, Write};

use super::{escape_markup, Layer};

/// A colour, written as CSS hex (`#1E5AA8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);

/// A length or coordinate, written rounded to a whole pixel.
struct Px(f64);

impl fmt::Display for Px {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.round() as i64)
    }
}

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pattern {
    Solid,
    /// The baseline and the data date: dashes of 6 px.
    Dashed,
    /// A pinned scenario: round dots.
    Dotted,
}

/// A line's colour, width, pattern and opacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub colour: Rgb,
    pub width: f64,
    pub pattern: Pattern,
    pub opacity: f64,
}

impl Stroke {
    pub const fn solid(colour: Rgb, width: f64) -> Stroke {
        Stroke {
            colour,
            width,
            pattern: Pattern::Solid,
            opacity: 1.0,
        }
    }

    pub const fn dashed(colour: Rgb, width: f64) -> Stroke {
        Stroke {
            pattern: Pattern::Dashed,
            ..Stroke::solid(colour, width)
        }
    }

    pub const fn dotted(colour: Rgb, width: f64) -> Stroke {
        Stroke {
            pattern: Pattern::Dotted,
            ..Stroke::solid(colour, width)
        }
    }
}

/// How a closed shape is painted: filled, outlined, or both; `opacity` applies to the whole.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paint {
    pub fill: Option<Rgb>,
    pub stroke: Option<Stroke>,
    pub opacity: f64,
}

impl Paint {
    pub const fn fill(colour: Rgb) -> Paint {
        Paint {
            fill: Some(colour),
            stroke: None,
            opacity: 1.0,
        }
    }

    /// A fill seen through: bands and shaded areas under the lines.
    pub const fn faded(colour: Rgb, opacity: f64) -> Paint {
        Paint {
            opacity,
            ..Paint::fill(colour)
        }
    }

    pub const fn outline(stroke: Stroke) -> Paint {
        Paint {
            fill: None,
            stroke: Some(stroke),
            opacity: 1.0,
        }
    }
}

/// Where a text sits against its x.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A text's size in CSS pixels, colour and anchor; always sans-serif.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub size: f64,
    pub colour: Rgb,
    pub anchor: Anchor,
}

/// A linear map from data values to pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The data values at the two ends.
    pub from: (f64, f64),
    /// The pixels they land on.
    pub to: (f64, f64),
}

impl Scale {
    /// Maps `from.0` to `to.0` and `from.1` to `to.1` (to.1 < to.0 for a y axis, which runs up).
    pub fn new(from: (f64, f64), to: (f64, f64)) -> Scale {
        Scale { from, to }
    }

    pub fn at(&self, v: f64) -> f64 {
        let (a, b) = self.from;
        self.to.0 + (v - a) / (b - a) * (self.to.1 - self.to.0)
    }
}

/// An SVG document being written.
pub struct Doc(String);

impl Doc {
    /// A document `width` × `height` pixels: white for a base layer, transparent otherwise.
    pub fn new((width, height): (u32, u32), layer: Layer) -> Doc {
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\">\n"
        );
        if layer == Layer::Base {
            out.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
        }
        Doc(out)
    }

    /// The markup, closed.
    pub fn finish(mut self) -> String {
        self.0.push_str("</svg>\n");
        self.0
    }

    /// An open line through `points`.
    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: Stroke) {
        self.0.push_str("<polyline fill=\"none\"");
        self.stroke(stroke);
        self.points(points);
    }

    /// A closed shape through `points`.
    pub fn polygon(&mut self, points: &[(f64, f64)], paint: Paint) {
        self.0.push_str("<polygon");
        self.paint(paint);
        self.points(points);
    }

    /// A rectangle from one corner to the opposite one.
    pub fn rect(&mut self, (x0, y0): (f64, f64), (x1, y1): (f64, f64), paint: Paint) {
        let (x, y) = (x0.min(x1), y0.min(y1));
        let _ = write!(
            self.0,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
            Px(x),
            Px(y),
            Px((x1 - x0).abs()),
            Px((y1 - y0).abs())
        );
        self.paint(paint);
        self.0.push_str("/>\n");
    }

    pub fn circle(&mut self, (cx, cy): (f64, f64), r: f64, paint: Paint) {
        let _ = write!(
            self.0,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
            Px(cx),
            Px(cy),
            Px(r)
        );
        self.paint(paint);
        self.0.push_str("/>\n");
    }

    /// A line of text whose top is at `y` (its baseline lower by 0.76 of its size, as a
    /// sans-serif's ascent goes), escaped.
    pub fn text(&mut self, (x, y): (f64, f64), text: &str, font: Font) {
        let anchor = match font.anchor {
            Anchor::Start => "",
            Anchor::Middle => " text-anchor=\"middle\"",
            Anchor::End => " text-anchor=\"end\"",
        };
        let _ = writeln!(
            self.0,
            "<text x=\"{}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"{}\" fill=\"{}\"{anchor}>{}</text>",
            Px(x),
            Px(y + 0.76 * font.size),
            Px(font.size),
            font.colour,
            escape_markup(text)
        );
    }

    fn stroke(&mut self, s: Stroke) {
        let _ = write!(
            self.0,
            " stroke=\"{}\" stroke-width=\"{}\"",
            s.colour,
            Px(s.width)
        );
        if s.opacity < 1.0 {
            let _ = write!(self.0, " opacity=\"{}\"", s.opacity);
        }
        self.0.push_str(match s.pattern {
            Pattern::Solid => "",
            Pattern::Dashed => " stroke-dasharray=\"6 5\"",
            Pattern::Dotted => " stroke-dasharray=\"0.5 5\" stroke-linecap=\"round\"",
        });
    }

    fn paint(&mut self, p: Paint) {
        match p.fill {
            Some(colour) => {
                let _ = write!(self.0, " fill=\"{colour}\"");
            }
            None => self.0.push_str(" fill=\"none\""),
        }
        if let Some(stroke) = p.stroke {
            self.stroke(stroke);
        }
        if p.opacity < 1.0 {
            let _ = write!(self.0, " opacity=\"{}\"", p.opacity);
        }
    }

    fn points(&mut self, points: &[(f64, f64)]) {
        self.0.push_str(" points=\"");
        for (i, &(x, y)) in points.iter().enumerate() {
            let sep = if i == 0 { "" } else { " " };
            let _ = write!(self.0, "{sep}{},{}", Px(x), Px(y));
        }
        self.0.push_str("\"/>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_compact() {
        let shown = |v| Px(v).to_string();
        assert_eq!(
            [12.0, 12.4, 12.6, -0.01, -2.6].map(shown),
            ["12", "12", "13", "0", "-3"]
        );
    }

    #[test]
    fn lines_carry_their_pattern_and_text_is_escaped() {
        let mut doc = Doc::new((100, 50), Layer::Overlay);
        let ink = Rgb(0x1F, 0x29, 0x37);
        doc.polyline(&[(0.0, 10.0), (100.0, 10.0)], Stroke::dashed(ink, 2.0));
        doc.polyline(&[(0.0, 20.0), (100.0, 20.0)], Stroke::dotted(ink, 3.0));
        doc.polyline(&[(0.0, 30.0), (100.0, 30.0)], Stroke::solid(ink, 1.0));
        let font = Font {
            size: 12.0,
            colour: ink,
            anchor: Anchor::End,
        };
        doc.text((50.0, 0.0), "A & <B>", font);
        let svg = doc.finish();
        assert!(!svg.contains("#FFFFFF"), "an overlay is transparent");
        assert_eq!(svg.matches("<polyline").count(), 3);
        assert_eq!(svg.matches("stroke-dasharray=\"6 5\"").count(), 1);
        assert_eq!(svg.matches("stroke-linecap=\"round\"").count(), 1);
        assert!(svg.contains("points=\"0,10 100,10\""));
        assert!(svg.contains(
            "<text x=\"50\" y=\"9\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#1F2937\" \
             text-anchor=\"end\">A &amp; &lt;B&gt;</text>"
        ));
        assert!(svg.ends_with("</svg>\n"));
    }

    #[test]
    fn a_scale_maps_ends_to_ends() {
        let y = Scale::new((0.0, 100.0), (300.0, 10.0));
        assert_eq!((y.at(0.0), y.at(100.0), y.at(50.0)), (300.0, 10.0, 155.0));
    }
}
