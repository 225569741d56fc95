//! Claims that are not facts — plans, talks, contracts, suspicions, denials, negations — are
//! reported apart from transfers, each with its modality and parties.
mod common;

use embargo_extract::Extractor;

#[test]
fn each_line_is_a_claim_not_a_transfer() {
    let text = include_str!("claims.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("claims", text.as_bytes()).unwrap();
    assert!(e.transfers.is_empty(), "{:#?}", e.transfers);
    let got = common::claims(&e);
    let want = [
        ("planned", "North Korea", "Russia"),
        ("denied", "North Korea", "Russia"),
        ("negated", "Iran", "Russia"),
        ("speculative", "China", "Russia"),
        ("speculative", "North Korea", "Russia"),
        ("speculative", "Russia", "Belarus"),
        ("planned", "Russia", "Iran"),
        ("speculative", "North Korea", "Russia"),
        ("planned", "Russia", "Iran"),
        ("denied", "North Korea", "Russia"),
    ];
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, (m, wg, wr)) in got.iter().zip(want) {
        assert_eq!((g.0.as_str(), g.1.as_str(), g.2.as_str()), (m, wg, wr));
    }
}
