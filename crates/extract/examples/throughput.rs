//! Throughput on the dev-set articles repeated to at least 20 MB, one core.
//! Run: `cargo run --release -p embargo-extract --example throughput`.
use std::path::Path;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/devset");
    let mut docs: Vec<(String, Vec<u8>)> = Vec::new();
    for e in std::fs::read_dir(&dir)? {
        let p = e?.path();
        let name = p.to_string_lossy().to_string();
        if name.ends_with(".txt") || name.ends_with(".html") {
            docs.push((name, std::fs::read(&p)?));
        }
    }
    docs.sort();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed-article.txt");
    docs.push(("seed".into(), std::fs::read(seed)?));
    let x = embargo_extract::Extractor::builtin()?;
    let target = 20 * 1024 * 1024;
    let (mut bytes, mut ndocs, mut transfers, mut html_bytes) = (0usize, 0usize, 0usize, 0usize);
    let mut html_secs = 0.0;
    let start = Instant::now();
    while bytes < target {
        for (name, d) in &docs {
            let t0 = Instant::now();
            let e = x.extract(name, d)?;
            transfers += e.transfers.len();
            bytes += d.len();
            if name.ends_with(".html") {
                html_bytes += d.len();
                html_secs += t0.elapsed().as_secs_f64();
            }
            ndocs += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "plain text: {:.2} MB/s; HTML (readability pass included): {:.2} MB/s",
        (bytes - html_bytes) as f64 / 1e6 / (secs - html_secs),
        html_bytes as f64 / 1e6 / html_secs
    );
    println!(
        "{ndocs} documents, {:.1} MB ({:.1} MB of it HTML), {transfers} transfers in {secs:.2} s: {:.2} MB/s, {:.0} documents/s",
        bytes as f64 / 1e6,
        html_bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        ndocs as f64 / secs
    );
    Ok(())
}
