//! OFAC legacy CSV: `sdn.csv` (or `cons_prim.csv`) with its siblings `alt.csv`, `add.csv` and
//! `sdn_comments.csv`. No header, `-0-` for null, a trailing 0x1A byte.
use crate::input::{self, for_each_row, Row, Skips};
use crate::{date_in_name, ListError, ListFormat, LoadedList};
use embargo_model::{Alias, AliasQuality, ListEntry, ListKind, Provenance, Schema};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Which file of an OFAC legacy CSV set a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OfacPart {
    /// `sdn.csv`: SDN primary names.
    SdnPrim,
    /// `alt.csv`: SDN aliases.
    SdnAlt,
    /// `add.csv`: SDN addresses.
    SdnAdd,
    /// `sdn_comments.csv`: SDN remarks overflow.
    SdnComments,
    /// `cons_prim.csv`: consolidated (non-SDN) primary names.
    ConsPrim,
    /// `cons_alt.csv`: consolidated aliases.
    ConsAlt,
    /// `cons_add.csv`: consolidated addresses.
    ConsAdd,
    /// `cons_comments.csv`: consolidated remarks overflow.
    ConsComments,
}

impl OfacPart {
    /// True for the primary-name files.
    pub fn is_primary(self) -> bool {
        matches!(self, OfacPart::SdnPrim | OfacPart::ConsPrim)
    }

    /// The list the file belongs to.
    pub fn kind(self) -> ListKind {
        match self {
            OfacPart::SdnPrim | OfacPart::SdnAlt | OfacPart::SdnAdd | OfacPart::SdnComments => {
                ListKind::UsOfacSdn
            }
            _ => ListKind::UsOfacCons,
        }
    }

    /// The official file name (`sdn.csv`, `cons_alt.csv`…).
    pub fn official_name(self) -> &'static str {
        match self {
            OfacPart::SdnPrim => "sdn.csv",
            OfacPart::SdnAlt => "alt.csv",
            OfacPart::SdnAdd => "add.csv",
            OfacPart::SdnComments => "sdn_comments.csv",
            OfacPart::ConsPrim => "cons_prim.csv",
            OfacPart::ConsAlt => "cons_alt.csv",
            OfacPart::ConsAdd => "cons_add.csv",
            OfacPart::ConsComments => "cons_comments.csv",
        }
    }
}

/// Recognises an OFAC file by name: official names (`sdn.csv`, `cons_alt.csv`…) and the
/// shipped `ofac_<part>_<date>.csv` names (`ofac_alt_2025-12.csv`).
pub fn ofac_part(file_name: &str) -> Option<OfacPart> {
    let lower = file_name.to_ascii_lowercase();
    let base = lower.rsplit(['/', '\\']).next().unwrap_or(&lower);
    let mut stem = base.strip_suffix(".csv")?;
    stem = stem.strip_prefix("ofac_").unwrap_or(stem);
    if let Some(date) = date_in_name(stem) {
        stem = stem
            .strip_suffix(date.as_str())
            .and_then(|s| s.strip_suffix('_'))
            .unwrap_or(stem);
    }
    Some(match stem {
        "sdn" => OfacPart::SdnPrim,
        "alt" => OfacPart::SdnAlt,
        "add" => OfacPart::SdnAdd,
        "sdn_comments" => OfacPart::SdnComments,
        "cons_prim" => OfacPart::ConsPrim,
        "cons_alt" => OfacPart::ConsAlt,
        "cons_add" => OfacPart::ConsAdd,
        "cons_comments" => OfacPart::ConsComments,
        _ => return None,
    })
}

/// The sibling parts a primary file needs.
fn sibling_parts(primary: OfacPart) -> [OfacPart; 3] {
    match primary.kind() {
        ListKind::UsOfacCons => [OfacPart::ConsAlt, OfacPart::ConsAdd, OfacPart::ConsComments],
        _ => [OfacPart::SdnAlt, OfacPart::SdnAdd, OfacPart::SdnComments],
    }
}

