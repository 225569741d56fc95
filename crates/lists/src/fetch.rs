//! Downloads the current official list files, validates them with the readers, and swaps them in
//! atomically, so a failed or partial download never replaces a good version.
//!
//! Layout written under `dest` (read back by [`crate::load_dir`]):
//! ```text
//! dest/<list-id>/v<UTC stamp>-<pid>/   one fetched version: the files + manifest.json
//! dest/<list-id>/current  -> v…        the version in use (a symlink, replaced by rename)
//! dest/<list-id>/previous -> v…        the version before it
//! dest/<list-id>/.incoming-<pid>/      a download in progress (removed on failure)
//! ```
//! Older versions are pruned after a successful swap.
use crate::{display_name, read_path, ListError, ListFormat, LoadedList, MAX_FILE_BYTES};
use embargo_model::ListKind;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Name of the pointer to the version in use.
pub const CURRENT_DIR: &str = "current";
/// Name of the pointer to the version before it.
pub const PREVIOUS_DIR: &str = "previous";
/// Name of the manifest written next to the fetched files.
pub const MANIFEST: &str = "manifest.json";

/// One list to fetch: where its files are and how to read them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FetchSource {
    /// The list the files make up.
    pub kind: ListKind,
    /// How to read them.
    pub format: ListFormat,
    /// The URL of the directory the files are in (`https://www.treasury.gov/ofac/downloads/`).
    pub base_url: String,
    /// File names under `base_url`; the first is the primary file handed to the reader.
    pub files: Vec<String>,
}

impl FetchSource {
    /// The full URL of each file.
    pub fn urls(&self) -> Vec<String> {
        self.files.iter().map(|f| self.url_of(f)).collect()
    }

    fn url_of(&self, file: &str) -> String {
        format!("{}/{}", self.base_url.trim_end_matches('/'), file)
    }

    /// The same source served from another base URL (a mirror, or a test server).
    pub fn with_base_url(&self, base_url: &str) -> FetchSource {
        FetchSource {
            base_url: base_url.to_string(),
            ..self.clone()
        }
    }
}

/// The official publication addresses of the lists this crate reads. OpenSanctions is left out:
/// its data needs a licence for commercial use, so it is fetched only when asked for explicitly.
pub fn official_sources() -> Vec<FetchSource> {
    let s = |kind, format, base: &str, files: &[&str]| FetchSource {
        kind,
        format,
        base_url: base.to_string(),
        files: files.iter().map(|f| f.to_string()).collect(),
    };
    vec![
        s(
            ListKind::UsOfacSdn,
            ListFormat::Ofac,
            "https://www.treasury.gov/ofac/downloads/",
            &["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"],
        ),
        s(
            ListKind::UsOfacCons,
            ListFormat::Ofac,
            "https://www.treasury.gov/ofac/downloads/consolidated/",
            &["cons_prim.csv", "cons_alt.csv", "cons_add.csv"],
        ),
        s(
            ListKind::UnSc,
            ListFormat::Un,
            "https://scsanctions.un.org/resources/xml/en/",
            &["consolidated.xml"],
        ),
        // The stable address of the full-format list (one row per name); its layout differs from
        // the summary export shipped in data/lists, and the UK reader handles both.
        s(
            ListKind::GbFcdo,
            ListFormat::Uk,
            "https://sanctionslist.fcdo.gov.uk/docs/",
            &["UK-Sanctions-List.csv"],
        ),
    ]
}

/// How to fetch.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Connect timeout per request.
    pub connect_timeout: Duration,
    /// Timeout of a whole request, body included.
    pub timeout: Duration,
    /// Largest body accepted per file.
    pub max_bytes: u64,
    /// Accept a new version with far fewer entries than the current one.
    pub force: bool,
    /// Without `force`, a new version needs at least this share of the current entry count.
    pub min_ratio: f64,
    /// The User-Agent header sent.
    pub user_agent: String,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            connect_timeout: Duration::from_secs(15),
            timeout: Duration::from_secs(300),
            max_bytes: MAX_FILE_BYTES,
            force: false,
            min_ratio: 0.5,
            user_agent: concat!("embargo-lists/", env!("CARGO_PKG_VERSION")).to_string(),
        }
    }
}

