//! A list of goods before a reduced participle (session 15): "rifles, pistols, grenades and
//! ammunition sent by Iran" sends every member of the list, not only those after the last comma.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session15_lists", include_str!("session15_lists.txt"), i)
}

#[test]
fn every_member_of_a_list_before_a_participle_is_sent() {
    let e = paragraph(0);
    for item in ["rifle", "pistol", "grenade", "ammunition"] {
        common::assert_has_row(&e, "Iran", "Houthis", item);
    }
    // (the verb before the list is no part of its first member)
    assert!(
        !common::rows(&e)
            .iter()
            .any(|r| r.item_text.contains("found")),
        "{:#?}",
        common::rows(&e)
    );
    let e = paragraph(1);
    for item in ["painting", "sculpture", "leather case"] {
        common::assert_has_row(&e, "Fidel Castro", "Kim Jong Il", item);
    }
}
