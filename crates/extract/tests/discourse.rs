//! A passage whose transfers need the sentences around them: "the vessel" for the ship named
//! before, "It" for the company that opened the sentence before, cargo carried by a ship, a
//! train or a truck to a stated destination, and claims that are not facts.
mod common;

use common::name;
use embargo_extract::Extractor;

#[test]
fn transfers_that_need_their_context() {
    let text = include_str!("discourse.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("discourse", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    let want: &[(&str, &str, &str)] = &[
        ("Sea Breeze", "Cubametales", "crude oil"),
        ("Islamic Revolutionary Guard Corps", "Russia", "fath-360"),
        ("Kim Jong Un", "Vladimir Putin", "pungsan"),
        ("Vladimir Putin", "Kim Jong Un", "aurus"),
        ("Vladimir Putin", "Kim Jong Un", "car"),
        ("Shenzhen Ltd", "Russian manufacturer", "drone motor"),
        ("Shenzhen Ltd", "Russian manufacturer", "navigation module"),
        ("Chinese state-owned firm", "Russia", "machine tool"),
        ("North Korea", "Russia", "rocket"),
        ("North Korea", "Russia", "shell"),
        ("Iran", "Russian navy", "artillery ammunition"),
        ("Russia", "North Korea", "horse"),
        ("Russia", "North Korea", "horse"),
    ];
    for (g, r, i) in want {
        assert!(
            got.iter()
                .any(|(gg, rr, ii)| gg == g && rr == r && ii.to_lowercase().contains(i)),
            "missing {g} -> {r} : {i}\n{got:#?}"
        );
    }
    assert_eq!(got.len(), want.len(), "{got:#?}");
    // the satellite-image sentence names a ship "loading coal" and where it sailed: no transfer
    assert!(!got.iter().any(|(_, _, i)| i.contains("coal")), "{got:#?}");
    let claims = common::claims(&e);
    for (m, g, r) in [
        ("denied", "Russia", "North Korea"),
        ("planned", "Russia", "North Korea"),
        ("speculative", "Iran", "Russia"),
        ("speculative", "Belarus", "Russia"),
    ] {
        assert!(
            claims
                .iter()
                .any(|(mm, gg, rr)| *mm == m && gg == g && rr == r),
            "missing {m} {g} -> {r}: {claims:#?}"
        );
    }
    let sea = e
        .coreference
        .iter()
        .find(|c| c.mention == "The vessel")
        .expect("the vessel is linked");
    assert_eq!(sea.party, "Sea Breeze");
}

#[test]
fn a_transfer_told_twice_is_one_transfer_with_two_sentences() {
    let text = "North Korea has shipped 1 million artillery shells to Russia, lawmakers said.\n\
The shells were sent by train.\n";
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("twice", text.as_bytes()).unwrap();
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    let ev: Vec<&str> = e.transfers[0]
        .evidence
        .iter()
        .map(|x| x.text.as_str())
        .collect();
    assert_eq!(
        ev,
        vec![
            text.lines().next().unwrap(),
            "The shells were sent by train."
        ]
    );
}

#[test]
fn an_apposition_names_the_goods_and_an_office_can_give() {
    let text = "Xi's present, a porcelain vase, was handed to Lukashenko by the Chinese foreign minister.\n";
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("apposition", text.as_bytes()).unwrap();
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    let t = &e.transfers[0];
    assert_eq!(name(&t.giver), "Chinese foreign minister");
    assert_eq!(name(&t.recipient), "Alexander Lukashenko");
    assert_eq!(t.items[0].normalised, "porcelain vase");
}
