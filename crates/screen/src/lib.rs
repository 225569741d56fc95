//! embargo-screen: screens a party name against sanctions-list entries.
//!
//! Key design decision: every spelling is reduced to a **transliteration skeleton**
//! (Cyrillic and Hangul are first romanised deterministically, then ICAO/BGN/GOST/German/
//! French and McCune–Reischauer/Revised-Romanization differences are folded by data-driven
//! rules in `data/translit.toml`), so "Kozemiako", "Kozhemyako", "Кожемяко" share one key.
//! Names are compared token by token (best-first assignment, joined/split words allowed),
//! weighted by role (surname, given name, patronymic, legal form…), with unmatched query
//! tokens penalised more than unmatched listed ones. A candidate index over skeletons,
//! one-deletion neighbourhoods, consonant keys and name-equivalence groups keeps a query
//! from scanning every name.
#![deny(missing_docs)]

mod score;
mod sim;
mod tables;
mod text;

use embargo_model::{ListEntry, ListKind, MatchKind, Schema, ScreeningHit, ScreeningResult};
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use score::{align, describe, weight, NameData, Unit};
use sim::{token_similarity, TokInfo};
use std::hash::{Hash, Hasher};
use text::Role;

pub use score::{score_names, PairScore};
pub use text::strip_titles;

/// Default score threshold for a hit (see docs/bench/screen.md for the P/R curve behind it).
pub const DEFAULT_THRESHOLD: f64 = 0.8;

/// Longest query accepted, in characters (a name, not a document).
pub const MAX_QUERY_CHARS: usize = 1000;

/// Postings longer than this are not walked to find candidates; such a frequent token
/// only confirms candidates found through rarer tokens.
const FREQUENT_POSTINGS: usize = 20_000;

/// At most this many candidate names are fully scored per query.
const MAX_SCORED: usize = 400;

/// Why a query cannot be screened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScreenError {
    /// The query is empty or only whitespace.
    #[error("query is empty")]
    Empty,
    /// The query is longer than [`MAX_QUERY_CHARS`].
    #[error("query is {chars} characters long; the maximum is {max}")]
    TooLong {
        /// Length of the query in characters.
        chars: usize,
        /// The maximum.
        max: usize,
    },
    /// The query contains a control character.
    #[error("query contains control character U+{code:04X} at character {position}")]
    ControlCharacter {
        /// Character position (0-based).
        position: usize,
        /// The code point.
        code: u32,
    },
    /// Nothing in the query is a name word (only punctuation or symbols).
    #[error("query {0:?} contains no letters or digits to screen")]
    NoName(String),
}

/// Options of one screening call.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreenOptions {
    /// Minimum score of a hit.
    pub threshold: f64,
    /// Lists to screen against; empty means all.
    pub lists: Vec<ListKind>,
    /// What the query names, if known; entries of other schemas are skipped.
    pub schema: Option<Schema>,
    /// Maximum number of hits returned.
    pub limit: usize,
}

impl Default for ScreenOptions {
    fn default() -> Self {
        ScreenOptions {
            threshold: DEFAULT_THRESHOLD,
            lists: Vec::new(),
            schema: None,
            limit: 10,
        }
    }
}

#[derive(Debug)]
struct EntryMeta {
    list: ListKind,
    list_id: String,
    primary_name: String,
    schema: Schema,
    programs: Vec<String>,
}

#[derive(Debug)]
struct NameRec {
    entry: u32,
    weak: bool,
    name: Box<str>,
    toks: Box<[(u32, Role)]>,
    merges: Box<[u32]>,
}

/// A screening index over list entries. Build once, query from many threads.
#[derive(Debug, Default)]
pub struct Screener {
    entries: Vec<EntryMeta>,
    names: Vec<NameRec>,
    vocab: FxHashMap<Box<str>, u32>,
    infos: Vec<TokInfo>,
    postings: Vec<Vec<u32>>,
    keys: FxHashMap<u64, Vec<u32>>,
    imo: FxHashMap<String, Vec<u32>>,
}

