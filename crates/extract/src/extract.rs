//! Mentions, coreference, attribution and transfer frames over cleaned sentences.
use crate::data::Data;
use crate::taxonomy::Taxonomy;
use aho_corasick::AhoCorasick;
use embargo_model::{
    Attribution, CorefLink, Document, Evidence, Extraction, Inference, Item, Mention,
    NonFactualClaim, Party, PartyKind, PartyRef, Quantity, Sentence, Span, Transfer,
};
use std::collections::{HashMap, HashSet};

/// What a gazetteer pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ent {
    Person(usize),
    Epithet(usize),
    State(usize),
    Demonym(usize),
    Capital(usize),
    Outlet(usize),
    Title,
    Known(usize),
}

/// Resources shared by every document.
pub(crate) struct Res<'a> {
    pub data: &'a Data,
    pub tax: &'a Taxonomy,
    pub ac: &'a AhoCorasick,
    pub ents: &'a [Ent],
    pub known: &'a [(String, PartyKind)],
    pub sets: &'a Sets,
}

/// Word sets built once from the lexicon.
pub(crate) struct Sets {
    pub cap_stop: HashSet<String>,
    pub group: HashSet<String>,
    pub speech: HashSet<String>,
    pub vague: HashSet<String>,
    pub stops: HashSet<String>,
    pub units: HashSet<String>,
    /// one-word titles ("president", "head"): a phrase "<title> of …" describes a person
    pub titles: HashSet<String>,
    /// heads of "the country"-like descriptions of a state named earlier
    pub state_desc: HashSet<String>,
    /// words before "in/for <gerund>" that make the gerund an activity, not an event
    pub activity: HashSet<String>,
    /// nouns for ships ("tanker", "vessel")
    pub vessel: HashSet<String>,
    /// nouns for ships, trains, trucks and planes: "a train with 30 horses"
    pub vehicle: HashSet<String>,
}

impl Sets {
    pub fn new(d: &Data) -> Sets {
        let s = |v: &Vec<String>| v.iter().map(|x| x.to_lowercase()).collect::<HashSet<_>>();
        Sets {
            cap_stop: s(&d.lexicon.cap_stopwords),
            group: s(&d.lexicon.group_nouns),
            speech: s(&d.lexicon.speech_verbs),
            vague: s(&d.lexicon.vague_items),
            stops: s(&d.lexicon.item_stops),
            units: s(&d.lexicon.units),
            state_desc: s(&d.lexicon.state_descriptions),
            activity: s(&d.lexicon.activity_heads),
            vessel: s(&d.lexicon.vessel_nouns),
            vehicle: s(&d.lexicon.vessel_nouns)
                .union(&s(&d.lexicon.vehicle_nouns))
                .cloned()
                .collect(),
            titles: d
                .lexicon
                .titles
                .iter()
                .filter(|t| !t.contains(' '))
                .map(|t| t.to_lowercase())
                .collect(),
        }
    }
}

const ORG_SUFFIX: &[&str] = &[
    "ministry",
    "company",
    "corporation",
    "corp",
    "ltd",
    "llc",
    "jsc",
    "group",
    "bank",
    "agency",
    "industries",
    "shipping",
    "trading",
    "inc",
    "plc",
    "co",
    "holdings",
    "enterprise",
    "factory",
    "association",
    "committee",
    "council",
    "university",
    "institute",
    "navy",
    "forces",
    "guards",
    "corps",
    "administration",
    "office",
    "service",
    "department",
    "commission",
    "bureau",
    "organization",
    "organisation",
    "party",
    "network",
    "pjsc",
    "gmbh",
    "sa",
    "ag",
    "limited",
];
const PLACE_NEXT: &[&str] = &[
    "region",
    "province",
    "krai",
    "oblast",
    "city",
    "port",
    "island",
    "district",
    "county",
    "airport",
    "base",
    "museum",
    "street",
    "square",
    "river",
    "sea",
    "strait",
    "mountains",
    "checkpoint",
    "station",
    "terminal",
    "crossing",
    "railway",
    "bridge",
    "harbour",
    "harbor",
    "bay",
    "gulf",
    "border",
];
const NAME_PARTICLES: &[&str] = &[
    "of", "for", "bin", "al", "al-", "de", "la", "van", "von", "der", "da", "du", "el", "ibn",
];
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "some",
    "several",
    "also",
    "its",
    "his",
    "her",
    "their",
    "these",
    "those",
    "this",
    "that",
    "another",
    "other",
    "further",
    "additional",
    "new",
    "both",
    "each",
    "all",
    "such",
    "reportedly",
    "allegedly",
    "even",
    "just",
    "only",
];
/// Number words that may open an item phrase before its adjectives ("two used cars").
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
    "million",
    "millions",
    "of",
];
const APPROX: &[&str] = &[
    "more",
    "many",
    "over",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "approximately",
    "roughly",
    "least",
    "up",
    "than",
    "estimated",
    "upwards",
    "under",
    "fewer",
    "less",
];

/// A token of a sentence's repaired text.
#[derive(Debug, Clone)]
struct Tok {
    s: usize,
    e: usize,
    lower: String,
    cap: bool,
    word: bool,
}

fn tokenize(t: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let cs: Vec<(usize, char)> = t.char_indices().collect();
    let n = cs.len();
    let mut i = 0;
    while i < n {
        let (bi, c) = cs[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < n {
                let cj = cs[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                let next_alnum = j + 1 < n && cs[j + 1].1.is_alphanumeric();
                if (cj == '-'
                    || cj == '.'
                        && cs[j - 1].1.is_alphanumeric()
                        && next_alnum
                        && (cs[j - 1].1.is_ascii_digit() || cs[j - 1].1.is_uppercase()))
                    && next_alnum
                {
                    j += 1;
                    continue;
                }
                if cj == ','
                    && cs[j - 1].1.is_ascii_digit()
                    && next_alnum
                    && cs[j + 1].1.is_ascii_digit()
                {
                    j += 1;
                    continue;
                }
                if (cj == '\'' || cj == '’') && next_alnum {
                    // possessive 's stays a token of its own
                    let is_poss = (cs[j + 1].1 == 's' || cs[j + 1].1 == 'S')
                        && (j + 2 >= n || !cs[j + 2].1.is_alphanumeric());
                    if is_poss {
                        break;
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            let e = if j < n { cs[j].0 } else { t.len() };
            let w = &t[bi..e];
            out.push(Tok {
                s: bi,
                e,
                lower: w.to_lowercase(),
                cap: c.is_uppercase(),
                word: true,
            });
            i = j;
            continue;
        }
        if (c == '\'' || c == '’')
            && i + 1 < n
            && (cs[i + 1].1 == 's' || cs[i + 1].1 == 'S')
            && (i + 2 >= n || !cs[i + 2].1.is_alphanumeric())
            && !out.is_empty()
        {
            let e = cs[i + 1].0 + 1;
            out.push(Tok {
                s: bi,
                e,
                lower: "'s".into(),
                cap: false,
                word: false,
            });
            i += 2;
            continue;
        }
        let e = bi + c.len_utf8();
        out.push(Tok {
            s: bi,
            e,
            lower: c.to_string(),
            cap: false,
            word: false,
        });
        i += 1;
    }
    out
}

/// A party mention in one sentence.
#[derive(Debug, Clone)]
struct Pm {
    ts: usize,
    te: usize,
    kind: PartyKind,
    canonical: String,
    role: Option<String>,
    countries: Vec<String>,
    /// coreference rule used, when resolved from a description
    rule: Option<&'static str>,
    pronoun: Option<&'static str>,
    outlet: bool,
    source: bool,
    weak: bool,
    place: bool,
    /// named in an "according to" phrase
    acc: bool,
    /// a ship ("the tanker Mercury")
    vessel: bool,
}

/// Every field at its neutral value, so literals name only what a rule sets.
impl Default for Pm {
    fn default() -> Self {
        Pm {
            ts: 0,
            te: 0,
            kind: PartyKind::Unknown,
            canonical: String::new(),
            role: None,
            countries: Vec::new(),
            rule: None,
            pronoun: None,
            outlet: false,
            source: false,
            weak: false,
            place: false,
            acc: false,
            vessel: false,
        }
    }
}

/// A document-level entity for coreference.
#[derive(Debug, Clone)]
struct Entity {
    name: String,
    kind: PartyKind,
    countries: Vec<String>,
    roles: Vec<String>,
    mentions: Vec<String>,
    tokens: Vec<String>,
    roles_taken: Vec<String>,
}

struct Ctx<'a> {
    res: &'a Res<'a>,
    doc: &'a Document,
    entities: Vec<Entity>,
    by_name: HashMap<String, usize>,
    /// recent person mentions: (entity, was an according-to source)
    recent: Vec<usize>,
    /// recent states and bodies with the sentence they were named in, for "it"
    recent_org: Vec<(usize, usize)>,
    /// ships named so far with the sentence they were named in, for "the vessel", "the first"
    recent_vessels: Vec<(usize, usize)>,
    /// the state or body a sentence opened with, and that sentence: "It" opening the next
    /// sentence continues its subject
    opening_org: Option<(usize, usize)>,
    coref: Vec<CorefLink>,
    mentions: Vec<Mention>,
    transfers: Vec<Transfer>,
    non_factual: Vec<NonFactualClaim>,
    /// a giver named for unspecified gifts earlier ("the gifts he received from Russian officials")
    context_giver: Option<String>,
    /// publication date (y, m, d), for relative dates
    published: Option<(i64, u32, u32)>,
    /// transfers of unspecified gifts: (giver, kind, recipient, sentence)
    vague: Vec<(String, PartyKind, String, Evidence)>,
    /// routes the text states: "a ship travelling from Cuba to North Korea"
    routes: Vec<(PartyRef, PartyRef, Evidence)>,
}

fn lev(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

impl<'a> Ctx<'a> {
    fn entity(&mut self, name: &str, kind: PartyKind, countries: &[String]) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            for c in countries {
                if !self.entities[i].countries.contains(c) {
                    self.entities[i].countries.push(c.clone());
                }
            }
            return i;
        }
        let i = self.entities.len();
        self.entities.push(Entity {
            name: name.to_string(),
            kind,
            countries: countries.to_vec(),
            roles: Vec::new(),
            mentions: Vec::new(),
            tokens: name.split_whitespace().map(|t| t.to_lowercase()).collect(),
            roles_taken: Vec::new(),
        });
        self.by_name.insert(name.to_string(), i);
        i
    }

    fn leader_by_fuzzy(&self, name: &str) -> Option<usize> {
        let toks: Vec<String> = name.split_whitespace().map(|t| t.to_lowercase()).collect();
        if toks.len() < 2 {
            return None;
        }
        for (li, l) in self.res.data.leaders.iter().enumerate() {
            for cand in std::iter::once(&l.name).chain(l.aliases.iter()) {
                let ct: Vec<String> = cand.split_whitespace().map(|t| t.to_lowercase()).collect();
                if ct.len() != toks.len() || ct[0] != toks[0] {
                    continue;
                }
                let (a, b) = (&ct[ct.len() - 1], &toks[toks.len() - 1]);
                let d = lev(a, b);
                if d <= (a.chars().count() / 4).max(1) && a.chars().count() >= 5 {
                    return Some(li);
                }
            }
        }
        None
    }
}

fn tok_text<'t>(sent: &'t Sentence, toks: &[Tok], a: usize, b: usize) -> &'t str {
    if a >= b || b > toks.len() {
        return "";
    }
    &sent.text[toks[a].s..toks[b - 1].e]
}

/// Runs extraction over a cleaned document.
pub(crate) fn run(res: &Res, doc: &Document, published: Option<String>) -> Extraction {
    let mut cx = Ctx {
        res,
        doc,
        entities: Vec::new(),
        by_name: HashMap::new(),
        recent: Vec::new(),
        recent_org: Vec::new(),
        recent_vessels: Vec::new(),
        opening_org: None,
        coref: Vec::new(),
        mentions: Vec::new(),
        transfers: Vec::new(),
        non_factual: Vec::new(),
        context_giver: None,
        published: published.as_deref().and_then(parse_iso),
        vague: Vec::new(),
        routes: Vec::new(),
    };
    for si in 0..doc.sentences.len() {
        sentence(&mut cx, si);
    }
    // parties
    let mut parties: Vec<Party> = Vec::new();
    for e in &cx.entities {
        let mut roles = e.roles_taken.clone();
        for r in &e.roles {
            if !roles.contains(r) {
                roles.push(r.clone());
            }
        }
        if e.roles_taken.is_empty() && e.kind != PartyKind::Person {
            continue;
        }
        parties.push(Party {
            name: e.name.clone(),
            kind: e.kind,
            mentions: e.mentions.clone(),
            roles,
            countries: e.countries.clone(),
            screening: Vec::new(),
        });
    }
    // One record per item: a report row, an assessment and a screening hit each concern one
    // thing transferred, so "5 drones as well as a reconnaissance drone" is two transfers that
    // share giver, recipient, evidence and attribution. Items are merged per sentence while
    // extracting (the inference rules read earlier transfers), and split only here.
    let mut transfers = split_per_item(std::mem::take(&mut cx.transfers));
    for (i, t) in transfers.iter_mut().enumerate() {
        t.id = format!("t{}", i + 1);
    }
    let mut non_factual: Vec<NonFactualClaim> = Vec::new();
    for n in std::mem::take(&mut cx.non_factual) {
        let NonFactualClaim {
            modality,
            cue,
            transfer,
        } = n;
        for t in split_per_item(vec![transfer]) {
            non_factual.push(NonFactualClaim {
                modality: modality.clone(),
                cue: cue.clone(),
                transfer: t,
            });
        }
    }
    for (i, n) in non_factual.iter_mut().enumerate() {
        n.transfer.id = format!("n{}", i + 1);
    }
    cx.transfers = transfers;
    cx.non_factual = non_factual;
    Extraction {
        document: embargo_model::DocumentInfo {
            id: doc.id.clone(),
            title: doc.title.clone(),
            source: doc.source.clone(),
            chars: doc.original.chars().count(),
        },
        transfers: cx.transfers,
        parties,
        non_factual: cx.non_factual,
        coreference: cx.coref,
        mentions: cx.mentions,
    }
}

/// Splits each transfer into one transfer per item (items in text order; a transfer with no
/// item is kept as it is). Transfers keep their order, which is the order of the text.
fn split_per_item(transfers: Vec<Transfer>) -> Vec<Transfer> {
    let mut out = Vec::with_capacity(transfers.len());
    for mut t in transfers {
        if t.items.len() <= 1 {
            out.push(t);
            continue;
        }
        let mut items = std::mem::take(&mut t.items);
        // stable: items without a span keep their place after the spanned ones
        items.sort_by_key(|i| i.span.map(|s| s.start).unwrap_or(usize::MAX));
        for it in items {
            let mut one = t.clone();
            one.items = vec![it];
            out.push(one);
        }
    }
    out
}

/// Gazetteer hits on token boundaries: (token start, token end, entity), leftmost-longest.
fn gaz_hits(res: &Res, sent: &Sentence, toks: &[Tok]) -> Vec<(usize, usize, Ent)> {
    let lower = sent.text.to_ascii_lowercase();
    let mut start_tok: HashMap<usize, usize> = HashMap::new();
    let mut end_tok: HashMap<usize, usize> = HashMap::new();
    for (i, t) in toks.iter().enumerate() {
        start_tok.insert(t.s, i);
        end_tok.insert(t.e, i + 1);
    }
    let mut hits: Vec<(usize, usize, Ent)> = Vec::new();
    for m in res.ac.find_overlapping_iter(&lower) {
        let (Some(&a), Some(&b)) = (start_tok.get(&m.start()), end_tok.get(&m.end())) else {
            continue;
        };
        let ent = res.ents[m.pattern().as_usize()];
        // names must be capitalised in the text (a title need not be)
        if !matches!(ent, Ent::Title | Ent::Epithet(_))
            && !toks[a..b].iter().any(|t| t.cap)
            && !toks[a]
                .lower
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        if matches!(ent, Ent::Known(_)) && b - a < 2 {
            continue;
        }
        hits.push((a, b, ent));
    }
    hits.sort_by(|x, y| {
        x.0.cmp(&y.0)
            .then((y.1 - y.0).cmp(&(x.1 - x.0)))
            .then(rank(x.2).cmp(&rank(y.2)))
    });
    let mut out: Vec<(usize, usize, Ent)> = Vec::new();
    let mut upto = 0;
    // "the North Korean vessel": an alias with its article ("the North") gives way to a
    // longer name starting at the next word ("North Korean")
    let longer_next: HashSet<usize> = hits
        .iter()
        .filter(|h| toks[h.0].lower == "the")
        .filter(|h| hits.iter().any(|x| x.0 == h.0 + 1 && x.1 > h.1))
        .map(|h| h.0)
        .collect();
    for h in hits {
        if longer_next.contains(&h.0) && toks[h.0].lower == "the" && h.1 <= h.0 + 2 {
            continue;
        }
        if h.0 >= upto {
            upto = h.1;
            out.push(h);
        }
    }
    out
}

