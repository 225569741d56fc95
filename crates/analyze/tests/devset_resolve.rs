//! Invariants of the resolve stage on every real article of the development and assessment sets
//! (real stages, shipped lists): whatever the extraction finds, the report stays consistent.
#![cfg(feature = "builtin")]
use embargo_analyze::{AnalyzeOptions, Analyzer, DEFAULT_REPORT_THRESHOLD};
use embargo_model::*;
use std::path::PathBuf;

fn articles() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for d in ["examples", "tests/fixtures/devset", "tests/fixtures/assess"] {
        if let Ok(rd) = std::fs::read_dir(root.join(d)) {
            out.extend(
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html")),
            );
        }
    }
    out.sort();
    out
}

#[test]
fn reports_are_consistent_on_real_articles() {
    let a = Analyzer::builtin(AnalyzeOptions::default()).expect("builtin analyzer");
    let paths = articles();
    assert!(paths.len() >= 10, "too few articles: {}", paths.len());
    let mut problems = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let input = std::fs::read(path).unwrap();
        let r = match a.analyze(&name, &input) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("{name}: {e}"));
                continue;
            }
        };
        for p in &r.parties {
            if p.kind == PartyKind::State && !p.screening.is_empty() {
                problems.push(format!("{name}: state {} screened", p.name));
            }
            for w in p.screening.windows(2) {
                if w[0].score < w[1].score {
                    problems.push(format!("{name}: hits of {} not best first", p.name));
                }
            }
            for h in &p.screening {
                if h.score < DEFAULT_REPORT_THRESHOLD {
                    problems.push(format!(
                        "{name}: {} hit {} under threshold",
                        p.name, h.list_id
                    ));
                }
                if p.kind == PartyKind::Person && h.schema != Schema::Person {
                    problems.push(format!(
                        "{name}: person {} hit non-person {}",
                        p.name, h.list_id
                    ));
                }
            }
        }
        let all = r
            .transfers
            .iter()
            .chain(r.non_factual.iter().map(|c| &c.transfer));
        for t in all {
            for pr in [t.giver.as_ref(), t.recipient.as_ref()]
                .into_iter()
                .flatten()
            {
                if !r.parties.iter().any(|p| p.name == pr.name) {
                    problems.push(format!(
                        "{name}: {} of {} is not among the parties",
                        pr.name, t.id
                    ));
                }
            }
            for e in &t.evidence {
                let text = String::from_utf8_lossy(&input);
                if text.get(e.start..e.end) != Some(e.text.as_str()) {
                    problems.push(format!(
                        "{name}: evidence of {} does not match its offsets",
                        t.id
                    ));
                }
            }
        }
        for t in &r.transfers {
            for pr in [t.giver.as_ref(), t.recipient.as_ref()]
                .into_iter()
                .flatten()
            {
                let p = r.parties.iter().find(|p| p.name == pr.name);
                let role = if t.giver.as_ref() == Some(pr) {
                    "giver"
                } else {
                    "recipient"
                };
                if p.is_some_and(|p| !p.roles.iter().any(|x| x == role)) {
                    problems.push(format!("{name}: {} lacks role {role}", pr.name));
                }
            }
        }
        let html = embargo_analyze::render::html(&r);
        if html.to_lowercase().contains("<script") {
            problems.push(format!("{name}: script in HTML"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
