//! Party forms found missing by a grid of party names over one simple sentence (session 13):
//! a plural demonym as the subject of a verb ("The Russians delivered …"), and a group's name
//! opened by an Arabic article in small letters on its own ("to al-Shabaab"), and "it" after a
//! preposition, which is not the subject of its own clause ("Ethiopia provided vehicles to it");
//! and an adjective opening a sentence before a transfer noun, which is no name ("Direct exports
//! of rifles").
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session13_parties",
        include_str!("session13_parties.txt"),
        i,
    )
}

#[test]
fn a_plural_demonym_before_a_verb_is_its_state() {
    common::assert_has_row(&paragraph(0), "Russia", "Mali", "helicopter");
    common::assert_has_row(&paragraph(1), "Iran", "Sudan", "drone engine");
    common::assert_has_row(&paragraph(2), "North Korea", "Russia", "shell");
    // (a demonym ending in s before a noun still describes that noun)
    common::assert_has_row(&paragraph(3), "Swiss company", "Russia", "lathe");
}

#[test]
fn a_name_opened_by_an_arabic_article_is_a_party_on_its_own() {
    common::assert_has_row(&paragraph(4), "Sudan", "al-Shabaab", "drone");
    common::assert_has_row(&paragraph(5), "Eritrea", "al-Shabaab", "rifle");
}

#[test]
fn it_after_a_preposition_is_not_its_own_clause_subject() {
    common::assert_has_row(&paragraph(6), "Ethiopia", "Serbia", "armoured vehicle");
    common::assert_has_row(&paragraph(7), "Iran", "Syria", "fuel oil");
}

#[test]
fn an_adjective_opening_a_sentence_before_a_transfer_noun_is_no_party() {
    for (i, word) in [(8, "Direct"), (9, "Covert")] {
        let e = paragraph(i);
        let named =
            |p: &Option<embargo_model::PartyRef>| p.as_ref().is_some_and(|p| p.name.contains(word));
        assert!(
            e.transfers
                .iter()
                .chain(e.set_aside.iter())
                .all(|t| !named(&t.giver) && !named(&t.recipient)),
            "{i}: {:#?}",
            e.transfers
        );
    }
    // (a name there keeps its place: it has no adjective's ending)
    common::assert_has_row(&paragraph(10), "Norinco", "Mali", "rifle");
}
