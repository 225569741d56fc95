//! Loading regimes: a second regime as a file with no code change, and validation errors that name
//! the file, the provision and the field.
use embargo_model::{Category, Item, ItemClass, Verdict};
use embargo_rules::{Regimes, RulesError, TransferContext};
use std::path::Path;

const DPRK: &str = include_str!("../../../regimes/un-dprk.toml");

fn item(category: Category, tags: &[&str]) -> Item {
    Item {
        text: "thing".into(),
        normalised: "thing".into(),
        quantity: None,
        quantity_detail: None,
        category,
        class: ItemClass {
            category,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            reason: String::new(),
        },
        value_usd: None,
        span: None,
        assessments: Vec::new(),
    }
}

#[test]
fn builtin_has_the_dprk_regime() {
    let r = Regimes::builtin().unwrap();
    assert!(r.ids().contains(&"un-dprk".to_string()), "{:?}", r.ids());
    assert!(r.references()[0].contains("un-dprk"));
}

#[test]
fn a_second_regime_is_just_another_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("un-dprk.toml"), DPRK).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regimes/test-zz.toml");
    std::fs::copy(&fixture, dir.path().join("test-zz.toml")).unwrap();
    std::fs::create_dir(dir.path().join("vocabulary")).unwrap(); // sub-directories are skipped
    let r = Regimes::load_dir(dir.path()).unwrap();
    assert_eq!(r.ids(), ["test-zz", "un-dprk"]);

    let ctx = TransferContext {
        recipient_programs: vec!["zz-test".into()],
        ..Default::default()
    };
    let a = r.assess(&item(Category::Other, &["test:widget"]), &ctx);
    assert_eq!(a.len(), 1, "only the ZZ regime applies: {a:#?}");
    assert_eq!(a[0].regime, "test-zz");
    assert_eq!(a[0].verdict, Verdict::Prohibited);
    assert_eq!(a[0].provisions[0].citation, "TEST T-1 (2030) OP1");

    // A party linked to both targets gets one assessment per regime.
    let ctx = TransferContext {
        giver_countries: vec!["ZZ".into()],
        recipient_countries: vec!["KP".into()],
        ..Default::default()
    };
    let a = r.assess(&item(Category::Fuel, &["fuel:refined"]), &ctx);
    let verdicts: Vec<_> = a.iter().map(|a| (a.regime.as_str(), a.verdict)).collect();
    assert_eq!(
        verdicts,
        [
            ("test-zz", Verdict::PossiblyProhibited),
            ("un-dprk", Verdict::PossiblyProhibited)
        ]
    );
}

fn err(text: &str) -> String {
    match Regimes::from_sources([("regimes/x.toml", text)]) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

fn fixture() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regimes/test-zz.toml"),
    )
    .unwrap()
}

#[test]
fn unknown_category_names_file_provision_and_field() {
    let e = err(&fixture().replace("categories = [\"fuel\"]", "categories = [\"fuels\"]"));
    assert!(
        e.starts_with("regimes/x.toml: provision `T1-cap`, field `covers[0].categories`"),
        "{e}"
    );
    assert!(e.contains("unknown category `fuels`"), "{e}");
}

#[test]
fn unknown_tag_names_file_provision_and_field() {
    let e = err(&fixture().replace(
        "tags = [\"test:widget\"]\nnote",
        "tags = [\"test:gadget\"]\nnote",
    ));
    assert!(
        e.contains("regimes/x.toml: provision `T1-OP1`, field `covers[0].tags`"),
        "{e}"
    );
    assert!(e.contains("unknown tag `test:gadget`"), "{e}");
    // A prefix pattern must match some known tag.
    let e = err(&DPRK.replace("tags = [\"luxury:*\"]", "tags = [\"luxuri:*\"]"));
    assert!(
        e.contains("provision `2094-OP23`, field `open_ended.tags`"),
        "{e}"
    );
}

#[test]
fn dangling_widened_by_is_rejected() {
    let e = err(&DPRK.replace(
        "widened_by = [\"1874-OP10\", \"2270-SALW\"]",
        "widened_by = [\"1874-OP99\", \"2270-SALW\"]",
    ));
    assert!(
        e.contains("provision `1718-OP8a-i`, field `widened_by`"),
        "{e}"
    );
    assert!(e.contains("no provision with id `1874-OP99`"), "{e}");
}

