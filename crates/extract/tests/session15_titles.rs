//! A body's name running into a person's name (session 15): "Chairman of the Presidium Boris
//! Ivanov" is Boris Ivanov, the body part of his title; a body's own name ("the Tianjin
//! Municipal Committee of the Communist Party of China") stays whole.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session15_titles", include_str!("session15_titles.txt"), i)
}

#[test]
fn a_person_named_after_a_body_in_a_title_is_the_party() {
    common::assert_has_row(&paragraph(0), "Boris Ivanov", "Kim Jong Il", "vase");
    common::assert_has_row(
        &paragraph(1),
        "Sergei Naryshkin",
        "Alexander Lukashenko",
        "sword",
    );
}

#[test]
fn a_body_named_in_full_stays_whole() {
    let e = paragraph(2);
    assert!(
        common::rows(&e)
            .iter()
            .any(|r| r.giver.starts_with("Tianjin Municipal Committee")),
        "{:#?}",
        common::rows(&e)
    );
}
