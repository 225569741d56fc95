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
