//! Decimal numbers as links and lever fields carry them ("-2.5"), read without `str::parse::<f64>`:
//! core's float parser is general (exponents, any length, fast) and brings a 10 KB table of powers
//! of five into the page, a tenth of its data, where a lever value needs none of that.

/// Up to 19 significant digits fit a `u64`; a link writes an `f64` in at most 17.
const MAX_SIGNIFICANT_DIGITS: usize = 19;
const MAX_PLACES: usize = 22;

/// `text` as a number: an optional sign, digits, and optionally a point followed by digits
/// (`"3"`, `"0.25"`, `"-1.5"`, `".5"`, `"2."`), with at most 19 significant digits and 22 after the
/// point. `None` for anything else: exponents, `inf`, `NaN`, more digits than that. The value is
/// the `f64` nearest the decimal, as `str::parse::<f64>` gives it, so what a link writes of any
/// lever value reads back bit for bit.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = || whole.bytes().chain(fraction.bytes());
    if whole.len() + fraction.len() == 0
        || fraction.len() > MAX_PLACES
        || !digits().all(|b| b.is_ascii_digit())
        || digits().skip_while(|&b| b == b'0').count() > MAX_SIGNIFICANT_DIGITS
    {
        return None;
    }
    let numerator = digits().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let magnitude = nearest(numerator, 10u128.pow(fraction.len() as u32));
    Some(if negative { -magnitude } else { magnitude })
}

/// `numerator / denominator` rounded to the nearest `f64`, ties to even, for a denominator below
/// 2^75: binary long division, exact. The quotient's bits are taken from its leading one until
/// there are 54 (53 for the mantissa and one to round by); the remainder says whether anything
/// lies below them.
fn nearest(numerator: u64, denominator: u128) -> f64 {
    if numerator == 0 {
        return 0.0;
    }
    const BITS: u32 = 54;
    let whole = u128::from(numerator) / denominator;
    let mut rest = u128::from(numerator) % denominator;
    let whole_bits = 128 - whole.leading_zeros();
    // The quotient is `bits × 2^exponent`, plus what `below` says is left.
    let (mut bits, mut exponent, below);
    if whole_bits > BITS {
        let dropped = whole_bits - BITS;
        bits = whole >> dropped;
        exponent = dropped as i32;
        below = whole & ((1 << dropped) - 1) != 0 || rest != 0;
    } else {
        (bits, exponent) = (whole, 0);
        while 128 - bits.leading_zeros() < BITS {
            rest <<= 1;
            let bit = rest >= denominator;
            if bit {
                rest -= denominator;
            }
            bits = bits << 1 | u128::from(bit);
            exponent -= 1;
        }
        below = rest != 0;
    }
    let half = bits & 1 == 1;
    let mut mantissa = bits >> 1;
    if half && (below || mantissa & 1 == 1) {
        mantissa += 1;
    }
    // Both factors are exact: the mantissa has at most 53 bits, the power of two is a normal f64.
    mantissa as f64 * 2f64.powi(exponent + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_links_and_fields_hold_and_refuses_the_rest() {
        for (text, value) in [
            ("3", 3.0),
            ("0.25", 0.25),
            ("-1.5", -1.5),
            ("+2", 2.0),
            (".5", 0.5),
            ("2.", 2.0),
            ("0.1", 0.1),
            ("-0", -0.0),
            ("000000000000000000001.5", 1.5),
        ] {
            assert_eq!(parse(text), Some(value), "{text}");
        }
        for text in [
            "",
            "-",
            ".",
            "1e3",
            "inf",
            "NaN",
            "1.2.3",
            "1,5",
            " 1",
            "--1",
            "0x10",
            "12345678901234567890",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
        assert_eq!(parse("0.0000000000000000000001"), Some(1e-22));
        assert_eq!(parse("0.00000000000000000000001"), None, "23 places");
        assert_eq!(
            parse("9999999999999999999"),
            Some(1e19),
            "19 digits, rounded up"
        );
        assert_eq!(parse("0.30000000000000004"), Some(0.1 + 0.2));
    }

    proptest! {
        /// Bit for bit what core's parser gives, for every number of up to 19 digits.
        #[test]
        fn agrees_with_core(
            digits in 1u64..10_000_000_000_000_000_000,
            places in 0usize..=22,
            negative: bool,
        ) {
            let digits = digits.to_string();
            let text = if places == 0 {
                digits
            } else {
                let padded = format!("{digits:0>places$}");
                let (whole, fraction) = padded.split_at(padded.len() - places);
                format!("{whole}.{fraction}")
            };
            let text = if negative { format!("-{text}") } else { text };
            let expected: f64 = text.parse().unwrap();
            prop_assert_eq!(parse(&text).map(f64::to_bits), Some(expected.to_bits()), "{}", text);
        }

        /// Any `f64` as a link writes it (the shortest digits that round-trip, up to 17) comes
        /// back bit for bit.
        #[test]
        fn reads_back_what_display_writes(x in 1e-5f64..1e5) {
            let text = x.to_string();
            prop_assert_eq!(parse(&text).map(f64::to_bits), Some(x.to_bits()), "{}", text);
        }
    }
}
