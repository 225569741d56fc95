//! Goods and parties named by their kind (session 16): counted shipments of unnamed contents
//! ("sent two consignments"), parts of a named origin ("Japanese parts"), armed groups opened by
//! a quantifier, and a seller named as possessor whose phrase is followed by another verb's
//! "from" ("China's sale of drones to Ethiopia drew protests from Eritrea").
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session16_items", include_str!("session16_items.txt"), i)
}

#[test]
fn a_counted_shipment_of_unnamed_contents_is_the_goods() {
    common::assert_has_row(&paragraph(0), "Belarus", "Venezuela", "consignments");
}

#[test]
fn parts_of_a_named_origin_are_goods_but_parts_of_a_country_are_not() {
    common::assert_has_row(&paragraph(1), "Japan", "Russia", "japanese parts");
    assert!(
        common::rows(&paragraph(2)).is_empty(),
        "{:#?}",
        common::rows(&paragraph(2))
    );
}

#[test]
fn armed_groups_are_a_described_party() {
    common::assert_has_row(&paragraph(3), "Chad", "armed groups", "rifle");
    common::assert_has_row(&paragraph(4), "Sudan", "armed militias", "weapon");
}

#[test]
fn a_from_past_the_recipient_of_a_possessed_sale_is_another_verbs() {
    let e = paragraph(5);
    common::assert_has_row(&e, "China", "Ethiopia", "drone");
    assert!(
        !common::rows(&e).iter().any(|r| r.giver == "Eritrea"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_gerunds_object_is_no_recipient() {
    let e = paragraph(6);
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.recipient.contains("groups")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_for_phrase_inside_a_list_lets_the_list_go_on() {
    let e = paragraph(7);
    for item in ["yak-130", "engine", "radar"] {
        common::assert_has_row(&e, "Rosoboronexport", "Myanmar", item);
    }
}

#[test]
fn air_defence_alone_is_goods() {
    let e = paragraph(8);
    common::assert_has_row(&e, "Israel", "Azerbaijan", "air defence");
    common::assert_has_row(&e, "Israel", "Azerbaijan", "loitering munition");
}

#[test]
fn everything_from_one_thing_to_another_is_a_range_of_goods() {
    let e = paragraph(9);
    for item in ["laptop", "phone", "whisky", "cigarette"] {
        common::assert_has_row(&e, "smugglers", "North Korea", item);
    }
}