/// One downloaded file, as recorded in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// The file name in the version directory.
    pub name: String,
    /// Where it was downloaded from.
    pub url: String,
    /// SHA-256 of its bytes, hex.
    pub sha256: String,
    /// Its size.
    pub bytes: u64,
}

/// What a fetched version holds; written as `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The list.
    pub list: ListKind,
    /// How to read the files.
    pub format: ListFormat,
    /// The list's own version (UN `dateGenerated`, UK report date), else the fetch date.
    pub version: String,
    /// When the files were fetched, RFC 3339 UTC.
    pub fetched_at: String,
    /// Entries read when validating.
    pub entries: usize,
    /// Rows skipped when validating.
    pub skipped: usize,
    /// The files, primary first.
    pub files: Vec<ManifestFile>,
}

/// The result of fetching one list.
#[derive(Debug)]
pub struct FetchOutcome {
    /// The list.
    pub kind: ListKind,
    /// The new manifest, or why the list was not updated (the previous version stays in place).
    pub result: Result<Manifest, FetchError>,
}

/// Why fetching a list failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The server answered with an HTTP error status.
    #[error("{url}: HTTP status {status}")]
    Status {
        /// The URL.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The connection failed, timed out or dropped.
    #[error("{url}: transfer failed: {reason}")]
    Transport {
        /// The URL.
        url: String,
        /// What happened.
        reason: String,
    },
    /// The body ended before the announced length.
    #[error("{url}: body truncated: got {got} of {expected} bytes")]
    Truncated {
        /// The URL.
        url: String,
        /// Bytes received.
        got: u64,
        /// Bytes announced by Content-Length.
        expected: u64,
    },
    /// The body is larger than allowed.
    #[error("{url}: body larger than {limit} bytes")]
    TooLarge {
        /// The URL.
        url: String,
        /// The limit.
        limit: u64,
    },
    /// The downloaded files do not read as a valid list.
    #[error("{list}: downloaded files are not a valid list: {source}")]
    Invalid {
        /// The list.
        list: ListKind,
        /// The reader's error.
        #[source]
        source: ListError,
    },
    /// The new version has far fewer entries than the current one.
    #[error("{list}: new version has {new} entries, the current one {old}; not replaced (use force to accept)")]
    Shrunk {
        /// The list.
        list: ListKind,
        /// Entries in the new version.
        new: usize,
        /// Entries in the current version.
        old: usize,
    },
    /// A local file operation failed.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> FetchError + '_ {
    move |source| FetchError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Fetches each source into `dest/<list-id>/`. A list that fails keeps its current version and
/// reports why in its [`FetchOutcome`]; the outer error is only for an unusable `dest`.
pub fn fetch(
    sources: &[FetchSource],
    dest: &Path,
    opts: &FetchOptions,
) -> Result<Vec<FetchOutcome>, FetchError> {
    std::fs::create_dir_all(dest).map_err(io_err(dest))?;
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(opts.connect_timeout)
        .timeout(opts.timeout)
        .user_agent(&opts.user_agent)
        .build();
    let mut out = Vec::with_capacity(sources.len());
    for src in sources {
        let list_dir = dest.join(src.kind.as_str());
        let incoming = list_dir.join(format!(".incoming-{}", std::process::id()));
        let result = fetch_one(&agent, src, &list_dir, &incoming, opts);
        if result.is_err() && incoming.exists() {
            if let Err(e) = std::fs::remove_dir_all(&incoming) {
                tracing::warn!(dir = %incoming.display(), error = %e, "cannot remove failed download");
            }
        }
        match &result {
            Ok(m) => {
                tracing::info!(list = %src.kind, entries = m.entries, version = %m.version, "list updated")
            }
            Err(e) => {
                tracing::warn!(list = %src.kind, error = %e, "list not updated; previous version kept")
            }
        }
        out.push(FetchOutcome {
            kind: src.kind,
            result,
        });
    }
    Ok(out)
}

fn fetch_one(
    agent: &ureq::Agent,
    src: &FetchSource,
    list_dir: &Path,
    incoming: &Path,
    opts: &FetchOptions,
) -> Result<Manifest, FetchError> {
    let Some(primary_name) = src.files.first() else {
        return Err(FetchError::Io {
            path: list_dir.display().to_string(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "source lists no files"),
        });
    };
    if incoming.exists() {
        std::fs::remove_dir_all(incoming).map_err(io_err(incoming))?;
    }
    std::fs::create_dir_all(incoming).map_err(io_err(incoming))?;
    let fetched_at = rfc3339(SystemTime::now());
    let mut files = Vec::new();
    for name in &src.files {
        // File names come from our own source table; refuse anything that could leave the dir.
        if name.contains(['/', '\\']) || name.starts_with('.') || name.is_empty() {
            return Err(FetchError::Io {
                path: name.clone(),
                source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "bad file name"),
            });
        }
        let url = src.url_of(name);
        let path = incoming.join(name);
        let (bytes, sha256) = download(agent, &url, &path, opts.max_bytes)?;
        files.push(ManifestFile {
            name: name.clone(),
            url,
            sha256,
            bytes,
        });
    }
    let primary = incoming.join(primary_name);
    let list = read_list(&primary, src.format, &files).map_err(|source| FetchError::Invalid {
        list: src.kind,
        source,
    })?;
    if let Some(old) = current_manifest(list_dir) {
        let new = list.entries.len();
        if !opts.force && (new as f64) < (old.entries as f64) * opts.min_ratio {
            return Err(FetchError::Shrunk {
                list: src.kind,
                new,
                old: old.entries,
            });
        }
    }
    let version = if list.provenance.version == "unknown" {
        fetched_at.chars().take(10).collect()
    } else {
        list.provenance.version.clone()
    };
    let manifest = Manifest {
        list: src.kind,
        format: src.format,
        version,
        fetched_at,
        entries: list.entries.len(),
        skipped: list.skipped.len(),
        files,
    };
    let mpath = incoming.join(MANIFEST);
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| FetchError::Io {
        path: mpath.display().to_string(),
        source: std::io::Error::other(e),
    })?;
    write_synced(&mpath, &json)?;
    swap_in(list_dir, incoming)?;
    Ok(manifest)
}

