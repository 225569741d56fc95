//! Constructions the fourth and fifth blind batches showed we missed (after their one
//! measurement), each in new words: coordinated parties ("to Mali and Sudan", "Belarus and
//! Iran supplied"), a possessor before describing words ("Turkey's continued sale of"), goods
//! "bound for" a party with the state they "originated in", an aim ("seeking to buy") as a
//! plan, a place "in" a state as where goods went, trade ("at shipping") that is no event,
//! "how many" that is not part of the goods, animals as goods, and suspicion as a hedge.
mod common;
use embargo_extract::Extractor;

#[test]
fn lessons_of_blind_batches_four_and_five() {
    let text = include_str!("blind45_lessons.txt");
    let x = Extractor::builtin().unwrap();
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