fn key_hash(tag: u8, bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    tag.hash(&mut h);
    bytes.hash(&mut h);
    h.finish()
}

/// Lookup keys of a token: skeletons, their one-deletion neighbourhoods, consonant key, groups.
fn token_keys(info: &TokInfo, out: &mut Vec<u64>) {
    out.clear();
    if info.norm.len() < 2 {
        return;
    }
    for s in &info.skels {
        let b = s.as_bytes();
        out.push(key_hash(0, b));
        if b.len() >= 4 {
            let mut buf = Vec::with_capacity(b.len());
            for i in 0..b.len() {
                buf.clear();
                buf.extend_from_slice(&b[..i]);
                buf.extend_from_slice(&b[i + 1..]);
                out.push(key_hash(0, &buf));
            }
        }
    }
    if info.ckey.len() >= 3 {
        out.push(key_hash(1, info.ckey.as_bytes()));
    }
    for g in &info.groups {
        out.push(key_hash(2, &g.to_le_bytes()));
    }
    out.sort_unstable();
    out.dedup();
}

/// IMO numbers ("IMO 9187629") in a text.
fn imo_numbers(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 <= b.len() {
        if b[i..i + 3].eq_ignore_ascii_case(b"imo") && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        {
            let mut j = i + 3;
            while j < b.len() && matches!(b[j], b' ' | b':' | b'#' | b'.' | b'-') {
                j += 1;
            }
            let st = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j - st == 7 {
                out.push(s[st..j].to_string());
            }
            i = j.max(i + 3);
        } else {
            i += 1;
        }
    }
    out
}

