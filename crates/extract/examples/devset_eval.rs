//! Scores extraction on the development set (tests/fixtures/devset): precision, recall and F1 of
//! (giver, recipient, item) triples, per document and in total, matched one-to-one as the
//! devset README says. Run: `cargo run --release -p embargo-extract --example devset_eval [-- -v] [--dir DIR]`.
#[path = "scoring/mod.rs"]
mod scoring;

use embargo_model::Transfer;
use scoring::{gold_set, preds, prf, score, Pred};
use std::path::Path;

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
        "{:?} -> {:?} : {} (confidence {:.2})   «{}»",
        p.giver.as_ref().map(|g| &g.0),
        p.recipient.as_ref().map(|g| &g.0),
        p.item,
        p.transfer.confidence,
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
    // `--min-confidence C` scores the records whose confidence is at least C (default: the
    // floor fitted with the confidence model, as `embargo extract` reports)
    let mut x = embargo_extract::Extractor::builtin()?;
    if let Some(c) = args
        .iter()
        .position(|a| a == "--min-confidence")
        .and_then(|i| args.get(i + 1))
    {
        x = x.with_min_confidence(c.parse()?)?;
    }
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    let (mut ntp, mut nnp, mut nng) = (0, 0, 0);
    println!(
        "| document | gold | predicted | matched | P | R | F1 | non-factual gold/pred/matched |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---|");
    for (name, doc, gold) in gold_set(&dir)? {
        let bytes = std::fs::read(&doc)?;
        let e = x.extract(&doc.to_string_lossy(), &bytes)?;
        let gt = gold["transfers"].as_array().cloned().unwrap_or_default();
        let gn = gold["non_factual"].as_array().cloned().unwrap_or_default();
        let p = preds(&e.transfers);
        let nf: Vec<Transfer> = e.non_factual.iter().map(|n| n.transfer.clone()).collect();
        let pn = preds(&nf);
        let (m, pm, used, dup, _) = score(&p, &gt);
        let (mn, pmn, usedn, dupn, _) = score(&pn, &gn);
        let npred = p.len() - dup;
        let (pp, rr, ff) = prf(m, npred, gt.len());
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
