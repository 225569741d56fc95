//! Constructions the final blind set showed we missed (after its one measurement), each in new
//! words: a state name in lower case, a state inside a sea's name, "its planes" for their owner,
//! goods that "went from X onto Y", goods after a fronted source, and a reduced relative whose
//! user is the subject of the verb before "with".
mod common;
use embargo_extract::Extractor;

#[test]
fn lessons_of_the_blind_set() {
    let text = include_str!("blind_lessons.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("blind lessons", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    let want = [
        ("Mahan Air", "Venezuela", "turbine"),
        ("Mahan Air", "Venezuela", "spare part"),
        ("Belarus", "Russia", "artillery shell"),
        ("North Korean ships", "Chinese barges", "coal"),
        ("Turkey", "", "armed drone"),
        ("Iran", "Russia", "drone"),
    ];
    common::assert_items(&got, &want);
    // "the East China Sea" is a place, not China
    assert!(
        !e.parties.iter().any(|p| p.name == "East"),
        "{:#?}",
        e.parties
    );
}
