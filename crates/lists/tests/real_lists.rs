//! Entry counts and known entries of the real list files in data/lists (see
//! shared SOURCES.md for the figures).
use embargo_lists::{load_dir, read_path, ListFormat, ListSet};
use embargo_model::{AliasQuality, ListKind, Schema};
use std::path::PathBuf;
use std::sync::OnceLock;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/lists")
        .join(name)
}

fn builtin() -> &'static ListSet {
    static SET: OnceLock<ListSet> = OnceLock::new();
    SET.get_or_init(|| ListSet::builtin().expect("built-in lists load"))
}

#[test]
fn builtin_loads_all_five_kinds() {
    let set = builtin();
    for kind in ListKind::ALL {
        assert!(set.get(kind).is_some(), "{kind} missing");
    }
    assert_eq!(set.entries().count(), set.len());
}

#[test]
fn ofac_sdn_counts_and_schemas() {
    let sdn = builtin().get(ListKind::UsOfacSdn).unwrap();
    assert_eq!(sdn.entries.len(), 14_965);
    let count = |s| sdn.entries.iter().filter(|e| e.schema == s).count();
    assert_eq!(count(Schema::Person), 6_854);
    assert_eq!(count(Schema::Vessel), 851);
    assert_eq!(count(Schema::Aircraft), 376);
    assert_eq!(count(Schema::Organization), 6_884);
    assert_eq!(sdn.provenance.version, "2024-05-03");
    assert!(sdn.provenance.source_file.contains("ofac_alt_2025-12.csv"));
    // Aliases of designations newer than the May 2024 primary file are counted, not dropped.
    let orphans = sdn
        .skipped
        .iter()
        .filter(|s| s.file == "ofac_alt_2025-12.csv" && s.reason.contains("no primary row"))
        .count();
    assert!(orphans > 0);
    let aliases: usize = sdn
        .entries
        .iter()
        .map(|e| {
            e.aliases
                .iter()
                .filter(|a| a.quality == AliasQuality::Strong)
                .count()
        })
        .sum();
    // 20,107 alias rows in alt.csv: each either merged, deduplicated or skipped as orphan.
    assert!(
        aliases + orphans <= 20_107 && aliases + orphans > 19_000,
        "{aliases} + {orphans}"
    );
}

#[test]
fn ofac_known_entries() {
    let sdn = builtin().get(ListKind::UsOfacSdn).unwrap();
    let by_id = |id: &str| sdn.entries.iter().find(|e| e.list_id == id).unwrap();
    let k = by_id("41064");
    assert_eq!(k.name, "KOZHEMYAKO, Oleg Nikolayevich");
    assert_eq!(k.schema, Schema::Person);
    assert!(k
        .aliases
        .iter()
        .any(|a| a.name == "KOZHEMIAKO, Oleh Mykolaiovych"));
    assert_eq!(k.programs, vec!["RUSSIA-EO14024"]);
    assert_eq!(k.birth_dates, vec!["1962-03-17"]);
    assert_eq!(k.nationalities, vec!["Russia"]);
    assert_eq!(k.provenance.list, ListKind::UsOfacSdn);

    let kim = by_id("20157");
    assert_eq!(kim.name, "KIM, Jong Un");
    assert_eq!(kim.programs, vec!["DPRK3"]);
    assert_eq!(kim.titles, vec!["Chairman of the Workers' Party of Korea"]);
    assert_eq!(kim.birth_dates, vec!["1984-01-08"]);

    let s = by_id("35173");
    assert_eq!(s.name, "SHOIGU, Sergei Kuzhugetovich");
    let names: Vec<&str> = s.aliases.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"SHOIGU, Sergey"), "{names:?}");
    assert!(names.contains(&"SHOYGU, Sergey Kuzhugetovich"), "{names:?}");
    assert_eq!(s.birth_dates, vec!["1955-05-21"]);

    // Weak a.k.a.s sit in the legacy remarks: ent 306 "a.k.a. 'BNC'".
    let bnc = by_id("306");
    assert!(bnc
        .aliases
        .iter()
        .any(|a| a.name == "BNC" && a.quality == AliasQuality::Weak));
    // Multiple programmes are split.
    assert!(sdn.entries.iter().any(|e| e.programs.len() > 1));
    assert!(sdn.entries.iter().all(|e| e
        .programs
        .iter()
        .all(|p| !p.contains('[') && !p.contains(']'))));
}

