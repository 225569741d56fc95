//! Amounts that value goods are no goods: "$3.2 million in night-vision goggles" is goggles
//! worth $3.2 million, and a value phrase on a passive subject ("12 tons of silver with a
//! market value over $9 million was flown") leaves the silver as the item. A sale whose
//! predicate says it was approved or agreed is a plan, and so is a conspiracy to ship. "X said
//! it had shipped": "it" is X.
mod common;

#[test]
fn values_plans_and_speakers() {
    let text = include_str!("values.txt");
    let e = common::extract("values", text);
    let got = common::triples(&e);
    let want = [
        ("Belarus", "Eritrean army", "goggles"),
        ("Zimbabwe", "Belarus", "silver"),
        ("Acme Marine", "Eritrea", "rifle"),
        // "vessels, Turkish officials told": the officials are no name of the vessels
        ("Syria-flagged barges", "Syria", "cement"),
        // an approximate sum with a rate is cash; a value inside a passive subject is no cash
        ("Qatar", "militia", "cash"),
        ("", "Eritrea", "laptop"),
    ];
    common::assert_items(&got, &want);
    let goggles = &e.transfers[0].items[0];
    assert_eq!(goggles.value_usd, Some(3_200_000.0));
    common::assert_claim(&e, "planned", "", "Eritrea");
    assert_eq!(common::item_with(&e, "cash").value_usd, Some(40_000_000.0));
    // a conspiracy to ship is a plan, not a shipment
    common::assert_claim(&e, "planned", "traffickers", "Syria");
}