fn rank(e: Ent) -> u8 {
    match e {
        Ent::Person(_) => 0,
        Ent::Epithet(_) => 1,
        Ent::Known(_) => 2,
        Ent::Outlet(_) => 3,
        Ent::State(_) => 4,
        Ent::Capital(_) => 5,
        Ent::Demonym(_) => 6,
        Ent::Title => 7,
    }
}

/// The state a single word names (its name, an alias or a demonym, any case): "dprk", "panama".
fn state_by_word(res: &Res, w: &str) -> Option<usize> {
    res.data.states.iter().position(|st| {
        st.name.eq_ignore_ascii_case(w)
            || st.aliases.iter().any(|a| a.eq_ignore_ascii_case(w))
            || st.demonyms.iter().any(|a| a.eq_ignore_ascii_case(w))
    })
}

fn is_name_tok(t: &Tok, sets: &Sets) -> bool {
    t.word && t.cap && !sets.cap_stop.contains(&t.lower)
}

/// Extent of a generic capitalised name starting at `i` (particles allowed inside).
fn cap_run(toks: &[Tok], i: usize, sets: &Sets, blocked: &[bool]) -> usize {
    let mut j = i;
    while j < toks.len() && !blocked[j] {
        let particle = NAME_PARTICLES.contains(&toks[j].lower.as_str())
            && j + 1 < toks.len()
            && is_name_tok(&toks[j + 1], sets)
            && j > i;
        if is_name_tok(&toks[j], sets) || particle {
            j += 1;
        } else {
            break;
        }
    }
    j
}

