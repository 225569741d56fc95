//! Malformed input: every case gives a ListError naming file and line, or a counted skip with
//! file, line and reason. The bad files are built from slices of the real files.
use embargo_lists::{
    read_bytes, read_bytes_with_siblings, read_path, ListError, ListFormat, MAX_FILE_BYTES,
};
use std::path::PathBuf;

fn real(name: &str) -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/lists")
            .join(name),
    )
    .unwrap()
}

/// The first `n` lines of a file (with their line breaks).
fn head(bytes: &[u8], n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for line in bytes.split_inclusive(|&c| c == b'\n').take(n) {
        out.extend_from_slice(line);
    }
    out
}

fn replace_line(bytes: &[u8], line: usize, new: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, l) in bytes.split_inclusive(|&c| c == b'\n').enumerate() {
        if i + 1 == line {
            out.extend_from_slice(new);
        } else {
            out.extend_from_slice(l);
        }
    }
    out
}

fn line(bytes: &[u8], n: usize) -> Vec<u8> {
    bytes
        .split_inclusive(|&c| c == b'\n')
        .nth(n - 1)
        .unwrap()
        .to_vec()
}

const SDN: &str = "ofac_sdn_2024-05-03.csv";

#[test]
fn empty_and_zero_byte_files() {
    for (bytes, fmt) in [
        (&b""[..], ListFormat::Ofac),
        (&b""[..], ListFormat::Un),
        (&b""[..], ListFormat::Uk),
        (&b""[..], ListFormat::Ftm),
        (&b"\r\n\x1a"[..], ListFormat::Ofac),
        (&b"   \n"[..], ListFormat::Un),
    ] {
        let e = read_bytes("empty.csv", bytes, fmt).unwrap_err();
        assert!(matches!(e, ListError::Empty { .. }), "{e}");
        assert!(e.to_string().contains("empty.csv"), "{e}");
    }
}

#[test]
fn trailing_eof_byte_is_accepted_with_or_without() {
    let sdn = real(SDN);
    assert_eq!(*sdn.last().unwrap(), 0x1A);
    let with = read_bytes(SDN, &sdn, ListFormat::Ofac).unwrap();
    let without = read_bytes(SDN, &sdn[..sdn.len() - 1], ListFormat::Ofac).unwrap();
    assert_eq!(with.entries.len(), 14_965);
    assert_eq!(with.entries, without.entries);
    assert!(with.skipped.is_empty());
}

#[test]
fn csv_row_with_wrong_column_count_is_skipped_with_line() {
    let sdn = head(&real(SDN), 200);
    // Drop the last column of line 50.
    let l50 = line(&sdn, 50);
    let text = String::from_utf8(l50).unwrap();
    let cut = text.trim_end().rsplit_once(',').unwrap().0.to_string() + "\r\n";
    let bad = replace_line(&sdn, 50, cut.as_bytes());
    let l = read_bytes(SDN, &bad, ListFormat::Ofac).unwrap();
    assert_eq!(l.entries.len(), 199);
    assert_eq!(l.skipped.len(), 1);
    let s = &l.skipped[0];
    assert_eq!((s.file.as_str(), s.line), (SDN, 50));
    assert!(
        s.reason.contains("expected 12 columns, found 11"),
        "{}",
        s.reason
    );
}

#[test]
fn csv_bad_utf8_is_skipped_naming_the_field() {
    let sdn = head(&real(SDN), 100);
    let mut l10 = line(&sdn, 10);
    // Corrupt the name (field 2): the first letter after the opening quote.
    let q = l10.iter().position(|&c| c == b'"').unwrap();
    l10[q + 1] = 0xFF;
    let bad = replace_line(&sdn, 10, &l10);
    let l = read_bytes(SDN, &bad, ListFormat::Ofac).unwrap();
    assert_eq!(l.entries.len(), 99);
    assert_eq!(l.skipped[0].line, 10);
    assert!(
        l.skipped[0].reason.contains("field 2 is not valid UTF-8"),
        "{}",
        l.skipped[0].reason
    );
}

