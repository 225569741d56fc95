//! Fits the confidence model (`data/confidence.toml`): L2-regularised logistic regression of
//! "this record matches a gold row" on the features of `embargo_extract::confidence::features`,
//! over the predictions on the training gold sets; then reports, on evaluation sets never used
//! for fitting, how well the scores rank and calibrate (AUC, Brier score, reliability by band)
//! and what a confidence floor would do to precision, recall and F1.
//!
//! Run: `cargo run --release -p embargo-extract --example train_confidence -- --train DIR…
//! [--eval DIR…] [--out data/confidence.toml] [--note TEXT]`.
// (the shared scorer also carries what devset_eval prints, unused here)
#[allow(dead_code)]
#[path = "scoring/mod.rs"]
mod scoring;

use embargo_extract::confidence::{features, ConfidenceModel};
use scoring::{gold_set, preds, prf, score};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// L2 penalty on the weights (not the bias): keeps rare features from taking extreme values.
const L2: f64 = 0.05;
/// Full-batch gradient steps and their size.
const STEPS: usize = 4000;
const RATE: f64 = 0.5;

/// One predicted triple: its features and whether it matched a gold row.
struct Sample {
    features: Vec<(&'static str, f64)>,
    hit: bool,
    /// index of the gold set it came from, for cross-validation by set
    set: usize,
}

/// The samples of some gold sets, and the number of gold rows they hold.
fn samples(
    x: &embargo_extract::Extractor,
    dirs: &[PathBuf],
) -> Result<(Vec<Sample>, usize), Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    let mut gold_rows = 0;
    for (set, dir) in dirs.iter().enumerate() {
        for (_, doc, gold) in gold_set(dir)? {
            let bytes = std::fs::read(&doc)?;
            let e = x.extract(&doc.to_string_lossy(), &bytes)?;
            let gt = gold["transfers"].as_array().cloned().unwrap_or_default();
            gold_rows += gt.len();
            let p = preds(&e.transfers);
            let (_, marked, _, _, hits) = score(&p, &gt);
            for ((pred, hit), marked) in p.iter().zip(hits).zip(marked) {
                // a repeat of a matched triple is neither a hit nor an error
                if marked && !hit {
                    continue;
                }
                out.push(Sample {
                    features: features(&pred.transfer),
                    hit,
                    set,
                });
            }
        }
    }
    Ok((out, gold_rows))
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Fits bias and weights by full-batch gradient descent on the mean log loss plus L2.
fn fit(data: &[&Sample]) -> (f64, BTreeMap<String, f64>) {
    let names: Vec<&'static str> = {
        let mut v: Vec<&'static str> = data
            .iter()
            .flat_map(|s| s.features.iter().map(|(n, _)| *n))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let rows: Vec<Vec<(usize, f64)>> = data
        .iter()
        .map(|s| s.features.iter().map(|(n, v)| (index[n], *v)).collect())
        .collect();
    let mut w = vec![0.0; names.len()];
    let mut b = 0.0;
    let n = data.len().max(1) as f64;
    for _ in 0..STEPS {
        let mut gw = vec![0.0; names.len()];
        let mut gb = 0.0;
        for (row, s) in rows.iter().zip(data) {
            let z = b + row.iter().map(|&(i, v)| w[i] * v).sum::<f64>();
            let err = sigmoid(z) - if s.hit { 1.0 } else { 0.0 };
            gb += err;
            for &(i, v) in row {
                gw[i] += err * v;
            }
        }
        b -= RATE * gb / n;
        for i in 0..w.len() {
            w[i] -= RATE * (gw[i] / n + L2 * w[i]);
        }
    }
    let weights = names
        .iter()
        .zip(&w)
        .map(|(n, v)| (n.to_string(), (v * 1000.0).round() / 1000.0))
        .collect();
    ((b * 1000.0).round() / 1000.0, weights)
}

/// The model's probability for one sample.
fn prob(bias: f64, weights: &BTreeMap<String, f64>, s: &Sample) -> f64 {
    sigmoid(
        bias + s
            .features
            .iter()
            .map(|(n, v)| weights.get(*n).copied().unwrap_or(0.0) * v)
            .sum::<f64>(),
    )
}

/// Floors tried when choosing the default one.
const FLOORS: &[f64] = &[0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

/// Leave-one-set-out scores of the training samples: each set scored by a model fitted on the
/// others, so the floor is chosen on reports the model had not seen.
fn out_of_fold(data: &[Sample], sets: usize) -> Vec<(f64, bool)> {
    let mut scored = vec![(0.0, false); data.len()];
    for held in 0..sets {
        let rest: Vec<&Sample> = data.iter().filter(|s| s.set != held).collect();
        if rest.len() == data.len() {
            continue;
        }
        let (b, w) = fit(&rest);
        for (i, s) in data.iter().enumerate().filter(|(_, s)| s.set == held) {
            scored[i] = (prob(b, &w, s), s.hit);
        }
    }
    scored
}

/// The floor with the best F1 on out-of-fold scores, and that F1.
fn best_floor(scored: &[(f64, bool)], gold_rows: usize) -> (f64, f64) {
    let mut best = (0.0, f64::MIN);
    for &floor in FLOORS {
        let kept: Vec<&(f64, bool)> = scored.iter().filter(|s| s.0 >= floor).collect();
        let hits = kept.iter().filter(|s| s.1).count();
        let (_, _, f) = prf(hits, kept.len(), gold_rows);
        if f > best.1 + 1e-9 {
            best = (floor, f);
        }
    }
    best
}

/// Area under the ROC curve: the chance a random hit scores above a random miss.
fn auc(scored: &[(f64, bool)]) -> f64 {
    let pos: Vec<f64> = scored.iter().filter(|s| s.1).map(|s| s.0).collect();
    let neg: Vec<f64> = scored.iter().filter(|s| !s.1).map(|s| s.0).collect();
    if pos.is_empty() || neg.is_empty() {
        return f64::NAN;
    }
    let mut wins = 0.0;
    for p in &pos {
        for q in &neg {
            wins += if p > q {
                1.0
            } else if p == q {
                0.5
            } else {
                0.0
            };
        }
    }
    wins / (pos.len() * neg.len()) as f64
}

/// Prints ranking, calibration and the effect of confidence floors on one group of samples.
fn report(label: &str, scored: &[(f64, bool)], gold_rows: usize) {
    let brier = scored
        .iter()
        .map(|(p, h)| (p - if *h { 1.0 } else { 0.0 }).powi(2))
        .sum::<f64>()
        / scored.len().max(1) as f64;
    println!(
        "\n{label}: {} predicted triples, {} gold rows; AUC {:.3}; Brier {:.3}",
        scored.len(),
        gold_rows,
        auc(scored),
        brier
    );
    println!("\n| confidence band | records | mean confidence | share matching gold |");
    println!("|---|---:|---:|---:|");
    for band in 0..5 {
        let (lo, hi) = (band as f64 * 0.2, band as f64 * 0.2 + 0.2);
        let inb: Vec<&(f64, bool)> = scored
            .iter()
            .filter(|(p, _)| *p >= lo && (*p < hi || band == 4))
            .collect();
        if inb.is_empty() {
            continue;
        }
        let mean = inb.iter().map(|s| s.0).sum::<f64>() / inb.len() as f64;
        let share = inb.iter().filter(|s| s.1).count() as f64 / inb.len() as f64;
        println!(
            "| {lo:.1}–{hi:.1} | {} | {mean:.2} | {share:.2} |",
            inb.len()
        );
    }
    println!("\n| floor | kept | matched | P | R | F1 |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for &floor in FLOORS {
        let kept: Vec<&(f64, bool)> = scored.iter().filter(|s| s.0 >= floor).collect();
        let hits = kept.iter().filter(|s| s.1).count();
        let (p, r, f) = prf(hits, kept.len(), gold_rows);
        println!(
            "| {floor:.2} | {} | {hits} | {p:.3} | {r:.3} | {f:.3} |",
            kept.len()
        );
    }
}

/// The directories after `flag`, up to the next flag.
fn dirs_after(args: &[String], flag: &str) -> Vec<PathBuf> {
    args.iter()
        .position(|a| a == flag)
        .map(|i| {
            args[i + 1..]
                .iter()
                .take_while(|a| !a.starts_with("--"))
                .map(PathBuf::from)
                .collect()
        })
        .unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let train = dirs_after(&args, "--train");
    let eval = dirs_after(&args, "--eval");
    let out = dirs_after(&args, "--out").into_iter().next();
    let note = args
        .iter()
        .position(|a| a == "--note")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_default();
    if train.is_empty() {
        return Err("give the training gold sets after --train".into());
    }
    // every record, whatever the floor of the model in force
    let x = embargo_extract::Extractor::builtin()?.with_min_confidence(0.0)?;
    let (train_data, train_gold) = samples(&x, &train)?;
    let (bias, weights) = fit(&train_data.iter().collect::<Vec<_>>());
    let sets: Vec<String> = train
        .iter()
        .filter_map(|d| d.file_name().map(|s| s.to_string_lossy().to_string()))
        .collect();
    let oof = out_of_fold(&train_data, train.len());
    let (floor, oof_f1) = best_floor(&oof, train_gold);
    let model = ConfidenceModel {
        floor,
        provenance: format!(
            "fitted by crates/extract/examples/train_confidence.rs on {} predicted triples \
             ({} matching gold) of tests/fixtures/{{{}}}; L2 {L2}, {STEPS} steps; floor {floor} \
             chosen by leave-one-set-out F1 ({oof_f1:.3}){}",
            train_data.len(),
            train_data.iter().filter(|s| s.hit).count(),
            sets.join(","),
            if note.is_empty() {
                String::new()
            } else {
                format!("; {note}")
            }
        ),
        bias,
        weights,
    };
    let fitted: Vec<(f64, bool)> = train_data
        .iter()
        .map(|s| (prob(model.bias, &model.weights, s), s.hit))
        .collect();
    report(
        "training sets, scored by the model fitted on them",
        &fitted,
        train_gold,
    );
    report(
        "training sets, each scored by a model fitted on the other sets (leave-one-set-out)",
        &oof,
        train_gold,
    );
    println!("\nfloor chosen: {floor} (leave-one-set-out F1 {oof_f1:.3})");
    if !eval.is_empty() {
        let (eval_data, eval_gold) = samples(&x, &eval)?;
        let scored: Vec<(f64, bool)> = eval_data
            .iter()
            .map(|s| (prob(model.bias, &model.weights, s), s.hit))
            .collect();
        report("evaluation sets (never fitted on)", &scored, eval_gold);
    }
    if let Some(path) = out {
        let mut text = String::from(
            "# Confidence model of embargo-extract: logistic weights over the features of a \
             transfer record\n# (crates/extract/src/confidence.rs). Written by the example \
             train_confidence; do not edit by hand.\n",
        );
        text.push_str(&toml::to_string(&model)?);
        std::fs::write(&path, text)?;
        println!("\nwrote {}", path.display());
    }
    Ok(())
}
