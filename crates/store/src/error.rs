//! Errors of the register; each names the store file it concerns.
use std::path::PathBuf;

/// What can go wrong with the register. Every variant names the store path.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The directory for the store could not be created.
    #[error("store {path}: cannot create directory: {source}")]
    CreateDir {
        /// The store path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// SQLite refused an operation (not a database, locked, disk full, …).
    #[error("store {path}: {op}: {source}")]
    Sqlite {
        /// The store path.
        path: PathBuf,
        /// What was being done.
        op: String,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// The file was written by a newer embargo whose schema this version does not know.
    #[error("store {path}: schema version {found} is newer than this embargo knows ({known}); upgrade embargo")]
    NewerSchema {
        /// The store path.
        path: PathBuf,
        /// Schema version in the file.
        found: i64,
        /// Newest schema version this build knows.
        known: i64,
    },
    /// A stored JSON value (report or list entry) could not be written or read back.
    #[error("store {path}: {what}: {source}")]
    Json {
        /// The store path.
        path: PathBuf,
        /// Which value (e.g. `report of document 3fa…`).
        what: String,
        /// The serde error.
        source: serde_json::Error,
    },
    /// A value given to the store breaks its rules (e.g. a report without document id).
    #[error("store {path}: invalid {field}: {reason}")]
    Invalid {
        /// The store path.
        path: PathBuf,
        /// The field at fault.
        field: String,
        /// Why it is refused.
        reason: String,
    },
}
