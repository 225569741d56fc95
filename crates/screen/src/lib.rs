//! embargo-screen: screens a party name against sanctions-list entries.
//!
//! Key design decision: every spelling is reduced to a **transliteration skeleton**
//! (Cyrillic and Hangul are first romanised deterministically, then ICAO/BGN/GOST/German/
//! French and McCune–Reischauer/Revised-Romanization differences are folded by data-driven
//! rules in `data/translit.toml`), so "Kozhemiako", "Kozhemyako", "Кожемяко" share one key.
//! Names are compared token by token (best-first assignment, joined/split words allowed),
//! weighted by role (surname, given name, patronymic, legal form…), with unmatched query
//! tokens penalised more than unmatched listed ones. A candidate index over skeletons,
//! their one-deletion neighbourhoods, voicing-folded skeletons and name-equivalence groups
//! (CSR postings; the rarest query words are walked, frequent ones only confirm) keeps a
//! query from scanning every name.
//!
//! Untrusted queries: a query longer than [`MAX_QUERY_CHARS`] characters is rejected with
//! [`ScreenError::TooLong`] (not truncated: a cut-off name would screen as a different name);
//! empty queries, control characters and queries without any letter or digit are errors too.
//! Mixed scripts are accepted and transliterated character by character ("Pутин" = "Putin").
//! Work per query is bounded: postings longer than a cap only confirm candidates and at most a
//! fixed number of candidate names are scored.
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
pub const DEFAULT_THRESHOLD: f64 = 0.7;

/// Longest query accepted, in characters (a name, not a document).
pub const MAX_QUERY_CHARS: usize = 1000;

/// Postings longer than this are not walked to find candidates; such a frequent token
/// only confirms candidates found through rarer tokens.
const FREQUENT_POSTINGS: usize = 20_000;

/// At most this many candidate names are fully scored per query.
const MAX_SCORED: usize = 120;

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
    /// Which tokens are hyphen-joined to the previous one.
    links: Box<[bool]>,
    /// Whether the name looks like a Korean personal name.
    korean: bool,
    merges: Box<[u32]>,
    /// Token id of the whole name written together (names of three or more words), or MAX.
    whole: u32,
}

/// A screening index over list entries. Build once, query from many threads.
#[derive(Debug, Default)]
pub struct Screener {
    entries: Vec<EntryMeta>,
    names: Vec<NameRec>,
    vocab: FxHashMap<Box<str>, u32>,
    infos: Vec<TokInfo>,
    /// Postings in CSR form: names of token `t` are `post_ids[post_off[t]..post_off[t+1]]`.
    post_off: Vec<u32>,
    post_ids: Vec<u32>,
    /// Lookup keys → range into `key_ids` (token ids).
    key_index: FxHashMap<u64, (u32, u32)>,
    key_ids: Vec<u32>,
    imo: FxHashMap<String, Vec<u32>>,
}

/// Build-time accumulators, turned into CSR arrays at the end (one allocation per array
/// instead of one per key: building is dominated by allocation otherwise).
#[derive(Default)]
struct Builder {
    key_pairs: Vec<(u64, u32)>,
    post_pairs: Vec<(u32, u32)>,
    fuzzy_keyed: Vec<bool>,
    keybuf: Vec<u64>,
}

fn key_hash(tag: u8, bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    tag.hash(&mut h);
    bytes.hash(&mut h);
    h.finish()
}

/// Skeletons longer than this get half keys instead of a deletion neighbourhood.
const LONG_SKELETON: usize = 12;

