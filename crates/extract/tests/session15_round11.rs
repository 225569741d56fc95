//! Constructions of round 11 (session 15): goods a possessor has that "come from" someone
//! reached the possessor from that source, a list of what one owner has opening on the owner's
//! name included; the one judged over the sale, supply or export of goods sold them; a demonym
//! inside a predicate noun of rank ("the first European country to") is no party.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session15_round11",
        include_str!("session15_round11.txt"),
        i,
    )
}

#[test]
fn goods_a_possessor_has_that_come_from_someone_reached_the_possessor() {
    let e = paragraph(0);
    common::assert_has_row(&e, "Iran", "Houthis", "drone");
    common::assert_has_row(&e, "Iran", "Houthis", "missile");
    common::assert_has_row(&paragraph(2), "China", "Kenya", "rifle");
}

#[test]
fn a_list_of_what_one_owner_has_opens_on_the_owners_name() {
    let e = paragraph(1);
    common::assert_has_row(&e, "Iran", "Hamas", "rifle");
    common::assert_has_row(&e, "Iran", "Hamas", "rocket");
}

#[test]
fn the_one_judged_over_a_sale_sold() {
    common::assert_has_row(&paragraph(3), "Viktor Bout", "Liberia", "rifle");
    common::assert_has_row(&paragraph(4), "Leonid Minin", "Libya", "mortar");
    // (a party of another clause is not the one judged)
    let e = paragraph(5);
    assert!(
        !common::rows(&e).iter().any(|r| r.giver == "Egypt"),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_demonym_in_a_predicate_of_rank_is_no_party() {
    common::assert_has_row(&paragraph(6), "Czech Republic", "Ukraine", "tank");
    let e = paragraph(7);
    assert!(
        !common::rows(&e).iter().any(|r| r.giver == "African"),
        "{:#?}",
        common::rows(&e)
    );
}
