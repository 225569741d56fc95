//! Reference tables embedded from `crates/screen/data/` (transliteration, name groups,
//! titles, legal forms, particles, vessel prefixes, patronymic endings).
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::sync::OnceLock;

const TRANSLIT: &str = include_str!("../data/translit.toml");
const NAMES: &str = include_str!("../data/names.toml");
const TITLES: &str = include_str!("../data/titles.txt");
const LEGAL: &str = include_str!("../data/legal_forms.txt");
const KOREAN: &str = include_str!("../data/korean_surnames.txt");
const TITLE_HEADS: &str = include_str!("../data/title_heads.txt");
const PARTICLES: &str = include_str!("../data/particles.txt");
const VESSEL: &str = include_str!("../data/vessel_prefixes.txt");
const PATRONYMIC: &str = include_str!("../data/patronymic_suffixes.txt");

/// One skeleton rewrite rule.
#[derive(Debug, Clone)]
pub(crate) struct SkelRule {
    pub from: Vec<u8>,
    pub to: Vec<u8>,
    pub at_start: bool,
    pub at_end: bool,
}

/// All tables, parsed once.
#[derive(Debug, Default)]
pub(crate) struct Tables {
    pub cyrillic: FxHashMap<char, String>,
    pub h_initial: Vec<String>,
    pub h_initial_voiced: Vec<String>,
    pub h_medial: Vec<String>,
    pub h_final: Vec<String>,
    pub skel_rules: Vec<SkelRule>,
    /// Rule indices by first byte (longest first), so a position tries only its own rules.
    pub rules_by_first: Vec<Vec<u16>>,
    /// First words of legal-form phrases (a cheap pre-check before phrase lookups).
    pub legal_first: FxHashSet<String>,
    pub alternatives: Vec<(String, String)>,
    pub title_heads: FxHashSet<String>,
    pub korean_surnames: FxHashSet<String>,
    /// normalised spelling → name-group ids.
    pub name_groups: FxHashMap<String, Vec<u32>>,
    pub titles: FxHashSet<Vec<String>>,
    pub titles_max: usize,
    /// phrase (normalised tokens) → canonical legal form.
    pub legal: FxHashMap<Vec<String>, String>,
    pub legal_max: usize,
    pub particles: FxHashSet<String>,
    pub vessel_prefixes: FxHashSet<Vec<String>>,
    pub patronymic: Vec<String>,
}

#[derive(Deserialize)]
struct TranslitFile {
    cyrillic: FxHashMap<String, String>,
    hangul: HangulFile,
    skeleton: SkeletonFile,
}

#[derive(Deserialize)]
struct HangulFile {
    initial: Vec<String>,
    initial_voiced: Vec<String>,
    medial: Vec<String>,
    #[serde(rename = "final")]
    final_: Vec<String>,
}

