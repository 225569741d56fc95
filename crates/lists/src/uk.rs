//! UK FCDO sanctions list CSV, in two layouts:
//! - the 8-column summary export (`Unique ID,OFSI Group ID,Name,Regime Name,Type,Designation
//!   source,Date Designated,Sanctions Imposed`), one row per designation;
//! - the full `UK-Sanctions-List.csv` (a `Report Date:` line, then a header starting
//!   `Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1…`), one row per
//!   name or address of a designation, grouped here by Unique ID.
//!
//! One entry per designation (Unique ID), not per OFSI Group ID: a group repeats across
//! regimes (e.g. AQD0194 and SOM0003 are one person under two regimes), each designation has its
//! own regime, date and sanctions, and the Unique ID is what the FCDO publishes as the
//! reference. Screening may show one person twice, once per regime, which is what a reviewer
//! needs to see.
use crate::input::{self, for_each_row, Skips};
use crate::{date_in_name, ListError, ListFormat, LoadedList};
use embargo_model::{Alias, AliasQuality, ListEntry, ListKind, Provenance, Schema};
use std::collections::HashMap;

/// The summary export's header.
const SUMMARY_HEADER: [&str; 8] = [
    "Unique ID",
    "OFSI Group ID",
    "Name",
    "Regime Name",
    "Type",
    "Designation source",
    "Date Designated",
    "Sanctions Imposed",
];

/// Reads either layout, told apart by the header.
pub(crate) fn read(name: &str, bytes: &[u8]) -> Result<LoadedList, ListError> {
    let data = input::prepare(name, bytes)?;
    // The header may follow a `Report Date:` line (full layout).
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(data);
    let mut rec = csv::StringRecord::new();
    let mut report_date: Option<String> = None;
    let mut header: Vec<String> = Vec::new();
    let mut header_line = 1;
    for _ in 0..2 {
        let more = rdr.read_record(&mut rec).map_err(|e| ListError::Csv {
            file: name.to_string(),
            line: e.position().map_or(1, |p| p.line()),
            reason: format!("cannot read the header: {e}"),
        })?;
        if !more {
            break;
        }
        header_line = rec.position().map_or(1, |p| p.line());
        let first = rec.get(0).unwrap_or("").trim();
        if let Some(d) = first.strip_prefix("Report Date:") {
            report_date = Some(d.trim().to_string());
            continue;
        }
        header = rec.iter().map(|h| h.trim().to_string()).collect();
        break;
    }
    let mut body_start = rdr.position().byte() as usize;
    while matches!(data.get(body_start), Some(b'\r' | b'\n')) {
        body_start += 1;
    }
    let body = data.get(body_start..).unwrap_or(&[]);
    let line_base = input::line_of(data, body_start) - 1;
    let version = report_date
        .as_deref()
        .and_then(report_date_iso)
        .or_else(|| date_in_name(name))
        .unwrap_or_else(|| "unknown".into());
    let provenance = Provenance {
        list: ListKind::GbFcdo,
        source_file: name.to_string(),
        version,
    };
    let mut skips = Skips::default();
    let entries = if header.iter().map(String::as_str).eq(SUMMARY_HEADER) {
        read_summary(name, body, line_base, &provenance, &mut skips)?
    } else if header.iter().any(|h| h == "Unique ID") && header.iter().any(|h| h == "Name 6") {
        read_full(name, body, line_base, &header, &provenance, &mut skips)?
    } else {
        return Err(ListError::UnexpectedHeader {
            file: name.to_string(),
            line: header_line,
            format: ListFormat::Uk,
            found: header.join(","),
            expected: format!(
                "the summary header {:?}, or the full UK-Sanctions-List.csv header with \"Unique ID\" and \"Name 6\" columns",
                SUMMARY_HEADER.join(",")
            ),
        });
    };
    Ok(LoadedList {
        kind: ListKind::GbFcdo,
        provenance,
        entries,
        skipped: skips.finish(),
    })
}

/// `08-Oct-2026` → `2026-10-08`.
fn report_date_iso(s: &str) -> Option<String> {
    input::iso_date(&s.replace('-', " ")).or_else(|| input::iso_date(s))
}

fn schema_of(t: &str) -> Schema {
    match t.trim().to_ascii_lowercase().as_str() {
        "individual" => Schema::Person,
        "entity" => Schema::Organization,
        "ship" => Schema::Vessel,
        _ => Schema::Unknown,
    }
}

fn new_entry(id: &str, schema: Schema, prov: &Provenance) -> ListEntry {
    ListEntry {
        list_id: id.to_string(),
        schema,
        name: String::new(),
        aliases: Vec::new(),
        birth_dates: Vec::new(),
        nationalities: Vec::new(),
        programs: Vec::new(),
        titles: Vec::new(),
        listed_on: None,
        remarks: None,
        provenance: prov.clone(),
    }
}

