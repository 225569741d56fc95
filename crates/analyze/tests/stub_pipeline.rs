//! The resolve/assess/report logic with injected stages (independent of extraction quality).
mod common;
use common::*;
use embargo_analyze::{render, AnalyzeOptions, Analyzer};
use embargo_model::*;

fn analyzer(opts: AnalyzeOptions) -> Analyzer {
    Analyzer::from_stages(
        Box::new(StubExtract(seed_extraction())),
        Box::new(StubScreen::default()),
        Box::new(StubAssess::default()),
        opts,
    )
    .unwrap()
}

fn seed_report() -> Report {
    analyzer(AnalyzeOptions::default())
        .analyze("examples/seed-article.txt", SEED.as_bytes())
        .unwrap()
}

fn party<'a>(r: &'a Report, name: &str) -> &'a Party {
    r.parties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no party {name}"))
}

#[test]
fn parties_are_completed_from_transfers_and_get_roles() {
    let r = seed_report();
    // Shoigu is a giver but not in the extraction's party list: the resolver adds him
    let shoigu = party(&r, "Sergei Shoigu");
    assert!(shoigu.roles.contains(&"giver".to_string()));
    assert_eq!(shoigu.screening[0].list_id, "35173");
    assert!(party(&r, "Kim Jong Un")
        .roles
        .contains(&"recipient".to_string()));
    let tass = party(&r, "TASS");
    assert!(tass.roles.contains(&"source".to_string()));
    assert!(tass.roles.contains(&"news agency".to_string()));
}

#[test]
fn hits_are_sorted_thresholded_and_widen_countries() {
    let r = seed_report();
    let putin = party(&r, "Vladimir Putin");
    let ids: Vec<&str> = putin.screening.iter().map(|h| h.list_id.as_str()).collect();
    assert_eq!(ids, vec!["RUS0251", "35096"]);
    assert_eq!(putin.countries, vec!["RU"]);
    let kim = party(&r, "Kim Jong Un");
    assert_eq!(kim.screening.len(), 1);
    assert_eq!(kim.countries, vec!["KP"]);
    assert!(party(&r, "Alexander Matzegora").screening.is_empty());
    // programme mapping gives Shoigu RU although the extraction gave him no country
    assert_eq!(party(&r, "Sergei Shoigu").countries, vec!["RU"]);
}

#[test]
fn namesakes_of_a_strong_match_are_dropped_unless_asked() {
    let r = analyzer(AnalyzeOptions {
        namesake_margin: None,
        ..Default::default()
    })
    .analyze("x", SEED.as_bytes())
    .unwrap();
    let ids: Vec<&str> = party(&r, "Vladimir Putin")
        .screening
        .iter()
        .map(|h| h.list_id.as_str())
        .collect();
    assert_eq!(ids, vec!["RUS0251", "35096", "RUS1424"]);
}

#[test]
fn a_candidate_hit_is_shown_but_links_nothing() {
    let r = seed_report();
    let p = party(&r, "Alexander Mazuga");
    assert_eq!(p.screening.len(), 1);
    assert!(p.countries.is_empty(), "{:?}", p.countries);
}

#[test]
fn a_hit_does_not_override_the_state_the_text_gives() {
    let r = seed_report();
    let p = party(&r, "Andriy Kostin");
    assert_eq!(p.screening.len(), 1);
    assert_eq!(p.countries, vec!["UA"]);
}

#[test]
fn states_and_descriptions_are_not_screened() {
    let screen = std::sync::Arc::new(StubScreen::default());
    struct Shared(std::sync::Arc<StubScreen>);
    impl embargo_analyze::ScreenStage for Shared {
        fn screen(
            &self,
            n: &str,
            s: Option<Schema>,
            t: Option<f64>,
            l: usize,
        ) -> Result<Vec<ScreeningHit>, String> {
            self.0.screen(n, s, t, l)
        }
        fn versions(&self) -> Vec<String> {
            self.0.versions()
        }
    }
    let a = Analyzer::from_stages(
        Box::new(StubExtract(seed_extraction())),
        Box::new(Shared(screen.clone())),
        Box::new(StubAssess::default()),
        AnalyzeOptions::default(),
    )
    .unwrap();
    a.analyze("x", b"x").unwrap();
    let q = screen.queries.lock().unwrap();
    assert!(!q.iter().any(|(n, _)| n == "Russia"), "{q:?}");
    assert!(!q.iter().any(|(n, _)| n == "Russian officials"), "{q:?}");
    assert!(!q.iter().any(|(n, _)| n.contains("ministry")), "{q:?}");
    assert!(
        !q.iter()
            .any(|(n, _)| n.contains("guest") || n.contains("leader")),
        "{q:?}"
    );
    assert!(q.contains(&("Kim Jong Un".to_string(), Some(Schema::Person))));
    assert!(q.contains(&("TASS".to_string(), None)));
}

