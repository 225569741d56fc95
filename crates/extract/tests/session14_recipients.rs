//! Recipients met in session 14 (each test on a paragraph of its own): an object "them" given
//! to, standing for a group or state named before; a group the goods are "for" before the
//! state they go "to"; the party a purpose infinitive helps, unless it is the giver's own
//! leader; "the country" for a state named in passing in a phrase before the clause; the owner
//! of the vehicles a relative clause says carried the goods gives them.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session14_recipients",
        include_str!("session14_recipients.txt"),
        i,
    )
}

#[test]
fn them_after_supply_with_is_the_group_named_before() {
    common::assert_has_row(&paragraph(0), "Iran", "Hamas", "rocket");
    let e = paragraph(2);
    common::assert_has_row(&e, "Libya", "insurgents", "truck");
    common::assert_has_row(&e, "Libya", "insurgents", "rifle");
}

#[test]
fn them_before_goods_is_the_group_given_to_and_not_the_goods() {
    let e = paragraph(1);
    common::assert_has_row(&e, "Eritrea", "militants", "armoured vehicle");
    let rows = common::rows(&e);
    assert!(
        rows.iter().all(|r| !r.item_text.contains("them")),
        "{rows:#?}"
    );
    // (a letter is no goods: "them" given to says nothing by itself)
    let e = paragraph(3);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn a_group_the_goods_are_for_gets_them_not_the_state_they_go_to() {
    common::assert_has_row(&paragraph(4), "Iran", "Hezbollah", "rocket");
    common::assert_has_row(&paragraph(5), "Acme Ltd", "rebels", "rifle");
    common::assert_has_row(&paragraph(6), "Iran", "al-Shabaab", "rifle");
    for i in 4..=6 {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(
            rows.iter()
                .all(|r| !matches!(r.recipient.as_str(), "Lebanon" | "Sudan" | "Somalia")),
            "{rows:#?}"
        );
    }
}

#[test]
fn a_purpose_infinitive_backing_the_givers_own_leader_names_no_recipient() {
    for (i, leader) in [(7, "Kim Jong Un"), (8, "Maduro")] {
        let e = paragraph(i);
        let rows = common::rows(&e);
        assert!(!rows.is_empty(), "{rows:#?}");
        assert!(
            rows.iter().all(|r| !r.recipient.contains(leader)),
            "{rows:#?}"
        );
    }
    // (another state's war it backs is that state's: it gets the goods)
    common::assert_has_row(&paragraph(9), "Iran", "Russia", "artillery shell");
}

#[test]
fn the_country_is_a_state_a_fronted_phrase_names_but_not_the_subject() {
    common::assert_has_row(&paragraph(10), "China", "Pakistan", "tent");
    common::assert_has_row(&paragraph(11), "Mexico", "Cuba", "crude");
    // (the subject is not the country it sends to)
    let e = paragraph(12);
    let rows = common::rows(&e);
    assert!(rows.iter().all(|r| r.recipient != "Algeria"), "{rows:#?}");
}

#[test]
fn the_owner_of_vehicles_that_carried_goods_gave_them() {
    common::assert_has_row(&paragraph(13), "Gulf Marine LLC", "Houthis", "rocket");
    common::assert_has_row(&paragraph(14), "Acme Ltd", "rebels", "rifle");
}
