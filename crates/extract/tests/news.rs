//! Everyday news constructions, one per line, each with the (giver, recipient, item) a reader
//! takes from it: capital-city metonyms, perfect tenses, "took delivery of", "the Houthis",
//! "Wagner mercenaries", container nouns with a relative clause, approximate quantities.
mod common;

use embargo_extract::Extractor;

#[test]
fn each_line_yields_its_transfer() {
    let text = include_str!("news.txt");
    let want: &[(&str, &str, &str)] = &[
        ("Russia", "Iran", "S-400"),
        ("North Korea", "Russia", "ammunition"),
        ("North Korea", "Russia", "artillery shell"),
        ("Russia", "Iran", "Yak-130"),
        ("Iran", "Russia", "Shahed drone"),
        ("Chinese firm", "Russian company", "drone engine"),
        ("Iran", "Houthis", "missile"),
        ("Russia", "North Korea", "refined petroleum"),
        ("Russian tanker", "North Korean vessel", "diesel"),
        ("Belarus", "Russia", "T-72"),
        ("Russia", "North Korea", "horse"),
        ("Russia", "Syria", "MiG-29"),
        ("Venezuela", "Cuba", "crude"),
        ("Russia", "Myanmar", "Su-30"),
        ("China", "Iran", "drone component"),
        ("North Korea", "Hamas", "rocket"),
        ("North Korea", "Wagner Group", "weapon"),
        ("Iran", "Russia", "ballistic missile"),
        ("United Arab Emirates", "Russia", "microchip"),
        ("Rosoboronexport", "Myanmar", "helicopter"),
    ];
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("news", text.as_bytes()).unwrap();
    assert!(e.non_factual.is_empty(), "{:#?}", e.non_factual);
    let got = common::triples(&e);
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for ((g, r, i), (wg, wr, wi)) in got.iter().zip(want) {
        assert!(
            g == wg && r == wr && i.contains(&wi.to_lowercase()),
            "got {g} -> {r} : {i}, want {wg} -> {wr} : {wi}"
        );
    }
}
