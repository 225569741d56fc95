//! The seed article end to end with the real stages and the shipped lists: the report must
//! match `examples/seed-expected.md` (transfers, verdicts with citations, parties screened).
#![cfg(feature = "builtin")]
use embargo_analyze::{render, AnalyzeOptions, Analyzer};
use embargo_model::*;
use std::sync::OnceLock;

const SEED: &str = include_str!("../../../examples/seed-article.txt");

fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(|| {
        let a = Analyzer::builtin(AnalyzeOptions::default()).expect("builtin analyzer");
        a.analyze("examples/seed-article.txt", SEED.as_bytes())
            .expect("analysis")
    })
}

fn item<'a>(r: &'a Report, word: &str) -> (&'a Transfer, &'a Item) {
    r.transfers
        .iter()
        .flat_map(|t| t.items.iter().map(move |i| (t, i)))
        .find(|(_, i)| i.text.to_lowercase().contains(word) || i.normalised.contains(word))
        .unwrap_or_else(|| panic!("no item with {word:?} in {}", render::text(r)))
}

fn dprk(i: &Item) -> &Assessment {
    i.assessments
        .iter()
        .find(|a| a.regime.contains("dprk"))
        .unwrap_or_else(|| panic!("no DPRK assessment of {:?}: {:?}", i.text, i.assessments))
}

fn citations(a: &Assessment) -> String {
    a.provisions
        .iter()
        .map(|p| format!("{} {}", p.id, p.citation))
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn six_transferred_items_all_to_kim_jong_un() {
    let r = report();
    // seed-expected.md has six rows: one Transfer per item, also for the two drone items of
    // one sentence ("5 one-way attack drones as well as a … reconnaissance")
    let items: usize = r.transfers.iter().map(|t| t.items.len()).sum();
    assert_eq!(items, 6, "{}", render::text(r));
    assert_eq!(r.transfers.len(), 6, "{}", render::text(r));
    for t in &r.transfers {
        let rec = t.recipient.as_ref().expect("recipient");
        assert_eq!(rec.name, "Kim Jong Un", "{}", t.id);
        assert!(!t.evidence.is_empty());
        for e in &t.evidence {
            assert_eq!(
                SEED.get(e.start..e.end),
                Some(e.text.as_str()),
                "evidence offsets"
            );
        }
    }
}

#[test]
fn arms_items_are_prohibited_with_1718_and_the_widening_resolutions() {
    let r = report();
    for word in ["armor", "rifle", "attack drone", "reconnaissance"] {
        let (_, i) = item(r, word);
        let a = dprk(i);
        assert_eq!(a.verdict, Verdict::Prohibited, "{word}: {}", a.reason);
        let c = citations(a);
        assert!(c.contains("1718") && c.contains("8"), "{word}: {c}");
        assert!(
            c.contains("1874") || c.contains("2270"),
            "{word}: widening resolution missing: {c}"
        );
    }
    let (_, drones) = item(r, "attack drone");
    assert_eq!(drones.quantity, Some(5.0));
    // the article says "at least two" resolutions: the drones' citations name at least two
    let c = citations(dprk(drones));
    let resolutions = [
        "1718", "1874", "2087", "2094", "2270", "2321", "2371", "2375", "2397",
    ];
    assert!(
        resolutions.iter().filter(|n| c.contains(*n)).count() >= 2,
        "{c}"
    );
}

#[test]
fn fur_hat_is_possibly_prohibited_with_a_reason() {
    let (t, i) = item(report(), "hat");
    let a = dprk(i);
    assert_eq!(a.verdict, Verdict::PossiblyProhibited);
    assert!(!a.reason.is_empty());
    assert_eq!(
        t.giver.as_ref().map(|g| g.name.contains("Shoigu")),
        Some(true)
    );
}

#[test]
fn glove_is_not_covered() {
    let (t, i) = item(report(), "glove");
    assert_eq!(dprk(i).verdict, Verdict::NotCovered);
    assert_eq!(
        t.giver.as_ref().map(|g| g.name.contains("Putin")),
        Some(true)
    );
}

fn party_with<'a>(r: &'a Report, word: &str) -> &'a Party {
    r.parties
        .iter()
        .find(|p| p.name.contains(word) || p.mentions.iter().any(|m| m.contains(word)))
        .unwrap_or_else(|| {
            panic!(
                "no party {word:?}; parties: {:?}",
                r.parties.iter().map(|p| &p.name).collect::<Vec<_>>()
            )
        })
}

fn has(p: &Party, list: ListKind, id: &str) -> bool {
    p.screening
        .iter()
        .any(|h| h.list == list && h.list_id == id)
}

#[test]
fn parties_are_screened_as_expected() {
    let r = report();
    let cases: [(&str, &[(ListKind, &str)]); 5] = [
        ("Kim Jong Un", &[(ListKind::UsOfacSdn, "20157")]),
        (
            "Putin",
            &[
                (ListKind::UsOfacSdn, "35096"),
                (ListKind::GbFcdo, "RUS0251"),
            ],
        ),
        (
            "Shoigu",
            &[
                (ListKind::UsOfacSdn, "35173"),
                (ListKind::GbFcdo, "RUS0689"),
            ],
        ),
        ("Kozemiako", &[(ListKind::UsOfacSdn, "41064")]),
        (
            "Peskov",
            &[
                (ListKind::UsOfacSdn, "35320"),
                (ListKind::GbFcdo, "RUS0753"),
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (word, want) in cases {
        let p = party_with(r, word);
        for (list, id) in want {
            if !has(p, *list, id) {
                failures.push(format!(
                    "{word}: missing {list} {id}; got {:?}",
                    p.screening
                        .iter()
                        .map(|h| (h.list, &h.list_id, h.score))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(party_with(r, "Kim Jong Un")
        .countries
        .contains(&"KP".to_string()));
}

#[test]
fn the_ambassador_is_a_party_without_hits() {
    let p = party_with(report(), "Matzegora");
    assert!(p.screening.is_empty(), "false hits: {:?}", p.screening);
}

#[test]
fn no_other_party_has_hits() {
    let listed = ["Kim Jong Un", "Putin", "Shoigu", "Kozemiako", "Peskov"];
    for p in &report().parties {
        let known = listed
            .iter()
            .any(|w| p.name.contains(w) || p.mentions.iter().any(|m| m.contains(w)));
        if !known {
            assert!(
                p.screening.is_empty(),
                "{} has hits {:?}",
                p.name,
                p.screening
            );
        }
    }
}

#[test]
fn renderings_of_the_seed() {
    let r = report();
    let t = render::text(r);
    assert!(t.contains("TRANSFERS ("), "{t}");
    assert!(t.contains("us-ofac-sdn 20157"));
    let h = render::html(r);
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert!(h.contains("<mark"));
}

#[test]
fn html_of_a_hostile_article_has_no_live_markup() {
    let a = Analyzer::builtin(AnalyzeOptions::default()).expect("builtin analyzer");
    let hostile = SEED.replace(
        "a glove from a spacesuit",
        "a glove <script>alert('x')</script> from a spacesuit <img src=x onerror=alert(1)>",
    );
    let r = a
        .analyze("hostile.txt", hostile.as_bytes())
        .expect("analysis");
    let h = render::html(&r);
    assert!(!h.to_lowercase().contains("<script"), "script tag leaked");
    assert!(!h.to_lowercase().contains("<img"), "img tag leaked");
    let t = render::text(&r);
    assert!(!t.is_empty());
}
