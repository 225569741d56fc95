//! The register: where embargo keeps what it has read and what it has been given.
//!
//! It stores analysed documents (original bytes, the full report JSON, and the report flattened into
//! `transfers`, `transfer_items`, `item_assessments`, `transfer_evidence`, `parties` and
//! `screening_hits` tables so that queries never need to parse JSON) and the sanctions lists that a
//! user imported with `embargo lists import`.
//!
//! Key design decision: callers talk to the [`Register`] trait, and the only implementation today is
//! [`SqliteStore`], an embedded SQLite file (rusqlite, bundled) that needs no server. A PostgreSQL
//! register for larger deployments can be added behind the same trait without touching the callers.
//! Every write is one transaction, so a failure (a bad list file, a full disk) leaves the previous
//! state untouched, and the schema is versioned with SQLite's `user_version` so old files migrate.
#![deny(missing_docs)]

mod error;
mod schema;
mod sqlite;

pub use error::StoreError;
pub use sqlite::SqliteStore;

use embargo_model::{ListEntry, ListKind, Provenance, Report};
use std::path::PathBuf;

/// The file name of the default store inside the user's data directory.
pub const DEFAULT_FILE_NAME: &str = "embargo.sqlite";

/// The version recorded with each stored report (the workspace version of embargo).
pub const TOOL_VERSION: &str = concat!("embargo ", env!("CARGO_PKG_VERSION"));

/// One import of a sanctions list into the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListImportInfo {
    /// Row id of the import (grows with every import).
    pub id: i64,
    /// The list.
    pub list: ListKind,
    /// The file it was read from, as given by the reader's provenance.
    pub source_file: String,
    /// The list's own date or version.
    pub version: String,
    /// When it was imported (UTC, ISO 8601).
    pub imported_at: String,
    /// How many entries were stored.
    pub entries: u64,
    /// How many rows the reader skipped (malformed rows, counted and logged by the reader).
    pub skipped: u64,
}

/// A report as stored, with when and by which version it was made.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredReport {
    /// Content hash of the document the report is about.
    pub document_id: String,
    /// The report.
    pub report: Report,
    /// When the report was stored (UTC, ISO 8601).
    pub created_at: String,
    /// Which embargo version made it.
    pub tool_version: String,
}

/// How many rows the register holds, for `lists show` and for tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Stored documents.
    pub documents: u64,
    /// Stored reports.
    pub reports: u64,
    /// Flattened transfers.
    pub transfers: u64,
    /// Flattened parties.
    pub parties: u64,
    /// Flattened screening hits.
    pub screening_hits: u64,
    /// Imported list entries (all lists).
    pub list_entries: u64,
}

/// The register's operations; SQLite implements them today, PostgreSQL can later.
pub trait Register {
    /// Stores `report` and the `original` bytes it was made from. Idempotent per document: analysing
    /// the same document again replaces its report and every flattened row.
    fn save_report(&mut self, report: &Report, original: &[u8]) -> Result<(), StoreError>;

    /// The stored report of a document, if any.
    fn report(&self, document_id: &str) -> Result<Option<StoredReport>, StoreError>;

    /// The original bytes of a stored document, if any.
    fn original(&self, document_id: &str) -> Result<Option<Vec<u8>>, StoreError>;

    /// Replaces every stored entry of `provenance.list` with `entries`, in one transaction (a failure
    /// leaves the previous entries in place), and records the import.
    fn import_list(
        &mut self,
        provenance: &Provenance,
        entries: &[ListEntry],
        skipped: u64,
    ) -> Result<ListImportInfo, StoreError>;

    /// The current import of each list kind that has one, in [`ListKind::ALL`] order.
    fn list_imports(&self) -> Result<Vec<ListImportInfo>, StoreError>;

    /// The stored entries of one list kind (empty if it was never imported).
    fn list_entries(&self, list: ListKind) -> Result<Vec<ListEntry>, StoreError>;

    /// Row counts of the main tables.
    fn counts(&self) -> Result<Counts, StoreError>;
}

/// The user's data directory for embargo (`~/.local/share/embargo` on Linux), if the platform has one.
///
/// `EMBARGO_DATA_DIR` overrides it, so tests and containers can keep everything in one place.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("EMBARGO_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "embargo").map(|p| p.data_dir().to_path_buf())
}

/// The default store path: `embargo.sqlite` in [`data_dir`].
pub fn default_path() -> Option<PathBuf> {
    data_dir().map(|d| d.join(DEFAULT_FILE_NAME))
}
