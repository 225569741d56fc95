//! Times loading every built-in list (embedded files) and prints entries and skipped rows per
//! list. Run: `cargo run --release -p embargo-lists --example load_bench -- [RUNS] [builtin-only]`.
use embargo_lists::{read_path, ListFormat, ListSet};
use std::collections::BTreeMap;
use std::time::Instant;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let mut times = Vec::with_capacity(runs);
    let mut set = None;
    for _ in 0..runs {
        let t = Instant::now();
        let s = match ListSet::builtin() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        };
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        set = Some(s);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let Some(set) = set else { return };
    println!(
        "ListSet::builtin(): {runs} runs, min {:.1} ms, median {:.1} ms, max {:.1} ms",
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    );
    println!(
        "{:<15} {:>8} {:>8}  version  / source files",
        "list", "entries", "skipped"
    );
    for l in &set.lists {
        println!(
            "{:<15} {:>8} {:>8}  {} / {}",
            l.kind.as_str(),
            l.entries.len(),
            l.skipped.len(),
            l.provenance.version,
            l.provenance.source_file
        );
        let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
        for s in &l.skipped {
            // Group reasons by their wording without the ids.
            let key: Vec<&str> = s
                .reason
                .split(' ')
                .map(|w| {
                    if w.bytes().any(|b| b.is_ascii_digit()) {
                        "…"
                    } else {
                        w
                    }
                })
                .collect();
            let key = key.join(" ");
            // FtM reasons start with the entity id: "NK-…: schema Address is not a party".
            let key = match key.split_once(": ") {
                Some((id, rest)) if !id.contains(' ') => format!("…: {rest}"),
                _ => key,
            };
            *reasons.entry(format!("{}: {}", s.file, key)).or_default() += 1;
        }
        for (r, n) in reasons {
            println!("    skipped {n:>6} × {r}");
        }
    }
    println!("total entries: {}", set.len());
    if std::env::args().nth(2).as_deref() == Some("builtin-only") {
        return;
    }
    // Per-list read times from disk (data/lists), best of the runs.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/lists");
    for (file, fmt) in [
        ("ofac_sdn_2024-05-03.csv", ListFormat::Ofac),
        ("ofac_cons_prim_2025-12.csv", ListFormat::Ofac),
        ("un_consolidated_2026-02-27.xml", ListFormat::Un),
        ("uk_sanctions_list_summary_2025-08-11.csv", ListFormat::Uk),
        ("opensanctions_sample_zala.ftm.json", ListFormat::Ftm),
    ] {
        let mut best = f64::MAX;
        for _ in 0..runs {
            let t = Instant::now();
            if let Err(e) = read_path(&dir.join(file), fmt) {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        println!("read_path {file:<42} best {best:>6.1} ms");
    }
}
