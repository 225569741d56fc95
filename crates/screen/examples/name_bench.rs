//! Precision/recall of `score_names` on data/bench/name_bench_cases.csv (826 labelled pairs
//! from opensanctions/nomenklatura), next to logic-v2's frozen scores on the same pairs.
//! Run: cargo run --release -p embargo-screen --example name_bench [-- --errors]
use embargo_model::Schema;
use embargo_screen::{score_names, DEFAULT_THRESHOLD};
use std::path::Path;
use std::time::Instant;

fn schema(s: &str) -> Schema {
    match s {
        "Person" => Schema::Person,
        "Vessel" => Schema::Vessel,
        "Company" | "Organization" | "LegalEntity" => Schema::Organization,
        _ => Schema::Unknown,
    }
}

fn pr(scores: &[(f64, bool)], t: f64) -> (f64, f64, f64) {
    let tp = scores.iter().filter(|(s, m)| *s >= t && *m).count() as f64;
    let fp = scores.iter().filter(|(s, m)| *s >= t && !*m).count() as f64;
    let fnn = scores.iter().filter(|(s, m)| *s < t && *m).count() as f64;
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 1.0 };
    let r = tp / (tp + fnn);
    (p, r, 2.0 * p * r / (p + r))
}

fn main() {
    let errors = std::env::args().any(|a| a == "--errors");
    let thr: f64 = std::env::var("THR")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(DEFAULT_THRESHOLD);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/bench");
    let mut rdr = csv::Reader::from_path(root.join("name_bench_cases.csv")).expect("cases");
    let mut ours: Vec<(f64, bool)> = Vec::new();
    let mut rows = Vec::new();
    // Parse the embedded tables before timing.
    let _ = score_names("warm up", "warm up", Schema::Person);
    let start = Instant::now();
    for rec in rdr.records() {
        let r = rec.expect("row");
        let m = &r[4] == "true";
        let ps = score_names(&r[2], &r[3], schema(&r[1]));
        ours.push((ps.score, m));
        rows.push((
            r[0].to_string(),
            r[1].to_string(),
            r[2].to_string(),
            r[3].to_string(),
            m,
            ps,
        ));
    }
    let per_pair = start.elapsed().as_secs_f64() / rows.len() as f64;
    let mut rdr =
        csv::Reader::from_path(root.join("name_bench_logicv2_frozen.csv")).expect("frozen");
    let mut lv2: Vec<(f64, bool)> = Vec::new();
    for rec in rdr.records() {
        let r = rec.expect("row");
        lv2.push((r[9].parse().unwrap_or(0.0), &r[5] == "true"));
    }
    println!(
        "pairs: {} (logic-v2 frozen: {})  time per pair: {:.1} µs",
        ours.len(),
        lv2.len(),
        per_pair * 1e6
    );
    let (p, r, f) = pr(&ours, DEFAULT_THRESHOLD);
    let (lp, lr, lf) = pr(&lv2, 0.7);
    println!("embargo-screen @ {DEFAULT_THRESHOLD:.2}: P {p:.3} R {r:.3} F1 {f:.3}");
    println!("logic-v2 (frozen) @ 0.70: P {lp:.3} R {lr:.3} F1 {lf:.3}");
    println!("\nthreshold  P      R      F1     | logic-v2 P  R      F1");
    for t in [
        0.5, 0.55, 0.6, 0.65, 0.66, 0.67, 0.68, 0.69, 0.7, 0.71, 0.72, 0.73, 0.75, 0.8, 0.85, 0.9,
        0.95,
    ] {
        let (p, r, f) = pr(&ours, t);
        let (lp, lr, lf) = pr(&lv2, t);
        println!("{t:.2}       {p:.3}  {r:.3}  {f:.3}  | {lp:.3}      {lr:.3}  {lf:.3}");
    }
    if errors {
        println!("\nerrors at {DEFAULT_THRESHOLD}:");
        for (g, sc, a, b, m, ps) in &rows {
            if (ps.score >= thr) != *m {
                println!(
                    "{} {g}/{sc} {:.3} [{a}] vs [{b}] :: {}",
                    if *m { "FN" } else { "FP" },
                    ps.score,
                    ps.explanation
                );
            }
        }
    }
}
