//! What an analyst takes out of the app or the CLI: scenario files that come back in unchanged,
//! and CSV tables that say exactly what the engine computed.

use veikart::model::{load_roadmap, Lang, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::report::Report;
use veikart::scenario::{parse_scenario, scenario_json, ScenarioFormat};
use veikart::sim::Engine;

fn engine() -> Engine {
    Engine::new(load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads"))
        .expect("builds")
}

#[test]
fn every_preset_exported_as_json_imports_back_unchanged() {
    let e = engine();
    for preset in &e.roadmap().presets {
        let json = scenario_json(&preset.scenario);
        let back = parse_scenario("scenario.json", &json, ScenarioFormat::Json, e.roadmap())
            .unwrap_or_else(|p| panic!("{}: {p:?}", preset.id));
        assert_eq!(back, preset.scenario.clone().normalised(), "{}", preset.id);
        assert_eq!(e.run(&back), e.run(&preset.scenario));
    }
}

#[test]
fn an_imported_scenario_is_validated_against_the_roadmap() {
    let e = engine();
    let err = parse_scenario(
        "x.json",
        r#"{"actors": {"fastlege": {"delay": 99}}, "milestones": {"nope": {"delay": 1}}}"#,
        ScenarioFormat::Json,
        e.roadmap(),
    )
    .expect_err("out of range and unknown");
    assert_eq!(
        err.to_string(),
        "x.json: field 'actors.fastlege.delay': 99 months is more than 48\n\
         x.json: field 'milestones.nope': no milestone with this id"
    );
    let err = parse_scenario("x.json", "{not json", ScenarioFormat::Json, e.roadmap())
        .expect_err("syntax");
    assert_eq!(
        err.to_string(),
        "x.json: not valid JSON: key must be a string at line 1 column 2"
    );
}

#[test]
fn csv_columns_and_rows_match_the_engine() {
    let e = engine();
    let r = e.roadmap();
    let scenario = &r
        .presets
        .iter()
        .find(|p| p.id == "vendors_late")
        .expect("preset")
        .scenario;
    let report = Report::new(&e, scenario, Lang::En);
    let run = e.run(scenario);

    let milestones = report.milestones_csv();
    let mut lines = milestones.lines();
    assert_eq!(lines.next(), Some("id,name,plan,forecast,baseline_forecast,slip_months,delta_months,status,date_kind,reach,blocked_by,critical_chain"));
    for (line, m) in lines.zip(&run.milestones) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells[0], m.id);
        let forecast = m.forecast.map(|f| f.to_string()).unwrap_or_default();
        assert!(line.contains(&format!(",{},{forecast},", m.plan)), "{line}");
    }
    assert_eq!(milestones.lines().count(), run.milestones.len() + 1);

    let series = report.series_csv();
    assert_eq!(series.lines().next(), Some("series,id,month,value"));
    let row = format!("adoption,{},{},", run.tracks[3].id, r.meta.start.plus(100));
    let value: f64 = series
        .lines()
        .find(|l| l.starts_with(&row))
        .expect("row")
        .rsplit(',')
        .next()
        .expect("value")
        .parse()
        .expect("number");
    assert!((value - run.tracks[3].adoption[100]).abs() < 1e-6);
    let per_series = r.months();
    assert_eq!(
        series.lines().count() - 1,
        per_series * (run.tracks.len() + 2 * run.benefits.len())
    );

    let benefits = report.benefits_csv();
    assert_eq!(benefits.lines().count(), run.benefits.len() + 1);
    let first = benefits.lines().nth(1).expect("a benefit row");
    let pv: f64 = first
        .split(',')
        .nth(2)
        .expect("pv")
        .parse()
        .expect("number");
    assert!((pv - run.benefits[0].present_value).abs() < 1e-5);
}

