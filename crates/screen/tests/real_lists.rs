//! Screening against the real lists shipped in data/lists (read by a private test loader).
mod common;

use common::lists::all_entries;
use embargo_model::{ListKind, Schema};
use embargo_screen::{ScreenOptions, Screener};
use std::sync::OnceLock;

fn screener() -> &'static Screener {
    static S: OnceLock<Screener> = OnceLock::new();
    S.get_or_init(|| {
        let entries = all_entries();
        Screener::build(entries.iter())
    })
}

fn ids(q: &str) -> Vec<(ListKind, String, f64)> {
    let r = screener().screen(q, &ScreenOptions::default()).unwrap();
    r.hits
        .iter()
        .map(|h| (h.list, h.list_id.clone(), h.score))
        .collect()
}

fn has(hits: &[(ListKind, String, f64)], list: ListKind, id: &str) -> bool {
    hits.iter().any(|(l, i, _)| *l == list && i == id)
}

#[test]
fn seed_article_parties() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("Oleg Kozemiako", "41064", None),
        ("Sergei Shoigu", "35173", Some("RUS0689")),
        ("Dmitry Peskov", "35320", Some("RUS0753")),
        ("Vladimir Putin", "35096", Some("RUS0251")),
        ("Kim Jong Un", "20157", None),
        ("Kim Jong-un", "20157", None),
    ];
    for (q, ofac, uk) in cases {
        let h = ids(q);
        assert!(
            has(&h, ListKind::UsOfacSdn, ofac),
            "{q}: OFAC {ofac} missing in {h:?}"
        );
        if let Some(uk) = uk {
            assert!(
                has(&h, ListKind::GbFcdo, uk),
                "{q}: UK {uk} missing in {h:?}"
            );
        }
    }
    for q in ["Alexander Matzegora", "Alexander Matsegora"] {
        let h = ids(q);
        assert!(h.is_empty(), "{q} must hit nothing: {h:?}");
    }
}

#[test]
fn titles_and_scripts_and_styles() {
    for q in [
        "Defense Minister Sergei Shoigu",
        "Kremlin spokesman Dmitry Peskov",
        "President Vladimir Putin",
        "Wladimir Putin",
        "Vladimir Poutine",
        "Владимир Путин",
        "Путин Владимир Владимирович",
        "Sergej Schoigu",
        "Serguei Choïgou",
        "Oleh Kozhemiako",
        "Kozhemyako Oleg",
        "김정은",
        "Kim Jeong-eun",
        "Kim Chŏng-ŭn",
        "Kim Jongun",
        "KIM JONG UN",
    ] {
        let h = ids(q);
        assert!(!h.is_empty(), "{q}: no hit");
        // RUS1770 is the UK's second "PESKOV Dmitry" designation.
        let expected = [
            "41064", "35173", "35320", "35096", "20157", "RUS0689", "RUS0753", "RUS0251", "RUS1770",
        ];
        assert!(
            expected.contains(&h[0].1.as_str()),
            "{q}: top hit {:?}",
            h[0]
        );
    }
}

#[test]
fn near_misses_are_quiet() {
    // Unlisted people: a listed surname (or one a letter away) with another given name.
    for (q, listed_id) in [
        ("Ivan Kozhemyako", "41064"),
        ("Pavel Kozhemyakin", "41064"),
        ("Anatoly Shoigu", "35173"),
        ("Igor Peskow", "35320"),
        ("Boris Putim", "35096"),
        ("Anna Putina Smirnova", "35096"),
    ] {
        let r = screener().screen(q, &ScreenOptions::default()).unwrap();
        assert!(
            r.hits.iter().all(|h| h.list_id != listed_id),
            "{q}: {:?}",
            r.hits
        );
    }
}

#[test]
fn explanation_is_readable() {
    let r = screener()
        .screen("Oleg Kozemiako", &ScreenOptions::default())
        .unwrap();
    let h = r.hits.iter().find(|h| h.list_id == "41064").unwrap();
    assert!(
        h.explanation.contains("(transliteration)"),
        "{}",
        h.explanation
    );
    assert!(
        h.explanation.contains("\"oleg\" = \"Oleg\" (exact)"),
        "{}",
        h.explanation
    );
    assert!(!h.token_matches.is_empty());
}

#[test]
fn options_filter() {
    let s = screener();
    let o = ScreenOptions {
        lists: vec![ListKind::GbFcdo],
        ..Default::default()
    };
    let r = s.screen("Vladimir Putin", &o).unwrap();
    assert!(r.hits.iter().all(|h| h.list == ListKind::GbFcdo));
    let o = ScreenOptions {
        schema: Some(Schema::Vessel),
        ..Default::default()
    };
    let r = s.screen("Vladimir Putin", &o).unwrap();
    assert!(r.hits.iter().all(|h| h.schema == Schema::Vessel));
    let o = ScreenOptions {
        limit: 1,
        ..Default::default()
    };
    assert!(s.screen("Putin", &o).unwrap().hits.len() <= 1);
}

#[test]
fn one_hit_per_entry() {
    let r = screener()
        .screen("Dmitry Peskov", &ScreenOptions::default())
        .unwrap();
    let mut seen = std::collections::HashSet::new();
    for h in &r.hits {
        assert!(seen.insert((h.list, h.list_id.clone())), "duplicate {h:?}");
    }
}

#[test]
fn vessels_by_name_and_imo() {
    let r = screener()
        .screen("IMO 7406784", &ScreenOptions::default())
        .unwrap();
    assert!(r.hits.iter().any(|h| h.list_id == "4243"), "{:?}", r.hits);
    let o = ScreenOptions {
        schema: Some(Schema::Vessel),
        ..Default::default()
    };
    let r = screener().screen("M/V EBANO", &o).unwrap();
    assert!(r.hits.iter().any(|h| h.list_id == "4243"), "{:?}", r.hits);
}

#[test]
fn bad_queries_never_panic() {
    let s = screener();
    let o = ScreenOptions::default();
    for q in [
        "",
        " ",
        "...",
        "\u{0000}",
        "a",
        "ж",
        "!!!???",
        "Pутин",
        "😀😀",
        "Ⅻ",
        "ﷺ",
        "\u{200B}",
    ] {
        let _ = s.screen(q, &o);
    }
    assert!(s.screen(&"x".repeat(10 << 20), &o).is_err());
}

#[test]
fn random_unicode_never_panics() {
    // Deterministic pseudo-random strings over many scripts, symbols and separators.
    let ranges: [(u32, u32); 10] = [
        (0x20, 0x7E),
        (0xC0, 0x24F),
        (0x400, 0x4FF),
        (0x600, 0x6FF),
        (0xAC00, 0xD7A3),
        (0x3040, 0x30FF),
        (0x4E00, 0x4E80),
        (0x2000, 0x206F),
        (0x1F600, 0x1F64F),
        (0x300, 0x36F),
    ];
    let mut x: u64 = 0x9E3779B97F4A7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let s = screener();
    let o = ScreenOptions::default();
    for _ in 0..1500 {
        let len = (next() % 40) as usize;
        let mut q = String::new();
        for _ in 0..len {
            let (a, b) = ranges[(next() % ranges.len() as u64) as usize];
            if let Some(c) = char::from_u32(a + (next() % (b - a + 1) as u64) as u32) {
                q.push(c);
            }
        }
        let _ = s.screen(&q, &o);
        let _ = embargo_screen::score_names(&q, "KIM, Jong Un", Schema::Person);
        let _ = embargo_screen::strip_titles(&q);
    }
}