#[derive(Deserialize)]
struct SkeletonFile {
    rules: Vec<(String, String)>,
    alternatives: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct NamesFile {
    groups: Vec<Vec<String>>,
}

/// Errors in the embedded tables (a build defect; checked by a unit test).
#[derive(Debug, thiserror::Error)]
pub(crate) enum TableError {
    #[error("crates/screen/data/{file}: {msg}")]
    Parse { file: &'static str, msg: String },
}

fn lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Splits a phrase into normalised tokens the same way names are tokenised.
fn phrase(s: &str) -> Vec<String> {
    crate::text::simple_tokens(s)
}

pub(crate) fn parse_tables() -> Result<Tables, TableError> {
    let tr: TranslitFile = toml::from_str(TRANSLIT).map_err(|e| TableError::Parse {
        file: "translit.toml",
        msg: e.to_string(),
    })?;
    let mut t = Tables::default();
    for (k, v) in tr.cyrillic {
        let mut cs = k.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => {
                t.cyrillic.insert(c, v);
            }
            _ => {
                return Err(TableError::Parse {
                    file: "translit.toml",
                    msg: format!("[cyrillic] key {k:?} is not one character"),
                })
            }
        }
    }
    let h = tr.hangul;
    if h.initial.len() != 19
        || h.initial_voiced.len() != 19
        || h.medial.len() != 21
        || h.final_.len() != 28
    {
        return Err(TableError::Parse {
            file: "translit.toml",
            msg: "[hangul] needs 19 initials, 21 medials and 28 finals".into(),
        });
    }
    t.h_initial = h.initial;
    t.h_initial_voiced = h.initial_voiced;
    t.h_medial = h.medial;
    t.h_final = h.final_;
    for (from, to) in tr.skeleton.rules {
        let at_start = from.starts_with('^');
        let at_end = from.ends_with('$');
        let core = from.trim_start_matches('^').trim_end_matches('$');
        if core.is_empty() || !core.is_ascii() || !to.is_ascii() {
            return Err(TableError::Parse {
                file: "translit.toml",
                msg: format!("[skeleton] bad rule {from:?} -> {to:?}"),
            });
        }
        t.skel_rules.push(SkelRule {
            from: core.as_bytes().to_vec(),
            to: to.as_bytes().to_vec(),
            at_start,
            at_end,
        });
    }
    // Longest match first; stable so the file order breaks ties.
    t.skel_rules
        .sort_by_key(|r| std::cmp::Reverse(r.from.len()));
    t.rules_by_first = vec![Vec::new(); 256];
    for (i, r) in t.skel_rules.iter().enumerate() {
        t.rules_by_first[r.from[0] as usize].push(i as u16);
    }
    t.alternatives = tr.skeleton.alternatives;

    let names: NamesFile = toml::from_str(NAMES).map_err(|e| TableError::Parse {
        file: "names.toml",
        msg: e.to_string(),
    })?;
    for (gi, g) in names.groups.iter().enumerate() {
        for n in g {
            let key = phrase(n).concat();
            let e = t.name_groups.entry(key).or_default();
            if !e.contains(&(gi as u32)) {
                e.push(gi as u32);
            }
        }
    }
    for l in lines(TITLES) {
        let p = phrase(l);
        t.titles_max = t.titles_max.max(p.len());
        t.titles.insert(p);
    }
    for (n, l) in lines(LEGAL).enumerate() {
        let Some((canon, vars)) = l.split_once('=') else {
            return Err(TableError::Parse {
                file: "legal_forms.txt",
                msg: format!("content line {}: expected `canonical = variants`", n + 1),
            });
        };
        let canon = phrase(canon).join(" ");
        for v in vars.split(',') {
            let p = phrase(v);
            if p.is_empty() {
                continue;
            }
            t.legal_max = t.legal_max.max(p.len());
            t.legal_first.insert(p[0].clone());
            t.legal.insert(p, canon.clone());
        }
    }
    for l in lines(KOREAN) {
        for w in l.split_whitespace() {
            t.korean_surnames.insert(w.to_ascii_lowercase());
        }
    }
    for l in lines(TITLE_HEADS) {
        t.title_heads.insert(phrase(l).concat());
    }
    for l in lines(PARTICLES) {
        t.particles.insert(phrase(l).concat());
    }
    for l in lines(VESSEL) {
        t.vessel_prefixes.insert(phrase(l));
    }
    for l in lines(PATRONYMIC) {
        t.patronymic.push(l.to_ascii_lowercase());
    }
    Ok(t)
}

/// The parsed tables; a parse failure (a build defect caught by tests) logs and yields empty tables.
pub(crate) fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| match parse_tables() {
        Ok(t) => t,
        Err(e) => {
            tracing::error!("embedded screening tables unusable: {e}");
            Tables::default()
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_tables_parse() {
        let t = super::parse_tables().unwrap();
        assert!(t.cyrillic.len() > 30);
        assert!(t
            .titles
            .contains(&vec!["defense".to_string(), "minister".to_string()]));
        assert!(t.name_groups.contains_key("lee"));
        assert!(t.legal.contains_key(&vec!["ltd".to_string()]));
    }
}