/// Downloads one URL into `path`, bounded in size and checked against Content-Length.
fn download(
    agent: &ureq::Agent,
    url: &str,
    path: &Path,
    max_bytes: u64,
) -> Result<(u64, String), FetchError> {
    let resp = match agent.get(url).call() {
        Ok(r) => r,
        Err(ureq::Error::Status(status, _)) => {
            return Err(FetchError::Status {
                url: url.to_string(),
                status,
            })
        }
        Err(e) => {
            return Err(FetchError::Transport {
                url: url.to_string(),
                reason: e.to_string(),
            })
        }
    };
    let expected: Option<u64> = resp.header("Content-Length").and_then(|v| v.parse().ok());
    if expected.is_some_and(|n| n > max_bytes) {
        return Err(FetchError::TooLarge {
            url: url.to_string(),
            limit: max_bytes,
        });
    }
    let mut reader = resp.into_reader().take(max_bytes + 1);
    let mut file = std::fs::File::create(path).map_err(io_err(path))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut total: u64 = 0;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(FetchError::Transport {
                    url: url.to_string(),
                    reason: format!("after {total} bytes: {e}"),
                })
            }
        };
        total += n as u64;
        if total > max_bytes {
            return Err(FetchError::TooLarge {
                url: url.to_string(),
                limit: max_bytes,
            });
        }
        hasher.update(&buf[..n]);
        file.write_all(&buf[..n]).map_err(io_err(path))?;
    }
    if let Some(exp) = expected {
        if total != exp {
            return Err(FetchError::Truncated {
                url: url.to_string(),
                got: total,
                expected: exp,
            });
        }
    }
    file.sync_all().map_err(io_err(path))?;
    Ok((total, hex::encode(hasher.finalize())))
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), FetchError> {
    let mut f = std::fs::File::create(path).map_err(io_err(path))?;
    f.write_all(bytes).map_err(io_err(path))?;
    f.sync_all().map_err(io_err(path))
}

