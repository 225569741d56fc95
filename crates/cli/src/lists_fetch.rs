//! `embargo lists fetch`: download, validate and swap in the official lists.
use crate::config::Config;
use crate::lists_cmd::{fetch_dir, FetchList};
use anyhow::{Context, Result};
use embargo_lists::fetch::{self, FetchOptions};
use embargo_model::ListKind;
use std::path::PathBuf;
use std::process::ExitCode;

fn kinds(l: FetchList) -> &'static [ListKind] {
    match l {
        FetchList::Ofac => &[ListKind::UsOfacSdn, ListKind::UsOfacCons],
        FetchList::Un => &[ListKind::UnSc],
        FetchList::Uk => &[ListKind::GbFcdo],
    }
}

/// Fetches the chosen lists; exit code 1 when any list failed (its previous version stays).
pub fn fetch(
    lists: Vec<FetchList>,
    base_url: Option<String>,
    dir: Option<PathBuf>,
    cfg: &Config,
) -> Result<ExitCode> {
    let dest = fetch_dir(dir, cfg)?;
    let wanted: Vec<ListKind> = lists
        .iter()
        .flat_map(|l| kinds(*l).iter().copied())
        .collect();
    let sources: Vec<_> = fetch::official_sources()
        .into_iter()
        .filter(|s| wanted.is_empty() || wanted.contains(&s.kind))
        .map(|s| match &base_url {
            Some(b) => s.with_base_url(b),
            None => s,
        })
        .collect();
    let pb = crate::progress::spinner(&format!("fetching {} lists", sources.len()));
    let outcomes = fetch::fetch(&sources, &dest, &FetchOptions::default());
    pb.finish_and_clear();
    let outcomes = outcomes.with_context(|| format!("fetching lists into {}", dest.display()))?;
    // Printed through emit(): a closed pipe (`… | head`) must not panic.
    let mut out = String::new();
    let mut failed = 0;
    for o in &outcomes {
        match &o.result {
            Ok(m) => {
                out += &format!(
                    "{:<14} updated: version {}, {} entries, {} rows skipped ({} files)\n",
                    o.kind.as_str(),
                    m.version,
                    m.entries,
                    m.skipped,
                    m.files.len()
                )
            }
            Err(e) => {
                failed += 1;
                out += &format!(
                    "{:<14} FAILED: {e}; previous version kept\n",
                    o.kind.as_str()
                );
            }
        }
    }
    out += &format!("lists directory: {}\n", dest.display());
    crate::output::emit(None, out.as_bytes())?;
    if failed > 0 {
        eprintln!(
            "error: {failed} of {} lists could not be fetched",
            outcomes.len()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
