//! Goods outside the item taxonomy: a transfer of things the taxonomy has no word for
//! ("insulators", "harvesters") is still a transfer, because the head noun names a physical
//! thing in the goods-noun list (data/gazetteer/goods_nouns.txt, from WordNet); figures of speech
//! ("a clear message", "moral support", "a platform") are not. Also: a list opening a passive
//! clause runs back over its commas ("A, B and C were shipped"), "such as" continues a list, and
//! a count opens a party described by nationality ("three Greek nationals"); a city from the
//! GeoNames list (data/gazetteer/cities.tsv) stands for its state ("to Marib" is to Yemen).
mod common;

#[test]
fn goods_without_a_taxonomy_term_are_transferred() {
    let text = include_str!("open_goods.txt");
    let e = common::extract("open goods", text);
    let got = common::triples(&e);
    let want = [
        ("Belarus", "Iran", "ceramic insulator"),
        ("Belarus", "Iran", "pressure gauge"),
        ("Belarus", "Iran", "centrifuge"),
        ("Belarus", "Eritrea", "tractor"),
        ("Belarus", "Eritrea", "harvester"),
        ("Greek nationals", "Syria", "cognac"),
        ("Moldova", "Armenia", "electronics"),
        ("Moldova", "Armenia", "transistor"),
        ("Moldova", "Armenia", "oscilloscope"),
        ("Moldova", "Armenia", "soldering iron"),
        // a city that is no port or capital in the state gazetteer stands for its state
        ("Belarus", "Yemen", "mortar round"),
    ];
    common::assert_items(&got, &want);
    // the reason names where the class came from
    let insulators = common::item_with(&e, "insulators");
    assert!(
        insulators.class.reason.contains("WordNet"),
        "{}",
        insulators.class.reason
    );
}
