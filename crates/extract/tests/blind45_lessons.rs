//! Constructions the fourth and fifth blind batches showed we missed (after their one
//! measurement), each in new words: coordinated parties ("to Mali and Sudan", "Belarus and
//! Iran supplied"), a possessor before describing words ("Turkey's continued sale of"), goods
//! "bound for" a party with the state they "originated in", an aim ("seeking to buy") as a
//! plan, a place "in" a state as where goods went, trade ("at shipping") that is no event,
//! "how many" that is not part of the goods, animals as goods, and suspicion as a hedge; an
//! unknown company named before its verb ("Zenith Trading Ltd supplied …" is no product name),
//! the doer of "by shipping"/"by carrying", "close to $2mn worth of", a transfer noun whose
//! predicate says it did not happen ("was cancelled"), and a delivery told again.
mod common;
use embargo_extract::Extractor;

#[test]
fn lessons_of_blind_batches_four_and_five() {
    let text = include_str!("blind45_lessons.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("blind lessons 4-5", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    let want = [
        ("Russia", "Mali", "assault rifle"),
        ("Russia", "Sudan", "assault rifle"),
        ("Iran", "Russian army", "artillery ammunition"),
        ("Belarus", "Russian army", "artillery ammunition"),
        ("Turkey", "Ethiopia", "armed drone"),
        ("Iran", "Hezbollah", "rocket"),
        ("", "Turkey", "gold"),
        ("", "Armenia", "howitzer"),
        ("Russia", "Pyongyang Central Zoo", "bird"),
        ("Zenith Trading Ltd", "Eritrea", "sniper rifle"),
        ("Zenith Trading Ltd", "Iran", "drone engine"),
        ("Italy", "Algeria", "frigate"),
    ];
    common::assert_items(&got, &want);
    let claims = common::claims(&e);
    assert!(
        claims.contains(&("planned".into(), "China".into(), "Iran".into())),
        "{claims:#?}"
    );
    assert!(
        claims
            .iter()
            .any(|c| c.0 == "speculative" && c.2 == "Cyprus"),
        "{claims:#?}"
    );
}
