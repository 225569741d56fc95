//! What someone expects, wants or urges another party to do is a plan ("expect Belarus to
//! send"); the subject of an aspect verb before a transfer noun gives ("Armenia resumed
//! shipments of potash", "Serbia could begin deliveries of mortars" — a possibility).
mod common;
use embargo_extract::Extractor;

#[test]
fn expectations_and_aspect_verbs() {
    let text = include_str!("expectations.txt");
    let x = Extractor::builtin().unwrap();
    let e = x.extract("expectations", text.as_bytes()).unwrap();
    let got = common::triples(&e);
    common::assert_items(&got, &[("Armenia", "Georgia", "potash")]);
    let claims = common::claims(&e);
    assert!(
        claims.contains(&("planned".into(), "Belarus".into(), "Russia".into())),
        "{claims:?}"
    );
    assert!(
        claims.contains(&("speculative".into(), "Serbia".into(), "Cyprus".into())),
        "{claims:?}"
    );
}
