//! `embargo lists show|import|fetch`, and the effective list set every other command uses.
//!
//! Effective lists: start from the built-in lists (the files of `data/lists`, embedded in the
//! binary); a list kind fetched with `lists fetch` replaces the built-in one of that kind; a list
//! kind imported into the store with `lists import` replaces both. The replacement is per kind
//! (`us-ofac-sdn`, `un-sc`, …), never per entry, so one list's version is always one file's.
use crate::config::Config;
use crate::output::{emit, json_bytes};
use crate::{progress, usage};
use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use embargo_lists::{ListFormat, ListSet, LoadedList};
use embargo_model::{ListKind, Provenance};
use embargo_store::Register;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum ListsCommand {
    /// Show which lists are loaded: built-in, fetched and imported, with versions and counts.
    Show(ShowArgs),
    /// Import a list file into the store; it then replaces that list kind everywhere.
    Import(ImportArgs),
    /// Download the current official lists (OFAC, UN, UK) into the lists directory.
    Fetch(FetchArgs),
}

/// Output formats of `lists show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// A table for people.
    Text,
    /// JSON for machines.
    Json,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    format: ShowFormat,
}

/// List file formats, as `embargo-lists` reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// OFAC legacy CSV (sdn.csv or cons_prim.csv; alt/add/comments siblings are found by name).
    Ofac,
    /// UN Security Council consolidated XML.
    Un,
    /// UK FCDO sanctions list CSV.
    Uk,
    /// OpenSanctions FollowTheMoney JSON lines.
    Ftm,
}

impl From<FormatArg> for ListFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Ofac => ListFormat::Ofac,
            FormatArg::Un => ListFormat::Un,
            FormatArg::Uk => ListFormat::Uk,
            FormatArg::Ftm => ListFormat::Ftm,
        }
    }
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The list file (for OFAC: sdn.csv or cons_prim.csv).
    file: PathBuf,
    /// Its format; guessed from the file name when omitted.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
}

/// Lists `lists fetch` can download.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FetchList {
    /// OFAC SDN and consolidated lists.
    Ofac,
    /// UN Security Council consolidated list.
    Un,
    /// UK FCDO sanctions list.
    Uk,
}

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Only these lists (repeatable); default all.
    #[arg(long = "list", value_enum)]
    lists: Vec<FetchList>,
    /// Fetch from this base URL instead of the official addresses (mirrors, tests).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Write into this directory instead of the lists directory.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub fn run(cmd: ListsCommand, cfg: &Config) -> Result<ExitCode> {
    match cmd {
        ListsCommand::Show(a) => show(a, cfg),
        ListsCommand::Import(a) => import(a, cfg),
        ListsCommand::Fetch(a) => crate::lists_fetch::fetch(a.lists, a.base_url, a.dir, cfg),
    }
}

/// Where one loaded list came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ListOrigin {
    /// Embedded in the binary (data/lists).
    Builtin,
    /// Fetched with `lists fetch` into the lists directory.
    Fetched,
    /// Imported into the store with `lists import`.
    Imported,
}

/// One list of one origin, as shown by `lists show`.
#[derive(Debug, Clone, Serialize)]
pub struct ListRow {
    /// The list id.
    pub list: ListKind,
    /// Where it came from.
    pub origin: ListOrigin,
    /// True when this is the version in effect for its list kind.
    pub active: bool,
    /// Source file(s).
    pub source_file: String,
    /// The list's date or version.
    pub version: String,
    /// Entries read.
    pub entries: usize,
    /// Rows skipped by the reader.
    pub skipped: usize,
    /// When it was imported, for imported lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imported_at: Option<String>,
}

/// The effective lists and every layer they were built from.
pub struct Effective {
    /// The lists in effect, one per kind.
    pub set: ListSet,
    /// Every list of every origin, in effect or overridden.
    pub rows: Vec<ListRow>,
}

