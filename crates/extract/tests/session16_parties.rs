//! Parties and goods told around the sentence (session 16): a list of what a load told before
//! held whose members semicolons part ("It was made up of trucks; tents; radios"), and a
//! headline's official named only by a demonym and a bare title ("Iranian MP confirms sending
//! missiles to Russia"), who acts for the state; a source cited in a relative clause of an
//! attribution ("according to Haaretz, which quoted Egyptian officials, …") is no party; a
//! closing bracket with a transfer clause of its own keeps its giver to itself ("Chad received
//! 12 vehicles (records show Chad received helicopters from France)").
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session16_parties",
        include_str!("session16_parties.txt"),
        i,
    )
}

#[test]
fn a_semicolon_list_of_a_load_told_before_sends_every_part() {
    let e = paragraph(0);
    common::assert_has_row(&e, "Germany", "Moldova", "armoured vehicle");
    common::assert_has_row(&e, "Germany", "Moldova", "generator");
    common::assert_has_row(&e, "Germany", "Moldova", "rifle");
    let e = paragraph(1);
    common::assert_has_row(&e, "Canada", "Haiti", "rice");
    common::assert_has_row(&e, "Canada", "Haiti", "blanket");
    common::assert_has_row(&e, "Canada", "Haiti", "hygiene kit");
}

#[test]
fn a_headlines_demonym_and_bare_title_act_for_the_state() {
    common::assert_has_row(&paragraph(2), "Belarus", "Russia", "tank");
    common::assert_has_row(&paragraph(3), "Serbia", "Armenia", "rifle");
    // (in prose the title takes its article and stays the office, as before)
    common::assert_has_row(&paragraph(4), "Hungarian minister", "Serbia", "howitzer");
}

#[test]
fn a_source_a_relative_clause_cites_is_no_party() {
    for (i, giver, recipient, item) in [
        (5, "Iran", "Sudan", "drone"),
        (6, "Germany", "Ukraine", "tank"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, item);
        assert!(
            !common::rows(&e)
                .iter()
                .any(|r| r.recipient.contains("officials") || r.recipient.contains("military")),
            "{:#?}",
            common::rows(&e)
        );
    }
}

#[test]
fn a_closing_brackets_own_clause_keeps_its_giver() {
    for (i, recipient, own, bracket, giver) in [
        (7, "Chad", "armoured vehicle", "helicopter", "France"),
        (8, "Ghana", "rifle", "radar", "Israel"),
    ] {
        let e = paragraph(i);
        common::assert_has_row(&e, giver, recipient, bracket);
        assert!(
            !common::has_row(&e, giver, recipient, own),
            "{:#?}",
            common::rows(&e)
        );
    }
    // (a pronoun ties the bracket to the goods before it: "Turkey supplied them")
    common::assert_has_row(&paragraph(9), "Turkey", "", "drone");
}
