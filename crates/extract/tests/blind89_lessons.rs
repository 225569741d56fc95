//! A construction the eighth and ninth blind batches showed we missed (after their one
//! measurement), in new words: the contents of a lot told before, listed in a later sentence
//! ("the haul included 40 mortars …"), join that transfer with the later sentence as evidence;
//! a sentence whose subject is no such lot ("the deal included the sale of …") adds nothing.
//! Also: "signed a memorandum with X to supply" is a plan; "an embargo on arms sales" reports
//! no transfer (unless the embargo was broken), while "depended heavily on supplies of rifles
//! from Russia" states an ongoing supply (session 10: as the ninth batch's own gold counts
//! "Syria depended heavily on supplies of wheat … from Russia and Iran"); the
//! antecedent of "which supplies" inside a prepositional phrase ("sanctions against Armenia,
//! which supplies Iran") is the giver; goods seized that "had been provided by X and was
//! destined for Y" (the relative clause states a delivery, the seizure does not unmake it); a
//! comma after an opening phrase ("protests from Poland and the U.S., Belarus has started …")
//! joins no list of givers.
mod common;
use embargo_extract::Extractor;

#[test]
fn contents_listed_after_the_transfer_join_it() {
    let text = include_str!("blind89_lessons.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("blind lessons 8-9", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    let want = [
        ("Belarus", "rebels", "weapon"),
        ("Belarus", "rebels", "mortar"),
        ("Belarus", "rebels", "anti-aircraft gun"),
        ("Russia", "Armenia", "rifle"),
        ("Belarus", "Chad", "grenade"),
        ("Armenia", "Iran", "drone engine"),
        ("Belarus", "Houthis", "grenade"),
        ("Belarus", "Serbia", "howitzer"),
    ];
    common::assert_items(&got, &want);
    let mortars = e
        .transfers
        .iter()
        .find(|t| t.items.iter().any(|i| i.normalised.contains("mortar")))
        .unwrap();
    assert_eq!(mortars.evidence.len(), 2);
    assert_eq!(mortars.items.iter().find_map(|i| i.quantity), Some(40.0));
    // a deal "to supply" is a plan; an embargo reports no transfer
    let claims = common::claims(&e);
    assert!(
        claims.iter().any(|c| c.0 == "planned" && c.2 == "Cambodia"),
        "{claims:#?}"
    );
}
