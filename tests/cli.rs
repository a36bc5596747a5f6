//! The `veikart` command line as an analyst uses it.

use std::path::PathBuf;
use std::process::{Command, Output};

use veikart::model::{load_roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use veikart::sim::Engine;

fn veikart(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veikart"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8")
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("veikart-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

fn engine() -> Engine {
    Engine::new(load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads"))
        .expect("builds")
}

#[test]
fn validate_accepts_the_default_roadmap() {
    let o = veikart(&["validate"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("data/roadmap.toml: valid roadmap 'veikart_default'"));
    let o = veikart(&["validate", "data/roadmap.toml"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn validate_refuses_a_broken_file_naming_entity_and_field() {
    let broken = DEFAULT_ROADMAP_TOML.replacen("units = { v = ", "units = { v = -", 1);
    let path = temp_file("broken.toml", &broken);
    let o = veikart(&["validate", path.to_str().expect("utf-8 path")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("broken.toml: actor '"), "{err}");
    assert!(err.contains("field 'units': -"), "{err}");
    assert!(stdout(&o).is_empty());
}

#[test]
fn validate_reports_a_missing_file() {
    let o = veikart(&["validate", "/nonexistent/roadmap.toml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("/nonexistent/roadmap.toml: cannot read"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn run_prints_json_matching_the_engine() {
    let o = veikart(&["run", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let e = engine();
    let base = e.baseline();
    assert_eq!(
        json["roadmap"]["version"],
        e.roadmap().meta.version.as_str()
    );
    assert_eq!(
        json["milestones"].as_array().expect("list").len(),
        base.milestones.len()
    );
    assert_eq!(
        json["benefits"].as_array().expect("list").len(),
        base.benefits.len()
    );
    assert_eq!(
        json["tracks"].as_array().expect("list").len(),
        base.tracks.len()
    );
    assert_eq!(json["delta_present_value_mnok"], 0.0);
    let first = &json["milestones"][0];
    let m = &base.milestones[0];
    assert_eq!(first["id"], m.id.as_str());
    assert_eq!(
        first["forecast"].as_str(),
        m.forecast.map(|f| f.to_string()).as_deref()
    );
    assert!(first["critical_chain"]
        .as_array()
        .is_some_and(|c| !c.is_empty()));
    let pv = json["present_value_mnok"].as_f64().expect("number");
    assert!((pv - base.present_value).abs() < 1e-9);
    let months = json["benefits"][0]["monthly_mnok"]
        .as_array()
        .expect("series")
        .len();
    assert_eq!(months, e.roadmap().months());
}

#[test]
fn run_a_preset_shows_its_deltas() {
    let e = engine();
    let preset = &e.roadmap().presets[0];
    let o = veikart(&["run", "--preset", &preset.id, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let cmp = e.compare(&preset.scenario);
    let delta = json["delta_present_value_mnok"].as_f64().expect("number");
    assert!((delta - cmp.delta_pv).abs() < 1e-9);
}

#[test]
fn csv_tables_have_a_row_per_milestone_benefit_and_month() {
    let e = engine();
    let r = e.roadmap();
    let milestones = stdout(&veikart(&["run", "--format", "csv"]));
    assert_eq!(milestones.lines().count(), r.milestones.len() + 1);
    assert!(milestones.starts_with(
        "id,name,plan,forecast,baseline_forecast,slip_months,delta_months,status,critical_chain\n"
    ));
    let benefits = stdout(&veikart(&["run", "--format", "csv", "--table", "benefits"]));
    assert_eq!(benefits.lines().count(), r.benefits.len() + 1);
    let series = stdout(&veikart(&["run", "--format", "csv", "--table", "series"]));
    assert_eq!(
        series.lines().count(),
        1 + r.months() * (r.tracks.len() + 2 * r.benefits.len())
    );
}

#[test]
fn run_takes_a_scenario_file_and_refuses_a_bad_one() {
    let e = engine();
    let actor = &e.roadmap().actors[0].id;
    let good = temp_file("good.toml", &format!("[actors.{actor}]\ndelay = 24\n"));
    let o = veikart(&[
        "run",
        "--scenario",
        good.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["scenario"]["actors"][actor]["delay"], 24);

    let unknown = temp_file("unknown.json", r#"{"actors": {"nobody": {"delay": 3}}}"#);
    let o = veikart(&["run", "--scenario", unknown.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "error: {}: actors.nobody: no actor group with this id\n",
            unknown.display()
        )
    );

    let range = temp_file("range.toml", &format!("[actors.{actor}]\nspeed = 9\n"));
    let o = veikart(&["run", "--scenario", range.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "error: {}: actors.{actor}.speed: 9 is outside 0.25–3\n",
            range.display()
        )
    );

    let typo = temp_file("typo.toml", &format!("[actors.{actor}]\ndelya = 3\n"));
    let o = veikart(&["run", "--scenario", typo.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "typo.toml: field 'actors.{actor}.delya': unknown field `delya`"
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_command_lines_exit_2_with_usage() {
    let o = veikart(&["run", "--format", "xml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid value 'xml'"), "{}", stderr(&o));
    let o = veikart(&["run", "--preset", "no_such_preset"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("error: no preset 'no_such_preset'; the roadmap has: "));
}

#[test]
fn run_takes_a_pasted_share_link_and_warns_about_what_it_ignored() {
    let e = engine();
    let a = &e.roadmap().actors[0];
    let url = format!(
        "https://example.org/veikart/?v=1&d={}&{}d=12&zz=1",
        e.roadmap().meta.version,
        a.key
    );
    let o = veikart(&["run", "--scenario", &url, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "warning: link: zz=1: unknown parameter, ignored\n"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["scenario"]["actors"][&a.id]["delay"], 12);
    let cmp = e.compare(
        &veikart::scenario::link::decode(e.roadmap(), url.split_once('?').expect("query").1)
            .0
            .scenario,
    );
    let delta = json["delta_present_value_mnok"].as_f64().expect("number");
    assert!((delta - cmp.delta_pv).abs() < 1e-9);
}
