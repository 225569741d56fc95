//! Words and forms of the trade beyond the first sets, each in new sentences: "furnished X with
//! Y" (but "equipped vehicles" moves nothing), "funnelled", "re-exported", goods that "arrived
//! in" a state, a "by" phrase that belongs to another verb ("was confirmed by a panel"), parties
//! described rather than named ("an unnamed businessman", "the militia"), and hedges
//! ("allegedly", "unclear whether") that make a claim, not a fact; goods that "left" a port
//! "for" a state (a ship that sails is a carrier, not goods), and a transfer noun that opens
//! its sentence ("Deliveries of …"); an amount of money alone as cash; "a pair of" as two;
//! a participle coordinated with a passive ("were made in Belarus and sold to Sudan", the
//! place of making an inferred giver) and a state's port ("from Iran's port of …"); a denial
//! of a claim ("rejected allegations that") and an order as a plan.
mod common;
use embargo_extract::Extractor;

#[test]
fn words_and_forms_of_the_trade() {
    let text = include_str!("vocabulary.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("vocabulary", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    let want = [
        ("Belarus", "Russian army", "armoured personnel carrier"),
        ("North Korea", "Russia", "rocket launcher"),
        ("trading firm", "Russia", "machine tool"),
        ("Iran", "Syria", "artillery rocket"),
        ("Egypt", "Sudan", "howitzer"),
        ("Iran", "Hezbollah", "anti-tank missile"),
        ("unnamed businessman", "Libya", "diesel"),
        ("Iran", "Yemen", "mortar round"),
        ("Belarus", "Russia", "truck"),
        ("Iran", "Houthis", "cash"),
        ("Alexander Lukashenko", "Kim Jong Un", "hunting rifle"),
        ("Belarus", "Sudan", "rifle"),
        ("Iran", "Yemen", "grenade"),
    ];
    common::assert_items(&got, &want);
    // the arrival's giver comes from the goods ("Iranian rockets") and is marked inferred
    let arrival = e
        .transfers
        .iter()
        .find(|t| t.recipient.as_ref().is_some_and(|r| r.name == "Syria"))
        .unwrap();
    assert!(arrival.giver.as_ref().is_some_and(|g| g.inferred));
    // money alone is cash, counted in dollars; "a pair of" is two
    let cash = e
        .transfers
        .iter()
        .flat_map(|t| &t.items)
        .find(|i| i.normalised == "cash");
    assert_eq!(cash.and_then(|i| i.value_usd), Some(25_000_000.0));
    let rifles = e
        .transfers
        .iter()
        .flat_map(|t| &t.items)
        .find(|i| i.normalised == "hunting rifle");
    assert_eq!(rifles.and_then(|i| i.quantity), Some(2.0));
    let claims = common::claims(&e);
    assert!(
        claims.contains(&(
            "speculative".into(),
            "Serbian broker".into(),
            "militia".into()
        )),
        "{claims:#?}"
    );
    assert!(
        claims.contains(&("speculative".into(), "Belarus".into(), "Myanmar".into())),
        "{claims:#?}"
    );
    // "rejected allegations that …" is a denial; an order is a plan
    assert!(
        claims.contains(&("denied".into(), "Kazakhstan".into(), "Russia".into())),
        "{claims:#?}"
    );
    assert!(
        claims
            .iter()
            .any(|c| c.0 == "planned" && c.2 == "Turkmenistan"),
        "{claims:#?}"
    );
}
