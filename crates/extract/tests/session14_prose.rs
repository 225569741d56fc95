//! Plain transfers inside the furniture of real prose (session 14, from the prose grid of
//! `tools/grid_sentences.py`): a party in brackets is not the subject; a person right after a
//! first verb, with the rest of that verb's phrase, is its object and the subject of the first
//! verb gives in the second; goods of a passive relative clause of buying went to the main
//! clause's subject; a contrast ("but") or a concessive clause closed by a comma ends the reach
//! of a denial; an inference from what was seen ("an indication that") is a guess; a "think
//! tank" is no belief.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session14_prose", include_str!("session14_prose.txt"), i)
}

#[test]
fn a_party_in_brackets_is_not_the_subject() {
    let e = paragraph(0);
    common::assert_has_row(&e, "Egypt", "Libya", "truck");
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.giver.contains("United States")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn the_object_of_a_first_verb_receives_from_its_subject() {
    common::assert_has_row(
        &paragraph(1),
        "Serdar Berdimuhamedov",
        "Xi Jinping",
        "carpet",
    );
}

#[test]
fn goods_of_a_passive_relative_clause_of_buying_went_to_the_main_subject() {
    common::assert_has_row(&paragraph(2), "Iran", "Sudan", "drone");
}

#[test]
fn a_contrast_or_a_concession_ends_the_reach_of_a_denial() {
    common::assert_has_row(&paragraph(3), "Venezuela", "Cuba", "oil");
    common::assert_has_row(&paragraph(4), "Belarus", "Russia", "shell");
    // (the negation inside the contrast's own clause still holds)
    let e = paragraph(7);
    common::assert_has_row(&e, "Iran", "Russia", "drone");
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.item_normalised.contains("tank")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn an_indication_is_a_guess_and_a_think_tank_no_belief() {
    let e = paragraph(5);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    common::assert_claim(&e, "speculative", "Iran", "Russia");
    common::assert_has_row(&paragraph(6), "Iran", "Russia", "drone");
}

#[test]
fn a_title_case_headline_reads_as_a_sentence() {
    common::assert_has_row(&paragraph(8), "Belarus", "Russia", "tank");
    common::assert_has_row(&paragraph(9), "Vladimir Putin", "Xi Jinping", "samovar");
    // (the one punished did the shipping, not the state that punishes)
    let e = paragraph(10);
    assert!(
        !common::rows(&e).iter().any(|r| r.giver == "Lithuania"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn where_a_transfer_arrived_received_it() {
    common::assert_has_row(&paragraph(11), "China", "North Korea", "rice");
}

#[test]
fn a_source_in_the_subject_of_a_passive_receipt_gave() {
    common::assert_has_row(&paragraph(12), "South Korea", "Polish army", "howitzer");
}

#[test]
fn goods_still_to_be_received_are_planned() {
    let e = paragraph(13);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    assert!(
        e.non_factual.iter().any(|n| n.modality == "planned"),
        "{:#?}",
        e.non_factual
    );
}

#[test]
fn a_pronoun_before_a_particle_stands_for_goods_named_before() {
    let e = paragraph(14);
    assert!(
        common::rows(&e).iter().any(|r| r.giver == "Serbia"
            && r.recipient == "Ukraine"
            && r.item_normalised.contains("mortar")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn end_users_of_a_state_are_a_recipient() {
    let e = paragraph(15);
    assert!(
        common::rows(&e)
            .iter()
            .any(|r| r.giver == "Lee Ming" && r.recipient.contains("end users")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn the_one_involved_in_a_transfer_did_it() {
    common::assert_has_row(&paragraph(16), "Nordic Parts AB", "Russia", "engine");
}
