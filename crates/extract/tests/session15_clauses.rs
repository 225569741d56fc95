//! Clauses of the session 15 no-record rows, each tested on sentences of our own: goods bought
//! or imported by way of a state came from it; a participle that tells where the goods of a
//! passive transfer were later seized does not make that transfer an intercepted one; a short
//! gloss in brackets between goods and their participle ("weapons (ACW) supplied by") still
//! leaves the goods to the participle or to a relative clause of buying; a make named right
//! before bought goods is part of them, not their buyer.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session15_clauses",
        include_str!("session15_clauses.txt"),
        i,
    )
}

#[test]
fn goods_bought_by_way_of_a_state_came_from_it() {
    common::assert_has_row(&paragraph(0), "Kyrgyzstan", "Belarus", "machine tool");
    common::assert_has_row(&paragraph(1), "Armenia", "Iran", "turbine");
    // (aid received by way of a state only passed through it)
    let e = paragraph(2);
    assert!(
        !common::rows(&e).iter().any(|r| r.giver == "Poland"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn goods_seized_later_were_still_given() {
    common::assert_has_row(&paragraph(3), "Iran", "Houthis", "rifle");
    common::assert_has_row(&paragraph(4), "North Korea", "Russia", "shell");
    // (the seizure in the main clause of goods on their way stays an interception)
    let e = paragraph(5);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    common::assert_claim(&e, "planned", "Iran", "Houthis");
}

#[test]
fn a_gloss_in_brackets_leaves_the_goods_to_their_participle() {
    common::assert_has_row(&paragraph(6), "Iran", "Russia", "aerial vehicle");
    common::assert_has_row(&paragraph(7), "Sudan", "rebels", "grenade");
}

#[test]
fn a_gloss_in_brackets_leaves_the_goods_to_a_relative_of_buying() {
    common::assert_has_row(&paragraph(8), "Serbia", "Ghana", "rocket launcher");
}

#[test]
fn a_make_right_before_bought_goods_is_no_buyer() {
    let e = paragraph(9);
    common::assert_has_row(&e, "Turkey", "Togo", "aircraft");
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.recipient.contains("Akinci")),
        "{:#?}",
        common::rows(&e)
    );
}
