//! Parties named after a description ("two Bulgarian firms, Arsenal Optics and eLight
//! Systems"), a dateline in capitals that is no party ("ANKARA — A … tanker"), a flag state
//! before a trade noun ("a Malta-flagged chemical tanker"), a passive subject with a
//! prepositional phrase ("Spare engines for the trucks were shipped"), goods opening a
//! sentence ("Mortars were trucked"), "X and its subsidiary" (the owner is X), the end user
//! of goods "for use in Iranian drones" as their recipient, lists through "Co." and a serial
//! comma, and "and other equipment" as a category rather than goods.
mod common;

#[test]
fn names_after_descriptions_datelines_and_opening_goods() {
    let text = include_str!("apposition.txt");
    let e = common::extract("apposition", text);
    let got = common::triples(&e);
    let want = [
        ("Malta-flagged tanker", "Libyan ship", "fuel oil"),
        ("Arsenal Optics", "Libya", "goggles"),
        ("eLight Systems", "Libya", "goggles"),
        ("Serbia", "Libya", "engine"),
        ("Belarus", "Libya", "mortar"),
        ("Kintex Export", "Libya", "grenade"),
        // the end user receives the goods; "Co." and the serial comma keep the list going
        ("Alpha Co", "Iran", "fuel pump"),
        ("Beta Pumps Ltd", "Iran", "fuel pump"),
        ("Gamma Trading", "Iran", "fuel pump"),
        // "and other equipment" names the category of the list, no goods of its own
        ("Belarus", "Libya", "rifle"),
        ("Belarus", "Libya", "mortar"),
    ];
    common::assert_items(&got, &want);
    // the dateline is a place of filing, shown as a mention
    assert!(e
        .mentions
        .iter()
        .any(|m| m.role.as_deref() == Some("dateline") && m.text == "ANKARA"));
}
