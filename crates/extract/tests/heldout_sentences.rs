//! The held-out sentence batteries (`tests/fixtures/sentences`): one-sentence reports written by
//! helpers who never read the extractor, each with the giver, recipient and item a reader
//! accepts (matched as the dev-set scorer matches: a shared name token, an item keyword). Every
//! row must read as expected unless it is listed as a known failure.
use embargo_model::{Extraction, PartyRef, Transfer};
mod common;
use std::path::Path;

/// One row of a battery.
struct Row {
    file: &'static str,
    line: usize,
    sentence: String,
    giver: Option<Vec<String>>,
    recipient: Option<Vec<String>>,
    items: Vec<String>,
    modality: String,
}

fn rows(dir: &Path, file: &'static str) -> Vec<Row> {
    let text = std::fs::read_to_string(dir.join(file)).expect("battery reads");
    let names = |f: &str| (f != "null").then(|| f.split('|').map(String::from).collect());
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "{file}:{}: five tab-separated fields", i + 1);
            Row {
                file,
                line: i + 1,
                sentence: f[0].into(),
                giver: names(f[1]),
                recipient: names(f[2]),
                items: f[3].split('|').map(|k| k.to_lowercase()).collect(),
                modality: f[4].into(),
            }
        })
        .collect()
}

/// Lower-case name tokens, as the dev-set scorer splits them.
fn tokens(s: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "the", "of", "and", "a", "an", "his", "her", "its", "their", "s", "to", "in",
    ];
    s.split(|c: char| !c.is_alphabetic())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .filter(|t| !STOP.contains(&t.as_str()))
        .collect()
}

fn party_matches(p: &Option<PartyRef>, accepted: &Option<Vec<String>>) -> bool {
    match (p, accepted) {
        (None, None) => true,
        (Some(p), Some(names)) => {
            let said: Vec<String> = tokens(&p.name)
                .into_iter()
                .chain(tokens(&p.mention))
                .collect();
            names
                .iter()
                .any(|n| tokens(n).iter().any(|t| said.contains(t)))
        }
        _ => false,
    }
}

fn states(t: &Transfer, r: &Row) -> bool {
    party_matches(&t.giver, &r.giver)
        && party_matches(&t.recipient, &r.recipient)
        && t.items.iter().any(|i| {
            let text = format!("{} {}", i.text, i.normalised).to_lowercase();
            r.items.iter().any(|k| text.contains(k.as_str()))
        })
}

/// Whether the extraction reads the row: a fact states the transfer; a plan, denial or guess
/// states no such fact; a sentence with no transfer states none.
fn reads(e: &Extraction, r: &Row) -> bool {
    match r.modality.as_str() {
        "fact" => e.transfers.iter().any(|t| states(t, r)),
        "none" => e.transfers.is_empty(),
        _ => !e.transfers.iter().any(|t| states(t, r)),
    }
}

/// Reads every row of the battery files; fails on a row that does not read and is not listed in
/// `known_failures.txt`, and reports a listed row that now reads.
fn check(label: &str, files: &[&'static str], at_least: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sentences");
    let known = common::known_failures(&dir);
    let x = embargo_extract::Extractor::builtin().expect("built-in data loads");
    let all: Vec<Row> = files.iter().flat_map(|f| rows(&dir, f)).collect();
    assert!(all.len() >= at_least, "the {label} have {} rows", all.len());
    let mut passed = 0;
    let mut unexpected = Vec::new();
    for r in &all {
        let e = x
            .extract("sentence", r.sentence.as_bytes())
            .expect("sentence extracts");
        let ok = reads(&e, r);
        passed += usize::from(ok);
        let listed = known.contains(&r.sentence);
        if !ok && !listed {
            unexpected.push(format!("{}:{}: {}", r.file, r.line, r.sentence));
        }
        if ok && listed {
            println!("now reads (remove from known_failures.txt): {}", r.sentence);
        }
    }
    println!("{label} read: {passed}/{}", all.len());
    assert!(
        unexpected.is_empty(),
        "rows that no longer read: {unexpected:#?}"
    );
}

#[test]
fn every_held_out_sentence_reads_unless_known_to_fail() {
    check(
        "held-out sentences",
        &["heldout_a.tsv", "heldout_b.tsv", "heldout_c.tsv"],
        280,
    );
}

/// The construction grids (`grid_*.tsv`, written by `tools/grid_sentences.py`): every verb of
/// transfer in every tense and voice, common clause constructions, party forms and modality
/// cues, crossed with random parties and goods, and the same cores inside the furniture of
/// real prose (openings, appositions, brackets, trailing attributions, adverbs, heavy goods).
/// A row that read and stops reading fails.
#[test]
fn every_grid_sentence_reads_unless_known_to_fail() {
    check(
        "grid sentences",
        &[
            "grid_verbs.tsv",
            "grid_clauses.tsv",
            "grid_parties.tsv",
            "grid_modality.tsv",
            "grid_prose.tsv",
        ],
        500,
    );
}
