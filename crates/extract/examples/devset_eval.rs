//! Scores extraction on the development set (tests/fixtures/devset): precision, recall and F1 of
//! (giver, recipient, item) triples, per document and in total, matched one-to-one as the
//! devset README says. Run: `cargo run --release -p embargo-extract --example devset_eval [-- -v] [--dir DIR]`.
use embargo_model::Transfer;
use serde_json::Value;
use std::path::Path;

const STOP: &[&str] = &[
    "the", "of", "and", "a", "an", "his", "her", "its", "their", "s", "to", "in",
];

fn toks(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|t| !t.is_empty())
        .map(|t| t.to_lowercase())
        .filter(|t| !STOP.contains(&t.as_str()))
        .collect()
}

fn party_match(pred: &Option<(String, String)>, gold: &Value) -> bool {
    match (pred, gold) {
        (None, Value::Null) => true,
        (Some((name, mention)), Value::Array(al)) => {
            let p: Vec<String> = toks(name).into_iter().chain(toks(mention)).collect();
            al.iter()
                .filter_map(|a| a.as_str())
                .any(|a| toks(a).iter().any(|t| p.contains(t)))
        }
        _ => false,
    }
}

struct Pred {
    giver: Option<(String, String)>,
    recipient: Option<(String, String)>,
    item: String,
    sentence: String,
}

fn preds(ts: &[Transfer]) -> Vec<Pred> {
    let mut out = Vec::new();
    for t in ts {
        for it in &t.items {
            out.push(Pred {
                giver: t
                    .giver
                    .as_ref()
                    .map(|g| (g.name.clone(), g.mention.clone())),
                recipient: t
                    .recipient
                    .as_ref()
                    .map(|r| (r.name.clone(), r.mention.clone())),
                item: format!("{} | {}", it.text, it.normalised).to_lowercase(),
                sentence: t
                    .evidence
                    .first()
                    .map(|e| e.text.clone())
                    .unwrap_or_default(),
            });
        }
    }
    out
}

fn score(p: &[Pred], gold: &[Value]) -> (usize, Vec<bool>, Vec<bool>, usize) {
    let mut used = vec![false; gold.len()];
    let mut pm = vec![false; p.len()];
    for (i, x) in p.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            if used[j] {
                continue;
            }
            let items: Vec<String> = g["item"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str())
                        .map(|s| s.to_lowercase())
                        .collect()
                })
                .unwrap_or_default();
            if party_match(&x.giver, &g["giver"])
                && party_match(&x.recipient, &g["recipient"])
                && items.iter().any(|k| x.item.contains(k.as_str()))
            {
                used[j] = true;
                pm[i] = true;
                break;
            }
        }
    }
    // a prediction repeating a triple already matched (the text states it twice; gold cites
    // one sentence, as the devset README says) is neither a hit nor an error
    let mut dup = 0;
    for (i, x) in p.iter().enumerate() {
        if pm[i] {
            continue;
        }
        let again = gold.iter().enumerate().any(|(j, g)| {
            let items: Vec<String> = g["item"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str())
                        .map(|s| s.to_lowercase())
                        .collect()
                })
                .unwrap_or_default();
            used[j]
                && party_match(&x.giver, &g["giver"])
                && party_match(&x.recipient, &g["recipient"])
                && items.iter().any(|k| x.item.contains(k.as_str()))
        });
        if again {
            pm[i] = true;
            dup += 1;
        }
    }
    (pm.iter().filter(|b| **b).count() - dup, pm, used, dup)
}

fn prf(tp: usize, np: usize, ng: usize) -> (f64, f64, f64) {
    let p = if np == 0 { 1.0 } else { tp as f64 / np as f64 };
    let r = if ng == 0 { 1.0 } else { tp as f64 / ng as f64 };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Lists unmatched predictions (FP) and unmatched gold rows (FN) of one document on stderr.
fn print_misses(
    prefix: &str,
    name: &str,
    preds: &[Pred],
    pred_matched: &[bool],
    gold: &[serde_json::Value],
    gold_used: &[bool],
) {
    for (x, _) in preds.iter().zip(pred_matched).filter(|(_, m)| !**m) {
        eprintln!("  {prefix}FP {name}: {}", show(x));
    }
    for (g, _) in gold.iter().zip(gold_used).filter(|(_, u)| !**u) {
        let sentence: String = g["sentence"]
            .as_str()
            .unwrap_or("")
            .chars()
            .take(160)
            .collect();
        eprintln!(
            "  {prefix}FN {name}: {} -> {} : {}   «{sentence}»",
            g["giver"], g["recipient"], g["item"]
        );
    }
}

fn show(p: &Pred) -> String {
    format!(
        "{:?} -> {:?} : {}   «{}»",
        p.giver.as_ref().map(|g| &g.0),
        p.recipient.as_ref().map(|g| &g.0),
        p.item,
        p.sentence.chars().take(140).collect::<String>()
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let verbose = std::env::args().any(|a| a == "-v");
    // `--dir D` scores another gold set of the same layout (e.g. the held-out set)
    let args: Vec<String> = std::env::args().collect();
    let dir = match args.iter().position(|a| a == "--dir") {
        Some(i) if i + 1 < args.len() => std::path::PathBuf::from(&args[i + 1]),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/devset"),
    };
    let x = embargo_extract::Extractor::builtin()?;
    let mut names: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    names.sort();
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    let (mut ntp, mut nnp, mut nng) = (0, 0, 0);
    println!(
        "| document | gold | predicted | matched | P | R | F1 | non-factual gold/pred/matched |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---|");
    for g in names {
        let stem = g
            .to_string_lossy()
            .trim_end_matches(".gold.json")
            .to_string();
        let doc = [".txt", ".html"]
            .iter()
            .map(|e| format!("{stem}{e}"))
            .find(|p| Path::new(p).exists());
        let Some(doc) = doc else { continue };
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&g)?)?;
        let bytes = std::fs::read(&doc)?;
        let e = x.extract(&doc, &bytes)?;
        let gt = gold["transfers"].as_array().cloned().unwrap_or_default();
        let gn = gold["non_factual"].as_array().cloned().unwrap_or_default();
        let p = preds(&e.transfers);
        let nf: Vec<Transfer> = e.non_factual.iter().map(|n| n.transfer.clone()).collect();
        let pn = preds(&nf);
        let (m, pm, used, dup) = score(&p, &gt);
        let (mn, pmn, usedn, dupn) = score(&pn, &gn);
        let npred = p.len() - dup;
        let (pp, rr, ff) = prf(m, npred, gt.len());
        let name = Path::new(&doc)
            .file_name()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        println!(
            "| {name} | {} | {npred} | {m} | {pp:.2} | {rr:.2} | {ff:.2} | {}/{}/{mn} |",
            gt.len(),
            gn.len(),
            pn.len() - dupn
        );
        if verbose {
            print_misses("", &name, &p, &pm, &gt, &used);
            print_misses("nf-", &name, &pn, &pmn, &gn, &usedn);
        }
        tp += m;
        np += npred;
        ng += gt.len();
        ntp += mn;
        nnp += pn.len() - dupn;
        nng += gn.len();
    }
    let (p, r, f) = prf(tp, np, ng);
    println!("| **total transfers** | {ng} | {np} | {tp} | {p:.3} | {r:.3} | {f:.3} | |");
    let (p, r, f) = prf(ntp, nnp, nng);
    println!("| **total non-factual** | {nng} | {nnp} | {ntp} | {p:.3} | {r:.3} | {f:.3} | |");
    Ok(())
}