#[test]
fn xml_bad_utf8_is_an_error_with_line() {
    let mut un = real("un_consolidated_2026-02-27.xml");
    let at = un.windows(9).position(|w| w == b"KPi.076</").unwrap();
    un[at] = 0xC3; // a lead byte followed by ASCII: invalid
    let e = read_bytes("un.xml", &un, ListFormat::Un).unwrap_err();
    let ListError::Utf8 { file, line, .. } = &e else {
        panic!("{e}")
    };
    assert_eq!(file, "un.xml");
    assert_eq!(*line, 12_201);
}

#[test]
fn truncated_xml_is_an_error_with_line() {
    let un = real("un_consolidated_2026-02-27.xml");
    let cut = &un[..un.len() / 2];
    let e = read_bytes("un.xml", cut, ListFormat::Un).unwrap_err();
    match &e {
        ListError::Truncated { file, line, reason } => {
            assert_eq!(file, "un.xml");
            assert!(*line > 1000);
            assert!(reason.contains("CONSOLIDATED_LIST"), "{reason}");
        }
        ListError::Xml { file, line, .. } => {
            assert_eq!(file, "un.xml");
            assert!(*line > 1000);
        }
        other => panic!("{other}"),
    }
    assert!(e.to_string().starts_with("un.xml:"), "{e}");
}

#[test]
fn mismatched_xml_tags_are_an_error_with_line() {
    let un = real("un_consolidated_2026-02-27.xml");
    let text = String::from_utf8(un).unwrap();
    let bad = text.replacen("</SECOND_NAME>", "</THIRD_NAME>", 1);
    let e = read_bytes("un.xml", bad.as_bytes(), ListFormat::Un).unwrap_err();
    let ListError::Xml { line, .. } = &e else {
        panic!("{e}")
    };
    assert_eq!(*line, 8, "{e}");
}

#[test]
fn xml_with_another_root_is_refused() {
    // The UK CSV is not XML at all; an XML document with another root names it.
    let e = read_bytes(
        "x.xml",
        b"<?xml version=\"1.0\"?>\n<sdnList></sdnList>",
        ListFormat::Un,
    )
    .unwrap_err();
    assert!(matches!(e, ListError::UnexpectedHeader { .. }), "{e}");
    assert!(e.to_string().contains("sdnList"), "{e}");
}

#[test]
fn truncated_csv_last_row_is_an_error() {
    let sdn = real(SDN);
    let h = head(&sdn, 300);
    // Cut inside line 300 (a partial row, no line break).
    let l300 = line(&sdn, 300);
    let cut = &h[..h.len() - l300.len() / 2];
    let e = read_bytes(SDN, cut, ListFormat::Ofac).unwrap_err();
    let ListError::Truncated { file, line, .. } = &e else {
        panic!("{e}")
    };
    assert_eq!((file.as_str(), *line), (SDN, 300));
}

#[test]
fn huge_field_is_skipped() {
    let sdn = head(&real(SDN), 20);
    let text = String::from_utf8(line(&sdn, 5)).unwrap();
    let huge = "X".repeat(300 * 1024);
    let bad_line = text.replacen("-0- ", &format!("\"{huge}\""), 1);
    let bad = replace_line(&sdn, 5, bad_line.as_bytes());
    let l = read_bytes(SDN, &bad, ListFormat::Ofac).unwrap();
    assert_eq!(l.entries.len(), 19);
    assert_eq!(l.skipped[0].line, 5);
    assert!(
        l.skipped[0].reason.contains("over the limit"),
        "{}",
        l.skipped[0].reason
    );
}

#[test]
fn huge_json_line_is_skipped() {
    let ftm = real("opensanctions_sample_eu_fsf_t1.ftm.json");
    let mut bad = ftm.clone();
    // The real file has no final line break.
    bad.extend_from_slice(
        format!(
            "\n{{\"id\":\"x\",\"schema\":\"Person\",\"caption\":\"{}\"}}\n",
            "Y".repeat(300 * 1024)
        )
        .as_bytes(),
    );
    let l = read_bytes("t1.ftm.json", &bad, ListFormat::Ftm).unwrap();
    assert_eq!(l.entries.len(), 6);
    let s = l
        .skipped
        .iter()
        .find(|s| s.reason.contains("over the limit"))
        .unwrap();
    assert_eq!(s.line, 8);
}

