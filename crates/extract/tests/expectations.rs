//! What someone expects, wants or urges another party to do is a plan ("expect Belarus to
//! send"); the subject of an aspect verb before a transfer noun gives ("Armenia resumed
//! shipments of potash", "Serbia could begin deliveries of mortars" — a possibility).
mod common;

#[test]
fn expectations_and_aspect_verbs() {
    let text = include_str!("expectations.txt");
    let e = common::extract("expectations", text);
    let got = common::triples(&e);
    common::assert_items(&got, &[("Armenia", "Georgia", "potash")]);
    common::assert_claim(&e, "planned", "Belarus", "Russia");
    common::assert_claim(&e, "speculative", "Serbia", "Cyprus");
}
