//! `embargo extract`: who gave what to whom, with evidence, from files, directories and URL lists.
use crate::inputs::{self, Doc};
use crate::output::{emit, json_bytes};
use crate::progress;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use embargo_extract::{confidence::ConfidenceModel, Extractor};
use embargo_model::{Extraction, PartyRef, Transfer};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Readable text.
    Text,
    /// A JSON array, one extraction per document.
    Json,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files (text or HTML), directories (every .txt/.html/.htm inside), URL-list files
    /// (one http(s) URL a line), URLs, or - for standard input.
    #[arg(value_name = "FILE|DIR|URL-LIST", required = true)]
    inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    format: ExtractFormat,
    /// Write the output to this file (atomically) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Confidence floor, 0..1: transfers scoring below it are listed apart as set aside
    /// [default: the floor fitted with the confidence model; 0 reports every record].
    #[arg(long, value_name = "C")]
    min_confidence: Option<f64>,
}

/// Reads every source (in parallel, with a bar) and applies `f`; returns results in input order
/// and the failures as messages that name the file or URL.
pub fn process<R: Send>(
    sources: &[inputs::Source],
    f: impl Fn(&Doc) -> Result<R> + Sync,
) -> (Vec<(Doc, R)>, Vec<String>) {
    let agent = inputs::http_agent();
    let pb = progress::bar(sources.len() as u64, "documents");
    let results = progress::parallel_map(sources, &pb, |s| {
        let doc = inputs::read(s, &agent)?;
        let r = f(&doc)?;
        Ok::<_, anyhow::Error>((doc, r))
    });
    pb.finish_and_clear();
    let mut ok = Vec::new();
    let mut failed = Vec::new();
    for r in results {
        match r {
            Ok(x) => ok.push(x),
            Err(e) => failed.push(format!("{e:#}")),
        }
    }
    (ok, failed)
}

/// Prints failures and gives the exit code: 1 when any document failed (the output still holds
/// every document that succeeded, so one bad page does not cost the others).
pub fn finish(failed: &[String]) -> ExitCode {
    for f in failed {
        eprintln!("error: {f}");
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

pub fn run(a: ExtractArgs) -> Result<ExitCode> {
    let sources = inputs::expand(&a.inputs)?;
    if sources.is_empty() {
        anyhow::bail!("no documents to read in {}", a.inputs.join(", "));
    }
    let mut extractor = Extractor::builtin().context("loading the extraction gazetteers")?;
    if let Some(c) = a.min_confidence {
        extractor = extractor
            .with_min_confidence(c)
            .map_err(|e| crate::usage(format!("--min-confidence: {e}")))?;
    }
    let (done, failed) = process(&sources, |doc| {
        extractor
            .extract(&doc.source, &doc.bytes)
            .with_context(|| doc.source.clone())
    });
    let extractions: Vec<&Extraction> = done.iter().map(|(_, e)| e).collect();
    let bytes = match a.format {
        ExtractFormat::Json => json_bytes(&extractions)?,
        ExtractFormat::Text => {
            let mut s = String::new();
            for e in &extractions {
                s.push_str(&text(e, extractor.confidence_model()));
            }
            s.into_bytes()
        }
    };
    emit(a.output.as_deref(), &bytes)?;
    Ok(finish(&failed))
}

fn party(p: &Option<PartyRef>, note: Option<&str>) -> String {
    match p {
        Some(p) => {
            let mut s = p.name.clone();
            if p.mention != p.name && !p.mention.is_empty() {
                s.push_str(&format!(" (\"{}\")", p.mention));
            }
            if p.inferred {
                s.push_str(" [inferred]");
            }
            s
        }
        None => match note {
            Some(n) => format!("(not named: {n})"),
            None => "(not named)".to_string(),
        },
    }
}

/// One transfer as readable lines (shared with nothing else: `analyze` has its own renderer),
/// with what moved its confidence most.
fn transfer_text(t: &Transfer, model: &ConfidenceModel) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "  {} {}: {} → {}  (confidence {:.2})",
        t.id,
        t.kind,
        party(&t.giver, t.giver_note.as_deref()),
        party(&t.recipient, None),
        t.confidence
    );
    for i in &t.items {
        let q = i.quantity.map(|q| format!("{q} × ")).unwrap_or_default();
        let _ = writeln!(s, "      item: {q}{} [{}]", i.text, i.category.as_str());
    }
    if let Some(d) = &t.date {
        let _ = writeln!(s, "      date: {d}");
    }
    if let Some(p) = &t.place {
        let _ = writeln!(s, "      place: {p}");
    }
    for a in &t.attributed_to {
        let _ = writeln!(s, "      according to: {}", a.name);
    }
    for e in &t.evidence {
        let _ = writeln!(
            s,
            "      evidence [{}..{}]: \"{}\"",
            e.start,
            e.end,
            e.text.trim()
        );
    }
    let why: Vec<String> = model
        .explain(t, 3)
        .iter()
        .map(|(name, c)| format!("{} {c:+.2}", name.replace('_', " ")))
        .collect();
    if !why.is_empty() {
        let _ = writeln!(s, "      confidence moved by: {}", why.join(", "));
    }
    s
}

fn text(e: &Extraction, model: &ConfidenceModel) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let title = e.document.title.as_deref().unwrap_or("(no title)");
    let _ = writeln!(s, "{} — {title}", e.document.source);
    if e.transfers.is_empty() {
        let _ = writeln!(s, "  no transfers stated as facts");
    }
    for t in &e.transfers {
        s.push_str(&transfer_text(t, model));
    }
    for c in &e.non_factual {
        let _ = writeln!(s, "  not a fact ({}, cue \"{}\"):", c.modality, c.cue);
        s.push_str(&transfer_text(&c.transfer, model));
    }
    if !e.set_aside.is_empty() {
        let _ = writeln!(
            s,
            "  set aside, confidence below the floor ({}; --min-confidence 0 reports them):",
            e.set_aside.len()
        );
        for t in &e.set_aside {
            s.push_str(&transfer_text(t, model));
        }
    }
    s.push('\n');
    s
}
