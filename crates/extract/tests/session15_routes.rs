//! A route is no agent (session 15): "by way of" names the way goods went, not who sent them.
mod common;

/// Each paragraph of the test text on its own, so no paragraph lends another its parties.
fn paragraph(i: usize) -> embargo_model::Extraction {
    common::paragraph("session15_routes", include_str!("session15_routes.txt"), i)
}

#[test]
fn by_way_of_names_a_route_not_a_giver() {
    common::assert_has_row(&paragraph(0), "Eritrea", "Sudan", "rifle");
    let e = paragraph(1);
    assert!(
        !e.transfers
            .iter()
            .any(|t| t.giver.as_ref().is_some_and(|g| g.name == "Oman")),
        "{:#?}",
        common::rows(&e)
    );
}