impl Screener {
    /// Builds the index from list entries (every name and alias of each).
    pub fn build<'a>(entries: impl IntoIterator<Item = &'a ListEntry>) -> Screener {
        let mut s = Screener::default();
        let mut keybuf = Vec::new();
        for e in entries {
            let eid = s.entries.len() as u32;
            s.entries.push(EntryMeta {
                list: e.provenance.list,
                list_id: e.list_id.clone(),
                primary_name: e.name.clone(),
                schema: e.schema,
                programs: e.programs.clone(),
            });
            let mut seen: FxHashSet<&str> = FxHashSet::default();
            let names =
                std::iter::once((e.name.as_str(), false)).chain(e.aliases.iter().map(|a| {
                    (
                        a.name.as_str(),
                        a.quality == embargo_model::AliasQuality::Weak,
                    )
                }));
            for (name, weak) in names {
                if !seen.insert(name) || name.trim().is_empty() {
                    continue;
                }
                let toks = text::parse_name(name, e.schema, false);
                if toks.is_empty() {
                    continue;
                }
                let nid = s.names.len() as u32;
                let mut ids = Vec::with_capacity(toks.len());
                for t in &toks {
                    let id = s.intern(&t.norm, &mut keybuf);
                    ids.push((id, t.role));
                }
                let mut merges = Vec::with_capacity(toks.len().saturating_sub(1));
                for w in toks.windows(2) {
                    let id = s.intern(&format!("{}{}", w[0].norm, w[1].norm), &mut keybuf);
                    merges.push(id);
                }
                let mut posted: Vec<u32> = ids
                    .iter()
                    .map(|x| x.0)
                    .chain(merges.iter().copied())
                    .collect();
                posted.sort_unstable();
                posted.dedup();
                for id in posted {
                    s.postings[id as usize].push(nid);
                }
                s.names.push(NameRec {
                    entry: eid,
                    weak,
                    name: name.into(),
                    toks: ids.into_boxed_slice(),
                    merges: merges.into_boxed_slice(),
                });
            }
            if matches!(e.schema, Schema::Vessel)
                || e.remarks.as_deref().is_some_and(|r| r.contains("IMO"))
            {
                let mut nums = imo_numbers(e.remarks.as_deref().unwrap_or(""));
                nums.extend(e.all_names().flat_map(imo_numbers));
                nums.sort();
                nums.dedup();
                for n in nums {
                    s.imo.entry(n).or_default().push(eid);
                }
            }
        }
        for k in s.keys.values_mut() {
            k.shrink_to_fit();
        }
        for p in s.postings.iter_mut() {
            p.shrink_to_fit();
        }
        s
    }

    fn intern(&mut self, norm: &str, keybuf: &mut Vec<u64>) -> u32 {
        if let Some(&id) = self.vocab.get(norm) {
            return id;
        }
        let id = self.infos.len() as u32;
        let info = TokInfo::new(norm);
        token_keys(&info, keybuf);
        for &k in keybuf.iter() {
            self.keys.entry(k).or_default().push(id);
        }
        self.infos.push(info);
        self.postings.push(Vec::new());
        self.vocab.insert(norm.into(), id);
        id
    }

    /// Number of list entries indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no entries are indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of names (primary names and aliases) indexed.
    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    /// Screens one name; hits over `opts.threshold`, best first, one per entry.
    pub fn screen(
        &self,
        query: &str,
        opts: &ScreenOptions,
    ) -> Result<ScreeningResult, ScreenError> {
        let q = validate(query)?;
        let qschema = opts.schema.unwrap_or(Schema::Unknown);
        let qd = NameData::new(q, qschema, true);
        if qd.toks.is_empty() {
            return Err(ScreenError::NoName(truncate(query, 80)));
        }
        let qroles = qd.roles();
        let mut hits: Vec<ScreeningHit> = Vec::new();
        let allowed = |m: &EntryMeta| {
            (opts.lists.is_empty() || opts.lists.contains(&m.list))
                && match opts.schema {
                    None | Some(Schema::Unknown) => true,
                    Some(s) => m.schema == s || m.schema == Schema::Unknown,
                }
        };

        // IMO numbers identify a vessel exactly.
        let mut imo_hit: FxHashSet<u32> = FxHashSet::default();
        for n in imo_numbers(q) {
            if let Some(es) = self.imo.get(&n) {
                for &eid in es {
                    let m = &self.entries[eid as usize];
                    if allowed(m) && imo_hit.insert(eid) {
                        hits.push(ScreeningHit {
                            list: m.list,
                            list_id: m.list_id.clone(),
                            listed_name: m.primary_name.clone(),
                            primary_name: m.primary_name.clone(),
                            schema: m.schema,
                            programs: m.programs.clone(),
                            score: 1.0,
                            explanation: format!("IMO {n} = listed IMO number (exact)"),
                            token_matches: Vec::new(),
                            unmatched_query_tokens: Vec::new(),
                            unmatched_listed_tokens: Vec::new(),
                        });
                    }
                }
            }
        }

        // 1. Which vocabulary tokens each query unit may match.
        let nq = qd.toks.len();
        let mut unit_matches: Vec<(Unit, FxHashMap<u32, f64>)> = Vec::new();
        let mut keybuf = Vec::new();
        let units = (0..nq)
            .map(Unit::One)
            .chain((0..nq.saturating_sub(1)).map(Unit::Two));
        for u in units {
            let (info, role) = match u {
                Unit::One(i) => (&qd.infos[i], qd.toks[i].role),
                Unit::Two(i) => (&qd.merges[i], qd.toks[i].role),
            };
            let mut m: FxHashMap<u32, f64> = FxHashMap::default();
            if let Some(&id) = self.vocab.get(info.norm.as_str()) {
                m.insert(id, 1.0);
            }
            token_keys(info, &mut keybuf);
            for k in &keybuf {
                if let Some(ids) = self.keys.get(k) {
                    for &id in ids {
                        if m.contains_key(&id) {
                            continue;
                        }
                        let (s, _) =
                            token_similarity(info, &self.infos[id as usize], role, Role::Given);
                        if s >= score::RETRIEVE_PAIR {
                            m.insert(id, s);
                        }
                    }
                }
            }
            unit_matches.push((u, m));
        }

        // 2. Candidates: walk rare postings, let frequent tokens only confirm.
        let posting_size = |m: &FxHashMap<u32, f64>| -> usize {
            m.keys().map(|&id| self.postings[id as usize].len()).sum()
        };
        let mut order: Vec<(usize, usize)> = unit_matches
            .iter()
            .enumerate()
            .filter(|(_, (u, m))| {
                !m.is_empty()
                    && match u {
                        Unit::One(i) => matches!(
                            qroles[*i],
                            Role::Given | Role::Surname | Role::Number | Role::Patronymic
                        ),
                        Unit::Two(_) => true,
                    }
            })
            .map(|(k, (_, m))| (posting_size(m), k))
            .collect();
        order.sort_unstable();
        let mut cand: FxHashMap<u32, f32> = FxHashMap::default();
        let qweight: f64 = qroles.iter().map(|&r| weight(r)).sum();
        for (rank, &(size, k)) in order.iter().enumerate() {
            let (u, m) = &unit_matches[k];
            let w = match u {
                Unit::One(i) => weight(qroles[*i]),
                Unit::Two(i) => weight(qroles[*i]) + weight(qroles[*i + 1]),
            } as f32;
            if size <= FREQUENT_POSTINGS || rank == 0 {
                for (&id, &s) in m {
                    for &nid in &self.postings[id as usize] {
                        let e = cand.entry(nid).or_insert(0.0);
                        *e += w * s as f32;
                    }
                }
            } else {
                for (nid, acc) in cand.iter_mut() {
                    let n = &self.names[*nid as usize];
                    let best = n
                        .toks
                        .iter()
                        .map(|t| t.0)
                        .chain(n.merges.iter().copied())
                        .filter_map(|id| m.get(&id))
                        .fold(0.0f64, |a, &b| a.max(b));
                    *acc += w * best as f32;
                }
            }
        }
        // Upper bound on the score: the matched query weight over all query weight
        // (initials are not looked up, so count them as matchable).
        let initials: f64 = qroles
            .iter()
            .filter(|r| matches!(r, Role::Initial))
            .map(|&r| weight(r))
            .sum();
        let mut cands: Vec<(u32, f32)> = cand
            .into_iter()
            .filter(|(nid, acc)| {
                let bound = (*acc as f64 + initials) / qweight.max(1e-9);
                bound + 1e-6 >= opts.threshold.min(1.0) * 0.9
                    && allowed(&self.entries[self.names[*nid as usize].entry as usize])
            })
            .collect();
        cands.sort_unstable_by(|a, b| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.0.cmp(&b.0))
        });
        cands.truncate(MAX_SCORED);

        // 3. Full scoring, best name per entry.
        let mut cache: FxHashMap<(u8, u16, u32), (f64, MatchKind)> = FxHashMap::default();
        let mut best: FxHashMap<u32, (f64, u32)> = FxHashMap::default();
        let mut lroles: Vec<Role> = Vec::new();
        for &(nid, _) in &cands {
            let n = &self.names[nid as usize];
            let schema = self.entries[n.entry as usize].schema;
            lroles.clear();
            lroles.extend(n.toks.iter().map(|t| t.1));
            let mut f = |a: Unit, b: Unit| {
                let (tag, qi, qinfo, qrole) = match a {
                    Unit::One(i) => (0u8, i, &qd.infos[i], qroles[i]),
                    Unit::Two(i) => (1u8, i, &qd.merges[i], qroles[i]),
                };
                let (lid, lrole) = match b {
                    Unit::One(j) => (n.toks[j].0, n.toks[j].1),
                    Unit::Two(j) => (n.merges[j], n.toks[j].1),
                };
                let tag = tag | if matches!(lrole, Role::Legal) { 2 } else { 0 };
                *cache.entry((tag, qi as u16, lid)).or_insert_with(|| {
                    token_similarity(qinfo, &self.infos[lid as usize], qrole, lrole)
                })
            };
            let al = align(&qroles, &lroles, schema, &mut f);
            let sc = if n.weak { al.score * 0.95 } else { al.score };
            if sc < opts.threshold {
                continue;
            }
            let e = best.entry(n.entry).or_insert((-1.0, nid));
            if sc > e.0 {
                *e = (sc, nid);
            }
        }
        for (eid, (sc, nid)) in best {
            if imo_hit.contains(&eid) {
                continue;
            }
            let n = &self.names[nid as usize];
            let m = &self.entries[eid as usize];
            let ld = NameData::new(&n.name, m.schema, false);
            let al = score::align_data(&qd, &ld, m.schema);
            let ps = describe(&qd.toks, &ld.toks, &al, m.schema);
            let weak_note = if n.weak { " (weak alias)" } else { "" };
            hits.push(ScreeningHit {
                list: m.list,
                list_id: m.list_id.clone(),
                listed_name: n.name.to_string(),
                primary_name: m.primary_name.clone(),
                schema: m.schema,
                programs: m.programs.clone(),
                score: sc,
                explanation: format!("{}{weak_note}", ps.explanation),
                token_matches: ps.token_matches,
                unmatched_query_tokens: ps.unmatched_query_tokens,
                unmatched_listed_tokens: ps.unmatched_listed_tokens,
            });
        }
        hits.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| a.list.cmp(&b.list))
                .then_with(|| a.list_id.cmp(&b.list_id))
        });
        hits.truncate(opts.limit);
        Ok(ScreeningResult {
            query: query.to_string(),
            hits,
        })
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Checks a query: not empty, bounded, no control characters. Returns it trimmed.
fn validate(query: &str) -> Result<&str, ScreenError> {
    // Count at most MAX+1 characters so a 10 MB query costs nothing.
    let chars = query.chars().take(MAX_QUERY_CHARS + 1).count();
    if chars > MAX_QUERY_CHARS {
        return Err(ScreenError::TooLong {
            chars: query.chars().count(),
            max: MAX_QUERY_CHARS,
        });
    }
    for (position, c) in query.chars().enumerate() {
        if c.is_control() && !matches!(c, ' ' | '\t' | '\n' | '\r') {
            return Err(ScreenError::ControlCharacter {
                position,
                code: c as u32,
            });
        }
    }
    let q = query.trim();
    if q.is_empty() {
        return Err(ScreenError::Empty);
    }
    if !q.chars().any(|c| c.is_alphanumeric()) {
        return Err(ScreenError::NoName(truncate(q, 80)));
    }
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn screener_is_send_sync() {
        assert_send_sync::<Screener>();
    }

    #[test]
    fn bad_queries_are_errors() {
        let s = Screener::default();
        let o = ScreenOptions::default();
        assert_eq!(s.screen("", &o), Err(ScreenError::Empty));
        assert_eq!(s.screen("   ", &o), Err(ScreenError::Empty));
        assert!(matches!(
            s.screen(&"a".repeat(10_000_000), &o),
            Err(ScreenError::TooLong { .. })
        ));
        assert!(matches!(
            s.screen("Putin\u{0007}", &o),
            Err(ScreenError::ControlCharacter { .. })
        ));
        assert!(matches!(
            s.screen("--- ,,, !!!", &o),
            Err(ScreenError::NoName(_))
        ));
        // Mixed scripts are transliterated character by character, not rejected.
        assert!(s.screen("Pутин Vladimir", &o).is_ok());
    }

    #[test]
    fn imo_numbers_found() {
        assert_eq!(
            imo_numbers("Vessel Registration Identification IMO 9187629; MMSI"),
            vec!["9187629"]
        );
        assert!(imo_numbers("IMO 12345").is_empty());
    }
}
