//! Parties named after a description ("two Bulgarian firms, Arsenal Optics and eLight
//! Systems"), a dateline in capitals that is no party ("ANKARA — A … tanker"), a flag state
//! before a trade noun ("a Malta-flagged chemical tanker"), a passive subject with a
//! prepositional phrase ("Spare engines for the trucks were shipped"), goods opening a
//! sentence ("Mortars were trucked"), and "X and its subsidiary" (the owner is X).
mod common;
use embargo_extract::Extractor;

#[test]
fn names_after_descriptions_datelines_and_opening_goods() {
    let text = include_str!("apposition.txt");
    let x = Extractor::builtin().unwrap();
    let e = x.extract("apposition", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    let want = [
        ("Malta-flagged tanker", "Libyan ship", "fuel oil"),
        ("Arsenal Optics", "Libya", "goggles"),
        ("eLight Systems", "Libya", "goggles"),
        ("Serbia", "Libya", "engine"),
        ("Belarus", "Libya", "mortar"),
        ("Kintex Export", "Libya", "grenade"),
    ];
    common::assert_items(&got, &want);
    // the dateline is a place of filing, shown as a mention
    assert!(e
        .mentions
        .iter()
        .any(|m| m.role.as_deref() == Some("dateline") && m.text == "ANKARA"));
}
