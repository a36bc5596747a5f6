//! The analysts' command-line runner: `veikart validate`, `run`, `calibrate`, `risk` and `seek`.
//!
//! Exit codes: 0 success, 1 bad data or scenario (each problem on its own line on stderr),
//! 2 bad command line.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::calibrate::{calibrate, Calibration, FitKind};
use crate::i18n::data_errors::data_error_lines;
use crate::model::{
    load_roadmap, DataErrors, Lang, Month, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML,
};
use crate::report::Report;
use crate::risk::{self, Goal, MonteCarlo, RiskSettings, Seek, SeekAnswer, TornadoTarget};
use crate::scenario::link;
use crate::scenario::{parse_scenario, Scenario, ScenarioFormat};
use crate::sim::{Cause, ChainStep, Engine};

#[derive(Parser, Debug)]
#[command(
    name = "veikart",
    version,
    about = "Simulate Norway's roadmap for national e-health solutions"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check a roadmap file (the embedded default roadmap when FILE is left out).
    Validate { file: Option<PathBuf> },
    /// Run a scenario and print milestone dates, benefit totals and series.
    Run {
        /// Roadmap file (default: the embedded default roadmap).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Scenario file (.toml or .json), as the presets in the roadmap are written, or a share
        /// link from the app (quote it for the shell).
        #[arg(long, conflicts_with = "preset")]
        scenario: Option<String>,
        /// A preset from the roadmap, by id.
        #[arg(long)]
        preset: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Which table to print as CSV.
        #[arg(long, value_enum, default_value_t = Table::Milestones)]
        table: Table,
        /// Language of names in the output.
        #[arg(long, default_value = "nb", value_parser = ["nb", "nn", "en"])]
        lang: String,
    },
    /// Fit each track's Bass p and q to its observed points (least squares on the engine's
    /// baseline) and print observed against model, the residuals and the fit error per track.
    Calibrate {
        /// Roadmap file (default: the embedded default roadmap).
        #[arg(long)]
        data: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = CalibrateFormat::Text)]
        format: CalibrateFormat,
    },
    /// Monte Carlo over the roadmap's uncertain inputs: P10/P50/P90 of every milestone date and
    /// benefit, the criticality index of one milestone, and the tornado.
    Risk {
        /// Roadmap file (default: the embedded default roadmap).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Scenario file (.toml or .json) or a share link.
        #[arg(long)]
        scenario: Option<String>,
        #[arg(long, default_value_t = risk::DEFAULT_RUNS)]
        runs: u32,
        #[arg(long, default_value_t = risk::DEFAULT_SEED)]
        seed: u64,
        /// The milestone for the criticality index and the date tornado (default: PLL's
        /// national rollout, else the last milestone).
        #[arg(long)]
        milestone: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Which table to print as CSV.
        #[arg(long, value_enum, default_value_t = RiskTable::Milestones)]
        table: RiskTable,
    },
    /// Goal seek: the setting of a lever that just meets a milestone by a month.
    Seek {
        #[arg(long)]
        data: Option<PathBuf>,
        #[arg(long)]
        scenario: Option<String>,
        #[arg(long)]
        milestone: String,
        /// The month to meet it by (inclusive), YYYY-MM.
        #[arg(long, value_parser = parse_month)]
        by: Month,
        /// The share of Monte Carlo runs that must meet it (0–1); without it, the deterministic
        /// run must.
        #[arg(long)]
        probability: Option<f64>,
        /// The lever to turn, by its link key (a1d, a3s, m7) or path (actors.kommune_plo.delay);
        /// without it, every lever that moves the milestone is tried.
        #[arg(long)]
        lever: Option<String>,
        #[arg(long, default_value_t = risk::DEFAULT_RUNS)]
        runs: u32,
        #[arg(long, default_value_t = risk::DEFAULT_SEED)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = CalibrateFormat::Text)]
        format: CalibrateFormat,
    },
}

