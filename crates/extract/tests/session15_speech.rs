//! "We" in speeches and interviews (session 15): the state whose official speaks in the text
//! ("Dutch Defence Minister Kajsa Ollongren said …", "…," he said, "Polish Defence Minister: …")
//! or that the text joins to "our" ("Canada and our partners") gives what "we" sent and
//! receives what "we" received ("we were able to receive" too), inferred with the sentence that
//! says who speaks; "we" with no such state stays no one.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session15_speech", include_str!("session15_speech.txt"), i)
}

#[test]
fn we_is_the_state_of_the_official_who_speaks() {
    let e = paragraph(0);
    common::assert_has_row(&e, "Netherlands", "Ukraine", "howitzer");
    let t = e.transfers.first().expect("a transfer");
    let g = t.giver.as_ref().expect("a giver");
    assert!(g.inferred, "{g:#?}");
    assert!(
        g.inference
            .as_ref()
            .is_some_and(|i| i.evidence.text.contains("Ollongren said")),
        "{g:#?}"
    );
}

#[test]
fn we_is_the_state_the_text_joins_to_our() {
    common::assert_has_row(&paragraph(1), "Canada", "Ukraine", "armoured vehicle");
}

#[test]
fn we_receive_as_the_state_of_who_speaks_after_a_pronoun() {
    common::assert_has_row(&paragraph(2), "Germany", "Ukraine", "leopard");
}

#[test]
fn each_we_of_a_coordination_gives() {
    let e = paragraph(3);
    common::assert_has_row(&e, "Iran", "Russia", "drone");
    common::assert_has_row(&e, "Iran", "Houthis", "missile");
}

#[test]
fn we_with_no_state_speaking_is_no_one() {
    let e = paragraph(4);
    assert!(
        !e.transfers.iter().any(|t| t.giver.is_some()),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_line_opened_by_a_states_official_and_a_colon_speaks_for_that_state() {
    common::assert_has_row(&paragraph(5), "Poland", "Ukraine", "tank");
}

#[test]
fn we_were_able_to_receive_is_a_receipt_by_we() {
    common::assert_has_row(&paragraph(6), "Russia", "Iran", "wheat");
}
