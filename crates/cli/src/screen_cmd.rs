//! `embargo screen`: names on the command line, or a CSV batch.
use crate::config::Config;
use crate::lists_cmd::load_effective;
use crate::output::{emit, json_bytes};
use crate::{progress, usage};
use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use embargo_model::{ListKind, Schema, ScreeningResult};
use embargo_screen::{ScreenOptions, Screener, DEFAULT_THRESHOLD};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Largest batch file accepted; a name list this big is a mistake, not a job.
const MAX_BATCH_BYTES: u64 = 256 * 1024 * 1024;

/// What a query names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaArg {
    /// A natural person.
    Person,
    /// A company, organisation or other legal entity.
    Organization,
    /// A ship.
    Vessel,
    /// An aircraft.
    Aircraft,
}

impl From<SchemaArg> for Schema {
    fn from(s: SchemaArg) -> Self {
        match s {
            SchemaArg::Person => Schema::Person,
            SchemaArg::Organization => Schema::Organization,
            SchemaArg::Vessel => Schema::Vessel,
            SchemaArg::Aircraft => Schema::Aircraft,
        }
    }
}

/// Output formats of `screen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScreenFormat {
    /// Readable text (default for names).
    Text,
    /// A JSON array, one object per query (docs/screening-json.md).
    Json,
    /// CSV, one row per hit (default for --batch).
    Csv,
}

/// A `--list` value: a list id, or a short name covering several.
#[derive(Debug, Clone)]
pub struct ListSel(Vec<ListKind>);

fn parse_list(s: &str) -> Result<ListSel, String> {
    if let Some(k) = ListKind::parse(s) {
        return Ok(ListSel(vec![k]));
    }
    let kinds = match s {
        "ofac" => vec![ListKind::UsOfacSdn, ListKind::UsOfacCons],
        "un" => vec![ListKind::UnSc],
        "uk" => vec![ListKind::GbFcdo],
        "ftm" => vec![ListKind::OpenSanctions],
        _ => {
            let ids: Vec<&str> = ListKind::ALL.iter().map(|k| k.as_str()).collect();
            return Err(format!(
                "unknown list {s:?}; expected one of {}, or ofac, un, uk, ftm",
                ids.join(", ")
            ));
        }
    };
    Ok(ListSel(kinds))
}

fn parse_threshold(s: &str) -> Result<f64, String> {
    let t: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if !(0.0..=1.0).contains(&t) {
        return Err(format!("{t} is not between 0 and 1"));
    }
    Ok(t)
}

#[derive(Debug, Args)]
pub struct ScreenArgs {
    /// Names to screen (each one query).
    #[arg(
        value_name = "NAME",
        required_unless_present = "batch",
        conflicts_with = "batch"
    )]
    names: Vec<String>,
    /// Screen the names in a CSV file (with a header row) instead.
    #[arg(long, value_name = "FILE.csv")]
    batch: Option<PathBuf>,
    /// The CSV column holding the names (with --batch).
    #[arg(long, default_value = "name", requires = "batch")]
    column: String,
    /// Only these lists (repeatable): us-ofac-sdn, us-ofac-cons, un-sc, gb-fcdo, opensanctions,
    /// or ofac, un, uk, ftm.
    #[arg(long = "list", value_name = "L", value_parser = parse_list)]
    lists: Vec<ListSel>,
    /// What the names are; entries of other kinds are not matched.
    #[arg(long, value_enum)]
    schema: Option<SchemaArg>,
    /// Minimum score of a hit, 0..1 [default: embargo-screen's DEFAULT_THRESHOLD].
    #[arg(long, value_name = "T", value_parser = parse_threshold)]
    threshold: Option<f64>,
    /// Most hits per name.
    #[arg(long, value_name = "N", default_value_t = 10)]
    limit: usize,
    /// Output format [default: text for names, csv for --batch].
    #[arg(long, value_enum)]
    format: Option<ScreenFormat>,
    /// Write the output to this file (atomically) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(a: ScreenArgs, cfg: &Config) -> Result<ExitCode> {
    if a.limit == 0 {
        return Err(usage("--limit must be at least 1"));
    }
    let opts = ScreenOptions {
        threshold: a.threshold.unwrap_or(DEFAULT_THRESHOLD),
        lists: a.lists.iter().flat_map(|l| l.0.iter().copied()).collect(),
        schema: a.schema.map(Schema::from),
        limit: a.limit,
    };
    // Read and check the queries before the (slower) list loading, so bad input fails fast.
    let (queries, format) = match &a.batch {
        Some(file) => (
            read_batch(file, &a.column)?,
            a.format.unwrap_or(ScreenFormat::Csv),
        ),
        None => {
            let qs = a
                .names
                .iter()
                .enumerate()
                .map(|(i, n)| Query {
                    label: format!("name {} ({n:?})", i + 1),
                    name: n.clone(),
                })
                .collect();
            (qs, a.format.unwrap_or(ScreenFormat::Text))
        }
    };
    let eff = load_effective(cfg)?;
    let pb = progress::spinner("indexing lists");
    let screener = Screener::build(eff.set.entries());
    pb.finish_and_clear();
    tracing::info!(entries = screener.len(), "screening index built");

    let results = if a.batch.is_some() {
        screen_batch(&screener, &queries, &opts)
    } else {
        let mut out = Vec::with_capacity(queries.len());
        for q in &queries {
            let r = screener
                .screen(&q.name, &opts)
                .with_context(|| format!("screening {}", q.label))?;
            out.push(r);
        }
        out
    };

    let bytes = match format {
        ScreenFormat::Json => json_bytes(&results)?,
        ScreenFormat::Csv => csv_bytes(&results)?,
        ScreenFormat::Text => text(&results, opts.threshold).into_bytes(),
    };
    emit(a.output.as_deref(), &bytes)?;
    Ok(ExitCode::SUCCESS)
}

