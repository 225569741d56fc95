//! Perfect passives, receive-side passives, "the country"/"the junta" for a state named earlier,
//! and activities ("firms involved in shipping drones") that are not transfers.
mod common;

use common::name;
use embargo_extract::Extractor;

fn triples() -> Vec<(String, String, String)> {
    let text = include_str!("references.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("references", text.as_bytes()).unwrap();
    common::triples(&e)
}

#[test]
fn passives_descriptions_and_activities() {
    let v = triples();
    let want: &[(&str, &str, &str)] = &[
        ("Iran", "Venezuela", "speedboat"),
        ("Russia", "Syria", "flour"),
        ("China", "Myanmar", "truck"),
        ("Russia", "Myanmar", "fighter jet"),
    ];
    for (g, r, i) in want {
        assert!(
            v.iter()
                .any(|(gg, rr, ii)| gg == g && rr == r && ii.contains(i)),
            "missing {g} -> {r} : {i}\n{v:#?}"
        );
    }
    assert!(
        !v.iter().any(|(_, _, i)| i.contains("engine")),
        "an activity of sanctioned firms is not a transfer: {v:#?}"
    );
    assert_eq!(v.len(), want.len(), "{v:#?}");
}

#[test]
fn allegations_rules_and_seizures() {
    let text = "Washington has accused Tehran of supplying Moscow with artillery rockets.\n\
UN resolutions forbid exports of luxury yachts to North Korea.\n\
Under the resolution, Iran may not export missiles of any kind.\n\
In breach of the UN ban, Belarus delivered 12 tanks to Russia.\n\
Dutch customs seized a consignment of whisky bound for North Korea.\n";
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("modality", text.as_bytes()).unwrap();
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    assert_eq!(name(&e.transfers[0].giver), "Belarus");
    let claims = common::claims(&e);
    let claims: Vec<(&str, &str, &str)> = claims
        .iter()
        .map(|(m, g, r)| (m.as_str(), g.as_str(), r.as_str()))
        .collect();
    assert_eq!(
        claims,
        vec![
            ("speculative", "Iran", "Russia"),
            // no giver
            ("planned", "", "North Korea"),
        ],
        "rules ('forbid', 'may not') are neither transfers nor claims"
    );
}