fn read_summary(
    name: &str,
    body: &[u8],
    line_base: u64,
    prov: &Provenance,
    skips: &mut Skips,
) -> Result<Vec<ListEntry>, ListError> {
    let mut entries: Vec<ListEntry> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for_each_row(
        name,
        body,
        8,
        line_base,
        ListFormat::Uk,
        skips,
        |row, skips| {
            let Some(id) = row.get(0) else {
                return skips.skip(name, row.line, "field 1 (Unique ID) is empty".into());
            };
            if let Some(first) = seen.get(id) {
                return skips.skip(
                    name,
                    row.line,
                    format!("duplicate Unique ID {id} (first on line {first})"),
                );
            }
            let Some(n) = row.get(2) else {
                return skips.skip(name, row.line, format!("{id}: field 3 (Name) is empty"));
            };
            seen.insert(id.to_string(), row.line);
            let typ = row.get(4).unwrap_or("");
            let schema = schema_of(typ);
            if schema == Schema::Unknown {
                tracing::warn!(
                    file = name,
                    line = row.line,
                    r#type = typ,
                    "unknown UK designation type"
                );
            }
            let mut e = new_entry(id, schema, prov);
            e.name = n.to_string();
            e.programs = row.get(3).map(|r| vec![r.to_string()]).unwrap_or_default();
            e.listed_on = row
                .get(6)
                .map(|d| input::iso_date(d).unwrap_or_else(|| d.to_string()));
            let mut remarks = Vec::new();
            if let Some(s) = row.get(7) {
                remarks.push(format!("Sanctions imposed: {s}"));
            }
            if let Some(s) = row.get(5) {
                remarks.push(format!("Designation source: {s}"));
            }
            if let Some(g) = row.get(1) {
                remarks.push(format!("OFSI Group ID: {g}"));
            }
            e.remarks = (!remarks.is_empty()).then(|| remarks.join("; "));
            entries.push(e);
        },
    )?;
    Ok(entries)
}

fn read_full(
    name: &str,
    body: &[u8],
    line_base: u64,
    header: &[String],
    prov: &Provenance,
    skips: &mut Skips,
) -> Result<Vec<ListEntry>, ListError> {
    let col = |n: &str| header.iter().position(|h| h.eq_ignore_ascii_case(n));
    let c_id = col("Unique ID");
    let c_names: Vec<Option<usize>> = ["Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5"]
        .iter()
        .map(|n| col(n))
        .collect();
    let c_type = col("Name type");
    let c_strength = col("Alias strength");
    let c_script = col("Name non-latin script");
    let c_regime = col("Regime Name");
    let c_dtype = col("Designation Type");
    let c_date = col("Date Designated");
    let c_dob = col("D.O.B").or_else(|| col("D.O.B."));
    let c_nat = col("Nationality(/ies)");
    let c_pos = col("Position");
    let c_title = col("Title");
    let c_other = col("Other Information");
    let c_imposed = col("Sanctions Imposed");
    let mut entries: Vec<ListEntry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut has_primary: Vec<bool> = Vec::new();
    for_each_row(
        name,
        body,
        header.len(),
        line_base,
        ListFormat::Uk,
        skips,
        |row, skips| {
            let get = |c: Option<usize>| c.and_then(|i| row.get(i));
            let Some(id) = get(c_id) else {
                return skips.skip(name, row.line, "the Unique ID field is empty".into());
            };
            let i = *index.entry(id.to_string()).or_insert_with(|| {
                entries.push(new_entry(id, schema_of(get(c_dtype).unwrap_or("")), prov));
                has_primary.push(false);
                entries.len() - 1
            });
            let e = &mut entries[i];
            let full_name = c_names
                .iter()
                .filter_map(|&c| get(c))
                .collect::<Vec<_>>()
                .join(" ");
            let is_primary =
                get(c_type).is_some_and(|t| t.to_ascii_lowercase().starts_with("primary"));
            if !full_name.is_empty() {
                if is_primary && !has_primary[i] {
                    has_primary[i] = true;
                    let old = std::mem::replace(&mut e.name, full_name);
                    if !old.is_empty() {
                        push_alias(e, old, AliasQuality::Strong);
                    }
                } else if e.name.is_empty() && !is_primary {
                    // Alias rows can come first; the primary name replaces this later.
                    e.name = full_name;
                } else {
                    let weak = get(c_strength).is_some_and(|s| {
                        let s = s.to_ascii_lowercase();
                        s.contains("low") || s.contains("weak")
                    });
                    push_alias(
                        e,
                        full_name,
                        if weak {
                            AliasQuality::Weak
                        } else {
                            AliasQuality::Strong
                        },
                    );
                }
            }
            if let Some(s) = get(c_script) {
                push_alias(e, s.to_string(), AliasQuality::Strong);
            }
            let add = |v: &mut Vec<String>, s: Option<&str>| {
                if let Some(s) = s {
                    if !v.iter().any(|x| x == s) {
                        v.push(s.to_string());
                    }
                }
            };
            add(&mut e.programs, get(c_regime));
            add(&mut e.titles, get(c_pos));
            add(&mut e.titles, get(c_title));
            add(&mut e.nationalities, get(c_nat));
            let dob = get(c_dob).map(|d| input::iso_date(d).unwrap_or_else(|| d.to_string()));
            add(&mut e.birth_dates, dob.as_deref());
            if e.listed_on.is_none() {
                e.listed_on =
                    get(c_date).map(|d| input::iso_date(d).unwrap_or_else(|| d.to_string()));
            }
            if e.remarks.is_none() {
                let mut r = Vec::new();
                if let Some(s) = get(c_imposed) {
                    r.push(format!("Sanctions imposed: {s}"));
                }
                if let Some(s) = get(c_other) {
                    r.push(s.to_string());
                }
                e.remarks = (!r.is_empty()).then(|| r.join("; "));
            }
        },
    )?;
    let mut out = Vec::with_capacity(entries.len());
    for e in entries {
        if e.name.is_empty() {
            skips.skip(
                name,
                0,
                format!("{}: no name on any of its rows", e.list_id),
            );
        } else {
            out.push(e);
        }
    }
    Ok(out)
}

fn push_alias(e: &mut ListEntry, name: String, quality: AliasQuality) {
    if e.name != name && !e.aliases.iter().any(|a| a.name == name) {
        e.aliases.push(Alias { name, quality });
    }
}
