//! Register tests on real list rows (data/lists) and a report built from the seed article's text.
use embargo_model::*;
use embargo_store::{Register, SqliteStore, StoreError};
use std::path::PathBuf;

fn repo_file(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// The first `n` rows of the real OFAC SDN file, read minimally (the lists crate does it properly).
fn ofac_entries(n: usize) -> (Provenance, Vec<ListEntry>) {
    let bytes = std::fs::read(repo_file("data/lists/ofac_sdn_2024-05-03.csv")).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let prov = Provenance {
        list: ListKind::UsOfacSdn,
        source_file: "ofac_sdn_2024-05-03.csv".into(),
        version: "2024-05-03".into(),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let entries = rdr
        .records()
        .filter_map(Result::ok)
        .filter(|r| r.len() == 12)
        .take(n)
        .map(|r| {
            let schema = match r[2].trim() {
                "individual" => Schema::Person,
                "vessel" => Schema::Vessel,
                "aircraft" => Schema::Aircraft,
                _ => Schema::Organization,
            };
            ListEntry {
                list_id: r[0].trim().to_string(),
                schema,
                name: r[1].trim().to_string(),
                aliases: vec![],
                birth_dates: vec![],
                nationalities: vec![],
                programs: vec![r[3].trim().to_string()],
                titles: vec![],
                listed_on: None,
                remarks: None,
                provenance: prov.clone(),
            }
        })
        .collect();
    (prov, entries)
}

fn seed_report(original: &str) -> Report {
    let start = original
        .find("the governor of the Primorsky region")
        .unwrap();
    let end = original[start..].find("reported.").unwrap() + start + "reported.".len();
    let ev = Evidence::from_span(original, Span::new(start, end)).unwrap();
    let kim = PartyRef {
        name: "Kim Jong Un".into(),
        mention: "the North Korean leader".into(),
        kind: PartyKind::Person,
        inferred: false,
        inference: None,
        span: None,
    };
    let giver = PartyRef {
        name: "Oleg Kozhemyako".into(),
        mention: "Oleg Kozemiako".into(),
        kind: PartyKind::Person,
        inferred: false,
        inference: None,
        span: None,
    };
    let item = Item {
        text: "set of modern, light armor".into(),
        normalised: "light armor".into(),
        quantity: Some(1.0),
        quantity_detail: None,
        category: Category::Armor,
        class: ItemClass {
            category: Category::Armor,
            tags: vec!["ML13".into()],
            reason: "armor".into(),
        },
        value_usd: None,
        span: None,
        assessments: vec![Assessment {
            regime: "un-dprk".into(),
            verdict: Verdict::Prohibited,
            provisions: vec![ProvisionRef {
                id: "1718-OP8a-i".into(),
                citation: "UNSCR 1718 (2006) OP8(a)(i)".into(),
                verified: true,
                text: None,
            }],
            reason: "arms and related materiel to the DPRK".into(),
            depends_on: vec![],
        }],
    };
    Report {
        document: DocumentInfo {
            id: "abc123".into(),
            title: Some("seed".into()),
            source: "examples/seed-article.txt".into(),
            chars: original.chars().count(),
        },
        transfers: vec![Transfer {
            id: "t1".into(),
            giver: Some(giver),
            giver_note: None,
            recipient: Some(kim),
            items: vec![item],
            kind: "gift".into(),
            trigger: "presented … with".into(),
            date: None,
            place: None,
            attributed_to: vec![],
            evidence: vec![ev],
            confidence: 0.9,
        }],
        parties: vec![Party {
            name: "Oleg Kozhemyako".into(),
            kind: PartyKind::Person,
            mentions: vec!["Oleg Kozemiako".into()],
            roles: vec!["giver".into()],
            countries: vec!["RU".into()],
            screening: vec![ScreeningHit {
                list: ListKind::UsOfacSdn,
                list_id: "41064".into(),
                listed_name: "KOZHEMYAKO, Oleg Nikolayevich".into(),
                primary_name: "KOZHEMYAKO, Oleg Nikolayevich".into(),
                schema: Schema::Person,
                programs: vec!["RUSSIA-EO14024".into()],
                score: 0.93,
                explanation: "test".into(),
                token_matches: vec![],
                unmatched_query_tokens: vec![],
                unmatched_listed_tokens: vec![],
            }],
        }],
        non_factual: vec![],
        set_aside: vec![],
        coreference: vec![],
        reference_data: vec![],
    }
}

#[test]
fn creates_file_and_directory_and_migrates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/embargo.sqlite");
    let store = SqliteStore::open(&path).unwrap();
    assert!(path.exists());
    assert_eq!(store.schema_version().unwrap(), 1);
    drop(store);
    // Reopening an up-to-date file is a no-op.
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.counts().unwrap(), Default::default());
}