/// Finds the alias/address/comment files next to a primary file. Per part, a file with the
/// primary's date suffix wins, then the only candidate, then the newest date (logged).
pub(crate) fn find_siblings(primary: &Path) -> Result<Vec<PathBuf>, ListError> {
    let pname = crate::display_name(primary);
    let ppart = ofac_part(&pname).unwrap_or(OfacPart::SdnPrim);
    let pdate = date_in_name(&pname);
    let dir = match primary.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let rd = std::fs::read_dir(&dir).map_err(|e| ListError::Io {
        file: dir.display().to_string(),
        source: e,
    })?;
    let mut candidates: Vec<(OfacPart, Option<String>, PathBuf)> = Vec::new();
    for ent in rd.flatten() {
        let p = ent.path();
        let n = crate::display_name(&p);
        if let Some(part) = ofac_part(&n) {
            if !part.is_primary() && p.is_file() {
                candidates.push((part, date_in_name(&n), p));
            }
        }
    }
    let mut out = Vec::new();
    for want in sibling_parts(ppart) {
        let mut c: Vec<&(OfacPart, Option<String>, PathBuf)> =
            candidates.iter().filter(|(p, _, _)| *p == want).collect();
        c.sort_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)));
        let chosen = c
            .iter()
            .find(|(_, d, _)| pdate.is_some() && *d == pdate)
            .or_else(|| c.last());
        match chosen {
            Some((_, _, p)) => {
                if c.len() > 1 {
                    tracing::warn!(primary = %pname, chosen = %p.display(), "several {} files; using one", want.official_name());
                }
                out.push(p.clone());
            }
            None => {
                tracing::warn!(primary = %pname, "no {} next to it; reading without it", want.official_name())
            }
        }
    }
    Ok(out)
}

/// The entity number of a row, or the reason it has none.
fn ent_num(row: &Row) -> Result<u64, String> {
    let raw = row.get(0).unwrap_or("");
    raw.parse::<u64>()
        .map_err(|_| format!("field 1 (ent_num) is not a number: {raw:?}"))
}

/// An entry under construction: remarks are parsed once the overflow comments are appended.
struct Building {
    entry: ListEntry,
    line: u64,
}

