//! Constructions met in the blind batches of session 7: a sentence that only lists what a load
//! told just before held ("They included …", "Among the items seized were …", "These are …");
//! "hand grenades" is no verb of handing; a subject "he" opening a sentence continues the
//! subject of the sentence before ("In return he got …"); a Windows-1252 closing quote whose
//! last byte was lost ("â€ ").
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session7", include_str!("session7.txt"), i)
}

/// (giver, recipient, normalised item) of some row, whatever the order.
fn has(e: &embargo_model::Extraction, giver: &str, recipient: &str, item: &str) -> bool {
    common::has_row(e, giver, recipient, item)
}

#[test]
fn a_pronoun_list_joins_the_load_told_before() {
    let e = paragraph(0);
    for item in ["assault rifle", "machine gun", "patrol boat"] {
        assert!(
            has(&e, "Turkey", "Libyan coast guard", item),
            "{item}: {:#?}",
            common::rows(&e)
        );
    }
    // the list is evidence of that transfer
    let t = &e.transfers[0];
    assert!(
        t.evidence
            .iter()
            .any(|ev| ev.text.starts_with("They included")),
        "{t:#?}"
    );
}

#[test]
fn an_inverted_list_of_seized_items_joins_the_shipment() {
    let e = paragraph(1);
    let rows = common::rows(&e);
    let claims: Vec<_> = e
        .non_factual
        .iter()
        .flat_map(|c| c.transfer.items.iter())
        .collect();
    // the dhow's cargo is a fact or a claim depending on the frames; either way the list joins it
    let listed = rows
        .iter()
        .any(|r| r.item_normalised.contains("anti-tank missile"))
        || claims
            .iter()
            .any(|i| i.normalised.contains("anti-tank missile"));
    assert!(listed, "{rows:#?} {claims:#?}");
}

#[test]
fn these_are_lists_goods_and_hand_grenades_hand_nothing() {
    let e = paragraph(2);
    for item in ["sniper rifle", "pistol", "grenade", "ammunition"] {
        assert!(
            has(&e, "Belarus", "Mali", item),
            "{item}: {:#?}",
            common::rows(&e)
        );
    }
    // no transfer whose giver is a list item
    assert!(
        common::rows(&e).iter().all(|r| r.giver == "Belarus"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_pronoun_sentence_without_goods_adds_nothing() {
    let e = paragraph(3);
    let rows = common::rows(&e);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert!(has(&e, "Kazakhstan", "Afghanistan", "wheat"), "{rows:#?}");
}

#[test]
fn in_return_he_is_the_subject_before() {
    let e = paragraph(4);
    assert!(
        has(
            &e,
            "Alexander Lukashenko",
            "Kassym-Jomart Tokayev",
            "tractor"
        ),
        "{:#?}",
        common::rows(&e)
    );
    assert!(
        has(
            &e,
            "Kassym-Jomart Tokayev",
            "Alexander Lukashenko",
            "carpet"
        ),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_vehicle_before_carrying_carries_not_the_subject() {
    let e = paragraph(5);
    let rows = common::rows(&e);
    assert!(rows.iter().all(|r| r.giver != "Customs"), "{rows:#?}");
    assert!(has(&e, "Iran", "Houthis", "arms"), "{rows:#?}");
}

#[test]
fn a_place_in_a_state_named_as_an_instance_receives_for_that_state() {
    let e = paragraph(6);
    assert!(
        has(&e, "Russia", "United Arab Emirates", "metal"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn quoted_ship_names_and_a_ship_named_again_by_one_word() {
    let e = paragraph(7);
    let rows = common::rows(&e);
    assert!(has(&e, "Vega 3", "Ocean Star", "fuel"), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.giver == "Ocean Star" && r.item_normalised.contains("fuel")),
        "{rows:#?}"
    );
}

#[test]
fn a_title_after_a_quote_is_no_product() {
    let e = paragraph(8);
    let rows = common::rows(&e);
    assert!(has(&e, "Belarus", "Mali", "rifle"), "{rows:#?}");
    assert!(
        rows.iter()
            .all(|r| !r.item_normalised.contains("ambassador")),
        "{rows:#?}"
    );
}

#[test]
fn among_other_equipment_closes_a_list_and_is_no_item() {
    let e = paragraph(9);
    let rows = common::rows(&e);
    assert_eq!(rows.len(), 3, "{rows:#?}");
    assert!(
        rows.iter()
            .all(|r| r.giver == "China" && r.recipient == "Zimbabwe"),
        "{rows:#?}"
    );
}

#[test]
fn goods_with_a_from_of_their_own_come_from_that_giver() {
    let e = paragraph(10);
    let rows = common::rows(&e);
    assert!(has(&e, "Russia", "Venezuela", "aircraft"), "{rows:#?}");
    assert!(has(&e, "Iran", "Venezuela", "drone"), "{rows:#?}");
    assert!(!has(&e, "Russia", "Venezuela", "drone"), "{rows:#?}");
}

#[test]
fn a_brand_and_model_opening_a_sentence_is_goods_not_a_person() {
    let e = paragraph(11);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.item_normalised.contains("lexus")),
        "{rows:#?}"
    );
    assert!(
        e.parties.iter().all(|p| !p.name.contains("Lexus")),
        "{:#?}",
        e.parties
    );
}

#[test]
fn brought_someone_goods_gives_them() {
    let e = paragraph(12);
    let rows = common::rows(&e);
    assert!(
        has(&e, "Alexander Lukashenko", "Vladimir Putin", "seeder"),
        "{rows:#?}"
    );
    assert!(
        has(&e, "Alexander Lukashenko", "Vladimir Putin", "tractor"),
        "{rows:#?}"
    );
    // a seeder is agricultural machinery
    assert_eq!(
        common::item_with(&e, "seeder").category,
        embargo_model::Category::DualUse
    );
}

#[test]
fn a_past_ability_and_the_fact_that_are_facts() {
    let e = paragraph(13);
    assert!(
        has(&e, "Iran", "Houthis", "rifle"),
        "{:#?} {:#?}",
        common::rows(&e),
        e.non_factual
    );
    let e = paragraph(14);
    assert!(
        has(&e, "Belarus", "Russia", "tank"),
        "{:#?} {:#?}",
        common::rows(&e),
        e.non_factual
    );
}

#[test]
fn a_party_inside_a_parenthetical_relative_clause_is_not_the_subject() {
    let e = paragraph(15);
    let rows = common::rows(&e);
    assert!(rows.iter().all(|r| r.giver != "Sovcomflot"), "{rows:#?}");
    assert!(has(&e, "", "Syria", "diesel"), "{rows:#?}");
}

#[test]
fn which_in_turn_sells_hangs_on_the_named_head_and_such_as_names_the_buyer() {
    let e = paragraph(16);
    let rows = common::rows(&e);
    assert!(has(&e, "Aspan Arba", "Sky Mechanics", "drone"), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.giver == "Sky Mechanics" && r.recipient == "Kamchatka Regional Council"),
        "{rows:#?}"
    );
}