fn sentence(cx: &mut Ctx, si: usize) {
    let doc = cx.doc;
    let res = cx.res;
    let sets = res.sets;
    let sent = &doc.sentences[si];
    let toks = tokenize(&sent.text);
    let n = toks.len();
    if n == 0 {
        return;
    }
    let hits = gaz_hits(res, sent, &toks);
    let mut hit_at: HashMap<usize, (usize, Ent)> = HashMap::new();
    let mut blocked = vec![false; n];
    for &(a, b, e) in &hits {
        hit_at.insert(a, (b, e));
        for x in blocked.iter_mut().take(b).skip(a) {
            *x = true;
        }
    }
    let mut pms: Vec<Pm> = Vec::new();
    let mut i = 0;
    let text = |a: usize, b: usize| tok_text(sent, &toks, a, b).to_string();
    // a vessel's own name after its description: "the DPRK-flagged tanker Yu Jong 2"
    let vessel_name = |k: usize| -> usize {
        if k < n && is_name_tok(&toks[k], sets) && !hit_at.contains_key(&k) {
            let mut e = cap_run(&toks, k, sets, &blocked);
            if e > k && e < n && toks[e].lower.chars().all(|c| c.is_ascii_digit()) {
                e += 1;
            }
            e
        } else {
            k
        }
    };
    while i < n {
        // a flag state before a vessel or company noun: "a DPRK-flagged tanker",
        // "the Panama-flagged vessel X": the party is linked to that state
        if let Some(st) = toks[i]
            .lower
            .strip_suffix("-flagged")
            .and_then(|pre| state_by_word(res, pre))
        {
            let g = i + 1;
            if g < n && sets.group.contains(&toks[g].lower) {
                let ne = vessel_name(g + 1);
                let canonical = if ne > g + 1 {
                    text(g + 1, ne)
                } else {
                    format!("{} {}", text(i, i + 1), toks[g].lower)
                };
                pms.push(Pm {
                    ts: i,
                    te: ne,
                    kind: PartyKind::Organisation,
                    canonical,
                    countries: vec![res.data.states[st].iso2.clone()],
                    ..Pm::default()
                });
                i = ne;
                continue;
            }
        }
        if let Some(&(b, e)) = hit_at.get(&i) {
            match e {
                Ent::Title | Ent::Demonym(_) => {
                    // [demonym] title [Name] | [the] title of ..., Name,
                    let mut countries = Vec::new();
                    let mut j = b;
                    let mut role_end = b;
                    if let Ent::Demonym(di) = e {
                        countries.push(res.data.states[di].iso2.clone());
                        // demonym + title
                        if let Some(&(b2, Ent::Title)) = hit_at.get(&b) {
                            j = b2;
                            role_end = b2;
                        } else if b < n && sets.group.contains(&toks[b].lower)
                            || b + 1 < n
                                && sets.group.contains(&toks[b + 1].lower)
                                && toks[b].word
                                && !toks[b + 1].cap
                        {
                            let ge = if sets.group.contains(&toks[b].lower) {
                                b + 1
                            } else {
                                b + 2
                            };
                            let st = &res.data.states[di];
                            let mut canon = format!(
                                "{} {}",
                                demonym_adj(st, &toks[i].lower, &text(i, b)),
                                text(b, ge).to_lowercase()
                            );
                            // "the North Korean vessel Sam Jong 2": the vessel by its name
                            let ne = vessel_name(ge);
                            if ne > ge {
                                canon = text(ge, ne);
                            }
                            let ge = ne;
                            pms.push(Pm {
                                ts: i,
                                te: ge,
                                kind: PartyKind::Organisation,
                                canonical: canon,
                                countries,
                                ..Pm::default()
                            });
                            i = ge;
                            continue;
                        } else {
                            // "the Russians": plural demonym as a party
                            let w = &toks[b - 1].lower;
                            let st = &res.data.states[di];
                            let next_is_word = b < n && toks[b].word && !toks[b].cap;
                            if w.ends_with('s') && !next_is_word {
                                let ts = if i > 0 && toks[i - 1].lower == "the" {
                                    i - 1
                                } else {
                                    i
                                };
                                pms.push(Pm {
                                    ts,
                                    te: b,
                                    kind: PartyKind::State,
                                    canonical: st.name.clone(),
                                    countries,
                                    ..Pm::default()
                                });
                            }
                            i = b;
                            continue;
                        }
                    }
                    // also a Cap word before a title belongs to the role ("Kremlin spokesman")
                    let mut rs = i;
                    while rs > 0
                        && toks[rs - 1].cap
                        && toks[rs - 1].word
                        && !sets.cap_stop.contains(&toks[rs - 1].lower)
                        && !pms.iter().any(|p| p.te > rs - 1)
                        && !hit_at.contains_key(&(rs - 1))
                    {
                        rs -= 1;
                    }
                    if rs > 0 && toks[rs - 1].lower == "'s" && rs >= 2 {
                        // "Russia's ambassador": the state before is part of the role
                        if let Some(p) = pms.last() {
                            if p.te == rs - 1 && p.kind == PartyKind::State {
                                countries.extend(p.countries.clone());
                                rs = p.ts;
                                pms.pop();
                            }
                        }
                    }
                    // a name right after the title
                    let name_end;
                    let mut name_hit: Option<(usize, Ent)> = None;
                    if let Some(&(b2, e2)) = hit_at.get(&j) {
                        if matches!(e2, Ent::Person(_) | Ent::Known(_)) {
                            name_hit = Some((b2, e2));
                        }
                    }
                    if let Some((b2, e2)) = name_hit {
                        let pm = named_pm(
                            cx,
                            &toks,
                            sent,
                            j,
                            b2,
                            e2,
                            Some(text(rs, role_end)),
                            countries.clone(),
                            rs,
                        );
                        pms.push(pm);
                        i = b2;
                        continue;
                    }
                    if j < n && is_name_tok(&toks[j], sets) && !hit_at.contains_key(&j) {
                        name_end = cap_run(&toks, j, sets, &blocked);
                        if name_end > j {
                            let pm = generic_person(
                                cx,
                                &text(j, name_end),
                                Some(text(rs, role_end)),
                                countries.clone(),
                                rs,
                                name_end,
                            );
                            pms.push(pm);
                            i = name_end;
                            continue;
                        }
                    }
                    // apposition: the governor of the X region, Name,
                    let mut k = j;
                    let lim = (j + 10).min(n);
                    while k < lim && toks[k].lower != "," && toks[k].lower != "." {
                        k += 1;
                    }
                    if k < n && toks[k].lower == "," && k + 1 < n {
                        let ns = k + 1;
                        if let Some(&(b2, e2)) = hit_at.get(&ns) {
                            if matches!(e2, Ent::Person(_) | Ent::Known(_)) {
                                let ts = if rs > 0 && toks[rs - 1].lower == "the" {
                                    rs - 1
                                } else {
                                    rs
                                };
                                let pm = named_pm(
                                    cx,
                                    &toks,
                                    sent,
                                    ns,
                                    b2,
                                    e2,
                                    Some(text(rs, k)),
                                    countries.clone(),
                                    ts,
                                );
                                pms.push(pm);
                                i = b2;
                                continue;
                            }
                        } else if is_name_tok(&toks[ns], sets) {
                            let ne = cap_run(&toks, ns, sets, &blocked);
                            let after_ok = ne >= n
                                || matches!(
                                    toks[ne].lower.as_str(),
                                    "," | "." | ";" | "said" | "says" | "told" | "\"" | "”"
                                );
                            if ne - ns >= 2 && after_ok {
                                let ts = if rs > 0 && toks[rs - 1].lower == "the" {
                                    rs - 1
                                } else {
                                    rs
                                };
                                let pm = generic_person(
                                    cx,
                                    &text(ns, ne),
                                    Some(text(rs, k)),
                                    countries.clone(),
                                    ts,
                                    ne,
                                );
                                pms.push(pm);
                                i = ne;
                                continue;
                            }
                        }
                    }
                    // a bare title: "the governor" — resolve by role
                    let ts = if rs > 0 && toks[rs - 1].lower == "the" {
                        rs - 1
                    } else {
                        rs
                    };
                    let definite = ts < rs;
                    if definite {
                        let role_words = text(i, role_end).to_lowercase();
                        let found = cx.recent.iter().rev().copied().find(|&ei| {
                            let en = &cx.entities[ei];
                            en.kind == PartyKind::Person
                                && en
                                    .roles
                                    .iter()
                                    .any(|r| r.to_lowercase().contains(&role_words))
                                && (countries.is_empty()
                                    || countries.iter().any(|c| en.countries.contains(c)))
                        });
                        if let Some(ei) = found {
                            let en = cx.entities[ei].clone();
                            pms.push(Pm {
                                ts,
                                te: role_end,
                                kind: PartyKind::Person,
                                canonical: en.name,
                                role: Some(text(rs, role_end)),
                                countries: en.countries,
                                rule: Some("role"),
                                ..Pm::default()
                            });
                        }
                    }
                    i = role_end.max(i + 1);
                    continue;
                }
                Ent::Person(_) | Ent::Known(_) => {
                    let pm = named_pm(cx, &toks, sent, i, b, e, None, Vec::new(), i);
                    pms.push(pm);
                }
                Ent::Epithet(li) => {
                    let l = &res.data.leaders[li];
                    // an epithet followed by the name is one mention ("North Korean leader Kim Jong Un")
                    let mut te = b;
                    if let Some(&(b2, Ent::Person(l2))) = hit_at.get(&b) {
                        if l2 == li {
                            te = b2;
                        }
                    }
                    pms.push(Pm {
                        ts: i,
                        te,
                        kind: PartyKind::Person,
                        canonical: l.name.clone(),
                        // "the North Korean leader" is a role; "Comrade Kim Jong Un" is a name
                        role: Some(text(i, b))
                            .filter(|r| {
                                let lr = r.to_lowercase();
                                !l.name
                                    .split_whitespace()
                                    .any(|w| lr.contains(&w.to_lowercase()))
                            })
                            .map(|r| {
                                r.trim_start_matches("the ")
                                    .trim_start_matches("The ")
                                    .to_string()
                            }),
                        countries: vec![l.country.clone()],
                        rule: Some("epithet"),
                        ..Pm::default()
                    });
                    i = te;
                    continue;
                }
                Ent::State(st) | Ent::Capital(st) => {
                    if b < n && toks[b].lower == "$" {
                        // "US$247 million": a currency, not a party
                        i = b;
                        continue;
                    }
                    let s = &res.data.states[st];
                    let rule = if matches!(e, Ent::Capital(_)) {
                        Some("capital")
                    } else {
                        None
                    };
                    let prev = if i > 0 {
                        toks[i - 1].lower.as_str()
                    } else {
                        ""
                    };
                    let place = matches!(
                        prev,
                        "in" | "at"
                            | "near"
                            | "outside"
                            | "across"
                            | "inside"
                            | "around"
                            | "visit"
                            | "trip"
                    ) || b + 1 < n
                        && toks[b].lower == "'s"
                        && toks[b + 1].word
                        && !toks[b + 1].cap
                        && (toks[b + 1].lower.contains("east")
                            || toks[b + 1].lower.contains("west")
                            || toks[b + 1].lower.contains("north")
                            || toks[b + 1].lower.contains("south")
                            || matches!(
                                toks[b + 1].lower.as_str(),
                                "far"
                                    | "port"
                                    | "ports"
                                    | "coast"
                                    | "border"
                                    | "waters"
                                    | "territory"
                                    | "capital"
                            ));
                    pms.push(Pm {
                        ts: i,
                        te: b,
                        kind: PartyKind::State,
                        canonical: s.name.clone(),
                        countries: vec![s.iso2.clone()],
                        rule,
                        place,
                        ..Pm::default()
                    });
                }
                Ent::Outlet(oi) => {
                    let o = &res.data.outlets[oi];
                    pms.push(Pm {
                        ts: i,
                        te: b,
                        kind: PartyKind::Organisation,
                        canonical: o.name.clone(),
                        role: Some("news outlet".into()),
                        countries: vec![o.country.clone()],
                        outlet: true,
                        ..Pm::default()
                    });
                }
            }
            i = b;
            continue;
        }
        let t = &toks[i];
        // pronouns and "his guest"
        if t.word && matches!(t.lower.as_str(), "he" | "she" | "him" | "it" | "they") {
            let it = t.lower == "it" || t.lower == "they";
            pms.push(Pm {
                ts: i,
                te: i + 1,
                kind: if it {
                    PartyKind::State
                } else {
                    PartyKind::Person
                },
                canonical: String::new(),
                rule: Some("pronoun"),
                pronoun: Some(if it { "pronoun-it" } else { "pronoun" }),
                ..Pm::default()
            });
            i += 1;
            continue;
        }
        if matches!(t.lower.as_str(), "his" | "her" | "their" | "the" | "our")
            && i + 1 < n
            && matches!(
                toks[i + 1].lower.as_str(),
                "guest" | "guests" | "visitor" | "counterpart" | "host"
            )
        {
            let kind = if toks[i + 1].lower == "host" {
                "host"
            } else {
                "guest"
            };
            pms.push(Pm {
                ts: i,
                te: i + 2,
                kind: PartyKind::Person,
                canonical: String::new(),
                rule: Some(kind),
                pronoun: Some(kind),
                ..Pm::default()
            });
            i += 2;
            continue;
        }
        // "the vessel", "the Panama-flagged tanker" (no name after it): the ship named last;
        // "the first", "the latter": one of the last two ships named
        if t.lower == "the" {
            let head = (i + 1..(i + 4).min(n)).find(|&k| sets.vessel.contains(&toks[k].lower));
            let described = head.filter(|&h| {
                toks[i + 1..h]
                    .iter()
                    .all(|x| x.word && !sets.stops.contains(&x.lower))
                    && !(h + 1 < n && is_name_tok(&toks[h + 1], sets))
                    && !cx.recent_vessels.is_empty()
            });
            let ordinal = (i + 1 < n
                && matches!(
                    toks[i + 1].lower.as_str(),
                    "first" | "second" | "former" | "latter"
                )
                && !(i + 2 < n && toks[i + 2].word && !sets.stops.contains(&toks[i + 2].lower))
                && cx.recent_vessels.len() >= 2)
                .then_some(i + 2);
            if let Some(te) = described.map(|h| h + 1).or(ordinal) {
                let which = match toks[i + 1].lower.as_str() {
                    "first" | "former" => "vessel-first",
                    "second" | "latter" => "vessel-second",
                    _ => "vessel",
                };
                pms.push(Pm {
                    ts: i,
                    te,
                    kind: PartyKind::Organisation,
                    rule: Some("vessel description"),
                    pronoun: Some(which),
                    vessel: true,
                    ..Pm::default()
                });
                i = te;
                continue;
            }
        }
        // "the country", "the isolated nation", "the junta": a state named earlier
        if t.lower == "the" {
            let head = (i + 1..(i + 4).min(n)).find(|&k| {
                toks[k].word
                    && !toks[k].cap
                    && (sets.state_desc.contains(&toks[k].lower)
                        || k + 1 < n
                            && sets.state_desc.contains(&format!(
                                "{} {}",
                                toks[k].lower,
                                toks[k + 1].lower
                            )))
            });
            let head = head.filter(|&h| {
                let two = h + 1 < n
                    && sets.state_desc.contains(&format!(
                        "{} {}",
                        toks[h].lower,
                        toks[h + 1].lower
                    ));
                let end = if two { h + 2 } else { h + 1 };
                // adjectives only between "the" and the head; "state" needs one ("the
                // communist state", not "the state oil company"); nothing noun-like after it
                toks[i + 1..h].iter().all(|x| {
                    x.word
                        && !x.cap
                        && !sets.stops.contains(&x.lower)
                        && !sets.cap_stop.contains(&x.lower)
                }) && (toks[h].lower != "state" || h > i + 1)
                    && (end >= n
                        || !toks[end].word
                        || sets.stops.contains(&toks[end].lower)
                        || toks[end].lower == "and")
            });
            if let Some(h) = head {
                let two = h + 1 < n
                    && sets.state_desc.contains(&format!(
                        "{} {}",
                        toks[h].lower,
                        toks[h + 1].lower
                    ));
                let te = if two { h + 2 } else { h + 1 };
                let org = matches!(toks[h].lower.as_str(), "regime" | "junta");
                pms.push(Pm {
                    ts: i,
                    te,
                    kind: if org {
                        PartyKind::Organisation
                    } else {
                        PartyKind::State
                    },
                    // unresolved, "the regime" stays a body of its own; "the country" is nothing
                    canonical: if org { text(i + 1, te) } else { String::new() },
                    weak: true,
                    rule: Some("state-description"),
                    pronoun: Some("state-description"),
                    ..Pm::default()
                });
                i = te;
                continue;
            }
        }
        if t.lower == "the" && i + 1 < n {
            let one = sets.group.contains(&toks[i + 1].lower)
                && matches!(
                    toks[i + 1].lower.as_str(),
                    "regime" | "junta" | "military" | "government" | "authorities"
                );
            let two = i + 2 < n
                && sets
                    .group
                    .contains(&format!("{} {}", toks[i + 1].lower, toks[i + 2].lower));
            if one || two {
                let te = if two { i + 3 } else { i + 2 };
                pms.push(Pm {
                    ts: i,
                    te,
                    kind: PartyKind::Organisation,
                    canonical: text(i + 1, te),
                    weak: true,
                    ..Pm::default()
                });
                i = te;
                continue;
            }
        }
        if is_name_tok(t, sets) && !blocked[i] {
            let j = cap_run(&toks, i, sets, &blocked);
            if j > i {
                let name = text(i, j);
                let prev = if i > 0 {
                    toks[i - 1].lower.as_str()
                } else {
                    ""
                };
                let next = if j < n { toks[j].lower.as_str() } else { "" };
                let last = toks[j - 1].lower.as_str();
                let all_caps_short = j - i == 1
                    && t.lower.len() <= 3
                    && sent.text[t.s..t.e].chars().all(|c| c.is_uppercase());
                // "his Aurus Senat limousine", "Shahed drones": a make or model, not a party
                let product = j < n
                    && toks[j].word
                    && !toks[j].cap
                    && !res.tax.hits(&toks[j].lower).is_empty();
                if product {
                    i = j;
                    continue;
                }
                if sets.vessel.contains(prev) {
                    // "the tanker Sea Breeze", "the ship Ji Song 6": a ship by its name
                    let ne = vessel_name(i);
                    pms.push(Pm {
                        ts: i,
                        te: ne,
                        kind: PartyKind::Organisation,
                        canonical: text(i, ne),
                        vessel: true,
                        ..Pm::default()
                    });
                    i = ne;
                    continue;
                }
                if matches!(prev, "in" | "at" | "near" | "outside" | "inside")
                    || PLACE_NEXT.contains(&next)
                    || PLACE_NEXT.contains(&last)
                {
                    cx.mentions.push(Mention {
                        text: name.clone(),
                        span: sent.original_span(toks[i].s, toks[j - 1].e),
                        kind: "place".into(),
                        canonical: None,
                        role: None,
                    });
                    pms.push(Pm {
                        ts: i,
                        te: j,
                        kind: PartyKind::Unknown,
                        canonical: name,
                        weak: true,
                        place: true,
                        ..Pm::default()
                    });
                } else if ORG_SUFFIX.contains(&last)
                    || all_caps_short
                    || toks[i..j]
                        .iter()
                        .any(|x| matches!(x.lower.as_str(), "of" | "for"))
                {
                    pms.push(Pm {
                        ts: i,
                        te: j,
                        kind: PartyKind::Organisation,
                        canonical: name,
                        weak: all_caps_short,
                        ..Pm::default()
                    });
                } else if j - i >= 2 {
                    let pm = generic_person(cx, &name, None, vec![], i, j);
                    pms.push(pm);
                } else {
                    // a single capitalised word: a surname of someone named before?
                    let lw = t.lower.clone();
                    let found = cx.recent.iter().rev().copied().find(|&ei| {
                        cx.entities[ei].kind == PartyKind::Person
                            && cx.entities[ei].tokens.len() > 1
                            && (cx.entities[ei].tokens.last() == Some(&lw)
                                || cx.entities[ei].tokens.first() == Some(&lw))
                    });
                    let found = found.or_else(|| {
                        res.data
                            .leaders
                            .iter()
                            .position(|l| {
                                l.name.split_whitespace().last().map(|x| x.to_lowercase())
                                    == Some(lw.clone())
                            })
                            .or_else(|| {
                                // family name first (Korean, Chinese, Vietnamese names): "Kim", "Xi"
                                res.data.leaders.iter().position(|l| {
                                    matches!(l.country.as_str(), "KP" | "KR" | "CN" | "VN" | "TW")
                                        && l.name
                                            .split_whitespace()
                                            .next()
                                            .map(|x| x.to_lowercase())
                                            == Some(lw.clone())
                                })
                            })
                            .map(|li| {
                                let l = &res.data.leaders[li];
                                let (nm, c) = (l.name.clone(), vec![l.country.clone()]);
                                cx.entity(&nm, PartyKind::Person, &c)
                            })
                    });
                    if let Some(ei) = found {
                        let en = cx.entities[ei].clone();
                        pms.push(Pm {
                            ts: i,
                            te: j,
                            kind: PartyKind::Person,
                            canonical: en.name,
                            countries: en.countries,
                            rule: Some("surname"),
                            ..Pm::default()
                        });
                    } else if i > 0
                        || next == "'s"
                        || res.data.lexicon.triggers.contains_key(next)
                        || sets.speech.contains(next)
                        || sets.group.contains(next)
                    {
                        pms.push(Pm {
                            ts: i,
                            te: j,
                            kind: PartyKind::Unknown,
                            canonical: name,
                            weak: true,
                            ..Pm::default()
                        });
                    }
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }

    // clauses
    let mut bounds = vec![0usize];
    for (k, t) in toks.iter().enumerate() {
        let l = t.lower.as_str();
        if l == ";"
            || (l == "while" || l == "whereas") && k > 0
            || l == "but" && k > 0 && toks[k - 1].lower == ","
        {
            bounds.push(k);
        }
    }
    bounds.push(n);

    // attributions per clause; mark source mentions and attribution token ranges
    let mut in_attr = vec![false; n];
    let mut clause_attrs: Vec<Vec<Attribution>> = Vec::new();
    for w in bounds.windows(2) {
        let (cs, ce) = (w[0], w[1]);
        let mut attrs: Vec<Attribution> = Vec::new();
        let mut k = cs;
        while k < ce {
            let l = toks[k].lower.as_str();
            let according = l == "according" && k + 1 < ce && toks[k + 1].lower == "to";
            let citing = l == "citing";
            if according || citing {
                let st = if according { k + 2 } else { k + 1 };
                let mut stop = st;
                while stop < ce
                    && !matches!(toks[stop].lower.as_str(), "," | "." | ";" | ")" | "(")
                    && !(toks[stop].lower == "and" && stop + 1 < ce && !toks[stop + 1].cap)
                    && !(stop > st && sets.speech.contains(&toks[stop].lower))
                    && !res.data.lexicon.triggers.contains_key(&toks[stop].lower)
                {
                    stop += 1;
                }
                let ev_span = sent.original_span(toks[k].s, toks[stop.saturating_sub(1).max(k)].e);
                let src = pms
                    .iter_mut()
                    .filter(|p| p.ts >= st && p.te <= stop && !p.place)
                    .last();
                let (name, kind, role) = match src {
                    Some(p) => {
                        p.source = true;
                        p.acc = true;
                        let around = format!("{} {}", text(st, p.ts), text(p.te, stop));
                        let around = around
                            .trim()
                            .trim_start_matches("the ")
                            .trim_start_matches("The ")
                            .trim()
                            .to_string();
                        let role_txt = if around.is_empty() || around == "the" {
                            p.role.clone()
                        } else {
                            Some(around)
                        };
                        (p.canonical.clone(), p.kind, role_txt)
                    }
                    None => (
                        text(st, stop).trim_start_matches("the ").to_string(),
                        PartyKind::Organisation,
                        None,
                    ),
                };
                for x in in_attr.iter_mut().take(stop).skip(k) {
                    *x = true;
                }
                if !name.is_empty() {
                    if citing {
                        if let Some(a) = attrs.last_mut() {
                            a.citing.push(name);
                        } else {
                            attrs.push(Attribution {
                                name,
                                kind,
                                role,
                                citing: vec![],
                                evidence: ev(doc, ev_span),
                            });
                        }
                    } else {
                        attrs.push(Attribution {
                            name,
                            kind,
                            role,
                            citing: vec![],
                            evidence: ev(doc, ev_span),
                        });
                    }
                }
                k = stop;
                continue;
            }
            if sets.speech.contains(l) && l != "according" {
                // subject before: "Kremlin spokesman Dmitry Peskov said", "Russian media reported"
                let before = pms
                    .iter_mut()
                    .filter(|p| {
                        p.te == k
                            || p.te + 1 == k
                                && matches!(
                                    toks[k - 1].lower.as_str(),
                                    "has" | "had" | "also" | "later" | "earlier"
                                )
                    })
                    .last();
                let mut made = false;
                if let Some(p) = before {
                    if !p.place && p.pronoun.is_none() {
                        p.source = true;
                        let mut ms = p.ts;
                        while ms > cs
                            && toks[ms - 1].word
                            && !toks[ms - 1].cap
                            && res
                                .data
                                .lexicon
                                .media_nouns
                                .iter()
                                .any(|m| m.split(' ').any(|w| w == toks[ms - 1].lower))
                        {
                            ms -= 1;
                        }
                        for x in in_attr.iter_mut().take(k + 1).skip(ms) {
                            *x = true;
                        }
                        let span = sent.original_span(toks[p.ts].s, toks[k].e);
                        attrs.push(Attribution {
                            name: p.canonical.clone(),
                            kind: p.kind,
                            role: p.role.clone(),
                            citing: vec![],
                            evidence: ev(doc, span),
                        });
                        made = true;
                    }
                }
                if !made && k > cs {
                    // "<demonym> media reported", "state media said"
                    let mut ms = k;
                    while ms > cs
                        && ms + 4 > k
                        && toks[ms - 1].word
                        && !sets.cap_stop.contains(&toks[ms - 1].lower)
                        || ms > cs && ms + 4 > k && matches!(toks[ms - 1].lower.as_str(), "state")
                    {
                        ms -= 1;
                    }
                    let phrase = text(ms, k);
                    let lp = phrase.to_lowercase();
                    if res
                        .data
                        .lexicon
                        .media_nouns
                        .iter()
                        .any(|m| lp.ends_with(m.as_str()))
                    {
                        let span = sent.original_span(toks[ms].s, toks[k].e);
                        let a = Attribution {
                            name: phrase,
                            kind: PartyKind::Organisation,
                            role: None,
                            citing: vec![],
                            evidence: ev(doc, span),
                        };
                        for x in in_attr.iter_mut().take(k + 1).skip(ms) {
                            *x = true;
                        }
                        if let Some(first) = attrs.first_mut() {
                            first.citing.push(a.name);
                        } else {
                            attrs.push(a);
                        }
                        made = true;
                    }
                }
                if !made {
                    // inverted: "said Russia's ambassador ..., Alexander X"
                    let inverted_ok = matches!(
                        l,
                        "said"
                            | "says"
                            | "added"
                            | "noted"
                            | "wrote"
                            | "stated"
                            | "explained"
                            | "insisted"
                    );
                    let no_that = |p: &Pm| {
                        !toks[k + 1..p.ts].iter().any(|x| {
                            x.lower == "that" || sets.stops.contains(&x.lower) && x.lower != "the"
                        })
                    };
                    if let Some(p) = pms.iter_mut().find(|p| {
                        inverted_ok
                            && p.ts > k
                            && p.ts <= k + 6
                            && p.kind == PartyKind::Person
                            && p.pronoun.is_none()
                            && no_that(p)
                    }) {
                        p.source = true;
                        let span = sent.original_span(toks[k].s, toks[p.te - 1].e);
                        attrs.push(Attribution {
                            name: p.canonical.clone(),
                            kind: p.kind,
                            role: p.role.clone(),
                            citing: vec![],
                            evidence: ev(doc, span),
                        });
                    }
                }
            }
            k += 1;
        }
        clause_attrs.push(attrs);
    }

    // a ship: named right after a ship noun ("the tanker Trident Hope", "the North Korean
    // vessel Sam Jong 2")
    for p in pms.iter_mut() {
        if p.pronoun.is_none()
            && !p.canonical.is_empty()
            && !matches!(p.kind, PartyKind::State | PartyKind::Person)
            && (p.ts.saturating_sub(1)..p.te).any(|k| {
                sets.vessel.contains(&toks[k].lower)
                    || k + 1 < p.te
                        && sets
                            .vessel
                            .contains(&format!("{} {}", toks[k].lower, toks[k + 1].lower))
            })
            && !sets.vessel.contains(&p.canonical.to_lowercase())
            && !p.canonical.to_lowercase().ends_with(" vessel")
            && !p.canonical.to_lowercase().ends_with(" tanker")
            && !p.canonical.to_lowercase().ends_with(" ship")
        {
            p.vessel = true;
        }
    }
    // resolve pronouns and record entities, in text order
    let mut host_last: Option<usize> = None;
    let mut opened = false;
    // parties resolved so far in this sentence: (end token, name)
    let mut prior_names: Vec<(usize, String)> = Vec::new();
    // "Russia sent wheat to the country": the description is not a state this sentence names
    let named_here: Vec<String> = pms
        .iter()
        .filter(|p| p.kind == PartyKind::State && p.pronoun.is_none() && !p.canonical.is_empty())
        .map(|p| p.canonical.clone())
        .collect();
    for p in pms.iter_mut() {
        if p.place {
            continue;
        }
        let span = sent.original_span(toks[p.ts].s, toks[p.te - 1].e);
        let mention = tok_text(sent, &toks, p.ts, p.te).to_string();
        if let Some(kind) = p.pronoun {
            // "it" stands for the state or body named last (in this or the previous sentence)
            let found = if kind.starts_with("vessel") {
                // the ships named in the last three sentences, in order of naming
                let mut ships: Vec<usize> = Vec::new();
                for &(e, s) in &cx.recent_vessels {
                    if s + 3 >= si {
                        ships.retain(|&x| x != e);
                        ships.push(e);
                    }
                }
                match kind {
                    "vessel-first" if ships.len() >= 2 => Some(ships[ships.len() - 2]),
                    "vessel-second" if ships.len() >= 2 => ships.last().copied(),
                    "vessel" => ships.last().copied(),
                    _ => None,
                }
            } else if kind == "state-description" {
                // the most salient state: each earlier naming counts half as much per sentence
                // back, so a state named just before outweighs one named often long ago
                let mut salience: Vec<(usize, f64)> = Vec::new();
                for &(e, s) in &cx.recent_org {
                    if cx.entities[e].kind != PartyKind::State
                        || named_here.contains(&cx.entities[e].name)
                    {
                        continue;
                    }
                    let w = 0.5f64.powi(i32::try_from(si.saturating_sub(s)).unwrap_or(i32::MAX));
                    match salience.iter_mut().find(|(x, _)| *x == e) {
                        Some((_, v)) => *v += w,
                        None => salience.push((e, w)),
                    }
                }
                salience
                    .iter()
                    .rev()
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                    .map(|&(e, _)| e)
            } else if kind == "pronoun-it"
                && p.ts <= 1
                && cx.opening_org.is_some_and(|(_, s)| s + 1 == si)
            {
                // "Shenzhen Ltd shipped motors to a Russian maker. It also sold …": the subject
                cx.opening_org.map(|(e, _)| e)
            } else if kind == "pronoun-it" {
                // "Pyongyang supplied it with shells": an object pronoun is not its clause's
                // subject (that would be "itself")
                let object = p.ts > 0
                    && res
                        .data
                        .lexicon
                        .triggers
                        .contains_key(&toks[p.ts - 1].lower);
                let subject = object
                    .then(|| {
                        prior_names
                            .iter()
                            .rev()
                            .find(|(te, _)| *te + 4 >= p.ts)
                            .map(|(_, nm)| nm.clone())
                    })
                    .flatten();
                cx.recent_org
                    .iter()
                    .rev()
                    .copied()
                    .find(|&(e, s)| s + 1 >= si && subject.as_ref() != Some(&cx.entities[e].name))
                    .map(|(e, _)| e)
            } else {
                cx.recent
                    .iter()
                    .rev()
                    .copied()
                    .find(|&ei| kind == "pronoun" || Some(ei) != host_last)
            };
            match found {
                Some(ei) => {
                    let en = &cx.entities[ei];
                    p.kind = en.kind;
                    p.canonical = en.name.clone();
                    p.countries = en.countries.clone();
                    cx.coref.push(CorefLink {
                        mention: mention.clone(),
                        span,
                        party: en.name.clone(),
                        rule: kind.to_string(),
                    });
                }
                None if p.canonical.is_empty() => continue,
                None => {}
            }
        } else if let Some(rule) = p.rule {
            {
                cx.coref.push(CorefLink {
                    mention: mention.clone(),
                    span,
                    party: p.canonical.clone(),
                    rule: rule.to_string(),
                });
            }
        }
        if p.canonical.is_empty() {
            continue;
        }
        let ei = cx.entity(&p.canonical.clone(), p.kind, &p.countries);
        if !cx.entities[ei].mentions.contains(&mention) {
            cx.entities[ei].mentions.push(mention.clone());
        }
        if let Some(r) = &p.role {
            if !cx.entities[ei].roles.contains(r) {
                cx.entities[ei].roles.push(r.clone());
            }
        }
        if p.source && !cx.entities[ei].roles_taken.contains(&"source".to_string()) {
            cx.entities[ei].roles_taken.push("source".into());
        }
        prior_names.push((p.te, p.canonical.clone()));
        if p.vessel && p.pronoun.is_none() {
            cx.recent_vessels.push((ei, si));
        }
        if !opened
            && matches!(p.kind, PartyKind::State | PartyKind::Organisation)
            && !p.outlet
            && !p.acc
            && !p.source
            && !in_attr[p.ts]
        {
            cx.opening_org = Some((ei, si));
        }
        opened = true;
        if p.kind == PartyKind::Person {
            if !p.acc {
                cx.recent.push(ei);
                if cx.recent.len() > 64 {
                    cx.recent.remove(0);
                }
            }
            host_last = Some(ei);
        } else if matches!(p.kind, PartyKind::State | PartyKind::Organisation)
            && !p.outlet
            && !p.acc
            && p.pronoun.is_none()
        {
            cx.recent_org.push((ei, si));
            if cx.recent_org.len() > 64 {
                cx.recent_org.remove(0);
            }
        }
        cx.mentions.push(Mention {
            text: mention,
            span,
            kind: kind_str(p.kind).into(),
            canonical: Some(p.canonical.clone()),
            role: p.role.clone(),
        });
    }

    // routes: "from A to B"
    for (k, tk) in toks.iter().enumerate() {
        if tk.lower != "from" {
            continue;
        }
        let Some(a) = pms
            .iter()
            .find(|p| p.ts == k + 1 && !p.canonical.is_empty() && !p.outlet)
        else {
            continue;
        };
        if a.te + 1 < n && toks[a.te].lower == "to" {
            if let Some(b) = pms.iter().find(|p| {
                p.ts == a.te + 1
                    && !p.canonical.is_empty()
                    && !p.outlet
                    && p.canonical != a.canonical
            }) {
                let r = |p: &Pm| PartyRef {
                    name: p.canonical.clone(),
                    mention: tok_text(sent, &toks, p.ts, p.te).to_string(),
                    kind: p.kind,
                    inferred: true,
                    inference: None,
                    span: None,
                };
                let e = ev(doc, sent.span);
                cx.routes.push((r(a), r(b), e));
            }
        }
    }

    // "the tanker X sailed from Y, bound for Z", "both headed for Z": where the ships go
    for k in 0..n.saturating_sub(2) {
        let cue = matches!(
            toks[k].lower.as_str(),
            "bound" | "headed" | "heading" | "destined" | "sailing" | "sailed" | "en"
        ) && matches!(toks[k + 1].lower.as_str(), "for" | "to" | "route");
        if !cue {
            continue;
        }
        let at = if toks[k + 1].lower == "route" {
            k + 3
        } else {
            k + 2
        };
        let Some(b) = pms
            .iter()
            .find(|p| p.ts == at && !p.canonical.is_empty() && !p.outlet && !p.place)
        else {
            continue;
        };
        let both = toks[..k]
            .iter()
            .any(|x| matches!(x.lower.as_str(), "both" | "all"));
        let mut ships: Vec<&Pm> = pms
            .iter()
            .filter(|p| p.vessel && p.te <= k && !p.canonical.is_empty())
            .collect();
        if !both {
            ships = ships.into_iter().last().into_iter().collect();
        }
        for a in ships {
            if a.canonical == b.canonical {
                continue;
            }
            let r = |p: &Pm| PartyRef {
                name: p.canonical.clone(),
                mention: tok_text(sent, &toks, p.ts, p.te).to_string(),
                kind: p.kind,
                inferred: true,
                inference: None,
                span: None,
            };
            let e = ev(doc, sent.span);
            cx.routes.push((r(a), r(b), e));
        }
    }

    // dates and places for the sentence
    let date = find_date(&toks, sent).map(|(d, sp)| (resolve_date(&d, cx.published), sp));
    if let Some((d, sp)) = &date {
        cx.mentions.push(Mention {
            text: d.clone(),
            span: *sp,
            kind: "date".into(),
            canonical: None,
            role: None,
        });
    }

    // transfers per clause
    for (ci, w) in bounds.windows(2).enumerate() {
        let (cs, ce) = (w[0], w[1]);
        for t in cs..ce {
            // "a freight train with 30 horses": a vehicle with cargo carries it
            let vehicle_with = toks[t].lower == "with"
                && t > cs
                && sets.vehicle.contains(&toks[t - 1].lower)
                && !pms.iter().any(|p| p.ts < t && t - 1 < p.te);
            let carry = crate::data::Trigger {
                dir: "carry".into(),
                kind: "shipment".into(),
            };
            let Some(trig) = res
                .data
                .lexicon
                .triggers
                .get(&toks[t].lower)
                .or(vehicle_with.then_some(&carry))
            else {
                continue;
            };
            if in_attr[t]
                || t > cs && toks[t - 1].lower == "as"
                || t > cs + 1 && toks[t - 1].lower == "a" && toks[t - 2].lower == "as"
            {
                // "received as gifts": part of another frame
                continue;
            }
            // "companies involved in shipping drones": an activity, a transfer only when the
            // sentence says to whom ("its role in shipping drones to Russia")
            let activity = is_activity(&toks, sets, cs, t);
            // "carrying out a transfer": a light verb, the noun after it is the event
            if trig.dir == "carry" && t + 1 < ce && toks[t + 1].lower == "out" {
                continue;
            }
            // "the North Korean ship Ji Song 6": a trigger word inside a name is no verb
            if pms.iter().any(|p| p.ts <= t && t < p.te) {
                continue;
            }
            frame(
                cx,
                si,
                &toks,
                &pms,
                &in_attr,
                cs,
                ce,
                t,
                &trig.dir.clone(),
                &trig.kind.clone(),
                &clause_attrs[ci],
                &date,
                activity,
            );
        }
    }
}

fn demonym_adj(st: &crate::data::State, _lower: &str, written: &str) -> String {
    // "Russians officials" never occurs; keep the adjective as written, else the first demonym
    if written.ends_with('s') && !written.ends_with("ss") {
        st.demonyms
            .first()
            .cloned()
            .unwrap_or_else(|| written.to_string())
    } else {
        written.to_string()
    }
}

fn kind_str(k: PartyKind) -> &'static str {
    match k {
        PartyKind::Person => "person",
        PartyKind::Organisation => "organisation",
        PartyKind::State => "state",
        PartyKind::Unknown => "unknown",
    }
}

fn ev(doc: &Document, span: Span) -> Evidence {
    Evidence::from_span(&doc.original, span).unwrap_or(Evidence {
        start: span.start,
        end: span.end,
        text: String::new(),
    })
}

#[allow(clippy::too_many_arguments)]
fn named_pm(
    cx: &mut Ctx,
    toks: &[Tok],
    sent: &Sentence,
    a: usize,
    b: usize,
    e: Ent,
    role: Option<String>,
    mut countries: Vec<String>,
    ts: usize,
) -> Pm {
    let res = cx.res;
    let (canonical, kind) = match e {
        Ent::Person(li) => {
            let l = &res.data.leaders[li];
            countries.push(l.country.clone());
            (l.name.clone(), PartyKind::Person)
        }
        Ent::Known(ki) => (res.known[ki].0.clone(), res.known[ki].1),
        _ => (tok_text(sent, toks, a, b).to_string(), PartyKind::Unknown),
    };
    countries.dedup();
    Pm {
        ts,
        te: b,
        kind,
        canonical,
        role,
        countries,
        rule: None,
        pronoun: None,
        outlet: false,
        source: false,
        weak: false,
        place: false,
        acc: false,
        vessel: false,
    }
}

fn generic_person(
    cx: &mut Ctx,
    name: &str,
    role: Option<String>,
    mut countries: Vec<String>,
    ts: usize,
    te: usize,
) -> Pm {
    let mut canonical = name.to_string();
    let mut rule = None;
    if let Some(li) = cx.leader_by_fuzzy(name) {
        let l = &cx.res.data.leaders[li];
        canonical = l.name.clone();
        countries.push(l.country.clone());
        if !l.name.eq_ignore_ascii_case(name) {
            rule = Some("spelling variant");
        }
    } else {
        // a longer name seen before with the same last token ("Kim" + "Kim Jong Un" is not this case)
        let lw: Vec<String> = name.split_whitespace().map(|t| t.to_lowercase()).collect();
        if let Some(ei) = cx.recent.iter().rev().copied().find(|&ei| {
            let et = &cx.entities[ei].tokens;
            et.len() > lw.len() && lw.iter().all(|t| et.contains(t))
        }) {
            canonical = cx.entities[ei].name.clone();
            rule = Some("surname");
        }
    }
    countries.dedup();
    Pm {
        ts,
        te,
        kind: PartyKind::Person,
        canonical,
        role,
        countries,
        rule,
        pronoun: None,
        outlet: false,
        source: false,
        weak: false,
        place: false,
        acc: false,
        vessel: false,
    }
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn find_date(toks: &[Tok], sent: &Sentence) -> Option<(String, Span)> {
    let n = toks.len();
    for i in 0..n {
        let l = toks[i].lower.as_str();
        let is_month = MONTHS.contains(&l) && (toks[i].cap);
        let is_day = DAYS.contains(&l);
        let is_rel = matches!(l, "yesterday" | "today")
            || l == "last"
                && i + 1 < n
                && matches!(
                    toks[i + 1].lower.as_str(),
                    "week" | "month" | "year" | "weekend"
                );
        if is_month || is_day || is_rel {
            let mut a = i;
            let mut b = i + 1;
            if a > 0 && toks[a - 1].lower.chars().all(|c| c.is_ascii_digit()) {
                a -= 1;
            }
            while b < n
                && (toks[b].lower.chars().all(|c| c.is_ascii_digit())
                    || toks[b].lower == ","
                        && b + 1 < n
                        && toks[b + 1].lower.len() == 4
                        && toks[b + 1].lower.chars().all(|c| c.is_ascii_digit())
                    || l == "last" && b == i + 1)
            {
                b += 1;
            }
            let sp = sent.original_span(toks[a].s, toks[b - 1].e);
            let written = tok_text(sent, toks, a, b).to_string();
            return Some((iso_date(&written).unwrap_or(written), sp));
        }
        if l.len() == 4
            && l.chars().all(|c| c.is_ascii_digit())
            && (l.starts_with("19") || l.starts_with("20"))
            && i > 0
            && matches!(toks[i - 1].lower.as_str(), "in" | "since" | "of")
        {
            let sp = sent.original_span(toks[i].s, toks[i].e);
            return Some((toks[i].lower.clone(), sp));
        }
    }
    None
}

fn parse_iso(s: &str) -> Option<(i64, u32, u32)> {
    let mut it = s.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Some((y, m, d))
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Resolves a relative date ("yesterday", "on Tuesday", "in February", "last week") against the
/// publication date; without one, or for other forms, the text stays as written.
fn resolve_date(written: &str, published: Option<(i64, u32, u32)>) -> String {
    let Some((py, pm, pd)) = published else {
        return written.to_string();
    };
    if written.len() >= 7 && written.as_bytes()[4] == b'-' {
        return written.to_string();
    }
    let lw = written.to_lowercase();
    let pub_days = days_from_civil(py, pm, pd);
    let fmt = |(y, m, d): (i64, u32, u32)| format!("{y:04}-{m:02}-{d:02}");
    if lw == "yesterday" {
        return fmt(civil_from_days(pub_days - 1));
    }
    if lw == "today" {
        return fmt((py, pm, pd));
    }
    if lw.starts_with("last week") {
        return format!(
            "{} to {}",
            fmt(civil_from_days(pub_days - 7 - (pub_days + 3).rem_euclid(7))),
            fmt(civil_from_days(pub_days - 1 - (pub_days + 3).rem_euclid(7)))
        );
    }
    if let Some(wd) = DAYS.iter().position(|d| lw.starts_with(d)) {
        // 1970-01-01 was a Thursday (index 3 from Monday)
        let pub_wd = (pub_days + 3).rem_euclid(7) as usize;
        let back = ((pub_wd + 7 - wd) % 7) as i64;
        let back = if back == 0 { 7 } else { back };
        return fmt(civil_from_days(pub_days - back));
    }
    let words: Vec<&str> = lw
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(m) = words
        .iter()
        .find_map(|w| MONTHS.iter().position(|x| x == w))
    {
        let m = m as u32 + 1;
        let y = if m <= pm { py } else { py - 1 };
        if let Some(d) = words
            .iter()
            .find_map(|w| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d)))
        {
            return format!("{y:04}-{m:02}-{d:02}");
        }
        return format!("{y:04}-{m:02}");
    }
    written.to_string()
}

/// A publication dateline: a line that is only a date, or "Published/Updated …" with a date.
pub(crate) fn dateline(line: &str) -> Option<String> {
    let l = line.trim();
    if l.is_empty() || l.len() > 80 {
        return None;
    }
    let lower = l.to_lowercase();
    // ISO date anywhere in a short line
    let b = l.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && b[i + 4] == b'-'
            && b[i + 5..i + 7].iter().all(u8::is_ascii_digit)
            && b[i + 7] == b'-'
            && b[i + 8..i + 10].iter().all(u8::is_ascii_digit)
        {
            return l.get(i..i + 10).map(str::to_string);
        }
    }
    let words = lower.split_whitespace().count();
    let dated = lower.starts_with("published")
        || lower.starts_with("updated")
        || lower.starts_with("posted")
        || words <= 5;
    if dated {
        return iso_date(l).filter(|d| d.len() == 10);
    }
    None
}

/// "12 September 2023", "September 12, 2023", "September 2023" → ISO; other forms stay as written.
fn iso_date(written: &str) -> Option<String> {
    let words: Vec<String> = written
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let month = words
        .iter()
        .find_map(|w| MONTHS.iter().position(|m| m == w))?
        + 1;
    let nums: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    let year = nums.iter().copied().find(|n| (1900..2100).contains(n))?;
    match nums.iter().copied().find(|n| (1..=31).contains(n)) {
        Some(d) => Some(format!("{year:04}-{month:02}-{d:02}")),
        None => Some(format!("{year:04}-{month:02}")),
    }
}

fn is_aux(l: &str) -> bool {
    matches!(
        l,
        "was" | "were" | "is" | "are" | "been" | "being" | "be" | "got" | "get" | "gets"
    )
}

/// The nearest usable party mention ending before token `t` within `[cs, t)`.
fn subject<'p>(
    toks: &[Tok],
    pms: &'p [Pm],
    in_attr: &[bool],
    group: &HashSet<String>,
    cs: usize,
    t: usize,
) -> Option<&'p Pm> {
    let ok = |p: &&Pm| {
        p.ts >= cs
            && p.te <= t
            && !p.outlet
            && !p.place
            && !in_attr[p.ts]
            && !p.canonical.is_empty()
            && !p.source
    };
    // ", sending more than ...": a participle clause takes the subject of the main clause
    if toks[t].lower.ends_with("ing") && t > cs && toks[t - 1].lower == "," {
        return pms.iter().find(ok);
    }
    // a weak mention (a lone capitalised word) is the subject only when nothing better is
    let p = pms
        .iter()
        .rfind(|p| ok(p) && !p.weak)
        .or_else(|| pms.iter().rfind(ok))?;
    // "Sergei Shoigu, the defence minister of Russia, gave": the head of an apposition
    if t > cs && toks[t - 1].lower == "," {
        if let Some(c) = (cs..p.ts).rev().find(|&k| toks[k].lower == ",") {
            if let Some(q) = pms.iter().find(|q| q.te == c && ok(q)) {
                if q.kind == PartyKind::Person || p.kind == PartyKind::State {
                    return Some(q);
                }
            }
        }
    }
    // "a businessman who was selling": the subject is the noun before "who", not a party
    if toks[p.te..t]
        .iter()
        .any(|x| matches!(x.lower.as_str(), "who" | "which"))
    {
        return None;
    }
    // "seized a tanker that transferred oil": "that" after a common noun opens a relative
    // clause whose subject is that noun ("said that X gave" keeps X: a verb precedes "that")
    if let Some(k) = (p.te..t).find(|&k| toks[k].lower == "that") {
        if k > p.te && toks[k - 1].word && !toks[k - 1].cap && group.contains(&toks[k - 1].lower) {
            return None;
        }
    }
    Some(p)
}

