//! Prints the extraction of one file as JSON: `cargo run -p embargo-extract --example extract_file -- FILE`.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: extract_file FILE")?;
    let bytes = std::fs::read(&path)?;
    let x = embargo_extract::Extractor::builtin()?;
    let e = x.extract(&path, &bytes)?;
    println!("{}", serde_json::to_string_pretty(&e)?);
    Ok(())
}
