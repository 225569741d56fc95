//! Constructions the blind held-out reports showed we missed, each in new words: a subject
//! before a parenthetical relative clause, a description before a name ("the state nickel
//! company X"), the doer of what a body was sanctioned for, phrasal "give up", a maker's state
//! ("Russian-made") as an inferred giver, flag states of two words, needs ("has to import").
mod common;

use common::name;
use embargo_extract::Extractor;

#[test]
fn lessons_of_the_held_out_set() {
    let text = include_str!("heldout_lessons.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("lessons", text.as_bytes()).unwrap();
    common::assert_items_inferred(
        &common::rows(&e),
        &[
            ("Avia Service LLC", "Iran", "aircraft engine", false),
            ("Russia", "Iran", "jet", true),
            ("Neva Star", "North Korean-flagged ships", "diesel", false),
            ("China", "Myanmar", "fighter jet", false),
        ],
    );
    assert_eq!(e.non_factual.len(), 1, "{:#?}", e.non_factual);
    let plan = &e.non_factual[0];
    assert_eq!(plan.modality, "planned");
    assert_eq!(name(&plan.transfer.giver), "Cuba");
    assert_eq!(name(&plan.transfer.recipient), "Cubaniquel");
}
