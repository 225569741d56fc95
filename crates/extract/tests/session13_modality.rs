//! Modality found missing by a grid of cues over one transfer (session 13): a refusal,
//! reluctance or what has not happened yet binds the verb right after it ("declined to sell",
//! "unwilling to send", "has yet to deliver"), a bar or a ruling-out binds the gerund after it
//! ("barred from selling", "ruled out supplying"), and "thought to have" is a guess; a refusal
//! still does not reach a verb of its own in a relative clause. A gerund after a verb of owning
//! up ("confirmed supplying") is the sayer's deed; after "said" it stays a topic.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session13_modality",
        include_str!("session13_modality.txt"),
        i,
    )
}

#[test]
fn refusals_bars_and_guesses_are_no_facts() {
    for (i, modality) in [
        (0, "negated"),
        (1, "negated"),
        (2, "negated"),
        (4, "negated"),
        (5, "speculative"),
    ] {
        let e = paragraph(i);
        assert!(e.transfers.is_empty(), "{i}: {:#?}", common::rows(&e));
        assert!(
            e.non_factual.iter().any(|n| n.modality == modality),
            "{i}: {:#?}",
            e.non_factual
        );
    }
}

#[test]
fn a_bar_is_no_transfer() {
    // (a prohibition states a rule, not a claim about a transfer: nothing is recorded)
    let e = paragraph(3);
    assert!(e.transfers.is_empty(), "{:#?}", common::rows(&e));
}

#[test]
fn a_refusal_does_not_reach_the_verb_of_a_relative_clause() {
    let e = paragraph(6);
    assert!(
        common::rows(&e)
            .iter()
            .any(|r| r.item_normalised.contains("rifle")),
        "{:#?}",
        common::rows(&e)
    );
}

#[test]
fn a_gerund_after_owning_up_is_the_sayers_deed() {
    common::assert_has_row(&paragraph(7), "Belarus", "Russia", "tank");
    // (after a plain verb of saying the gerund is what is spoken of)
    assert!(
        paragraph(8).transfers.is_empty(),
        "{:#?}",
        common::rows(&paragraph(8))
    );
}