#[test]
fn truncated_json_lines_is_an_error() {
    let ftm = real("opensanctions_sample_zala.ftm.json");
    let cut = &ftm[..ftm.len() / 2];
    let e = read_bytes("zala.ftm.json", cut, ListFormat::Ftm).unwrap_err();
    assert!(matches!(e, ListError::Truncated { .. }), "{e}");
    assert!(e.to_string().contains("zala.ftm.json:"), "{e}");
}

#[test]
fn garbage_is_refused_not_read_as_empty() {
    // An HTML error page where a list was expected: UN XML bytes given as OFAC CSV.
    let un = head(&real("un_consolidated_2026-02-27.xml"), 400);
    let e = read_bytes(SDN, &un, ListFormat::Ofac).unwrap_err();
    assert!(
        matches!(
            e,
            ListError::MostlyMalformed { .. } | ListError::NoEntries { .. }
        ),
        "{e}"
    );
    // A CSV file given as UN XML.
    let e = read_bytes("un.xml", &head(&real(SDN), 10), ListFormat::Un).unwrap_err();
    assert!(e.to_string().starts_with("un.xml"), "{e}");
    // OFAC CSV given as FtM JSON.
    let e = read_bytes("x.ftm.json", &head(&real(SDN), 10), ListFormat::Ftm).unwrap_err();
    assert!(matches!(e, ListError::MostlyMalformed { .. }), "{e}");
}

#[test]
fn uk_unexpected_header_is_named() {
    let uk = real("uk_sanctions_list_summary_2025-08-11.csv");
    let bad = replace_line(&uk, 1, b"Unique ID,Group,Name,Regime\r\n");
    let e = read_bytes("uk.csv", &bad, ListFormat::Uk).unwrap_err();
    let ListError::UnexpectedHeader {
        file, line, found, ..
    } = &e
    else {
        panic!("{e}")
    };
    assert_eq!((file.as_str(), *line), ("uk.csv", 1));
    assert_eq!(found, "Unique ID,Group,Name,Regime");
    // OFAC rows are not a UK file either.
    let e = read_bytes("uk.csv", &head(&real(SDN), 5), ListFormat::Uk).unwrap_err();
    assert!(matches!(e, ListError::UnexpectedHeader { .. }), "{e}");
}

#[test]
fn uk_full_layout_is_read() {
    // The full UK-Sanctions-List.csv layout (one row per name), built from real rows of the
    // summary file: RUS0689 with its primary name and, as alias row, the OFAC spelling.
    let header = "Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Name type,Alias strength,Title,Name non-latin script,Non-latin script type,Non-latin script language,Regime Name,Designation Type,Designation source,Sanctions Imposed,Other Information,UK Statement of Reasons,Address Line 1,Address Line 2,Address Line 3,Address Line 4,Address Line 5,Address Line 6,Address Postal Code,Address Country,Phone number,Website,Email address,Date Designated,D.O.B,Nationality(/ies)";
    let cols = header.split(',').count();
    let row = |vals: &[(&str, &str)]| {
        let names: Vec<&str> = header.split(',').collect();
        let mut r = vec![String::new(); cols];
        for (k, v) in vals {
            let i = names.iter().position(|n| n == k).unwrap();
            r[i] = if v.contains(',') {
                format!("\"{v}\"")
            } else {
                v.to_string()
            };
        }
        r.join(",")
    };
    let csv = format!(
        "Report Date: 11-Aug-2025\n{header}\n{}\n{}\n",
        row(&[
            ("Unique ID", "RUS0689"),
            ("OFSI Group ID", "14640"),
            ("Name 6", "SHOIGU"),
            ("Name 1", "Sergei"),
            ("Name 2", "Kuzhugetovich"),
            ("Name type", "Primary Name"),
            ("Regime Name", "Russia"),
            ("Designation Type", "Individual"),
            ("Sanctions Imposed", "Asset freeze, Travel Ban"),
            ("Date Designated", "15/03/2022"),
            ("D.O.B", "21/05/1955"),
            ("Nationality(/ies)", "Russia")
        ]),
        row(&[
            ("Unique ID", "RUS0689"),
            ("OFSI Group ID", "14640"),
            ("Name 6", "SHOYGU"),
            ("Name 1", "Sergey"),
            ("Name 2", "Kuzhugetovich"),
            ("Name type", "Alias"),
            ("Alias strength", "Good quality"),
            ("Regime Name", "Russia"),
            ("Designation Type", "Individual")
        ]),
    );
    let l = read_bytes("UK-Sanctions-List.csv", csv.as_bytes(), ListFormat::Uk).unwrap();
    assert_eq!(l.provenance.version, "2025-08-11");
    assert_eq!(l.entries.len(), 1);
    let e = &l.entries[0];
    assert_eq!(e.name, "SHOIGU Sergei Kuzhugetovich");
    assert_eq!(e.aliases[0].name, "SHOYGU Sergey Kuzhugetovich");
    assert_eq!(e.birth_dates, vec!["1955-05-21"]);
    assert_eq!(e.listed_on.as_deref(), Some("2022-03-15"));
    assert_eq!(e.programs, vec!["Russia"]);
}

