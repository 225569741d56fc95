//! Hedges met in session 12 (each test on sentences of its own): what is under
//! investigation, suggested, the likeliest explanation, a possibility, scheduled, or the
//! purpose of a delivery is not a fact, however plainly its clause is worded.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session12_modality",
        include_str!("session12_modality.txt"),
        i,
    )
}

/// Asserts the paragraph states no transfer as fact and reports one claim of `modality`.
fn only_claim(i: usize, modality: &str, giver: &str, recipient: &str) {
    let e = paragraph(i);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    common::assert_claim(&e, modality, giver, recipient);
}

#[test]
fn what_investigators_look_into_is_not_established() {
    only_claim(0, "speculative", "Egypt", "Eritrea");
}

#[test]
fn a_delivery_under_investigation_is_not_established() {
    only_claim(1, "speculative", "", "Mali");
}

#[test]
fn what_evidence_suggests_is_not_established() {
    only_claim(2, "speculative", "Belarus", "Azerbaijan");
}

#[test]
fn the_likeliest_explanation_is_a_guess() {
    only_claim(3, "speculative", "Kazakhstan", "Russia");
}

#[test]
fn a_possibility_is_a_guess() {
    only_claim(4, "speculative", "North Korea", "Russia");
}

#[test]
fn what_was_slated_to_happen_is_a_plan() {
    only_claim(5, "planned", "China", "Zambia");
}

#[test]
fn the_purpose_of_a_delivery_is_a_plan_while_the_delivery_is_a_fact() {
    let e = paragraph(6);
    common::assert_has_row(&e, "Turkey", "Libya", "rifle");
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.recipient.contains("Haftar")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn information_that_something_happened_is_not_established() {
    only_claim(7, "speculative", "Venezuela", "Cuba");
}

#[test]
fn a_refusal_to_hand_over_goods_is_no_transfer() {
    let e = paragraph(8);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}
