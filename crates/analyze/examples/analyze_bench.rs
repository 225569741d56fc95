//! End-to-end benchmark of `Analyzer::analyze` on one core: real articles from `examples/`,
//! `tests/fixtures/devset/` and `tests/fixtures/assess/`, cycled to N documents (default 1,000),
//! every party screened against the shipped lists.
//!
//! Run: `CARGO_TARGET_DIR=target-analyze cargo run --release -p embargo-analyze --example analyze_bench [-- N]`
use embargo_analyze::{AnalyzeOptions, Analyzer};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn articles(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["examples", "tests/fixtures/devset", "tests/fixtures/assess"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension()
                    .is_some_and(|x| x == "txt" || x == "html" || x == "htm")
            })
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = std::fs::read(&p) {
                out.push((p.display().to_string(), b));
            }
        }
    }
    out
}

fn vm_hwm_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let docs = articles(&root);
    if docs.is_empty() {
        eprintln!("no articles found under {}", root.display());
        std::process::exit(1);
    }
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    println!(
        "{} distinct articles ({} KiB, mean {} bytes), cycled to {n}",
        docs.len(),
        bytes / 1024,
        bytes / docs.len()
    );

    let t0 = Instant::now();
    let lists = embargo_lists::ListSet::builtin().expect("shipped lists");
    let t_lists = t0.elapsed();
    let t1 = Instant::now();
    let analyzer = Analyzer::new(&lists, AnalyzeOptions::default()).expect("analyzer");
    let t_build = t1.elapsed();
    let n_entries = lists.entries().count();
    drop(lists);
    println!(
        "load lists: {:.0} ms ({} entries); build analyzer (index + gazetteers + regimes): {:.0} ms; total {:.0} ms",
        t_lists.as_secs_f64() * 1e3,
        n_entries,
        t_build.as_secs_f64() * 1e3,
        (t_lists + t_build).as_secs_f64() * 1e3
    );
    let hwm_after_build = vm_hwm_kib();

    // one warm-up pass over the distinct articles, not timed
    for (src, b) in &docs {
        let _ = analyzer.analyze(src, b);
    }

    let (mut transfers, mut parties, mut hits, mut items, mut errors) = (0, 0, 0, 0, 0);
    let mut per_doc: Vec<f64> = Vec::with_capacity(n);
    let t2 = Instant::now();
    for i in 0..n {
        let (src, b) = &docs[i % docs.len()];
        let s = Instant::now();
        match analyzer.analyze(src, b) {
            Ok(r) => {
                transfers += r.transfers.len();
                items += r.transfers.iter().map(|t| t.items.len()).sum::<usize>();
                parties += r.parties.len();
                hits += r.parties.iter().map(|p| p.screening.len()).sum::<usize>();
            }
            Err(_) => errors += 1,
        }
        per_doc.push(s.elapsed().as_secs_f64() * 1e3);
    }
    let el = t2.elapsed().as_secs_f64();
    per_doc.sort_by(f64::total_cmp);
    let pct = |q: f64| per_doc[((per_doc.len() - 1) as f64 * q) as usize];
    println!(
        "{n} articles in {:.2} s: {:.0} articles/s on one core; per article p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        el,
        n as f64 / el,
        pct(0.5),
        pct(0.95),
        pct(1.0)
    );
    println!(
        "found {transfers} transfers, {items} items, {parties} parties (each screened unless a state or a description), {hits} list hits, {errors} errors"
    );
    // the same documents through the extractor alone: the rest of the time is resolve + assess
    let extractor = embargo_extract::Extractor::builtin().expect("extractor");
    let t3 = Instant::now();
    for i in 0..n {
        let (src, b) = &docs[i % docs.len()];
        let _ = extractor.extract(src, b);
    }
    let ex = t3.elapsed().as_secs_f64();
    println!(
        "of which extraction alone: {:.2} s ({:.0}%); resolve (screening) + assess + report: {:.2} s",
        ex,
        100.0 * ex / el,
        (el - ex).max(0.0)
    );
    println!(
        "peak memory (VmHWM): after build {} MiB, at end {} MiB",
        hwm_after_build.map(|k| k / 1024).unwrap_or(0),
        vm_hwm_kib().map(|k| k / 1024).unwrap_or(0)
    );
}
