//! Constructions found in round 12 of the first-sight batches (session 16): a state after a
//! preposition is no describing word of an indefinite noun ("sent a drone to Russia in May"), a
//! fulfilled contract is no plan, an airdrop is a delivery, "ranks among the suppliers of" and a
//! list "among them" after the recipient, an adverb inside a relative clause's verb group, and a
//! maker named in an apposition is no recipient of a passive.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session16_round12",
        include_str!("session16_round12.txt"),
        i,
    )
}

#[test]
fn a_state_after_a_preposition_receives_a_singular_item() {
    common::assert_has_row(&paragraph(0), "Iran", "Russia", "drone");
}

#[test]
fn a_fulfilled_contract_is_no_plan() {
    let e = paragraph(1);
    assert!(!e.transfers.is_empty(), "{:#?}", e.non_factual);
    assert!(e.non_factual.is_empty(), "{:#?}", e.non_factual);
}

#[test]
fn an_airdrop_is_a_delivery() {
    common::assert_has_row(&paragraph(2), "Jordanian air force", "Palestine", "medical");
}

#[test]
fn a_verb_of_rank_describes_a_supplier_and_its_list_comes_after() {
    let e = paragraph(3);
    common::assert_has_row(&e, "Turkey", "Ethiopia", "drone");
    common::assert_has_row(&e, "Turkey", "Ethiopia", "bayraktar drone");
}

#[test]
fn an_adverb_inside_a_relative_verb_group_keeps_the_antecedent() {
    common::assert_has_row(&paragraph(4), "Kazakhstan", "Russia", "machine tool");
}

#[test]
fn a_maker_in_an_apposition_is_no_recipient() {
    let e = paragraph(5);
    assert!(
        common::rows(&e)
            .iter()
            .any(|r| r.recipient == "Philippines" && r.item_normalised.contains("corvette")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_cutter_is_a_vessel() {
    common::assert_has_row(&paragraph(6), "Japan", "Vietnam", "cutter");
}

#[test]
fn officials_of_a_body_act_for_it_and_a_place_after_at_is_no_subject() {
    common::assert_has_row(&paragraph(7), "South Korea", "Philippine navy", "corvette");
}

#[test]
fn a_convoy_of_trucks_sends_what_the_trucks_hold() {
    let e = paragraph(8);
    common::assert_has_row(&e, "Jordan", "Palestine", "flour");
    common::assert_has_row(&e, "Jordan", "Palestine", "blanket");
    let e = paragraph(9);
    common::assert_has_row(&e, "Poland", "Ukraine", "generator");
    common::assert_has_row(&e, "Poland", "Ukraine", "medicine");
}

#[test]
fn a_shipment_seized_on_its_way_was_sent_but_one_seized_before_it_left_was_not() {
    common::assert_has_row(&paragraph(10), "Iran", "Venezuela", "engine");
    assert!(
        paragraph(11).transfers.is_empty(),
        "{:#?}",
        common::rows(&paragraph(11))
    );
}