/// Scenario files carry their format version; a file without one is version 1 and keeps its
/// meaning: the since-2021 question, and a group's mandate on every solution it adopts.
#[test]
fn scenario_files_keep_their_meaning_across_format_versions() {
    let e = engine();
    let r = e.roadmap();
    let v1 = parse_scenario(
        "old.toml",
        "[actors.kommune_plo]\nmandate = \"2028-01\"\ndelay = 6\n",
        ScenarioFormat::Toml,
        r,
    )
    .expect("a version-1 file reads");
    assert_eq!(v1.question, veikart::scenario::Question::Since2021);
    let kommune = v1.actor("kommune_plo");
    assert_eq!(kommune.delay, 6);
    let solutions: Vec<&str> = r
        .tracks
        .iter()
        .filter(|t| t.actor == "kommune_plo")
        .map(|t| t.solution.as_str())
        .collect();
    for sol in &solutions {
        assert_eq!(
            kommune.mandate(sol),
            veikart::scenario::MandateLever::At("2028-01".parse().expect("month")),
            "{sol}"
        );
    }
    // Written out again, it is version 2 and reads back the same.
    let json = veikart::scenario::scenario_json(&v1);
    assert!(json.contains("\"version\": 2"), "{json}");
    let back = parse_scenario("new.json", &json, ScenarioFormat::Json, r).expect("reads");
    assert_eq!(back, v1);
    let err = parse_scenario("future.toml", "version = 9\n", ScenarioFormat::Toml, r)
        .expect_err("an unknown version");
    assert_eq!(
        err.to_string(),
        "future.toml: field 'version': 9 is not a scenario format this app reads (1–2)"
    );
}

/// The app writes scenario files in TOML: every preset goes out and comes back unchanged, and the
/// file is what the README shows (a `version`, then a table per actor group and milestone).
#[test]
fn every_preset_exported_as_toml_imports_back_unchanged() {
    let e = engine();
    for preset in &e.roadmap().presets {
        let toml = veikart::scenario::scenario_toml(&preset.scenario);
        assert!(toml.starts_with("version = 2\n"), "{toml}");
        let back = parse_scenario("scenario.toml", &toml, ScenarioFormat::Toml, e.roadmap())
            .unwrap_or_else(|p| panic!("{}: {p:?}\n{toml}", preset.id));
        assert_eq!(back, preset.scenario.clone().normalised(), "{}", preset.id);
    }
    let mut odd = veikart::scenario::Scenario::default();
    odd.actors.entry("kommune_plo".into()).or_default().speed = 0.1 + 0.2;
    let back = parse_scenario(
        "odd.toml",
        &veikart::scenario::scenario_toml(&odd),
        ScenarioFormat::Toml,
        e.roadmap(),
    );
    // A float that prints long comes back bit for bit.
    assert_eq!(back, Ok(odd.normalised()));
}

#[test]
fn tables_for_people_read_as_a_norwegian_spreadsheet_expects() {
    let engine = engine();
    let mut scenario = veikart::scenario::Scenario::default();
    scenario.actors.insert(
        "kommune_plo".into(),
        veikart::scenario::ActorLevers {
            delay: 24,
            ..Default::default()
        },
    );
    let report = Report::new(&engine, &scenario, Lang::Nb);
    let preamble = ["Scenario fra i dag; data per feb. 2026".to_string()];
    let benefits = report.benefits_for_people(Lang::Nb, &preamble);
    let lines: Vec<&str> = benefits
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .collect();
    // The preamble, quoted where it holds the separator, a blank line, then the table.
    assert_eq!(lines[0], "\"Scenario fra i dag; data per feb. 2026\"");
    assert_eq!(lines[1], "");
    assert!(
        lines[2].starts_with("Gevinst;Nåverdi, scenario (mill. kr);"),
        "{}",
        lines[2]
    );
    assert_eq!(lines.len(), 3 + engine.roadmap().benefits.len() + 1);
    for line in &lines[3..lines.len() - 1] {
        let cells: Vec<&str> = line.split(';').collect();
        assert_eq!(cells.len(), 7, "{line}");
        // Whole million kroner: digits and a minus, no decimals.
        assert!(
            cells[1..].iter().all(|c| !c.is_empty()
                && c.trim_start_matches('-')
                    .bytes()
                    .all(|b| b.is_ascii_digit())),
            "{line}"
        );
    }
    let loss: f64 = lines[3..lines.len() - 1]
        .iter()
        .map(|l| {
            l.split(';')
                .nth(3)
                .and_then(|c| c.parse::<f64>().ok())
                .unwrap_or(0.0)
        })
        .sum();
    assert!(loss < 0.0, "kommuner held back lose benefit: {loss}");

    let milestones = report.milestones_for_people(Lang::Nb, &[]);
    assert!(milestones.starts_with("\u{feff}Milepæl;Plan;Prognose;"));
    let plo = milestones
        .lines()
        .find(|l| l.starts_with("PLL: innføring i kommunal pleie"))
        .expect("a row");
    assert_eq!(plo.split(';').nth(1), Some("jan.\u{a0}2024"), "{plo}");
    // English keeps commas.
    assert!(report
        .milestones_for_people(Lang::En, &[])
        .contains("Milestone,Plan,"));
}
