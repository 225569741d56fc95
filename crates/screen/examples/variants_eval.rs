//! Variants/decoys check built from the real lists (until data/bench/name_variants.csv exists,
//! and in addition to it when it does).
//! Variants: OFAC/UN list their own alternative spellings of a person ("PESKOV, Dmitrii
//! Sergeevich" for "PESKOV, Dmitriy Sergeevich"). The index holds primary names only; each
//! alias that is a spelling variant (same surname initial, same number of words ±1) is
//! queried in report order ("Given Surname") and must find its entry.
//! Decoys: a listed surname with the given name of another listed person (who does not share
//! that surname), and the same with the surname changed by one letter: must not hit the entry.
//! Run: cargo run --release -p embargo-screen --example variants_eval
#[path = "../tests/common/lists.rs"]
mod lists;

use embargo_model::{ListEntry, Schema};
use embargo_screen::{ScreenOptions, Screener, DEFAULT_THRESHOLD};
use std::collections::{HashMap, HashSet};
use std::path::Path;

fn report_order(n: &str) -> String {
    match n.split_once(", ") {
        Some((s, g)) => format!("{g} {s}"),
        None => n.to_string(),
    }
}

fn main() {
    let all = lists::all_entries();
    let persons: Vec<&ListEntry> = all.iter().filter(|e| e.schema == Schema::Person).collect();
    let primaries: Vec<ListEntry> = all
        .iter()
        .map(|e| ListEntry {
            aliases: Vec::new(),
            ..e.clone()
        })
        .collect();
    let s = Screener::build(primaries.iter());
    let o = ScreenOptions {
        limit: 50,
        ..Default::default()
    };

    // Variants
    let (mut n, mut found) = (0usize, 0usize);
    let mut misses = Vec::new();
    for e in &persons {
        let Some((psur, pgiven)) = e.name.split_once(", ") else {
            continue;
        };
        for a in &e.aliases {
            let Some((asur, agiven)) = a.name.split_once(", ") else {
                continue;
            };
            let same = |x: &str, y: &str| x.to_lowercase() == y.to_lowercase();
            if same(&a.name, &e.name) || (same(asur, psur) && same(agiven, pgiven)) {
                continue;
            }
            let fw = |x: &str| x.chars().next().map(|c| c.to_ascii_lowercase());
            let words = |x: &str| x.split_whitespace().count();
            if fw(asur) != fw(psur) || words(&a.name).abs_diff(words(&e.name)) > 1 {
                continue;
            }
            n += 1;
            let q = report_order(&a.name);
            let hit = s
                .screen(&q, &o)
                .map(|r| {
                    r.hits
                        .iter()
                        .any(|h| h.list == e.provenance.list && h.list_id == e.list_id)
                })
                .unwrap_or(false);
            if hit {
                found += 1;
            } else if misses.len() < 25 {
                misses.push(format!("{q}  ->  {}", e.name));
            }
        }
    }
    println!(
        "variants (list aliases, report order): {found}/{n} found, recall {:.3}",
        found as f64 / n.max(1) as f64
    );
    for m in &misses {
        println!("  miss: {m}");
    }

    // Decoys
    let mut by_surname: HashMap<String, Vec<&ListEntry>> = HashMap::new();
    for e in &persons {
        if let Some((sur, _)) = e.name.split_once(", ") {
            by_surname.entry(sur.to_lowercase()).or_default().push(e);
        }
    }
    let givens: Vec<String> = persons
        .iter()
        .filter_map(|e| {
            e.name
                .split_once(", ")
                .map(|(_, g)| g.split_whitespace().next().unwrap_or("").to_string())
        })
        .filter(|g| g.len() >= 3)
        .collect();
    let mut surnames: Vec<(&String, &Vec<&ListEntry>)> = by_surname
        .iter()
        .filter(|(s, _)| s.len() >= 4 && !s.contains(' '))
        .collect();
    surnames.sort_by(|a, b| a.0.cmp(b.0));
    let mut seed = 0x2545F4914F6CDD1Du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut dn, mut dhit, mut mn, mut mhit) = (0usize, 0usize, 0usize, 0usize);
    let mut decoy_hits = Vec::new();
    for _ in 0..2000 {
        let (sur, ents) = surnames[(next() % surnames.len() as u64) as usize];
        let given = &givens[(next() % givens.len() as u64) as usize];
        let listed_givens: HashSet<String> = ents
            .iter()
            .flat_map(|e| e.all_names())
            .flat_map(|n| {
                n.to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        if listed_givens.contains(&given.to_lowercase()) {
            continue;
        }
        let ids: HashSet<(String, String)> = ents
            .iter()
            .map(|e| (e.provenance.list.to_string(), e.list_id.clone()))
            .collect();
        let hits_entry = |q: &str| {
            s.screen(q, &ScreenOptions::default())
                .map(|r| {
                    r.hits
                        .into_iter()
                        .find(|h| ids.contains(&(h.list.to_string(), h.list_id.clone())))
                })
                .ok()
                .flatten()
        };
        // exact listed surname, another person's given name
        let q = format!("{given} {sur}");
        dn += 1;
        if let Some(h) = hits_entry(&q) {
            dhit += 1;
            if decoy_hits.len() < 15 {
                decoy_hits.push(format!("{q} -> {} {:.2}", h.listed_name, h.score));
            }
        }
        // surname one letter off: replace a consonant in the middle with another consonant
        let mut cs: Vec<char> = sur.chars().collect();
        let pos = 1 + (next() % (cs.len() as u64 - 1)) as usize;
        let repl = ['m', 'r', 't', 'l', 'n', 'b'];
        let r = repl[(next() % repl.len() as u64) as usize];
        if cs[pos] == r || !cs[pos].is_ascii_alphabetic() {
            continue;
        }
        cs[pos] = r;
        let q = format!("{given} {}", cs.iter().collect::<String>());
        mn += 1;
        if let Some(h) = hits_entry(&q) {
            mhit += 1;
            if decoy_hits.len() < 30 {
                decoy_hits.push(format!("{q} -> {} {:.2}", h.listed_name, h.score));
            }
        }
    }
    println!(
        "decoys at threshold {DEFAULT_THRESHOLD}: listed surname + other given name: {dhit}/{dn} hit ({:.3}); surname one letter off + other given name: {mhit}/{mn} hit ({:.3})",
        dhit as f64 / dn.max(1) as f64,
        mhit as f64 / mn.max(1) as f64
    );
    for d in &decoy_hits {
        println!("  decoy hit: {d}");
    }

    // The labelled set, when it exists.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/bench/name_variants.csv");
    if let Ok(mut rdr) = csv::Reader::from_path(&path) {
        let full = Screener::build(all.iter());
        let headers = rdr.headers().cloned().unwrap_or_default();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let (Some(cq), Some(cl), Some(ci), Some(ck)) = (
            col("query"),
            col("expected_list"),
            col("expected_list_id"),
            col("kind"),
        ) else {
            println!("name_variants.csv: unexpected header {headers:?}");
            return;
        };
        let (mut vn, mut vf, mut dn, mut dh) = (0, 0, 0, 0);
        let mut shown = 0;
        for rec in rdr.records().flatten() {
            let q = &rec[cq];
            let r = full.screen(
                q,
                &ScreenOptions {
                    limit: 50,
                    ..Default::default()
                },
            );
            let hits = r.map(|r| r.hits).unwrap_or_default();
            let is_hit = hits
                .iter()
                .any(|h| h.list.as_str() == &rec[cl] && h.list_id == rec[ci]);
            if &rec[ck] == "variant" {
                vn += 1;
                if is_hit {
                    vf += 1;
                } else if shown < 30 {
                    shown += 1;
                    println!("  variant miss: {q} -> {} {}", &rec[cl], &rec[ci]);
                }
            } else {
                dn += 1;
                let any = if rec[ci].is_empty() {
                    !hits.is_empty()
                } else {
                    is_hit
                };
                if any {
                    dh += 1;
                    println!(
                        "  decoy hit: {q} -> {:?}",
                        hits.first()
                            .map(|h| (&h.listed_name, h.score, &h.explanation))
                    );
                }
            }
        }
        println!("name_variants.csv: variants {vf}/{vn} found (recall {:.3}); decoys {dh}/{dn} hit ({:.3})", vf as f64 / vn.max(1) as f64, dh as f64 / dn.max(1) as f64);
    } else {
        println!("data/bench/name_variants.csv not present yet");
    }
}
