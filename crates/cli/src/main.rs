//! `embargo`: the command line of embargo.
//!
//! Thin by design: it parses arguments, finds the configuration (flags > `EMBARGO_*` environment
//! variables > `embargo.toml` in the working directory > defaults), calls the library crates and
//! prints. Every decision about names, texts and regimes lives in those crates.
//!
//! Exit codes: 0 success, 1 an error (the message names the file, line or field), 2 a usage error.

mod analyze_cmd;
mod config;
mod extract_cmd;
mod inputs;
mod lists_cmd;
mod lists_fetch;
mod output;
mod progress;
mod screen_cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Read news reports, extract transfers, screen every party against sanctions lists, and say
/// which sanctions provisions each transfer may breach.
#[derive(Debug, Parser)]
#[command(name = "embargo", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// More log output on stderr (-v warnings, -vv info, -vvv debug); `RUST_LOG` overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,

    /// The SQLite store file (default: EMBARGO_STORE, then `store` in ./embargo.toml, then
    /// ~/.local/share/embargo/embargo.sqlite).
    #[arg(long, global = true, value_name = "PATH")]
    store: Option<PathBuf>,

    /// Directory of fetched lists (default: EMBARGO_LISTS_DIR, then `lists_dir` in ./embargo.toml,
    /// then ~/.local/share/embargo/lists).
    #[arg(long, global = true, value_name = "DIR")]
    lists_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show, import or fetch sanctions lists.
    Lists {
        #[command(subcommand)]
        command: lists_cmd::ListsCommand,
    },
    /// Screen names against the sanctions lists.
    Screen(screen_cmd::ScreenArgs),
    /// Extract transfers (who gave what to whom) from reports.
    Extract(extract_cmd::ExtractArgs),
    /// The whole analysis: extract, screen every party, assess every item, report and store.
    Analyze(analyze_cmd::AnalyzeArgs),
}

/// An error in how the command was called (exit code 2), as opposed to bad input (exit code 1).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Returns a usage error (exit code 2) with `msg`.
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UsageError(msg.into()))
}

fn init_logging(verbose: u8) {
    use tracing_subscriber::EnvFilter;
    // Library crates log skipped list rows at warn level; a normal run should not print those
    // (`lists show` and `lists import` report the counts), so the default shows errors only.
    // What the user must see is printed with eprintln!, not logged.
    let default = match verbose {
        0 => "error",
        1 => "warn",
        2 => "info",
        3 => "debug",
        _ => "trace",
    };
    let filter = match std::env::var("RUST_LOG") {
        Ok(v) if !v.trim().is_empty() => {
            EnvFilter::try_new(v).unwrap_or_else(|_| EnvFilter::new(default))
        }
        _ => EnvFilter::new(default),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    let cfg = match config::Config::resolve(cli.store.clone(), cli.lists_dir.clone()) {
        Ok(c) => c,
        Err(e) => return report_error(&e),
    };
    let result = match cli.command {
        Command::Lists { command } => lists_cmd::run(command, &cfg),
        Command::Screen(args) => screen_cmd::run(args, &cfg),
        Command::Extract(args) => extract_cmd::run(args),
        Command::Analyze(args) => analyze_cmd::run(args, &cfg),
    };
    match result {
        Ok(code) => code,
        Err(e) => report_error(&e),
    }
}

fn report_error(e: &anyhow::Error) -> ExitCode {
    if e.downcast_ref::<UsageError>().is_some() {
        eprintln!("error: {e}");
        eprintln!("For more information, try '--help'.");
        return ExitCode::from(2);
    }
    // `{:#}` prints the whole chain: "reading lists: ofac.csv:12: malformed CSV: …".
    eprintln!("error: {e:#}");
    ExitCode::from(1)
}