#[test]
fn missing_or_undefined_sources_are_rejected() {
    let e = err(&fixture().replace(
        "sources = [\"T1\"]\ndirection = \"to_target\"",
        "sources = []\ndirection = \"to_target\"",
    ));
    assert!(
        e.contains("provision `T1-OP1`, field `sources`: missing source"),
        "{e}"
    );
    let e = err(&fixture().replace(
        "sources = [\"T1\"]\ndirection = \"both\"",
        "sources = [\"T9\"]\ndirection = \"both\"",
    ));
    assert!(
        e.contains("provision `T1-cap`, field `sources`: source tag `T9` is not defined"),
        "{e}"
    );
    let no_sources = fixture().replace(
        "[[source]]\ntag = \"T1\"\ntitle = \"fixture written for the embargo-rules tests\"\n",
        "",
    );
    let e = err(&no_sources);
    assert!(e.contains("regime, field `source`: missing source"), "{e}");
}

#[test]
fn verified_needs_a_paragraph_and_possibly_needs_depends_on() {
    let e = err(&fixture().replace("verified = false", "verified = true"));
    assert!(e.contains("provision `T1-cap`, field `paragraph`"), "{e}");
    let e = err(&fixture().replace(
        "depends_on = [\"whether the year's supplies exceed 10 barrels\"]\n",
        "",
    ));
    assert!(
        e.contains("provision `T1-cap`, field `covers[0].depends_on`"),
        "{e}"
    );
}

#[test]
fn syntax_errors_and_unknown_fields_give_a_line() {
    let e = err(&fixture().replace("verdict = \"prohibited\"", "verdict = \"forbidden\""));
    assert!(e.starts_with("regimes/x.toml:"), "{e}");
    let line = e.split(':').nth(1).unwrap().parse::<usize>().unwrap();
    assert!(line > 20, "{e}");
    let e = err(&fixture().replace(
        "verdict = \"prohibited\"",
        "verdict = \"prohibited\"\nverdikt = 1",
    ));
    assert!(e.contains("verdikt"), "{e}");
}

#[test]
fn cycles_and_duplicates_are_rejected() {
    let cyc = DPRK.replace(
        "id = \"2270-SALW\"\nresolution = \"2270\"",
        "id = \"2270-SALW\"\nwidened_by = [\"1718-OP8a-i\"]\nresolution = \"2270\"",
    );
    assert!(err(&cyc).contains("cycle"), "{}", err(&cyc));
    match Regimes::from_sources([("a.toml", DPRK), ("b.toml", DPRK)]) {
        Err(e @ RulesError::DuplicateRegime { .. }) => {
            assert!(e.to_string().contains("a.toml and in b.toml"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn load_dir_errors_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let e = Regimes::load_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("no regime files"), "{e}");
    std::fs::write(dir.path().join("bad.toml"), "format = 1\n[regime\n").unwrap();
    let e = Regimes::load_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("bad.toml:2:"), "{e}");
}

/// The extraction taxonomy (data/taxonomy.toml, owned by the extract crate) must emit only tags the
/// regimes know, or a tagged item would silently match nothing.
#[test]
fn taxonomy_tags_are_in_the_vocabulary() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/taxonomy.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return; // the taxonomy is not in this checkout yet
    };
    let vocab: Vec<String> = embargo_rules::vocabulary()
        .iter()
        .map(|t| t.to_lowercase())
        .collect();
    let doc: toml::Value = toml::from_str(&text).unwrap();
    let rules = doc
        .get("rule")
        .and_then(|r| r.as_array())
        .cloned()
        .unwrap_or_default();
    let mut unknown = Vec::new();
    for r in &rules {
        for t in r
            .get("tags")
            .and_then(|t| t.as_array())
            .into_iter()
            .flatten()
        {
            let t = t.as_str().unwrap_or_default().to_lowercase();
            if !vocab.contains(&t) {
                unknown.push(t);
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "tags in data/taxonomy.toml not in regimes/vocabulary/tags.toml: {unknown:?}"
    );
}
