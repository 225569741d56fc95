//! The transfer constructions the extractor must read (active, passive, nominal, receive-side).
use embargo_extract::Extractor;

fn triples() -> Vec<(Option<String>, Option<String>, String)> {
    let text = include_str!("patterns.txt");
    let x = Extractor::builtin().unwrap();
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
    ];
    for (g, r, i) in cases {
        assert!(has(&v, *g, r, i), "missing {g:?} -> {r} : {i}\n{v:#?}");
    }
    assert_eq!(v.len(), cases.len(), "{v:#?}");
}
