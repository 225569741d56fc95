//! Constructions met in session 10 (each test on a sentence of its own, not a batch's): ships
//! flying a flag, loads that hold the goods, people sent rather than goods, the one sanctioned or
//! thanked "for" a deed, parties joined by "along with", comparisons of amounts, parts in a list
//! of goods, "took delivery of … supplied by", demonym groups as recipients, unnamed vehicles of a
//! state, humanitarian aid.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session10", include_str!("session10.txt"), i)
}

/// Asserts that paragraph `i` has a row (giver, recipient, an item containing `item`), showing
/// every row when it has not.
fn assert_row(i: usize, giver: &str, recipient: &str, item: &str) {
    let e = paragraph(i);
    assert!(
        common::has_row(&e, giver, recipient, item),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_flag_a_ship_flies_is_no_cargo_and_carrying_after_as_is_a_verb() {
    let e = paragraph(0);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "China", "Iran", "ammonium perchlorate"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().all(|r| !r.item_text.contains("flag")),
        "{rows:#?}"
    );
}

#[test]
fn containers_holding_goods_are_the_goods_with_their_count() {
    let e = paragraph(1);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "North Korea", "Russia", "mortar round"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().all(|r| !r.item_text.contains("container")),
        "{rows:#?}"
    );
    let q = e
        .transfers
        .iter()
        .flat_map(|t| &t.items)
        .find_map(|i| i.quantity);
    assert_eq!(q, Some(2_000_000.0), "{rows:#?}");
}

#[test]
fn engineers_and_troops_are_people_not_goods() {
    let e = paragraph(2);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn trucks_loaded_with_goods_carry_the_goods() {
    assert_row(3, "Iran", "Syria", "artillery ammunition");
}

#[test]
fn the_one_sanctioned_for_supplying_did_the_supplying() {
    let e = paragraph(4);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver.contains("Hexa")
            && r.recipient == "Russia"
            && r.item_normalised.contains("engine")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().all(|r| !r.giver.contains("Treasury")),
        "{rows:#?}"
    );
}

#[test]
fn the_one_thanked_for_delivering_gave_to_the_one_who_thanks() {
    let e = paragraph(5);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver == "Alexander Lukashenko"
            && r.recipient.contains("Mnangagwa")
            && r.item_normalised.contains("tractor")),
        "{rows:#?}"
    );
}

#[test]
fn a_party_along_with_or_together_with_another_joins_it() {
    assert_row(6, "Belarus", "Zimbabwe", "fertiliser");
    assert_row(6, "Russia", "Zimbabwe", "fertiliser");
}

#[test]
fn ten_times_as_many_is_a_comparison_not_a_cut() {
    assert_row(7, "China", "Russia", "machine tool");
}

#[test]
fn parts_in_a_list_of_goods_are_goods() {
    assert_row(8, "Russia", "North Korea", "parts");
    assert_row(8, "Russia", "North Korea", "wheat");
}

#[test]
fn took_delivery_of_goods_supplied_by_gives_one_row() {
    let e = paragraph(9);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "Russia", "Mali", "attack helicopter"),
        "{rows:#?}"
    );
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert!(!rows[0].item_text.contains("supplied"), "{rows:#?}");
}

#[test]
fn demonym_farmers_are_a_recipient() {
    let e = paragraph(10);
    let rows = common::rows(&e);
    assert!(
        rows.iter()
            .any(|r| r.giver == "Belarus" && r.recipient.contains("Nicaraguan farmers")),
        "{rows:#?}"
    );
}

#[test]
fn an_unnamed_vehicle_of_a_state_is_sent_by_that_state() {
    let e = paragraph(11);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "Russia", "Cuba", "medicine"),
        "{rows:#?}"
    );
    assert!(rows.iter().all(|r| r.giver_inferred), "{rows:#?}");
}

#[test]
fn humanitarian_aid_is_goods() {
    assert_row(12, "Belarus", "Cuba", "humanitarian aid");
}

#[test]
fn a_rule_in_the_main_clause_does_not_reach_a_comma_relative_clause() {
    assert_row(13, "Turkey", "Azerbaijan", "energy needs");
}

#[test]
fn who_secured_goods_received_them() {
    let e = paragraph(14);
    let rows = common::rows(&e);
    assert!(
        rows.iter()
            .any(|r| r.recipient == "Syria" && r.item_normalised.contains("crude")),
        "{rows:#?}"
    );
}

#[test]
fn who_arrives_somewhere_with_goods_brought_them() {
    let e = paragraph(15);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver.contains("Russian")
            && r.recipient == "Mali"
            && r.item_normalised.contains("radar")),
        "{rows:#?}"
    );
}

#[test]
fn a_ship_named_for_its_cargo_that_comes_in_brought_the_cargo() {
    assert_row(16, "Carina", "Cuba", "fuel");
    let e = paragraph(17);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver == "Russia"
            && r.giver_inferred
            && r.recipient == "Cuba"
            && r.item_normalised.contains("oil")),
        "{rows:#?}"
    );
}

#[test]
fn a_ship_that_could_dock_brought_nothing_yet() {
    let e = paragraph(18);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn an_offer_in_an_exchange_of_gifts_is_a_gift_elsewhere_a_plan() {
    let e = paragraph(19);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver == "Emmerson Mnangagwa"
            && r.recipient == "Alexander Lukashenko"
            && r.item_normalised.contains("bird")),
        "{rows:#?}"
    );
    let e = paragraph(20);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn the_one_a_measure_is_against_for_providing_did_it_whatever_is_planned() {
    assert_row(21, "Iran", "Houthis", "ballistic missile");
    let e = paragraph(22);
    let rows = common::rows(&e);
    assert!(
        rows.iter()
            .any(|r| r.giver.contains("Chinese firms") && r.recipient == "Russia"),
        "{rows:#?}"
    );
}

