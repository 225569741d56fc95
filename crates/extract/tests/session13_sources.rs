//! Constructions met in session 13 (each test on a paragraph of its own): a party as the
//! source of goods, a supplier named after the noun that describes it, a party's share of another's trade, goods sent to a business described by
//! the one who controls it, and cargo put off at a port by a ship described by its nationality.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session13_sources",
        include_str!("session13_sources.txt"),
        i,
    )
}

#[test]
fn a_party_that_was_the_source_of_goods_gave_them() {
    // (with a client after "for", or none named)
    for (i, giver, recipient, item) in [
        (0, "Turkey", "Azerbaijan", "drone"),
        (1, "Belarus", "", "rifle"),
        (2, "Serbia", "", "mortar"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
    }
    // (a source who speaks, a source of income or of a leak is no source of goods)
    let rows = common::rows(&paragraph(2));
    assert_eq!(rows.len(), 1, "{rows:#?}");
}

#[test]
fn goods_sent_to_a_business_controlled_by_someone_go_to_that_one() {
    // (past the place the business is in, and past an article before the owner)
    for (i, giver, recipient, item) in [
        (3, "Orlov", "Houthis", "cash"),
        (4, "", "Wagner Group", "cash"),
        (5, "", "Islamic Revolutionary Guard Corps", "funds"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
        assert_eq!(common::rows(&e).len(), 1, "{i}: {:#?}", common::rows(&e));
    }
}

#[test]
fn a_ship_described_by_its_nationality_that_unloads_cargo_is_its_states() {
    for (i, giver, recipient, item) in [
        (6, "Russia", "Syria", "wheat"),
        (7, "Iran", "Syria", "crude"),
        (8, "China", "Sudan", "rifle"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
    }
    // (a ship the text names stays the giver, as the gold conventions have it)
    common::assert_has_row(&paragraph(8), "Carioca", "Cuba", "diesel");
}

#[test]
fn a_party_that_accounts_for_a_share_of_a_trade_is_its_other_end() {
    // (the seller of a share of imports, the buyer of a share of exports)
    for (i, giver, recipient, item) in [
        (9, "Kazakhstan", "Iran", "drone"),
        (10, "China", "North Korea", "luxury"),
        (11, "Russia", "India", "oil"),
    ] {
        let e = paragraph(i);
        common::assert_items(&common::triples(&e), &[(giver, recipient, item)]);
    }
}

#[test]
fn a_share_of_a_partys_goods_went_to_that_party() {
    for (i, giver, recipient, item) in [
        (12, "Iran", "Hezbollah", "rocket"),
        (13, "China", "junta", "jet"),
    ] {
        let e = paragraph(i);
        common::assert_items(&common::triples(&e), &[(giver, recipient, item)]);
    }
}

#[test]
fn a_supplier_named_after_the_noun_that_describes_it_gives_to_the_possessor() {
    // (in apposition, or after a copula)
    for (i, giver, recipient, item) in [
        (14, "India", "Armenia", "weapon"),
        (15, "Turkey", "Ethiopia", "drone"),
    ] {
        let e = paragraph(i);
        common::assert_items(&common::triples(&e), &[(giver, recipient, item)]);
    }
}
