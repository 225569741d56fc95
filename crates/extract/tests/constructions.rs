//! The construction battery (`tests/fixtures/constructions`): one-sentence reports that fill the
//! issue's constructions with varied parties and goods. Every row must read as expected unless it
//! is listed as a known failure.
mod common;
use std::path::Path;

/// One row of the battery.
struct Row {
    sentence: String,
    giver: String,
    recipient: String,
    item: String,
    claim: bool,
}

fn rows(dir: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(dir.join("battery.tsv")).expect("battery.tsv reads");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(
                f.len(),
                5,
                "battery.tsv: five tab-separated fields in {l:?}"
            );
            Row {
                sentence: f[0].into(),
                giver: f[1].into(),
                recipient: f[2].into(),
                item: f[3].into(),
                claim: f[4] == "claim",
            }
        })
        .collect()
}

/// Whether the extraction states the row: a transfer (or, for a claim, a non-factual claim)
/// with its giver, recipient and an item containing its word.
fn reads(x: &embargo_extract::Extractor, r: &Row) -> bool {
    let e = x
        .extract("battery", r.sentence.as_bytes())
        .expect("sentence extracts");
    let name = |p: &Option<embargo_model::PartyRef>| p.as_ref().map(|p| p.name.clone());
    let states = |t: &embargo_model::Transfer| {
        name(&t.giver).as_deref() == Some(r.giver.as_str())
            && name(&t.recipient).as_deref() == Some(r.recipient.as_str())
            && t.items
                .iter()
                .any(|i| i.normalised.to_lowercase().contains(&r.item))
    };
    if r.claim {
        e.non_factual.iter().any(|n| states(&n.transfer))
    } else {
        e.transfers.iter().any(states)
    }
}

#[test]
fn every_construction_reads_unless_known_to_fail() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/constructions");
    let known = common::known_failures(&dir);
    let x = embargo_extract::Extractor::builtin().expect("built-in data loads");
    let rows = rows(&dir);
    assert!(rows.len() >= 150, "the battery has {} rows", rows.len());
    let mut passed = 0;
    let mut unexpected = Vec::new();
    for r in &rows {
        let ok = reads(&x, r);
        passed += usize::from(ok);
        let listed = known.contains(&r.sentence);
        if !ok && !listed {
            unexpected.push(r.sentence.clone());
        }
        if ok && listed {
            println!("now reads (remove from known_failures.txt): {}", r.sentence);
        }
    }
    println!("construction battery: {passed}/{} rows read", rows.len());
    assert!(
        unexpected.is_empty(),
        "rows that no longer read: {unexpected:#?}"
    );
}