/// Lookup keys of a token: skeletons and their one-deletion neighbourhoods (so a single
/// edit on either side still shares a key), halves of long skeletons, name groups.
/// `fuzzy` is false for joined word pairs, which are found by their exact skeleton only.
fn token_keys(info: &TokInfo, fuzzy: bool, out: &mut Vec<u64>) {
    out.clear();
    if info.norm.len() < 2 {
        return;
    }
    for s in &info.skels {
        let b = s.as_bytes();
        out.push(key_hash(0, b));
        if !fuzzy {
            continue;
        }
        if b.len() > LONG_SKELETON {
            out.push(key_hash(3, &b[..b.len() / 2]));
            out.push(key_hash(4, &b[b.len() / 2..]));
        } else if b.len() >= 4 {
            let mut buf = [0u8; LONG_SKELETON];
            for i in 0..b.len() {
                buf[..i].copy_from_slice(&b[..i]);
                buf[i..b.len() - 1].copy_from_slice(&b[i + 1..]);
                out.push(key_hash(0, &buf[..b.len() - 1]));
            }
        }
    }
    if fuzzy {
        // Voicing-folded skeleton: short romanised syllables differ by voicing (Guk / Kuk).
        let folded: Vec<u8> = info.skels[0]
            .bytes()
            .map(|c| match c {
                b'b' => b'p',
                b'd' => b't',
                b'g' => b'k',
                b'z' => b's',
                b'v' => b'f',
                c => c,
            })
            .collect();
        out.push(key_hash(5, &folded));
        for g in &info.groups {
            out.push(key_hash(2, &g.to_le_bytes()));
        }
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
        let mut b = Builder::default();
        let mut mbuf = String::new();
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
                let mut links = Vec::with_capacity(toks.len());
                let mut ids = Vec::with_capacity(toks.len());
                for t in &toks {
                    let id = s.intern(&t.norm, true, &mut b);
                    ids.push((id, t.role));
                    links.push(t.linked);
                }
                let mut merges = Vec::with_capacity(toks.len().saturating_sub(1));
                for w in toks.windows(2) {
                    mbuf.clear();
                    mbuf.push_str(&w[0].norm);
                    mbuf.push_str(&w[1].norm);
                    let id = s.intern(&mbuf, false, &mut b);
                    merges.push(id);
                }
                let non_legal = toks.iter().filter(|t| t.role != Role::Legal).count();
                // Syllabic names (Korean ships and people: "CHONG CHON GANG") are the ones
                // written together or apart at will; only they get a whole-name key.
                let syllabic = toks
                    .iter()
                    .all(|t| t.role == Role::Legal || t.norm.len() <= 5);
                let whole = if non_legal >= 3 && syllabic {
                    s.intern(&text::whole(&toks), false, &mut b)
                } else {
                    u32::MAX
                };
                let mut posted: Vec<u32> = ids
                    .iter()
                    .map(|x| x.0)
                    .chain(merges.iter().copied())
                    .chain((whole != u32::MAX).then_some(whole))
                    .collect();
                posted.sort_unstable();
                posted.dedup();
                for id in posted {
                    b.post_pairs.push((id, nid));
                }
                s.names.push(NameRec {
                    entry: eid,
                    weak,
                    name: name.into(),
                    toks: ids.into_boxed_slice(),
                    links: links.into_boxed_slice(),
                    korean: text::looks_korean(&toks),
                    merges: merges.into_boxed_slice(),
                    whole,
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
        s.finish(b);
        s
    }

    /// Turns the accumulated pairs into CSR arrays.
    fn finish(&mut self, mut b: Builder) {
        b.key_pairs.sort_unstable();
        b.key_pairs.dedup();
        self.key_ids = b.key_pairs.iter().map(|p| p.1).collect();
        let mut i = 0;
        while i < b.key_pairs.len() {
            let k = b.key_pairs[i].0;
            let st = i;
            while i < b.key_pairs.len() && b.key_pairs[i].0 == k {
                i += 1;
            }
            self.key_index.insert(k, (st as u32, i as u32));
        }
        let n = self.infos.len();
        let mut counts = vec![0u32; n + 1];
        for &(t, _) in &b.post_pairs {
            counts[t as usize + 1] += 1;
        }
        for t in 0..n {
            counts[t + 1] += counts[t];
        }
        let mut fill = counts.clone();
        self.post_ids = vec![0; b.post_pairs.len()];
        // Pairs come in name order, so each posting list ends up sorted.
        for &(t, nid) in &b.post_pairs {
            let at = &mut fill[t as usize];
            self.post_ids[*at as usize] = nid;
            *at += 1;
        }
        self.post_off = counts;
    }

    fn postings(&self, tok: u32) -> &[u32] {
        let t = tok as usize;
        match (self.post_off.get(t), self.post_off.get(t + 1)) {
            (Some(&a), Some(&b)) => &self.post_ids[a as usize..b as usize],
            _ => &[],
        }
    }

    fn key_lookup(&self, k: u64) -> &[u32] {
        match self.key_index.get(&k) {
            Some(&(a, b)) => &self.key_ids[a as usize..b as usize],
            None => &[],
        }
    }

    fn intern(&mut self, norm: &str, fuzzy: bool, b: &mut Builder) -> u32 {
        if let Some(&id) = self.vocab.get(norm) {
            if fuzzy && !b.fuzzy_keyed[id as usize] {
                // First seen inside a joined pair, now as a word: add its fuzzy keys.
                b.fuzzy_keyed[id as usize] = true;
                token_keys(&self.infos[id as usize], true, &mut b.keybuf);
                b.key_pairs.extend(b.keybuf.iter().map(|&k| (k, id)));
            }
            return id;
        }
        let id = self.infos.len() as u32;
        let info = TokInfo::new(norm);
        token_keys(&info, fuzzy, &mut b.keybuf);
        b.key_pairs.extend(b.keybuf.iter().map(|&k| (k, id)));
        b.fuzzy_keyed.push(fuzzy);
        self.infos.push(info);
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
        let qlinks = qd.links();
        let q_korean = text::looks_korean(&qd.toks);
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
        let mut visited: FxHashSet<u32> = FxHashSet::default();
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
            token_keys(info, true, &mut keybuf);
            visited.clear();
            for &k in &keybuf {
                {
                    for &id in self.key_lookup(k) {
                        if m.contains_key(&id) || !visited.insert(id) {
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

        // Whole-name matches: the query written together equals a listed name of three or
        // more words written together (or the reverse), after transliteration.
        let mut whole_hits: FxHashSet<u32> = FxHashSet::default();
        let qwhole = text::whole(&qd.toks);
        let q_non_legal = qd.toks.iter().filter(|t| t.role != Role::Legal).count();
        if qwhole.len() >= 4 {
            let qskel = text::skeletons(&qwhole).swap_remove(0);
            for &id in self.key_lookup(key_hash(0, qskel.as_bytes())) {
                if self.infos[id as usize].skels[0] != qskel {
                    continue;
                }
                for &nid in self.postings(id) {
                    let n = &self.names[nid as usize];
                    let l_non_legal = n.toks.iter().filter(|t| t.1 != Role::Legal).count();
                    let joined_differently = (n.whole == id && l_non_legal != q_non_legal)
                        || (q_non_legal >= 3 && n.toks.len() == 1 && n.toks[0].0 == id);
                    if joined_differently && allowed(&self.entries[n.entry as usize]) {
                        whole_hits.insert(nid);
                    }
                }
            }
        }

        // 2. Candidates: walk rare postings, let frequent tokens only confirm.
        let posting_size = |m: &FxHashMap<u32, f64>| -> usize {
            m.keys().map(|&id| self.postings(id).len()).sum()
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
        // Which query tokens may match without being looked up (initials, particles, legal
        // forms): they count as matched in the bound below.
        let free: f64 = qroles
            .iter()
            .filter(|r| matches!(r, Role::Initial | Role::Particle | Role::Legal))
            .map(|&r| weight(r))
            .sum();
        let qweight: f64 = qroles.iter().map(|&r| weight(r)).sum();
        // A name matching query weight M scores at most M / (M + QM·(W − M)) (unmatched query
        // tokens cost at least QM of their weight), so it needs M ≥ W·f to reach the threshold.
        let tau = opts.threshold.clamp(0.0, 1.0);
        let f_min =
            (score::MIN_QUERY_FACTOR * tau) / (1.0 - tau + score::MIN_QUERY_FACTOR * tau).max(1e-9);
        let need = qweight * f_min * 0.9;
        // Walk the postings of the rarest single tokens until the tokens not walked cannot
        // reach `need` on their own; merged pairs (exact keys, short postings) are walked too.
        let mut uncovered: f64 = qweight - free;
        let mut cand: FxHashMap<u32, f32> = FxHashMap::default();
        let mut confirm: Vec<usize> = Vec::new();
        let n_informative = order
            .iter()
            .filter(|&&(_, k)| matches!(unit_matches[k].0, Unit::One(_)))
            .count();
        let mut walked_one = 0usize;
        for &(size, k) in order.iter() {
            let (u, m) = &unit_matches[k];
            let w = match u {
                Unit::One(i) => weight(qroles[*i]),
                Unit::Two(i) => weight(qroles[*i]) + weight(qroles[*i + 1]),
            } as f32;
            // A hit must share two words with a multi-word query (SINGLE_WORD_FACTOR), so
            // the most frequent word need not be walked.
            let last_informative = n_informative >= 2 && walked_one + 1 == n_informative;
            let walk = match u {
                Unit::One(_) => (uncovered + free >= need && !last_informative) || cand.is_empty(),
                Unit::Two(_) => size <= FREQUENT_POSTINGS,
            };
            if !walk {
                confirm.push(k);
                continue;
            }
            if let Unit::One(_) = u {
                uncovered -= w as f64;
                walked_one += 1;
            }
            for (&id, &s) in m {
                for &nid in self.postings(id) {
                    let e = cand.entry(nid).or_insert(0.0);
                    *e += w * s as f32;
                }
            }
        }
        for k in confirm {
            let (u, m) = &unit_matches[k];
            let w = match u {
                Unit::One(i) => weight(qroles[*i]),
                Unit::Two(i) => weight(qroles[*i]) + weight(qroles[*i + 1]),
            } as f32;
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
        let mut cands: Vec<(u32, f32)> = cand
            .into_iter()
            .filter(|(nid, acc)| {
                let m = (*acc as f64 + free).min(qweight);
                let bound = m / (m + score::MIN_QUERY_FACTOR * (qweight - m)).max(1e-9);
                bound + 1e-6 >= tau * 0.9
                    && allowed(&self.entries[self.names[*nid as usize].entry as usize])
            })
            .collect();
        cands.sort_unstable_by(|a, b| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.0.cmp(&b.0))
        });
        // Long names (institutions) cost more per candidate: keep the work per query bounded.
        cands.truncate((MAX_SCORED * 4 / nq.max(1)).clamp(20, MAX_SCORED));

        // 3. Full scoring, best name per entry.
        let mut cache: FxHashMap<(u8, u16, u32), (f64, MatchKind)> = FxHashMap::default();
        let mut best: FxHashMap<u32, (f64, u32, score::Alignment)> = FxHashMap::default();
        let mut lroles: Vec<Role> = Vec::new();
        for &nid in &whole_hits {
            let n = &self.names[nid as usize];
            let al = score::whole_alignment();
            if al.score >= opts.threshold {
                let better = !matches!(best.get(&n.entry), Some(e) if e.0 >= al.score);
                if better {
                    best.insert(n.entry, (al.score, nid, al));
                }
            }
        }
        for &(nid, _) in &cands {
            let n = &self.names[nid as usize];
            let schema = self.entries[n.entry as usize].schema;
            lroles.clear();
            lroles.extend(n.toks.iter().map(|t| t.1));
            let mut f = |a: Unit, b: Unit, min: f64| {
                let (tag, qi, qinfo, qrole, ui) = match a {
                    Unit::One(i) => (0u8, i, &qd.infos[i], qroles[i], i),
                    Unit::Two(i) => (1u8, i, &qd.merges[i], qroles[i], nq + i),
                };
                let (lid, lrole) = match b {
                    Unit::One(j) => (n.toks[j].0, n.toks[j].1),
                    Unit::Two(j) => (n.merges[j], n.toks[j].1),
                };
                // Pairs at least RETRIEVE_PAIR alike were all found through the keys.
                if min >= score::RETRIEVE_PAIR
                    && !unit_matches[ui].1.contains_key(&lid)
                    && !matches!(lrole, Role::Legal)
                {
                    return (0.0, MatchKind::EditDistance);
                }
                let korean = q_korean && n.korean;
                let tag = tag
                    | if matches!(lrole, Role::Legal) { 2 } else { 0 }
                    | if korean { 4 } else { 0 };
                *cache.entry((tag, qi as u16, lid)).or_insert_with(|| {
                    let linfo = &self.infos[lid as usize];
                    let r = token_similarity(qinfo, linfo, qrole, lrole);
                    if korean {
                        sim::korean_gate(qinfo, linfo, r)
                    } else {
                        r
                    }
                })
            };
            let al = align(
                (&qroles, &qlinks),
                (&lroles, &n.links),
                schema,
                q_korean && n.korean,
                &mut f,
            );
            let sc = if n.weak { al.score * 0.95 } else { al.score };
            if sc < opts.threshold {
                continue;
            }
            match best.get_mut(&n.entry) {
                Some(e) if sc <= e.0 => {}
                Some(e) => *e = (sc, nid, al),
                None => {
                    best.insert(n.entry, (sc, nid, al));
                }
            }
        }
        for (eid, (sc, nid, al)) in best {
            if imo_hit.contains(&eid) {
                continue;
            }
            let n = &self.names[nid as usize];
            let m = &self.entries[eid as usize];
            // Same tokenisation as at build time, so the alignment's indices apply.
            let ltoks = text::parse_name(&n.name, m.schema, false);
            let ps = describe(&qd.toks, &ltoks, &al, m.schema);
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