fn row(l: &LoadedList, origin: ListOrigin) -> ListRow {
    ListRow {
        list: l.kind,
        origin,
        active: false,
        source_file: l.provenance.source_file.clone(),
        version: l.provenance.version.clone(),
        entries: l.entries.len(),
        skipped: l.skipped.len(),
        imported_at: None,
    }
}

/// Loads the built-in lists, then the fetched ones, then the imported ones, each replacing the
/// previous of its kind.
pub fn load_effective(cfg: &Config) -> Result<Effective> {
    let pb = progress::spinner("loading sanctions lists");
    let result = load_effective_inner(cfg);
    pb.finish_and_clear();
    result
}

fn load_effective_inner(cfg: &Config) -> Result<Effective> {
    let mut set = ListSet::builtin().context("loading the built-in lists")?;
    let mut rows: Vec<ListRow> = set
        .lists
        .iter()
        .map(|l| row(l, ListOrigin::Builtin))
        .collect();

    if let Some(dir) = cfg.lists_dir.as_deref().filter(|d| d.is_dir()) {
        let fetched = embargo_lists::load_dir(dir)
            .with_context(|| format!("loading fetched lists from {}", dir.display()))?;
        for l in fetched.lists {
            rows.push(row(&l, ListOrigin::Fetched));
            set.replace(l);
        }
    }

    // A read-only command never creates a store: only an existing file is opened.
    if let Some(path) = cfg.store.as_deref().filter(|p| p.is_file()) {
        let store = crate::config::open_store(path)?;
        for info in store.list_imports()? {
            let entries = store.list_entries(info.list)?;
            let loaded = LoadedList {
                kind: info.list,
                provenance: Provenance {
                    list: info.list,
                    source_file: info.source_file.clone(),
                    version: info.version.clone(),
                },
                entries,
                skipped: Vec::new(),
            };
            let mut r = row(&loaded, ListOrigin::Imported);
            r.skipped = info.skipped as usize;
            r.imported_at = Some(info.imported_at.clone());
            rows.push(r);
            set.replace(loaded);
        }
    }

    // The last row of each kind is the one in effect (origins were pushed in priority order).
    for kind in ListKind::ALL {
        if let Some(r) = rows.iter_mut().rev().find(|r| r.list == kind) {
            r.active = true;
        }
    }
    rows.sort_by_key(|r| (r.list, r.origin as u8));
    Ok(Effective { set, rows })
}

#[derive(Serialize)]
struct ShowJson<'a> {
    store: Option<String>,
    store_origin: &'static str,
    lists_dir: Option<String>,
    lists_dir_origin: &'static str,
    /// Analysed documents in the store (`null` when the store does not exist yet).
    store_documents: Option<u64>,
    lists: &'a [ListRow],
}

/// How many documents the store holds, if it exists; read-only, never creates it.
fn store_documents(cfg: &Config) -> Result<Option<u64>> {
    match cfg.store.as_deref().filter(|p| p.is_file()) {
        Some(p) => Ok(Some(crate::config::open_store(p)?.counts()?.documents)),
        None => Ok(None),
    }
}

fn show(a: ShowArgs, cfg: &Config) -> Result<ExitCode> {
    let eff = load_effective(cfg)?;
    let docs = store_documents(cfg)?;
    let out = match a.format {
        ShowFormat::Json => json_bytes(&ShowJson {
            store: cfg.store.as_ref().map(|p| p.display().to_string()),
            store_origin: cfg.store_origin.as_str(),
            lists_dir: cfg.lists_dir.as_ref().map(|p| p.display().to_string()),
            lists_dir_origin: cfg.lists_dir_origin.as_str(),
            store_documents: docs,
            lists: &eff.rows,
        })?,
        ShowFormat::Text => show_text(&eff.rows, cfg, docs).into_bytes(),
    };
    emit(None, &out)?;
    Ok(ExitCode::SUCCESS)
}

