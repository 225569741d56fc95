//! Scores a held-out sentence battery (a `tests/fixtures/sentences/*.tsv` file) without making
//! it a test: how many rows read, matched as the dev-set scorer matches; `-v` lists the rows that
//! do not read. For the batteries kept unread on purpose (D to H), so their figures can be
//! reproduced without anyone reading them.
//! Run: `cargo run --release -p embargo-extract --example battery_eval -- tests/fixtures/sentences/heldout_h.tsv [-v]`.
#[path = "scoring/battery.rs"]
mod battery;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let files: Vec<&String> = args.iter().filter(|a| *a != "-v").collect();
    if files.is_empty() {
        eprintln!("usage: battery_eval FILE.tsv… [-v]");
        return ExitCode::from(2);
    }
    let x = match embargo_extract::Extractor::builtin() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("built-in data: {e}");
            return ExitCode::FAILURE;
        }
    };
    for file in files {
        let rows = match std::fs::read_to_string(file)
            .map_err(|e| format!("{file}: {e}"))
            .and_then(|t| battery::parse_rows(file, &t))
        {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
        let mut read = 0;
        for r in &rows {
            let ok = match x.extract("sentence", r.sentence.as_bytes()) {
                Ok(e) => battery::reads(&e, r),
                Err(e) => {
                    eprintln!("{}:{}: {e}", r.file, r.line);
                    false
                }
            };
            read += usize::from(ok);
            if !ok && verbose {
                println!("  no  {}:{}: {}", r.file, r.line, r.sentence);
            }
        }
        println!("{file}: {read}/{}", rows.len());
    }
    ExitCode::SUCCESS
}
