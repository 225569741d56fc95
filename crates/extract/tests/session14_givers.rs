//! Constructions met in session 14 that name the giver away from the verb's subject: goods a
//! relative clause of carrying hangs on, the one who "had" goods sent, and a counted pronoun
//! standing for the goods named in the sentence before; a demonym before a noun of transfer
//! or payment with its recipient after "to"; a ship that called at a port to unload goods.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session14_givers", include_str!("session14_givers.txt"), i)
}

/// Asserts that paragraph `i` has a row (giver, recipient, an item containing `item`), showing
/// every row when it has not.
fn assert_row(i: usize, giver: &str, recipient: &str, item: &str) {
    let e = paragraph(i);
    common::assert_has_row(&e, giver, recipient, item);
}

/// Asserts that paragraph `i` has a row (giver, recipient, `item`) with the count `quantity`.
fn assert_counted_row(i: usize, giver: &str, recipient: &str, item: &str, quantity: f64) {
    let e = paragraph(i);
    common::assert_has_row(&e, giver, recipient, item);
    let q = e
        .transfers
        .iter()
        .flat_map(|t| &t.items)
        .find(|it| it.normalised.contains(item))
        .and_then(|it| it.quantity);
    assert_eq!(q, Some(quantity), "{:#?}", common::rows(&e));
}

#[test]
fn goods_an_object_relative_clause_of_ferrying_hangs_on() {
    assert_row(0, "Azerbaijan", "Georgia", "diesel");
}

#[test]
fn goods_a_which_clause_of_transporting_hangs_on_after_a_comma() {
    assert_row(1, "Serbia", "Armenia", "rifle");
}

#[test]
fn goods_a_relative_clause_of_hauling_hangs_on_inside_a_report() {
    assert_row(2, "Iran", "Lebanon", "ammonium nitrate");
}

#[test]
fn who_had_goods_delivered_delivered_them() {
    assert_row(3, "Alexander Lukashenko", "Zimbabwe", "tractor");
}

#[test]
fn who_had_goods_sent_sent_them() {
    assert_row(4, "Recep Tayyip Erdogan", "Libya", "armoured vehicle");
}

#[test]
fn who_had_the_goods_shipped_shipped_them() {
    assert_row(5, "Vladimir Putin", "Mali", "helicopter");
}

#[test]
fn a_counted_pronoun_stands_for_the_goods_of_the_sentence_before() {
    assert_counted_row(6, "Belarus", "Russia", "tank", 20.0);
}

#[test]
fn a_counted_pronoun_obtained_keeps_its_count() {
    assert_counted_row(7, "", "Mali", "drone", 6.0);
}

#[test]
fn a_counted_figure_of_them_is_the_count_shipped() {
    assert_counted_row(8, "Iran", "Venezuela", "drone", 12.0);
}

#[test]
fn a_demonym_before_a_transfer_noun_of_military_goods_gives_them() {
    assert_row(9, "China", "Myanmar", "drone");
}

#[test]
fn a_demonym_before_supplies_of_military_goods_gives_them() {
    assert_row(10, "Belarus", "Russia", "vehicle");
}

#[test]
fn a_demonym_before_payments_pays_them_as_a_fact() {
    let e = paragraph(11);
    common::assert_has_row(&e, "Qatar", "Hamas", "payment");
    assert!(e.non_factual.is_empty(), "{:#?}", e.non_factual);
}

#[test]
fn a_demonym_before_payments_to_a_group_pays_it() {
    assert_row(12, "Russia", "Wagner Group", "payment");
}

#[test]
fn an_infinitive_of_offloading_after_a_port_call_delivers_to_the_port_state() {
    assert_row(13, "Russia", "Syria", "wheat");
}

#[test]
fn an_infinitive_of_unloading_after_berthing_delivers_to_the_port_state() {
    assert_row(14, "Russia", "North Korea", "coal");
}

#[test]
fn a_demonym_before_goods_before_a_transfer_noun_gives_them() {
    assert_row(15, "Iran", "Russia", "drone");
}

#[test]
fn a_demonym_before_goods_before_sales_sells_them() {
    assert_row(16, "Turkey", "Israel", "steel");
}
