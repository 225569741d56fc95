//! `embargo lists show|import|fetch` end to end, on the real list files of `data/lists`.
mod common;
use common::*;
use serde_json::Value;
use std::collections::HashMap;

fn rows_of(v: &Value) -> Vec<Value> {
    v["lists"].as_array().unwrap().clone()
}

fn active<'a>(rows: &'a [Value], list: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["list"] == list && r["active"] == true)
        .unwrap_or_else(|| panic!("no active {list} in {rows:?}"))
}

#[test]
fn show_lists_the_builtin_lists_with_versions_and_counts() {
    let env = Env::new();
    let v = env.run(&["lists", "show", "--format", "json"]).ok().json();
    let rows = rows_of(&v);
    for list in [
        "us-ofac-sdn",
        "us-ofac-cons",
        "un-sc",
        "gb-fcdo",
        "opensanctions",
    ] {
        let r = active(&rows, list);
        assert_eq!(r["origin"], "builtin");
        assert!(r["entries"].as_u64().unwrap() > 0, "{r}");
        assert!(r["skipped"].is_u64());
        assert!(!r["version"].as_str().unwrap().is_empty());
    }
    assert_eq!(active(&rows, "us-ofac-sdn")["version"], "2024-05-03");
    assert_eq!(active(&rows, "un-sc")["entries"], 1003);
    assert_eq!(v["store_origin"], "default");
    assert!(v["store_documents"].is_null());
    // A read-only command does not create the store.
    assert!(!env.default_store().exists());

    let text = env.run(&["lists", "show"]).ok().stdout;
    assert!(
        text.contains("us-ofac-sdn") && text.contains("2024-05-03"),
        "{text}"
    );
    assert!(text.contains("entries in effect"), "{text}");
}

