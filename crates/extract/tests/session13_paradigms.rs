//! Every form of a verb of transfer reads (session 13): a grid of simple sentences over the
//! verbs of the lexicon found forms missing from their paradigms — the progressive ("has been
//! airlifting"), the noun ("Hungary's lease of jets", "the transshipment of oil"), the other
//! tenses of verbs already listed ("contributing", "granting", "forwarding", "borrowed",
//! "collected", "accepting"). Each sentence is one of its own; none read at the start of the
//! session.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph(
        "session13_paradigms",
        include_str!("session13_paradigms.txt"),
        i,
    )
}

#[test]
fn progressive_forms_of_verbs_of_giving_read() {
    for (i, giver, recipient, item) in [
        (0, "Pakistan", "Turkey", "tent"),
        (4, "Egypt", "Libyan National Army", "fuel"),
        (5, "Qatar", "Lebanese army", "armoured vehicle"),
        (6, "Norway", "Ukraine", "howitzer"),
        (9, "Latvian company", "Russia", "drone engine"),
        (13, "Dubai trader", "Russia", "microchip"),
        (3, "Italy", "Ghana", "frigate"),
    ] {
        common::assert_has_row(&paragraph(i), giver, recipient, item);
    }
}

#[test]
fn nouns_of_transfer_read_like_their_verbs() {
    for (i, giver, recipient, item) in [
        (1, "United Kingdom", "Ukraine", "anti-tank missile"),
        (2, "Hungary", "Croatia", "gripen jet"),
        (7, "Denmark", "Ukraine", "ammunition"),
        (14, "Iran", "China", "oil"),
    ] {
        common::assert_has_row(&paragraph(i), giver, recipient, item);
    }
}

#[test]
fn other_tenses_of_listed_verbs_read() {
    common::assert_has_row(&paragraph(8), "Estonia", "Georgia", "detonator");
    // verbs of receiving: the party after "from" gives
    common::assert_has_row(&paragraph(10), "Germany", "Armenia", "truck");
    common::assert_has_row(&paragraph(11), "Chad", "militia", "tank");
    common::assert_has_row(&paragraph(12), "Kazakhstan", "Tajikistan", "wheat");
}