struct Query {
    /// Where the query came from, for messages (`name 2 ("…")`, `names.csv:14`).
    label: String,
    name: String,
}

fn read_batch(file: &Path, column: &str) -> Result<Vec<Query>> {
    let meta =
        std::fs::metadata(file).with_context(|| format!("{}: cannot read", file.display()))?;
    if !meta.is_file() {
        bail!("{}: not a file", file.display());
    }
    if meta.len() > MAX_BATCH_BYTES {
        bail!(
            "{}: {} bytes is over the limit of {MAX_BATCH_BYTES} bytes for a batch",
            file.display(),
            meta.len()
        );
    }
    let bytes = std::fs::read(file).with_context(|| format!("{}: cannot read", file.display()))?;
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes.as_slice());
    let headers = rdr
        .headers()
        .with_context(|| format!("{}:1: cannot read the header row", file.display()))?
        .clone();
    let col = match headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(column))
    {
        Some(i) => i,
        // A one-column file needs no header named after the option.
        None if headers.len() == 1 && column == "name" => 0,
        None => bail!(
            "{}:1: no column {column:?} in the header (columns: {}); choose one with --column",
            file.display(),
            headers.iter().collect::<Vec<_>>().join(", ")
        ),
    };
    let mut out = Vec::new();
    let mut skipped = 0usize;
    for rec in rdr.records() {
        let rec = rec.with_context(|| format!("{}: malformed CSV", file.display()))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        match rec.get(col).map(str::trim) {
            Some(n) if !n.is_empty() => out.push(Query {
                label: format!("{}:{line}", file.display()),
                name: n.to_string(),
            }),
            _ => {
                skipped += 1;
                tracing::warn!("{}:{line}: empty name; row skipped", file.display());
            }
        }
    }
    if skipped > 0 {
        eprintln!(
            "{}: {skipped} rows with an empty name skipped",
            file.display()
        );
    }
    Ok(out)
}

/// Screens many queries on all cores, keeping their order. A query the screener refuses is
/// reported (file and line) and screened as having no hits, so one bad cell does not lose the batch.
fn screen_batch(
    screener: &Screener,
    queries: &[Query],
    opts: &ScreenOptions,
) -> Vec<ScreeningResult> {
    let pb = progress::bar(queries.len() as u64, "names");
    let out = progress::parallel_map(queries, &pb, |q| match screener.screen(&q.name, opts) {
        Ok(r) => r,
        Err(e) => {
            pb.suspend(|| eprintln!("{}: {e}; screened as no hits", q.label));
            ScreeningResult {
                query: q.name.clone(),
                hits: Vec::new(),
            }
        }
    });
    pb.finish_and_clear();
    out
}

/// The CSV contract: one row per hit; a query without hits gets one row with empty hit fields.
fn csv_bytes(results: &[ScreeningResult]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "query",
        "list",
        "list_id",
        "listed_name",
        "schema",
        "programs",
        "score",
        "explanation",
    ])?;
    for r in results {
        if r.hits.is_empty() {
            w.write_record([r.query.as_str(), "", "", "", "", "", "", ""])?;
        }
        for h in &r.hits {
            w.write_record([
                r.query.as_str(),
                h.list.as_str(),
                &h.list_id,
                &h.listed_name,
                h.schema.as_str(),
                &h.programs.join(";"),
                &format!("{:.4}", h.score),
                &h.explanation,
            ])?;
        }
    }
    w.into_inner().context("writing CSV")
}

fn text(results: &[ScreeningResult], threshold: f64) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    for r in results {
        match r.hits.len() {
            0 => {
                let _ = writeln!(s, "{}: no hits (threshold {threshold:.2})", r.query);
            }
            n => {
                let _ = writeln!(s, "{}: {n} hit{}", r.query, if n == 1 { "" } else { "s" });
            }
        }
        for h in &r.hits {
            let _ = writeln!(
                s,
                "  {:.2}  {} {}  {}  [{}; {}]",
                h.score,
                h.list,
                h.list_id,
                h.listed_name,
                h.schema,
                h.programs.join(", ")
            );
            if h.primary_name != h.listed_name && !h.primary_name.is_empty() {
                let _ = writeln!(s, "        primary name: {}", h.primary_name);
            }
            let _ = writeln!(s, "        {}", h.explanation);
        }
    }
    s
}