#[test]
fn ofac_consolidated() {
    let cons = builtin().get(ListKind::UsOfacCons).unwrap();
    assert_eq!(cons.entries.len(), 442);
    let h = cons.entries.iter().find(|e| e.list_id == "9639").unwrap();
    assert_eq!(h.name, "HANIYA, Ismail Abdul Salah");
    assert!(h.aliases.iter().any(|a| a.name == "HANIYA, Ismail"));
    assert_eq!(h.programs, vec!["NS-PLC"]);
}

#[test]
fn un_counts_and_entries() {
    let un = builtin().get(ListKind::UnSc).unwrap();
    assert_eq!(un.entries.len(), 1_003);
    assert!(un.skipped.is_empty());
    assert_eq!(un.provenance.version, "2026-02-27T00:00:09.554Z");
    let persons = un
        .entries
        .iter()
        .filter(|e| e.schema == Schema::Person)
        .count();
    assert_eq!(persons, 730);
    let dprk = un.entries.iter().filter(|e| e.programs == ["DPRK"]).count();
    assert_eq!(dprk, 155);
    let ri = un.entries.iter().find(|e| e.list_id == "KPi.076").unwrap();
    assert_eq!(ri.name, "RI PYONG CHUL");
    assert_eq!(ri.listed_on.as_deref(), Some("2017-12-22"));
    assert_eq!(ri.birth_dates, vec!["1948"]);
    assert_eq!(
        ri.nationalities,
        vec!["Democratic People's Republic of Korea"]
    );
    assert!(ri.aliases.iter().any(|a| a.name == "Ri Pyong Chol"));
    assert_eq!(ri.titles.len(), 3);
    // "Low" quality aliases are weak.
    assert!(un
        .entries
        .iter()
        .any(|e| e.aliases.iter().any(|a| a.quality == AliasQuality::Weak)));
    // An entity name holding two names gives each as an alias too.
    let cagl = un
        .entries
        .iter()
        .find(|e| e.name.starts_with("COMPAGNIE AERIENNE DES GRANDS LACS"))
        .unwrap();
    assert!(cagl
        .aliases
        .iter()
        .any(|a| a.name == "GREAT LAKES BUSINESS COMPANY (GLBC)"));
    // NAME_ORIGINAL_SCRIPT becomes an alias.
    assert!(un
        .entries
        .iter()
        .any(|e| e.aliases.iter().any(|a| !a.name.is_ascii())));
}

#[test]
fn uk_counts_and_entries() {
    let uk = builtin().get(ListKind::GbFcdo).unwrap();
    // 5,302 rows: two rows of the source have an empty Name and are skipped with a reason.
    assert_eq!(uk.entries.len() + uk.skipped.len(), 5_302);
    assert_eq!(uk.skipped.len(), 2);
    assert!(uk
        .skipped
        .iter()
        .all(|s| s.reason.contains("(Name) is empty")));
    let s = uk.entries.iter().find(|e| e.list_id == "RUS0689").unwrap();
    assert_eq!(s.name, "SHOIGU Sergei Kuzhugetovich");
    assert_eq!(s.programs, vec!["Russia"]);
    assert_eq!(s.listed_on.as_deref(), Some("2022-03-15"));
    assert_eq!(s.schema, Schema::Person);
    let ships = uk
        .entries
        .iter()
        .filter(|e| e.schema == Schema::Vessel)
        .count();
    assert_eq!(ships, 461);
    let russia = uk
        .entries
        .iter()
        .filter(|e| e.programs == ["Russia"])
        .count();
    // 2,710 Russia-regime rows, one of which has an empty name.
    assert!(russia == 2_710 || russia == 2_709, "{russia}");
}

