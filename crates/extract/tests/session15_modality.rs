//! What was not handed over (session 15): weapons "sent against" a target are an attack, not a
//! transfer; "moving to supply" is a plan; "the capacity to provide", "the ability to send" are
//! what someone could do, not what was done.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session15_modality",
        include_str!("session15_modality.txt"),
        i,
    )
}

#[test]
fn weapons_sent_against_a_target_are_an_attack() {
    let e = paragraph(0);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    // (weapons sent to someone for use against a target are a transfer)
    common::assert_has_row(&paragraph(1), "Iran", "Russia", "drone");
}

#[test]
fn moving_to_supply_is_a_plan() {
    let e = paragraph(2);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    common::assert_claim(&e, "planned", "China", "Russia");
}

#[test]
fn a_capacity_or_an_ability_to_give_is_no_fact() {
    for i in [3, 4] {
        let e = paragraph(i);
        assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
        assert!(!e.non_factual.is_empty(), "{:#?}", e.non_factual);
    }
}
