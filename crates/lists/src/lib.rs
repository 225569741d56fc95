//! embargo-lists: reads sanctions lists (OFAC SDN and consolidated legacy CSV, the UN Security
//! Council consolidated XML, the UK FCDO sanctions list CSV, OpenSanctions FollowTheMoney JSON
//! lines) into [`model::ListEntry`](embargo_model::ListEntry) values, and fetches the current
//! official files safely ([`fetch`]).
//!
//! Key design decision: a reader never guesses silently. A file that cannot be trusted as a whole
//! (too large, empty, truncated, wrong header, malformed XML) is a [`ListError`] naming the file and
//! line; a single bad row (wrong column count, bad UTF-8, an alias whose entity has no primary
//! row…) is skipped, logged with `tracing::warn`, and recorded in [`LoadedList::skipped`] with
//! file, line and reason, so the caller can always account for every row of the input.

#![deny(missing_docs)]

pub mod fetch;
mod ftm;
mod input;
mod ofac;
mod uk;
mod un;

use embargo_model::{ListEntry, ListKind, Provenance};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use ofac::{ofac_part, OfacPart};

/// Largest list file a reader accepts; official files are a few MB, so anything this big is
/// refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Largest single field (or JSON line) accepted; longer ones are skipped as malformed rows.
pub const MAX_FIELD_BYTES: usize = 256 * 1024;

/// The file formats this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ListFormat {
    /// OFAC legacy CSV (`sdn.csv` + `alt.csv`/`add.csv`/`sdn_comments.csv`, or `cons_prim.csv` + siblings).
    Ofac,
    /// UN Security Council consolidated list XML.
    Un,
    /// UK FCDO sanctions list CSV (summary export or full `UK-Sanctions-List.csv`).
    Uk,
    /// OpenSanctions FollowTheMoney JSON lines.
    Ftm,
}

impl ListFormat {
    /// The name used on the command line (`ofac`, `un`, `uk`, `ftm`).
    pub fn as_str(&self) -> &'static str {
        match self {
            ListFormat::Ofac => "ofac",
            ListFormat::Un => "un",
            ListFormat::Uk => "uk",
            ListFormat::Ftm => "ftm",
        }
    }

    /// Guesses the format from a file name (`sdn.csv`, `ofac_*`, `*.xml`, `uk_*`, `*.ftm.json`…);
    /// `None` when the name says nothing.
    pub fn detect(file_name: &str) -> Option<ListFormat> {
        let n = file_name.to_ascii_lowercase();
        if n.ends_with(".ftm.json") || n.ends_with(".jsonl") || n.ends_with(".ndjson") {
            Some(ListFormat::Ftm)
        } else if n.ends_with(".xml") {
            Some(ListFormat::Un)
        } else if n.ends_with(".csv") && (n.starts_with("uk") || n.contains("sanctions-list")) {
            Some(ListFormat::Uk)
        } else if n.ends_with(".csv") && ofac_part(&n).is_some() {
            Some(ListFormat::Ofac)
        } else {
            None
        }
    }
}

impl fmt::Display for ListFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ListFormat {
    type Err = ListError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ofac" => Ok(ListFormat::Ofac),
            "un" => Ok(ListFormat::Un),
            "uk" => Ok(ListFormat::Uk),
            "ftm" | "opensanctions" => Ok(ListFormat::Ftm),
            other => Err(ListError::UnknownFormat(other.to_string())),
        }
    }
}

/// One input row that was not turned into (or merged into) an entry, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedRow {
    /// The file the row is in.
    pub file: String,
    /// 1-based line number of the row's start.
    pub line: u64,
    /// Why it was skipped.
    pub reason: String,
}

/// The entries read from one list, with where they came from and what was skipped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadedList {
    /// Which list.
    pub kind: ListKind,
    /// File(s) and version the list was read from.
    pub provenance: Provenance,
    /// The entries, in file order.
    pub entries: Vec<ListEntry>,
    /// Rows that were skipped, with reasons.
    pub skipped: Vec<SkippedRow>,
}

/// Several loaded lists, at most one per [`ListKind`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListSet {
    /// The lists, in load order.
    pub lists: Vec<LoadedList>,
}