/// Whether the trigger at `t` is a gerund naming what someone does, not an event: "companies
/// involved in making and shipping drones", "responsible for supplying fuel".
fn is_activity(toks: &[Tok], sets: &Sets, cs: usize, t: usize) -> bool {
    if !toks[t].lower.ends_with("ing") {
        return false;
    }
    let mut k = t;
    while k > cs
        && (toks[k - 1].lower.ends_with("ing")
            || matches!(toks[k - 1].lower.as_str(), "and" | "or" | "," | "the"))
    {
        k -= 1;
    }
    k >= cs + 2
        && matches!(toks[k - 1].lower.as_str(), "in" | "for" | "of" | "with")
        && sets.activity.contains(&toks[k - 2].lower)
}

/// The item phrase of a passive clause, before its auxiliaries: "[Y] was handed over",
/// "[Y] have been shipped", "[Y], which were made in Iran, were delivered".
fn items_before_auxiliary(toks: &[Tok], sets: &Sets, cs: usize, pb: usize) -> (usize, usize) {
    let mut st = verb_group_start(toks, cs, pb);
    let mut item_end = st;
    // "The drones, which were made in Iran, were delivered": skip the relative clause
    if st > cs + 1 && toks[st - 1].lower == "," {
        if let Some(c) = (cs..st - 1).rev().find(|&k| {
            toks[k].lower == ","
                && k + 1 < st
                && matches!(toks[k + 1].lower.as_str(), "which" | "who" | "that")
        }) {
            // "The shipment, which included 300 tonnes of shells, was sent": a container word
            // whose relative clause says what it held
            if c > cs && sets.vague.contains(&toks[c - 1].lower) {
                if let Some(v) = (c + 2..st - 1).find(|&k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "included"
                            | "includes"
                            | "contained"
                            | "contains"
                            | "carried"
                            | "comprised"
                            | "held"
                    )
                }) {
                    return (v + 1, st - 1);
                }
            }
            st = c;
            item_end = c;
        }
    }
    while st > cs
        && !matches!(
            toks[st - 1].lower.as_str(),
            "," | ";" | "that" | "which" | "“" | "\""
        )
        && !sets.stops.contains(&toks[st - 1].lower)
        && !sets.speech.contains(&toks[st - 1].lower)
    {
        st -= 1;
    }
    (st, item_end)
}

