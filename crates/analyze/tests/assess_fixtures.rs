//! Every assessment fixture (`tests/fixtures/assess/NAME.txt` + `NAME.expected.json`) through the
//! whole pipeline: the item named by `keyword` must get the expected category and verdict, and
//! its provisions must mention `provisions_mention`. All cases run; failures are listed together.
#![cfg(feature = "builtin")]
use embargo_analyze::{AnalyzeOptions, Analyzer};
use embargo_model::*;
use serde_json::Value;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/assess")
}

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Prohibited => 2,
        Verdict::PossiblyProhibited => 1,
        Verdict::NotCovered => 0,
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn transfer_of<'a>(r: &'a Report, item: &Item) -> Option<&'a Transfer> {
    r.transfers
        .iter()
        .chain(r.non_factual.iter().map(|c| &c.transfer))
        .find(|t| t.items.iter().any(|i| i == item))
}

/// Checks one case; `Err` says what differs.
fn check(a: &Analyzer, txt: &PathBuf, expected: &Value) -> Result<(), String> {
    let input = std::fs::read(txt).map_err(|e| e.to_string())?;
    let r = a
        .analyze(&txt.display().to_string(), &input)
        .map_err(|e| e.to_string())?;
    let keywords = strings(expected.get("keyword"));
    let items: Vec<&Item> = r
        .transfers
        .iter()
        .chain(r.non_factual.iter().map(|c| &c.transfer))
        .flat_map(|t| t.items.iter())
        .collect();
    let item = items
        .iter()
        .find(|i| {
            keywords.iter().any(|k| {
                let k = k.to_lowercase();
                i.text.to_lowercase().contains(&k) || i.normalised.contains(&k)
            })
        })
        .ok_or_else(|| {
            format!(
                "no item with {keywords:?}; items: {:?}",
                items.iter().map(|i| &i.text).collect::<Vec<_>>()
            )
        })?;
    let mut problems = Vec::new();
    if let Some(dir) = expected.get("direction").and_then(Value::as_str) {
        let t = transfer_of(&r, item);
        let linked = |p: Option<&PartyRef>| {
            p.and_then(|p| r.parties.iter().find(|x| x.name == p.name))
                .is_some_and(|x| x.countries.iter().any(|c| c == "KP"))
        };
        let ok = match dir {
            "to_dprk" => linked(t.and_then(|t| t.recipient.as_ref())),
            "from_dprk" => linked(t.and_then(|t| t.giver.as_ref())),
            _ => true,
        };
        if !ok {
            problems.push(format!(
                "direction {dir} not resolved (party not linked to KP)"
            ));
        }
    }
    if let Some(cat) = expected.get("category").and_then(Value::as_str) {
        if item.category.as_str() != cat {
            problems.push(format!("category {} (want {cat})", item.category.as_str()));
        }
    }
    let regime = expected.get("regime").and_then(Value::as_str);
    let chosen = item
        .assessments
        .iter()
        .filter(|x| match regime {
            Some(r) => x.regime == r,
            None => true,
        })
        .max_by_key(|x| rank(x.verdict));
    let got = chosen.map(|x| x.verdict).unwrap_or(Verdict::NotCovered);
    if let Some(want) = expected.get("verdict") {
        let want: Verdict = serde_json::from_value(want.clone())
            .map_err(|e| format!("bad expected verdict: {e}"))?;
        if got != want {
            problems.push(format!(
                "verdict {got:?} (want {want:?}); reason: {}",
                chosen.map(|x| x.reason.as_str()).unwrap_or("no assessment")
            ));
        }
    }
    // a mention may be a resolution ("2397"), a paragraph ("8(b)"), an annex or a phrase of the
    // provision ("luxury goods", "500,000 barrels"): look in citations, provision texts and reasons
    let cited: String = chosen
        .map(|x| {
            let mut parts: Vec<String> = x
                .provisions
                .iter()
                .map(|p| {
                    format!(
                        "{} {} {}",
                        p.id,
                        p.citation,
                        p.text.as_deref().unwrap_or("")
                    )
                })
                .collect();
            parts.push(x.reason.clone());
            parts.extend(x.depends_on.iter().cloned());
            parts.join(" | ")
        })
        .unwrap_or_default();
    let cited_lc = cited.to_lowercase();
    for m in strings(expected.get("provisions_mention")) {
        if !cited_lc.contains(&m.to_lowercase()) {
            problems.push(format!("provisions do not mention {m:?}: {cited}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("item {:?}: {}", item.text, problems.join("; ")))
    }
}

#[test]
fn assessment_fixtures() {
    let Ok(rd) = std::fs::read_dir(dir()) else {
        eprintln!("no fixture directory {}", dir().display());
        return;
    };
    let mut cases: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    cases.sort();
    let a = Analyzer::builtin(AnalyzeOptions::default()).expect("builtin analyzer");
    let mut failures = Vec::new();
    let mut ran = 0;
    for txt in &cases {
        let exp_path = txt.with_extension("expected.json");
        let Ok(exp_text) = std::fs::read_to_string(&exp_path) else {
            continue;
        };
        let expected: Value = serde_json::from_str(&exp_text)
            .unwrap_or_else(|e| panic!("{}: {e}", exp_path.display()));
        // `{"items": [case, …], "notes": …}`; a bare case or a list of cases is taken too
        let list = match expected {
            Value::Object(mut o) if o.contains_key("items") => match o.remove("items") {
                Some(Value::Array(a)) => a,
                _ => panic!("{}: `items` is not a list", exp_path.display()),
            },
            Value::Array(a) => a,
            v => vec![v],
        };
        for e in &list {
            ran += 1;
            if let Err(msg) = check(&a, txt, e) {
                failures.push(format!(
                    "{}: {msg}",
                    txt.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    eprintln!("{ran} assessment cases, {} failed", failures.len());
    assert!(
        failures.is_empty(),
        "{} of {ran} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