#[test]
fn alias_file_as_primary_is_a_layout_error() {
    let e = read_bytes(
        "ofac_alt_2025-12.csv",
        &head(&real("ofac_alt_2025-12.csv"), 10),
        ListFormat::Ofac,
    )
    .unwrap_err();
    assert!(matches!(e, ListError::Layout { .. }), "{e}");
}

#[test]
fn malformed_sibling_rows_are_skipped() {
    let sdn = real(SDN);
    let alt = head(&real("ofac_alt_2025-12.csv"), 50);
    let bad_alt = replace_line(&alt, 7, b"abc,1,\"aka\",\"X\",-0- \r\n");
    let l = read_bytes_with_siblings(
        SDN,
        &sdn,
        ListFormat::Ofac,
        &[("ofac_alt_2025-12.csv", &bad_alt)],
    )
    .unwrap();
    let s = l.skipped.iter().find(|s| s.line == 7).unwrap();
    assert_eq!(s.file, "ofac_alt_2025-12.csv");
    assert!(s.reason.contains("ent_num"), "{}", s.reason);
}

#[test]
fn too_large_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sdn.csv");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap(); // sparse: no disk used
    let e = read_path(&p, ListFormat::Ofac).unwrap_err();
    assert!(matches!(e, ListError::TooLarge { .. }), "{e}");
    assert!(e.to_string().contains("sdn.csv"), "{e}");
}

#[test]
fn missing_file_names_the_path() {
    let e = read_path(std::path::Path::new("/nonexistent/un.xml"), ListFormat::Un).unwrap_err();
    assert!(e.to_string().contains("/nonexistent/un.xml"), "{e}");
}

#[test]
fn no_panic_on_any_prefix_of_the_real_files() {
    for (name, fmt) in [
        (SDN, ListFormat::Ofac),
        ("un_consolidated_2026-02-27.xml", ListFormat::Un),
        ("uk_sanctions_list_summary_2025-08-11.csv", ListFormat::Uk),
        ("opensanctions_sample_zala.ftm.json", ListFormat::Ftm),
    ] {
        let b = real(name);
        let b = &b[..b.len().min(300_000)];
        for i in 0..60 {
            let cut = b.len() * i / 60 + i; // odd offsets land inside UTF-8 sequences too
            let cut = cut.min(b.len());
            match read_bytes(name, &b[..cut], fmt) {
                Ok(l) => assert!(!l.entries.is_empty()),
                Err(e) => assert!(
                    e.to_string().contains(name) || matches!(e, ListError::UnknownFormat(_)),
                    "{e}"
                ),
            }
        }
    }
}
