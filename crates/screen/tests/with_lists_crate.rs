//! The screener on the lists as the product reads them (`embargo_lists::ListSet::builtin()`).
use embargo_lists::ListSet;
use embargo_model::ListKind;
use embargo_screen::{ScreenOptions, Screener};

#[test]
fn seed_parties_on_builtin_lists() {
    let set = ListSet::builtin().unwrap();
    let s = Screener::build(set.entries());
    let o = ScreenOptions::default();
    let hit = |q: &str, list: ListKind, id: &str| {
        s.screen(q, &o)
            .unwrap()
            .hits
            .iter()
            .any(|h| h.list == list && h.list_id == id)
    };
    assert!(hit("Oleg Kozemiako", ListKind::UsOfacSdn, "41064"));
    assert!(hit("Sergei Shoigu", ListKind::UsOfacSdn, "35173"));
    assert!(hit("Sergei Shoigu", ListKind::GbFcdo, "RUS0689"));
    assert!(hit("Dmitry Peskov", ListKind::UsOfacSdn, "35320"));
    assert!(hit("Dmitry Peskov", ListKind::GbFcdo, "RUS0753"));
    assert!(hit("Vladimir Putin", ListKind::UsOfacSdn, "35096"));
    assert!(hit("Vladimir Putin", ListKind::GbFcdo, "RUS0251"));
    assert!(hit("Kim Jong Un", ListKind::UsOfacSdn, "20157"));
    assert!(hit("Kim Jong-un", ListKind::UsOfacSdn, "20157"));
    for q in ["Alexander Matzegora", "Alexander Matsegora"] {
        assert!(s.screen(q, &o).unwrap().hits.is_empty(), "{q}");
    }
}
