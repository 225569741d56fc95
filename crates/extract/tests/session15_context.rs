//! Transfers whose recipient, party or goods a reader takes from the context (session 15): a
//! state's list of aid to no one named went to the one state the text's transfers went to so
//! far, or to the state the headline says receives goods, never when the text names several
//! recipients; a counted make and its model number ("four Cessna 208") and a model code before a
//! plural abbreviation ("M109 SPHs") are goods; "our Danish partners" are Denmark.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session15_context",
        include_str!("session15_context.txt"),
        i,
    )
}

/// Whether every row with this giver has this recipient, inferred.
fn all_inferred_to(e: &embargo_model::Extraction, giver: &str, recipient: &str) -> bool {
    e.transfers
        .iter()
        .filter(|t| common::name(&t.giver) == giver)
        .all(|t| {
            t.recipient
                .as_ref()
                .is_some_and(|r| r.name == recipient && r.inferred)
        })
}

#[test]
fn a_list_of_aid_goes_to_the_one_state_the_text_gave_to() {
    let e = paragraph(0);
    common::assert_has_row(&e, "Poland", "Moldova", "patrol boat");
    common::assert_has_row(&e, "Poland", "Moldova", "helmet");
    assert!(
        all_inferred_to(&e, "Poland", "Moldova"),
        "{:#?}",
        common::rows(&e)
    );
    let e = paragraph(1);
    common::assert_has_row(&e, "Norway", "Georgia", "rifle");
    common::assert_has_row(&e, "Norway", "Georgia", "radar");
    assert!(
        all_inferred_to(&e, "Norway", "Georgia"),
        "{:#?}",
        common::rows(&e)
    );
    // (not when the text names several recipients)
    let e = paragraph(4);
    assert!(
        e.transfers
            .iter()
            .filter(|t| common::name(&t.giver) == "Poland")
            .all(|t| t.recipient.is_none()),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_list_of_aid_goes_to_the_state_the_headline_says_receives() {
    let e = paragraph(2);
    common::assert_has_row(&e, "France", "Armenia", "armoured vehicle");
    common::assert_has_row(&e, "France", "Armenia", "goggle");
    assert!(
        all_inferred_to(&e, "France", "Armenia"),
        "{:#?}",
        common::rows(&e)
    );
    let e = paragraph(3);
    common::assert_has_row(&e, "Netherlands", "Ghana", "patrol boat");
    assert!(
        all_inferred_to(&e, "Netherlands", "Ghana"),
        "{:#?}",
        common::rows(&e)
    );
}

/// The normalised items of the rows with this recipient.
fn items_to(e: &embargo_model::Extraction, recipient: &str) -> Vec<String> {
    common::rows(e)
        .into_iter()
        .filter(|r| r.recipient == recipient)
        .map(|r| r.item_normalised)
        .collect()
}

#[test]
fn a_counted_make_and_its_model_number_are_goods() {
    let e = paragraph(5);
    assert!(
        items_to(&e, "Senegal")
            .iter()
            .any(|i| i.contains("cessna 208")),
        "{:#?}",
        common::rows(&e)
    );
    common::assert_has_row(&paragraph(6), "Canada", "Zambia", "bell 412");
}

#[test]
fn a_model_code_before_a_plural_abbreviation_is_goods() {
    common::assert_has_row(&paragraph(7), "South Korea", "Estonia", "k9");
    let e = paragraph(8);
    assert!(
        items_to(&e, "Poland").iter().any(|i| i.contains("k2")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_demonym_before_partners_or_friends_is_that_state() {
    common::assert_has_row(&paragraph(9), "United States", "Georgia", "rifle");
    let e = paragraph(10);
    common::assert_has_row(&e, "Latvia", "Ukraine", "helmet");
    common::assert_has_row(&e, "Latvia", "Ukraine", "radio");
}