fn parse_month(s: &str) -> Result<Month, String> {
    s.parse()
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum RiskTable {
    Milestones,
    Benefits,
    Criticality,
    Tornado,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum CalibrateFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Json,
    Csv,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Table {
    Milestones,
    Benefits,
    Series,
}

/// Runs the CLI on its arguments (without the program name); returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    let cli = match Cli::try_parse_from(std::iter::once("veikart".to_string()).chain(args)) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match run(cli.command) {
        Ok(out) => {
            use std::io::Write;
            // A reader that stops early (`| head`) closes the pipe: that is no error, as for
            // other Unix tools; any other write failure is.
            match std::io::stdout().lock().write_all(out.as_bytes()) {
                Ok(()) => 0,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
                Err(e) => {
                    eprintln!("error: cannot write the output: {e}");
                    1
                }
            }
        }
        Err(problems) => {
            for p in problems {
                eprintln!("error: {p}");
            }
            1
        }
    }
}

fn run(command: Command) -> Result<String, Vec<String>> {
    match command {
        Command::Validate { file } => {
            let (name, r) = roadmap(file.as_deref())?;
            let deps: usize = r
                .tracks
                .iter()
                .map(|t| t.requires.len() + t.vendor.iter().count())
                .sum::<usize>()
                + r.milestones.iter().map(|m| m.requires.len()).sum::<usize>();
            Ok(format!(
                "{name}: valid roadmap '{}' version {}: {} actor groups, {} solutions, {} tracks, {} milestones, {} dependencies, {} benefits, {} presets, {} sources\n",
                r.meta.id,
                r.meta.version,
                r.actors.len(),
                r.solutions.len(),
                r.tracks.len(),
                r.milestones.len(),
                deps,
                r.benefits.len(),
                r.presets.len(),
                r.sources.len()
            ))
        }
        Command::Run {
            data,
            scenario,
            preset,
            format,
            table,
            lang,
        } => {
            let (_, r) = roadmap(data.as_deref())?;
            let scenario = match (scenario, preset) {
                (Some(arg), _) => read_scenario(&arg, &r)?,
                (None, Some(id)) => r
                    .presets
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.scenario.clone())
                    .ok_or_else(|| {
                        let known: Vec<&str> = r.presets.iter().map(|p| p.id.as_str()).collect();
                        vec![format!(
                            "no preset '{id}'; the roadmap has: {}",
                            known.join(", ")
                        )]
                    })?,
                (None, None) => Scenario::default(),
            };
            let engine = Engine::new(r).map_err(lines)?;
            let lang = Lang::from_code(&lang).unwrap_or_default();
            let report = Report::new(&engine, &scenario, lang);
            Ok(match (format, table) {
                (Format::Json, _) => report.to_json() + "\n",
                (Format::Csv, Table::Milestones) => report.milestones_csv(),
                (Format::Csv, Table::Benefits) => report.benefits_csv(),
                (Format::Csv, Table::Series) => report.series_csv(),
            })
        }
        Command::Risk {
            data,
            scenario,
            runs,
            seed,
            milestone,
            format,
            table,
        } => {
            let (engine, scenario) = engine_and_scenario(data.as_deref(), scenario.as_deref())?;
            let settings = RiskSettings { seed, runs };
            settings.check().map_err(|e| vec![e.to_string()])?;
            risk_report(&engine, &scenario, settings, milestone, format, table)
        }
        Command::Seek {
            data,
            scenario,
            milestone,
            by,
            probability,
            lever,
            runs,
            seed,
            format,
        } => {
            let (engine, scenario) = engine_and_scenario(data.as_deref(), scenario.as_deref())?;
            let goal = Goal {
                milestone,
                by,
                probability,
                lever,
            };
            let settings = RiskSettings { seed, runs };
            let answer = risk::seek(&engine, &scenario, &goal, &settings)
                .map_err(|e| vec![e.to_string()])?;
            Ok(match format {
                CalibrateFormat::Text => seek_text(engine.roadmap(), &goal, &answer),
                CalibrateFormat::Json => {
                    let links: Vec<String> = match &answer {
                        Seek::Answers { answers } => answers
                            .iter()
                            .filter_map(|a| match a {
                                SeekAnswer::Found { scenario, .. } => {
                                    Some(risk::share_link(engine.roadmap(), scenario))
                                }
                                SeekAnswer::Unreachable { .. } => None,
                            })
                            .collect(),
                        Seek::AlreadyMet { .. } => Vec::new(),
                    };
                    let json =
                        serde_json::json!({ "goal": goal, "answer": answer, "links": links });
                    serde_json::to_string_pretty(&json).expect("plain data serialises") + "\n"
                }
            })
        }
        Command::Calibrate { data, format } => {
            let (_, r) = roadmap(data.as_deref())?;
            let c = calibrate(&r).map_err(lines)?;
            Ok(match format {
                CalibrateFormat::Text => calibration_text(&c),
                CalibrateFormat::Json => {
                    serde_json::to_string_pretty(&c).expect("plain data serialises") + "\n"
                }
            })
        }
    }
}

