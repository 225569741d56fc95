//! What goods were bought for is a plan, not a fact ("bought 60 pistols to hand them over to the
//! cartel"); the means of a smuggling that happened is no plan ("used boats to smuggle"). A
//! place after a transfer word ("shipping around the Gulf") is no item, while "around 300" is
//! still a count.
mod common;

#[test]
fn purpose_of_a_purchase_is_a_plan_and_places_are_no_items() {
    let text = include_str!("purpose.txt");
    let e = common::extract("purpose", text);
    let got = common::triples(&e);
    let want = [
        ("", "traffickers", "pistol"),
        ("Egypt", "rebels", "mortar"),
        ("Belarus", "rebels", "rifle"),
    ];
    common::assert_items(&got, &want);
    common::assert_claim(&e, "planned", "traffickers", "cartel");
    assert_eq!(common::item_with(&e, "rifle").quantity, Some(300.0));
}