/// Where the verb group ending before `pb` starts: "have been", "had been", "will be",
/// "could have also been" before a participle.
fn verb_group_start(toks: &[Tok], cs: usize, pb: usize) -> usize {
    let mut st = pb;
    while st > cs
        && (is_aux(&toks[st - 1].lower)
            || matches!(
                toks[st - 1].lower.as_str(),
                "have"
                    | "has"
                    | "had"
                    | "having"
                    | "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "can"
                    | "not"
                    | "also"
                    | "reportedly"
                    | "allegedly"
                    | "already"
                    | "since"
                    | "recently"
            ))
    {
        st -= 1;
    }
    st
}

fn party_at<'p>(toks: &[Tok], pms: &'p [Pm], in_attr: &[bool], k: usize) -> Option<&'p Pm> {
    let p = pms.iter().find(|p| {
        p.ts == k && !p.outlet && !in_attr[p.ts] && !p.canonical.is_empty() && !p.place
    })?;
    // "Russia's Wagner Group": the possessed organisation is the party
    if let Some(q) = pms.iter().find(|q| {
        q.ts == p.te + 1
            && toks.get(p.te).is_some_and(|t| t.lower == "'s")
            && q.kind == PartyKind::Organisation
            && !q.outlet
    }) {
        return Some(q);
    }
    Some(p)
}

const HONORIFICS: &[&str] = &[
    "a",
    "an",
    "vessel",
    "tanker",
    "ship",
    "freighter",
    "company",
    "firm",
    "the",
    "mr",
    "mrs",
    "ms",
    "dr",
    "comrade",
    ".",
    "respected",
    "dear",
];

