//! Party noun phrases met in session 11 (each test on a sentence of its own): the government or
//! authorities in a place, a named group's members in a place, a demonym before an
//! organisation's name, one ship described by the state owning it, a lessor, a title with a
//! demonym after an adjective, a demonym's ports past a place name, the owner of a described
//! business, a named subject before an apposition with a relative clause that lists other
//! parties, a model code ("the Su-24 fleet") in goods a passive by-agent delivered, and a named
//! ship before a description of it.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session11_parties",
        include_str!("session11_parties.txt"),
        i,
    )
}

/// Asserts that paragraph `i` has a row (giver, recipient, an item containing `item`), showing
/// every row when it has not.
fn assert_row(i: usize, giver: &str, recipient: &str, item: &str) {
    common::assert_has_row(&paragraph(i), giver, recipient, item);
}

/// The recipient's mention (as written) of the first transfer of paragraph `i`.
fn recipient_mention(i: usize) -> String {
    let e = paragraph(i);
    e.transfers
        .iter()
        .find_map(|t| t.recipient.as_ref().map(|r| r.mention.clone()))
        .unwrap_or_default()
}

#[test]
fn the_authorities_in_a_capital_are_its_state() {
    assert_row(0, "Russia", "Mali", "helicopter");
}

#[test]
fn the_government_in_a_capital_is_its_state_and_keeps_its_mention() {
    assert_row(1, "Algeria", "Niger", "truck");
    assert_eq!(recipient_mention(1), "the government in Niamey");
}

#[test]
fn a_named_group_s_fighters_in_a_place_are_the_group() {
    assert_row(2, "Iran", "Ansar Dine", "mortar");
}

#[test]
fn a_group_with_an_arabic_article_s_units_in_a_place_are_the_group() {
    let e = paragraph(3);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "Sudan", "al-Qaeda", "pistol"),
        "{rows:#?}"
    );
    assert!(rows.iter().all(|r| r.recipient != "Chad"), "{rows:#?}");
}

#[test]
fn a_demonym_before_a_two_word_organisation_stays_in_its_name() {
    let e = paragraph(4);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver == "South Korea"
            && r.recipient.starts_with("Vietnamese")
            && r.item_normalised.contains("patrol boat")),
        "{rows:#?}"
    );
}

#[test]
fn a_demonym_before_an_air_force_stays_in_its_name() {
    let e = paragraph(5);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(
            |r| r.recipient.starts_with("Nigerian") && r.item_normalised.contains("helicopter")
        ),
        "{rows:#?}"
    );
}

#[test]
fn one_tanker_owned_by_a_state_s_people_is_a_party() {
    assert_row(6, "Iran", "Greek-owned tanker", "fuel oil");
}

#[test]
fn one_vessel_registered_in_a_state_is_a_party() {
    assert_row(7, "Sea Star", "Liberian-registered vessel", "diesel");
}

#[test]
fn a_lessor_described_by_its_state_is_the_giver() {
    assert_row(8, "Armenian lessor", "Syria", "turbine");
}

#[test]
fn a_lessor_after_from_is_the_giver_of_what_was_bought() {
    assert_row(9, "Maltese lessor", "Iran Air", "airliner");
}

#[test]
fn the_visiting_minister_of_a_state_is_a_person_party() {
    assert_row(10, "Vladimir Putin", "Malian defence minister", "sword");
}

#[test]
fn the_visiting_minister_receives_in_a_double_object() {
    assert_row(11, "Kim Jong Un", "Russian defence minister", "rifle");
}

#[test]
fn a_demonym_s_ports_with_a_place_name_between_give() {
    assert_row(12, "Russian ports", "Egypt", "grain");
}

#[test]
fn a_demonym_s_terminals_with_a_place_name_between_keep_it() {
    assert_row(13, "Iranian Gulf terminals", "Venezuela", "fuel");
}

#[test]
fn a_firm_owned_by_a_person_is_that_person() {
    assert_row(14, "Dutch shipyard", "Pavel Ivanov", "patrol boat");
    assert_eq!(recipient_mention(14), "a firm owned by Pavel Ivanov");
}

#[test]
fn a_company_controlled_by_a_person_is_that_person() {
    assert_row(15, "Turkey", "Ahmed Saleh", "drone");
}

#[test]
fn parties_listed_in_an_apposition_s_relative_clause_are_not_the_recipient() {
    let e = paragraph(16);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "Turkey", "Ibrahim Traore", "drone"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().all(|r| r.recipient == "Ibrahim Traore"),
        "{rows:#?}"
    );
}

#[test]
fn parties_listed_in_an_apposition_s_relative_clause_are_not_the_buyer() {
    let e = paragraph(17);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "China", "Assimi Goita", "jet"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().all(|r| r.recipient == "Assimi Goita"),
        "{rows:#?}"
    );
}

#[test]
fn a_model_code_in_the_goods_is_no_party_before_a_passive_agent() {
    assert_row(18, "Ukrainian repair plant", "Algeria", "blade");
}

#[test]
fn a_model_code_after_the_is_no_party_before_a_passive_agent() {
    assert_row(19, "Belarusian state enterprise", "Iran", "tyre");
}

#[test]
fn a_named_ship_before_a_description_of_it_is_the_giver() {
    assert_row(20, "Lucky Star", "Russian-owned vessel", "coal");
}

#[test]
fn a_named_tanker_before_a_long_description_of_it_is_the_giver() {
    assert_row(21, "Arctic Dawn", "Greek-owned tanker", "fuel oil");
}
