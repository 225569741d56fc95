//! Lists of gifts by giver (session 15): "X received many gifts. Among them are a vase from A
//! and a kettle from B" gives each giver's goods to X, inferred from the sentence that said X
//! received them, and so do goods such a list says were "sent by" someone; a unit after the
//! noun of a thing ("a woodcarving piece") counts that thing; a state's formal style ("the
//! Kingdom of Cambodia") names the state, and a body named with its state ("the Commercial
//! Bank of Syria") is that body, whole.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session15_gifts", include_str!("session15_gifts.txt"), i)
}

#[test]
fn each_gift_of_a_list_goes_from_its_giver_to_who_received_the_gifts() {
    let e = paragraph(0);
    common::assert_has_row(&e, "Leonid Brezhnev", "Fidel Castro", "tea set");
    common::assert_has_row(&e, "Todor Zhivkov", "Fidel Castro", "chest");
    // (the recipient is inferred, with the sentence that says so)
    let t = e
        .transfers
        .iter()
        .find(|t| {
            t.giver
                .as_ref()
                .is_some_and(|g| g.name == "Leonid Brezhnev")
        })
        .expect("a transfer from Brezhnev");
    let r = t.recipient.as_ref().expect("a recipient");
    assert!(r.inferred, "{r:#?}");
    assert!(
        r.inference
            .as_ref()
            .is_some_and(|i| i.evidence.text.contains("received dozens of presents")),
        "{r:#?}"
    );
}

#[test]
fn gifts_that_reached_someone_and_a_list_of_one() {
    common::assert_has_row(&paragraph(1), "Li Keqiang", "Hun Sen", "ivory sculpture");
}

#[test]
fn a_list_with_no_one_said_to_receive_it_gives_nothing() {
    let e = paragraph(2);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn the_giver_of_a_listed_gift_is_the_state_in_its_formal_style() {
    let e = paragraph(3);
    common::assert_has_row(&e, "Indonesia", "Kim Jong Un", "bronze horse");
    common::assert_has_row(&e, "Nepal Communist Party", "Kim Jong Un", "vase");
}

#[test]
fn a_unit_after_the_noun_of_a_thing_counts_that_thing() {
    common::assert_has_row(&paragraph(4), "Xi Jinping", "Hun Sen", "woodcarving");
}

#[test]
fn a_formal_style_names_the_state_and_a_body_of_a_state_is_whole() {
    common::assert_has_row(&paragraph(5), "Cambodia", "North Korea", "rice");
    common::assert_has_row(
        &paragraph(6),
        "Commercial Bank of Syria",
        "Hezbollah",
        "money",
    );
}

#[test]
fn a_hedged_list_of_gifts_is_no_fact() {
    let e = paragraph(7);
    assert!(
        !e.transfers
            .iter()
            .any(|t| t.giver.as_ref().is_some_and(|g| g.name == "Vladimir Putin")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn goods_a_list_of_gifts_says_were_sent_went_to_who_received_the_gifts() {
    let e = paragraph(8);
    common::assert_has_row(&e, "Mahmoud Ahmadinejad", "Hugo Chavez", "vase");
    common::assert_has_row(&e, "Evo Morales", "Hugo Chavez", "painting");
    // (not when the sentence of receipt is far behind)
    let e = paragraph(9);
    assert!(
        !e.transfers.iter().any(|t| t
            .recipient
            .as_ref()
            .is_some_and(|r| r.name == "Hugo Chavez")),
        "{:#?}",
        common::rows(&e)
    );
}
