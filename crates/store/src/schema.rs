//! The SQLite schema, as an ordered list of migrations keyed by `PRAGMA user_version`.
//!
//! A migration is never edited once released: a change of schema is a new entry at the end, so a
//! file made by any earlier version upgrades step by step.

/// Migrations in order; migration `i` brings the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // v1: documents and reports, the report flattened for the register, imported lists.
    r#"
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,          -- hex SHA-256 of the original bytes
    source      TEXT NOT NULL,             -- file path or URL
    title       TEXT,
    original    BLOB NOT NULL,             -- the input exactly as given; every span indexes into it
    added_at    TEXT NOT NULL
);

CREATE TABLE reports (
    document_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    report_json  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    tool_version TEXT NOT NULL
);

CREATE TABLE transfers (
    document_id  TEXT NOT NULL REFERENCES reports(document_id) ON DELETE CASCADE,
    transfer_id  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    giver        TEXT,
    giver_mention TEXT,
    giver_inferred INTEGER NOT NULL DEFAULT 0,
    giver_note   TEXT,
    recipient    TEXT,
    recipient_mention TEXT,
    recipient_inferred INTEGER NOT NULL DEFAULT 0,
    kind         TEXT NOT NULL,
    trigger_words TEXT NOT NULL,
    date         TEXT,
    place        TEXT,
    attributed_to TEXT NOT NULL,           -- JSON array of source names
    confidence   REAL NOT NULL,
    PRIMARY KEY (document_id, transfer_id)
);

CREATE TABLE transfer_items (
    document_id  TEXT NOT NULL REFERENCES reports(document_id) ON DELETE CASCADE,
    transfer_id  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    normalised   TEXT NOT NULL,
    quantity     REAL,
    category     TEXT NOT NULL,
    value_usd    REAL,
    span_start   INTEGER,
    span_end     INTEGER,
    PRIMARY KEY (document_id, transfer_id, position)
);

CREATE TABLE item_assessments (
    document_id  TEXT NOT NULL REFERENCES reports(document_id) ON DELETE CASCADE,
    transfer_id  TEXT NOT NULL,
    item_position INTEGER NOT NULL,
    regime       TEXT NOT NULL,
    verdict      TEXT NOT NULL,
    provisions   TEXT NOT NULL,            -- JSON array of provision ids
    reason       TEXT NOT NULL
);

CREATE TABLE transfer_evidence (
    document_id  TEXT NOT NULL REFERENCES reports(document_id) ON DELETE CASCADE,
    transfer_id  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    start        INTEGER NOT NULL,         -- byte offsets into documents.original
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (document_id, transfer_id, position)
);

CREATE TABLE parties (
    document_id  TEXT NOT NULL REFERENCES reports(document_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    mentions     TEXT NOT NULL,            -- JSON array
    roles        TEXT NOT NULL,            -- JSON array
    countries    TEXT NOT NULL,            -- JSON array of ISO-2 codes
    PRIMARY KEY (document_id, position)
);
CREATE INDEX parties_name ON parties(name);

CREATE TABLE screening_hits (
    document_id  TEXT NOT NULL REFERENCES reports(document_id) ON DELETE CASCADE,
    party_position INTEGER NOT NULL,
    party_name   TEXT NOT NULL,
    list         TEXT NOT NULL,
    list_id      TEXT NOT NULL,
    listed_name  TEXT NOT NULL,
    primary_name TEXT NOT NULL,
    schema       TEXT NOT NULL,
    programs     TEXT NOT NULL,            -- JSON array
    score        REAL NOT NULL,
    explanation  TEXT NOT NULL
);
CREATE INDEX screening_hits_entry ON screening_hits(list, list_id);

CREATE TABLE list_imports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    list         TEXT NOT NULL,
    source_file  TEXT NOT NULL,
    version      TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    entry_count  INTEGER NOT NULL,
    skipped_count INTEGER NOT NULL
);
CREATE INDEX list_imports_list ON list_imports(list, id);

CREATE TABLE list_entries (
    list         TEXT NOT NULL,
    list_id      TEXT NOT NULL,
    import_id    INTEGER NOT NULL REFERENCES list_imports(id),
    entry_json   TEXT NOT NULL
);
CREATE INDEX list_entries_list ON list_entries(list, list_id);
"#,
];
