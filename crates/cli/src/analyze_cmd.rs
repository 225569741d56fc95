//! `embargo analyze`: the main job. Extract, screen every party, assess every item, report, store.
use crate::config::Config;
use crate::extract_cmd::{finish, process};
use crate::inputs;
use crate::lists_cmd::load_effective;
use crate::output::{emit, json_bytes, write_atomic};
use crate::{progress, usage};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use embargo_analyze::{render, AnalyzeOptions, Analyzer};
use embargo_model::Report;
use embargo_store::Register;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Output formats of `analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnalyzeFormat {
    /// Readable text for a terminal.
    Text,
    /// The report contract (docs/report.schema.json): one object, or an array for several documents.
    Json,
    /// A self-contained HTML page per document.
    Html,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Article files (text or HTML), directories, URL-list files, URLs, or - for standard input.
    #[arg(value_name = "FILE|DIR|URL-LIST", required = true)]
    inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AnalyzeFormat::Text)]
    format: AnalyzeFormat,
    /// Do not store the reports.
    #[arg(long)]
    no_store: bool,
    /// Write the output to this file (atomically); with --format html and several documents, a
    /// directory that receives one page per document.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Minimum screening score of a party's list entry, 0..1 [default: embargo-screen's].
    #[arg(long, value_name = "T")]
    threshold: Option<f64>,
    /// Confidence floor of extracted transfers, 0..1: those below it are set aside, not
    /// assessed [default: the floor fitted with the confidence model; 0 assesses every record].
    #[arg(long, value_name = "C")]
    min_confidence: Option<f64>,
}

pub fn run(a: AnalyzeArgs, cfg: &Config) -> Result<ExitCode> {
    if let Some(t) = a.threshold {
        if !(0.0..=1.0).contains(&t) {
            return Err(usage(format!("--threshold {t} is not between 0 and 1")));
        }
    }
    if let Some(c) = a.min_confidence {
        if !(0.0..=1.0).contains(&c) {
            return Err(usage(format!(
                "--min-confidence {c} is not between 0 and 1"
            )));
        }
    }
    if a.no_store && cfg.store_origin == crate::config::Origin::Flag {
        return Err(usage(
            "--store and --no-store contradict each other; give one",
        ));
    }
    let sources = inputs::expand(&a.inputs)?;
    if sources.is_empty() {
        anyhow::bail!("no documents to read in {}", a.inputs.join(", "));
    }
    let html_dir = a.format == AnalyzeFormat::Html && sources.len() > 1;
    if html_dir && a.output.is_none() {
        return Err(usage(
            "--format html with several documents needs --output DIR (one page per document)",
        ));
    }
    // Open the store first: a wrong --store fails before minutes of work, not after.
    let mut store = if a.no_store {
        None
    } else {
        Some(crate::config::open_store(cfg.store_path()?)?)
    };

    let eff = load_effective(cfg)?;
    let opts = AnalyzeOptions {
        threshold: a.threshold,
        min_confidence: a.min_confidence,
        ..AnalyzeOptions::default()
    };
    let pb = progress::spinner("indexing lists, loading gazetteers and regimes");
    let analyzer = Analyzer::new(&eff.set, opts);
    pb.finish_and_clear();
    let analyzer = analyzer.context("building the analyzer")?;

    let (done, failed) = process(&sources, |doc| {
        analyzer
            .analyze(&doc.source, &doc.bytes)
            .with_context(|| doc.source.clone())
    });

    if let Some(store) = store.as_mut() {
        for (doc, report) in &done {
            store
                .save_report(report, &doc.bytes)
                .with_context(|| format!("storing the report of {}", doc.source))?;
        }
        if !done.is_empty() {
            eprintln!(
                "stored {} report(s) in {}",
                done.len(),
                store.path().display()
            );
        }
    }

    let reports: Vec<&Report> = done.iter().map(|(_, r)| r).collect();
    match a.format {
        AnalyzeFormat::Json => {
            let bytes = if reports.len() == 1 && sources.len() == 1 {
                json_bytes(reports[0])?
            } else {
                json_bytes(&reports)?
            };
            emit(a.output.as_deref(), &bytes)?;
        }
        AnalyzeFormat::Text => {
            let text: Vec<String> = reports.iter().map(|r| render::text(r)).collect();
            emit(a.output.as_deref(), text.join("\n").as_bytes())?;
        }
        AnalyzeFormat::Html if html_dir => {
            let dir = a.output.as_deref().unwrap_or(Path::new("."));
            std::fs::create_dir_all(dir)
                .with_context(|| format!("{}: cannot create directory", dir.display()))?;
            for (doc, r) in &done {
                let path = dir.join(html_name(&doc.source, &r.document.id));
                write_atomic(&path, render::html(r).as_bytes())?;
                eprintln!("wrote {}", path.display());
            }
        }
        AnalyzeFormat::Html => {
            if let Some(r) = reports.first() {
                emit(a.output.as_deref(), render::html(r).as_bytes())?;
            }
        }
    }
    Ok(finish(&failed))
}

/// `<file stem>-<first 8 of the content hash>.html`, safe as a file name.
fn html_name(source: &str, id: &str) -> String {
    let stem = source
        .rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or("report");
    let stem = stem.rsplit_once('.').map(|(s, _)| s).unwrap_or(stem);
    let safe: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let short: String = id.chars().take(8).collect();
    format!("{safe}-{short}.html")
}

#[cfg(test)]
mod tests {
    use super::html_name;

    #[test]
    fn html_names_are_safe_file_names() {
        assert_eq!(html_name("dir/a b.html", "0123456789"), "a_b-01234567.html");
        assert_eq!(html_name("https://x.org/news/", "ab"), "news-ab.html");
        assert_eq!(html_name("../../etc/passwd", "ff"), "passwd-ff.html");
    }
}
