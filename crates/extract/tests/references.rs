//! Perfect passives, receive-side passives, "the country"/"the junta" for a state named earlier,
//! and activities ("firms involved in shipping drones") that are not transfers.
use embargo_extract::Extractor;

fn triples() -> Vec<(Option<String>, Option<String>, String)> {
    let text = include_str!("references.txt");
    let x = Extractor::builtin().unwrap();
    let e = x.extract("references", text.as_bytes()).unwrap();
    let mut out = Vec::new();
    for t in &e.transfers {
        for it in &t.items {
            out.push((
                t.giver.as_ref().map(|g| g.name.clone()),
                t.recipient.as_ref().map(|r| r.name.clone()),
                it.normalised.clone(),
            ));
        }
    }
    out
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
            v.iter().any(|(gg, rr, ii)| gg.as_deref() == Some(*g)
                && rr.as_deref() == Some(*r)
                && ii.contains(i)),
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
    let x = Extractor::builtin().unwrap();
    let e = x.extract("modality", text.as_bytes()).unwrap();
    let name = |p: &Option<embargo_model::PartyRef>| p.as_ref().map(|p| p.name.clone());
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    assert_eq!(name(&e.transfers[0].giver).as_deref(), Some("Belarus"));
    let claims: Vec<(String, Option<String>, Option<String>)> = e
        .non_factual
        .iter()
        .map(|n| {
            (
                n.modality.clone(),
                name(&n.transfer.giver),
                name(&n.transfer.recipient),
            )
        })
        .collect();
    assert_eq!(
        claims,
        vec![
            (
                "speculative".to_string(),
                Some("Iran".to_string()),
                Some("Russia".to_string())
            ),
            ("planned".to_string(), None, Some("North Korea".to_string())),
        ],
        "rules ('forbid', 'may not') are neither transfers nor claims"
    );
}
