//! Clause constructions met in session 12 (each test on a sentence of its own): an agent noun
//! in apposition to the giver and an adverb restricting the source after the goods.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session12_clauses",
        include_str!("session12_clauses.txt"),
        i,
    )
}

#[test]
fn an_agent_noun_in_apposition_describes_the_giver() {
    common::assert_has_row(&paragraph(0), "Serbia", "Ukraine", "ammunition");
    common::assert_has_row(&paragraph(1), "Turkey", "Ethiopia", "drone");
}

#[test]
fn an_adverb_restricting_the_source_is_no_part_of_the_goods() {
    for (i, giver, recipient, item, adverb) in [
        (2, "India", "Armenia", "rifle", "mainly"),
        (3, "Vietnam", "Laos", "diesel", "solely"),
        (4, "Russia", "junta", "jet", "primarily"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
        let rows = common::rows(&e);
        assert!(
            rows.iter().all(|r| !r.item_text.contains(adverb)),
            "{i}: {rows:#?}"
        );
    }
}
