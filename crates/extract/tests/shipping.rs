//! Ports stand for their states, counted shipments are a measure, the origin of goods is the
//! weakest clue to a giver, and a belief added after a claim hedges it.
mod common;

use embargo_extract::Extractor;

#[test]
fn ports_counts_origins_and_beliefs() {
    let text = "Between March and June, the tanker Golden Star delivered 9 shipments of diesel to the port of Chongjin.\n\
The bulk carrier Ocean Dawn carried anthracite from Nampo to Dalian.\n\
A trading house arranged the sale of 80,000 barrels of Venezuelan crude to Syria.\n\
North Korea has sought to import 5,000 bottles of French and Italian wine.\n\
Moscow gave Pyongyang submarine technology, South Korean officials believe.\n\
In Vladivostok, the two leaders met.\n";
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("shipping", text.as_bytes()).unwrap();
    common::assert_items_inferred(
        &common::rows(&e),
        &[
            ("Golden Star", "North Korea", "diesel", false),
            ("North Korea", "China", "anthracite", false),
            ("Venezuela", "Syria", "crude", true),
        ],
    );
    let claims = common::claims(&e);
    assert_eq!(
        claims,
        vec![
            // two origins name no single giver
            (
                "planned".to_string(),
                String::new(),
                "North Korea".to_string()
            ),
            (
                "speculative".to_string(),
                "Russia".to_string(),
                "North Korea".to_string()
            ),
        ]
    );
    assert!(e
        .mentions
        .iter()
        .any(|m| m.kind == "place" && m.text == "Vladivostok"));
}

#[test]
fn relative_clauses_colons_compounds_and_unloading() {
    let text = "North Korea's arms exports to Russia have grown sharply.\n\
The tanks, which Belarus delivered to Russia in 2023, were seen near Kursk.\n\
A North Korean ship unloaded containers of munitions at the Russian port of Dunai.\n\
Lukashenko got a present from Xi: a porcelain tea set.\n\
Officials counted 40 fuel deliveries to Syria last year.\n";
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("more", text.as_bytes()).unwrap();
    let got: Vec<(String, String, String)> = common::rows(&e)
        .into_iter()
        .map(|r| (r.giver, r.recipient, r.item_text))
        .collect();
    let want = [
        ("North Korea", "Russia", "arms"),
        ("Belarus", "Russia", "tanks"),
        ("North Korean ship", "Russia", "containers of munitions"),
        ("Xi Jinping", "Alexander Lukashenko", "porcelain tea set"),
        ("", "Syria", "40 fuel"),
    ];
    common::assert_items(&got, &want);
}
