//! Reading a held-out sentence battery (`tests/fixtures/sentences`): its rows, and whether an
//! extraction reads a row as the dev-set scorer matches (a shared name token, an item keyword).
//! Shared by `tests/heldout_sentences.rs` and `examples/battery_eval.rs`.
use embargo_model::{Extraction, PartyRef, Transfer};

/// One row of a battery.
pub struct Row {
    pub file: String,
    pub line: usize,
    pub sentence: String,
    pub giver: Option<Vec<String>>,
    pub recipient: Option<Vec<String>>,
    pub items: Vec<String>,
    pub modality: String,
}

/// The rows of a battery file's text; an error names the file and line of a malformed row.
pub fn parse_rows(file: &str, text: &str) -> Result<Vec<Row>, String> {
    const MODALITIES: &[&str] = &["fact", "planned", "denied", "speculative", "none"];
    let names = |f: &str| (f != "null").then(|| f.split('|').map(String::from).collect());
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() != 5 {
                return Err(format!("{file}:{}: want five tab-separated fields", i + 1));
            }
            if !MODALITIES.contains(&f[4]) {
                return Err(format!("{file}:{}: unknown modality {:?}", i + 1, f[4]));
            }
            Ok(Row {
                file: file.to_string(),
                line: i + 1,
                sentence: f[0].into(),
                giver: names(f[1]),
                recipient: names(f[2]),
                items: f[3].split('|').map(|k| k.to_lowercase()).collect(),
                modality: f[4].into(),
            })
        })
        .collect()
}

/// Lower-case name tokens, as the dev-set scorer splits them.
fn tokens(s: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "the", "of", "and", "a", "an", "his", "her", "its", "their", "s", "to", "in",
    ];
    s.split(|c: char| !c.is_alphabetic())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .filter(|t| !STOP.contains(&t.as_str()))
        .collect()
}

fn party_matches(p: &Option<PartyRef>, accepted: &Option<Vec<String>>) -> bool {
    match (p, accepted) {
        (None, None) => true,
        (Some(p), Some(names)) => {
            let said: Vec<String> = tokens(&p.name)
                .into_iter()
                .chain(tokens(&p.mention))
                .collect();
            names
                .iter()
                .any(|n| tokens(n).iter().any(|t| said.contains(t)))
        }
        _ => false,
    }
}

fn states(t: &Transfer, r: &Row) -> bool {
    party_matches(&t.giver, &r.giver)
        && party_matches(&t.recipient, &r.recipient)
        && t.items.iter().any(|i| {
            let text = format!("{} {}", i.text, i.normalised).to_lowercase();
            r.items.iter().any(|k| text.contains(k.as_str()))
        })
}

/// Whether the extraction reads the row: a fact states the transfer; a plan, denial or guess
/// states no such fact; a sentence with no transfer states none.
pub fn reads(e: &Extraction, r: &Row) -> bool {
    match r.modality.as_str() {
        "fact" => e.transfers.iter().any(|t| states(t, r)),
        "none" => e.transfers.is_empty(),
        _ => !e.transfers.iter().any(|t| states(t, r)),
    }
}
