//! `embargo analyze` end to end: the report contract, the store, configuration, bad inputs.
mod common;
use common::*;
use embargo_store::{Register, SqliteStore};
use serde_json::Value;

fn check_report_contract(r: &Value) {
    for k in ["id", "title", "source", "chars"] {
        assert!(r["document"].get(k).is_some(), "document without {k}");
    }
    for t in r["transfers"].as_array().unwrap() {
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
            assert!(t.get(k).is_some(), "transfer without {k}: {t}");
        }
        for i in t["items"].as_array().unwrap() {
            for k in ["text", "quantity", "category", "assessments"] {
                assert!(i.get(k).is_some(), "item without {k}: {i}");
            }
            for a in i["assessments"].as_array().unwrap() {
                for k in ["regime", "verdict", "provisions", "reason"] {
                    assert!(a.get(k).is_some(), "assessment without {k}: {a}");
                }
            }
        }
    }
    for p in r["parties"].as_array().unwrap() {
        for k in ["name", "kind", "mentions", "roles", "screening"] {
            assert!(p.get(k).is_some(), "party without {k}: {p}");
        }
        for h in p["screening"].as_array().unwrap() {
            for k in [
                "list",
                "list_id",
                "listed_name",
                "programs",
                "score",
                "explanation",
            ] {
                assert!(h.get(k).is_some(), "hit without {k}: {h}");
            }
        }
    }
}

fn party<'a>(r: &'a Value, name: &str) -> &'a Value {
    r["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no party {name}"))
}

#[test]
fn seed_report_json_is_the_contract_and_is_stored_once() {
    let env = Env::new();
    let seed = repo("examples/seed-article.txt");
    let store = env.path("st/embargo.sqlite");
    let args = [
        "analyze",
        seed.to_str().unwrap(),
        "--format",
        "json",
        "--store",
        store.to_str().unwrap(),
    ];
    let run = env.run(&args).ok();
    let r = run.json();
    assert!(r.is_object(), "one document gives one report object");
    check_report_contract(&r);
    assert!(!r["transfers"].as_array().unwrap().is_empty());
    let kim = party(&r, "Kim Jong Un");
    assert!(kim["screening"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["list_id"] == "20157"));
    assert!(run.stderr.contains("stored 1 report"), "{}", run.stderr);
    // The default store was not touched.
    assert!(!env.default_store().exists());

    // Analysing again replaces, never duplicates.
    env.run(&args).ok();
    let st = SqliteStore::open(&store).unwrap();
    let c = st.counts().unwrap();
    assert_eq!((c.documents, c.reports), (1, 1));
    assert_eq!(
        c.transfers as usize,
        r["transfers"].as_array().unwrap().len()
    );
    let id = r["document"]["id"].as_str().unwrap();
    let stored = st.report(id).unwrap().unwrap();
    assert_eq!(serde_json::to_value(&stored.report).unwrap(), r);
    assert_eq!(
        st.original(id).unwrap().unwrap(),
        std::fs::read(&seed).unwrap()
    );
}

#[test]
fn text_is_the_default_and_html_is_a_page() {
    let env = Env::new();
    let seed = repo("examples/seed-article.txt");
    let run = env
        .run(&["analyze", seed.to_str().unwrap(), "--no-store"])
        .ok();
    assert!(run.stdout.contains("PROHIBITED"), "{}", run.stdout);
    assert!(run.stdout.contains("Kim Jong Un"));
    assert!(!env.default_store().exists(), "--no-store stores nothing");

    let page = env.path("report.html");
    env.run(&[
        "analyze",
        seed.to_str().unwrap(),
        "--format",
        "html",
        "--no-store",
        "--output",
        page.to_str().unwrap(),
    ])
    .ok();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.to_lowercase().contains("<html"),
        "{}",
        &html[..200.min(html.len())]
    );
    assert!(html.contains("Kim Jong Un"));
}