#[allow(clippy::too_many_arguments)]
fn frame(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    cs: usize,
    ce: usize,
    t: usize,
    dir: &str,
    kind: &str,
    attrs: &[Attribution],
    date: &Option<(String, Span)>,
    activity: bool,
) {
    let sets = cx.res.sets;
    let n = toks.len();
    let prev = |k: usize| -> &str {
        if k > cs {
            toks[k - 1].lower.as_str()
        } else {
            ""
        }
    };
    // skip adverbs back to find an auxiliary
    let mut pb = t;
    while pb > cs
        && matches!(
            toks[pb - 1].lower.as_str(),
            "also"
                | "reportedly"
                | "allegedly"
                | "recently"
                | "already"
                | "previously"
                | "been"
                | "later"
                | "then"
                | "secretly"
                | "illegally"
                | "personally"
        )
    {
        if toks[pb - 1].lower == "been" {
            break;
        }
        pb -= 1;
    }
    let participle = toks[t].lower.ends_with("ed")
        || matches!(
            toks[t].lower.as_str(),
            "given" | "sent" | "sold" | "shipped" | "bought" | "handed" | "got"
        );
    let mut passive = pb > cs && is_aux(&toks[pb - 1].lower) && participle;
    // reduced relative: "6,700 containers sent from North Korea to Russia"
    if !passive
        && dir == "give"
        && participle
        && pb > cs
        && toks[pb - 1].word
        && !toks[pb - 1].cap
        && !pms.iter().any(|p| p.te == pb)
        && t + 1 < ce
        && matches!(toks[t + 1].lower.as_str(), "to" | "from" | "by")
        && !sets.stops.contains(&toks[pb - 1].lower)
    {
        passive = true;
    }
    let orig_dir = dir.to_string();
    let mut dir = dir.to_string();
    // "the purchase of horses", "North Korea's first purchase of"
    if dir != "noun" && t + 1 < ce && toks[t + 1].lower == "of" && !passive {
        dir = "noun".into();
    }
    // a noun use of a verb form: "the supplies", "arms exports", "of transfers"
    let pw = prev(t);
    // "accused Iran of supplying Russia with drones": a gerund clause whose doer is named
    // just before "of"
    let gerund_of = pw == "of" && toks[t].lower.ends_with("ing");
    if dir != "noun"
        && !gerund_of
        && (matches!(
            pw,
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "of"
                | "these"
                | "those"
                | "such"
                | "further"
                | "new"
                | "'s"
        ) || toks[t].lower.ends_with('s')
            && pw.chars().all(|c| c.is_alphabetic())
            && !pms.iter().any(|p| p.te == t)
            && DETERMINERS.contains(&pw)
            // "a fuel transfer": determiner, noun, then the verb form
            || t >= cs + 2
                && !participle
                && !toks[t].lower.ends_with("ing")
                && matches!(toks[t - 2].lower.as_str(), "a" | "an" | "the")
                && toks[t - 1].word
                && !toks[t - 1].cap
                && !pms.iter().any(|p| p.te == t))
    {
        if toks[t].lower.ends_with('s')
            || matches!(
                toks[t].lower.as_str(),
                "supply" | "export" | "transfer" | "purchase" | "import" | "gift"
            )
        {
            dir = "noun".into();
        } else {
            return;
        }
    }
    // a transfer noun modifying the noun after it names a kind of business, not an event:
    // "a motorcycle sales company", "an arms export agency", "the supply network"
    if dir == "noun"
        && t + 1 < ce
        && toks[t + 1].word
        && !toks[t + 1].cap
        && (ORG_SUFFIX.contains(&toks[t + 1].lower.as_str())
            || sets.group.contains(&toks[t + 1].lower))
    {
        return;
    }
    let mut giver: Option<Pm> = None;
    let mut recipient: Option<Pm> = None;
    let items_from: usize;
    let mut items_to: usize = ce;
    let mut trigger = toks[t].lower.clone();
    let mut after = t + 1;
    while after < ce
        && matches!(
            toks[after].lower.as_str(),
            "over" | "back" | "out" | "also" | "reportedly" | "secretly"
        )
    {
        trigger.push(' ');
        trigger.push_str(&toks[after].lower);
        after += 1;
    }
    // parties named after a relative clause or attribution belong to something else
    let mut fe = after;
    while fe < ce
        && !in_attr[fe]
        && !matches!(
            toks[fe].lower.as_str(),
            "which" | "who" | "whose" | "where" | "when" | "whom"
        )
    {
        fe += 1;
    }
    let find_after = |word: &[&str], from: usize| -> Option<(usize, Pm)> {
        let mut k = from;
        while k + 1 < fe {
            if word.contains(&toks[k].lower.as_str()) && !in_attr[k] {
                let mut m = k + 1;
                while m < fe
                    && HONORIFICS.contains(&toks[m].lower.as_str())
                    && party_at(toks, pms, in_attr, m).is_none()
                {
                    m += 1;
                }
                if let Some(p) = party_at(toks, pms, in_attr, m) {
                    return Some((k, p.clone()));
                }
            }
            k += 1;
        }
        None
    };
    match dir.as_str() {
        "give" if !passive => {
            // "supplying the Houthis with missiles": a named party after the article
            if after + 1 < ce
                && toks[after].lower == "the"
                && party_at(toks, pms, in_attr, after).is_none()
                && party_at(toks, pms, in_attr, after + 1)
                    .is_some_and(|p| p.kind != PartyKind::Unknown || toks[p.ts].cap)
            {
                after += 1;
            }
            giver = if gerund_of {
                pms.iter()
                    .find(|p| {
                        p.te + 1 == t
                            && !p.outlet
                            && !p.place
                            && !in_attr[p.ts]
                            && !p.canonical.is_empty()
                    })
                    .or_else(|| subject(toks, pms, in_attr, &sets.group, cs, t))
                    .cloned()
            } else {
                subject(toks, pms, in_attr, &sets.group, cs, t).cloned()
            };
            if let Some(p) = party_at(toks, pms, in_attr, after) {
                // "gave his guest a glove", "presented X with Y", "supplied Russia with drones"
                if !p.place {
                    recipient = Some(p.clone());
                    after = p.te;
                    if after < ce && toks[after].lower == "with" {
                        trigger.push_str(" … with");
                        after += 1;
                    }
                }
                items_from = after;
            } else if after < ce && toks[after].lower == "to" {
                if let Some(p) = party_at(toks, pms, in_attr, after + 1) {
                    recipient = Some(p.clone());
                    items_from = p.te;
                } else {
                    items_from = after;
                }
            } else {
                items_from = after;
                if let Some((k, p)) = find_after(&["to", "into"], after) {
                    recipient = Some(p);
                    items_to = k;
                    trigger.push_str(" … to");
                }
            }
        }
        "give" => {
            // passive
            let subj = subject(toks, pms, in_attr, &sets.group, cs, pb);
            let by = find_after(&["by"], after);
            let verb_group = verb_group_start(toks, cs, pb);
            if let Some(s) = subj.filter(|s| {
                s.te + 2 >= pb
                    || s.te + 1 >= verb_group
                    || after < ce && toks[after].lower == "with"
            }) {
                recipient = Some(s.clone());
                if after < ce && toks[after].lower == "with" {
                    after += 1;
                }
                items_from = after;
                if let Some((k, p)) = by {
                    giver = Some(p);
                    items_to = k;
                }
            } else {
                // "Y was handed over to Z (by X)": items before the auxiliary
                (items_from, items_to) = items_before_auxiliary(toks, sets, cs, pb);
                if let Some((_, p)) = find_after(&["to", "into"], after) {
                    recipient = Some(p);
                }
                if let Some((_, p)) = by.or_else(|| find_after(&["from"], after)) {
                    giver = Some(p);
                }
            }
        }
        "carry" => {
            // "[the tanker X] carries 600,000 barrels of crude for Y", "a train carrying 30
            // horses left Russia for North Korea": the vehicle or the place it left gives, the
            // destination receives
            let vehicle = subject(toks, pms, in_attr, &sets.group, cs, t)
                .filter(|p| p.vessel || p.kind == PartyKind::Organisation)
                .cloned();
            if after < ce && toks[after].lower == "with" {
                after += 1;
            }
            items_from = after;
            let motion = (after..fe).find(|&k| {
                matches!(
                    toks[k].lower.as_str(),
                    "left"
                        | "leaves"
                        | "leaving"
                        | "departed"
                        | "departs"
                        | "sailed"
                        | "sails"
                        | "arrived"
                        | "arrives"
                        | "headed"
                        | "heading"
                        | "crossed"
                        | "reached"
                        | "docked"
                        | "set"
                )
            });
            if let Some(m) = motion {
                items_to = m;
            }
            // the place it left counts when it is a state: "left Russia's far east"
            let state_at = |k: usize| {
                pms.iter()
                    .find(|p| {
                        p.ts == k
                            && p.place
                            && p.kind == PartyKind::State
                            && !in_attr[p.ts]
                            && !p.canonical.is_empty()
                    })
                    .cloned()
            };
            let origin = find_after(&["from"], after).map(|(_, p)| p).or_else(|| {
                motion
                    .filter(|&m| {
                        matches!(
                            toks[m].lower.as_str(),
                            "left" | "leaves" | "leaving" | "departed" | "departs"
                        )
                    })
                    .and_then(|m| {
                        party_at(toks, pms, in_attr, m + 1)
                            .cloned()
                            .or_else(|| state_at(m + 1))
                    })
            });
            // "to the Khasan checkpoint" is a place; "for Cubametales" is whom it is for
            recipient = find_after(&["to", "for", "into"], after)
                .filter(|(k, p)| toks[*k].lower == "for" || p.kind != PartyKind::Unknown)
                .map(|(k, p)| {
                    items_to = items_to.min(k);
                    p
                });
            giver = origin.or(vehicle);
        }
        "exchange" => {
            // "Putin and Kim exchanged rifles": the last two parties before the verb give to
            // each other (a second, mirrored transfer is added below)
            let mut two: Vec<&Pm> = Vec::new();
            for p in pms.iter().rev() {
                if p.ts >= cs
                    && p.te <= t
                    && !p.outlet
                    && !p.place
                    && !p.source
                    && !in_attr[p.ts]
                    && !p.canonical.is_empty()
                    && !two.iter().any(|q| q.canonical == p.canonical)
                {
                    two.push(p);
                    if two.len() == 2 {
                        break;
                    }
                }
            }
            if two.len() < 2 {
                return;
            }
            giver = Some(two[1].clone());
            recipient = Some(two[0].clone());
            if after + 1 < ce
                && toks[after].lower == "as"
                && matches!(
                    toks[after + 1].lower.as_str(),
                    "gifts" | "gift" | "presents"
                )
            {
                after += 2;
            }
            items_from = after;
            if let Some(k) = (after..ce).find(|&k| {
                toks[k].lower == "as"
                    && k + 1 < ce
                    && matches!(toks[k + 1].lower.as_str(), "gifts" | "gift" | "presents")
            }) {
                items_to = k;
            }
        }
        "receive" if passive => {
            // "Y have been received by Z from X", "Y was bought by Z"
            let Some((k, p)) = find_after(&["by"], after) else {
                return;
            };
            recipient = Some(p);
            trigger.push_str(" by");
            (items_from, items_to) = items_before_auxiliary(toks, sets, cs, pb);
            if let Some((_, g)) = find_after(&["from"], k) {
                giver = Some(g);
                trigger.push_str(" … from");
            }
        }
        "receive" => {
            // "the hardware purchased by Myanmar's military includes MiG-29 fighter jets"
            if participle
                && after < ce
                && toks[after].lower == "by"
                && t > cs
                && toks[t - 1].word
                && !pms.iter().any(|p| p.te == t)
            {
                let Some(p) = party_at(toks, pms, in_attr, after + 1)
                    .or_else(|| party_at(toks, pms, in_attr, after + 2))
                else {
                    return;
                };
                let Some(v) = (p.te..ce).find(|&k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "includes"
                            | "include"
                            | "included"
                            | "are"
                            | "were"
                            | "comprises"
                            | "comprised"
                    )
                }) else {
                    return;
                };
                recipient = Some(p.clone());
                trigger.push_str(" by … ");
                trigger.push_str(&toks[v].lower);
                after = v + 1;
            } else {
                recipient = subject(toks, pms, in_attr, &sets.group, cs, t).cloned();
            }
            // "received as gifts Y", "received as a gift Y"
            if after + 1 < ce
                && toks[after].lower == "as"
                && matches!(
                    toks[after + 1].lower.as_str(),
                    "gifts" | "gift" | "a" | "presents"
                )
            {
                let mut k = after + 1;
                if toks[k].lower == "a" {
                    k += 1;
                }
                if k < ce
                    && matches!(
                        toks[k].lower.as_str(),
                        "gift" | "gifts" | "present" | "presents"
                    )
                {
                    trigger.push_str(" as gifts");
                    after = k + 1;
                }
            }
            items_from = after;
            if let Some((k, p)) = find_after(&["from"], after) {
                giver = Some(p);
                items_to = k;
                trigger.push_str(" … from");
            }
        }
        _ => {
            // nominal: "deliveries of Y to Z", "Iran's sale of Y", "purchases of Y by Z",
            // "263 refined product deliveries to North Korea"
            // "Syria took delivery of six jets from Russia": the subject receives
            let took = t > cs
                && matches!(
                    toks[t - 1].lower.as_str(),
                    "took" | "take" | "takes" | "taking" | "taken" | "accepted" | "awaited"
                );
            let buy = orig_dir == "receive" || took;
            if took {
                recipient = subject(toks, pms, in_attr, &sets.group, cs, t - 1).cloned();
            }
            if after < ce && toks[after].lower == "of" {
                items_from = after + 1;
            } else {
                let mut st = t;
                while st > cs
                    && toks[st - 1].word
                    && !sets.stops.contains(&toks[st - 1].lower)
                    && !pms.iter().any(|p| p.te == st)
                    && !toks[st - 1].cap
                {
                    st -= 1;
                }
                if st == t {
                    return;
                }
                items_from = st;
                items_to = t;
            }
            if let Some((k, p)) = find_after(&["to", "into"], after) {
                recipient = Some(p);
                items_to = items_to.min(k);
            }
            if let Some((k, p)) = find_after(&["from"], after) {
                giver = Some(p);
                items_to = items_to.min(k);
            }
            if let Some((k, p)) = find_after(&["by"], after) {
                if buy {
                    recipient = Some(p)
                } else {
                    giver = Some(p)
                }
                items_to = items_to.min(k);
            }
            let filled = if buy {
                recipient.is_some()
            } else {
                giver.is_some()
            };
            if !filled {
                let mut k = t;
                while k > cs
                    && (!toks[k - 1].word
                        || matches!(
                            toks[k - 1].lower.as_str(),
                            "'s" | "arms"
                                | "weapons"
                                | "military"
                                | "oil"
                                | "fuel"
                                | "first"
                                | "second"
                                | "latest"
                                | "new"
                                | "illegal"
                                | "recent"
                        ))
                {
                    k -= 1;
                }
                let mut poss = pms
                    .iter()
                    .find(|p| p.te == k && !p.outlet && !p.place)
                    .cloned()
                    .or_else(|| pms.iter().find(|p| p.te + 1 == t && !p.outlet).cloned());
                // "A Russian tanker ... carrying out a fuel transfer": the subject of a light verb
                if poss.is_none() && !buy {
                    if let Some(lv) = (cs..t).rev().find(|&k| {
                        matches!(
                            toks[k].lower.as_str(),
                            "conduct"
                                | "conducted"
                                | "conducting"
                                | "carried"
                                | "carrying"
                                | "carry"
                                | "made"
                                | "making"
                                | "completed"
                                | "performed"
                                | "undertook"
                                | "arranged"
                                | "organised"
                                | "organized"
                        )
                    }) {
                        poss = pms
                            .iter()
                            .find(|p| {
                                p.ts >= cs
                                    && p.te <= lv
                                    && !p.outlet
                                    && !p.place
                                    && !p.source
                                    && !in_attr[p.ts]
                            })
                            .cloned();
                    }
                }
                if buy {
                    recipient = poss
                } else {
                    giver = poss
                }
            }
        }
    }
    // "a shipment of electronics bound for North Korea": a destination names the recipient
    if recipient.is_none() && dir != "receive" && orig_dir != "receive" {
        if let Some(k) = (after..fe.saturating_sub(1)).find(|&k| {
            !in_attr[k]
                && matches!(
                    toks[k].lower.as_str(),
                    "bound" | "destined" | "headed" | "heading" | "intended" | "earmarked"
                )
                && matches!(toks[k + 1].lower.as_str(), "for" | "to")
        }) {
            let mut m = k + 2;
            while m < fe
                && HONORIFICS.contains(&toks[m].lower.as_str())
                && party_at(toks, pms, in_attr, m).is_none()
            {
                m += 1;
            }
            if let Some(p) = party_at(toks, pms, in_attr, m) {
                if giver.as_ref().is_none_or(|g| g.canonical != p.canonical) {
                    recipient = Some(p.clone());
                    items_to = items_to.min(k);
                }
            }
        }
    }
    if activity && (recipient.is_none() || giver.is_none()) {
        return;
    }
    // "30 horses bound for North Korea": the participle of destination is not part of the item
    while items_to > items_from
        && items_to <= ce
        && matches!(
            toks[items_to - 1].lower.as_str(),
            "bound" | "destined" | "headed" | "heading" | "intended" | "earmarked" | "en"
        )
    {
        items_to -= 1;
    }
    // the recipient cannot be the giver
    if let (Some(g), Some(r)) = (&giver, &recipient) {
        if g.canonical == r.canonical {
            return;
        }
    }
    let mut party_tok = vec![false; n];
    for p in pms
        .iter()
        .filter(|p| p.kind == PartyKind::Person || p.kind == PartyKind::State)
    {
        for x in party_tok.iter_mut().take(p.te).skip(p.ts) {
            *x = true;
        }
    }
    let mut items = parse_items(
        cx,
        si,
        toks,
        in_attr,
        &party_tok,
        items_from,
        items_to.min(ce),
        dir == "give",
    );
    // "... by the North Koreans, including Mercedes cars, pianos and cosmetics"
    if let Some(k) = (items_from.max(items_to.min(ce).min(items_from + 1))..ce).find(|&k| {
        !in_attr[k]
            && k >= items_to.min(ce).min(ce)
            && (toks[k].lower == "including"
                || toks[k].lower == "among" && k + 1 < ce && toks[k + 1].lower == "them")
            || k > items_from
                && toks[k].lower == "as"
                && k + 2 < ce
                && toks[k + 1].lower == "well"
                && toks[k + 2].lower == "as"
                && !items.is_empty()
                && items.iter().all(|i| {
                    i.span.is_some_and(|sp| {
                        sp.end
                            <= cx.doc.sentences[si]
                                .original_span(toks[k].s, toks[k].e)
                                .start
                    })
                })
    }) {
        // "... technology to help it deploy satellites as well as tanks and aircraft"
        let skip = match toks[k].lower.as_str() {
            "among" => 2,
            "as" => 3,
            _ => 1,
        };
        let more = parse_items(
            cx,
            si,
            toks,
            in_attr,
            &party_tok,
            k + skip,
            ce,
            dir == "give",
        );
        for m in more {
            if !items.iter().any(|i| i.span == m.span) {
                items.push(m);
            }
        }
    }
    // "sent containers ... that could contain 6 million shells": the contents are a guess
    let mut guessed: Option<String> = None;
    if items.is_empty() {
        if let Some(k) = (t + 1..ce.saturating_sub(2)).find(|&k| {
            matches!(
                toks[k].lower.as_str(),
                "could" | "may" | "might" | "would" | "possibly"
            ) && matches!(
                toks[k + 1].lower.as_str(),
                "contain" | "include" | "hold" | "carry" | "have"
            )
        }) {
            let mut st = k + 2;
            if st + 2 < ce
                && toks[st].lower == "as"
                && toks[st + 1].lower == "many"
                && toks[st + 2].lower == "as"
            {
                st += 3;
            }
            items = parse_items(cx, si, toks, in_attr, &party_tok, st, ce, true);
            if !items.is_empty() {
                guessed = Some(format!("{} {}", toks[k].lower, toks[k + 1].lower));
            }
        }
    }
    if items.is_empty() {
        // remember a giver of unspecified gifts for later sentences
        if dir == "receive" {
            if let Some(g) = &giver {
                cx.context_giver =
                    Some(tok_text(&cx.doc.sentences[si], toks, g.ts, g.te).to_string());
            }
        }
        // "Putin gave Kim luxurious presents": who gave to whom, items told later
        if let (Some(g), Some(r)) = (&giver, &recipient) {
            if matches!(g.kind, PartyKind::Person | PartyKind::State)
                && g.canonical != r.canonical
                && modality(cx, toks, cs, t).is_none()
            {
                let e = ev(cx.doc, cx.doc.sentences[si].span);
                cx.vague
                    .push((g.canonical.clone(), g.kind, r.canonical.clone(), e));
            }
        }
        return;
    }
    // Event coreference: a transfer whose parties the sentence does not name ("the first two
    // jets were delivered in March") continues the latest transfer of the same kind of item.
    let infer_from = |x: &Transfer, p: &PartyRef, why: &str| -> PartyRef {
        let mut p = p.clone();
        p.inferred = true;
        p.span = None;
        p.inference = x.evidence.first().map(|e| Inference {
            reason: why.to_string(),
            evidence: e.clone(),
        });
        p
    };
    let mut inherited: (Option<PartyRef>, Option<PartyRef>) = (None, None);
    if giver.is_none() && recipient.is_none() && dir == "noun" {
        // "linked to the missile supply": a mention of an event, not a new transfer
        return;
    }
    if giver.is_none() && recipient.is_none() {
        let same = cx
            .transfers
            .iter()
            .chain(cx.non_factual.iter().map(|n| &n.transfer))
            .rev()
            .find(|x| {
                x.giver.is_some()
                    && x.recipient.is_some()
                    && x.items.iter().any(|i| {
                        items.iter().any(|j| {
                            j.category == i.category && j.category != embargo_model::Category::Other
                        })
                    })
            });
        match same {
            Some(x) => {
                let why = "the sentence names no party; it continues the earlier transfer of the same kind of item";
                inherited = (
                    x.giver.as_ref().map(|g| infer_from(x, g, why)),
                    x.recipient.as_ref().map(|r| infer_from(x, r, why)),
                );
            }
            None => return,
        }
    } else if recipient.is_none() {
        // "Pyongyang had also sent dozens of ballistic missiles": to whom it sent before
        let g = giver
            .as_ref()
            .map(|g| g.canonical.clone())
            .unwrap_or_default();
        if let Some(x) = cx
            .transfers
            .iter()
            .chain(cx.non_factual.iter().map(|n| &n.transfer))
            .rev()
            .find(|x| x.giver.as_ref().is_some_and(|xg| xg.name == g) && x.recipient.is_some())
        {
            let why = format!("the recipient is not named; {g} sent to it earlier in the text");
            inherited.1 = x.recipient.as_ref().map(|r| infer_from(x, r, &why));
        }
    }
    // a route stated elsewhere in the text: "a ship travelling from Cuba to North Korea"
    if inherited.1.is_none() && recipient.is_none() {
        if let Some(g) = &giver {
            if let Some((_, b, e)) = cx.routes.iter().find(|(a, _, _)| a.name == g.canonical) {
                let mut b = b.clone();
                b.inference = Some(Inference {
                    reason: format!(
                        "the recipient is not named; the text describes a route from {} to {}",
                        g.canonical, b.name
                    ),
                    evidence: e.clone(),
                });
                inherited.1 = Some(b);
            }
        }
    }
    if inherited.0.is_none() && giver.is_none() && inherited.1.is_none() {
        if let Some(r) = &recipient {
            if let Some((a, _, e)) = cx.routes.iter().find(|(_, b, _)| b.name == r.canonical) {
                let mut a = a.clone();
                a.inference = Some(Inference {
                    reason: format!(
                        "the giver is not named; the text describes a route from {} to {}",
                        a.name, r.canonical
                    ),
                    evidence: e.clone(),
                });
                inherited.0 = Some(a);
            }
        }
    }
    let sent = &cx.doc.sentences[si];
    let evidence = vec![ev(cx.doc, sent.span)];
    let pref = |cx: &Ctx, p: &Pm| -> PartyRef {
        PartyRef {
            name: p.canonical.clone(),
            mention: tok_text(&cx.doc.sentences[si], toks, p.ts, p.te).to_string(),
            kind: p.kind,
            inferred: false,
            inference: None,
            span: Some(cx.doc.sentences[si].original_span(toks[p.ts].s, toks[p.te - 1].e)),
        }
    };
    let mut giver_ref = giver.as_ref().map(|g| pref(cx, g)).or(inherited.0);
    let recipient_ref = recipient.as_ref().map(|r| pref(cx, r)).or(inherited.1);
    if dir == "carry" && recipient_ref.is_none() {
        // cargo on its way to nowhere the text says is not a transfer
        return;
    }
    let mut giver_note = giver_ref.as_ref().filter(|g| g.inferred).map(|g| {
        format!(
            "not named in the sentence; {}",
            g.inference
                .as_ref()
                .map(|i| i.reason.clone())
                .unwrap_or_default()
        )
    });
    if giver_ref.is_none() {
        // context: "after meeting with X" in this or the previous sentence
        let mut inferred = None;
        for back in 0..=1usize {
            if si < back {
                break;
            }
            let s2 = &cx.doc.sentences[si - back];
            let lt = s2.text.to_lowercase();
            for cue in [
                "after meeting with ",
                "after a meeting with ",
                "after talks with ",
                "during talks with ",
                "during a meeting with ",
                "during his meeting with ",
                "after his meeting with ",
                "following talks with ",
                "following a meeting with ",
            ] {
                if let Some(p) = lt.find(cue) {
                    let rest_start = p + cue.len();
                    // the first known person named after the cue
                    let rest = &s2.text[rest_start..];
                    let best = cx
                        .entities
                        .iter()
                        .filter(|e| e.kind == PartyKind::Person)
                        .filter_map(|e| {
                            let last = e.name.split_whitespace().last()?;
                            rest.find(last).map(|pos| (pos, e.name.clone()))
                        })
                        .filter(|(pos, _)| *pos < 80)
                        .min_by_key(|(pos, _)| *pos);
                    if let Some((_, name)) = best {
                        if recipient
                            .as_ref()
                            .map(|r| r.canonical != name)
                            .unwrap_or(true)
                        {
                            inferred = Some((name, si - back));
                        }
                    }
                }
            }
            if inferred.is_some() {
                break;
            }
        }
        if inferred.is_none() {
            if let Some(r) = &recipient {
                let lt = cx.doc.sentences[si].text.to_lowercase();
                let exchange = [
                    "in return",
                    "in response",
                    "in exchange",
                    "in turn",
                    "his turn",
                    "her turn",
                    "its turn",
                    "as an answer",
                    "reciprocated",
                ]
                .iter()
                .any(|c| lt.contains(c));
                // "in return, Putin received works of art": the giver is whom he gave to before
                let prior = cx
                    .transfers
                    .iter()
                    .chain(cx.non_factual.iter().map(|n| &n.transfer))
                    .rev()
                    .find(|x| {
                        if exchange {
                            x.giver.as_ref().is_some_and(|g| g.name == r.canonical)
                                && x.recipient.is_some()
                        } else {
                            // "Russia has now received shipments of these missiles": the same recipient
                            // and kind of item as an earlier transfer whose giver is named
                            x.recipient
                                .as_ref()
                                .is_some_and(|xr| xr.name == r.canonical)
                                && x.giver.as_ref().is_some_and(|g| !g.inferred)
                                && x.items.iter().any(|i| {
                                    items.iter().any(|j| {
                                        j.category == i.category
                                            && j.category != embargo_model::Category::Other
                                    })
                                })
                        }
                    });
                if let Some(x) = prior {
                    let name = if exchange {
                        x.recipient.as_ref().map(|p| p.name.clone())
                    } else {
                        x.giver.as_ref().map(|p| p.name.clone())
                    };
                    if let (Some(name), Some(e0)) = (name, x.evidence.first()) {
                        let why = if exchange {
                            format!("received in return; {name} was the recipient of the earlier transfer")
                        } else {
                            format!(
                                "the same kind of item reached {} from {name} earlier in the text",
                                r.canonical
                            )
                        };
                        giver_ref = Some(PartyRef {
                            name: name.clone(),
                            mention: name.clone(),
                            kind: x
                                .recipient
                                .as_ref()
                                .filter(|_| exchange)
                                .or(x.giver.as_ref())
                                .map(|p| p.kind)
                                .unwrap_or(PartyKind::Unknown),
                            inferred: true,
                            inference: Some(Inference {
                                reason: why.clone(),
                                evidence: e0.clone(),
                            }),
                            span: None,
                        });
                        giver_note = Some(format!("not named in the sentence; {why}"));
                    }
                }
            }
        }
        if giver_ref.is_none() && inferred.is_none() {
            // "Putin gave Kim presents. … Kim was presented with a car": the giver of the gifts
            // the text announced earlier without naming them
            if let Some(r) = &recipient {
                if let Some((g, k, _, e)) = cx
                    .vague
                    .iter()
                    .rev()
                    .find(|(g, _, rr, _)| *rr == r.canonical && *g != r.canonical)
                {
                    let why = format!(
                        "the giver is not named; the text says earlier that {g} gave {} gifts",
                        r.canonical
                    );
                    giver_ref = Some(PartyRef {
                        name: g.clone(),
                        mention: g.clone(),
                        kind: *k,
                        inferred: true,
                        inference: Some(Inference {
                            reason: why.clone(),
                            evidence: e.clone(),
                        }),
                        span: None,
                    });
                    giver_note = Some(format!("not named in the sentence; {why}"));
                }
            }
        }
        if giver_ref.is_none() && inferred.is_none() {
            // every earlier named giver of this kind of item is the same party
            let cats: Vec<_> = items
                .iter()
                .map(|i| i.category)
                .filter(|c| *c != embargo_model::Category::Other)
                .collect();
            let prior: Vec<&Transfer> = cx
                .transfers
                .iter()
                .chain(cx.non_factual.iter().map(|n| &n.transfer))
                .filter(|x| {
                    x.giver.as_ref().is_some_and(|g| !g.inferred)
                        && x.items.iter().any(|i| cats.contains(&i.category))
                })
                .collect();
            if let Some(first) = prior.first() {
                let name = first
                    .giver
                    .as_ref()
                    .map(|g| g.name.clone())
                    .unwrap_or_default();
                let same = prior
                    .iter()
                    .all(|x| x.giver.as_ref().is_some_and(|g| g.name == name));
                // the earlier transfers went to this recipient or to one not placed elsewhere
                let countries_of = |nm: &str| -> Vec<String> {
                    cx.by_name
                        .get(nm)
                        .map(|&i| cx.entities[i].countries.clone())
                        .unwrap_or_default()
                };
                let rc = recipient
                    .as_ref()
                    .map(|r| countries_of(&r.canonical))
                    .unwrap_or_default();
                let same = same
                    && prior.iter().all(|x| {
                        let xc = x
                            .recipient
                            .as_ref()
                            .map(|r| countries_of(&r.name))
                            .unwrap_or_default();
                        xc.is_empty() || rc.is_empty() || xc.iter().any(|c| rc.contains(c))
                    });
                let not_self = recipient
                    .as_ref()
                    .map(|r| r.canonical != name)
                    .unwrap_or(true);
                if same && not_self {
                    if let (Some(g), Some(e0)) = (
                        first.giver.as_ref(),
                        prior.last().and_then(|x| x.evidence.first()),
                    ) {
                        let why = format!("the giver is not named; every earlier transfer of this kind of item in the text comes from {name}");
                        giver_ref = Some(PartyRef {
                            name: name.clone(),
                            mention: g.mention.clone(),
                            kind: g.kind,
                            inferred: true,
                            inference: Some(Inference {
                                reason: why.clone(),
                                evidence: e0.clone(),
                            }),
                            span: None,
                        });
                        giver_note = Some(format!("not named in the sentence; {why}"));
                    }
                }
            }
        }
        if giver_ref.is_some() {
        } else if let Some((name, sj)) = inferred {
            let s2 = &cx.doc.sentences[sj];
            giver_ref = Some(PartyRef {
                name: name.clone(),
                mention: name.clone(),
                kind: PartyKind::Person,
                inferred: true,
                inference: Some(Inference {
                    reason: format!(
                        "the giver is not named; the item was received after a meeting with {name}"
                    ),
                    evidence: ev(cx.doc, s2.span),
                }),
                span: None,
            });
            giver_note = Some(format!(
                "not named in the sentence; inferred from the meeting with {name}"
            ));
        } else {
            giver_note = Some(match &cx.context_giver {
                Some(c) => format!("not named in the sentence; context: {c}"),
                None => "not named in the text".to_string(),
            });
        }
    }
    // quantities are mentions too
    for it in &items {
        if let (Some(q), Some(sp)) = (&it.quantity_detail, it.span) {
            cx.mentions.push(Mention {
                text: q.text.clone(),
                span: sp,
                kind: "quantity".into(),
                canonical: Some(q.value.to_string()),
                role: q.unit.clone(),
            });
        }
    }
    // modality
    let modality = modality(cx, toks, cs, t).or(guessed.map(|g| ("speculative".to_string(), g)));
    if modality.as_ref().is_some_and(|(m, _)| m == "prohibited") {
        // a statement of what the law forbids reports no transfer, real or claimed
        return;
    }
    let tr = Transfer {
        id: String::new(),
        giver: giver_ref,
        giver_note,
        recipient: recipient_ref,
        items,
        // "received" is a gift only when the text says so ("received as a gift", "a present")
        kind: if kind == "gift"
            && dir == "receive"
            && !["gift", "present"]
                .iter()
                .any(|w| cx.doc.sentences[si].text.to_lowercase().contains(w))
        {
            "transfer".to_string()
        } else {
            kind.to_string()
        },
        trigger,
        date: date.as_ref().map(|d| d.0.clone()),
        // the place this clause names after the trigger ("delivered ... in Crimea"), else before it
        // ("In Vladivostok, ... received"); places in relative clauses are not the transfer's
        place: pms
            .iter()
            .find(|p| p.place && p.ts > t && p.te <= fe.max(t + 1).min(ce))
            .or_else(|| {
                pms.iter()
                    .rev()
                    .find(|p| p.place && p.ts >= cs && p.te <= t)
            })
            .map(|p| p.canonical.clone()),
        attributed_to: attrs.to_vec(),
        evidence,
        confidence: if giver.is_some() && recipient.is_some() {
            0.8
        } else {
            0.6
        },
    };
    // roles for parties
    let mark = |cx: &mut Ctx, p: &Option<PartyRef>, role: &str| {
        if let Some(p) = p {
            let ei = cx.entity(&p.name, p.kind, &[]);
            if !cx.entities[ei].roles_taken.iter().any(|r| r == role) {
                cx.entities[ei].roles_taken.push(role.to_string());
            }
        }
    };
    let mirror = (dir == "exchange").then(|| {
        let mut m = tr.clone();
        std::mem::swap(&mut m.giver, &mut m.recipient);
        m
    });
    if let Some((m, cue)) = modality {
        if let Some(mt) = mirror {
            cx.non_factual.push(NonFactualClaim {
                modality: m.clone(),
                cue: cue.clone(),
                transfer: mt,
            });
        }
        cx.non_factual.push(NonFactualClaim {
            modality: m,
            cue,
            transfer: tr,
        });
        return;
    }
    mark(cx, &tr.giver, "giver");
    mark(cx, &tr.recipient, "recipient");
    // items of one (giver, recipient, sentence) are gathered here and split per item in `run`
    let key = |t: &Transfer| {
        (
            t.giver.as_ref().map(|g| (g.name.clone(), g.inferred)),
            t.recipient.as_ref().map(|r| r.name.clone()),
            t.evidence.first().map(|e| e.start),
            t.attributed_to
                .iter()
                .map(|a| a.name.clone())
                .collect::<Vec<_>>(),
        )
    };
    if let Some(existing) = cx.transfers.iter_mut().find(|x| key(x) == key(&tr)) {
        for it in tr.items {
            if !existing.items.iter().any(|e| e.span == it.span) {
                existing.items.push(it);
            }
        }
        return;
    }
    cx.transfers.push(tr);
    if let Some(mt) = mirror {
        mark(cx, &mt.giver, "giver");
        mark(cx, &mt.recipient, "recipient");
        cx.transfers.push(mt);
    }
}

