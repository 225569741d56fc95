//! Clauses around a transfer (session 16): a party a thing is tied to ("linked to") receives
//! nothing, "appears to have" hedges, a past "before" clause in a narrative happened unless the
//! main clause stopped it, "rounds" are ammunition, and goods named as "<State>-supplied" in a
//! party's use went from that state to the user.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session16_clauses",
        include_str!("session16_clauses.txt"),
        i,
    )
}

#[test]
fn the_party_goods_are_linked_to_receives_nothing() {
    let e = paragraph(0);
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.recipient.contains("Maduro") || r.recipient == "Venezuela"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn appears_to_have_hedges_the_transfer() {
    let e = paragraph(1);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    assert_eq!(e.non_factual.len(), 1, "{:#?}", e.non_factual);
}

#[test]
fn a_past_before_clause_happened_unless_the_main_clause_stopped_it() {
    common::assert_has_row(
        &paragraph(2),
        "Islamic Revolutionary Guard Corps",
        "Houthis",
        "boat",
    );
    let e = paragraph(3);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn rounds_are_ammunition() {
    common::assert_has_row(&paragraph(4), "North Korea", "Russia", "round");
}

#[test]
fn goods_supplied_by_a_state_in_a_partys_use_went_to_that_party() {
    common::assert_has_row(&paragraph(5), "Iran", "Houthis", "iranian-supplied missile");
    common::assert_has_row(&paragraph(6), "United States", "Ukraine", "atacms");
    common::assert_has_row(&paragraph(7), "Turkey", "Somali army", "truck");
}
