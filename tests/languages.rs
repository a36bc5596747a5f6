//! Every text in the roadmap data exists in bokmål, nynorsk and English. (The UI's own strings:
//! the `Strings` struct makes the keys equal, and `i18n`'s unit tests find no empty one.)

use serde_json::Value;
use veikart::model::{load_roadmap, Lang, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};

/// Every `{ nb, nn, en }` object in a JSON tree, with its path.
fn texts<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&str> = map.keys().map(String::as_str).collect();
            keys.sort_unstable();
            if keys == ["en", "nb", "nn"] {
                out.push((path, value));
                return;
            }
            for (key, v) in map {
                texts(v, format!("{path}.{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_roadmap_text_is_written_in_all_three_languages() {
    let roadmap = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads");
    let tree = serde_json::to_value(&roadmap).expect("a roadmap serialises");
    let mut found = Vec::new();
    texts(&tree, "roadmap".into(), &mut found);
    // The title, and a name for each actor group, solution, milestone, benefit and preset, and
    // more: a walk that found fewer missed the texts.
    let named = 1
        + roadmap.actors.len()
        + roadmap.solutions.len()
        + roadmap.milestones.len()
        + roadmap.benefits.len()
        + roadmap.presets.len();
    assert!(found.len() > named, "only {} texts found", found.len());
    for (path, text) in found {
        for lang in Lang::ALL {
            let words = text[lang.code()].as_str().unwrap_or_default();
            assert!(!words.trim().is_empty(), "{path}.{} is empty", lang.code());
        }
    }
}
