//! Helpers shared by the integration tests: an extraction flattened into rows a test can compare
//! with a table of expected values.
#![allow(dead_code)]

use embargo_model::{Extraction, PartyRef};

/// A party's name, or "" when there is no party.
pub fn name(p: &Option<PartyRef>) -> String {
    p.as_ref().map(|p| p.name.clone()).unwrap_or_default()
}

/// One item of one transfer, with the transfer's parties.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The giver's name, or "".
    pub giver: String,
    /// The recipient's name, or "".
    pub recipient: String,
    /// The item's normalised form.
    pub item_normalised: String,
    /// The item as written in the text.
    pub item_text: String,
    /// Whether the giver was inferred rather than stated (false without a giver).
    pub giver_inferred: bool,
}

/// Every transfer's items, in order, one row per item.
pub fn rows(e: &Extraction) -> Vec<Row> {
    e.transfers
        .iter()
        .flat_map(|t| {
            t.items.iter().map(move |i| Row {
                giver: name(&t.giver),
                recipient: name(&t.recipient),
                item_normalised: i.normalised.clone(),
                item_text: i.text.clone(),
                giver_inferred: t.giver.as_ref().is_some_and(|g| g.inferred),
            })
        })
        .collect()
}

/// (giver, recipient, normalised item) for every item of every transfer, in order.
pub fn triples(e: &Extraction) -> Vec<(String, String, String)> {
    rows(e)
        .into_iter()
        .map(|r| (r.giver, r.recipient, r.item_normalised))
        .collect()
}

/// (modality, giver, recipient) for every claim that is not a fact, in order; a missing party
/// is "".
pub fn claims(e: &Extraction) -> Vec<(String, String, String)> {
    e.non_factual
        .iter()
        .map(|n| {
            (
                n.modality.clone(),
                name(&n.transfer.giver),
                name(&n.transfer.recipient),
            )
        })
        .collect()
}

/// Asserts that the (giver, recipient, item) rows are exactly `want`, in order: parties equal,
/// the item containing the wanted words.
pub fn assert_items(got: &[(String, String, String)], want: &[(&str, &str, &str)]) {
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, (wg, wr, wi)) in got.iter().zip(want) {
        assert!(
            g.0 == *wg && g.1 == *wr && g.2.contains(wi),
            "got {g:?}, want {wg} -> {wr} : {wi}"
        );
    }
}

/// Like [`assert_items`] on normalised items, also checking whether each giver was inferred.
pub fn assert_items_inferred(got: &[Row], want: &[(&str, &str, &str, bool)]) {
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, (wg, wr, wi, winf)) in got.iter().zip(want) {
        assert!(
            g.giver == *wg
                && g.recipient == *wr
                && g.item_normalised.contains(wi)
                && g.giver_inferred == *winf,
            "got {g:?}, want {wg} -> {wr} : {wi} (inferred {winf})"
        );
    }
}

/// The first item of any transfer whose normalised form contains `word`; panics naming the word.
pub fn item_with<'e>(e: &'e Extraction, word: &str) -> &'e embargo_model::Item {
    e.transfers
        .iter()
        .flat_map(|t| &t.items)
        .find(|i| i.normalised.contains(word))
        .unwrap_or_else(|| panic!("no item with {word:?}"))
}

/// Asserts that a claim with this modality, giver and recipient ("" for none) was reported.
pub fn assert_claim(e: &Extraction, modality: &str, giver: &str, recipient: &str) {
    let claims = claims(e);
    assert!(
        claims.contains(&(modality.into(), giver.into(), recipient.into())),
        "no {modality} claim {giver} -> {recipient} in {claims:?}"
    );
}

/// The extraction of `text` by the built-in extractor, under the document name `name`.
pub fn extract(name: &str, text: &str) -> Extraction {
    // (no confidence floor: the tests check the rules, not the confidence model)
    let x = embargo_extract::Extractor::builtin()
        .expect("built-in data loads")
        .with_min_confidence(0.0)
        .expect("0 is a floor");
    x.extract(name, text.as_bytes()).expect("text extracts")
}

/// The extraction of paragraph `i` (paragraphs are split by blank lines) of a test text, so no
/// paragraph lends another its parties.
pub fn paragraph(name: &str, text: &str, i: usize) -> Extraction {
    let p = text.split("\n\n").nth(i).expect("paragraph exists");
    extract(name, p)
}

/// Whether a row has this giver and recipient and an item whose normalised form contains
/// `item`, whatever the order of the rows.
pub fn has_row(e: &Extraction, giver: &str, recipient: &str, item: &str) -> bool {
    rows(e)
        .iter()
        .any(|r| r.giver == giver && r.recipient == recipient && r.item_normalised.contains(item))
}

/// Asserts that an extraction has a row (giver, recipient, an item whose normalised form
/// contains `item`), showing every row when it has not.
pub fn assert_has_row(e: &Extraction, giver: &str, recipient: &str, item: &str) {
    assert!(has_row(e, giver, recipient, item), "{:#?}", rows(e));
}

/// The sentences a battery's `known_failures.txt` in `dir` lists (comment lines skipped).
pub fn known_failures(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("known_failures.txt"))
        .expect("known_failures.txt reads")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(String::from)
        .collect()
}