fn show_text(rows: &[ListRow], cfg: &Config, docs: Option<u64>) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<14} {:<9} {:<6} {:<12} {:>8} {:>8}  SOURCE",
        "LIST", "ORIGIN", "ACTIVE", "VERSION", "ENTRIES", "SKIPPED"
    );
    for r in rows {
        let origin = serde_json::to_value(r.origin)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut source = r.source_file.clone();
        if let Some(at) = &r.imported_at {
            source.push_str(&format!(" (imported {at})"));
        }
        let _ = writeln!(
            s,
            "{:<14} {:<9} {:<6} {:<12} {:>8} {:>8}  {}",
            r.list.as_str(),
            origin,
            if r.active { "yes" } else { "-" },
            r.version,
            r.entries,
            r.skipped,
            source
        );
    }
    let total: usize = rows.iter().filter(|r| r.active).map(|r| r.entries).sum();
    let _ = writeln!(
        s,
        "\n{total} entries in effect (built-in < fetched < imported, per list)."
    );
    let describe = |p: &Option<PathBuf>, origin: crate::config::Origin| match p {
        Some(p) => format!(
            "{} ({}{})",
            p.display(),
            origin.as_str(),
            if p.exists() { "" } else { ", not created yet" }
        ),
        None => "none (no user data directory)".to_string(),
    };
    let docs = docs
        .map(|n| format!(" — {n} analysed document(s)"))
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "store:     {}{docs}",
        describe(&cfg.store, cfg.store_origin)
    );
    let _ = writeln!(
        s,
        "lists dir: {}",
        describe(&cfg.lists_dir, cfg.lists_dir_origin)
    );
    s
}

fn import(a: ImportArgs, cfg: &Config) -> Result<ExitCode> {
    let format: ListFormat = match a.format {
        Some(f) => f.into(),
        None => {
            let name = a
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ListFormat::detect(&name).ok_or_else(|| {
                usage(format!(
                    "cannot tell the format of {} from its name; give --format ofac|un|uk|ftm",
                    a.file.display()
                ))
            })?
        }
    };
    if !a.file.is_file() {
        anyhow::bail!("{}: no such file", a.file.display());
    }
    let pb = progress::spinner(&format!("reading {}", a.file.display()));
    let loaded = embargo_lists::read_path(&a.file, format);
    pb.finish_and_clear();
    let loaded = loaded.with_context(|| format!("importing {}", a.file.display()))?;
    let path = cfg.store_path()?;
    let mut store = crate::config::open_store(path)?;
    let info = store.import_list(
        &loaded.provenance,
        &loaded.entries,
        loaded.skipped.len() as u64,
    )?;
    let msg = format!(
        "imported {} entries of {} (version {}) from {} into {}; {} rows skipped\n",
        info.entries,
        info.list,
        info.version,
        a.file.display(),
        path.display(),
        info.skipped
    );
    emit(None, msg.as_bytes())?;
    print_skipped(&loaded.skipped);
    Ok(ExitCode::SUCCESS)
}

/// Prints the first skipped rows, so the user sees file, line and reason of each.
pub fn print_skipped(skipped: &[embargo_lists::SkippedRow]) {
    const SHOWN: usize = 20;
    for s in skipped.iter().take(SHOWN) {
        eprintln!("skipped {}:{}: {}", s.file, s.line, s.reason);
    }
    if skipped.len() > SHOWN {
        eprintln!(
            "… and {} more skipped rows (run with -v to log all)",
            skipped.len() - SHOWN
        );
    }
}

/// Resolves the lists directory for `lists fetch`.
pub fn fetch_dir(dir: Option<PathBuf>, cfg: &Config) -> Result<PathBuf> {
    match dir.or_else(|| cfg.lists_dir.clone()) {
        Some(d) => Ok(d),
        None => anyhow::bail!(
            "no lists directory: this platform has no user data directory; give --dir DIR or set EMBARGO_LISTS_DIR"
        ),
    }
}
