//! The transfer constructions the extractor must read (active, passive, nominal, receive-side).
use embargo_extract::Extractor;

fn triples() -> Vec<(Option<String>, Option<String>, String)> {
    let text = include_str!("patterns.txt");
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("patterns", text.as_bytes()).unwrap();
    assert!(e.non_factual.is_empty(), "{:#?}", e.non_factual);
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

fn has(
    v: &[(Option<String>, Option<String>, String)],
    g: Option<&str>,
    r: &str,
    item: &str,
) -> bool {
    v.iter()
        .any(|(gg, rr, ii)| gg.as_deref() == g && rr.as_deref() == Some(r) && ii.contains(item))
}

#[test]
fn constructions() {
    let v = triples();
    let cases: &[(Option<&str>, &str, &str)] = &[
        (Some("Vladimir Putin"), "Kim Jong Un", "limousine"),
        (Some("Xi Jinping"), "Alexander Lukashenko", "tea set"),
        (Some("Ali Khamenei"), "Vladimir Putin", "carpet"),
        (Some("Sergei Shoigu"), "Kim Jong Un", "rifle"),
        (Some("Xi Jinping"), "Nicolas Maduro", "piano"),
        (None, "Kim Yo Jong", "horse"),
        (None, "Kim Yo Jong", "watch"),
        (Some("Iran"), "Russia", "drone"),
        (Some("Russia"), "North Korea", "oil"),
        (Some("Russian officials"), "Kim Jong Un", "limousine"),
        (Some("Kim Jong Un"), "Vladimir Putin", "dog"),
        (Some("Belarus"), "Russia", "tank"),
        (Some("Russia"), "Iran", "fighter jet"),
        (Some("Iran"), "Yemen", "missile"),
        (Some("China"), "Myanmar", "helicopter"),
        (Some("North Korea"), "China", "coal"),
        (Some("Russia"), "Syria", "howitzer"),
        (Some("Singapore"), "Myanmar", "refined petroleum"),
        (Some("Iran"), "Venezuela", "radar"),
        (Some("Mercury"), "Shundlli", "diesel"),
        (Some("Vladimir Putin"), "Kim Jong Un", "rifle"),
        (Some("Kim Jong Un"), "Vladimir Putin", "rifle"),
    ];
    for (g, r, i) in cases {
        assert!(has(&v, *g, r, i), "missing {g:?} -> {r} : {i}\n{v:#?}");
    }
    assert_eq!(v.len(), cases.len(), "{v:#?}");
}

#[test]
fn attributions_and_modality() {
    let text = "Russia sold 30 tanks to Iran, Reuters reported, citing Russian media.\n\
North Korea shipped 1,000 containers of ammunition to Russia, John Kirby told reporters.\n\
Iran delivered 20 drones to Russia, North Korean state media reported.\n\
Kremlin spokesman Dmitry Peskov said Russia had given Kim Jong Un a car.\n\
The company did not deliver the drones to Iran.\n\
Russia may send missiles to Iran.\n";
    let x = Extractor::builtin()
        .unwrap()
        .with_min_confidence(0.0)
        .unwrap();
    let e = x.extract("attr", text.as_bytes()).unwrap();
    assert_eq!(e.transfers.len(), 4, "{:#?}", e.transfers);
    let a = &e.transfers[0].attributed_to[0];
    assert_eq!(a.name, "Reuters");
    assert_eq!(a.citing, vec!["Russian media".to_string()]);
    assert_eq!(e.transfers[1].attributed_to[0].name, "John Kirby");
    assert_eq!(e.transfers[1].items[0].quantity, Some(1000.0));
    assert_eq!(
        e.transfers[2].attributed_to[0].name,
        "North Korean state media"
    );
    assert_eq!(e.transfers[3].attributed_to[0].name, "Dmitry Peskov");
    assert_eq!(
        e.transfers[3].attributed_to[0].role.as_deref(),
        Some("Kremlin spokesman")
    );
    let peskov = e
        .parties
        .iter()
        .find(|p| p.name == "Dmitry Peskov")
        .unwrap();
    assert!(
        peskov.roles.contains(&"source".to_string())
            && !peskov.roles.contains(&"giver".to_string())
    );
    let mods: Vec<&str> = e.non_factual.iter().map(|n| n.modality.as_str()).collect();
    assert_eq!(mods, vec!["negated", "speculative"]);
}
