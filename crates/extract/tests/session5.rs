//! Constructions met in the blind batches of session 5: goods named only as a class ("banned
//! goods") are items unless a list says what they were; "along with" continues a list of goods;
//! a capital letter hyphened to a noun ("O-rings") is goods, not a name; "came away with" is
//! receiving; a ship that loads from another takes the cargo on; a participle clause after a
//! voyage ("sailed to Iran, carrying …") carries the cargo to where the voyage went; a
//! participle describing the goods ("a vase bearing his face") ends their phrase; "has been a
//! supplier of" is an agent noun after auxiliaries; energetic materials are ammunition.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> Vec<(String, String, String)> {
    let text = include_str!("session5.txt");
    let p = text.split("\n\n").nth(i).expect("paragraph exists");
    common::triples(&common::extract("session5", p))
}

#[test]
fn goods_named_as_a_class() {
    common::assert_items(
        &paragraph(0),
        &[("Chinese men", "North Korea", "banned goods")],
    );
    // the list says what the luxury goods were; the class is no item of its own
    common::assert_items(
        &paragraph(1),
        &[("", "North Korea", "yacht"), ("", "North Korea", "piano")],
    );
}

#[test]
fn lists_and_hyphened_goods() {
    common::assert_items(
        &paragraph(2),
        &[
            ("Russia", "Mali", "helicopter"),
            ("Russia", "Mali", "radar"),
        ],
    );
    common::assert_items(&paragraph(3), &[("Vache Nayirian", "Iran", "o-ring")]);
}

#[test]
fn receiving_verbs_and_ships() {
    common::assert_items(&paragraph(4), &[("Vladimir Putin", "Kim Jong Un", "rifle")]);
    common::assert_items(&paragraph(5), &[("Nora", "Arctic Mulan", "lng")]);
    common::assert_items(&paragraph(6), &[("China", "Iran", "sodium perchlorate")]);
}

#[test]
fn described_goods_agent_nouns_and_explosives() {
    common::assert_items(
        &paragraph(7),
        &[("Kim Jong Un", "Alexander Lukashenko", "vase")],
    );
    common::assert_items(&paragraph(8), &[("Iran", "Russia", "drone")]);
    let e = common::extract(
        "session5",
        include_str!("session5.txt")
            .split("\n\n")
            .nth(9)
            .unwrap_or(""),
    );
    let explosive = common::item_with(&e, "nitrocellulose");
    assert_eq!(explosive.category, embargo_model::Category::Ammunition);
}

#[test]
fn numbered_teasers_are_not_joined_into_a_sentence() {
    // a long teaser line without a full stop used to swallow the entries after it as a
    // hard-wrapped sentence, and "Iran delivers new batch of Shahed drones" became a transfer
    let page = "Turkey exported machine tools to Russia in 2023, the newspaper said.\n\n\
                MOST POPULAR\n\
                1. Kazakhstan re-exports of Western cars to Russia hit record\n\
                2. Iran delivers new batch of Shahed drones, intelligence says\n\
                3. Hungary blocks EU aid tranche again\n";
    let e = common::extract("teasers", page);
    common::assert_items(
        &common::triples(&e),
        &[("Turkey", "Russia", "machine tool")],
    );
}