/// Reads an OFAC primary file and its siblings into one list.
pub(crate) fn read(
    name: &str,
    bytes: &[u8],
    siblings: &[(&str, &[u8])],
) -> Result<LoadedList, ListError> {
    let part = ofac_part(name).unwrap_or(OfacPart::SdnPrim);
    if !part.is_primary() {
        return Err(ListError::Layout {
            path: name.to_string(),
            reason: format!(
                "this is an OFAC {} file; give the primary file (sdn.csv or cons_prim.csv)",
                part.official_name()
            ),
        });
    }
    let kind = part.kind();
    let version = date_in_name(name).unwrap_or_else(|| "unknown".to_string());
    let provenance_of = |files: &str| Provenance {
        list: kind,
        source_file: files.to_string(),
        version: version.clone(),
    };
    let mut skips = Skips::default();
    let mut entries: Vec<Building> = Vec::new();
    let mut index: HashMap<u64, usize> = HashMap::new();
    let base_prov = provenance_of(name);

    for_each_row(
        name,
        input::prepare(name, bytes)?,
        12,
        0,
        ListFormat::Ofac,
        &mut skips,
        |row, skips| {
            let id = match ent_num(&row) {
                Ok(id) => id,
                Err(reason) => return skips.skip(name, row.line, reason),
            };
            if let Some(&first) = index.get(&id) {
                let first_line = entries[first].line;
                return skips.skip(
                    name,
                    row.line,
                    format!("duplicate ent_num {id} (first on line {first_line})"),
                );
            }
            let Some(primary) = row.get(1) else {
                return skips.skip(name, row.line, "field 2 (SDN_Name) is empty".to_string());
            };
            let schema = match row.get(2).map(|t| t.to_ascii_lowercase()) {
                None => Schema::Organization,
                Some(t) if t == "individual" => Schema::Person,
                Some(t) if t == "vessel" => Schema::Vessel,
                Some(t) if t == "aircraft" => Schema::Aircraft,
                Some(other) => {
                    tracing::warn!(file = name, line = row.line, sdn_type = %other, "unknown SDN_Type");
                    Schema::Unknown
                }
            };
            let programs = row
                .get(3)
                .map(|p| {
                    p.split("] [")
                        .map(|x| x.trim_matches(['[', ']', ' ']).to_string())
                        .filter(|x| !x.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            let titles = row.get(4).map(|t| vec![t.to_string()]).unwrap_or_default();
            let mut nationalities = Vec::new();
            // A vessel's flag is the country it belongs to, which is what nationality means for
            // a person; the remarks of vessels carry no nationality.
            if schema == Schema::Vessel {
                if let Some(flag) = row.get(9) {
                    nationalities.push(flag.to_string());
                }
            }
            index.insert(id, entries.len());
            entries.push(Building {
                line: row.line,
                entry: ListEntry {
                    list_id: id.to_string(),
                    schema,
                    name: primary.to_string(),
                    aliases: Vec::new(),
                    birth_dates: Vec::new(),
                    nationalities,
                    programs,
                    titles,
                    listed_on: None,
                    remarks: row.get(11).map(str::to_string),
                    provenance: base_prov.clone(),
                },
            });
        },
    )?;

    let mut used = vec![name.to_string()];
    let mut aliases: Vec<(usize, Alias)> = Vec::new();
    for &(sname, sbytes) in siblings {
        let Some(spart) = ofac_part(sname).filter(|p| !p.is_primary() && p.kind() == kind) else {
            tracing::warn!(
                file = sname,
                primary = name,
                "not a sibling of this OFAC list; ignored"
            );
            continue;
        };
        used.push(sname.to_string());
        match spart {
            OfacPart::SdnComments | OfacPart::ConsComments => {
                for_each_row(
                    sname,
                    input::prepare(sname, sbytes)?,
                    2,
                    0,
                    ListFormat::Ofac,
                    &mut skips,
                    |row, skips| {
                        if let Some(i) = lookup(&row, &index, sname, "remarks overflow", skips) {
                            // The overflow continues the remarks mid-word: append as is.
                            let text = row.get(1).unwrap_or("");
                            let r = entries[i].entry.remarks.get_or_insert_with(String::new);
                            r.push_str(text);
                        }
                    },
                )?;
            }
            OfacPart::SdnAlt | OfacPart::ConsAlt => {
                for_each_row(
                    sname,
                    input::prepare(sname, sbytes)?,
                    5,
                    0,
                    ListFormat::Ofac,
                    &mut skips,
                    |row, skips| {
                        let Some(i) = lookup(&row, &index, sname, "alias", skips) else {
                            return;
                        };
                        match row.get(3) {
                            Some(n) => aliases.push((
                                i,
                                Alias {
                                    name: n.to_string(),
                                    quality: AliasQuality::Strong,
                                },
                            )),
                            None => {
                                skips.skip(sname, row.line, "field 4 (alt_name) is empty".into())
                            }
                        }
                    },
                )?;
            }
            _ => {
                // Addresses are validated (columns, ent_num, UTF-8) but ListEntry has no address
                // field; the country is not a nationality, so it is not stored.
                for_each_row(
                    sname,
                    input::prepare(sname, sbytes)?,
                    6,
                    0,
                    ListFormat::Ofac,
                    &mut skips,
                    |row, skips| {
                        let _ = lookup(&row, &index, sname, "address", skips);
                    },
                )?;
            }
        }
    }

    // Strong aliases (alt.csv) first, so a name that is also a weak a.k.a. in the remarks
    // keeps the strong quality.
    for (i, a) in aliases {
        push_alias(&mut entries[i].entry, a.name, a.quality);
    }
    for b in &mut entries {
        if let Some(r) = b.entry.remarks.as_deref() {
            let parsed = parse_remarks(r);
            for d in parsed.birth_dates {
                push_unique(&mut b.entry.birth_dates, d);
            }
            for n in parsed.nationalities {
                push_unique(&mut b.entry.nationalities, n);
            }
            for a in parsed.weak_aliases {
                push_alias(&mut b.entry, a, AliasQuality::Weak);
            }
        }
    }
    let source = used.join("+");
    let provenance = provenance_of(&source);
    let entries = entries
        .into_iter()
        .map(|mut b| {
            b.entry.provenance = provenance.clone();
            b.entry
        })
        .collect();
    Ok(LoadedList {
        kind,
        provenance,
        entries,
        skipped: skips.finish(),
    })
}

/// The primary entry a sibling row belongs to; a row whose ent_num has no primary row (a
/// designation newer than the primary file, or delisted) is recorded as skipped.
fn lookup(
    row: &Row,
    index: &HashMap<u64, usize>,
    file: &str,
    what: &'static str,
    skips: &mut Skips,
) -> Option<usize> {
    match ent_num(row) {
        Err(reason) => {
            skips.skip(file, row.line, reason);
            None
        }
        Ok(id) => match index.get(&id) {
            Some(&i) => Some(i),
            None => {
                skips.skip_quiet(
                    file,
                    row.line,
                    match what {
                        "alias" => "aliases of ent_nums with no primary row",
                        "address" => "addresses of ent_nums with no primary row",
                        _ => "remarks of ent_nums with no primary row",
                    },
                    format!("{what} for ent_num {id}, which has no primary row (designated after the primary file, or delisted)"),
                );
                None
            }
        },
    }
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

/// Adds an alias unless the entry already has that name.
fn push_alias(entry: &mut ListEntry, name: String, quality: AliasQuality) {
    if entry.name == name || entry.aliases.iter().any(|a| a.name == name) {
        return;
    }
    entry.aliases.push(Alias { name, quality });
}

/// What the free-text remarks say about a party.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Remarks {
    pub birth_dates: Vec<String>,
    pub nationalities: Vec<String>,
    pub weak_aliases: Vec<String>,
}

/// Parses `DOB 21 May 1955; POB …; nationality Russia; citizen Russia; a.k.a. 'BNC'.` The
/// legacy CSV puts OFAC's weak a.k.a.s in the remarks, single-quoted; `alt. DOB` gives
/// further dates. Dates become ISO where their shape allows (ranges as ISO intervals
/// `1947-01-01/1947-12-31`), else stay as written (`circa 1960`).
pub(crate) fn parse_remarks(remarks: &str) -> Remarks {
    let mut out = Remarks::default();
    for seg in remarks.split(';') {
        let mut seg = seg.trim().trim_end_matches('.').trim();
        if let Some(rest) = seg.strip_prefix("alt. ") {
            seg = rest.trim();
        }
        if let Some(d) = seg.strip_prefix("DOB ") {
            let d = d.trim();
            // Ranges ("01 Jan 1947 to 31 Dec 1947", "1955 to 1958") become ISO intervals.
            let range = d.split_once(" to ").and_then(|(a, b)| {
                Some(format!("{}/{}", input::iso_date(a)?, input::iso_date(b)?))
            });
            let v = range
                .or_else(|| input::iso_date(d))
                .unwrap_or_else(|| d.to_string());
            push_unique(&mut out.birth_dates, v);
        } else if let Some(n) = seg
            .strip_prefix("nationality ")
            .or_else(|| seg.strip_prefix("citizen "))
        {
            push_unique(&mut out.nationalities, n.trim().to_string());
        } else if let Some(a) = seg
            .strip_prefix("a.k.a. ")
            .or_else(|| seg.strip_prefix("f.k.a. "))
            .or_else(|| seg.strip_prefix("n.k.a. "))
        {
            let a = a.trim().trim_matches('\'').trim();
            if !a.is_empty() {
                push_unique(&mut out.weak_aliases, a.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_names() {
        assert_eq!(ofac_part("sdn.csv"), Some(OfacPart::SdnPrim));
        assert_eq!(
            ofac_part("ofac_sdn_2024-05-03.csv"),
            Some(OfacPart::SdnPrim)
        );
        assert_eq!(ofac_part("ofac_alt_2025-12.csv"), Some(OfacPart::SdnAlt));
        assert_eq!(
            ofac_part("ofac_sdn_comments_2025-12.csv"),
            Some(OfacPart::SdnComments)
        );
        assert_eq!(ofac_part("/x/CONS_PRIM.CSV"), Some(OfacPart::ConsPrim));
        assert_eq!(
            ofac_part("ofac_cons_add_2025-12.csv"),
            Some(OfacPart::ConsAdd)
        );
        assert_eq!(ofac_part("uk_list.csv"), None);
    }

    #[test]
    fn remarks_of_a_real_row() {
        // ent 41064 in ofac_sdn_2024-05-03.csv.
        let r = parse_remarks("DOB 17 Mar 1962; POB Chernigovka, Primorye Region, Russia; nationality Russia; citizen Russia; Gender Male; Tax ID No. 772451305972 (Russia).");
        assert_eq!(r.birth_dates, vec!["1962-03-17"]);
        assert_eq!(r.nationalities, vec!["Russia"]);
        let r =
            parse_remarks("DOB 01 Jan 1947 to 31 Dec 1947; alt. DOB 1950 to 1952; DOB circa 1960");
        assert_eq!(
            r.birth_dates,
            vec!["1947-01-01/1947-12-31", "1950/1952", "circa 1960"]
        );
        let r = parse_remarks("a.k.a. 'BNC'.");
        assert_eq!(r.weak_aliases, vec!["BNC"]);
    }
}