/// The calibration as an analyst reads it: per track its fit, per point observed against model.
fn calibration_text(c: &Calibration) -> String {
    use std::fmt::Write;
    let share = |x: Option<f64>| x.map_or("      –".to_string(), |x| format!("{x:7.3}"));
    let signed = |x: Option<f64>| x.map_or("      –".to_string(), |x| format!("{x:+7.3}"));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Fit to history: each track's Bass p and q fitted by least squares to its observed points, \
         on the engine's baseline (every other number as the data has it).\n\
         Bounds: p in [{}, {}], q in [{}, {}] per year; search: a {} x {} grid, then Nelder-Mead \
         ({} engine runs).\n\
         model = the baseline with the data's p and q; fitted = with the fitted p and q; \
         residual = observed - model.",
        c.p_bounds.0, c.p_bounds.1, c.q_bounds.0, c.q_bounds.1, c.grid.0, c.grid.1, c.evaluations
    );
    let rmse = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{x:.4}"));
    for t in &c.tracks {
        let _ = writeln!(out);
        match t.kind {
            FitKind::BeforeHorizon => {
                let _ = writeln!(
                    out,
                    "{}: no point inside the horizon: nothing to fit (the points back `initial`); keeps p = {}, q = {}",
                    t.track, t.data_p, t.data_q
                );
            }
            FitKind::ExactByConstruction => {
                let _ = writeln!(
                    out,
                    "{}: 1 point inside the horizon: the fit is exact by construction (two parameters, one point); keeps the data's p = {}, q = {}; RMSE {}",
                    t.track, t.data_p, t.data_q, rmse(t.rmse_data)
                );
            }
            FitKind::LeastSquares => {
                let _ = writeln!(
                    out,
                    "{}: {} points inside the horizon, least squares: RMSE {} with the data's p = {}, q = {}; RMSE {} with the fitted p = {:.4}, q = {:.4}",
                    t.track,
                    t.points_in_horizon,
                    rmse(t.rmse_data),
                    t.data_p,
                    t.data_q,
                    rmse(t.rmse_fitted),
                    t.fitted_p,
                    t.fitted_q
                );
            }
        }
        for p in &t.points {
            let _ = write!(
                out,
                "  {} {}  observed {:.3}  model {}  residual {}",
                p.track,
                p.date,
                p.observed,
                share(p.model),
                signed(p.residual)
            );
            if p.model.is_none() {
                let _ = write!(out, "  (before the horizon's start)");
            } else if t.kind == FitKind::LeastSquares {
                let _ = write!(
                    out,
                    "  fitted {}  residual {}",
                    share(p.fitted),
                    signed(p.fitted_residual)
                );
            }
            let _ = writeln!(out);
        }
    }
    let _ = writeln!(
        out,
        "
{} observed points, {} inside the horizon; RMSE over those: {} with the data's values, {} with the fitted values.",
        c.points,
        c.points_in_horizon,
        rmse(c.rmse_data),
        rmse(c.rmse_fitted)
    );
    out
}

/// The engine of a roadmap file (or the default) and the scenario to ask about.
fn engine_and_scenario(
    data: Option<&Path>,
    scenario: Option<&str>,
) -> Result<(Engine, Scenario), Vec<String>> {
    let (_, r) = roadmap(data)?;
    let scenario = match scenario {
        Some(arg) => read_scenario(arg, &r)?,
        None => Scenario::default(),
    };
    let engine = Engine::new(r).map_err(lines)?;
    Ok((engine, scenario))
}

