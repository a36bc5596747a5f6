//! Every number in `data/` carries a source or is marked as an assumption with a reason.
//!
//! Checked on the raw TOML, not through the loader, so a field the loader ignores cannot hide a
//! bare number. A number (or a `YYYY-MM` date) must sit in a table that also has `src` or `assume`.
//! Exempt: the horizon in `[meta]` (start, end, data_date, discount_base: the frame of the model,
//! not claims about the world) and the levers inside presets (scenario choices, explained by each
//! preset's description).

use std::path::Path;

const EXEMPT_META: [&str; 4] = ["start", "end", "data_date", "discount_base"];

fn is_date(s: &str) -> bool {
    s.len() == 7 && s.as_bytes()[4] == b'-' && s.chars().filter(char::is_ascii_digit).count() == 6
}

fn has_provenance(table: &toml::Table) -> bool {
    let reason = |k: &str| {
        table.get(k).is_some_and(|v| match v {
            toml::Value::String(s) => !s.trim().is_empty(),
            toml::Value::Array(a) => !a.is_empty(),
            // assume = { nb, nn, en }: a reason in every language.
            toml::Value::Table(t) => {
                !t.is_empty()
                    && t.values()
                        .all(|v| v.as_str().is_some_and(|s| !s.trim().is_empty()))
            }
            _ => false,
        })
    };
    reason("src") || reason("assume")
}

/// A number or date as it stands in the file.
fn scalar(value: &toml::Value) -> String {
    match value {
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::String(s) => format!("\"{s}\""),
        other => format!("{other:?}"),
    }
}

fn check(path: &str, value: &toml::Value, parent: Option<&toml::Table>, bare: &mut Vec<String>) {
    match value {
        toml::Value::Integer(_) | toml::Value::Float(_) if !parent.is_some_and(has_provenance) => {
            bare.push(format!("{path} = {}", scalar(value)));
        }
        toml::Value::String(s) if is_date(s) && !parent.is_some_and(has_provenance) => {
            bare.push(format!("{path} = {}", scalar(value)));
        }
        toml::Value::Table(t) => {
            for (k, v) in t {
                let exempt = (path == "meta" && EXEMPT_META.contains(&k.as_str()))
                    || (path.starts_with("presets[") && k == "scenario");
                if !exempt {
                    check(&format!("{path}.{k}"), v, Some(t), bare);
                }
            }
        }
        toml::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check(&format!("{path}[{i}]"), v, parent, bare);
            }
        }
        _ => {}
    }
}

#[test]
fn every_number_in_data_has_a_source_or_an_assumption() {
    let mut files = 0;
    for entry in
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).expect("data/ exists")
    {
        let path = entry.expect("readable").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        files += 1;
        let table: toml::Table = std::fs::read_to_string(&path)
            .expect("readable")
            .parse()
            .expect("valid TOML");
        let mut bare = Vec::new();
        for (k, v) in &table {
            check(k.trim_start_matches('.'), v, None, &mut bare);
        }
        assert!(
            bare.is_empty(),
            "{}: numbers without src or assume:\n{}",
            path.display(),
            bare.join("\n")
        );
    }
    assert!(files > 0, "no roadmap files in data/");
}

#[test]
fn the_check_catches_a_bare_number() {
    let table: toml::Table =
        "[[actors]]\nid = \"x\"\nunits = 356\n[[actors]]\nunits = { v = 3, src = \"S1\" }\n"
            .parse()
            .expect("valid TOML");
    let mut bare = Vec::new();
    for (k, v) in &table {
        check(k, v, None, &mut bare);
    }
    assert_eq!(bare, vec!["actors[0].units = 356".to_string()]);
}

fn assumptions<'a>(value: &'a toml::Value, out: &mut Vec<&'a str>) {
    match value {
        toml::Value::Table(t) => {
            for (k, v) in t {
                match (k.as_str(), v) {
                    ("assume", toml::Value::String(s)) => out.push(s),
                    // { nb, nn, en }: each language gives the reason.
                    ("assume", toml::Value::Table(text)) => {
                        out.extend(text.values().filter_map(toml::Value::as_str))
                    }
                    _ => assumptions(v, out),
                }
            }
        }
        toml::Value::Array(items) => items.iter().for_each(|v| assumptions(v, out)),
        _ => {}
    }
}

#[test]
fn every_source_is_an_http_url_and_every_assumption_gives_a_reason() {
    let r = veikart::model::load_roadmap(
        veikart::model::DEFAULT_ROADMAP_FILE,
        veikart::model::DEFAULT_ROADMAP_TOML,
    )
    .expect("default roadmap loads");
    for (id, s) in &r.sources {
        assert!(
            s.url.starts_with("https://") || s.url.starts_with("http://"),
            "source {id}: {}",
            s.url
        );
    }
    let table: toml::Value = veikart::model::DEFAULT_ROADMAP_TOML
        .parse::<toml::Table>()
        .expect("valid TOML")
        .into();
    let mut reasons = Vec::new();
    assumptions(&table, &mut reasons);
    assert!(!reasons.is_empty());
    for reason in reasons {
        assert!(
            reason.split_whitespace().count() >= 3,
            "an assumption needs a reason, not '{reason}'"
        );
    }
}

/// Every observed point and every plan target names at least one source, each resolving to a URL
/// in `[sources]`; the fit to history has at least 20 points to work with.
#[test]
fn every_observed_point_and_target_is_sourced() {
    let r = veikart::model::load_roadmap(
        veikart::model::DEFAULT_ROADMAP_FILE,
        veikart::model::DEFAULT_ROADMAP_TOML,
    )
    .expect("default roadmap loads");
    let mut points = 0;
    for t in &r.tracks {
        for (what, o) in t
            .observed
            .iter()
            .map(|o| ("observed", o))
            .chain(t.targets.iter().map(|o| ("target", o)))
        {
            points += usize::from(what == "observed");
            let ids = o.src.ids();
            assert!(!ids.is_empty(), "{} {what} {}: no source", t.id, o.date);
            for id in ids {
                let s = r
                    .sources
                    .get(id)
                    .unwrap_or_else(|| panic!("{} {what} {}: unknown source {id}", t.id, o.date));
                assert!(s.url.starts_with("https://") || s.url.starts_with("http://"));
                assert!(
                    !s.title.trim().is_empty(),
                    "source {id} says what it supports"
                );
            }
        }
    }
    assert!(points >= 20, "{points} observed points");
}