#[test]
fn opensanctions_samples() {
    let os = builtin().get(ListKind::OpenSanctions).unwrap();
    // zala: 6 Person + 11 Company; eu_fsf: 4 Person + 2 Organization.
    assert_eq!(os.entries.len(), 23);
    let persons = os
        .entries
        .iter()
        .filter(|e| e.schema == Schema::Person)
        .count();
    assert_eq!(persons, 10);
    // Sanction entities give programmes to their parties.
    assert!(os.entries.iter().any(|e| !e.programs.is_empty()));
    // Non-party schemas are counted skips: 11+1 Address, 14 Ownership, 4 Family, 3 Directorship, 1 Passport.
    let non_party = os
        .skipped
        .iter()
        .filter(|s| s.reason.contains("is not a party"))
        .count();
    assert_eq!(non_party, 34);
}

#[test]
fn read_path_finds_ofac_siblings_by_name() {
    let l = read_path(&data("ofac_sdn_2024-05-03.csv"), ListFormat::Ofac).unwrap();
    assert_eq!(l.kind, ListKind::UsOfacSdn);
    assert_eq!(l.entries.len(), 14_965);
    assert!(l
        .provenance
        .source_file
        .contains("ofac_sdn_comments_2025-12.csv"));
    let c = read_path(&data("ofac_cons_prim_2025-12.csv"), ListFormat::Ofac).unwrap();
    assert_eq!(c.kind, ListKind::UsOfacCons);
    assert!(c
        .provenance
        .source_file
        .contains("ofac_cons_alt_2025-12.csv"));
}

#[test]
fn official_names_in_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    for (src, dst) in [
        ("ofac_sdn_2024-05-03.csv", "sdn.csv"),
        ("ofac_alt_2025-12.csv", "alt.csv"),
        ("ofac_add_2025-12.csv", "add.csv"),
        ("ofac_sdn_comments_2025-12.csv", "sdn_comments.csv"),
    ] {
        std::fs::copy(data(src), dir.path().join(dst)).unwrap();
    }
    let l = read_path(&dir.path().join("sdn.csv"), ListFormat::Ofac).unwrap();
    assert_eq!(l.provenance.version, "unknown");
    assert_eq!(
        l.provenance.source_file,
        "sdn.csv+alt.csv+add.csv+sdn_comments.csv"
    );
    let k = l.entries.iter().find(|e| e.list_id == "41064").unwrap();
    assert!(k
        .aliases
        .iter()
        .any(|a| a.name == "KOZHEMIAKO, Oleh Mykolaiovych"));
}

#[test]
fn load_dir_of_shipped_files() {
    let set = load_dir(&data("")).unwrap();
    assert_eq!(set.lists.len(), 5);
    assert_eq!(set.get(ListKind::UnSc).unwrap().entries.len(), 1_003);
    assert_eq!(set.get(ListKind::UsOfacSdn).unwrap().entries.len(), 14_965);
}

#[test]
fn replace_swaps_same_kind() {
    let mut set = builtin().clone();
    let n = set.lists.len();
    let un = read_path(&data("un_consolidated_2026-02-27.xml"), ListFormat::Un).unwrap();
    set.replace(un);
    assert_eq!(set.lists.len(), n);
    let mut only = ListSet::default();
    only.replace(set.get(ListKind::GbFcdo).unwrap().clone());
    assert_eq!(only.lists.len(), 1);
}

#[test]
fn format_names() {
    assert_eq!("ofac".parse::<ListFormat>().unwrap(), ListFormat::Ofac);
    assert_eq!("UN".parse::<ListFormat>().unwrap(), ListFormat::Un);
    assert_eq!("ftm".parse::<ListFormat>().unwrap(), ListFormat::Ftm);
    let e = "xls".parse::<ListFormat>().unwrap_err();
    assert!(e.to_string().contains("xls"));
}
