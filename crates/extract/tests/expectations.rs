//! What someone expects, wants or urges another party to do is a plan ("expect Belarus to
//! send"); the subject of an aspect verb before a transfer noun gives ("Armenia resumed
//! shipments of potash", "Serbia could begin deliveries of mortars" — a possibility); an
//! official of a state reporting deliveries whose giver the sentence does not name speaks of his
//! state's deliveries (inferred, with the reason). A charge or indictment alleges; a conviction
//! states. "X is the main supplier of Y to Z": X gives Y to Z.
mod common;

#[test]
fn expectations_and_aspect_verbs() {
    let text = include_str!("expectations.txt");
    let e = common::extract("expectations", text);
    let got = common::triples(&e);
    common::assert_items(
        &got,
        &[
            ("Armenia", "Georgia", "potash"),
            // an official of a state speaking of deliveries with no giver named: his state
            ("Serbia", "Cyprus", "howitzer"),
            // a news agency is no official: the giver stays unnamed
            ("", "Malta", "tank"),
            // a conviction states what happened
            ("Acme Optics", "Belarus", "scope"),
            // a one-word name before a past-tense verb is the subject
            ("Vostok", "Belarus", "lathe"),
            // an agent noun with its goods and recipient; a possessor is no giver
            ("Armenia", "Georgia", "brandy"),
            // ("Georgia's largest brandy supplier": the possessor is the client, session 10)
            ("Armenia", "Georgia", "brandy"),
        ],
    );
    let rows = common::rows(&e);
    assert!(rows[1].giver_inferred, "{rows:?}");
    common::assert_claim(&e, "planned", "Belarus", "Russia");
    common::assert_claim(&e, "speculative", "Serbia", "Cyprus");
    // a charge alleges
    common::assert_claim(&e, "speculative", "Latvian nationals", "Belarus");
}