/// The files shipped in `data/lists`, embedded so the binary works from any directory.
mod builtin_files {
    pub const SDN: (&str, &[u8]) = (
        "ofac_sdn_2024-05-03.csv",
        include_bytes!("../../../data/lists/ofac_sdn_2024-05-03.csv"),
    );
    pub const ALT: (&str, &[u8]) = (
        "ofac_alt_2025-12.csv",
        include_bytes!("../../../data/lists/ofac_alt_2025-12.csv"),
    );
    pub const ADD: (&str, &[u8]) = (
        "ofac_add_2025-12.csv",
        include_bytes!("../../../data/lists/ofac_add_2025-12.csv"),
    );
    pub const COMMENTS: (&str, &[u8]) = (
        "ofac_sdn_comments_2025-12.csv",
        include_bytes!("../../../data/lists/ofac_sdn_comments_2025-12.csv"),
    );
    pub const CONS_PRIM: (&str, &[u8]) = (
        "ofac_cons_prim_2025-12.csv",
        include_bytes!("../../../data/lists/ofac_cons_prim_2025-12.csv"),
    );
    pub const CONS_ALT: (&str, &[u8]) = (
        "ofac_cons_alt_2025-12.csv",
        include_bytes!("../../../data/lists/ofac_cons_alt_2025-12.csv"),
    );
    pub const CONS_ADD: (&str, &[u8]) = (
        "ofac_cons_add_2025-12.csv",
        include_bytes!("../../../data/lists/ofac_cons_add_2025-12.csv"),
    );
    pub const UN: (&str, &[u8]) = (
        "un_consolidated_2026-02-27.xml",
        include_bytes!("../../../data/lists/un_consolidated_2026-02-27.xml"),
    );
    pub const UK: (&str, &[u8]) = (
        "uk_sanctions_list_summary_2025-08-11.csv",
        include_bytes!("../../../data/lists/uk_sanctions_list_summary_2025-08-11.csv"),
    );
    pub const FTM: [(&str, &[u8]); 2] = [
        (
            "opensanctions_sample_zala.ftm.json",
            include_bytes!("../../../data/lists/opensanctions_sample_zala.ftm.json"),
        ),
        (
            "opensanctions_sample_eu_fsf_t1.ftm.json",
            include_bytes!("../../../data/lists/opensanctions_sample_eu_fsf_t1.ftm.json"),
        ),
    ];
}

impl ListSet {
    /// Loads the lists shipped in `data/lists` (embedded in the binary): OFAC SDN, OFAC
    /// consolidated, UN, UK and the OpenSanctions samples (merged into one list).
    pub fn builtin() -> Result<ListSet, ListError> {
        use builtin_files::*;
        type Job = fn() -> Result<LoadedList, ListError>;
        // SDN first: it is the largest, so it starts first when the lists load in parallel.
        let jobs: [Job; 5] = [
            || read_bytes_with_siblings(SDN.0, SDN.1, ListFormat::Ofac, &[ALT, ADD, COMMENTS]),
            || read_bytes(UN.0, UN.1, ListFormat::Un),
            || read_bytes(UK.0, UK.1, ListFormat::Uk),
            || {
                read_bytes_with_siblings(
                    CONS_PRIM.0,
                    CONS_PRIM.1,
                    ListFormat::Ofac,
                    &[CONS_ALT, CONS_ADD],
                )
            },
            || ftm::read_many(&FTM),
        ];
        // The readers are independent: run them on threads; if a thread cannot be started,
        // that list is read on this thread instead.
        let results: Vec<Result<LoadedList, ListError>> = std::thread::scope(|scope| {
            let handles: Vec<_> = jobs
                .iter()
                .map(|job| {
                    let job = *job;
                    std::thread::Builder::new()
                        .name("embargo-lists-load".into())
                        .spawn_scoped(scope, job)
                        .map_err(|_| job)
                })
                .collect();
            handles
                .into_iter()
                .map(|h| match h {
                    Ok(h) => h.join().unwrap_or_else(|_| {
                        Err(ListError::Layout {
                            path: "built-in lists".into(),
                            reason: "a reader thread panicked".into(),
                        })
                    }),
                    Err(job) => job(),
                })
                .collect()
        });
        let mut set = ListSet::default();
        for r in results {
            set.replace(r?);
        }
        // Keep the documented order: SDN, consolidated, UN, UK, OpenSanctions.
        set.lists.sort_by_key(|l| l.kind);
        Ok(set)
    }

    /// Every entry of every list.
    pub fn entries(&self) -> impl Iterator<Item = &ListEntry> {
        self.lists.iter().flat_map(|l| l.entries.iter())
    }