fn risk_report(
    engine: &Engine,
    scenario: &Scenario,
    settings: RiskSettings,
    milestone: Option<String>,
    format: Format,
    table: RiskTable,
) -> Result<String, Vec<String>> {
    let r = engine.roadmap();
    let milestone = match milestone {
        Some(id) if r.milestone_index(&id).is_none() => {
            return Err(vec![risk::RiskError::UnknownMilestone(id).to_string()])
        }
        Some(id) => id,
        None => risk::default_milestone(r)
            .ok_or_else(|| vec!["the roadmap has no milestone".to_string()])?
            .to_string(),
    };
    let mut mc = MonteCarlo::new(engine, scenario, settings.seed);
    mc.run_chunk(settings.runs);
    let summary = mc.summary(&milestone);
    let tornados = [
        TornadoTarget::PresentValue,
        TornadoTarget::MilestoneDate {
            id: milestone.clone(),
        },
    ]
    .iter()
    .map(|t| risk::tornado(engine, scenario, t))
    .collect::<Result<Vec<_>, _>>()
    .map_err(|e| vec![e.to_string()])?;
    let month = |m: Option<Month>| m.map_or(String::new(), |m| m.to_string());
    let mut out = String::new();
    use std::fmt::Write;
    match (format, table) {
        (Format::Json, _) => {
            let json = serde_json::json!({
                "roadmap": { "id": r.meta.id, "version": r.meta.version },
                "scenario": scenario,
                "seed": settings.seed,
                "runs": summary.runs_done,
                "milestones": summary.milestones,
                "present_value_mnok": summary.present_value,
                "benefits": summary.benefit_values,
                "criticality": { "milestone": summary.critical_for, "nodes": summary.criticality },
                "tornado": tornados,
            });
            out = serde_json::to_string_pretty(&json).expect("plain data serialises") + "\n";
        }
        (Format::Csv, RiskTable::Milestones) => {
            out += "milestone,p10,p50,p90,not_reached,never\n";
            for m in &summary.milestones {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{}",
                    m.id,
                    month(m.p10),
                    month(m.p50),
                    month(m.p90),
                    m.not_reached,
                    m.never
                );
            }
        }
        (Format::Csv, RiskTable::Benefits) => {
            out += "benefit,pv_p10_mnok,pv_p50_mnok,pv_p90_mnok\n";
            let total = summary.present_value.map(|p| ("total", p));
            for (id, p) in summary
                .benefit_values
                .iter()
                .map(|b| (b.id.as_str(), b.present_value))
                .chain(total)
            {
                let _ = writeln!(out, "{id},{},{},{}", p.p10, p.p50, p.p90);
            }
        }
        (Format::Csv, RiskTable::Criticality) => {
            out += "milestone,node,share\n";
            for n in &summary.criticality {
                let _ = writeln!(out, "{},{},{}", summary.critical_for, n.id, n.share);
            }
        }
        (Format::Csv, RiskTable::Tornado) => {
            out += "target,input,low_value,high_value,at_low,at_high,swing\n";
            for t in &tornados {
                let target = match &t.target {
                    TornadoTarget::PresentValue => "present_value_mnok".to_string(),
                    TornadoTarget::MilestoneDate { id } => format!("{id}_months_from_start"),
                };
                for b in &t.bars {
                    let input = match &b.input {
                        risk::InputRef::Lever { path } => path,
                        risk::InputRef::Input { id } => id,
                    };
                    let _ = writeln!(
                        out,
                        "{target},{input},{},{},{},{},{}",
                        b.low_value, b.high_value, b.at_low, b.at_high, b.swing
                    );
                }
            }
        }
    }
    Ok(out)
}

