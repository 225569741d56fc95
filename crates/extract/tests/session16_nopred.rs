//! Constructions that left whole sentences unread (session 16): an adverbial between a transfer
//! verb and its goods ("received with great pleasure a vase"), and a past-participle adjective
//! inside the object of a first verb that shares its subject with the transfer ("wished Putin a
//! happy belated birthday and handed him a dog"), and a sum spent on goods of a named origin
//! ("Myanmar has spent $807 million on Russian arms"), and a tale told to a hearer beside a
//! gift to him ("told him stories and gave him a rifle"), and goods carried to a bare name or
//! into the places of one ("flew weapons to Haftar", "flown into the airports of Darfur").
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session16_nopred", include_str!("session16_nopred.txt"), i)
}

#[test]
fn a_manner_phrase_between_the_verb_and_its_goods_is_passed() {
    common::assert_has_row(&paragraph(0), "Iran", "Venezuela", "drone");
    common::assert_has_row(&paragraph(1), "Iran", "Venezuela", "fuel");
}

#[test]
fn a_place_phrase_between_the_verb_and_its_goods_is_passed() {
    common::assert_has_row(&paragraph(2), "France", "Armenia", "radar");
}

#[test]
fn a_participle_adjective_in_the_first_verbs_object_keeps_the_shared_subject() {
    common::assert_has_row(
        &paragraph(3),
        "Kassym-Jomart Tokayev",
        "Xi Jinping",
        "horse",
    );
    common::assert_has_row(
        &paragraph(4),
        "Alexander Lukashenko",
        "Vladimir Putin",
        "tractor",
    );
}

#[test]
fn a_sum_spent_on_goods_of_a_named_origin_buys_them_from_it() {
    common::assert_has_row(&paragraph(5), "France", "Egypt", "rafale");
    common::assert_has_row(&paragraph(6), "Israel", "Vietnam", "air defence");
    assert!(
        common::rows(&paragraph(7)).is_empty(),
        "{:#?}",
        common::rows(&paragraph(7))
    );
}

#[test]
fn a_tale_told_to_a_hearer_beside_a_gift_is_no_report_of_it() {
    common::assert_has_row(
        &paragraph(8),
        "Kassym-Jomart Tokayev",
        "Xi Jinping",
        "horse",
    );
    common::assert_has_row(
        &paragraph(9),
        "Vladimir Putin",
        "Alexander Lukashenko",
        "tractor",
    );
    // ("told Putin that …" still reports another's deed)
    let e = paragraph(10);
    common::assert_has_row(&e, "Russia", "Vladimir Putin", "rifle");
    assert!(
        !common::rows(&e).iter().any(|r| r.giver.contains("Kim")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn goods_carried_to_a_bare_name_or_its_places_went_to_it() {
    common::assert_has_row(&paragraph(11), "Egypt", "Hemedti", "ammunition");
    common::assert_has_row(&paragraph(12), "Chad", "Darfur", "fuel");
    common::assert_has_row(&paragraph(13), "Iran", "Kordofan", "drone");
    // (a name with a word of a place is a place on the way)
    assert!(
        common::rows(&paragraph(14)).is_empty(),
        "{:#?}",
        common::rows(&paragraph(14))
    );
}
