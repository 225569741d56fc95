//! Rules written after round 10 (blind64–67) was read, each from a construction of its false
//! or missed records, tested on sentences of our own: a subject "it" is not a state its own
//! clause names after it (nor the state of a person named there); one who documents or
//! describes transfers is not their giver; a noun of transfer told before, said to comprise
//! goods, adds those goods to that transfer, also in a relative clause closed before a copula.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session14_round10",
        include_str!("session14_round10.txt"),
        i,
    )
}

#[test]
fn a_subject_it_is_not_the_state_its_clause_gives_to() {
    let e = paragraph(0);
    assert!(
        common::rows(&e)
            .iter()
            .any(|r| r.giver == "Belarus" && r.item_normalised.contains("truck")),
        "{:#?}",
        common::rows(&e)
    );
    assert!(
        !common::rows(&e).iter().any(|r| r.giver == "Russia"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn one_who_documents_transfers_is_no_giver() {
    let e = paragraph(1);
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.giver.contains("rapporteur")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_transfer_said_to_comprise_goods_gets_them() {
    let e = paragraph(2);
    for item in ["generator", "tent"] {
        common::assert_has_row(&e, "Egypt", "Palestine", item);
    }
    // (goods named again are not counted twice)
    let ambulances = common::rows(&e)
        .iter()
        .filter(|r| r.item_normalised.contains("ambulance"))
        .count();
    assert_eq!(ambulances, 1, "{:#?}", common::rows(&e));
    common::assert_has_row(&paragraph(3), "Turkey", "Somalia", "radio");
}
