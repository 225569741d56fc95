//! `embargo screen` end to end: the seed article's parties, batches, bad queries.
mod common;
use common::*;
use serde_json::Value;

const HIT_KEYS: [&str; 7] = [
    "list",
    "list_id",
    "listed_name",
    "schema",
    "programs",
    "score",
    "explanation",
];

fn ids(result: &Value) -> Vec<(String, String)> {
    result["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            for k in HIT_KEYS {
                assert!(h.get(k).is_some(), "hit without {k}: {h}");
            }
            (
                h["list"].as_str().unwrap().to_string(),
                h["list_id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn has(ids: &[(String, String)], list: &str, id: &str) -> bool {
    ids.iter().any(|(l, i)| l == list && i == id)
}

#[test]
fn seed_parties_hit_their_entries_and_the_ambassador_hits_nothing() {
    let env = Env::new();
    let run = env
        .run(&[
            "screen",
            "Oleg Kozemiako",
            "Sergei Shoigu",
            "Dmitry Peskov",
            "Vladimir Putin",
            "Kim Jong Un",
            "Alexander Matzegora",
            "--format",
            "json",
        ])
        .ok();
    let v = run.json();
    let results = v.as_array().expect("a JSON array, one object per query");
    assert_eq!(results.len(), 6);
    let queries: Vec<&str> = results
        .iter()
        .map(|r| r["query"].as_str().unwrap())
        .collect();
    assert_eq!(queries[0], "Oleg Kozemiako");

    let r = ids(&results[0]);
    assert!(has(&r, "us-ofac-sdn", "41064"), "Kozemiako: {r:?}");
    let r = ids(&results[1]);
    assert!(
        has(&r, "us-ofac-sdn", "35173") && has(&r, "gb-fcdo", "RUS0689"),
        "Shoigu: {r:?}"
    );
    let r = ids(&results[2]);
    assert!(
        has(&r, "us-ofac-sdn", "35320") && has(&r, "gb-fcdo", "RUS0753"),
        "Peskov: {r:?}"
    );
    let r = ids(&results[3]);
    assert!(
        has(&r, "us-ofac-sdn", "35096") && has(&r, "gb-fcdo", "RUS0251"),
        "Putin: {r:?}"
    );
    let r = ids(&results[4]);
    assert!(has(&r, "us-ofac-sdn", "20157"), "Kim Jong Un: {r:?}");
    let r = ids(&results[5]);
    assert!(r.is_empty(), "Matzegora must hit nothing: {r:?}");

    // The hit carries the programme and a readable explanation.
    let kim = &results[4]["hits"][0];
    assert_eq!(kim["list_id"], "20157");
    assert_eq!(kim["schema"], "person");
    assert!(kim["programs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "DPRK3"));
    let score = kim["score"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&score));
    assert!(!kim["explanation"].as_str().unwrap().is_empty());
}

#[test]
fn list_schema_and_limit_filters() {
    let env = Env::new();
    let v = env
        .run(&[
            "screen",
            "Sergei Shoigu",
            "--list",
            "gb-fcdo",
            "--schema",
            "person",
            "--limit",
            "1",
            "--format",
            "json",
        ])
        .ok()
        .json();
    let hits = v[0]["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["list"], "gb-fcdo");
    assert_eq!(hits[0]["list_id"], "RUS0689");

    // A vessel-only screen of a person's name finds no person.
    let v = env
        .run(&[
            "screen",
            "Vladimir Putin",
            "--schema",
            "vessel",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert!(v[0]["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["schema"] == "vessel"));
}

#[test]
fn text_output_is_readable() {
    let env = Env::new();
    let run = env.run(&["screen", "Kim Jong Un"]).ok();
    assert!(run.stdout.contains("us-ofac-sdn 20157"), "{}", run.stdout);
    assert!(run.stdout.contains("KIM, Jong Un"), "{}", run.stdout);
}

#[test]
fn batch_csv_writes_one_row_per_hit_and_one_for_no_hit() {
    let env = Env::new();
    let out = env.path("out/hits.csv");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let batch = repo("tests/fixtures/cli/names.csv");
    let run = env
        .run(&[
            "screen",
            "--batch",
            batch.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ])
        .ok();
    assert!(run.stdout.is_empty(), "output went to the file, not stdout");
    assert!(
        run.stderr.contains("1 rows with an empty name skipped"),
        "{}",
        run.stderr
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        rdr.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "query",
            "list",
            "list_id",
            "listed_name",
            "schema",
            "programs",
            "score",
            "explanation"
        ]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let of = |q: &str| rows.iter().filter(|r| &r[0] == q).collect::<Vec<_>>();
    assert!(of("Oleg Kozemiako")
        .iter()
        .any(|r| &r[1] == "us-ofac-sdn" && &r[2] == "41064"));
    assert!(of("Sergei Shoigu").iter().any(|r| &r[2] == "RUS0689"));
    assert!(of("Peskov, Dmitry").iter().any(|r| &r[2] == "35320"));
    assert!(of("Kim Jong Un").iter().any(|r| &r[2] == "20157"));
    let matz = of("Alexander Matzegora");
    assert_eq!(matz.len(), 1, "one row for a query without hits");
    assert!(matz[0].iter().skip(1).all(|f| f.is_empty()));
    // Query order is kept.
    let first: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(first.first(), Some(&"Oleg Kozemiako"));
    assert_eq!(first.last(), Some(&"Kim Jong Un"));
    // No temporary file is left next to the output.
    let left: Vec<_> = std::fs::read_dir(out.parent().unwrap()).unwrap().collect();
    assert_eq!(left.len(), 1);
}

#[test]
fn batch_json_and_column_choice() {
    let env = Env::new();
    let file = env.path("people.csv");
    write(&file, b"who;x\nignored\n");
    write(
        &file,
        "person,country\nVladimir Putin,RU\nKim Jong Un,KP\n".as_bytes(),
    );
    let v = env
        .run(&[
            "screen",
            "--batch",
            file.to_str().unwrap(),
            "--column",
            "person",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[1]["query"], "Kim Jong Un");

    let run = env.run(&["screen", "--batch", file.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("people.csv:1") && run.stderr.contains("no column \"name\""),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_queries_and_usage() {
    let env = Env::new();
    // An empty query is bad input: exit 1, a message naming it, nothing on stdout.
    let run = env.run(&["screen", ""]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("name 1") && run.stderr.contains("empty"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
    // A control character.
    let run = env.run(&["screen", "Kim\u{7}Jong"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Usage errors exit 2.
    assert_eq!(env.run(&["screen"]).code, 2);
    assert_eq!(env.run(&["screen", "Kim", "--threshold", "1.5"]).code, 2);
    assert_eq!(env.run(&["screen", "Kim", "--list", "eu"]).code, 2);
    assert_eq!(env.run(&["screen", "Kim", "--limit", "0"]).code, 2);
    assert_eq!(env.run(&["frobnicate"]).code, 2);
    // A missing batch file names the file.
    let run = env.run(&["screen", "--batch", "no-such.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no-such.csv"), "{}", run.stderr);
}
