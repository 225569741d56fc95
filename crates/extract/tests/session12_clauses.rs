//! Clause constructions met in session 12 (each test on a sentence of its own): an agent noun
//! in apposition to the giver, an adverb restricting the source after the goods, "arm X led by
//! Y with Z", "get goods to a party" (after a control verb too), one transfer for goods a verb
//! and a nominal both tell, a relative clause on a list of firms set off by dashes, and goods
//! of a stated origin entering a state.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session12_clauses",
        include_str!("session12_clauses.txt"),
        i,
    )
}

#[test]
fn an_agent_noun_in_apposition_describes_the_giver() {
    common::assert_has_row(&paragraph(0), "Serbia", "Ukraine", "ammunition");
    common::assert_has_row(&paragraph(1), "Turkey", "Ethiopia", "drone");
}

#[test]
fn an_adverb_restricting_the_source_is_no_part_of_the_goods() {
    for (i, giver, recipient, item, adverb) in [
        (2, "India", "Armenia", "rifle", "mainly"),
        (3, "Vietnam", "Laos", "diesel", "solely"),
        (4, "Russia", "junta", "jet", "primarily"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
        let rows = common::rows(&e);
        assert!(
            rows.iter().all(|r| !r.item_text.contains(adverb)),
            "{i}: {rows:#?}"
        );
    }
}

#[test]
fn arming_a_party_led_by_someone_with_goods_gives_that_party_the_goods() {
    // (the leader or backer named by "led by" is neither party)
    for (i, giver, recipient, item) in [
        (5, "Iran", "militias", "drone"),
        (6, "Uganda", "rebels", "mortar"),
        (7, "Russia", "fighters", "tank"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
        assert_eq!(common::rows(&e).len(), 1, "{i}: {:#?}", common::rows(&e));
    }
}

#[test]
fn to_get_goods_to_a_party_is_to_deliver_them() {
    for (i, giver, recipient, item) in [
        (8, "smugglers", "Houthis", "rifle"),
        // (what one relied on to do it is the means, not a general dependence)
        (9, "Moreno", "Cuba", "petrol"),
        (10, "Iran", "Syria", "oil"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
        assert!(e.non_factual.is_empty(), "{i}: {:#?}", e.non_factual);
    }
}

#[test]
fn goods_a_verb_and_a_nominal_both_tell_are_one_transfer() {
    let e = paragraph(11);
    common::assert_items(
        &common::triples(&e),
        &[("Petrov", "Eritrea", "fuel supplies")],
    );
}

#[test]
fn a_relative_clause_on_a_list_set_off_by_dashes_tells_of_each_member() {
    let e = paragraph(12);
    for firm in ["Orion Marine", "Delta Freight"] {
        common::assert_has_row(&e, "Rosneft", firm, "diesel");
    }
    // ("Ferro & Sons": an ampersand joins one firm's name)
    let e = paragraph(13);
    for firm in ["Kestrel Trading", "Alder Logistics", "Ferro & Sons"] {
        common::assert_has_row(&e, firm, "Sudan", "rifle");
    }
}

#[test]
fn goods_of_a_stated_origin_entering_a_state_reached_it() {
    // (the scene a verb of showing shows is no part of the goods)
    let e = paragraph(14);
    common::assert_items(&common::triples(&e), &[("China", "Myanmar", "tank")]);
    let e = paragraph(15);
    common::assert_has_row(&e, "Turkey", "Libya", "rifle");
    common::assert_has_row(&e, "Turkey", "Libya", "truck");
    // (without an origin or a giver, or with no goods, entering is no transfer)
    let e = paragraph(16);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn a_state_closing_a_listed_firm_name_is_part_of_that_name() {
    let e = paragraph(17);
    for firm in ["Kestrel", "Alder Logistics Vietnam", "Pine & Oak"] {
        common::assert_has_row(&e, "Belarus", firm, "fertiliser");
    }
    assert!(
        common::rows(&e).iter().all(|r| r.recipient != "Vietnam"),
        "{:#?}",
        common::rows(&e)
    );
}
