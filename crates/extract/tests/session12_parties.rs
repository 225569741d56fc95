//! Party mentions met in session 12 (each test on sentences of its own, not a batch's): a
//! capitalised function word opening a quotation, lists of unknown organisations, and unknown
//! words that open another group's name before a known group's.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session12_parties",
        include_str!("session12_parties.txt"),
        i,
    )
}

#[test]
fn a_capitalised_function_word_opening_a_quotation_is_no_party() {
    for i in [0, 1] {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(!rows.is_empty(), "{i}: nothing read");
        assert!(rows.iter().all(|r| r.giver.is_empty()), "{i}: {rows:#?}");
        assert!(
            e.parties
                .iter()
                .all(|p| !matches!(p.name.as_str(), "Did" | "Have")),
            "{i}: {:#?}",
            e.parties
        );
    }
}

#[test]
fn every_unknown_organisation_of_a_subject_list_gives() {
    let e = paragraph(2);
    common::assert_has_row(&e, "Elbit", "Azerbaijan", "drone");
    common::assert_has_row(&e, "Rafael", "Azerbaijan", "drone");
    let e = paragraph(3);
    common::assert_has_row(&e, "Norinco", "Zimbabwe", "rifle");
    common::assert_has_row(&e, "Poly Technologies", "Zimbabwe", "rifle");
}

#[test]
fn an_unknown_word_before_a_known_group_name_is_part_of_its_name() {
    let e = paragraph(4);
    common::assert_items(
        &common::triples(&e),
        &[("Iran", "Kataib Hezbollah", "drone")],
    );
    let e = paragraph(5);
    common::assert_items(
        &common::triples(&e),
        &[("Syria", "Harakat Hezbollah", "rocket")],
    );
}

#[test]
fn a_demonym_on_goods_in_a_reduced_relative_names_their_giver() {
    let e = paragraph(6);
    common::assert_has_row(&e, "Bulgaria", "Saudi Arabia", "shell");
    let e = paragraph(7);
    common::assert_has_row(&e, "Czech Republic", "Nigeria", "rifle");
}

#[test]
fn a_reporter_in_an_attribution_tail_and_a_ship_named_before_its_noun() {
    // (the outlet that learned it is a source; the ship named before "vessel" is a party)
    let e = paragraph(8);
    common::assert_items(&common::triples(&e), &[("Sea Star", "", "diesel")]);
    let e = paragraph(9);
    common::assert_items(&common::triples(&e), &[("Yu Jong", "Rich Glory", "fuel")]);
}

#[test]
fn what_a_demand_asks_a_party_to_supply_is_planned_and_that_party_gives() {
    for (i, giver, recipient) in [(10, "Germany", "Ukraine"), (11, "South Korea", "Ukraine")] {
        let e = paragraph(i);
        assert!(e.transfers.is_empty(), "{i}: {:#?}", common::rows(&e));
        common::assert_claim(&e, "planned", giver, recipient);
    }
}

#[test]
fn the_judge_of_a_deed_told_by_a_participle_or_for_gerund_is_no_giver() {
    // (the judged are unnamed, so the goods' origin or no one gives, never the judge)
    for (i, judge) in [(12, "United States"), (13, "US Treasury Department")] {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(!rows.is_empty(), "{i}: nothing read");
        assert!(rows.iter().all(|r| r.giver != judge), "{i}: {rows:#?}");
    }
    common::assert_has_row(&paragraph(12), "Venezuela", "Cuba", "crude");
    common::assert_has_row(&paragraph(13), "", "North Korea", "fuel");
}
