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
        "id,name,plan,forecast,baseline_forecast,slip_months,delta_months,status,date_kind,reach,blocked_by,critical_chain\n"
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
            "error: {}: field 'actors.nobody': no actor group with this id\n",
            unknown.display()
        )
    );

    let range = temp_file("range.toml", &format!("[actors.{actor}]\nspeed = 9\n"));
    let o = veikart(&["run", "--scenario", range.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "error: {}: field 'actors.{actor}.speed': 9 is outside 0.25–3\n",
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

/// A run of a pasted share link as JSON.
fn run_link(query: &str) -> serde_json::Value {
    let out = veikart(&[
        "run",
        "--format",
        "json",
        "--scenario",
        &format!("https://veikart.example/?{query}"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("json")
}

fn milestone<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["milestones"]
        .as_array()
        .and_then(|ms| ms.iter().find(|m| m["id"] == id))
        .unwrap_or_else(|| panic!("milestone {id}"))
}

/// The examples of issue 8, each with the answer the question from today gives.
#[test]
fn from_today_history_stays_and_levers_mean_what_they_say() {
    let r = engine();
    let r = r.roadmap();
    // Kommuner 12 or 24 months late from today: no milestone that happened moves.
    for query in ["v=2&a1d=12", "v=2&a1d=24", "v=2&a1c=0.5", "v=2&a4d=24"] {
        let json = run_link(query);
        for m in r.milestones.iter().filter(|m| m.actual.is_some()) {
            let actual = m.actual.as_ref().map(|a| a.v.to_string());
            assert_eq!(
                milestone(&json, &m.id)["forecast"].as_str(),
                actual.as_deref(),
                "{query} moved {}",
                m.id
            );
        }
        assert!(
            json["delta_to_come_mnok"].as_f64().expect("number") < 0.0,
            "{query}"
        );
    }
    // A duty at the month the data already has changes nothing.
    let json = run_link("v=2&q=2021&a3m.kjernejournal=2022-07");
    assert_eq!(json["delta_present_value_mnok"].as_f64(), Some(0.0));
    // Faster vendors bring a forecast milestone forward and raise the value still to come.
    let base = run_link("v=2");
    let fast = run_link("v=2&a8s=2&a10s=2");
    let earlier = r.milestones.iter().any(|m| {
        let (b, f) = (
            milestone(&base, &m.id)["forecast"]
                .as_str()
                .map(String::from),
            milestone(&fast, &m.id)["forecast"]
                .as_str()
                .map(String::from),
        );
        matches!((b, f), (Some(b), Some(f)) if f < b)
    });
    assert!(earlier, "no milestone came earlier with faster vendors");
    assert!(fast["delta_to_come_mnok"].as_f64().expect("number") > 0.0);
    // A milestone that had not happened by the data date falls after it.
    for id in [
        "emultidose_national",
        "eresept_plo_start",
        "pjd_kommune_start",
        "pll_national_start",
    ] {
        let f = milestone(&base, id)["forecast"]
            .as_str()
            .expect("reached")
            .to_string();
        assert!(f > r.meta.data_date.to_string(), "{id} at {f}");
    }
}

#[test]
fn since_2021_replays_the_period_as_before() {
    // The old counterfactual: kommuner a year late since 2021 move a milestone that happened.
    let json = run_link("v=2&q=2021&a1d=12");
    let kj = milestone(&json, "kj_kommune_200");
    assert!(kj["forecast"].as_str().expect("reached") > "2023-12");
    // A version-1 link means the same as it did: since 2021, the mandate on every solution.
    let v1 = run_link("v=1&a1d=12");
    assert_eq!(v1["scenario"]["question"], "since_2021");
    assert_eq!(milestone(&v1, "kj_kommune_200")["forecast"], kj["forecast"]);
}

#[test]
fn never_names_the_condition_that_blocks_it() {
    // Pharmacies capped at 80 % since 2021: e-multidose needs 80 %, which Bass only approaches.
    let json = run_link("v=2&q=2021&a6c=0.8");
    let m = milestone(&json, "emultidose_national");
    assert_eq!(m["reach"]["kind"], "never");
    assert_eq!(m["forecast"], serde_json::Value::Null);
    let chain = m["critical_chain"].as_array().expect("chain");
    let blocker = chain
        .iter()
        .find(|s| s["because"]["kind"] == "ceiling")
        .expect("the chain names the ceiling");
    assert_eq!(blocker["because"]["id"], "emultidose_apotek");
    assert!((blocker["because"]["limit"].as_f64().expect("number") - 0.8).abs() < 1e-9);
    // PLL no longer waits for that national threshold (it is a cap per pharmacy now): no cliff.
    assert_eq!(
        milestone(&json, "pll_national_start")["reach"]["kind"],
        "reached"
    );
    // A milestone that needs it is never too, naming the same blocker; the CSV says why in words.
    let kommune = run_link("v=2&q=2021&a1c=0.04");
    let start = milestone(&kommune, "pll_kommune_start");
    assert_eq!(start["reach"]["kind"], "never");
    let chain = start["critical_chain"].as_array().expect("chain");
    assert!(chain
        .iter()
        .any(|s| s["because"]["kind"] == "ceiling" && s["because"]["id"] == "sfm_kommune_plo"));
    let csv = stdout(&veikart(&[
        "run",
        "--format",
        "csv",
        "--scenario",
        "https://veikart.example/?v=2&q=2021&a6c=0.8",
    ]));
    let row = csv
        .lines()
        .find(|l| l.starts_with("emultidose_national,"))
        .expect("row");
    assert!(
        row.contains("never") && row.contains("emultidose_apotek tops out at 80 %"),
        "{row}"
    );
    // Beyond the horizon is a different answer, with the last month checked.
    let late = run_link("v=2&a1s=0.25&a1d=48&a10d=48");
    let full = milestone(&late, "pll_full_rollout");
    assert_eq!(full["reach"]["kind"], "beyond_horizon");
    assert_eq!(full["reach"]["checked_until"], "2035-12");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_veikart"))
        .args(["run", "--format", "csv", "--table", "series"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut first = [0u8; 16];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("reads a little");
    // The reader is gone (stdout dropped), as with `| head -1`.
    let out = child.wait_with_output().expect("ends");
    assert!(out.status.success(), "{:?}", out.status);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

/// `veikart calibrate`: every observed point once, per track its fit error, one-point tracks exact
/// by construction, and the fitted values never fit worse than the data's.
#[test]
fn calibrate_lists_every_observed_point_once_with_the_fit_error_per_track() {
    let r = load_roadmap(DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML).expect("loads");
    let o = veikart(&["calibrate", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let tracks = json["tracks"].as_array().expect("tracks");
    let mut listed = Vec::new();
    for t in tracks {
        let id = t["track"].as_str().unwrap();
        let points = t["points"].as_array().unwrap();
        for p in points {
            assert_eq!(p["track"], t["track"]);
            listed.push((id.to_string(), p["date"].as_str().unwrap().to_string()));
        }
        let inside = t["points_in_horizon"].as_u64().unwrap();
        match t["kind"].as_str().unwrap() {
            "before_horizon" => assert_eq!(inside, 0, "{id}"),
            "exact_by_construction" => {
                assert_eq!(inside, 1, "{id}");
                assert_eq!(t["fitted_p"], t["data_p"], "{id}");
                assert_eq!(t["fitted_q"], t["data_q"], "{id}");
            }
            "least_squares" => assert!(inside >= 2, "{id}"),
            other => panic!("{id}: kind {other}"),
        }
        if inside > 0 {
            let (d, f) = (
                t["rmse_data"]
                    .as_f64()
                    .expect("rmse with the data's values"),
                t["rmse_fitted"]
                    .as_f64()
                    .expect("rmse with the fitted values"),
            );
            assert!(f <= d + 1e-12, "{id}: fitted {f} worse than the data's {d}");
        }
    }
    let mut expected: Vec<(String, String)> = r
        .tracks
        .iter()
        .flat_map(|t| {
            t.observed
                .iter()
                .map(|o| (t.id.clone(), o.date.to_string()))
        })
        .collect();
    let mut sorted = listed.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        listed.len(),
        "a point listed twice: {listed:?}"
    );
    listed.sort();
    expected.sort();
    assert_eq!(listed, expected);
    assert_eq!(json["points"].as_u64().unwrap() as usize, expected.len());

    let o = veikart(&["calibrate"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("p in [0.001, 0.5], q in [0, 2]"), "{text}");
    for t in tracks {
        let id = t["track"].as_str().unwrap();
        let head = text
            .lines()
            .find(|l| l.starts_with(&format!("{id}: ")))
            .unwrap_or_else(|| panic!("no line for {id}"));
        match t["kind"].as_str().unwrap() {
            "exact_by_construction" => {
                assert!(head.contains("exact by construction"), "{head}");
                assert!(head.contains("RMSE"), "{head}");
            }
            "least_squares" => assert_eq!(head.matches("RMSE").count(), 2, "{head}"),
            _ => {}
        }
        for p in t["points"].as_array().unwrap() {
            let line = format!("  {id} {} ", p["date"].as_str().unwrap());
            assert_eq!(text.matches(&line).count(), 1, "{line}");
        }
    }
}

#[test]
fn calibrate_reads_another_roadmap_and_refuses_a_broken_one() {
    let broken = DEFAULT_ROADMAP_TOML.replacen("units = { v = ", "units = { v = -", 1);
    let path = temp_file("broken-calibrate.toml", &broken);
    let o = veikart(&["calibrate", "--data", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
}

#[test]
fn risk_prints_percentiles_criticality_and_tornado_the_same_for_the_same_seed() {
    let args = ["risk", "--runs", "40", "--seed", "3"];
    let o = veikart(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        stdout(&veikart(&args)),
        "same seed, same output"
    );
    let other = veikart(&["risk", "--runs", "40", "--seed", "4"]);
    assert_ne!(stdout(&o), stdout(&other));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let e = engine();
    assert_eq!(json["runs"], 40);
    let milestones = json["milestones"].as_array().expect("milestones");
    assert_eq!(milestones.len(), e.roadmap().milestones.len());
    for m in milestones {
        // "YYYY-MM" strings compare as dates; null (not reached) is later than any.
        let at = |k: &str| m[k].as_str().map(str::to_string);
        let ordered = |a: Option<String>, b: Option<String>| match (a, b) {
            (Some(a), Some(b)) => a <= b,
            (_, None) => true,
            (None, Some(_)) => false,
        };
        assert!(
            ordered(at("p10"), at("p50")) && ordered(at("p50"), at("p90")),
            "{m}"
        );
    }
    assert_eq!(json["criticality"]["milestone"], "pll_full_rollout");
    let tornado = json["tornado"].as_array().expect("tornado");
    assert_eq!(tornado.len(), 2);
    assert!(!tornado[0]["bars"].as_array().expect("bars").is_empty());
    let pv = &json["present_value_mnok"];
    assert!(pv["p10"].as_f64() <= pv["p90"].as_f64());
}

#[test]
fn risk_csv_tables_have_their_headers_and_rows() {
    for (table, header) in [
        ("milestones", "milestone,p10,p50,p90,not_reached,never"),
        ("benefits", "benefit,pv_p10_mnok,pv_p50_mnok,pv_p90_mnok"),
        ("criticality", "milestone,node,share"),
        (
            "tornado",
            "target,input,low_value,high_value,at_low,at_high,swing",
        ),
    ] {
        let o = veikart(&[
            "risk",
            "--runs",
            "20",
            "--format",
            "csv",
            "--table",
            table,
            "--milestone",
            "pll_national_start",
        ]);
        assert!(o.status.success(), "{table}: {}", stderr(&o));
        let out = stdout(&o);
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some(header));
        assert!(lines.count() > 1, "{table}: {out}");
    }
}

#[test]
fn risk_and_seek_refuse_bad_arguments_by_name() {
    for (args, code, says) in [
        (&["risk", "--runs", "0"][..], 1, "0 runs"),
        (
            &["risk", "--milestone", "nope"],
            1,
            "no milestone with the id 'nope'",
        ),
        (&["risk", "--seed", "abc"], 2, "--seed"),
        (&["seek", "--milestone", "pll_full_rollout"], 2, "--by"),
        (
            &["seek", "--milestone", "pll_full_rollout", "--by", "2030-13"],
            2,
            "2030-13",
        ),
        (
            &["seek", "--milestone", "nope", "--by", "2030-01"],
            1,
            "no milestone",
        ),
        (
            &[
                "seek",
                "--milestone",
                "pll_full_rollout",
                "--by",
                "2030-01",
                "--lever",
                "zz9",
            ],
            1,
            "no lever 'zz9'",
        ),
        (
            &[
                "seek",
                "--milestone",
                "pll_full_rollout",
                "--by",
                "2030-01",
                "--probability",
                "2",
            ],
            1,
            "probability 2",
        ),
        (
            &[
                "seek",
                "--milestone",
                "pll_full_rollout",
                "--by",
                "2030-01",
                "--lever",
                "a1m.pll",
            ],
            1,
            "cannot be searched",
        ),
    ] {
        let o = veikart(args);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn seek_finds_a_setting_whose_share_link_meets_the_goal() {
    let e = engine();
    let now = e
        .baseline()
        .milestone("pll_full_rollout")
        .and_then(|m| m.forecast)
        .expect("reached");
    let by = now.plus(-6).to_string();
    let o = veikart(&[
        "seek",
        "--milestone",
        "pll_full_rollout",
        "--by",
        &by,
        "--lever",
        "a1s",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["answer"]["kind"], "answers");
    let answer = &json["answer"]["answers"][0];
    assert_eq!(answer["kind"], "found", "{json}");
    assert_eq!(answer["lever"], "actors.kommune_plo.speed");
    let link = json["links"][0].as_str().expect("a link");
    // The link, run as it is, meets the goal.
    let run = run_link(link);
    let date = milestone(&run, "pll_full_rollout")["forecast"]
        .as_str()
        .expect("reached")
        .to_string();
    assert!(date <= by, "{date} > {by}");
    // In words, too.
    let o = veikart(&[
        "seek",
        "--milestone",
        "pll_full_rollout",
        "--by",
        &by,
        "--lever",
        "a1s",
    ]);
    let text = stdout(&o);
    assert!(text.contains("actors.kommune_plo.speed = "), "{text}");
    assert!(text.contains(&format!("link: ?{link}")), "{text}");
    // A goal no setting reaches says what blocks it.
    let start = e.roadmap().meta.data_date.plus(1).to_string();
    let o = veikart(&[
        "seek",
        "--milestone",
        "pll_full_rollout",
        "--by",
        &start,
        "--lever",
        "a1s",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("no setting within its range reaches it"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("blocked by: pll_full_rollout"),
        "{}",
        stdout(&o)
    );
}