fn modality(cx: &Ctx, toks: &[Tok], cs: usize, t: usize) -> Option<(String, String)> {
    let cues = &cx.res.data.lexicon.cues;
    let from = cs.max(t.saturating_sub(16));
    // an infinitive after a word of intention: "agreed to supply", "is soon to deliver"
    // ("admitted to shipping", "used boats to smuggle" are facts)
    if t > cs + 1
        && toks[t - 1].lower == "to"
        && !toks[t].lower.ends_with("ed")
        && !toks[t].lower.ends_with("ing")
        && INTENT.contains(&toks[t - 2].lower.as_str())
    {
        return Some(("planned".to_string(), format!("{} to", toks[t - 2].lower)));
    }
    // past the relative pronoun of the trigger's clause ("seized a tanker that transferred
    // oil"): the relative clause states what the tanker did; a plan or attempt in the main
    // clause ("seized", "ordered", "attempted") does not make it unreal
    let mut relative = false;
    for k in (from..t).rev() {
        let l = toks[k].lower.as_str();
        if l == "not" && k + 1 < t && toks[k + 1].lower == "only" {
            continue;
        }
        if matches!(l, "that" | "which" | "who")
            && k > cs
            && toks[k - 1].word
            && !cues.contains_key(&toks[k - 1].lower)
            && !cx.res.sets.speech.contains(&toks[k - 1].lower)
        {
            relative = true;
        }
        if relative && cues.get(l).is_some_and(|m| normal_modality(m) == "planned") {
            continue;
        }
        if l == "may" && toks[k].cap {
            continue;
        }
        // "Pyongyang may not export weapons": a rule, not a denial
        if l == "not" && k > cs && matches!(toks[k - 1].lower.as_str(), "may" | "must" | "shall") {
            return Some((
                "prohibited".to_string(),
                format!("{} not", toks[k - 1].lower),
            ));
        }
        if cues.get(l).is_some_and(|m| m == "prohibited") && breaks_rule(toks, cs, t) {
            continue;
        }
        if let Some(m) = cues.get(l) {
            // negation binds close to its verb; other cues govern the clause
            if m != "negated" || k + 6 >= t || !matches!(l, "not" | "n't" | "no" | "never") {
                return Some((normal_modality(m), toks[k].lower.clone()));
            }
        }
        if k + 1 < t {
            let two = format!("{} {}", l, toks[k + 1].lower);
            // "going to Taiwan" is motion to a place, not "going to deliver"
            let motion = toks[k + 1].lower == "to" && k + 2 < t && toks[k + 2].cap;
            if let Some(m) = cues.get(&two).filter(|_| !motion) {
                return Some((normal_modality(m), two));
            }
            if k + 2 < t {
                let three = format!("{} {} {}", l, toks[k + 1].lower, toks[k + 2].lower);
                if let Some(m) = cues.get(&three) {
                    return Some((normal_modality(m), three));
                }
            }
        }
    }
    // "before the vehicle was sent": the trigger sits in a clause of something that had not
    // happened yet
    for k in (cs..t).rev() {
        let l = toks[k].lower.as_str();
        if matches!(l, "," | ";" | "and") {
            break;
        }
        if matches!(l, "before" | "until" | "unless")
            && k + 1 < t
            && !toks[k + 1].lower.chars().all(|c| c.is_ascii_digit())
        {
            let subj = (k + 1..t).any(|x| toks[x].word && !is_aux(&toks[x].lower));
            if subj {
                return Some(("planned".to_string(), l.to_string()));
            }
        }
    }
    // "denied that ... gave", "the false report that ..." anywhere earlier in the sentence
    for tk in &toks[..from] {
        if let Some(m) = cues.get(&tk.lower) {
            if m == "denied" {
                return Some((m.clone(), tk.lower.clone()));
            }
        }
    }
    // "claims that X supplied arms to Y are groundless", "... namely that they never happened"
    for k in t + 1..toks.len() {
        let l = toks[k].lower.as_str();
        let prev = toks[k - 1].lower.as_str();
        let denial = matches!(
            l,
            "groundless"
                | "baseless"
                | "fabricated"
                | "untrue"
                | "nonsense"
                | "absurd"
                | "ridiculous"
                | "fabrication"
        ) || l == "happened" && matches!(prev, "never")
            || l == "happen" && matches!(prev, "not" | "n't")
            || l == "true" && prev == "not"
            || l == "false"
                && matches!(
                    prev,
                    "is" | "are" | "was" | "were" | "completely" | "totally"
                );
        if denial {
            return Some(("denied".to_string(), format!("{prev} {l}")));
        }
    }
    // "deliveries of cars to the DPRK are prohibited"
    let end = toks.len().min(t + 25);
    for k in t + 1..end {
        if is_aux(&toks[k - 1].lower)
            && matches!(
                toks[k].lower.as_str(),
                "prohibited" | "banned" | "illegal" | "forbidden" | "planned" | "expected"
            )
        {
            let m = if matches!(toks[k].lower.as_str(), "planned" | "expected") {
                "planned"
            } else if breaks_rule(toks, cs, k) {
                continue;
            } else {
                "prohibited"
            };
            return Some((
                m.to_string(),
                format!("{} {}", toks[k - 1].lower, toks[k].lower),
            ));
        }
        if matches!(toks[k].lower.as_str(), "." | ";") {
            break;
        }
    }
    None
}

/// Whether the clause says a rule was broken ("in violation of the ban", "despite the
/// embargo"), so a prohibition named in it does not make the transfer a mere statement of law.
fn breaks_rule(toks: &[Tok], cs: usize, t: usize) -> bool {
    toks[cs..t].iter().any(|x| {
        matches!(
            x.lower.as_str(),
            "violation"
                | "violations"
                | "violating"
                | "violated"
                | "breach"
                | "breaching"
                | "breached"
                | "defiance"
                | "defying"
                | "defied"
                | "despite"
                | "flouting"
                | "flouted"
                | "circumventing"
                | "circumvent"
                | "evading"
                | "evade"
                | "contravention"
                | "busting"
                | "skirting"
        )
    })
}

const INTENT: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "intended",
    "wants",
    "want",
    "wanted",
    "ready",
    "expected",
    "set",
    "going",
    "able",
    "willing",
    "seeks",
    "seek",
    "sought",
    "hopes",
    "hope",
    "hoped",
    "offered",
    "offer",
    "offers",
    "promised",
    "pledged",
    "decided",
    "decide",
    "threatened",
    "likely",
    "unlikely",
    "about",
    "is",
    "are",
    "was",
    "were",
    "soon",
    "poised",
    "prepared",
    "preparing",
    "aims",
    "aim",
    "trying",
    "tried",
    "attempt",
    "attempted",
    "attempting",
    "negotiating",
    "asked",
    "proposed",
    "due",
    "scheduled",
    "would",
    // nouns of intention: "in talks to sell", "an agreement to supply", "plans to ship"
    "talks",
    "negotiations",
    "discussions",
    "deal",
    "agreement",
    "accord",
    "bid",
    "effort",
    "efforts",
    "proposal",
    "plans",
    "permission",
    "approval",
    "licence",
    "license",
    "request",
    "contract",
];

fn normal_modality(m: &str) -> String {
    m.to_string()
}