#[test]
fn assessment_gets_the_direction_from_resolved_parties() {
    let r = seed_report();
    let hat = &r.transfers[1].items[0];
    assert_eq!(hat.assessments[0].verdict, Verdict::PossiblyProhibited);
    let glove = &r.transfers[0].items[0];
    assert_eq!(glove.assessments[0].verdict, Verdict::NotCovered);
    assert!(r.reference_data.iter().any(|s| s.contains("un-dprk")));
    assert!(r.reference_data.iter().any(|s| s.contains("us-ofac-sdn")));
}

#[test]
fn bad_options_are_refused() {
    let mk = |o| {
        Analyzer::from_stages(
            Box::new(StubExtract(seed_extraction())),
            Box::new(StubScreen::default()),
            Box::new(StubAssess::default()),
            o,
        )
    };
    assert!(mk(AnalyzeOptions {
        threshold: Some(1.5),
        ..Default::default()
    })
    .is_err());
    assert!(mk(AnalyzeOptions {
        max_hits: 0,
        ..Default::default()
    })
    .is_err());
}

#[test]
fn text_render_shows_evidence_citations_and_unverified() {
    let r = seed_report();
    let t = render::text(&r);
    assert!(t.contains("Vladimir Putin (\u{201c}Putin\u{201d}) \u{2192} Kim Jong Un (\u{201c}his guest\u{201d})"), "{t}");
    assert!(t.contains("gave his guest a glove from a spacesuit"), "{t}");
    assert!(
        t.contains("UNSCR 2094 (2013) OP23 [2094-OP23] UNVERIFIED"),
        "{t}"
    );
    assert!(t.contains("us-ofac-sdn 20157"), "{t}");
    assert!(t.contains("no list entry found"), "{t}");
    assert!(t.contains("according to: TASS (news agency)"), "{t}");
    assert!(t.contains("findings: 2 transfer(s); items: 0 prohibited, 1 possibly prohibited, 1 not covered, 0 with no regime applying; parties with list entries: Kim Jong Un, Vladimir Putin,"), "{t}");
}

#[test]
fn html_is_self_contained_and_escaped() {
    let r = seed_report();
    let h = render::html(&r);
    assert!(!h.contains("<script"), "script tag leaked");
    assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!h.contains("http://") && !h.contains("https://") && !h.contains(" src="));
    assert!(
        h.contains("<mark class=\"item\">glove from a spacesuit</mark>"),
        "{h}"
    );
    assert!(h.contains("<mark class=\"party\">his guest</mark>"));
    assert!(h.contains("UNVERIFIED"));
}

#[test]
fn json_keeps_the_contract_names() {
    let r = seed_report();
    let v = serde_json::to_value(&r).unwrap();
    for k in [
        "document",
        "transfers",
        "parties",
        "non_factual",
        "coreference",
        "reference_data",
    ] {
        assert!(v.get(k).is_some(), "{k}");
    }
    let t = &v["transfers"][0];
    for k in [
        "id",
        "giver",
        "giver_note",
        "recipient",
        "items",
        "date",
        "place",
        "attributed_to",
        "evidence",
    ] {
        assert!(t.get(k).is_some(), "transfer.{k}");
    }
    let a = &t["items"][0]["assessments"][0];
    for k in ["regime", "verdict", "provisions", "reason"] {
        assert!(a.get(k).is_some(), "assessment.{k}");
    }
    let h = &v["parties"][0]["screening"][0];
    for k in [
        "list",
        "list_id",
        "listed_name",
        "programs",
        "score",
        "explanation",
    ] {
        assert!(h.get(k).is_some(), "hit.{k}");
    }
    let back: Report = serde_json::from_value(v).unwrap();
    let again: Report = serde_json::from_str(&render::json(&r).unwrap()).unwrap();
    assert_eq!(again, r);
    assert_eq!(back, r);
}

#[test]
fn analyzer_is_shared_between_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Analyzer>();
    let a = std::sync::Arc::new(analyzer(AnalyzeOptions::default()));
    let hs: Vec<_> = (0..2)
        .map(|_| {
            let a = a.clone();
            std::thread::spawn(move || a.analyze("x", SEED.as_bytes()).unwrap().transfers.len())
        })
        .collect();
    for h in hs {
        assert_eq!(h.join().unwrap(), 2);
    }
}