#[test]
fn store_path_comes_from_env_then_config_file_then_default() {
    let env = Env::new();
    let seed = repo("examples/seed-article.txt");
    // embargo.toml in the working directory.
    write(&env.path("embargo.toml"), b"store = \"from-toml.sqlite\"\n");
    env.run(&["analyze", seed.to_str().unwrap()]).ok();
    assert!(env.path("from-toml.sqlite").exists());
    // EMBARGO_STORE beats embargo.toml.
    let via_env = env.path("from-env.sqlite");
    let run = env
        .cmd()
        .args(["analyze", seed.to_str().unwrap()])
        .env("EMBARGO_STORE", &via_env)
        .output()
        .unwrap();
    assert!(run.status.success());
    assert!(via_env.exists());
    // --store beats both.
    let flag = env.path("from-flag.sqlite");
    env.run(&[
        "analyze",
        seed.to_str().unwrap(),
        "--store",
        flag.to_str().unwrap(),
    ])
    .ok();
    assert!(flag.exists());
    assert!(!env.default_store().exists());
    // A broken embargo.toml is an error naming it.
    write(&env.path("embargo.toml"), b"store = [\n");
    let run = env.run(&["analyze", seed.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("embargo.toml"), "{}", run.stderr);
}

#[test]
fn several_documents_give_an_array_and_the_assess_fixtures_run() {
    let env = Env::new();
    let dir = repo("tests/fixtures/assess");
    let store = env.path("s.sqlite");
    let run = env
        .run(&[
            "analyze",
            dir.to_str().unwrap(),
            "--format",
            "json",
            "--store",
            store.to_str().unwrap(),
        ])
        .ok();
    let v = run.json();
    let reports = v.as_array().expect("several documents give an array");
    assert!(reports.len() >= 6, "{}", reports.len());
    for r in reports {
        check_report_contract(r);
    }
    let c = SqliteStore::open(&store).unwrap().counts().unwrap();
    assert_eq!(c.reports as usize, reports.len());

    // HTML for several documents needs an output directory.
    assert_eq!(
        env.run(&[
            "analyze",
            dir.to_str().unwrap(),
            "--format",
            "html",
            "--no-store"
        ])
        .code,
        2
    );
    let out = env.path("pages");
    env.run(&[
        "analyze",
        dir.to_str().unwrap(),
        "--format",
        "html",
        "--no-store",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), reports.len());
}

#[test]
fn bad_inputs_are_clear_errors() {
    let env = Env::new();
    let run = env.run(&["analyze", "missing.txt", "--no-store"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("missing.txt"), "{}", run.stderr);

    let bin = env.path("blob.html");
    write(
        &bin,
        &(0..20_000u32)
            .map(|i| (i * 131 % 256) as u8)
            .collect::<Vec<_>>(),
    );
    let run = env.run(&[
        "analyze",
        bin.to_str().unwrap(),
        "--no-store",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("blob.html"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"));

    // A store path that is a directory fails before any work, naming it.
    let d = env.path("adir");
    std::fs::create_dir_all(&d).unwrap();
    let seed = repo("examples/seed-article.txt");
    let run = env.run(&[
        "analyze",
        seed.to_str().unwrap(),
        "--store",
        d.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("adir"), "{}", run.stderr);
    assert!(run.stdout.is_empty());

    // An output file in a missing directory: error, and nothing half-written.
    let out = env.path("nodir/out.json");
    let run = env.run(&[
        "analyze",
        seed.to_str().unwrap(),
        "--no-store",
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("out.json"), "{}", run.stderr);
    assert!(!out.exists());

    // A PostgreSQL URL is refused clearly (the SQLite register is the only one built).
    let run = env.run(&[
        "analyze",
        seed.to_str().unwrap(),
        "--store",
        "postgres://db/embargo",
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("PostgreSQL"), "{}", run.stderr);
    assert!(!env.path("postgres:").exists());

    assert_eq!(
        env.run(&[
            "analyze",
            seed.to_str().unwrap(),
            "--store",
            "x.sqlite",
            "--no-store"
        ])
        .code,
        2
    );
    assert_eq!(env.run(&["analyze"]).code, 2);
    assert_eq!(env.run(&["analyze", "x.txt", "--threshold", "2"]).code, 2);
}
