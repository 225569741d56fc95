//! Item phrases met in session 12 (each test on sentences of its own): what the goods phrase
//! must leave out, a particle of direction, a participle describing the goods, a date before
//! them, a second verb before them.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session12_items", include_str!("session12_items.txt"), i)
}

/// The item texts of paragraph `i`, as written.
fn item_texts(i: usize) -> Vec<String> {
    common::rows(&paragraph(i))
        .into_iter()
        .map(|r| r.item_text)
        .collect()
}

#[test]
fn a_particle_of_direction_is_not_part_of_the_goods() {
    let items = item_texts(0);
    assert!(
        items.iter().any(|t| t == "large sums of cash"),
        "{items:#?}"
    );
}

#[test]
fn a_participle_describing_the_goods_ends_them() {
    let items = item_texts(1);
    assert!(items.iter().any(|t| t == "radar station"), "{items:#?}");
}

#[test]
fn a_month_before_the_goods_is_not_part_of_them() {
    let e = paragraph(2);
    common::assert_has_row(&e, "Russia", "Niger", "helicopter");
    let items = item_texts(2);
    assert!(items.iter().all(|t| !t.starts_with("March")), "{items:#?}");
}

#[test]
fn a_second_verb_before_the_goods_is_not_part_of_them() {
    let items = item_texts(3);
    assert!(
        items.iter().any(|t| t.ends_with("40 pistols"))
            && items.iter().all(|t| !t.contains("stole")),
        "{items:#?}"
    );
}

#[test]
fn an_object_pronoun_stands_for_the_goods_the_sentence_before_named() {
    let e = paragraph(4);
    common::assert_has_row(&e, "Pakistan", "Sudan", "vehicle");
    let item = common::item_with(&e, "vehicle");
    assert_eq!(item.text, "them");
    assert!(item.class.reason.contains("stands for"), "{item:#?}");
}

#[test]
fn an_object_pronoun_stands_for_the_goods_named_before_it_in_its_sentence() {
    common::assert_has_row(&paragraph(5), "Belarus", "Zimbabwe", "tractor");
}

#[test]
fn a_demonym_before_a_transfer_noun_names_the_giver() {
    common::assert_has_row(&paragraph(6), "Belarus", "Zimbabwe", "tractor");
    common::assert_has_row(&paragraph(7), "South Korea", "Vietnam", "oil");
}

#[test]
fn a_demonym_before_a_transfer_noun_without_goods_or_recipient_names_no_giver() {
    let e = paragraph(8);
    let rows = common::rows(&e);
    assert!(rows.iter().all(|r| r.giver != "Iran"), "{rows:#?}");
}

#[test]
fn a_count_of_barrels_alone_is_oil() {
    let e = paragraph(9);
    common::assert_has_row(&e, "Venezuela", "Cuba", "oil");
    let item = common::item_with(&e, "oil");
    assert_eq!(item.category, embargo_model::Category::Fuel);
    assert_eq!(item.quantity, Some(900_000.0));
    assert!(item.class.reason.contains("barrels"), "{item:#?}");
}

#[test]
fn a_comma_inside_closing_single_quotes_still_closes_the_name() {
    let e = paragraph(10);
    let rows = common::rows(&e);
    assert!(
        rows.iter()
            .any(|r| r.recipient == "Sea Star" && r.item_normalised.contains("diesel")),
        "{rows:#?}"
    );
}

#[test]
fn a_giving_participle_past_a_comma_belongs_to_another_noun() {
    let rows = common::rows(&paragraph(11));
    assert!(
        rows.iter()
            .any(|r| r.giver == "Belarus" && r.item_normalised.contains("tank")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().all(|r| !r.recipient.contains("opposition")),
        "{rows:#?}"
    );
}

#[test]
fn creed_words_before_a_group_noun_describe_the_group_that_receives() {
    let rows = common::rows(&paragraph(12));
    assert!(
        rows.iter()
            .any(|r| r.recipient == "Maoist rebels" && r.item_normalised.contains("rifle")),
        "{rows:#?}"
    );
}

#[test]
fn goods_taken_out_of_another_state_come_from_it_to_the_mover() {
    common::assert_has_row(
        &paragraph(13),
        "Central African Republic",
        "Wagner Group",
        "gold",
    );
    // (a port of one's own is no source: the recipient stays the one named)
    common::assert_has_row(&paragraph(14), "Iran", "Russia", "drone");
}