#[test]
fn save_report_is_idempotent_and_keeps_evidence_offsets() {
    let original = std::fs::read_to_string(repo_file("examples/seed-article.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(dir.path().join("s.sqlite")).unwrap();
    let report = seed_report(&original);
    store.save_report(&report, original.as_bytes()).unwrap();
    store.save_report(&report, original.as_bytes()).unwrap();
    let c = store.counts().unwrap();
    assert_eq!(
        (
            c.documents,
            c.reports,
            c.transfers,
            c.parties,
            c.screening_hits
        ),
        (1, 1, 1, 1, 1)
    );
    let stored = store.report("abc123").unwrap().unwrap();
    assert_eq!(stored.report, report);
    assert!(stored.tool_version.starts_with("embargo "));
    let back = store.original("abc123").unwrap().unwrap();
    let ev = &stored.report.transfers[0].evidence[0];
    assert_eq!(&back[ev.start..ev.end], ev.text.as_bytes());

    // Re-analysis with fewer transfers replaces the flattened rows.
    let mut changed = report.clone();
    changed.transfers.clear();
    store.save_report(&changed, original.as_bytes()).unwrap();
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.reports, c.transfers), (1, 1, 0));
    assert!(store.report("missing").unwrap().is_none());
}

#[test]
fn report_without_document_id_is_refused() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut report =
        seed_report("the governor of the Primorsky region said. Russian media reported.");
    report.document.id.clear();
    let err = store.save_report(&report, b"x").unwrap_err();
    assert!(err.to_string().contains("document.id"), "{err}");
}

#[test]
fn import_list_replaces_previous_entries_of_the_same_kind() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(dir.path().join("s.sqlite")).unwrap();
    let (prov, entries) = ofac_entries(500);
    assert_eq!(entries.len(), 500);
    let info = store.import_list(&prov, &entries, 3).unwrap();
    assert_eq!((info.entries, info.skipped), (500, 3));
    let info2 = store.import_list(&prov, &entries[..100], 0).unwrap();
    assert!(info2.id > info.id);
    let back = store.list_entries(ListKind::UsOfacSdn).unwrap();
    assert_eq!(back, entries[..100].to_vec());
    let imports = store.list_imports().unwrap();
    assert_eq!(imports.len(), 1);
    assert_eq!(imports[0].entries, 100);
    assert_eq!(imports[0].version, "2024-05-03");
    assert!(store.list_entries(ListKind::UnSc).unwrap().is_empty());
}

#[test]
fn failed_import_leaves_the_old_entries() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let (prov, entries) = ofac_entries(50);
    store.import_list(&prov, &entries, 0).unwrap();
    // An entry of another list inside the import makes it fail half-way.
    let mut bad = entries.clone();
    bad[25].provenance.list = ListKind::GbFcdo;
    let err = store.import_list(&prov, &bad, 0).unwrap_err();
    assert!(matches!(err, StoreError::Invalid { .. }), "{err}");
    assert_eq!(store.list_entries(ListKind::UsOfacSdn).unwrap(), entries);
    assert_eq!(store.list_imports().unwrap()[0].entries, 50);
}

#[test]
fn a_file_that_is_not_a_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("not-a-db.sqlite");
    std::fs::write(
        &path,
        "this is a text file, not SQLite, and long enough to have a header page",
    )
    .unwrap();
    let err = SqliteStore::open(&path).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("not-a-db.sqlite"), "{msg}");
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::NewerSchema { found: 99, .. }),
        "{err}"
    );
}
