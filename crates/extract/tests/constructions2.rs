//! Constructions behind the assessment fixtures, in sentences of their own (not the fixtures'):
//! adjectival participles in item phrases, business nouns built on a transfer noun, title
//! phrases, vessels described by flag state or demonym, relative clauses.
use embargo_extract::Extractor;
use embargo_model::Extraction;

fn ex(text: &str) -> Extraction {
    Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap()
        .extract("t", text.as_bytes())
        .unwrap()
}

fn party_countries(e: &Extraction, name: &str) -> Vec<String> {
    e.parties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no party {name}: {:#?}", e.parties))
        .countries
        .clone()
}

#[test]
fn participle_before_its_noun_is_an_adjective() {
    let e = ex("The dealer sold 14 used limousines to North Korea.");
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    assert!(e.transfers[0].items[0].text.contains("used limousines"));
    // a participle introducing a description still ends the phrase
    let e = ex("Vladimir Putin gave Kim Jong Un a rifle made in Tula.");
    assert_eq!(e.transfers[0].items[0].text, "rifle");
}

#[test]
fn business_noun_and_title_phrase_are_not_transfers() {
    let e = ex("Ivan Petrov, director of a weapons export agency, shipped 300 rifles to Syria.");
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    assert!(e.transfers[0].items[0].normalised.contains("rifle"));
    assert_eq!(e.transfers[0].recipient.as_ref().unwrap().name, "Syria");
}

#[test]
fn vessels_by_flag_or_demonym_are_linked_to_the_state() {
    let e = ex("A Chinese freighter delivered 2,000 tonnes of coal to a DPRK-flagged vessel.");
    let t = &e.transfers[0];
    let r = t.recipient.as_ref().unwrap();
    assert_eq!(party_countries(&e, &r.name), vec!["KP".to_string()]);
    assert_eq!(
        party_countries(&e, &t.giver.as_ref().unwrap().name),
        vec!["CN".to_string()]
    );
    let e = ex("Russia delivered diesel to the North Korean tanker Chon Ma San last month.");
    let r = e.transfers[0].recipient.as_ref().unwrap();
    assert_eq!(r.name, "Chon Ma San");
    assert_eq!(party_countries(&e, "Chon Ma San"), vec!["KP".to_string()]);
}

#[test]
fn relative_clause_keeps_its_own_subject_and_modality() {
    let e = ex("Japan has seized a cargo ship that delivered 40 cars to a North Korean vessel.");
    assert!(e.non_factual.is_empty(), "{:#?}", e.non_factual);
    let t = &e.transfers[0];
    assert!(t.giver.as_ref().is_none_or(|g| g.name != "Japan"));
    assert_eq!(
        party_countries(&e, &t.recipient.as_ref().unwrap().name),
        vec!["KP".to_string()]
    );
}

#[test]
fn approximate_quantity_starts_an_item_phrase() {
    let e = ex("Belarus supplied about 40 trucks to Myanmar.");
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    let item = &e.transfers[0].items[0];
    assert!(item.text.contains("40 trucks"), "{item:#?}");
    assert_eq!(item.quantity, Some(40.0));
    // "about" as a preposition still ends the phrase
    let e = ex("Belarus supplied 40 trucks to Myanmar about a year ago.");
    assert_eq!(e.transfers[0].items[0].quantity, Some(40.0));
}
