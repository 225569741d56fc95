//! The embedded SQLite register.
use crate::schema::MIGRATIONS;
use crate::{Counts, ListImportInfo, Register, StoreError, StoredReport, TOOL_VERSION};
use embargo_model::{ListEntry, ListKind, Provenance, Report};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// SQL expression for "now" in UTC, ISO 8601 with milliseconds; computed by SQLite so that the
/// crate needs no date library.
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

/// A register in one SQLite file.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if needed, with its directory) the store at `path` and migrates its schema.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref().to_path_buf();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::CreateDir {
                path: path.clone(),
                source,
            })?;
        }
        let conn = Connection::open(&path).map_err(|source| StoreError::Sqlite {
            path: path.clone(),
            op: "open".into(),
            source,
        })?;
        Self::init(conn, path)
    }

    /// Opens a private in-memory store (for tests and one-off runs with `--no-store`).
    pub fn open_in_memory() -> Result<Self, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Sqlite {
            path: path.clone(),
            op: "open".into(),
            source,
        })?;
        Self::init(conn, path)
    }

    /// The path of the store file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.sql("read schema version", e))
    }

    fn init(conn: Connection, path: PathBuf) -> Result<Self, StoreError> {
        let mut store = SqliteStore { conn, path };
        // Another process (a second `embargo analyze`) may hold the write lock briefly.
        store
            .conn
            .busy_timeout(Duration::from_secs(10))
            .map_err(|e| store.sql("set busy timeout", e))?;
        store
            .conn
            .execute_batch("PRAGMA foreign_keys = ON;")
            .map_err(|e| store.sql("enable foreign keys", e))?;
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        // The first read fails here for a file that is not a SQLite database.
        let found = self.schema_version()?;
        let known = MIGRATIONS.len() as i64;
        if found > known {
            return Err(StoreError::NewerSchema {
                path: self.path.clone(),
                found,
                known,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let to = i as i64 + 1;
            let path = self.path.clone();
            let err = |source| StoreError::Sqlite {
                path: path.clone(),
                op: format!("migrate schema to version {to}"),
                source,
            };
            let tx = self.conn.transaction().map_err(err)?;
            tx.execute_batch(sql).map_err(err)?;
            tx.pragma_update(None, "user_version", to).map_err(err)?;
            tx.commit().map_err(err)?;
            tracing::debug!(path = %self.path.display(), version = to, "store schema migrated");
        }
        Ok(())
    }

    fn sql(&self, op: &str, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            op: op.to_string(),
            source,
        }
    }

    fn json_err(&self, what: String, source: serde_json::Error) -> StoreError {
        StoreError::Json {
            path: self.path.clone(),
            what,
            source,
        }
    }

    fn write_report(
        &self,
        tx: &Transaction<'_>,
        report: &Report,
        original: &[u8],
    ) -> Result<(), StoreError> {
        let id = report.document.id.as_str();
        let op = |what: &str| format!("save report of document {id}: {what}");
        let report_json = serde_json::to_string(report)
            .map_err(|e| self.json_err(format!("report of document {id}"), e))?;
        let to_json = |v: &[String]| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());

        tx.execute(
            &format!(
                "INSERT INTO documents (id, source, title, original, added_at) VALUES (?1, ?2, ?3, ?4, {NOW})
                 ON CONFLICT(id) DO UPDATE SET source = excluded.source, title = excluded.title"
            ),
            params![id, report.document.source, report.document.title, original],
        )
        .map_err(|e| self.sql(&op("documents"), e))?;
        // Re-analysis replaces: the cascade removes every flattened row of the old report.
        tx.execute("DELETE FROM reports WHERE document_id = ?1", params![id])
            .map_err(|e| self.sql(&op("delete old report"), e))?;
        tx.execute(
            &format!(
                "INSERT INTO reports (document_id, report_json, created_at, tool_version) VALUES (?1, ?2, {NOW}, ?3)"
            ),
            params![id, report_json, TOOL_VERSION],
        )
        .map_err(|e| self.sql(&op("reports"), e))?;

        let mut ins_transfer = tx
            .prepare(
                "INSERT INTO transfers (document_id, transfer_id, position, giver, giver_mention, giver_inferred,
                   giver_note, recipient, recipient_mention, recipient_inferred, kind, trigger_words, date, place,
                   attributed_to, confidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )
            .map_err(|e| self.sql(&op("transfers"), e))?;
        let mut ins_item = tx
            .prepare(
                "INSERT INTO transfer_items (document_id, transfer_id, position, text, normalised, quantity,
                   category, value_usd, span_start, span_end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )
            .map_err(|e| self.sql(&op("transfer_items"), e))?;
        let mut ins_assessment = tx
            .prepare(
                "INSERT INTO item_assessments (document_id, transfer_id, item_position, regime, verdict,
                   provisions, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .map_err(|e| self.sql(&op("item_assessments"), e))?;
        let mut ins_evidence = tx
            .prepare(
                "INSERT INTO transfer_evidence (document_id, transfer_id, position, start, end, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .map_err(|e| self.sql(&op("transfer_evidence"), e))?;

        for (pos, t) in report.transfers.iter().enumerate() {
            // Transfer ids are unique within a report by contract; fall back to the position so a
            // report that breaks it is still stored rather than lost.
            let tid = if report.transfers[..pos].iter().any(|o| o.id == t.id) || t.id.is_empty() {
                format!("t{}#{pos}", t.id)
            } else {
                t.id.clone()
            };
            let names: Vec<String> = t.attributed_to.iter().map(|a| a.name.clone()).collect();
            ins_transfer
                .execute(params![
                    id,
                    tid,
                    pos as i64,
                    t.giver.as_ref().map(|p| &p.name),
                    t.giver.as_ref().map(|p| &p.mention),
                    t.giver.as_ref().is_some_and(|p| p.inferred),
                    t.giver_note,
                    t.recipient.as_ref().map(|p| &p.name),
                    t.recipient.as_ref().map(|p| &p.mention),
                    t.recipient.as_ref().is_some_and(|p| p.inferred),
                    t.kind,
                    t.trigger,
                    t.date,
                    t.place,
                    to_json(&names),
                    t.confidence,
                ])
                .map_err(|e| self.sql(&op("transfers"), e))?;
            for (ipos, item) in t.items.iter().enumerate() {
                ins_item
                    .execute(params![
                        id,
                        tid,
                        ipos as i64,
                        item.text,
                        item.normalised,
                        item.quantity,
                        item.category.as_str(),
                        item.value_usd,
                        item.span.map(|s| s.start as i64),
                        item.span.map(|s| s.end as i64),
                    ])
                    .map_err(|e| self.sql(&op("transfer_items"), e))?;
                for a in &item.assessments {
                    let ids: Vec<String> = a.provisions.iter().map(|p| p.id.clone()).collect();
                    let verdict = serde_json::to_value(a.verdict)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    ins_assessment
                        .execute(params![
                            id,
                            tid,
                            ipos as i64,
                            a.regime,
                            verdict,
                            to_json(&ids),
                            a.reason
                        ])
                        .map_err(|e| self.sql(&op("item_assessments"), e))?;
                }
            }
            for (epos, ev) in t.evidence.iter().enumerate() {
                ins_evidence
                    .execute(params![
                        id,
                        tid,
                        epos as i64,
                        ev.start as i64,
                        ev.end as i64,
                        ev.text
                    ])
                    .map_err(|e| self.sql(&op("transfer_evidence"), e))?;
            }
        }

        let mut ins_party = tx
            .prepare(
                "INSERT INTO parties (document_id, position, name, kind, mentions, roles, countries)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .map_err(|e| self.sql(&op("parties"), e))?;
        let mut ins_hit = tx
            .prepare(
                "INSERT INTO screening_hits (document_id, party_position, party_name, list, list_id,
                   listed_name, primary_name, schema, programs, score, explanation)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )
            .map_err(|e| self.sql(&op("screening_hits"), e))?;
        for (pos, p) in report.parties.iter().enumerate() {
            let kind = serde_json::to_value(p.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            ins_party
                .execute(params![
                    id,
                    pos as i64,
                    p.name,
                    kind,
                    to_json(&p.mentions),
                    to_json(&p.roles),
                    to_json(&p.countries)
                ])
                .map_err(|e| self.sql(&op("parties"), e))?;
            for h in &p.screening {
                ins_hit
                    .execute(params![
                        id,
                        pos as i64,
                        p.name,
                        h.list.as_str(),
                        h.list_id,
                        h.listed_name,
                        h.primary_name,
                        h.schema.as_str(),
                        to_json(&h.programs),
                        h.score,
                        h.explanation
                    ])
                    .map_err(|e| self.sql(&op("screening_hits"), e))?;
            }
        }
        Ok(())
    }

    fn count(&self, table: &str) -> Result<u64, StoreError> {
        self.conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n as u64)
            .map_err(|e| self.sql(&format!("count {table}"), e))
    }
}

impl Register for SqliteStore {
    fn save_report(&mut self, report: &Report, original: &[u8]) -> Result<(), StoreError> {
        if report.document.id.trim().is_empty() {
            return Err(StoreError::Invalid {
                path: self.path.clone(),
                field: "document.id".into(),
                reason: "empty; the document id is the content hash of the input".into(),
            });
        }
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| self.sql("begin transaction", e))?;
        self.write_report(&tx, report, original)?;
        tx.commit().map_err(|e| self.sql("commit report", e))?;
        Ok(())
    }

    fn report(&self, document_id: &str) -> Result<Option<StoredReport>, StoreError> {
        let row: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT report_json, created_at, tool_version FROM reports WHERE document_id = ?1",
                params![document_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(|e| self.sql(&format!("read report of document {document_id}"), e))?;
        let Some((json, created_at, tool_version)) = row else {
            return Ok(None);
        };
        let report = serde_json::from_str(&json)
            .map_err(|e| self.json_err(format!("report of document {document_id}"), e))?;
        Ok(Some(StoredReport {
            document_id: document_id.to_string(),
            report,
            created_at,
            tool_version,
        }))
    }

    fn original(&self, document_id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.conn
            .query_row(
                "SELECT original FROM documents WHERE id = ?1",
                params![document_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.sql(&format!("read document {document_id}"), e))
    }

    fn import_list(
        &mut self,
        provenance: &Provenance,
        entries: &[ListEntry],
        skipped: u64,
    ) -> Result<ListImportInfo, StoreError> {
        let list = provenance.list;
        let op = |what: &str| format!("import list {list} from {}: {what}", provenance.source_file);
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| self.sql(&op("begin transaction"), e))?;
        tx.execute(
            &format!(
                "INSERT INTO list_imports (list, source_file, version, imported_at, entry_count, skipped_count)
                 VALUES (?1, ?2, ?3, {NOW}, ?4, ?5)"
            ),
            params![
                list.as_str(),
                provenance.source_file,
                provenance.version,
                entries.len() as i64,
                skipped as i64
            ],
        )
        .map_err(|e| self.sql(&op("record import"), e))?;
        let import_id = tx.last_insert_rowid();
        tx.execute(
            "DELETE FROM list_entries WHERE list = ?1",
            params![list.as_str()],
        )
        .map_err(|e| self.sql(&op("delete previous entries"), e))?;
        {
            let mut ins = tx
                .prepare(
                    "INSERT INTO list_entries (list, list_id, import_id, entry_json) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(|e| self.sql(&op("insert entries"), e))?;
            for entry in entries {
                if entry.provenance.list != list {
                    return Err(StoreError::Invalid {
                        path: self.path.clone(),
                        field: format!("entry {} provenance.list", entry.list_id),
                        reason: format!("is {} but the import is of {list}", entry.provenance.list),
                    });
                }
                let json = serde_json::to_string(entry).map_err(|e| {
                    self.json_err(format!("list entry {list} {}", entry.list_id), e)
                })?;
                ins.execute(params![list.as_str(), entry.list_id, import_id, json])
                    .map_err(|e| self.sql(&op("insert entries"), e))?;
            }
        }
        let imported_at: String = tx
            .query_row(
                "SELECT imported_at FROM list_imports WHERE id = ?1",
                params![import_id],
                |r| r.get(0),
            )
            .map_err(|e| self.sql(&op("read import"), e))?;
        tx.commit().map_err(|e| self.sql(&op("commit"), e))?;
        Ok(ListImportInfo {
            id: import_id,
            list,
            source_file: provenance.source_file.clone(),
            version: provenance.version.clone(),
            imported_at,
            entries: entries.len() as u64,
            skipped,
        })
    }

    fn list_imports(&self) -> Result<Vec<ListImportInfo>, StoreError> {
        let mut out = Vec::new();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, source_file, version, imported_at, entry_count, skipped_count
                 FROM list_imports WHERE list = ?1 ORDER BY id DESC LIMIT 1",
            )
            .map_err(|e| self.sql("read list imports", e))?;
        for list in ListKind::ALL {
            let row = stmt
                .query_row(params![list.as_str()], |r| {
                    Ok(ListImportInfo {
                        id: r.get(0)?,
                        list,
                        source_file: r.get(1)?,
                        version: r.get(2)?,
                        imported_at: r.get(3)?,
                        entries: r.get::<_, i64>(4)? as u64,
                        skipped: r.get::<_, i64>(5)? as u64,
                    })
                })
                .optional()
                .map_err(|e| self.sql("read list imports", e))?;
            out.extend(row);
        }
        Ok(out)
    }

    fn list_entries(&self, list: ListKind) -> Result<Vec<ListEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT list_id, entry_json FROM list_entries WHERE list = ?1 ORDER BY rowid")
            .map_err(|e| self.sql(&format!("read entries of {list}"), e))?;
        let rows = stmt
            .query_map(params![list.as_str()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(|e| self.sql(&format!("read entries of {list}"), e))?;
        let mut out = Vec::new();
        for row in rows {
            let (list_id, json) =
                row.map_err(|e| self.sql(&format!("read entries of {list}"), e))?;
            let entry = serde_json::from_str(&json)
                .map_err(|e| self.json_err(format!("list entry {list} {list_id}"), e))?;
            out.push(entry);
        }
        Ok(out)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        Ok(Counts {
            documents: self.count("documents")?,
            reports: self.count("reports")?,
            transfers: self.count("transfers")?,
            parties: self.count("parties")?,
            screening_hits: self.count("screening_hits")?,
            list_entries: self.count("list_entries")?,
        })
    }
}