#[test]
fn import_replaces_the_builtin_list_and_a_corrupt_file_changes_nothing() {
    let env = Env::new();
    let store = env.path("store/s.sqlite");
    let store_s = store.to_str().unwrap();

    // A real file: the UN consolidated list.
    let un = repo("data/lists/un_consolidated_2026-02-27.xml");
    let run = env
        .run(&[
            "lists",
            "import",
            un.to_str().unwrap(),
            "--format",
            "un",
            "--store",
            store_s,
        ])
        .ok();
    assert!(
        run.stdout.contains("imported 1003 entries of un-sc"),
        "{}",
        run.stdout
    );

    let v = env
        .run(&["lists", "show", "--format", "json", "--store", store_s])
        .ok()
        .json();
    let rows = rows_of(&v);
    let un_row = active(&rows, "un-sc");
    assert_eq!(un_row["origin"], "imported");
    assert_eq!(un_row["entries"], 1003);
    assert!(un_row["imported_at"].is_string());
    assert!(rows
        .iter()
        .any(|r| r["list"] == "un-sc" && r["origin"] == "builtin" && r["active"] == false));
    assert_eq!(v["store_origin"], "flag");

    // A corrupted copy of the same file: cut in the middle of an element.
    let bytes = bytes("data/lists/un_consolidated_2026-02-27.xml");
    let bad = env.path("un_broken.xml");
    write(&bad, &bytes[..bytes.len() / 2]);
    let run = env.run(&[
        "lists",
        "import",
        bad.to_str().unwrap(),
        "--format",
        "un",
        "--store",
        store_s,
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line_named = run
        .stderr
        .split("un_broken.xml:")
        .skip(1)
        .any(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    assert!(line_named, "error must name file and line: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);

    // The store still holds the good import.
    let v = env
        .run(&["lists", "show", "--format", "json", "--store", store_s])
        .ok()
        .json();
    let rows = rows_of(&v);
    let un_row = active(&rows, "un-sc");
    assert_eq!(
        (un_row["origin"].as_str(), un_row["entries"].as_u64()),
        (Some("imported"), Some(1003))
    );

    // Screening reads the imported list: a UN DPRK entry is found through it.
    let v = env
        .run(&[
            "screen",
            "Kim Jong Un",
            "--list",
            "un-sc",
            "--format",
            "json",
            "--store",
            store_s,
        ])
        .ok()
        .json();
    assert!(v[0]["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["list"] == "un-sc"));
}

#[test]
fn import_errors_name_the_file() {
    let env = Env::new();
    let store = env.path("s.sqlite");
    let store_s = store.to_str().unwrap();
    // Missing file.
    let run = env.run(&[
        "lists", "import", "nope.csv", "--format", "uk", "--store", store_s,
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("nope.csv"), "{}", run.stderr);
    // A file of the wrong format: the UK CSV read as UN XML.
    let uk = repo("data/lists/uk_sanctions_list_summary_2025-08-11.csv");
    let run = env.run(&[
        "lists",
        "import",
        uk.to_str().unwrap(),
        "--format",
        "un",
        "--store",
        store_s,
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("uk_sanctions_list_summary_2025-08-11.csv"),
        "{}",
        run.stderr
    );
    // Binary garbage.
    let bin = env.path("garbage.csv");
    write(
        &bin,
        &(0..4096u32)
            .map(|i| (i * 7919 % 251) as u8)
            .collect::<Vec<_>>(),
    );
    let run = env.run(&[
        "lists",
        "import",
        bin.to_str().unwrap(),
        "--format",
        "ofac",
        "--store",
        store_s,
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("garbage.csv"), "{}", run.stderr);
    // An unknown format is a usage error.
    assert_eq!(
        env.run(&["lists", "import", "x.csv", "--format", "eu"])
            .code,
        2
    );
    // No store content was made by failed imports.
    if store.exists() {
        let v = env
            .run(&["lists", "show", "--format", "json", "--store", store_s])
            .ok()
            .json();
        assert!(rows_of(&v).iter().all(|r| r["origin"] != "imported"));
    }
}

/// Official file names → the real copies in data/lists.
fn official_routes() -> HashMap<String, Reply> {
    let m = [
        ("/sdn.csv", "data/lists/ofac_sdn_2024-05-03.csv"),
        ("/alt.csv", "data/lists/ofac_alt_2025-12.csv"),
        ("/add.csv", "data/lists/ofac_add_2025-12.csv"),
        (
            "/sdn_comments.csv",
            "data/lists/ofac_sdn_comments_2025-12.csv",
        ),
        ("/cons_prim.csv", "data/lists/ofac_cons_prim_2025-12.csv"),
        ("/cons_alt.csv", "data/lists/ofac_cons_alt_2025-12.csv"),
        ("/cons_add.csv", "data/lists/ofac_cons_add_2025-12.csv"),
        (
            "/consolidated.xml",
            "data/lists/un_consolidated_2026-02-27.xml",
        ),
        (
            "/UK-Sanctions-List.csv",
            "data/lists/uk_sanctions_list_summary_2025-08-11.csv",
        ),
    ];
    m.iter()
        .map(|(p, f)| (p.to_string(), Reply::Body(bytes(f))))
        .collect()
}

#[test]
fn fetch_swaps_in_new_lists_and_a_failure_keeps_the_previous_version() {
    let env = Env::new();
    let server = Server::start(official_routes());
    let dir = env.data_dir().join("lists");
    let dir_s = dir.to_str().unwrap();

    let run = env
        .run(&["lists", "fetch", "--base-url", &server.base, "--dir", dir_s])
        .ok();
    for list in ["us-ofac-sdn", "us-ofac-cons", "un-sc", "gb-fcdo"] {
        assert!(
            run.stdout
                .lines()
                .any(|l| l.starts_with(list) && l.contains("updated")),
            "{list}: {}",
            run.stdout
        );
    }
    // The fetched lists are in effect (the lists dir is the default one under the data dir).
    let v = env.run(&["lists", "show", "--format", "json"]).ok().json();
    let rows = rows_of(&v);
    for list in ["us-ofac-sdn", "us-ofac-cons", "un-sc", "gb-fcdo"] {
        assert_eq!(active(&rows, list)["origin"], "fetched", "{list}");
    }
    assert_eq!(active(&rows, "opensanctions")["origin"], "builtin");
    let un_before = active(&rows, "un-sc").clone();
    assert_eq!(un_before["entries"], 1003);

    // Now the UN file arrives truncated and the UK server fails: both keep their version.
    server.set(
        "/consolidated.xml",
        Reply::Truncated(bytes("data/lists/un_consolidated_2026-02-27.xml")),
    );
    server.set("/UK-Sanctions-List.csv", Reply::Status(503));
    let run = env.run(&[
        "lists",
        "fetch",
        "--list",
        "un",
        "--list",
        "uk",
        "--base-url",
        &server.base,
        "--dir",
        dir_s,
    ]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("un-sc") && run.stdout.contains("FAILED"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("503"), "{}", run.stdout);
    assert!(
        run.stderr.contains("2 of 2 lists could not be fetched"),
        "{}",
        run.stderr
    );

    let v = env.run(&["lists", "show", "--format", "json"]).ok().json();
    let rows = rows_of(&v);
    let un_after = active(&rows, "un-sc");
    assert_eq!(un_after, &un_before, "previous UN version still in effect");
    assert_eq!(active(&rows, "gb-fcdo")["origin"], "fetched");

    // Screening still works on the kept versions.
    let v = env
        .run(&[
            "screen",
            "Sergei Shoigu",
            "--list",
            "gb-fcdo",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert!(v[0]["hits"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["list_id"] == "RUS0689"));
}

#[test]
fn fetch_from_a_dead_server_fails_cleanly() {
    let env = Env::new();
    // Bind and drop: nothing listens on this port any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = env.path("lists");
    let run = env.run(&[
        "lists",
        "fetch",
        "--list",
        "un",
        "--base-url",
        &format!("http://127.0.0.1:{port}"),
        "--dir",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("FAILED"), "{}", run.stdout);
    // Nothing half-made is left in effect.
    let v = env
        .run(&[
            "lists",
            "show",
            "--format",
            "json",
            "--lists-dir",
            dir.to_str().unwrap(),
        ])
        .ok()
        .json();
    assert_eq!(active(&rows_of(&v), "un-sc")["origin"], "builtin");
}
