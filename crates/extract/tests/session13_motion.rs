//! Motion constructions met in session 13 (each test on a sentence of its own): goods that go,
//! make their way or end up with a named party, sent by no one named; goods that came from or
//! originated in a party (the owner of the imports receiving them); goods that flow, kept or
//! continued flowing, from one party to another; and a counted load of containers or crates
//! whose contents go unnamed, between ports that stand for their states.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session13_motion", include_str!("session13_motion.txt"), i)
}

#[test]
fn goods_moving_to_a_named_party_went_to_it_whoever_sent_them() {
    for (i, recipient, item) in [
        (0, "Rapid Support Forces", "fuel"),
        (1, "Hezbollah", "shell"),
        (2, "Wagner Group", "rifle"),
        (17, "Houthis", "rocket"),
    ] {
        let e = paragraph(i);
        common::assert_items(&common::triples(&e), &[("", recipient, item)]);
    }
    // (salaries, war, the polls and great lengths are no parties)
    for i in [3, 18] {
        let e = paragraph(i);
        assert!(e.transfers.is_empty(), "{i}: {:#?}", common::rows(&e));
    }
}

#[test]
fn goods_that_came_from_a_party_were_given_by_it() {
    let e = paragraph(4);
    common::assert_items(&common::triples(&e), &[("Serbia", "", "grenade")]);
    let e = paragraph(7);
    common::assert_items(&common::triples(&e), &[("North Korea", "", "mortar")]);
    // (the owner of the imports or purchases received them)
    let e = paragraph(5);
    common::assert_items(
        &common::triples(&e),
        &[("Hong Kong", "Iran", "integrated circuit")],
    );
    let e = paragraph(6);
    common::assert_items(&common::triples(&e), &[("Brazil", "Turkey", "iron ore")]);
    // (a warning is no goods; a relative clause describes goods the main verb moves)
    let e = paragraph(8);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
    let e = paragraph(9);
    common::assert_items(&common::triples(&e), &[("Iran", "Russia", "drone")]);
}

#[test]
fn goods_flowing_from_one_party_to_another_are_a_transfer() {
    for (i, giver, recipient, item) in [
        (10, "Bulgaria", "Ukraine", "ammunition"),
        (11, "Iran", "Syria", "fuel"),
        (12, "Russia", "Eritrea", "diesel"),
    ] {
        let e = paragraph(i);
        common::assert_items(&common::triples(&e), &[(giver, recipient, item)]);
    }
}

#[test]
fn a_counted_load_with_no_contents_named_is_the_goods() {
    // (the ports stand for their states)
    let e = paragraph(13);
    common::assert_items(&common::triples(&e), &[("North Korea", "Russia", "crates")]);
    let e = paragraph(14);
    common::assert_items(&common::triples(&e), &[("Iran", "Venezuela", "containers")]);
    // (containers of rifles still give the rifles; uncounted containers are no goods)
    let e = paragraph(15);
    common::assert_items(&common::triples(&e), &[("Iran", "Venezuela", "rifle")]);
    let e = paragraph(16);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}
