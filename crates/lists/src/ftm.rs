//! OpenSanctions FollowTheMoney JSON lines: one entity per line. Parties (Person, Organization,
//! Company, LegalEntity, PublicBody, Vessel, Airplane) become entries; Sanction entities give
//! their party's programmes and listing date; every other schema is a counted skip.
use crate::input::{self, Skips};
use crate::{date_in_name, ListError, ListFormat, LoadedList, MAX_FIELD_BYTES};
use embargo_model::{Alias, AliasQuality, ListEntry, ListKind, Provenance, Schema};
use serde_json::Value;
use std::collections::HashMap;

/// The string values of one property.
fn prop<'v>(props: &'v Value, key: &str) -> Vec<&'v str> {
    props
        .get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn party_schema(s: &str) -> Option<Schema> {
    Some(match s {
        "Person" => Schema::Person,
        "Organization" | "Company" | "LegalEntity" | "PublicBody" => Schema::Organization,
        "Vessel" => Schema::Vessel,
        "Airplane" => Schema::Aircraft,
        _ => return None,
    })
}

fn push(v: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// A Sanction entity, kept until all parties are read.
struct Sanction {
    file: String,
    line: u64,
    entity: Vec<String>,
    programs: Vec<String>,
    date: Option<String>,
}

/// Reads several FtM files into one OpenSanctions list.
pub(crate) fn read_many(files: &[(&str, &[u8])]) -> Result<LoadedList, ListError> {
    let mut skips = Skips::default();
    let mut entries: Vec<ListEntry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut sanctions: Vec<Sanction> = Vec::new();
    let mut last_change = String::new();
    let placeholder = Provenance {
        list: ListKind::OpenSanctions,
        source_file: String::new(),
        version: String::new(),
    };
    for &(name, bytes) in files {
        let data = input::prepare(name, bytes)?;
        let (mut rows, mut bad) = (0usize, 0usize);
        let mut first_bad: Option<(u64, String)> = None;
        let n_lines = data.split(|&c| c == b'\n').count();
        for (i, raw) in data.split(|&c| c == b'\n').enumerate() {
            let line = i as u64 + 1;
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            if raw.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            rows += 1;
            let parsed: Result<Value, String> = if raw.len() > MAX_FIELD_BYTES {
                Err(format!(
                    "line is {} bytes, over the limit of {MAX_FIELD_BYTES}",
                    raw.len()
                ))
            } else {
                match std::str::from_utf8(raw) {
                    Err(e) => Err(format!("invalid UTF-8 at column {}", e.valid_up_to() + 1)),
                    Ok(s) => serde_json::from_str(s).map_err(|e| format!("invalid JSON: {e}")),
                }
            };
            let v = match parsed {
                Ok(v) => v,
                Err(reason) => {
                    if i + 1 == n_lines && !input::ends_with_newline(data) {
                        return Err(ListError::Truncated {
                            file: name.to_string(),
                            line,
                            reason: format!("the last line is incomplete ({reason})"),
                        });
                    }
                    bad += 1;
                    first_bad.get_or_insert((line, reason.clone()));
                    skips.skip(name, line, reason);
                    continue;
                }
            };
            let id = v.get("id").and_then(Value::as_str).unwrap_or("");
            let schema = v.get("schema").and_then(Value::as_str).unwrap_or("");
            let empty = Value::Null;
            let props = v.get("properties").unwrap_or(&empty);
            if id.is_empty() || schema.is_empty() {
                bad += 1;
                first_bad.get_or_insert((line, "no id or schema".into()));
                skips.skip(name, line, "entity has no id or no schema".into());
                continue;
            }
            if let Some(lc) = v.get("last_change").and_then(Value::as_str) {
                let d: String = lc.chars().take(10).collect();
                if d > last_change {
                    last_change = d;
                }
            }
            if schema == "Sanction" {
                let mut programs = Vec::new();
                for p in prop(props, "program") {
                    push(&mut programs, p);
                }
                if programs.is_empty() {
                    for p in prop(props, "authority") {
                        push(&mut programs, p);
                    }
                }
                let date = prop(props, "listingDate")
                    .into_iter()
                    .chain(prop(props, "startDate"))
                    .min()
                    .map(str::to_string);
                sanctions.push(Sanction {
                    file: name.to_string(),
                    line,
                    entity: prop(props, "entity")
                        .into_iter()
                        .map(str::to_string)
                        .collect(),
                    programs,
                    date,
                });
                continue;
            }
            let Some(schema_kind) = party_schema(schema) else {
                skips.skip_quiet(
                    name,
                    line,
                    "entities of non-party schemas",
                    format!("{id}: schema {schema} is not a party"),
                );
                continue;
            };
            if index.contains_key(id) {
                skips.skip(name, line, format!("duplicate entity id {id}"));
                continue;
            }
            let caption = v.get("caption").and_then(Value::as_str).unwrap_or("");
            let names = prop(props, "name");
            let primary = if !caption.is_empty() {
                caption
            } else {
                names.first().copied().unwrap_or("")
            };
            if primary.trim().is_empty() {
                skips.skip(name, line, format!("{id}: no caption and no name"));
                continue;
            }
            let mut e = ListEntry {
                list_id: id.to_string(),
                schema: schema_kind,
                name: primary.trim().to_string(),
                aliases: Vec::new(),
                birth_dates: Vec::new(),
                nationalities: Vec::new(),
                programs: Vec::new(),
                titles: Vec::new(),
                listed_on: None,
                remarks: None,
                provenance: placeholder.clone(),
            };
            let strong = names
                .iter()
                .chain(prop(props, "alias").iter())
                .chain(prop(props, "previousName").iter())
                .map(|s| (*s, AliasQuality::Strong))
                .collect::<Vec<_>>();
            let weak = prop(props, "weakAlias");
            for (a, q) in strong
                .into_iter()
                .chain(weak.into_iter().map(|s| (s, AliasQuality::Weak)))
            {
                let a = a.trim();
                if !a.is_empty() && a != e.name && !e.aliases.iter().any(|x| x.name == a) {
                    e.aliases.push(Alias {
                        name: a.to_string(),
                        quality: q,
                    });
                }
            }
            for d in prop(props, "birthDate") {
                push(&mut e.birth_dates, d);
            }
            let country_keys: &[&str] = match schema_kind {
                Schema::Person => &["nationality", "citizenship"],
                Schema::Vessel | Schema::Aircraft => &["flag", "country"],
                _ => &["country", "jurisdiction"],
            };
            for k in country_keys {
                for c in prop(props, k) {
                    push(&mut e.nationalities, c);
                }
            }
            if e.nationalities.is_empty() && schema_kind == Schema::Person {
                for c in prop(props, "country") {
                    push(&mut e.nationalities, c);
                }
            }
            for p in prop(props, "program") {
                push(&mut e.programs, p);
            }
            for t in prop(props, "position")
                .into_iter()
                .chain(prop(props, "title"))
            {
                push(&mut e.titles, t);
            }
            let notes = prop(props, "notes");
            if !notes.is_empty() {
                e.remarks = Some(notes.join("; "));
            }
            index.insert(id.to_string(), entries.len());
            entries.push(e);
        }
        if bad > 0 && bad * 2 > rows {
            let (first_line, first_reason) = first_bad.unwrap_or_default();
            return Err(ListError::MostlyMalformed {
                file: name.to_string(),
                format: ListFormat::Ftm,
                skipped: bad,
                rows,
                first_line,
                first_reason,
            });
        }
    }
    for s in sanctions {
        let mut linked = false;
        for ent in &s.entity {
            if let Some(&i) = index.get(ent) {
                linked = true;
                let e = &mut entries[i];
                for p in &s.programs {
                    push(&mut e.programs, p);
                }
                if let Some(d) = &s.date {
                    let earlier = match &e.listed_on {
                        None => true,
                        Some(old) => d < old,
                    };
                    if earlier {
                        e.listed_on = Some(d.clone());
                    }
                }
            }
        }
        if !linked {
            skips.skip_quiet(
                &s.file,
                s.line,
                "sanctions of entities not in the files",
                format!(
                    "sanction of {:?}, which is not a party in the files",
                    s.entity
                ),
            );
        }
    }
    let names: Vec<&str> = files.iter().map(|f| f.0).collect();
    let version = if !last_change.is_empty() {
        last_change
    } else {
        names
            .iter()
            .find_map(|n| date_in_name(n))
            .unwrap_or_else(|| "unknown".into())
    };
    let provenance = Provenance {
        list: ListKind::OpenSanctions,
        source_file: names.join("+"),
        version,
    };
    for e in &mut entries {
        e.provenance = provenance.clone();
    }
    Ok(LoadedList {
        kind: ListKind::OpenSanctions,
        provenance,
        entries,
        skipped: skips.finish(),
    })
}
