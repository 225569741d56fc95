//! Clause constructions met in session 11 (each test on a sentence of its own): the antecedent
//! of a non-restrictive "which"/"who", object relative clauses with and without "that", goods
//! bought "from" someone in a reduced relative, a fronted participial clause, adverbials between
//! the recipient and heavy goods, clefts, "arm X [in Y] with Z", "its last …" goods, and the
//! subject of a subordinate clause.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session11_clauses",
        include_str!("session11_clauses.txt"),
        i,
    )
}

/// Asserts that paragraph `i` has a row (giver, recipient, an item containing `item`), showing
/// every row when it has not.
fn assert_row(i: usize, giver: &str, recipient: &str, item: &str) {
    common::assert_has_row(&paragraph(i), giver, recipient, item);
}

#[test]
fn the_antecedent_of_a_non_restrictive_relative_is_the_giver() {
    assert_row(0, "Yugoimport", "Nicaragua", "sniper rifle");
    assert_row(1, "Lukoil", "Serbia", "diesel");
}

#[test]
fn goods_that_a_party_had_sold_went_to_the_buyer_named_after_to() {
    for (i, giver, recipient, item) in [
        (2, "Arsenal Ltd", "Kenyan dealer", "grenade"),
        (3, "Krusik", "Saudi broker", "mortar"),
    ] {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(common::has_row(&e, giver, recipient, item), "{rows:#?}");
        // (the main clause before the article is no part of the goods)
        assert!(
            rows.iter()
                .all(|r| !r.item_text.contains("traced") && !r.item_text.contains("found")),
            "{rows:#?}"
        );
    }
}

#[test]
fn goods_a_pronoun_received_or_bought_without_that_went_to_its_antecedent() {
    assert_row(4, "Iran", "Sudan", "drone");
    assert_row(5, "France", "Egypt", "jet");
}

#[test]
fn goods_bought_from_someone_went_to_the_main_clause_subject() {
    assert_row(6, "Russian firm", "Mali", "helicopter");
    assert_row(7, "China", "Serbia", "van");
}

#[test]
fn a_fronted_participial_clause_takes_the_main_clause_subject() {
    for (i, giver, recipient, item) in [
        (8, "Russia", "Algerian air force", "jet"),
        (9, "Iran", "Sudanese army", "drone"),
    ] {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(common::has_row(&e, giver, recipient, item), "{rows:#?}");
        assert!(rows.iter().all(|r| r.recipient != "Having"), "{rows:#?}");
    }
}

#[test]
fn heavy_goods_may_follow_the_recipient_and_a_time() {
    assert_row(10, "Turkey", "Azerbaijan", "drone");
    assert_row(11, "China", "Serbia", "batter");
}

#[test]
fn a_cleft_puts_the_giver_in_focus_and_denies_only_the_other() {
    for (i, giver, recipient, item) in [
        (12, "Hungary", "Ukraine", "howitzer"),
        (13, "Wagner Group", "Mali", "truck"),
    ] {
        let e = paragraph(i);
        assert!(
            common::has_row(&e, giver, recipient, item),
            "{:#?}",
            common::rows(&e)
        );
    }
}

#[test]
fn arming_a_party_in_a_place_with_goods_gives_it_the_goods() {
    assert_row(14, "Iran", "rebel fighters", "missile");
    assert_row(15, "Turkey", "rebel militias", "drone");
}

#[test]
fn the_last_goods_are_goods_not_a_time() {
    assert_row(16, "Poland", "Ukraine", "tank");
    assert_row(17, "Norway", "Ukraine", "launcher");
}

#[test]
fn a_subordinate_clause_has_its_own_giver() {
    assert_row(18, "Minsk-based", "Russia", "fertiliser");
    assert_row(19, "Vladivostok-based", "North Korea", "coal");
}

#[test]
fn as_a_gift_before_the_verb_is_no_goods_and_no_noun_use() {
    assert_row(20, "Xi Jinping", "Lula", "vase");
    assert_row(21, "Alexander Lukashenko", "Vladimir Putin", "tractor");
}

#[test]
fn a_carrying_verb_may_name_the_destination_before_the_goods() {
    assert_row(22, "Iran", "Syria", "rocket");
    assert_row(23, "Belarus", "Zimbabwe", "tractor");
}

#[test]
fn an_unnamed_vehicle_gives_for_the_state_whose_flag_it_flies() {
    for (i, giver, recipient, item) in [
        (24, "Iran", "Venezuela", "condensate"),
        (25, "Russia", "Eritrea", "grain"),
    ] {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(common::has_row(&e, giver, recipient, item), "{rows:#?}");
        // (the vehicle, nor its flag, is no goods)
        assert!(
            rows.iter()
                .all(|r| !r.item_text.contains("flag") && !r.item_text.contains("tanker")),
            "{rows:#?}"
        );
        assert!(rows.iter().all(|r| r.giver_inferred), "{rows:#?}");
    }
}

#[test]
fn a_gapped_second_clause_tells_its_own_transfer() {
    for (i, first, second) in [
        (
            26,
            ("China", "Myanmar", "rifle"),
            ("Russia", "Laos", "helicopter"),
        ),
        (
            27,
            ("Belarus", "Zimbabwe", "fertiliser"),
            ("Serbia", "Ukraine", "ammunition"),
        ),
    ] {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(common::has_row(&e, first.0, first.1, first.2), "{rows:#?}");
        assert!(
            common::has_row(&e, second.0, second.1, second.2),
            "{rows:#?}"
        );
        // (the second giver is no second recipient of the first)
        assert!(rows.iter().all(|r| r.recipient != second.0), "{rows:#?}");
    }
    // (two recipients without goods of their own stay recipients of the one clause)
    assert_row(28, "Iran", "Syria", "oil");
    assert_row(28, "Iran", "Venezuela", "oil");
}

#[test]
fn an_organ_of_a_state_named_by_its_seat_before_with_is_that_state() {
    assert_row(29, "Russia", "Myanmar", "jet fuel");
    assert_row(30, "Egypt", "Sudan", "ammunition");
}