    /// Adds a list; a list of the same [`ListKind`] already present is replaced in place.
    pub fn replace(&mut self, list: LoadedList) {
        match self.lists.iter_mut().find(|l| l.kind == list.kind) {
            Some(slot) => *slot = list,
            None => self.lists.push(list),
        }
    }

    /// The list of one kind, if loaded.
    pub fn get(&self, kind: ListKind) -> Option<&LoadedList> {
        self.lists.iter().find(|l| l.kind == kind)
    }

    /// Total number of entries over all lists.
    pub fn len(&self) -> usize {
        self.lists.iter().map(|l| l.entries.len()).sum()
    }

    /// True when no list holds any entry.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Why a list file could not be read. Every variant names the file, and the line where one applies.
#[derive(Debug, thiserror::Error)]
pub enum ListError {
    /// The file could not be opened or read.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// The file.
        file: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{file}: {bytes} bytes is over the limit of {limit} bytes; refusing to read it")]
    TooLarge {
        /// The file.
        file: String,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is empty (0 bytes, or only whitespace / an end-of-file marker).
    #[error("{file}: the file is empty")]
    Empty {
        /// The file.
        file: String,
    },
    /// The file ends in the middle of a record or element (e.g. an interrupted download).
    #[error("{file}:{line}: the file is truncated: {reason}")]
    Truncated {
        /// The file.
        file: String,
        /// Line where the input stops.
        line: u64,
        /// What was left open.
        reason: String,
    },
    /// The file is not valid UTF-8 where the whole file must be (XML, JSON).
    #[error("{file}:{line}: invalid UTF-8 {reason}")]
    Utf8 {
        /// The file.
        file: String,
        /// Line of the first bad byte.
        line: u64,
        /// Where in the line.
        reason: String,
    },
    /// Malformed XML.
    #[error("{file}:{line}: malformed XML: {reason}")]
    Xml {
        /// The file.
        file: String,
        /// Line of the error.
        line: u64,
        /// The parser's message.
        reason: String,
    },
    /// A CSV-level error the reader cannot skip past.
    #[error("{file}:{line}: malformed CSV: {reason}")]
    Csv {
        /// The file.
        file: String,
        /// Line of the error.
        line: u64,
        /// The parser's message.
        reason: String,
    },
    /// The header or root element is not the one this format has.
    #[error("{file}:{line}: unexpected header for {format} format: found {found:?}; expected {expected}")]
    UnexpectedHeader {
        /// The file.
        file: String,
        /// Line of the header.
        line: u64,
        /// The format that was asked for.
        format: ListFormat,
        /// What the file has.
        found: String,
        /// What was expected.
        expected: String,
    },
    /// Too many rows are malformed for the file to be the format asked for.
    #[error("{file}: {skipped} of {rows} rows are malformed (first: line {first_line}: {first_reason}); is this really a {format} file?")]
    MostlyMalformed {
        /// The file.
        file: String,
        /// The format that was asked for.
        format: ListFormat,
        /// Malformed rows.
        skipped: usize,
        /// All rows.
        rows: usize,
        /// Line of the first malformed row.
        first_line: u64,
        /// Reason of the first malformed row.
        first_reason: String,
    },
    /// The file parsed but holds no list entry.
    #[error("{file}: no list entries found")]
    NoEntries {
        /// The file.
        file: String,
    },
    /// A required companion file is missing or a directory is laid out wrongly.
    #[error("{path}: {reason}")]
    Layout {
        /// The file or directory.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// An unknown format name was given.
    #[error("unknown list format {0:?} (expected ofac, un, uk or ftm)")]
    UnknownFormat(String),
}

/// Reads one list file from disk. For OFAC, `path` is the primary file (`sdn.csv`,
/// `cons_prim.csv`, `ofac_sdn_<date>.csv`…) and the sibling alias/address/comment files are
/// found next to it by name; missing siblings are logged and the list loads without them.
pub fn read_path(path: &Path, format: ListFormat) -> Result<LoadedList, ListError> {
    let name = display_name(path);
    let bytes = input::read_file(path)?;
    match format {
        ListFormat::Ofac => {
            let siblings = ofac::find_siblings(path)?;
            let mut loaded: Vec<(String, Vec<u8>)> = Vec::new();
            for p in siblings {
                let b = input::read_file(&p)?;
                loaded.push((display_name(&p), b));
            }
            let refs: Vec<(&str, &[u8])> = loaded
                .iter()
                .map(|(n, b)| (n.as_str(), b.as_slice()))
                .collect();
            read_bytes_with_siblings(&name, &bytes, format, &refs)
        }
        _ => read_bytes(&name, &bytes, format),
    }
}

/// Reads one list file from memory; `name` is used for the OFAC/UK/UN part and version (a date
/// in the name such as `_2024-05-03` becomes the version) and in every error message. OFAC
/// files read this way have no aliases from `alt.csv`: use [`read_bytes_with_siblings`].
pub fn read_bytes(name: &str, bytes: &[u8], format: ListFormat) -> Result<LoadedList, ListError> {
    read_bytes_with_siblings(name, bytes, format, &[])
}

/// Like [`read_bytes`], with OFAC sibling files (`alt`, `add`, `comments`, by name) given as
/// `(name, bytes)` pairs; siblings are ignored for other formats.
pub fn read_bytes_with_siblings(
    name: &str,
    bytes: &[u8],
    format: ListFormat,
    siblings: &[(&str, &[u8])],
) -> Result<LoadedList, ListError> {
    let list = match format {
        ListFormat::Ofac => ofac::read(name, bytes, siblings)?,
        ListFormat::Un => un::read(name, bytes)?,
        ListFormat::Uk => uk::read(name, bytes)?,
        ListFormat::Ftm => ftm::read_many(&[(name, bytes)])?,
    };
    if list.entries.is_empty() {
        return Err(ListError::NoEntries {
            file: name.to_string(),
        });
    }
    Ok(list)
}

/// Loads a directory as [`fetch::fetch`] writes it: `<dir>/<list-id>/current/` holding the
/// files and a `manifest.json` (whose `version` overrides the file-name version). A directory of
/// plain list files (like `data/lists`) is also accepted: each file is read by the format its
/// name suggests.
pub fn load_dir(dir: &Path) -> Result<ListSet, ListError> {
    let mut set = ListSet::default();
    let rd = std::fs::read_dir(dir).map_err(|e| ListError::Io {
        file: dir.display().to_string(),
        source: e,
    })?;
    let mut subdirs: Vec<PathBuf> = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| ListError::Io {
            file: dir.display().to_string(),
            source: e,
        })?;
        let p = ent.path();
        if p.is_dir() {
            subdirs.push(p);
        } else {
            files.push(p);
        }
    }
    subdirs.sort();
    files.sort();
    for sub in subdirs {
        let id = display_name(&sub);
        if ListKind::parse(&id).is_none() {
            continue;
        }
        let current = sub.join(fetch::CURRENT_DIR);
        if !current.is_dir() {
            tracing::warn!(dir = %sub.display(), "no current version fetched yet; skipping");
            continue;
        }
        set.replace(fetch::load_version_dir(&current)?);
    }
    if !files.is_empty() {
        load_plain_files(&files, &mut set)?;
    }
    Ok(set)
}

/// Reads a flat directory of list files by their names; FtM files merge into one list.
fn load_plain_files(files: &[PathBuf], set: &mut ListSet) -> Result<(), ListError> {
    let mut ftm_files: Vec<(String, Vec<u8>)> = Vec::new();
    for p in files {
        let name = display_name(p);
        match ListFormat::detect(&name) {
            Some(ListFormat::Ofac) => {
                if matches!(
                    ofac_part(&name),
                    Some(OfacPart::SdnPrim | OfacPart::ConsPrim)
                ) {
                    set.replace(read_path(p, ListFormat::Ofac)?);
                }
            }
            Some(ListFormat::Ftm) => ftm_files.push((name, input::read_file(p)?)),
            Some(f) => set.replace(read_path(p, f)?),
            None => {}
        }
    }
    if !ftm_files.is_empty() {
        let refs: Vec<(&str, &[u8])> = ftm_files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        set.replace(ftm::read_many(&refs)?);
    }
    Ok(())
}

/// The file name of a path, for messages and provenance.
pub(crate) fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The `YYYY-MM-DD` / `YYYY-MM` date at the end of a file stem (`ofac_sdn_2024-05-03.csv`), if any.
pub(crate) fn date_in_name(name: &str) -> Option<String> {
    let stem = name.split('.').next().unwrap_or(name);
    let last = stem.rsplit('_').next()?;
    let ok = last.len() >= 7
        && last.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && last.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    ok.then(|| last.to_string())
}