/// A goal seek's answer as an analyst reads it.
fn seek_text(r: &Roadmap, goal: &Goal, answer: &Seek) -> String {
    use std::fmt::Write;
    let achieved = |a: &risk::Achieved| {
        let date = a.month.map_or("not within the horizon".to_string(), |m| {
            format!("falls in {m}")
        });
        match a.probability {
            Some(p) => format!(
                "{date}; about {:.0} % of runs meet {}",
                risk::round_to_5_points(p) * 100.0,
                goal.by
            ),
            None => date,
        }
    };
    let mut out = String::new();
    let wanted = match goal.probability {
        Some(p) => format!(
            "{} by {} with a probability of {p}",
            goal.milestone, goal.by
        ),
        None => format!("{} by {}", goal.milestone, goal.by),
    };
    let _ = writeln!(out, "Goal: {wanted}");
    match answer {
        Seek::AlreadyMet { achieved: a } => {
            let _ = writeln!(out, "Met already: it {}.", achieved(a));
        }
        Seek::Answers { answers } if answers.is_empty() => {
            let _ = writeln!(out, "No lever moves this milestone.");
        }
        Seek::Answers { answers } => {
            for a in answers {
                match a {
                    SeekAnswer::Found {
                        lever,
                        value,
                        achieved: a,
                        scenario,
                    } => {
                        let _ = writeln!(
                            out,
                            "{lever} = {value}: it {}.\n  link: ?{}",
                            achieved(a),
                            risk::share_link(r, scenario)
                        );
                    }
                    SeekAnswer::Unreachable {
                        lever,
                        best_value,
                        achieved: a,
                        chain,
                    } => {
                        let _ = writeln!(
                            out,
                            "{lever}: no setting within its range reaches it; at {best_value} it {}.\n  blocked by: {}",
                            achieved(a),
                            chain_words(chain)
                        );
                    }
                }
            }
        }
    }
    out
}

/// A critical chain in one line, ending in what holds it back.
fn chain_words(chain: &[ChainStep]) -> String {
    let steps: Vec<String> = chain
        .iter()
        .map(|s| match s.date {
            Some(d) => format!("{} ({d})", s.id),
            None => s.id.clone(),
        })
        .collect();
    let root = chain.last().map(|s| match &s.because {
        Cause::OwnDate { .. } => "its own date".to_string(),
        Cause::Milestone { id, lag } => format!("milestone {id} + {lag} months"),
        Cause::Track { id, share } => format!("{id} reaching {:.0} %", share * 100.0),
        Cause::Start => "open from the start".to_string(),
        Cause::Earliest => "its earliest start in the data".to_string(),
        Cause::ActorDelay { months, .. } => format!("a group's delay of {months} months"),
        Cause::DataDate => "not happened by the data date".to_string(),
        Cause::Ceiling { id, share, limit } => format!(
            "{id} tops out at {:.0} %, below the {:.0} % needed",
            limit * 100.0,
            share * 100.0
        ),
    });
    format!("{} ← {}", steps.join(" ← "), root.unwrap_or_default())
}

fn roadmap(file: Option<&Path>) -> Result<(String, Roadmap), Vec<String>> {
    let (name, text) = match file {
        Some(path) => (path.display().to_string(), read(path)?),
        None => (
            DEFAULT_ROADMAP_FILE.to_string(),
            DEFAULT_ROADMAP_TOML.to_string(),
        ),
    };
    let r = load_roadmap(&name, &text).map_err(lines)?;
    Ok((name, r))
}

fn read(path: &Path) -> Result<String, Vec<String>> {
    std::fs::read_to_string(path).map_err(|e| vec![format!("{}: cannot read: {e}", path.display())])
}

/// A scenario from a file, or from a share link pasted as it is (its notices become warnings).
fn read_scenario(arg: &str, roadmap: &Roadmap) -> Result<Scenario, Vec<String>> {
    let path = Path::new(arg);
    if !path.exists() {
        if let Some((_, query)) = arg.split_once('?') {
            let (link, notices) = link::decode(roadmap, query);
            for n in notices {
                eprintln!("warning: link: {n}");
            }
            return Ok(link.scenario);
        }
    }
    let format = match path.extension() {
        Some(e) if e == "json" => ScenarioFormat::Json,
        _ => ScenarioFormat::Toml,
    };
    parse_scenario(&path.display().to_string(), &read(path)?, format, roadmap).map_err(lines)
}

/// A file's problems as the command line prints them: one line each, in English.
fn lines(errors: DataErrors) -> Vec<String> {
    data_error_lines(Lang::En, &errors)
}
