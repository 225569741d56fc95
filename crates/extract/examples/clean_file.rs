//! Prints the cleaned sentences of one file: `cargo run -p embargo-extract --example clean_file -- FILE`.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: clean_file FILE")?;
    let doc = embargo_extract::clean(&path, &std::fs::read(&path)?)?;
    println!("title: {:?}", doc.title);
    for s in &doc.sentences {
        println!("[{}..{}] {}", s.span.start, s.span.end, s.text);
    }
    Ok(())
}
