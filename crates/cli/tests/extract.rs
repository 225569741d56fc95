//! `embargo extract` end to end: the seed article, a directory, URL lists, bad inputs.
mod common;
use common::*;
use serde_json::Value;
use std::collections::HashMap;

fn check_transfer_contract(t: &Value, original: &[u8]) {
    for k in [
        "giver",
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
        for k in ["text", "quantity", "category"] {
            assert!(i.get(k).is_some(), "item without {k}: {i}");
        }
    }
    let ev = t["evidence"].as_array().unwrap();
    assert!(!ev.is_empty());
    for e in ev {
        let (s, en) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &original[s..en],
            e["text"].as_str().unwrap().as_bytes(),
            "evidence offsets"
        );
    }
}

#[test]
fn seed_article_json_has_the_contract_keys_and_exact_evidence() {
    let env = Env::new();
    let seed = repo("examples/seed-article.txt");
    let original = std::fs::read(&seed).unwrap();
    let v = env
        .run(&["extract", seed.to_str().unwrap(), "--format", "json"])
        .ok()
        .json();
    let docs = v
        .as_array()
        .expect("a JSON array, one extraction per document");
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["document"]["source"], seed.to_str().unwrap());
    let transfers = d["transfers"].as_array().unwrap();
    assert!(transfers.len() >= 4, "seed transfers: {}", transfers.len());
    for t in transfers {
        check_transfer_contract(t, &original);
    }
    // Every transfer of the seed goes to Kim Jong Un.
    assert!(transfers
        .iter()
        .all(|t| t["recipient"]["name"] == "Kim Jong Un"));
    // Items are categorised.
    let cats: Vec<&str> = transfers
        .iter()
        .flat_map(|t| t["items"].as_array().unwrap())
        .map(|i| i["category"].as_str().unwrap())
        .collect();
    assert!(cats.contains(&"armor") && cats.contains(&"uav"), "{cats:?}");
}

#[test]
fn text_output_shows_transfers_with_evidence() {
    let env = Env::new();
    let seed = repo("examples/seed-article.txt");
    let out = env.run(&["extract", seed.to_str().unwrap()]).ok().stdout;
    assert!(
        out.contains("Kim Jong Un") && out.contains("evidence ["),
        "{out}"
    );
}

#[test]
fn a_directory_gives_one_extraction_per_article_file() {
    let env = Env::new();
    let dir = repo("tests/fixtures/devset");
    let expected = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().to_lowercase();
            n.ends_with(".txt") || n.ends_with(".html") || n.ends_with(".htm")
        })
        .count();
    assert!(expected >= 15, "devset has {expected} articles");
    let out = env.path("out.json");
    let run = env.run(&[
        "extract",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), expected);
}

#[test]
fn a_url_list_is_fetched_and_a_bad_url_is_reported_without_losing_the_others() {
    let env = Env::new();
    let seed = bytes("examples/seed-article.txt");
    let mut routes = HashMap::new();
    routes.insert("/news/seed.txt".to_string(), Reply::Body(seed.clone()));
    let server = Server::start(routes);
    let list = env.path("today.txt");
    write(
        &list,
        format!(
            "# today's reading\n{0}/news/seed.txt\n\n{0}/news/gone.html\n",
            server.base
        )
        .as_bytes(),
    );
    let run = env.run(&["extract", list.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 1, "one URL failed: {}", run.stderr);
    assert!(
        run.stderr.contains("/news/gone.html") && run.stderr.contains("404"),
        "{}",
        run.stderr
    );
    let v = run.json();
    let docs = v.as_array().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(
        docs[0]["document"]["source"],
        format!("{}/news/seed.txt", server.base)
    );
    let t = &docs[0]["transfers"][0];
    check_transfer_contract(t, &seed);
}

#[test]
fn standard_input_is_a_document() {
    use std::io::Write;
    use std::process::Stdio;
    let env = Env::new();
    let mut child = env
        .cmd()
        .args(["extract", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&bytes("examples/seed-article.txt"))
        .unwrap();
    let run = Run::from(child.wait_with_output().unwrap()).ok();
    let v = run.json();
    assert_eq!(v[0]["document"]["source"], "-");
    assert!(!v[0]["transfers"].as_array().unwrap().is_empty());
    assert_eq!(env.run(&["extract", "-", "-"]).code, 1);
}

#[test]
fn bad_inputs_are_clear_errors() {
    let env = Env::new();
    // Missing file.
    let run = env.run(&["extract", "no/such/article.txt"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no/such/article.txt"), "{}", run.stderr);
    // Binary file.
    let bin = env.path("photo.txt");
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    b.extend((0..10_000u32).map(|i| (i * 31 % 256) as u8));
    write(&bin, &b);
    let run = env.run(&["extract", bin.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("photo.txt"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.json(), serde_json::json!([]));
    // Empty file.
    let empty = env.path("empty.txt");
    write(&empty, b"  \n");
    let run = env.run(&["extract", empty.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("empty.txt"), "{}", run.stderr);
    // A failed run with --output leaves no file behind when nothing else was written… but a
    // partial success writes the complete output for the good documents.
    let out = env.path("o.json");
    let seed = repo("examples/seed-article.txt");
    let run = env.run(&[
        "extract",
        seed.to_str().unwrap(),
        bin.to_str().unwrap(),
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    // Usage.
    assert_eq!(env.run(&["extract"]).code, 2);
    assert_eq!(env.run(&["extract", "x.txt", "--format", "yaml"]).code, 2);
}

#[test]
fn the_confidence_floor_sets_records_aside_without_losing_them() {
    let env = Env::new();
    let seed = repo("examples/seed-article.txt");
    let seed = seed.to_str().unwrap();
    let all = env
        .run(&["extract", seed, "--format", "json", "--min-confidence", "0"])
        .ok()
        .json();
    let all = &all[0];
    let n = all["transfers"].as_array().unwrap().len();
    assert!(n >= 6, "{all}");
    assert_eq!(all["set_aside"], serde_json::json!([]));
    for t in all["transfers"].as_array().unwrap() {
        let c = t["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c), "{t}");
    }
    // a floor above every score moves every record aside, none is lost
    let none = env
        .run(&["extract", seed, "--format", "json", "--min-confidence", "1"])
        .ok()
        .json();
    let none = &none[0];
    assert_eq!(none["transfers"], serde_json::json!([]));
    assert_eq!(none["set_aside"].as_array().unwrap().len(), n);
    // the default floor keeps the seed's six transfers
    let default = env.run(&["extract", seed, "--format", "json"]).ok().json();
    assert_eq!(default[0]["transfers"].as_array().unwrap().len(), n);
    // the text output says what was set aside
    let text = env.run(&["extract", seed, "--min-confidence", "1"]).ok();
    assert!(text.stdout.contains("set aside"), "{}", text.stdout);
    // and why each record scored as it did
    assert!(
        text.stdout.contains("confidence moved by: "),
        "{}",
        text.stdout
    );
    // a floor outside 0..1 is a usage error naming the flag
    let bad = env.run(&["extract", seed, "--min-confidence", "1.5"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("--min-confidence"), "{}", bad.stderr);
}
