//! The analysts' command-line runner: `veikart validate`, `veikart run` and `veikart calibrate`.
//!
//! Exit codes: 0 success, 1 bad data or scenario (each problem on its own line on stderr),
//! 2 bad command line.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::calibrate::{calibrate, Calibration, FitKind};
use crate::model::{load_roadmap, Lang, Roadmap, DEFAULT_ROADMAP_FILE, DEFAULT_ROADMAP_TOML};
use crate::report::Report;
use crate::scenario::link;
use crate::scenario::{parse_scenario, Scenario, ScenarioFormat};
use crate::sim::Engine;

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
            let engine = Engine::new(r)
                .map_err(|e| e.0.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;
            let lang = Lang::from_code(&lang).unwrap_or_default();
            let report = Report::new(&engine, &scenario, lang);
            Ok(match (format, table) {
                (Format::Json, _) => report.to_json() + "\n",
                (Format::Csv, Table::Milestones) => report.milestones_csv(),
                (Format::Csv, Table::Benefits) => report.benefits_csv(),
                (Format::Csv, Table::Series) => report.series_csv(),
            })
        }
        Command::Calibrate { data, format } => {
            let (_, r) = roadmap(data.as_deref())?;
            let c =
                calibrate(&r).map_err(|e| e.0.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;
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

fn roadmap(file: Option<&Path>) -> Result<(String, Roadmap), Vec<String>> {
    let (name, text) = match file {
        Some(path) => (path.display().to_string(), read(path)?),
        None => (
            DEFAULT_ROADMAP_FILE.to_string(),
            DEFAULT_ROADMAP_TOML.to_string(),
        ),
    };
    let r = load_roadmap(&name, &text)
        .map_err(|e| e.0.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;
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
    parse_scenario(&path.display().to_string(), &read(path)?, format, roadmap)
}
