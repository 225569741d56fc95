//! UN Security Council consolidated list XML (schema `sc-sanctions.xsd`), read as a stream.
use crate::input::{self, Skips};
use crate::{ListError, LoadedList};
use embargo_model::{Alias, AliasQuality, ListEntry, ListKind, Provenance, Schema};
use quick_xml::events::Event;
use quick_xml::Reader;

/// The fields of one INDIVIDUAL or ENTITY as they are read.
#[derive(Default)]
struct Building {
    line: u64,
    schema: Option<Schema>,
    names: [String; 4],
    reference: String,
    list_type: String,
    listed_on: String,
    comments: String,
    original_script: Vec<String>,
    titles: Vec<String>,
    nationalities: Vec<String>,
    aliases: Vec<Alias>,
    birth_dates: Vec<String>,
    // Current alias / date-of-birth group.
    alias_quality: String,
    alias_name: String,
    dob_type: String,
    dob_date: String,
    dob_year: String,
    dob_from: String,
    dob_to: String,
}

/// Reads the UN consolidated XML. The version is the root's `dateGenerated` attribute.
pub(crate) fn read(name: &str, bytes: &[u8]) -> Result<LoadedList, ListError> {
    let data = input::prepare(name, bytes)?;
    // Validate UTF-8 up front so the error names the line; quick-xml would only say "decoding".
    input::whole_utf8(name, data)?;
    let mut reader = Reader::from_reader(data);
    reader.config_mut().trim_text(true);
    let xml_err = |pos: u64, reason: String| ListError::Xml {
        file: name.to_string(),
        line: input::line_of(data, pos as usize),
        reason,
    };
    let mut skips = Skips::default();
    let mut entries: Vec<ListEntry> = Vec::new();
    let mut version = String::from("unknown");
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut text = String::new();
    let mut cur: Option<Building> = None;
    let mut buf = Vec::new();
    let mut saw_root = false;
    let mut lines = input::LineCounter::default();
    loop {
        let pos = reader.buffer_position();
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_err(reader.error_position(), e.to_string()))?;
        match ev {
            Event::Start(e) => {
                let tag = e.name().as_ref().to_vec();
                if stack.is_empty() {
                    if tag != b"CONSOLIDATED_LIST" {
                        return Err(ListError::UnexpectedHeader {
                            file: name.to_string(),
                            line: input::line_of(data, pos as usize),
                            format: crate::ListFormat::Un,
                            found: format!("<{}>", String::from_utf8_lossy(&tag)),
                            expected: "<CONSOLIDATED_LIST> root element".into(),
                        });
                    }
                    saw_root = true;
                    for a in e.attributes().flatten() {
                        if a.key.as_ref() == b"dateGenerated" {
                            if let Ok(v) = a.unescape_value() {
                                version = v.into_owned();
                            }
                        }
                    }
                }
                if stack.len() == 2 && (tag == b"INDIVIDUAL" || tag == b"ENTITY") {
                    cur = Some(Building {
                        line: lines.at(data, pos as usize),
                        schema: Some(if tag == b"INDIVIDUAL" {
                            Schema::Person
                        } else {
                            Schema::Organization
                        }),
                        ..Default::default()
                    });
                }
                stack.push(tag);
                text.clear();
            }
            Event::Empty(e) if stack.is_empty() => {
                return Err(ListError::UnexpectedHeader {
                    file: name.to_string(),
                    line: input::line_of(data, pos as usize),
                    format: crate::ListFormat::Un,
                    found: format!("<{}/>", String::from_utf8_lossy(e.name().as_ref())),
                    expected: "<CONSOLIDATED_LIST> root element".into(),
                });
            }
            Event::Text(t) => {
                let s = t
                    .unescape()
                    .map_err(|e| xml_err(reader.buffer_position(), e.to_string()))?;
                text.push_str(&s);
            }
            Event::CData(t) => text.push_str(&String::from_utf8_lossy(&t)),
            Event::End(_) => {
                // quick-xml checks that end names match their start tags.
                let tag = stack.pop().unwrap_or_default();
                if let Some(b) = cur.as_mut() {
                    let parent = stack.last().map(Vec::as_slice).unwrap_or(b"");
                    on_end(b, &tag, parent, text.trim());
                }
                text.clear();
                if stack.len() == 2 && (tag == b"INDIVIDUAL" || tag == b"ENTITY") {
                    if let Some(b) = cur.take() {
                        match finish(b) {
                            Ok(e) => entries.push(e),
                            Err((line, reason)) => skips.skip(name, line, reason),
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !stack.is_empty() || !saw_root {
        let open: Vec<String> = stack
            .iter()
            .map(|t| String::from_utf8_lossy(t).into_owned())
            .collect();
        return Err(ListError::Truncated {
            file: name.to_string(),
            line: input::line_of(data, data.len()),
            reason: if saw_root {
                format!("elements still open at end of input: {}", open.join(" > "))
            } else {
                "no <CONSOLIDATED_LIST> element".to_string()
            },
        });
    }
    let provenance = Provenance {
        list: ListKind::UnSc,
        source_file: name.to_string(),
        version,
    };
    for e in &mut entries {
        e.provenance = provenance.clone();
    }
    Ok(LoadedList {
        kind: ListKind::UnSc,
        provenance,
        entries,
        skipped: skips.finish(),
    })
}

/// Files the text of an element that just ended into the entry being built.
fn on_end(b: &mut Building, tag: &[u8], parent: &[u8], text: &str) {
    let direct = parent == b"INDIVIDUAL" || parent == b"ENTITY";
    match (parent, tag) {
        (_, b"FIRST_NAME") if direct => b.names[0] = text.into(),
        (_, b"SECOND_NAME") if direct => b.names[1] = text.into(),
        (_, b"THIRD_NAME") if direct => b.names[2] = text.into(),
        (_, b"FOURTH_NAME") if direct => b.names[3] = text.into(),
        (_, b"REFERENCE_NUMBER") if direct => b.reference = text.into(),
        (_, b"UN_LIST_TYPE") if direct => b.list_type = text.into(),
        (_, b"LISTED_ON") if direct => b.listed_on = text.into(),
        (_, b"COMMENTS1") if direct => b.comments = text.into(),
        (_, b"NAME_ORIGINAL_SCRIPT") if direct && !text.is_empty() => {
            b.original_script.push(text.into())
        }
        (b"DESIGNATION" | b"TITLE", b"VALUE") if !text.is_empty() => b.titles.push(text.into()),
        (b"NATIONALITY", b"VALUE") if !text.is_empty() => b.nationalities.push(text.into()),
        (b"INDIVIDUAL_ALIAS" | b"ENTITY_ALIAS", b"QUALITY") => b.alias_quality = text.into(),
        (b"INDIVIDUAL_ALIAS" | b"ENTITY_ALIAS", b"ALIAS_NAME") => b.alias_name = text.into(),
        (_, b"INDIVIDUAL_ALIAS" | b"ENTITY_ALIAS") => {
            let name = std::mem::take(&mut b.alias_name);
            let quality = std::mem::take(&mut b.alias_quality);
            if !name.is_empty() {
                b.aliases.push(Alias {
                    name,
                    // "Low" is the UN's weak alias; "Good", "a.k.a.", "f.k.a." are strong.
                    quality: if quality.eq_ignore_ascii_case("low") {
                        AliasQuality::Weak
                    } else {
                        AliasQuality::Strong
                    },
                });
            }
        }
        (b"INDIVIDUAL_DATE_OF_BIRTH", b"TYPE_OF_DATE") => b.dob_type = text.into(),
        (b"INDIVIDUAL_DATE_OF_BIRTH", b"DATE") => b.dob_date = text.into(),
        (b"INDIVIDUAL_DATE_OF_BIRTH", b"YEAR") => b.dob_year = text.into(),
        (b"INDIVIDUAL_DATE_OF_BIRTH", b"FROM_YEAR") => b.dob_from = text.into(),
        (b"INDIVIDUAL_DATE_OF_BIRTH", b"TO_YEAR") => b.dob_to = text.into(),
        (_, b"INDIVIDUAL_DATE_OF_BIRTH") => {
            let date = if !b.dob_date.is_empty() {
                // Some dates carry a time zone suffix (`1965-03-19Z`); keep the date.
                b.dob_date.chars().take(10).collect::<String>()
            } else if !b.dob_year.is_empty() {
                b.dob_year.clone()
            } else if !b.dob_from.is_empty() || !b.dob_to.is_empty() {
                // An ISO 8601 interval, as the OFAC reader writes ranges.
                format!("{}/{}", b.dob_from, b.dob_to)
            } else {
                String::new()
            };
            if !date.is_empty() {
                let d = if b.dob_type.eq_ignore_ascii_case("APPROXIMATELY") {
                    format!("circa {date}")
                } else {
                    date
                };
                if !b.birth_dates.contains(&d) {
                    b.birth_dates.push(d);
                }
            }
            b.dob_type.clear();
            b.dob_date.clear();
            b.dob_year.clear();
            b.dob_from.clear();
            b.dob_to.clear();
        }
        _ => {}
    }
}

/// Turns a complete INDIVIDUAL/ENTITY into an entry, or says why it cannot be one.
fn finish(b: Building) -> Result<ListEntry, (u64, String)> {
    let name = b
        .names
        .iter()
        .filter(|n| !n.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    if b.reference.is_empty() {
        return Err((b.line, "no REFERENCE_NUMBER".into()));
    }
    if name.is_empty() {
        return Err((b.line, format!("{}: no FIRST_NAME", b.reference)));
    }
    let mut aliases = b.aliases;
    // Entity names sometimes hold several names joined by ";" ("… (CAGL) ; GREAT LAKES
    // BUSINESS COMPANY (GLBC)"): each part is also an alias, the whole stays the name.
    let parts: Vec<String> = if b.schema == Some(Schema::Organization) && name.contains(';') {
        name.split(';')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    for s in parts.into_iter().chain(b.original_script) {
        if s != name && !aliases.iter().any(|a| a.name == s) {
            aliases.push(Alias {
                name: s,
                quality: AliasQuality::Strong,
            });
        }
    }
    let some = |s: String| (!s.is_empty()).then_some(s);
    Ok(ListEntry {
        list_id: b.reference,
        schema: b.schema.unwrap_or(Schema::Unknown),
        name,
        aliases,
        birth_dates: b.birth_dates,
        nationalities: b.nationalities,
        programs: some(b.list_type).into_iter().collect(),
        titles: b.titles,
        listed_on: some(b.listed_on),
        remarks: some(b.comments),
        provenance: Provenance {
            list: ListKind::UnSc,
            source_file: String::new(),
            version: String::new(),
        },
    })
}
