//! Every text in the roadmap data exists in bokmål, nynorsk and English, and the bokmål and nynorsk
//! are not English left untranslated. (The UI's own strings: the `Strings` struct makes the keys
//! equal, and `i18n`'s unit tests find no empty one.)

use serde_json::Value;
use veikart::model::{load_roadmap, Lang, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};

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

/// Common English words that are not Norwegian words (or too rare as Norwegian to matter in these
/// notes: "and" is a duck, "is" is ice; "no" is left out, as in "helsenorge.no"). Any of them, as a whole word, in a bokmål or nynorsk text
/// means English was left there.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "is", "are", "was", "with", "from", "which", "not", "only", "before",
    "after", "each", "every", "their", "its", "by", "guess", "fitted", "assumed", "share",
    "within", "than", "would", "there", "this", "that", "these", "found", "year", "years",
];

/// The English words in `text`, whole words only, ignoring case.
fn english_words(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    found.dedup();
    found
}

/// Every bokmål or nynorsk text of `roadmap` that reads as English: identical to the English text
/// while that holds an English word, or holding an English word itself. One line each.
fn english_in_norwegian(roadmap: &Roadmap) -> Vec<String> {
    let tree = serde_json::to_value(roadmap).expect("a roadmap serialises");
    let mut found = Vec::new();
    texts(&tree, "roadmap".into(), &mut found);
    let mut problems = Vec::new();
    for (path, text) in found {
        let en = text["en"].as_str().unwrap_or_default();
        for lang in [Lang::Nb, Lang::Nn] {
            let words = text[lang.code()].as_str().unwrap_or_default();
            let english = english_words(words);
            if words == en && !english_words(en).is_empty() {
                problems.push(format!(
                    "{path}.{} is the English text: {words}",
                    lang.code()
                ));
            } else if !english.is_empty() {
                problems.push(format!(
                    "{path}.{} has English words {english:?}: {words}",
                    lang.code()
                ));
            }
        }
    }
    problems
}

/// Assumption notes and source descriptions included: no English left in bokmål or nynorsk.
#[test]
fn no_english_in_bokmal_or_nynorsk() {
    let roadmap = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads");
    let problems = english_in_norwegian(&roadmap);
    assert!(
        problems.is_empty(),
        "{} texts:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The check has teeth: the malformed-file base has plain English assumption notes (a plain string
/// means the same text in all three languages), and they are found.
#[test]
fn the_english_check_finds_plain_english_notes() {
    let base = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/malformed/_valid_base.toml"
    );
    let text = std::fs::read_to_string(base).expect("the base exists");
    let roadmap = load_roadmap("_valid_base.toml", &text).expect("the base loads");
    let problems = english_in_norwegian(&roadmap);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("assume.nb is the English text")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.contains("assume.nn")));
    assert_eq!(
        english_words("Fitted by eye to 274/356 at end 2023"),
        ["fitted", "by"]
    );
    assert!(english_words("Tilpasset på øyemål; ikke et konfidensintervall").is_empty());
}

/// Every source in the default roadmap says what it is used for, in all three languages (`about`
/// is optional only for a user's own file).
#[test]
fn every_default_source_has_a_description() {
    let roadmap = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads");
    for (id, source) in &roadmap.sources {
        let about = source
            .about
            .as_ref()
            .unwrap_or_else(|| panic!("source {id} has no about"));
        assert_ne!(about.nb, about.en, "source {id}: about.nb is the English");
        assert_ne!(about.nn, about.en, "source {id}: about.nn is the English");
        assert!(source.line(id, Lang::Nn).contains(&about.nn));
    }
}
