//! Constructions the sixth and seventh blind batches showed we missed (after their one
//! measurement), each in new words: one ship "taking on" cargo from another, "the cargo" for
//! the goods told just before, the subject of a reported clause ("the monitors said that
//! several countries were supplying") rather than its reporter, goods that "found their way
//! to" a state with a value after them, a rate inside an amount ("barrels per day of crude"),
//! an unlisted company opening a sentence before its verb ("Rosneft agreed"), "the Gulf state"
//! before a verb, "failed to deliver" as no delivery, a capital's name that is a surname, and a
//! resale chain ("sold a Greek shipowner the frigate; a Panamanian firm then bought it"); a
//! predicate that is no party ("is a loyal customer"), "it" for the state before however far
//! its verb's subject stands, and an umbrella ("weapons systems, among them …") that a list
//! names.
mod common;
use embargo_extract::Extractor;

#[test]
fn lessons_of_blind_batches_six_and_seven() {
    let text = include_str!("blind67_lessons.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("blind lessons 6-7", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    let want = [
        ("Blue Heron", "Orion Star", "fuel oil"),
        ("Blue Heron", "Kestrel", "diesel"),
        ("Kestrel", "Lebanon", "diesel"),
        ("", "Libya", "rifle"),
        ("Bulgaria", "Ukraine", "ammunition"),
        ("Russia", "United Arab Emirates", "gold"),
        ("Marta Lima", "Haiti", "pistol"),
        ("Dutch navy", "Greek shipowner", "frigate"),
        ("Greek shipowner", "Panamanian firm", "frigate"),
        ("Panamanian firm", "militia", "ship"),
        ("Israel", "Kazakhstan", "loitering munition"),
        ("Israel", "Kazakhstan", "radar"),
    ];
    common::assert_items(&got, &want);
    // "the cargo" is marked as standing for the diesel named before
    let cargo = e
        .transfers
        .iter()
        .flat_map(|t| &t.items)
        .find(|i| i.text == "the cargo")
        .unwrap();
    assert!(cargo.class.reason.contains("stands for"), "{cargo:?}");
    let claims = common::claims(&e);
    assert!(
        claims.contains(&("planned".into(), "Rosneft".into(), "Pakistan".into())),
        "{claims:#?}"
    );
    assert!(
        claims.contains(&("negated".into(), "".into(), "Armenia".into())),
        "{claims:#?}"
    );
    // a resale chain: each later buyer bought from the one before, marked inferred
    let chain: Vec<_> = e
        .transfers
        .iter()
        .filter(|t| {
            t.items
                .iter()
                .any(|i| i.category == embargo_model::Category::Vessel)
        })
        .map(|t| t.giver.as_ref().is_some_and(|g| g.inferred))
        .collect();
    assert_eq!(chain, vec![false, true, true]);
    // Lima is the partner's surname here, not Peru's capital
    assert!(
        !e.parties.iter().any(|p| p.name == "Peru"),
        "{:#?}",
        e.parties
    );
}