/// Reads the files of one version with the format's reader.
fn read_list(
    primary: &Path,
    format: ListFormat,
    files: &[ManifestFile],
) -> Result<LoadedList, ListError> {
    match format {
        ListFormat::Ftm => {
            let dir = primary.parent().unwrap_or(Path::new("."));
            let mut loaded = Vec::new();
            for f in files {
                loaded.push((f.name.clone(), crate::input::read_file(&dir.join(&f.name))?));
            }
            let refs: Vec<(&str, &[u8])> = loaded
                .iter()
                .map(|(n, b)| (n.as_str(), b.as_slice()))
                .collect();
            let list = crate::ftm::read_many(&refs)?;
            if list.entries.is_empty() {
                return Err(ListError::NoEntries {
                    file: display_name(primary),
                });
            }
            Ok(list)
        }
        _ => read_path(primary, format),
    }
}

/// The manifest of the current version, if there is one that reads.
pub fn current_manifest(list_dir: &Path) -> Option<Manifest> {
    let text = std::fs::read(list_dir.join(CURRENT_DIR).join(MANIFEST)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Loads one fetched version directory (the target of `current`), using its manifest.
pub fn load_version_dir(dir: &Path) -> Result<LoadedList, ListError> {
    let mpath = dir.join(MANIFEST);
    let text = crate::input::read_file(&mpath)?;
    let manifest: Manifest = serde_json::from_slice(&text).map_err(|e| ListError::Layout {
        path: mpath.display().to_string(),
        reason: format!("invalid manifest (line {}): {e}", e.line()),
    })?;
    let Some(first) = manifest.files.first() else {
        return Err(ListError::Layout {
            path: mpath.display().to_string(),
            reason: "the manifest lists no files".into(),
        });
    };
    let mut list = read_list(&dir.join(&first.name), manifest.format, &manifest.files)?;
    if list.kind != manifest.list {
        return Err(ListError::Layout {
            path: mpath.display().to_string(),
            reason: format!(
                "the manifest says {} but the files read as {}",
                manifest.list, list.kind
            ),
        });
    }
    list.provenance.version = manifest.version.clone();
    for e in &mut list.entries {
        e.provenance.version = manifest.version.clone();
    }
    Ok(list)
}

/// Makes `incoming` the current version: it is renamed to a version directory, then the
/// `current` pointer is replaced by an atomic rename; the old target becomes `previous`.
fn swap_in(list_dir: &Path, incoming: &Path) -> Result<(), FetchError> {
    let stamp = rfc3339(SystemTime::now()).replace([':', '-'], "");
    // Two fetches in one second from one process would get the same stamp: count past names taken.
    let base = format!("v{stamp}-{}", std::process::id());
    let mut vname = base.clone();
    let mut n = 1;
    while list_dir.join(&vname).exists() {
        n += 1;
        vname = format!("{base}-{n}");
    }
    let vdir = list_dir.join(&vname);
    std::fs::rename(incoming, &vdir).map_err(io_err(&vdir))?;
    let current = list_dir.join(CURRENT_DIR);
    let previous = list_dir.join(PREVIOUS_DIR);
    let old_target = pointer_target(&current);
    set_pointer(list_dir, CURRENT_DIR, &vname)?;
    if let Some(old) = &old_target {
        set_pointer(list_dir, PREVIOUS_DIR, old)?;
    }
    // Prune versions no pointer refers to.
    let keep: Vec<String> = [Some(vname), pointer_target(&previous)]
        .into_iter()
        .flatten()
        .collect();
    if let Ok(rd) = std::fs::read_dir(list_dir) {
        for ent in rd.flatten() {
            let n = ent.file_name().to_string_lossy().into_owned();
            if n.starts_with('v') && ent.path().is_dir() && !keep.contains(&n) {
                if let Err(e) = std::fs::remove_dir_all(ent.path()) {
                    tracing::warn!(dir = %ent.path().display(), error = %e, "cannot prune old version");
                }
            }
        }
    }
    Ok(())
}

/// The version directory a pointer names.
fn pointer_target(pointer: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        std::fs::read_link(pointer).ok().map(|t| display_name(&t))
    }
    #[cfg(not(unix))]
    {
        std::fs::read_to_string(pointer.with_extension("txt"))
            .ok()
            .map(|s| s.trim().to_string())
    }
}

/// Points `name` at `target` atomically: a new symlink is made beside it and renamed over it.
#[cfg(unix)]
fn set_pointer(list_dir: &Path, name: &str, target: &str) -> Result<(), FetchError> {
    let tmp = list_dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    std::os::unix::fs::symlink(target, &tmp).map_err(io_err(&tmp))?;
    let dst = list_dir.join(name);
    if dst.is_dir() && std::fs::read_link(&dst).is_err() {
        // A real directory left by another tool: move it aside rather than lose it.
        let aside = list_dir.join(format!("v-replaced-{}", std::process::id()));
        std::fs::rename(&dst, &aside).map_err(io_err(&dst))?;
    }
    std::fs::rename(&tmp, &dst).map_err(io_err(&dst))
}

/// Without symlinks, the version directory is copied under the pointer's name (not atomic).
#[cfg(not(unix))]
fn set_pointer(list_dir: &Path, name: &str, target: &str) -> Result<(), FetchError> {
    let dst = list_dir.join(name);
    let tmp = list_dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(io_err(&tmp))?;
    let src = list_dir.join(target);
    for ent in std::fs::read_dir(&src).map_err(io_err(&src))?.flatten() {
        std::fs::copy(ent.path(), tmp.join(ent.file_name())).map_err(io_err(&tmp))?;
    }
    let _ = std::fs::remove_dir_all(&dst);
    std::fs::rename(&tmp, &dst).map_err(io_err(&dst))?;
    std::fs::write(dst.with_extension("txt"), target).map_err(io_err(&dst))
}

/// Formats a time as RFC 3339 UTC (`2026-11-28T04:15:00Z`) without a date library.
fn rfc3339(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// Where the pointer of a list points, for display (`dest/<list-id>/current`).
pub fn current_dir(dest: &Path, kind: ListKind) -> PathBuf {
    dest.join(kind.as_str()).join(CURRENT_DIR)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_known_dates() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let t = UNIX_EPOCH + Duration::from_secs(1_709_251_199); // 2024-02-29T23:59:59Z
        assert_eq!(rfc3339(t), "2024-02-29T23:59:59Z");
    }

    #[test]
    fn official_urls() {
        let s = official_sources();
        assert_eq!(
            s[0].urls()[0],
            "https://www.treasury.gov/ofac/downloads/sdn.csv"
        );
        assert_eq!(
            s[1].urls()[2],
            "https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv"
        );
        assert_eq!(
            s[2].urls()[0],
            "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
        );
        assert_eq!(
            s[3].with_base_url("http://127.0.0.1:1/x/").urls()[0],
            "http://127.0.0.1:1/x/UK-Sanctions-List.csv"
        );
    }
}
