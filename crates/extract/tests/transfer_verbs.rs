//! Verbs of handing over, paying and trafficking beyond the first lexicon ("disbursed",
//! "trafficked", "outfitted … with"), found by checking the lexicon against WordNet's hyponyms of
//! give, transfer, send, sell and supply; a polysemous verb left out ("returned to service")
//! makes no transfer.
mod common;

#[test]
fn more_verbs_of_transfer() {
    let text = include_str!("transfer_verbs.txt");
    let e = common::extract("verbs", text);
    let got = common::triples(&e);
    let want = [
        ("Kuwait", "militia", "cash"),
        ("cartel", "Honduras", "grenade"),
        ("Armenia", "militia", "jeep"),
        // officers, envoys, crews … of a state are a party like its officials
        ("Sudanese officers", "militia", "grenade"),
        // "also" before a verb keeps it a verb
        ("Moldova", "Armenia", "transformer"),
        // "onto" a vessel names the recipient
        ("Sea Lion", "Kumsong 3", "diesel"),
    ];
    common::assert_items(&got, &want);
}
