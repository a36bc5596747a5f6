//! Every text in the roadmap data exists in bokmål, nynorsk and English, and the bokmål and nynorsk
//! are not English left untranslated; nor are what the reader worker says of a malformed file. (The UI's own strings: the `Strings` struct makes the keys
//! equal, and `i18n`'s unit tests find no empty one.)

use serde_json::Value;
use veikart::i18n::data_errors::{data_error, entity};
use veikart::i18n::{catalogue, EN, NN};
use veikart::model::problem::Entity;
use veikart::model::{
    load_roadmap, DataErrors, Lang, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML,
};
use veikart::scenario::{parse_scenario, ScenarioFormat};

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

/// `text` without what is code rather than words: quoted ids, field paths, values and examples
/// of what to write (`'…'`, `"…"`, `` `…` ``), as a file has them in every language.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut closing = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None if matches!(c, '\'' | '"' | '`') => {
                closing = Some(c);
                out.push(' ');
            }
            None => out.push(c),
        }
    }
    out
}

/// Scenario files with one problem each (there are no scenario fixtures on disk; a roadmap's
/// are in `tests/malformed/`), read against the default roadmap.
const BAD_SCENARIOS: &[(&str, &str)] = &[
    (
        "syntax.toml",
        "version = 2\n[actors.kommune_plo\ndelay = 1\n",
    ),
    ("version.toml", "version = 9\n"),
    (
        "unknown_actor.toml",
        "version = 2\n[actors.nobody]\ndelay = 12\n",
    ),
    (
        "range.toml",
        "version = 2\n[actors.fastlege]\nspeed = 9\ndelay = 99\n",
    ),
    ("field.toml", "version = 2\n[actors.fastlege]\nsped = 2\n"),
    (
        "type.toml",
        "version = 2\n[actors.fastlege]\ndelay = \"soon\"\n",
    ),
    (
        "negative.toml",
        "version = 2\n[actors.fastlege]\ndelay = -1\n",
    ),
    ("question.toml", "version = 2\nquestion = \"tomorrow\"\n"),
    (
        "mandate.toml",
        "version = 2\n[actors.kommune_plo.mandates]\npll = \"soon\"\n",
    ),
    ("plan.toml", "version = 2\nschedule = \"plan\"\n"),
    (
        "milestone.toml",
        "version = 2\n[milestones.nope]\ndelay = 1\n",
    ),
];

/// Every problem of every malformed roadmap fixture and of each bad scenario, as the reader
/// worker says it in `lang`, checked against the English the command line prints.
fn file_errors() -> Vec<DataErrors> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/malformed");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/malformed exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| !p.ends_with("_valid_base.toml"))
        .collect();
    files.sort();
    let mut out: Vec<DataErrors> = files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let text = std::fs::read_to_string(path).expect("readable");
            load_roadmap(&name, &text).expect_err("a malformed file is refused")
        })
        .collect();
    let roadmap = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads");
    for (name, text) in BAD_SCENARIOS {
        out.push(
            parse_scenario(name, text, ScenarioFormat::Toml, &roadmap)
                .expect_err("a bad scenario is refused"),
        );
    }
    out.push(
        parse_scenario(
            "old.json",
            "{\"actors\": null}",
            ScenarioFormat::Json,
            &roadmap,
        )
        .expect_err("null is no lever"),
    );
    out
}

/// Import and validation errors in bokmål and nynorsk have no English words (code aside), and
/// each names its entity and field as the English does.
#[test]
fn file_errors_are_said_in_bokmal_and_nynorsk() {
    let mut english = Vec::new();
    let (mut lines, mut same) = (0, 0);
    for errors in file_errors() {
        for e in &errors.0 {
            let en = data_error(Lang::En, e);
            assert_eq!(en, e.to_string(), "the command line's English");
            let nb = data_error(Lang::Nb, e);
            for lang in [Lang::Nb, Lang::Nn] {
                let line = data_error(lang, e);
                lines += 1;
                if !english_words(&prose(&line)).is_empty() {
                    english.push(format!("{lang:?}: {line}"));
                }
                assert_ne!(line, en, "{lang:?} is the English");
                assert!(line.starts_with(&format!("{}: ", e.file)), "{line}");
                if let Some(entity) = entity(lang, &e.entity) {
                    assert!(line.contains(&entity), "{line} names {entity}");
                }
                if let Entity::Named(_, id) = &e.entity {
                    assert!(line.contains(&format!("'{id}'")), "{line}");
                }
                if !e.field.is_empty() {
                    assert!(line.contains(&format!("'{}'", e.field)), "{line}");
                }
            }
            if data_error(Lang::Nn, e) == nb {
                same += 1;
            }
        }
    }
    assert!(lines > 2 * 70, "only {lines} lines");
    // Nynorsk is its own language: a few short lines read the same as bokmål, most do not.
    assert!(
        same * 4 < lines,
        "{same} of {} nynorsk lines are bokmål",
        lines / 2
    );
    assert!(english.is_empty(), "{}", english.join("\n"));
}

/// The check has teeth: the same errors in English are found, code aside.
#[test]
fn the_english_check_finds_english_file_errors() {
    let all = file_errors();
    let errors: Vec<_> = all.iter().flat_map(|errors| errors.0.iter()).collect();
    let english = errors
        .iter()
        .filter(|e| !english_words(&prose(&data_error(Lang::En, e))).is_empty())
        .count();
    assert!(
        english * 2 > errors.len(),
        "only {english} of {} English lines found",
        errors.len()
    );
    assert_eq!(
        prose("felt 'within[0]': `share = { v = 0.5 }` og \"the\""),
        "felt  :   og  "
    );
}

/// The catalogues the browser fetches are the compiled nynorsk and English: a stale file is
/// rewritten (commit it) and fails the test; each unpacks to the same words.
#[test]
fn the_fetched_catalogues_are_the_compiled_words() {
    for (lang, strings) in [(Lang::Nn, &NN), (Lang::En, &EN)] {
        let file = format!("data/{}", catalogue::file_name(lang));
        let packed = catalogue::pack(strings);
        let committed = std::fs::read(&file).unwrap_or_default();
        if committed != packed {
            std::fs::write(&file, &packed).expect("run from the crate root");
            panic!("{file} was stale and has been rewritten: rebuild and commit it");
        }
        let unpacked = catalogue::unpack(packed.leak()).expect("a catalogue unpacks");
        assert_eq!(unpacked.entries(), strings.entries(), "{lang:?}");
        assert_eq!(unpacked.months, strings.months, "{lang:?}");
    }
}

#[test]
fn a_damaged_catalogue_is_refused() {
    let packed = catalogue::pack(&EN);
    let cut = packed[..packed.len() - 1].to_vec();
    assert!(catalogue::unpack(cut.leak()).is_none());
    let longer = [packed.as_slice(), &[0]].concat();
    assert!(catalogue::unpack(longer.leak()).is_none());
    let fewer = postcard::to_allocvec(&EN.texts()[1..]).expect("serialises");
    assert!(catalogue::unpack(fewer.leak()).is_none());
}