/// Parses the item phrases in tokens `[a, b)`.
#[allow(clippy::too_many_arguments)]
fn parse_items(
    cx: &Ctx,
    si: usize,
    toks: &[Tok],
    in_attr: &[bool],
    party_tok: &[bool],
    a: usize,
    b: usize,
    give: bool,
) -> Vec<Item> {
    let sets = cx.res.sets;
    let sent = &cx.doc.sentences[si];
    // cut at the first stop word / attribution / trigger
    let mut end = a;
    let mut a = a;
    let mut quote = false;
    let mut money: Option<f64> = None;
    while end < b {
        let l = toks[end].lower.as_str();
        if matches!(l, "“" | "\"" | "«") {
            quote = !quote || l == "“" || l == "«";
        }
        if matches!(l, "”" | "»") {
            quote = false;
        }
        if in_attr[end] {
            break;
        }
        if !quote {
            if l == "as"
                && end + 2 < b
                && toks[end + 1].lower == "well"
                && toks[end + 2].lower == "as"
            {
                end += 3;
                continue;
            }
            if l == "from" && give {
                end += 1;
                continue;
            }
            // "US$247 million worth of arms": the value, then the item
            if l == "worth" && end + 1 < b && toks[end + 1].lower == "of" {
                money = money_before(toks, a, end);
                end += 2;
                a = end;
                continue;
            }
            if l == "(" {
                // a parenthesis inside an item list: ("Aurus")
                if let Some(close) = (end + 1..b.min(end + 12)).find(|&k| toks[k].lower == ")") {
                    end = close + 1;
                    continue;
                }
                break;
            }
            // "about 8,000 tonnes", "at least 1 million barrels", "as many as 500 shells": an
            // approximate quantity, not a preposition
            let numeric = |k: usize| {
                toks[k]
                    .lower
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                    || NUMBER_WORDS.contains(&toks[k].lower.as_str())
            };
            let approx_word = |w: &str| {
                APPROX.contains(&w)
                    || matches!(
                        w,
                        "at" | "as"
                            | "many"
                            | "much"
                            | "in"
                            | "excess"
                            | "of"
                            | "to"
                            | "no"
                            | "not"
                    )
            };
            if approx_word(l) {
                if let Some(j) = (end + 1..b.min(end + 4))
                    .take_while(|&k| numeric(k) || approx_word(&toks[k].lower))
                    .find(|&k| numeric(k))
                {
                    if toks[end..j]
                        .iter()
                        .any(|x| APPROX.contains(&x.lower.as_str()))
                    {
                        end = j;
                        continue;
                    }
                }
            }
            if sets.stops.contains(l) || l == "." || l == ";" || l == ":" {
                // a participle before the noun it describes is an adjective, not the start of a
                // description: "22 used pianos", "a used car" (but "a glove worn by", "drones
                // made in")
                let participle =
                    toks[end].word && (l.ends_with("ed") || matches!(l, "worn" | "made"));
                let prenominal = participle
                    && end + 1 < b
                    && toks[end + 1].word
                    && !sets.stops.contains(&toks[end + 1].lower)
                    && (a..end).all(|x| {
                        let w = toks[x].lower.as_str();
                        !toks[x].word
                            || w.chars().all(|c| c.is_ascii_digit())
                            || DETERMINERS.contains(&w)
                            || APPROX.contains(&w)
                            || NUMBER_WORDS.contains(&w)
                    });
                if !prenominal {
                    break;
                }
            }
            if l == ","
                && end + 1 < b
                && matches!(
                    toks[end + 1].lower.as_str(),
                    "which"
                        | "who"
                        | "that"
                        | "according"
                        | "while"
                        | "said"
                        | "as"
                        | "in"
                        | "but"
                        | "where"
                )
            {
                break;
            }
            // a participle introducing a description: "equipped with", "worn by"
            if end > a
                && toks[end].word
                && l.ends_with("ed")
                && end + 1 < b
                && matches!(
                    toks[end + 1].lower.as_str(),
                    "for" | "by" | "with" | "in" | "to" | "at" | "on" | "from"
                )
            {
                break;
            }
        }
        end += 1;
    }
    // segments split at conjunctions and commas outside quotes
    let mut segs: Vec<(usize, usize, bool)> = Vec::new();
    let mut s = a;
    let mut k = a;
    let mut quote = false;
    let mut after_and = false;
    while k < end {
        let l = toks[k].lower.as_str();
        if matches!(l, "“" | "«") || l == "\"" && !quote {
            quote = true;
        } else if matches!(l, "”" | "»") || l == "\"" && quote {
            quote = false;
        }
        let conj3 =
            l == "as" && k + 2 < end && toks[k + 1].lower == "well" && toks[k + 2].lower == "as";
        let two = (l == "along" || l == "together") && k + 1 < end && toks[k + 1].lower == "with"
            || l == "such" && k + 1 < end && toks[k + 1].lower == "as";
        let two = two || l == "among" && k + 1 < end && toks[k + 1].lower == "them";
        let conj = !quote
            && (matches!(
                l,
                "and" | "plus" | "&" | "," | "or" | "including" | "—" | "–"
            ) || conj3
                || two);
        if conj {
            if k > s {
                segs.push((s, k, after_and));
            }
            after_and =
                l != "," && l != "including" && l != "—" && l != "–" && l != "such" && l != "among";
            k += if conj3 {
                3
            } else if two {
                2
            } else {
                1
            };
            s = k;
            continue;
        }
        k += 1;
    }
    if end > s {
        segs.push((s, end, after_and));
    }
    let mut items: Vec<Item> = Vec::new();
    let mut pending: Option<usize> = None; // start of an adjective-only segment to merge forward
    let mut prev_head: Option<(embargo_model::ItemClass, String)> = None;
    for (ss, se, and_before) in segs {
        let (mut ss, se) = (pending.take().unwrap_or(ss), se);
        // skip determiners and quotes
        let seg_start_orig = ss;
        while ss < se
            && (DETERMINERS.contains(&toks[ss].lower.as_str())
                && !(toks[ss].lower == "a" || toks[ss].lower == "an")
                || !toks[ss].word && !toks[ss].lower.chars().all(|c| c.is_ascii_digit()))
        {
            ss += 1;
        }
        if ss >= se {
            continue;
        }
        let (q, qend) = quantity(cx, toks, sent, ss, se);
        let body_s = qend;
        if body_s >= se {
            continue;
        }
        if (body_s..se).filter(|&x| toks[x].word).all(|x| party_tok[x]) {
            // "Putin received Kim Jong Un": a person or state is not an item
            continue;
        }
        {
            // "president of a motorcycle company", "head of the firm": a person described by a
            // title, not a thing transferred
            let mut f = body_s;
            while f < se && (matches!(toks[f].lower.as_str(), "a" | "an") || !toks[f].word) {
                f += 1;
            }
            if f + 1 < se && sets.titles.contains(&toks[f].lower) && toks[f + 1].lower == "of" {
                continue;
            }
        }
        let seg_text = &sent.text[toks[body_s].s..toks[se - 1].e];
        let hits = cx.res.tax.hits(seg_text);
        let words: Vec<&str> = (body_s..se)
            .filter(|&x| toks[x].word)
            .map(|x| toks[x].lower.as_str())
            .collect();
        if words.is_empty() {
            continue;
        }
        let (class, text_end, head) = match Taxonomy::best(&hits) {
            Some(h) => {
                // the phrase runs to the end of its segment ("missile complexes")
                let last_end = hits.iter().map(|x| x.end).max().unwrap_or(h.end);
                let seg_end = (body_s..se)
                    .rev()
                    .find(|&x| toks[x].word)
                    .map(|x| toks[x].e)
                    .unwrap_or(toks[body_s].s + last_end);
                (
                    cx.res.tax.class_of(h),
                    seg_end.max(toks[body_s].s + last_end),
                    h.term.clone(),
                )
            }
            None => {
                let last = *words.last().unwrap_or(&"");
                let nxt_has_hit = false;
                let _ = nxt_has_hit;
                if q.is_none()
                    && se < end
                    && words.len() <= 3
                    && !sets.vague.contains(last)
                    && items.is_empty()
                    && prev_head.is_none()
                {
                    // adjectives before a comma: "modern, light armor"
                    pending = Some(seg_start_orig);
                    continue;
                }
                if words
                    .iter()
                    .all(|w| sets.vague.contains(*w) || DETERMINERS.contains(w))
                    || sets.vague.contains(last)
                    || sets.vague.contains(words[0])
                {
                    continue;
                }
                if let Some((c, h)) = prev_head.as_ref().filter(|_| and_before) {
                    if words.len() <= 4 {
                        // ellipsis: "5 attack drones as well as a X-25 reconnaissance"
                        let mut c = c.clone();
                        let hw = h.rsplit(' ').next().unwrap_or(h).to_string();
                        c.reason = format!(
                            "{} (head \"{}\" carried over from the item before)",
                            c.reason, hw
                        );
                        (c, toks[se - 1].e, hw)
                    } else {
                        continue;
                    }
                } else {
                    // no taxonomy term: keep only a named product ("a pair of white Pungsans")
                    if words.len() > 6
                        || !toks[se - 1].word
                        || !toks[se - 1].cap
                        || cx.res.sets.cap_stop.contains(last)
                    {
                        continue;
                    }
                    (Taxonomy::other(seg_text), toks[se - 1].e, last.to_string())
                }
            }
        };
        let ts = toks[ss].s;
        let article = matches!(toks[ss].lower.as_str(), "a" | "an");
        let mut first_word = ss + usize::from(article);
        while first_word < se && !toks[first_word].word {
            first_word += 1;
        }
        let item_start = if q.is_some() && !article {
            ts
        } else if article {
            toks[first_word.min(se - 1)].s
        } else {
            toks[body_s].s
        };
        let mut item_start = item_start;
        if article && first_word > ss + 1 {
            // keep an opening quote: "a ‘highest quality’ rifle"
            item_start = toks[ss + 1].s;
        }
        let mut item_text = sent.text[item_start..text_end.max(item_start)]
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let quotes = item_text
            .chars()
            .filter(|c| matches!(c, '“' | '”' | '"'))
            .count();
        if quotes % 2 == 1 {
            if let Some(c) = sent.text[item_start + item_text.len()..]
                .chars()
                .next()
                .filter(|c| matches!(c, '”' | '"'))
            {
                item_text.push(c);
            }
        }
        let body_text = sent.text[toks[body_s].s..text_end.max(toks[body_s].s)]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let mut normalised = body_text
            .to_lowercase()
            .replace(['“', '”', '"', '‘', '’'], "");
        normalised = normalised.split_whitespace().collect::<Vec<_>>().join(" ");
        if !normalised.contains(head.to_lowercase().as_str()) {
            normalised = format!("{normalised} {}", head.to_lowercase());
        } else if let Some(stripped) = singular_tail(&normalised, &head) {
            normalised = stripped;
        }
        let value = money.or_else(|| value_usd(toks, end, (end + 12).min(toks.len()), sent));
        prev_head = Some((class.clone(), head.clone()));
        let span = sent.original_span(item_start, item_text.len() + item_start);
        items.push(Item {
            text: item_text,
            normalised,
            quantity: q.as_ref().map(|q| q.value),
            quantity_detail: q,
            category: class.category,
            class,
            value_usd: value,
            span: Some(span),
            assessments: Vec::new(),
        });
    }
    items
}

fn singular_tail(norm: &str, head: &str) -> Option<String> {
    let h = head.to_lowercase();
    for suf in ["ies", "es", "s"] {
        let pl = if suf == "ies" {
            h.strip_suffix('y').map(|x| format!("{x}ies"))
        } else {
            Some(format!("{h}{suf}"))
        };
        if let Some(pl) = pl {
            if let Some(stem) = norm.strip_suffix(pl.as_str()) {
                return Some(format!("{stem}{h}"));
            }
        }
    }
    None
}

/// A quantity at the start of `[s, e)`: returns it and the token where the item words start.
fn quantity(
    cx: &Ctx,
    toks: &[Tok],
    sent: &Sentence,
    s: usize,
    e: usize,
) -> (Option<Quantity>, usize) {
    let nums = &cx.res.data.lexicon.numbers;
    let mut k = s;
    let mut approx = false;
    // "at least", "as many as", "in excess of", "no fewer than": words of approximation
    while k < e
        && (APPROX.contains(&toks[k].lower.as_str())
            || matches!(
                toks[k].lower.as_str(),
                "at" | "as" | "many" | "much" | "in" | "excess" | "of" | "to" | "no" | "not"
            ) && (k + 1..e.min(k + 4)).any(|j| APPROX.contains(&toks[j].lower.as_str())))
    {
        approx = true;
        k += 1;
    }
    let mut value: Option<f64> = None;
    let mut acc = 0f64;
    let mut last_num = k;
    while k < e {
        let l = toks[k].lower.as_str();
        let digits: String = l.chars().filter(|c| *c != ',').collect();
        if let Ok(v) = digits.parse::<f64>() {
            if value.is_some() {
                break;
            }
            acc = v;
            value = Some(v);
            k += 1;
            last_num = k;
            continue;
        }
        if let Some(&v) = nums.get(l) {
            let mult = matches!(
                l,
                "dozen"
                    | "hundred"
                    | "thousand"
                    | "million"
                    | "billion"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
            );
            if mult && value.is_some() {
                acc *= v;
                value = Some(acc);
            } else if value.is_none() {
                // "a few", "a number of": no count stated
                if matches!(l, "a" | "an")
                    && k + 1 < e
                    && matches!(
                        toks[k + 1].lower.as_str(),
                        "few" | "lot" | "number" | "series" | "range" | "variety" | "host"
                    )
                {
                    return (None, (k + 2).min(e));
                }
                acc = v;
                value = Some(v);
                if matches!(l, "dozens" | "hundreds" | "thousands" | "millions") {
                    approx = true;
                }
            } else if !mult && acc >= 20.0 && v < 10.0 {
                acc += v;
                value = Some(acc);
            } else {
                break;
            }
            k += 1;
            last_num = k;
            if k < e && toks[k].lower == "of" && mult {
                k += 1;
                last_num = k;
            }
            continue;
        }
        if l == "-"
            || l == "and" && value.is_some() && k + 1 < e && nums.contains_key(&toks[k + 1].lower)
        {
            k += 1;
            continue;
        }
        break;
    }
    let Some(v) = value else { return (None, s) };
    let mut k = last_num;
    while k < e && !toks[k].word && !toks[k].lower.chars().all(|c| c.is_ascii_digit()) {
        k += 1;
    }
    let mut unit = None;
    if k < e {
        let l = toks[k].lower.as_str();
        let two = if k + 1 < e {
            format!("{} {}", l, toks[k + 1].lower)
        } else {
            String::new()
        };
        if sets_has(cx, &two) && k + 2 < e && toks[k + 2].lower == "of" {
            unit = Some(two);
            k += 3;
        } else if sets_has(cx, l) && k + 1 < e && toks[k + 1].lower == "of" {
            unit = Some(l.to_string());
            k += 2;
        }
    }
    let qtext = sent.text[toks[s].s..toks[last_num.max(s + 1) - 1].e].to_string();
    let q = Quantity {
        value: v,
        unit,
        approximate: approx,
        text: qtext,
    };
    (Some(q), k.min(e))
}

fn sets_has(cx: &Ctx, w: &str) -> bool {
    !w.is_empty() && cx.res.sets.units.contains(w)
}

/// A dollar amount in `[a, b)`: "$1,200", "US$247 million", "247 million dollars".
fn money_before(toks: &[Tok], a: usize, b: usize) -> Option<f64> {
    let mut dollar = false;
    let mut v: Option<f64> = None;
    for t in &toks[a..b] {
        let l = t.lower.as_str();
        if l == "$" || l.ends_with('$') || matches!(l, "dollars" | "usd") {
            dollar = true;
            continue;
        }
        let digits: String = l.chars().filter(|c| *c != ',').collect();
        if let Ok(x) = digits.parse::<f64>() {
            v = Some(x);
            continue;
        }
        if let Some(x) = v {
            match l {
                "million" | "mln" | "m" => v = Some(x * 1e6),
                "billion" | "bn" => v = Some(x * 1e9),
                "thousand" => v = Some(x * 1e3),
                _ => {}
            }
        }
    }
    if dollar {
        v
    } else {
        None
    }
}

fn value_usd(toks: &[Tok], a: usize, b: usize, sent: &Sentence) -> Option<f64> {
    let mut k = a;
    while k < b {
        let l = toks[k].lower.as_str();
        if matches!(l, "worth" | "valued" | "cost" | "costing" | "for") {
            let mut m = k + 1;
            if m < b && toks[m].lower == "at" {
                m += 1;
            }
            if m + 1 < b && toks[m].lower == "$" {
                let digits: String = toks[m + 1].lower.chars().filter(|c| *c != ',').collect();
                if let Ok(mut v) = digits.parse::<f64>() {
                    if m + 2 < b {
                        match toks[m + 2].lower.as_str() {
                            "million" => v *= 1e6,
                            "billion" => v *= 1e9,
                            "thousand" => v *= 1e3,
                            _ => {}
                        }
                    }
                    let _ = sent;
                    return Some(v);
                }
            }
        }
        k += 1;
    }
    None
}