#[test]
fn the_antecedent_of_which_was_used_to_deliver_delivered() {
    assert_row(23, "Ever Bright", "North Korea", "excavator");
}

#[test]
fn who_depends_on_goods_from_someone_receives_them() {
    assert_row(24, "Venezuela", "Cuba", "crude");
    assert_row(24, "Russia", "Cuba", "diesel");
    let e = paragraph(25);
    let rows = common::rows(&e);
    assert!(
        common::has_row(&e, "Russia", "Nicaragua", "wheat"),
        "{rows:#?}"
    );
    assert_eq!(rows.len(), 1, "{rows:#?}");
}

#[test]
fn a_place_name_then_describing_words_then_a_business_is_a_party() {
    let e = paragraph(26);
    let rows = common::rows(&e);
    assert!(
        rows.iter()
            .any(|r| r.giver.contains("Hong Kong front company") && r.recipient == "Iran"),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.giver.contains("Singapore trading firm")
                && r.recipient.contains("Iranian drone developer")),
        "{rows:#?}"
    );
}

#[test]
fn vessels_owned_in_a_state_are_a_party() {
    let e = paragraph(27);
    let rows = common::rows(&e);
    assert!(
        rows.iter()
            .any(|r| r.giver.contains("Chinese-owned vessels") && r.recipient == "Belarus"),
        "{rows:#?}"
    );
}

#[test]
fn an_abbreviation_hyphened_to_made_stays_one_word() {
    assert_row(28, "Turkey", "Syria", "microcontroller");
}

#[test]
fn demonym_ports_and_refineries_receive() {
    assert_row(29, "North Korea", "Chinese ports", "iron ore");
    let e = paragraph(30);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver == "Iran"
            && r.recipient.contains("Venezuelan refineries")
            && r.item_normalised.contains("diesel")),
        "{rows:#?}"
    );
}

#[test]
fn the_antecedent_of_to_whom_received() {
    assert_row(31, "Iran", "Houthis", "fuel");
}

#[test]
fn a_gift_to_someone_at_a_place_was_the_goods() {
    assert_row(32, "Shavkat Mirziyoyev", "Vladimir Putin", "chess set");
}

#[test]
fn the_possessor_of_a_supplier_is_its_client() {
    assert_row(33, "Turkey", "Russia", "ball bearing");
}

#[test]
fn displays_are_electronics_and_the_sentenced_smuggled_them() {
    assert_row(34, "Pavel Mironov", "Russia", "micro-display");
}

#[test]
fn what_a_party_owns_then_with_is_that_partys() {
    assert_row(35, "Egypt", "Sudan", "drone");
    let e = paragraph(35);
    let rows = common::rows(&e);
    assert!(
        rows.iter().any(|r| r.giver == "United Arab Emirates"
            && r.recipient.contains("Dagalo")
            && r.item_normalised.contains("armoured vehicle")),
        "{rows:#?}"
    );
}

#[test]
fn a_model_designator_is_goods_not_a_recipient() {
    assert_row(36, "Iran", "Russia", "ballistic missile");
}

#[test]
fn an_admission_asserts_what_was_denied_before() {
    assert_row(37, "Belarus", "Russia", "tank");
}

#[test]
fn not_only_but_also_is_a_list() {
    assert_row(38, "North Korea", "Russia", "shell");
    assert_row(38, "North Korea", "Russia", "kn-24 missile");
}

#[test]
fn passed_on_and_get_move_goods() {
    assert_row(39, "Syria", "Hezbollah", "drone");
    assert_row(40, "Iran", "Houthis", "drone part");
}

#[test]
fn acquisition_and_provision_are_nouns_of_transfer() {
    assert_row(41, "China", "Libyan National Army", "wing loong drone");
    assert_row(41, "Russia", "Haftar", "fuel");
}

#[test]
fn a_reduced_relative_between_commas_names_goods_before_it() {
    assert_row(42, "Russia", "Venezuela", "igla launcher");
}

#[test]
fn goods_named_before_the_giver_are_listed_after_the_copula() {
    assert_row(43, "Iran", "Hezbollah", "fateh-110 missile");
    assert_row(43, "Russia", "Mali", "attack helicopter");
}

#[test]
fn them_after_a_coordinated_verb_stands_for_its_object() {
    assert_row(44, "North Korea", "Russia", "rocket launcher");
}

#[test]
fn a_route_between_commas_comes_before_the_goods() {
    assert_row(45, "Iran", "Russia", "mortar round");
}

#[test]
fn a_capitalised_model_with_an_origin_participle_is_no_person() {
    assert_row(46, "Syria", "Hezbollah", "sa-22");
}

#[test]
fn food_and_medical_products_a_cargo_includes_join_its_transfer() {
    assert_row(47, "Belarus", "Nicaragua", "food product");
    assert_row(47, "Belarus", "Nicaragua", "medical product");
}

#[test]
fn a_relief_consignment_is_aid_and_what_it_consists_of_joins_it() {
    assert_row(48, "Iran", "Syria", "relief consignment");
    assert_row(48, "Iran", "Syria", "tent");
}

#[test]
fn a_carmaker_named_after_its_description_is_the_party() {
    assert_row(49, "Ferrari", "Russian buyers", "sports car");
}

#[test]
fn a_list_along_with_joins_and_a_possessed_person_before_with_receives() {
    let e = paragraph(50);
    let rows = common::rows(&e);
    for giver in ["Turkey", "Iran", "Pakistan"] {
        assert!(
            rows.iter().any(|r| r.giver == giver
                && r.recipient.contains("Abiy Ahmed")
                && r.item_normalised.contains("drone")),
            "{giver}: {rows:#?}"
        );
    }
}
