//! A small private reader of the real list files in `data/lists/`, for tests and benches of
//! embargo-screen only (the product readers live in crates/lists). OFAC SDN + aliases,
//! OFAC consolidated + aliases, UK summary CSV, UN consolidated XML.
#![allow(dead_code)]
use embargo_model::{Alias, AliasQuality, ListEntry, ListKind, Provenance, Schema};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/lists")
}

fn entry(list: ListKind, file: &str, id: &str, schema: Schema, name: &str) -> ListEntry {
    ListEntry {
        list_id: id.to_string(),
        schema,
        name: name.to_string(),
        aliases: Vec::new(),
        birth_dates: Vec::new(),
        nationalities: Vec::new(),
        programs: Vec::new(),
        titles: Vec::new(),
        listed_on: None,
        remarks: None,
        provenance: Provenance {
            list,
            source_file: file.to_string(),
            version: String::new(),
        },
    }
}

fn nul(s: &str) -> Option<String> {
    let t = s.trim();
    if t == "-0-" || t.is_empty() {
        None
    } else {
        Some(t.to_string())
    }
}

fn read_ofac(list: ListKind, prim: &str, alt: &str) -> Vec<ListEntry> {
    let dir = data_dir();
    let bytes = std::fs::read(dir.join(prim)).expect("read ofac primary");
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[..]);
    let mut out: Vec<ListEntry> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for rec in rdr.records() {
        let Ok(r) = rec else { continue };
        if r.len() < 12 {
            continue;
        }
        let id = r[0].trim().to_string();
        let schema = match r[2].trim() {
            "individual" => Schema::Person,
            "vessel" => Schema::Vessel,
            "aircraft" => Schema::Aircraft,
            _ => Schema::Organization,
        };
        let mut e = entry(list, prim, &id, schema, r[1].trim());
        e.programs = r[3]
            .split(']')
            .map(|p| p.trim_matches(|c: char| c == '[' || c == ' ').to_string())
            .filter(|p| !p.is_empty())
            .collect();
        e.remarks = nul(&r[11]);
        by_id.insert(id, out.len());
        out.push(e);
    }
    let bytes = std::fs::read(dir.join(alt)).expect("read ofac alt");
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[..]);
    for rec in rdr.records() {
        let Ok(r) = rec else { continue };
        if r.len() < 4 {
            continue;
        }
        if let Some(&i) = by_id.get(r[0].trim()) {
            out[i].aliases.push(Alias {
                name: r[3].trim().to_string(),
                quality: AliasQuality::Strong,
            });
        }
    }
    out
}

fn read_uk() -> Vec<ListEntry> {
    let f = "uk_sanctions_list_summary_2025-08-11.csv";
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(data_dir().join(f))
        .expect("read uk");
    let mut out: Vec<ListEntry> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for rec in rdr.records() {
        let Ok(r) = rec else { continue };
        if r.len() < 5 {
            continue;
        }
        let schema = match r[4].trim() {
            "Individual" => Schema::Person,
            "Ship" => Schema::Vessel,
            "Entity" => Schema::Organization,
            _ => Schema::Unknown,
        };
        let id = r[0].trim().to_string();
        if let Some(&i) = by_id.get(&id) {
            out[i].aliases.push(Alias {
                name: r[2].trim().to_string(),
                quality: AliasQuality::Strong,
            });
            continue;
        }
        let mut e = entry(ListKind::GbFcdo, f, &id, schema, r[2].trim());
        e.programs = vec![r[3].trim().to_string()];
        by_id.insert(id, out.len());
        out.push(e);
    }
    out
}

fn tag<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let a = s.find(&open)? + open.len();
    let b = s[a..].find(&close)? + a;
    Some(&s[a..b])
}

fn tags<'a>(s: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(a) = rest.find(&open) {
        let a = a + open.len();
        let Some(b) = rest[a..].find(&close) else {
            break;
        };
        out.push(&rest[a..a + b]);
        rest = &rest[a + b + close.len()..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .trim()
        .to_string()
}

fn read_un() -> Vec<ListEntry> {
    let f = "un_consolidated_2026-02-27.xml";
    let x = std::fs::read_to_string(data_dir().join(f)).expect("read un");
    let mut out = Vec::new();
    for (block, alias_tag, schema) in [
        ("INDIVIDUAL", "INDIVIDUAL_ALIAS", Schema::Person),
        ("ENTITY", "ENTITY_ALIAS", Schema::Organization),
    ] {
        for b in tags(&x, block) {
            let parts: Vec<String> = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
                .iter()
                .filter_map(|t| tag(b, t))
                .map(unescape)
                .filter(|p| !p.is_empty())
                .collect();
            let Some(id) = tag(b, "REFERENCE_NUMBER") else {
                continue;
            };
            let mut e = entry(ListKind::UnSc, f, id.trim(), schema, &parts.join(" "));
            if let Some(p) = tag(b, "UN_LIST_TYPE") {
                e.programs = vec![p.trim().to_string()];
            }
            for a in tags(b, alias_tag) {
                if let Some(n) = tag(a, "ALIAS_NAME") {
                    let n = unescape(n);
                    if n.is_empty() {
                        continue;
                    }
                    let q = if tag(a, "QUALITY").is_some_and(|q| q.trim() == "Low") {
                        AliasQuality::Weak
                    } else {
                        AliasQuality::Strong
                    };
                    e.aliases.push(Alias {
                        name: n,
                        quality: q,
                    });
                }
            }
            if let Some(n) = tag(b, "NAME_ORIGINAL_SCRIPT") {
                let n = unescape(n);
                if !n.is_empty() {
                    e.aliases.push(Alias {
                        name: n,
                        quality: AliasQuality::Strong,
                    });
                }
            }
            out.push(e);
        }
    }
    out
}

/// All real list entries shipped in data/lists (OFAC SDN, OFAC consolidated, UK, UN).
pub fn all_entries() -> Vec<ListEntry> {
    let mut v = read_ofac(
        ListKind::UsOfacSdn,
        "ofac_sdn_2024-05-03.csv",
        "ofac_alt_2025-12.csv",
    );
    v.extend(read_ofac(
        ListKind::UsOfacCons,
        "ofac_cons_prim_2025-12.csv",
        "ofac_cons_alt_2025-12.csv",
    ));
    v.extend(read_uk());
    v.extend(read_un());
    v
}
