//! Parties read from the wrong words (session 15, from the seen fixture rows with a wrong giver
//! or recipient): a named business before a description of its sort ("X, a Chinese company,
//! sent") is the subject, not the description; a preposition said again in a list of parties
//! ("to Russia and to Serbia") joins the next party; the modifier letter apostrophe
//! ("Russiaʼs") is a possessive like any other; businesses described by the place they work in
//! ("firms in Turkey", "companies based in Singapore") are a party, and so are shipowners
//! described by their nation ("Greek shipowners").
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session15_parties",
        include_str!("session15_parties.txt"),
        i,
    )
}

#[test]
fn a_named_business_before_its_description_is_the_subject() {
    common::assert_has_row(&paragraph(0), "Kestrel Logistics", "Russia", "engine");
    common::assert_has_row(&paragraph(1), "Blue Harbor Trading", "Iran", "microchip");
    common::assert_has_row(&paragraph(2), "Arkadia Metals", "Syria", "aluminium");
}

#[test]
fn a_repeated_preposition_joins_the_next_party() {
    let e = paragraph(3);
    common::assert_has_row(&e, "Serbia", "Ukraine", "mortar");
    common::assert_has_row(&e, "Serbia", "Pakistan", "mortar");
    let e = paragraph(4);
    common::assert_has_row(&e, "Russia", "Kazakhstan", "wheat");
    common::assert_has_row(&e, "Belarus", "Kazakhstan", "wheat");
    common::assert_has_row(
        &paragraph(5),
        "North Korea",
        "United Arab Emirates",
        "rocket",
    );
}

#[test]
fn the_modifier_letter_apostrophe_is_a_possessive() {
    common::assert_has_row(&paragraph(6), "Vostok Trading", "Mahan Air", "engine");
    common::assert_has_row(&paragraph(7), "Poly Technologies", "Myanmar", "radar");
}

#[test]
fn businesses_described_by_their_place_are_a_party() {
    common::assert_has_row(&paragraph(8), "Firms in Kazakhstan", "Russia", "bearing");
    common::assert_has_row(
        &paragraph(9),
        "companies based in Singapore",
        "Myanmar",
        "scope",
    );
    common::assert_has_row(
        &paragraph(10),
        "traders in Istanbul",
        "Venezuela",
        "excavator",
    );
    common::assert_has_row(&paragraph(11), "Dutch shipowners", "Iran", "tanker");
}
