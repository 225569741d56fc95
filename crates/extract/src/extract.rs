//! Mentions, coreference, attribution and transfer frames over cleaned sentences.
use crate::data::Data;
use crate::taxonomy::Taxonomy;
use aho_corasick::AhoCorasick;
use embargo_model::{
    Attribution, Category, CorefLink, Document, Evidence, Extraction, Inference, Item, Mention,
    NonFactualClaim, Party, PartyKind, PartyRef, Quantity, Sentence, Span, Transfer,
};
use std::collections::{HashMap, HashSet};

mod dates;
mod frames;
mod items;
mod modality;
pub(crate) use dates::dateline;
use dates::*;
use frames::*;
use items::*;
use modality::*;

/// What a gazetteer pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ent {
    Person(usize),
    Epithet(usize),
    State(usize),
    Demonym(usize),
    Capital(usize),
    /// a port or border railhead of a state ("Nampo")
    Port(usize),
    /// another city of a state, from GeoNames ("Astrakhan"): like a port, the state's end of
    /// a shipment or the place of a transfer
    City(usize),
    Outlet(usize),
    /// an international organisation or government body ("United Nations", "OFAC")
    Body(usize),
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
    /// organs of a state that stand for it ("junta", "armed forces")
    pub state_organs: HashSet<String>,
    pub speech: HashSet<String>,
    /// verbs of seeing and showing a scene ("footage showed guns entering Mali")
    pub perception: HashSet<String>,
    pub vague: HashSet<String>,
    pub stops: HashSet<String>,
    pub units: HashSet<String>,
    /// one-word titles ("president", "head"): a phrase "<title> of …" describes a person
    pub titles: HashSet<String>,
    /// heads of "the country"-like descriptions of a state named earlier
    pub state_desc: HashSet<String>,
    /// heads of a described, unnamed party ("an unnamed businessman", "the rebels")
    pub described: HashSet<String>,
    /// words for a load of goods ("consignment", "batch") and the order words before them
    pub container: HashSet<String>,
    /// words for a seized or carried lot whose contents a later sentence lists ("the haul")
    pub caches: HashSet<String>,
    /// umbrella words for goods that a following list names ("equipment, including …")
    pub umbrella: HashSet<String>,
    /// heads of a described party that is a person ("an unnamed businessman")
    pub described_people: HashSet<String>,
    pub container_mod: HashSet<String>,
    /// words before "in/for <gerund>" that make the gerund an activity, not an event
    pub activity: HashSet<String>,
    /// nouns for ships ("tanker", "vessel")
    pub vessel: HashSet<String>,
    /// nouns for ships, trains, trucks and planes: "a train with 30 horses"
    pub vehicle: HashSet<String>,
    /// goods-list nouns that are figures of speech in transfer news ("gave it a platform")
    pub not_goods: HashSet<String>,
    /// heads of a described business ("the company"): any organisation may be its antecedent
    pub company: HashSet<String>,
    /// last words that make a name an organisation ("Delta Systems")
    pub org_heads: HashSet<String>,
    /// verbs whose subject uses goods ("used", "deployed")
    pub use_verbs: HashSet<String>,
    /// verbs that charge or judge someone over a deed a gerund tells
    pub charge_verbs: HashSet<String>,
    /// nouns for people sent somewhere: an item phrase they head is no item
    pub personnel: HashSet<String>,
    /// words (one or two) after a load or vehicle that name what it holds
    pub holding: Vec<Vec<String>>,
    /// receptacles whose count is the load when no contents are named ("hundreds of containers")
    pub counted_loads: HashSet<String>,
    /// plural nouns for the members of a named armed group ("Ansar Dine fighters in Mali")
    pub member: HashSet<String>,
    /// capitalised creed words that describe a group before its name ("Shiite Hezbollah")
    pub creed: HashSet<String>,
}

impl Sets {
    pub fn new(d: &Data) -> Sets {
        let s = |v: &Vec<String>| v.iter().map(|x| x.to_lowercase()).collect::<HashSet<_>>();
        Sets {
            cap_stop: s(&d.lexicon.cap_stopwords),
            // a described party's head is a group noun too ("a Greek shipowner")
            group: d
                .lexicon
                .group_nouns
                .iter()
                .chain(&d.lexicon.described_parties)
                .map(|x| x.to_lowercase())
                .collect(),
            state_organs: s(&d.lexicon.state_organs),
            speech: s(&d.lexicon.speech_verbs),
            perception: s(&d.lexicon.perception_verbs),
            vague: s(&d.lexicon.vague_items),
            not_goods: s(&d.lexicon.not_goods),
            company: s(&d.lexicon.company_nouns),
            org_heads: s(&d.lexicon.org_heads),
            use_verbs: s(&d.lexicon.use_verbs),
            charge_verbs: s(&d.lexicon.charge_verbs),
            personnel: s(&d.lexicon.personnel_nouns),
            member: s(&d.lexicon.member_nouns),
            creed: s(&d.lexicon.creed_words),
            holding: d
                .lexicon
                .holding_words
                .iter()
                .map(|x| {
                    x.to_lowercase()
                        .split_whitespace()
                        .map(String::from)
                        .collect()
                })
                .collect(),
            stops: s(&d.lexicon.item_stops),
            units: s(&d.lexicon.units),
            state_desc: s(&d.lexicon.state_descriptions),
            described: s(&d.lexicon.described_parties),
            container: s(&d.lexicon.container_nouns),
            described_people: s(&d.lexicon.described_people),
            umbrella: s(&d.lexicon.umbrella_heads),
            caches: s(&d.lexicon.cache_nouns),
            counted_loads: s(&d.lexicon.counted_loads),
            container_mod: s(&d.lexicon.container_modifiers),
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
    "zoo",
    "museum",
    "airport",
    "stadium",
    "theatre",
    "circus",
    "hospital",
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
    // airlines, carriers and works: "Mahan Air", "Ulan-Ude Aviation Plant", "Gudzon Shipping"
    "air",
    "airlines",
    "airways",
    "aviation",
    "logistics",
    "maritime",
    "marine",
    "plant",
    "works",
    "army",
    "foundation",
    "fund",
    "systems",
    "technologies",
    "technology",
    "electronics",
    "engineering",
    "petroleum",
    "oil",
    "energy",
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
    // "Baron & Baron", "Procter & Gamble": an ampersand joins the words of one firm's name
    "&",
];
const DETERMINERS: &[&str] = &[
    "many",
    "much",
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
/// Auxiliaries, question words and pronouns, which open questions and quoted speech: a closed
/// class of words that are capitalised there only for their place ("“Are you serious?").
const OPENING_FUNCTION_WORDS: &[&str] = &[
    "are", "is", "was", "were", "am", "do", "does", "did", "have", "has", "had", "can", "could",
    "would", "should", "shall", "will", "must", "might", "why", "how", "whom", "whose", "whether",
    "me", "us", "him", "them", "my", "your", "yours", "mine", "ours", "everyone", "nobody",
    "someone", "anyone",
];
/// Forms of "have" and "get" that make someone else act on goods: the one who "had the rifles
/// sent" (or "got them shipped") is their sender.
const CAUSATIVE_HAVE: &[&str] = &["had", "has", "have", "having", "got", "gets", "get"];
/// Verbs of a ship's call at a port, after which an infinitive of unloading is its purpose
/// ("docked at Baniyas to discharge crude", "called at Latakia to unload weapons").
const PORT_CALLS: &[&str] = &[
    "docked", "docking", "called", "calling", "berthed", "arrived", "anchored", "moored",
];
/// Verbs of a reporter's learning, which attribute a clause like verbs of saying when they
/// close it after a comma or open a "that" clause ("…, the newspaper learned").
const LEARNING: &[&str] = &["learned", "learnt", "learns", "understands", "understood"];
/// Participles that tie a described business to the one behind it ("a company controlled by X").
const OWNED_BY: &[&str] = &["owned", "controlled", "run", "operated"];
/// Participles that name, with "by", who leads a party ("the rebels led by X").
const LED_BY: &[&str] = &["headed", "led", "commanded", "run", "controlled", "backed"];
/// Number words that may open an item phrase before its adjectives ("two used cars").
/// Verbs of saying by which one owns to a deed: the gerund after them is the sayer's deed
/// ("Iran acknowledged sending drones", "Minsk confirmed supplying tanks").
const OWNING_UP: &[&str] = &[
    "acknowledged",
    "acknowledges",
    "acknowledge",
    "confirmed",
    "confirms",
    "confirm",
    "conceded",
    "concedes",
    "admitted",
    "admits",
];

/// Endings of English adjectives and adverbs ("direct", "annual", "covert", "previous",
/// "monthly"), which a name rarely has: a capitalised word with one of them opening a sentence
/// before a transfer noun describes that noun.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ive", "ous", "ly", "ent", "ic", "ary", "ful", "less", "ble", "ect", "ine", "ert", "ed",
    "ing", "ern",
];

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
    "close",
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
        // ("Russiaʼs": the modifier letter apostrophe is a letter to Unicode, an apostrophe to
        // the writer)
        if c.is_alphanumeric() && c != 'ʼ' {
            let mut j = i + 1;
            while j < n {
                let cj = cs[j].1;
                if cj.is_alphanumeric() && cj != 'ʼ' {
                    j += 1;
                    continue;
                }
                let next_alnum = j + 1 < n && cs[j + 1].1.is_alphanumeric();
                // "U.S.-made": an abbreviation's last period joined by a hyphen to a word
                if cj == '.'
                    && cs[j - 1].1.is_uppercase()
                    && j + 2 < n
                    && cs[j + 1].1 == '-'
                    && cs[j + 2].1.is_alphabetic()
                {
                    j += 2;
                    continue;
                }
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
                if matches!(cj, '\'' | '’' | 'ʼ') && next_alnum {
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
            // "iRay", "eBay": a brand written with a small first letter is still a name
            let camel = c.is_lowercase()
                && w.chars().nth(1).is_some_and(char::is_uppercase)
                && w.chars().skip(2).any(char::is_lowercase);
            // "O-rings", "T-shirts", "X-rays": a capital letter hyphened to a common noun is a
            // thing, not a name (a model such as "S-400" or "Su-30" keeps its capital)
            let letter_noun = w.split_once('-').is_some_and(|(h, t)| {
                h.chars().count() == 1 && t.chars().count() > 2 && t.chars().all(char::is_lowercase)
            });
            out.push(Tok {
                s: bi,
                e,
                lower: w.to_lowercase(),
                cap: (c.is_uppercase() || camel) && !letter_noun,
                word: true,
            });
            i = j;
            continue;
        }
        if matches!(c, '\'' | '’' | 'ʼ')
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
    // "the ship 'Flyfree,' which had set out": a comma the style puts inside the closing quote
    // belongs after it, where the clause structure has it (single quotes only: the goods
    // phrase reads double quotes as quotations)
    for k in 1..out.len().saturating_sub(1) {
        let closing = matches!(out[k + 1].lower.as_str(), "'" | "’")
            && out[k].lower == ","
            && out[k].e == out[k + 1].s
            && out[k - 1].word
            && out[k - 1].e == out[k].s
            && t[out[k + 1].e..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if closing {
            out.swap(k, k + 1);
        }
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

impl Pm {
    /// Whether the mention can be a giver or recipient: it names someone, and is not a place,
    /// a news outlet, a cited source or inside an attribution.
    fn actor(&self, in_attr: &[bool]) -> bool {
        !self.outlet
            && !self.place
            && !self.source
            && !in_attr[self.ts]
            && !self.canonical.is_empty()
    }

    /// Whether the mention is a state (or a port standing for one) outside an attribution.
    fn named_state(&self, in_attr: &[bool]) -> bool {
        self.kind == PartyKind::State
            && !self.outlet
            && !in_attr[self.ts]
            && !self.canonical.is_empty()
    }
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
    /// the same, with the groups named only by a description ("the rebels"), for "them"
    recent_groups: Vec<(usize, usize)>,
    /// ships named so far with the sentence they were named in, for "the vessel", "the first"
    recent_vessels: Vec<(usize, usize)>,
    /// the state or body a sentence opened with, and that sentence: "It" opening the next
    /// sentence continues its subject
    opening_org: Option<(usize, usize)>,
    /// the person a sentence opened with, and that sentence: "he" opening the next sentence
    /// most often continues its subject
    opening_person: Option<(usize, usize)>,
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
    /// who the text says received unspecified gifts ("Kim received many gifts"): the recipient
    /// of gifts listed later by giver only
    gift_recipient: Option<(PartyRef, Evidence)>,
    /// gifts the text names only as gifts ("Shoigu gave Kim gifts"): on the register unless a
    /// transfer between the same two parties says what they were
    vague_gifts: Vec<Transfer>,
    /// the state "we" speaks for, who speaks for it, and the sentence that says so: an official
    /// of one state quoted, or a state the text joins to "our" ("the UK and our allies")
    first_person: Option<(String, String, Evidence)>,
}

/// A party carried over from another sentence: marked inferred, with the reason and the
/// sentence that supports it, and no span of its own in this one.
fn inferred_party(p: &PartyRef, reason: String, evidence: Evidence) -> PartyRef {
    let mut p = p.clone();
    p.inferred = true;
    p.span = None;
    p.inference = Some(Inference { reason, evidence });
    p
}

/// The name of the one state a list of country codes holds; none for no state or several.
fn sole_state(res: &Res, countries: &[String]) -> Option<String> {
    match countries {
        [c] => res
            .data
            .states
            .iter()
            .find(|s| s.iso2 == *c)
            .map(|s| s.name.clone()),
        _ => None,
    }
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

/// Words after "there" that make it existential ("there were reports", "there is no sign"),
/// not a place.
const EXISTENTIAL_AFTER_THERE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might",
    "must", "should", "seems", "seem", "seemed", "appears", "appear", "appeared", "remains",
    "remain", "remained", "exists", "exist", "existed", "be", "being", "been", "'s", "’s",
];

/// Whether the bracket opening at `k` closes the sentence and holds a clause of its own, a
/// verb of transfer in the past after its subject ("Chad received 12 vehicles (records show
/// Chad received four helicopters from France in 2015)"): its parties are its own clause's, so
/// "from France" gives nothing to the goods before the bracket.
fn closing_clause_in_brackets(
    toks: &[Tok],
    k: usize,
    triggers: &HashMap<String, crate::data::Trigger>,
) -> bool {
    let Some(close) = (k + 1..toks.len()).find(|&c| toks[c].lower == ")") else {
        return false;
    };
    let at_end = toks[close + 1..].iter().all(|t| !t.word);
    let verb = (k + 2..close).any(|v| {
        toks[v].lower.ends_with("ed")
            && triggers
                .get(&toks[v].lower)
                .is_some_and(|t| t.dir != "noun")
            && toks[v - 1].word
    });
    // ("(Turkey supplied them in 2021)": a pronoun ties the bracket to the goods before it)
    let back = (k + 1..close).any(|w| matches!(toks[w].lower.as_str(), "them" | "it" | "they"));
    at_end && verb && !back
}

/// Present-tense verbs of owning up or telling with which a headline's official opens a story
/// ("Iranian MP confirms sending missiles", "Belarusian minister admits supplying tanks").
const HEADLINE_VERBS_OF_SAYING: &[&str] = &[
    "confirms",
    "admits",
    "acknowledges",
    "says",
    "claims",
    "reveals",
    "denies",
    "announces",
];

/// Runs extraction over a cleaned document: its body, then its headline on its own, whose
/// records are added only for goods the body does not tell of (a headline sums up the story;
/// read with the body it would lend its names to the body's sentences).
pub(crate) fn run(res: &Res, doc: &Document, published: Option<String>) -> Extraction {
    let mut out = run_sentences(res, doc, published.clone());
    if let Some(h) = &doc.headline {
        let alone = Document {
            id: doc.id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            // (what precedes the headline is all its evidence can show)
            original: doc
                .original
                .get(..h.span.end)
                .unwrap_or_default()
                .to_string(),
            sentences: vec![h.clone()],
            headline: None,
        };
        let head = run_sentences(res, &alone, published);
        headline_recipient(&mut out, &head);
        add_untold(&mut out, head);
    }
    out
}

/// Gives the state the headline says receives goods ("Ukraine receives 83% of promised
/// ammunition") as the inferred recipient of what a state gives in the body to no one named
/// ("the U.S. has delivered thousands of artillery shells"), unless the body has that giver send
/// to someone else.
fn headline_recipient(out: &mut Extraction, head: &Extraction) {
    let receipts: Vec<&Transfer> = head
        .transfers
        .iter()
        .chain(head.non_factual.iter().map(|n| &n.transfer))
        .collect();
    // (a receipt: the headline names who got the goods, not who gave them)
    let Some(first) = receipts.first() else {
        return;
    };
    let Some(r) = first.recipient.as_ref() else {
        return;
    };
    let one = receipts
        .iter()
        .all(|x| x.giver.is_none() && x.recipient.as_ref().is_some_and(|o| o.name == r.name));
    if !one || r.kind != PartyKind::State {
        return;
    }
    let Some(e) = first.evidence.first().cloned() else {
        return;
    };
    let elsewhere: Vec<String> = out
        .transfers
        .iter()
        .chain(out.non_factual.iter().map(|n| &n.transfer))
        .filter(|x| x.recipient.as_ref().is_some_and(|o| o.name != r.name))
        .filter_map(|x| x.giver.as_ref().map(|g| g.name.clone()))
        .collect();
    for t in out.transfers.iter_mut() {
        let fits = t.recipient.is_none()
            && t.giver.as_ref().is_some_and(|g| {
                g.kind == PartyKind::State && g.name != r.name && !elsewhere.contains(&g.name)
            });
        if fits {
            let why = format!(
                "the recipient is not named; the headline says {} receives these goods",
                r.name
            );
            t.recipient = Some(inferred_party(r, why, e.clone()));
        }
    }
}

/// Adds the headline's records the body does not tell, with the parties, mentions and links
/// they rest on; numbers every record again in text order. A headline record naming both
/// parties is told when the body has goods of its category between the same two; one that
/// misses a party, when the body has goods of its category at all.
fn add_untold(out: &mut Extraction, head: Extraction) {
    let name = |p: &Option<PartyRef>| p.as_ref().map(|r| r.name.clone());
    let told: Vec<(Category, Option<String>, Option<String>)> = out
        .transfers
        .iter()
        .chain(out.non_factual.iter().map(|n| &n.transfer))
        .flat_map(|t| {
            t.items
                .iter()
                .map(|i| (i.category, name(&t.giver), name(&t.recipient)))
        })
        .collect();
    let untold = |t: &Transfer| {
        let (g, r) = (name(&t.giver), name(&t.recipient));
        let both = g.is_some() && r.is_some();
        t.items.iter().all(|i| {
            !told
                .iter()
                .any(|(c, tg, tr)| *c == i.category && (!both || (*tg == g && *tr == r)))
        })
    };
    let transfers: Vec<Transfer> = head.transfers.into_iter().filter(|t| untold(t)).collect();
    let claims: Vec<NonFactualClaim> = head
        .non_factual
        .into_iter()
        .filter(|n| untold(&n.transfer))
        .collect();
    if transfers.is_empty() && claims.is_empty() {
        return;
    }
    for p in head.parties {
        if !out.parties.iter().any(|q| q.name == p.name) {
            out.parties.push(p);
        }
    }
    let mut mentions = head.mentions;
    mentions.append(&mut out.mentions);
    out.mentions = mentions;
    let mut links = head.coreference;
    links.append(&mut out.coreference);
    out.coreference = links;
    let body = std::mem::take(&mut out.transfers);
    out.transfers = transfers.into_iter().chain(body).collect();
    for (i, t) in out.transfers.iter_mut().enumerate() {
        t.id = format!("t{}", i + 1);
    }
    let body = std::mem::take(&mut out.non_factual);
    out.non_factual = claims.into_iter().chain(body).collect();
    for (i, n) in out.non_factual.iter_mut().enumerate() {
        n.transfer.id = format!("n{}", i + 1);
    }
}

/// Runs extraction over the sentences of a cleaned document.
fn run_sentences(res: &Res, doc: &Document, published: Option<String>) -> Extraction {
    let mut cx = Ctx {
        res,
        doc,
        entities: Vec::new(),
        by_name: HashMap::new(),
        recent: Vec::new(),
        recent_org: Vec::new(),
        recent_groups: Vec::new(),
        recent_vessels: Vec::new(),
        opening_org: None,
        opening_person: None,
        coref: Vec::new(),
        mentions: Vec::new(),
        transfers: Vec::new(),
        non_factual: Vec::new(),
        context_giver: None,
        first_person: None,
        published: published.as_deref().and_then(parse_iso),
        vague: Vec::new(),
        routes: Vec::new(),
        gift_recipient: None,
        vague_gifts: Vec::new(),
    };
    for si in 0..doc.sentences.len() {
        sentence(&mut cx, si);
    }
    for gift in std::mem::take(&mut cx.vague_gifts) {
        let name = |p: &Option<PartyRef>| p.as_ref().map(|r| r.name.clone());
        // ("All the items the Russians gave to Kim": gifts a state gave are told by the gifts its
        // officials gave, or that came from no one named, to the same recipient)
        let state_iso = gift
            .giver
            .as_ref()
            .filter(|g| g.kind == PartyKind::State)
            .and_then(|g| res.data.states.iter().find(|s| s.name == g.name))
            .map(|s| s.iso2.clone());
        let of_state = |x: &Transfer| {
            state_iso.as_ref().is_some_and(|iso| match &x.giver {
                None => true,
                Some(g) => cx
                    .by_name
                    .get(&g.name)
                    .is_some_and(|&e| cx.entities[e].countries.contains(iso)),
            })
        };
        let told = cx.transfers.iter().any(|x| {
            name(&x.recipient) == name(&gift.recipient)
                && (name(&x.giver) == name(&gift.giver) || of_state(x))
        });
        if !told {
            let at = gift.evidence.first().map(|e| e.start).unwrap_or(0);
            let pos = cx
                .transfers
                .iter()
                .position(|x| x.evidence.first().is_some_and(|e| e.start > at))
                .unwrap_or(cx.transfers.len());
            cx.transfers.insert(pos, gift);
        }
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
    drop_summaries(&mut cx.transfers);
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
        set_aside: Vec::new(),
        coreference: cx.coref,
        mentions: cx.mentions,
    }
}

/// Whether a written surname is the last part of a name, with or without its Arabic article
/// ("Assad" for "Bashar al-Assad", "Sisi" for "Abdel Fattah el-Sisi").
fn surname_is(last: &str, written: &str) -> bool {
    last == written
        || ["al-", "el-"]
            .iter()
            .any(|a| last.strip_prefix(a) == Some(written))
}

/// The subject of a verb coordinated with an earlier one, for an object pronoun right after
/// it: in "Xi met Kim on Friday and gave him a watch" and "Maduro greeted Lukashenko, then
/// presented him with …" the giver is the sentence's first party, so "him" is someone else.
fn coordinated_subject(toks: &[Tok], prior_names: &[(usize, String)], at: usize) -> Option<String> {
    let verb = at.checked_sub(1)?;
    let joined = verb >= 2 && matches!(toks[verb - 1].lower.as_str(), "and" | "then");
    if !joined {
        return None;
    }
    prior_names
        .first()
        .filter(|(te, _)| *te < verb - 1)
        .map(|(_, nm)| nm.clone())
}

/// The person a relative "who" right before `at` stands for, past an apposition: "Kim met Oleg
/// Kozhemyako, who presented him" and "Oleg Kozhemyako, the governor of the Primorsky region, who
/// presented him" both have Kozhemyako as the subject of the clause "him" is in.
fn relative_antecedent(
    toks: &[Tok],
    prior_names: &[(usize, String)],
    cx: &Ctx,
    at: usize,
) -> Option<String> {
    let who = (at.saturating_sub(5)..at).rfind(|&k| toks[k].lower == "who")?;
    if !toks[who + 1..at].iter().all(|x| x.word && x.lower != "and") {
        return None;
    }
    let person = |nm: &String| {
        cx.by_name
            .get(nm)
            .is_some_and(|&e| cx.entities[e].kind == PartyKind::Person)
    };
    let ending_at = |e: usize| {
        prior_names
            .iter()
            .rev()
            .find(|(te, nm)| *te == e && person(nm))
            .map(|(_, nm)| nm.clone())
    };
    let comma = who > 0 && toks[who - 1].lower == ",";
    let end = if comma { who - 1 } else { who };
    ending_at(end).or_else(|| {
        // "X, the governor of Y, who": the head before the apposition's opening comma
        let open = (end.saturating_sub(12)..end).rfind(|&c| {
            toks[c].lower == ","
                && toks
                    .get(c + 1)
                    .is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an") || !x.cap)
        })?;
        comma.then(|| ending_at(open)).flatten()
    })
}

/// Drops transfers of goods named only as a class ("purchases of luxury goods by North Korea")
/// when the document names what that recipient got ("yachts", "pianos"): the class sums up
/// transfers already on the register.
fn drop_summaries(transfers: &mut Vec<Transfer>) {
    let name = |p: &Option<PartyRef>| p.as_ref().map(|r| r.name.clone());
    let specific: Vec<(Option<String>, Option<String>)> = transfers
        .iter()
        .filter(|t| t.items.iter().any(|i| !is_unspecified(i)))
        .map(|t| (name(&t.giver), name(&t.recipient)))
        .collect();
    // (a named giver's class of goods is its own claim unless the same giver is on record)
    transfers.retain(|t| {
        t.items.is_empty()
            || t.items.iter().any(|i| !is_unspecified(i))
            || !specific.iter().any(|(g, r)| {
                *r == name(&t.recipient) && (t.giver.is_none() || *g == name(&t.giver))
            })
    });
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
        // names must be capitalised in the text (a title need not be) — except a state's full
        // name that is no common word ("to russia" in careless text, never "fine china")
        let lowercase_state = matches!(ent, Ent::State(_))
            && b == a + 1
            && toks[a].lower.len() >= 4
            && res
                .data
                .states
                .iter()
                .any(|s| s.name.eq_ignore_ascii_case(&toks[a].lower))
            && !res.data.lexicon.common_word_names.contains(&toks[a].lower);
        if !matches!(ent, Ent::Title | Ent::Epithet(_))
            && !lowercase_state
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
        // "the East China Sea", "the Gulf of Oman": a state's name inside a place name
        if matches!(ent, Ent::State(_))
            && b < toks.len()
            && toks[b].cap
            && PLACE_NEXT.contains(&toks[b].lower.as_str())
        {
            continue;
        }
        // "the North African country": "the North" followed by a capitalised word is not the
        // alias but the start of another name
        if matches!(ent, Ent::State(_))
            && toks[a].lower == "the"
            && b < toks.len()
            && toks[b].cap
            && toks[b].word
        {
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
        Ent::Outlet(_) | Ent::Body(_) => 3,
        Ent::State(_) => 4,
        Ent::Capital(_) | Ent::Port(_) => 5,
        Ent::City(_) => 6,
        Ent::Demonym(_) => 7,
        Ent::Title => 8,
    }
}

/// Heads that make a state's name before them a trade of that state ("U.S. exporters", "from a
/// US company", "a Hong Kong shell company"), like its demonym.
const TRADE_HEADS: &[&str] = &[
    "exporters",
    "importers",
    "manufacturers",
    "producers",
    "vendors",
    "distributors",
    "suppliers",
    "companies",
    "firms",
    "traders",
    "smugglers",
    "brokers",
    "dealers",
    "company",
    "firm",
    "supplier",
    "manufacturer",
    "exporter",
    "importer",
    "trader",
    "dealer",
    "broker",
    "distributor",
    "producer",
    "developer",
    "developers",
    "maker",
    "makers",
];

/// The state a single word names (its name, an alias or a demonym, any case): "dprk", "panama".
fn state_by_word(res: &Res, w: &str) -> Option<usize> {
    res.data.states.iter().position(|st| {
        st.name.eq_ignore_ascii_case(w)
            || st.aliases.iter().any(|a| a.eq_ignore_ascii_case(w))
            || st.demonyms.iter().any(|a| a.eq_ignore_ascii_case(w))
    })
}

/// Businesses in the plural described by where they work, from `i`: "firms in Turkey",
/// "companies based in the UAE", "traders from Dubai" — the end of the phrase and the state
/// of the place; none when the word is no plural business noun or no state's place follows.
fn placed_businesses(
    res: &Res,
    toks: &[Tok],
    hit_at: &HashMap<usize, (usize, Ent)>,
    i: usize,
) -> Option<(usize, usize)> {
    let w = toks.get(i)?;
    if !w.word {
        return None;
    }
    // (the plural of a business noun: "companies" → "company", "firms" → "firm")
    let one = w
        .lower
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| w.lower.strip_suffix('s').map(String::from))?;
    if !res.sets.company.contains(&one) {
        return None;
    }
    let mut k = i + 1;
    if toks
        .get(k)
        .is_some_and(|x| PLACED.contains(&x.lower.as_str()))
    {
        k += 1;
    }
    if !toks
        .get(k)
        .is_some_and(|x| matches!(x.lower.as_str(), "in" | "from"))
    {
        return None;
    }
    k += 1;
    if toks.get(k).is_some_and(|x| x.lower == "the") {
        k += 1;
    }
    match hit_at.get(&k) {
        Some(&(pe, Ent::State(st) | Ent::Capital(st) | Ent::City(st) | Ent::Port(st))) => {
            Some((pe, st))
        }
        _ => None,
    }
}

/// Participles that tie businesses to a place ("companies based in Singapore").
const PLACED: &[&str] = &[
    "based",
    "registered",
    "located",
    "operating",
    "incorporated",
];

fn is_name_tok(t: &Tok, sets: &Sets) -> bool {
    t.word && t.cap && !sets.cap_stop.contains(&t.lower)
}

/// Extent of a generic capitalised name starting at `i` (particles allowed inside).
/// A lowercase "-ly" word of some length ("formally", "illegally"): an adverb, not a name
/// ("Italy") or a short word ("only" passes, "fly" does not).
fn is_ly_adverb(t: &Tok) -> bool {
    t.word && !t.cap && t.lower.len() > 4 && t.lower.ends_with("ly")
}

/// Whether "them" at `i` is the party a giving verb gives to: right after the verb and
/// followed by "with" ("supplied them with rockets") or by goods before any preposition
/// ("gave them tanks"); not "shipped them to Russia" nor "shipped them last week".
fn object_them(res: &Res, toks: &[Tok], i: usize) -> bool {
    let giving = res
        .data
        .lexicon
        .triggers
        .get(&toks[i - 1].lower)
        .is_some_and(|x| x.dir == "give");
    if !giving || i + 1 >= toks.len() {
        return false;
    }
    if toks[i + 1].lower == "with" {
        return true;
    }
    // the object's words up to a preposition or a mark ("them | 500 drones | in May")
    let words: Vec<&str> = toks[i + 1..]
        .iter()
        .take(6)
        .take_while(|x| x.word && !THEM_OBJECT_ENDS.contains(&x.lower.as_str()))
        .map(|x| x.lower.as_str())
        .collect();
    !words.is_empty() && !res.tax.hits(&words.join(" ")).is_empty()
}

/// Nouns for the partners of a state that a demonym before them names ("our Danish partners").
const STATE_PARTNER_NOUNS: &[&str] = &["partners", "partner", "allies", "ally", "friends"];

/// Possessive determiners ("our", "its").
const POSSESSIVES: &[&str] = &["our", "its", "their", "his", "her", "your", "my"];

/// Prepositions of a phrase that names a state in passing ("a shortage in North Korea, …").
const FRONTED_PP_PREPOSITIONS: &[&str] = &["in", "on", "at", "for", "of", "over", "about", "into"];

/// Words that end the goods of "gave them …" ("gave them to", "sent them in May").
const THEM_OBJECT_ENDS: &[&str] = &[
    "to", "from", "in", "on", "at", "into", "via", "through", "by", "for", "after", "before",
    "and", "or", "as", "while", "since", "back", "off", "out", "over", "away", "last", "next",
    "this", "that", "which",
];

/// Words of a state's formal style before "of" and its name ("the Republic of", "the
/// Government of", "the Federal Democratic Republic of"): with the name, they name the state.
const STATE_STYLE_WORDS: &[&str] = &[
    "republic",
    "kingdom",
    "government",
    "state",
    "states",
    "federation",
    "emirate",
    "sultanate",
    "commonwealth",
    "principality",
    "islamic",
    "democratic",
    "federal",
    "people's",
    "socialist",
    "arab",
    "united",
    "plurinational",
    "bolivarian",
    "grand",
    "duchy",
];

fn cap_run(toks: &[Tok], i: usize, sets: &Sets, blocked: &[bool]) -> usize {
    let mut j = i;
    while j < toks.len() && !blocked[j] {
        let particle = NAME_PARTICLES.contains(&toks[j].lower.as_str())
            && j + 1 < toks.len()
            && is_name_tok(&toks[j + 1], sets)
            && j > i;
        // "S 7 Engineering LLC": a short number between capitalised words of a name
        let numeral = j > i
            && toks[j].lower.len() <= 2
            && toks[j].lower.chars().all(|c| c.is_ascii_digit())
            && j + 1 < toks.len()
            && is_name_tok(&toks[j + 1], sets);
        let particle = particle || numeral;
        if is_name_tok(&toks[j], sets) || particle {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Reads a headline in title case ("Iran Sends Drones To Russia") as a sentence: there a
/// capital tells nothing, so only a name the gazetteer or the lists know stays a name, and the
/// verb, the goods and any other word are read as words ("Plantation Man Pleads Guilty To
/// Shipping Parts To Iran" names Iran alone).
fn lower_title_case(res: &Res, text: &str, toks: &mut [Tok], hits: &[(usize, usize, Ent)]) {
    let long: Vec<&Tok> = toks
        .iter()
        .skip(1)
        .filter(|t| {
            t.word && t.lower.chars().count() >= 3 && t.lower.chars().all(char::is_alphabetic)
        })
        .collect();
    // (most longer words capitalised after the first: a headline, not a run of names in prose)
    if long.len() < 3 || long.iter().filter(|t| t.cap).count() * 4 < long.len() * 3 {
        return;
    }
    // (and at least one of them a word of transfer or a cue: not a list of names)
    let lexicon = &res.data.lexicon;
    if !long.iter().any(|t| {
        t.cap && (lexicon.triggers.contains_key(&t.lower) || lexicon.cues.contains_key(&t.lower))
    }) {
        return;
    }
    for (k, t) in toks.iter_mut().enumerate() {
        if !t.cap || !t.word || hits.iter().any(|&(a, b, _)| a <= k && k < b) {
            continue;
        }
        // ("S-400", "TB2": a code; "RSF", "UAE": an abbreviation in capitals is a name in any
        // headline)
        let written = text.get(t.s..t.e).unwrap_or("");
        let code_or_caps = written.chars().any(|c| c.is_ascii_digit())
            || written.chars().count() >= 2 && !written.chars().any(char::is_lowercase);
        // (a word of a known leader's name alone is a name too: "Rifle From Shoigu", "Gives Kim")
        let leader_word = || {
            res.data.leaders.iter().any(|l| {
                std::iter::once(&l.name).chain(l.aliases.iter()).any(|n| {
                    n.split(' ')
                        .any(|w| w.len() >= 2 && w.eq_ignore_ascii_case(&t.lower))
                })
            })
        };
        if !code_or_caps && !leader_word() {
            t.cap = false;
        }
    }
}

fn sentence(cx: &mut Ctx, si: usize) {
    let doc = cx.doc;
    let res = cx.res;
    let sets = res.sets;
    let sent = &doc.sentences[si];
    let mut toks = tokenize(&sent.text);
    let n = toks.len();
    if n == 0 {
        return;
    }
    let hits = gaz_hits(res, sent, &toks);
    lower_title_case(res, &sent.text, &mut toks, &hits);
    let toks = toks;
    let mut hit_at: HashMap<usize, (usize, Ent)> = HashMap::new();
    let mut blocked = vec![false; n];
    for &(a, b, e) in &hits {
        hit_at.insert(a, (b, e));
        for x in blocked.iter_mut().take(b).skip(a) {
            *x = true;
        }
    }
    // "a ship-to-ship (STS) transfer", "unmanned aerial vehicles (UAVs)": an abbreviation of
    // the common words before it names no one
    for k in 1..n.saturating_sub(1) {
        if toks[k - 1].lower != "(" || toks[k + 1].lower != ")" || !toks[k].cap {
            continue;
        }
        let written = &sent.text[toks[k].s..toks[k].e];
        let letters: String = written.strip_suffix('s').unwrap_or(written).to_lowercase();
        if !(2..=6).contains(&letters.len())
            || !written
                .trim_end_matches('s')
                .chars()
                .all(|c| c.is_ascii_uppercase())
        {
            continue;
        }
        let mut initials: Vec<char> = Vec::new();
        let mut w = k - 1;
        while w > 0 && initials.len() < letters.len() && toks[w - 1].word && !toks[w - 1].cap {
            w -= 1;
            for part in toks[w].lower.rsplit('-') {
                if let Some(c) = part.chars().next() {
                    initials.insert(0, c);
                }
            }
        }
        let initials: String = initials.into_iter().collect();
        if initials.ends_with(&letters) {
            blocked[k] = true;
        }
    }
    let mut pms: Vec<Pm> = Vec::new();
    let mut i = 0;
    let text = |a: usize, b: usize| tok_text(sent, &toks, a, b).to_string();
    // a vessel's own name after its description: "the DPRK-flagged tanker Yu Jong 2"
    // ("the Sierra Leone-flagged ship 'Flyfree'": a name in quotes, closing quote included)
    let is_quote =
        |k: usize| k < n && matches!(toks[k].lower.as_str(), "'" | "‘" | "’" | "\"" | "“" | "”");
    let vessel_name = |k: usize| -> usize {
        let quoted = is_quote(k) && k + 1 < n && toks[k + 1].cap;
        let k0 = if quoted { k + 1 } else { k };
        if k0 < n && is_name_tok(&toks[k0], sets) && !hit_at.contains_key(&k0) {
            let mut e = cap_run(&toks, k0, sets, &blocked);
            if e > k0 && e < n && toks[e].lower.chars().all(|c| c.is_ascii_digit()) {
                e += 1;
            }
            if quoted && e > k0 {
                // the closing quote, perhaps after a comma ("'Flyfree,'")
                if is_quote(e) {
                    e += 1;
                } else if e + 1 < n && toks[e].lower == "," && is_quote(e + 1) {
                    e += 2;
                }
            }
            if quoted && e == k0 {
                k
            } else {
                e
            }
        } else {
            k
        }
    };
    // a group noun of two words ("coast guard", "air force") starting at `k`
    let two_word_group = |k: usize| {
        k + 1 < n
            && sets
                .group
                .contains(&format!("{} {}", toks[k].lower, toks[k + 1].lower))
    };
    // "Ansar Dine fighters in Mali", "al-Shabaab cells in Somalia": the name at i..j before the
    // members of a group in a place is the group, not the make of goods ("Rafale fighters" are
    // goods: no place follows); the end of the place and its state
    let member_place = |i: usize, j: usize| -> Option<(usize, Option<usize>)> {
        if j + 2 >= n
            || !sets.member.contains(&toks[j].lower)
            || toks[j + 1].lower != "in"
            || toks[i..j]
                .iter()
                .any(|x| x.lower.chars().any(|c| c.is_ascii_digit()))
        {
            return None;
        }
        let at = if toks[j + 2].lower == "the" {
            j + 3
        } else {
            j + 2
        };
        match hit_at.get(&at) {
            Some(&(pe, Ent::State(st) | Ent::Capital(st) | Ent::City(st))) => Some((pe, Some(st))),
            Some(_) => None,
            None if at < n && is_name_tok(&toks[at], sets) => {
                Some((cap_run(&toks, at, sets, &blocked), None))
            }
            None => None,
        }
    };
    // the name a vessel mention spells, without its quotes and a comma inside them
    let vessel_text = |a: usize, b: usize| -> String {
        tok_text(sent, &toks, a, b)
            .trim_matches(|c: char| matches!(c, '\'' | '‘' | '’' | '"' | '“' | '”' | ',' | ' '))
            .to_string()
    };
    // where the sentence's own words start: 0, or past a dateline ("SEOUL — Rifles were …")
    let mut story_start = 0usize;
    while i < n {
        // a flag state before a vessel or company noun: "a DPRK-flagged tanker",
        // "the Panama-flagged vessel X": the party is linked to that state
        // ("North Korean-flagged ships": the flag state may take two tokens)
        let two_word_flag = i + 1 < n
            && toks[i].word
            && toks[i + 1]
                .lower
                .strip_suffix("-flagged")
                .and_then(|pre| state_by_word(res, &format!("{} {pre}", toks[i].lower)))
                .is_some();
        let flag_tok = if two_word_flag { i + 1 } else { i };
        let flag_state = toks[flag_tok]
            .lower
            .strip_suffix("-flagged")
            .and_then(|pre| {
                if two_word_flag {
                    state_by_word(res, &format!("{} {pre}", toks[i].lower))
                } else {
                    state_by_word(res, pre)
                }
            });
        if let Some(st) = flag_state {
            // sizes and build figures may sit between: "the Russia-flagged 7,758-dwt Patriot"
            let mut g = flag_tok + 1;
            while g < n
                && toks[g].word
                && !toks[g].cap
                && toks[g].lower.chars().any(|c| c.is_ascii_digit())
            {
                g += 1;
            }
            // and a noun or two of its trade: "a Hong Kong-flagged oil tanker"
            let mut h = g;
            while h < n
                && h < g + 2
                && toks[h].word
                && !toks[h].cap
                && !sets.stops.contains(&toks[h].lower)
                && !sets.group.contains(&toks[h].lower)
            {
                h += 1;
            }
            if h > g && h < n && sets.group.contains(&toks[h].lower) {
                g = h;
            }
            let group = g < n && sets.group.contains(&toks[g].lower);
            let named = !group && g < n && is_name_tok(&toks[g], sets) && !hit_at.contains_key(&g);
            if group || named {
                let name_from = if group { g + 1 } else { g };
                let ne = vessel_name(name_from);
                let canonical = if ne > name_from {
                    vessel_text(name_from, ne)
                } else {
                    format!("{} {}", text(i, flag_tok + 1), toks[g].lower)
                };
                pms.push(Pm {
                    ts: i,
                    te: ne.max(g + 1),
                    kind: PartyKind::Organisation,
                    canonical,
                    countries: vec![res.data.states[st].iso2.clone()],
                    vessel: ne > name_from,
                    ..Pm::default()
                });
                i = ne.max(g + 1);
                continue;
            }
        }
        // "firms in Turkey", "companies based in Singapore", "traders in Dubai": businesses
        // described by the place they work in, a party like "Turkish firms" (the place alone is
        // no subject: it sits in a prepositional phrase)
        if let Some((pe, st)) = placed_businesses(res, &toks, &hit_at, i) {
            pms.push(Pm {
                ts: i,
                te: pe,
                kind: PartyKind::Organisation,
                canonical: text(i, pe),
                countries: vec![res.data.states[st].iso2.clone()],
                rule: Some("described party"),
                ..Pm::default()
            });
            i = pe;
            continue;
        }
        // "to Russia-based companies", "by Chinese-owned vessels", "Iran-linked freighters":
        // firms or ships described by the state they are based in, owned by or tied to
        // (one ship so described stays a vessel description: "the Panama-flagged tanker"; but
        // "a Chinese-owned tanker" is a ship not named before, the party itself)
        let tied = [
            "-based",
            "-owned",
            "-registered",
            "-linked",
            "-backed",
            "-controlled",
        ]
        .iter()
        .find_map(|suffix| toks[i].lower.strip_suffix(suffix))
        .and_then(|base| state_by_word(res, base));
        if let Some(st) = tied {
            if i + 1 < n
                && (sets.group.contains(&toks[i + 1].lower)
                    || sets.described.contains(&toks[i + 1].lower))
                && (!sets.vessel.contains(&toks[i + 1].lower)
                    || toks[i + 1].lower.ends_with('s')
                    || i > 0 && matches!(toks[i - 1].lower.as_str(), "a" | "an"))
            {
                pms.push(Pm {
                    ts: i,
                    te: i + 2,
                    kind: PartyKind::Organisation,
                    canonical: text(i, i + 2),
                    countries: vec![res.data.states[st].iso2.clone()],
                    rule: Some("described party"),
                    ..Pm::default()
                });
                i += 2;
                continue;
            }
        }
        // "Myanmar's junta", "the Myanmar junta", "Sudan's armed forces": an organ of a state
        // that the state owns by name is the state
        if let Some(&(b, Ent::State(st))) = hit_at.get(&i) {
            let owned = b < n && toks[b].lower == "'s";
            let h = if owned { b + 1 } else { b };
            let organ = [2, 1].into_iter().find(|&w| {
                h + w <= n
                    && toks[h..h + w].iter().all(|x| x.word && !x.cap)
                    && sets.state_organs.contains(
                        &toks[h..h + w]
                            .iter()
                            .map(|x| x.lower.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
            });
            let the_before = i > 0 && toks[i - 1].lower == "the";
            if let Some(w) = organ.filter(|_| owned || the_before) {
                // (not "Russia's army chief": the organ heads no noun of its own)
                let te = h + w;
                let heads = te < n && toks[te].word && !toks[te].cap && {
                    let l = toks[te].lower.as_str();
                    !sets.stops.contains(l)
                        && !res.data.lexicon.triggers.contains_key(l)
                        && !sets.speech.contains(l)
                        && !is_aux(l)
                        && !matches!(l, "has" | "have" | "had" | "and" | "or" | "is" | "was")
                };
                if !heads {
                    pms.push(Pm {
                        ts: if the_before { i - 1 } else { i },
                        te,
                        kind: PartyKind::State,
                        canonical: res.data.states[st].name.clone(),
                        countries: vec![res.data.states[st].iso2.clone()],
                        rule: Some("state organ"),
                        ..Pm::default()
                    });
                    i = te;
                    continue;
                }
            }
        }
        if let Some(&(b, e)) = hit_at.get(&i) {
            // "Belarus President Alexander Lukashenko": a state's name before a title is its
            // demonym
            // ("U.S. exporters", "Russia firms": a trade described by its state, like "U.S."
            // as a demonym; "U.S. officials" stay the state's voice)
            // ("a Hong Kong shell company": a few describing words may come between)
            let trade = (b..(b + 3).min(n))
                .find(|&k| TRADE_HEADS.contains(&toks[k].lower.as_str()))
                .is_some_and(|k| {
                    toks[b..k].iter().all(|x| {
                        x.word
                            && !x.cap
                            && !sets.stops.contains(&x.lower)
                            && !res.data.lexicon.triggers.contains_key(&x.lower)
                    })
                });
            let e = match e {
                Ent::State(st) if matches!(hit_at.get(&b), Some((_, Ent::Title))) || trade => {
                    Ent::Demonym(st)
                }
                other => other,
            };
            match e {
                Ent::Title | Ent::Demonym(_) => {
                    // [demonym] title [Name] | [the] title of ..., Name,
                    let mut countries = Vec::new();
                    let mut j = b;
                    let mut role_end = b;
                    if let Ent::Demonym(di) = e {
                        countries.push(res.data.states[di].iso2.clone());
                        // "from our Danish partners", "our British friends": the partners a
                        // demonym describes are that state (after a possessive: "Russian allies"
                        // may be Russia's)
                        if b < n
                            && STATE_PARTNER_NOUNS.contains(&toks[b].lower.as_str())
                            && i > 0
                            && POSSESSIVES.contains(&toks[i - 1].lower.as_str())
                        {
                            pms.push(Pm {
                                ts: i,
                                te: b + 1,
                                kind: PartyKind::State,
                                canonical: res.data.states[di].name.clone(),
                                countries,
                                rule: Some("described state"),
                                ..Pm::default()
                            });
                            i = b + 1;
                            continue;
                        }
                        // demonym + title
                        if let Some(&(b2, Ent::Title)) = hit_at.get(&b) {
                            j = b2;
                            role_end = b2;
                        } else if let Some(gh) = (b..(b + 5).min(n))
                            .take_while(|&k| {
                                k == b
                                    || toks[k - 1].word
                                        // ("Russian Baltic ports", "Russian Black Sea ports": a
                                        // capitalised place between the demonym and the head)
                                        && (!toks[k - 1].cap
                                            || is_name_tok(&toks[k - 1], sets)
                                                && !blocked[k - 1])
                                        && (k - 1 == b || !sets.group.contains(&toks[k - 1].lower))
                                        // ("Russian deliveries of military equipment": a
                                        // head past "of" is in the phrase of goods)
                                        && toks[k - 1].lower != "of"
                                        && (!sets.stops.contains(&toks[k - 1].lower)
                                            || matches!(toks[k - 1].lower.as_str(), "and" | "or"))
                                        && (k - 1 == b
                                            || !res
                                                .data
                                                .lexicon
                                                .triggers
                                                .contains_key(&toks[k - 1].lower))
                            })
                            .find(|&k| {
                                (sets.group.contains(&toks[k].lower) || two_word_group(k))
                                    && (k == b || !toks[k].cap && toks[b].word)
                            })
                        {
                            // "Russian companies", "Russian state-owned companies", "28 Russian
                            // private and state-owned companies": the head names the group
                            // ("the Philippine Coast Guard": a head of two words)
                            let ge = if two_word_group(gh) { gh + 2 } else { gh + 1 };
                            let st = &res.data.states[di];
                            // ("Russian Baltic ports": a place's name before the head keeps
                            // its capitals)
                            let from = if gh - b <= 1 { b } else { gh };
                            let words = (from..ge)
                                .map(|k| {
                                    let w = &sent.text[toks[k].s..toks[k].e];
                                    if toks[k].cap && k < gh {
                                        w.to_string()
                                    } else {
                                        w.to_lowercase()
                                    }
                                })
                                .collect::<Vec<_>>()
                                .join(" ");
                            let mut canon =
                                format!("{} {words}", demonym_adj(st, &toks[i].lower, &text(i, b)));
                            // "the North Korean vessel Sam Jong 2": the vessel by its name
                            let ne = vessel_name(ge);
                            if ne > ge {
                                canon = vessel_text(ge, ne);
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
                            // ("the Russians delivered tanks": a verb after it is no noun
                            // the demonym describes, as "company" is in "the Swiss company")
                            let verb_next = b < n && {
                                let l = toks[b].lower.as_str();
                                res.data.lexicon.triggers.contains_key(l)
                                    || sets.speech.contains(l)
                                    || is_aux(l)
                                    || is_ly_adverb(&toks[b])
                                    || matches!(
                                        l,
                                        "have" | "has" | "had" | "also" | "were" | "are" | "did"
                                    )
                            };
                            let next_is_word = b < n && toks[b].word && !toks[b].cap && !verb_next;
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
                    // ("the visiting Pakistani prime minister": an adjective or two may stand
                    // between the article and a title its demonym opens)
                    let mut adj = rs;
                    while !countries.is_empty()
                        && adj > 0
                        && adj + 2 > rs
                        && toks[adj - 1].word
                        && !toks[adj - 1].cap
                        && !sets.stops.contains(&toks[adj - 1].lower)
                        && !DETERMINERS.contains(&toks[adj - 1].lower.as_str())
                        && !res.data.lexicon.triggers.contains_key(&toks[adj - 1].lower)
                        && !sets.speech.contains(&toks[adj - 1].lower)
                        && !is_aux(&toks[adj - 1].lower)
                    {
                        adj -= 1;
                    }
                    let ts = if rs > 0 && toks[rs - 1].lower == "the" {
                        rs - 1
                    } else if adj < rs && adj > 0 && toks[adj - 1].lower == "the" {
                        adj - 1
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
                        } else if !countries.is_empty() && role_end > i + 1 {
                            // "by the Russian defence minister", no name anywhere: the office
                            // itself is the party (a description, so it is never screened)
                            pms.push(Pm {
                                ts,
                                te: role_end,
                                kind: PartyKind::Person,
                                canonical: text(i, role_end),
                                role: Some(text(rs, role_end)),
                                countries: countries.clone(),
                                weak: true,
                                ..Pm::default()
                            });
                        }
                    } else if let Ent::Demonym(di) = e {
                        // "Iranian MP confirms sending missiles to Russia": a headline's subject,
                        // a demonym and a bare title with no article and no name, is an office
                        // that speaks and acts for its state (in prose the title takes "the")
                        let opens = rs == i
                            && (i == 0
                                || !toks[i - 1].word
                                || toks[i - 1].cap
                                    && !sets.stops.contains(&toks[i - 1].lower)
                                    && !DETERMINERS.contains(&toks[i - 1].lower.as_str()));
                        let verb_next = toks.get(role_end).is_some_and(|x| {
                            let l = x.lower.as_str();
                            x.word
                                && !x.cap
                                && !sets.stops.contains(l)
                                && (res.data.lexicon.triggers.contains_key(l)
                                    || sets.speech.contains(l)
                                    || HEADLINE_VERBS_OF_SAYING.contains(&l))
                        });
                        if opens && verb_next {
                            pms.push(Pm {
                                ts: i,
                                te: role_end,
                                kind: PartyKind::State,
                                canonical: res.data.states[di].name.clone(),
                                role: Some(text(rs, role_end)),
                                countries: countries.clone(),
                                rule: Some("headline office"),
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
                    // "Iranian President Ebrahim Raisi", "Iranian President Hassan Rouhani":
                    // followed by another person's name, the epithet is that person's title, not
                    // today's holder of the office
                    let other_person = te == b
                        && match hit_at.get(&b) {
                            Some(&(_, Ent::Person(l2))) => l2 != li,
                            _ => {
                                b + 1 < n
                                    && is_name_tok(&toks[b], sets)
                                    && is_name_tok(&toks[b + 1], sets)
                                    && !l.name.split_whitespace().any(|w| {
                                        w.eq_ignore_ascii_case(&toks[b].lower)
                                            || w.eq_ignore_ascii_case(&toks[b + 1].lower)
                                    })
                            }
                        };
                    if other_person {
                        let (end, name, country) = match hit_at.get(&b) {
                            Some(&(b2, Ent::Person(l2))) => (
                                b2,
                                res.data.leaders[l2].name.clone(),
                                res.data.leaders[l2].country.clone(),
                            ),
                            _ => {
                                let mut e = b;
                                while e < n && e < b + 4 && is_name_tok(&toks[e], sets) {
                                    e += 1;
                                }
                                (e, text(b, e), l.country.clone())
                            }
                        };
                        pms.push(Pm {
                            ts: i,
                            te: end,
                            kind: PartyKind::Person,
                            canonical: name,
                            role: Some(text(i, b)),
                            countries: vec![country],
                            rule: Some("title"),
                            ..Pm::default()
                        });
                        i = end;
                        continue;
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
                Ent::State(st) | Ent::Capital(st) | Ent::Port(st) | Ent::City(st) => {
                    if b < n && toks[b].lower == "$" && toks[b].s == toks[b - 1].e {
                        // "US$247 million": a currency, not a party
                        i = b;
                        continue;
                    }
                    // "Eliande Tunis": a capital's name right after an unknown first name is a
                    // surname
                    if matches!(e, Ent::Capital(_) | Ent::City(_)) {
                        if let Some(last) = pms.last_mut().filter(|p| {
                            p.te == i
                                && p.te == p.ts + 1
                                && p.weak
                                && p.kind == PartyKind::Unknown
                                && !p.place
                                && toks[p.ts].cap
                        }) {
                            last.te = b;
                            last.canonical = text(last.ts, b);
                            last.kind = PartyKind::Person;
                            i = b;
                            continue;
                        }
                    }
                    // "SEOUL — A tanker …", "DOHA, Sept 18 (AFP) -": a dateline in capitals
                    // opening the story says where it was filed, not who acted
                    let dateline = i == 0
                        && b < n
                        && matches!(toks[b].lower.as_str(), "—" | "–" | "-" | "," | "(")
                        && toks[i..b].iter().all(|t| {
                            let w = &sent.text[t.s..t.e];
                            !t.word
                                || w.chars().count() >= 2
                                    && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
                        });
                    if dateline {
                        // the story starts after the dash: "SEOUL — Sales of …", "DOHA, Sept 18
                        // (AFP) - Frozen funds …"
                        story_start = (b..(b + 10).min(n))
                            .find(|&k| matches!(toks[k].lower.as_str(), "—" | "–" | "-"))
                            .map_or(0, |k| k + 1);
                        cx.mentions.push(Mention {
                            text: text(i, b),
                            span: sent.original_span(toks[i].s, toks[b - 1].e),
                            kind: "place".into(),
                            canonical: Some(res.data.states[st].name.clone()),
                            role: Some("dateline".into()),
                        });
                        i = b;
                        continue;
                    }
                    let s = &res.data.states[st];
                    // "the Pyongyang Central Zoo", "Tehran University": an institution named
                    // after its city or country
                    let j = if b < n && !blocked[b] {
                        cap_run(&toks, b, sets, &blocked)
                    } else {
                        b
                    };
                    if j > b && ORG_SUFFIX.contains(&toks[j - 1].lower.as_str()) {
                        pms.push(Pm {
                            ts: i,
                            te: j,
                            kind: PartyKind::Organisation,
                            canonical: text(i, j),
                            countries: vec![s.iso2.clone()],
                            ..Pm::default()
                        });
                        i = j;
                        continue;
                    }
                    // "a Dubai holding company", "a Shenzhen trading firm": a business described
                    // by its city, as "a Hong Kong shell company" is by its territory
                    if matches!(e, Ent::Capital(_) | Ent::City(_) | Ent::Port(_)) {
                        let head = (b..(b + 3).min(n))
                            .find(|&k| TRADE_HEADS.contains(&toks[k].lower.as_str()))
                            .filter(|&k| {
                                toks[b..k].iter().all(|x| {
                                    x.word
                                        && !x.cap
                                        && !sets.stops.contains(&x.lower)
                                        && !res.data.lexicon.triggers.contains_key(&x.lower)
                                })
                            });
                        if let Some(k) = head {
                            pms.push(Pm {
                                ts: i,
                                te: k + 1,
                                kind: PartyKind::Organisation,
                                canonical: text(i, k + 1),
                                countries: vec![s.iso2.clone()],
                                rule: Some("city business"),
                                ..Pm::default()
                            });
                            i = k + 1;
                            continue;
                        }
                    }
                    let rule = match e {
                        Ent::Capital(_) => Some("capital"),
                        Ent::Port(_) => Some("port"),
                        Ent::City(_) => Some("city"),
                        _ => None,
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
                    // "In Vladivostok, …": a city as a place keeps its own name
                    let city_place =
                        place && matches!(e, Ent::Capital(_) | Ent::Port(_) | Ent::City(_));
                    if city_place {
                        cx.mentions.push(Mention {
                            text: text(i, b),
                            span: sent.original_span(toks[i].s, toks[b - 1].e),
                            kind: "place".into(),
                            canonical: Some(s.name.clone()),
                            role: Some("city".into()),
                        });
                    }
                    pms.push(Pm {
                        ts: i,
                        te: b,
                        kind: PartyKind::State,
                        canonical: if city_place {
                            text(i, b)
                        } else {
                            s.name.clone()
                        },
                        countries: vec![s.iso2.clone()],
                        rule: if city_place { None } else { rule },
                        place,
                        ..Pm::default()
                    });
                }
                Ent::Body(bi) => {
                    let body = &res.data.bodies[bi];
                    pms.push(Pm {
                        ts: i,
                        te: b,
                        kind: PartyKind::Organisation,
                        canonical: body.name.clone(),
                        countries: if body.country.is_empty() {
                            Vec::new()
                        } else {
                            vec![body.country.clone()]
                        },
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
        // "Its planes brought spare parts": the owner of the vehicles is the party
        if t.word
            && matches!(t.lower.as_str(), "its" | "their")
            && i + 1 < n
            && (sets.vehicle.contains(&toks[i + 1].lower)
                || sets.group.contains(&toks[i + 1].lower))
        {
            // "BAT and its subsidiary": the owner is the party just before the "and"
            let owner = pms
                .last()
                .filter(|q| {
                    i >= 2
                        && q.te + 1 == i
                        && toks[i - 1].lower == "and"
                        && q.pronoun.is_none()
                        && !q.canonical.is_empty()
                        && matches!(q.kind, PartyKind::Organisation | PartyKind::State)
                })
                .map(|q| (q.canonical.clone(), q.kind, q.countries.clone()));
            match owner {
                Some((canonical, kind, countries)) => pms.push(Pm {
                    ts: i,
                    te: i + 2,
                    kind,
                    canonical,
                    countries,
                    rule: Some("possessive after and"),
                    ..Pm::default()
                }),
                None => pms.push(Pm {
                    ts: i,
                    te: i + 2,
                    kind: PartyKind::Organisation,
                    canonical: String::new(),
                    rule: Some("pronoun"),
                    pronoun: Some("pronoun-it"),
                    ..Pm::default()
                }),
            }
            i += 2;
            continue;
        }
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
        // "Iran supplied them with missiles", "Russia gave them tanks": "them" right after a
        // giving verb, then "with" or goods, is the party given to (a group or state named
        // before); elsewhere ("built the shells and shipped them to Russia") it is the goods
        if t.word && t.lower == "them" && i > 0 && object_them(res, &toks, i) {
            pms.push(Pm {
                ts: i,
                te: i + 1,
                kind: PartyKind::State,
                canonical: String::new(),
                rule: Some("pronoun"),
                pronoun: Some("pronoun-it"),
                ..Pm::default()
            });
            i += 1;
            continue;
        }
        // "his Russian counterpart", "the Chinese guest": a demonym says whose side
        let side = (i + 2 < n && toks[i + 1].cap)
            .then(|| state_by_word(res, &toks[i + 1].lower))
            .flatten();
        let head = if side.is_some() { i + 2 } else { i + 1 };
        if matches!(t.lower.as_str(), "his" | "her" | "their" | "the" | "our")
            && head < n
            && matches!(
                toks[head].lower.as_str(),
                "guest" | "guests" | "visitor" | "counterpart" | "host"
            )
        {
            let kind = if toks[head].lower == "host" {
                "host"
            } else {
                "guest"
            };
            pms.push(Pm {
                ts: i,
                te: head + 1,
                kind: PartyKind::Person,
                canonical: String::new(),
                countries: side
                    .map(|st| vec![res.data.states[st].iso2.clone()])
                    .unwrap_or_default(),
                rule: Some(kind),
                pronoun: Some(kind),
                ..Pm::default()
            });
            i = head + 1;
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
        // "kept shipping crude there": the place named earlier, not the existential "there
        // were", and not where a sentence or clause opens with it
        if t.lower == "there"
            && i > 0
            && toks[i - 1].word
            && !matches!(toks[i - 1].lower.as_str(), "and" | "but" | "that" | "where")
            && toks
                .get(i + 1)
                .is_none_or(|x| !x.word || !EXISTENTIAL_AFTER_THERE.contains(&x.lower.as_str()))
        {
            pms.push(Pm {
                ts: i,
                te: i + 1,
                kind: PartyKind::State,
                canonical: String::new(),
                weak: true,
                rule: Some("there"),
                pronoun: Some("state-description"),
                ..Pm::default()
            });
            i += 1;
            continue;
        }
        // "the country", "the isolated nation", "the junta": a state named earlier
        if t.lower == "the" {
            // "the hermit kingdom", "the islamic republic": a head of two words
            let two_word_head = |h: usize| {
                h + 1 < n
                    && sets
                        .state_desc
                        .contains(&format!("{} {}", toks[h].lower, toks[h + 1].lower))
            };
            let head = (i + 1..(i + 4).min(n)).find(|&k| {
                toks[k].word
                    && !toks[k].cap
                    && (sets.state_desc.contains(&toks[k].lower) || two_word_head(k))
            });
            let head = head.filter(|&h| {
                let end = if two_word_head(h) { h + 2 } else { h + 1 };
                // adjectives only between "the" and the head; "state" needs one ("the
                // communist state", not "the state oil company"); nothing noun-like after it
                toks[i + 1..h].iter().all(|x| {
                    x.word
                        // "the North African country", not "the Russian country house"
                        && (!x.cap || state_by_word(res, &x.lower).is_none())
                        && !sets.stops.contains(&x.lower)
                        && !sets.cap_stop.contains(&x.lower)
                }) && (toks[h].lower != "state" || h > i + 1)
                    && (end >= n
                        || !toks[end].word
                        || sets.stops.contains(&toks[end].lower)
                        || toks[end].lower == "and"
                        // "the Gulf state imported": a verb, not a noun, follows
                        || res.data.lexicon.triggers.contains_key(&toks[end].lower)
                        || sets.speech.contains(&toks[end].lower))
            });
            if let Some(h) = head {
                let te = if two_word_head(h) { h + 2 } else { h + 1 };
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
                // "the government in Tripoli", "the authorities in Bamako": the organ of the
                // state the place belongs to is that state
                let seat = (one && te + 1 < n && toks[te].lower == "in")
                    .then(|| hit_at.get(&(te + 1)))
                    .flatten()
                    .and_then(|&(pe, e)| match e {
                        Ent::State(st) | Ent::Capital(st) | Ent::City(st) | Ent::Port(st) => {
                            Some((pe, st))
                        }
                        _ => None,
                    });
                if let Some((pe, st)) = seat {
                    pms.push(Pm {
                        ts: i,
                        te: pe,
                        kind: PartyKind::State,
                        canonical: res.data.states[st].name.clone(),
                        countries: vec![res.data.states[st].iso2.clone()],
                        rule: Some("state organ"),
                        ..Pm::default()
                    });
                    i = pe;
                    continue;
                }
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
        // "an unnamed businessman", "a private firm", "the rebels": a party described, not named
        // ("Azerbaijan is a client": a predicate says what a party is, it names no other)
        // ("China is now a buyer": an adverb may stand between the copula and the article)
        let before = if i > 1
            && (toks[i - 1].word
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "now" | "still" | "also" | "already" | "again" | "once"
                )
                || is_ly_adverb(&toks[i - 1]))
        {
            i - 1
        } else {
            i
        };
        let predicate = before > 0
            && matches!(
                toks[before - 1].lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "become"
                    | "became"
                    | "remains"
                    | "as"
            );
        // "two Chinese men", "3 Russian nationals": a count opens a described party too
        let counted = (NUMBER_WORDS.contains(&t.lower.as_str())
            || t.lower.chars().all(|c| c.is_ascii_digit()))
            && !(i > 0 && matches!(toks[i - 1].lower.as_str(), "of" | "$" | "to"));
        // "bought gold from artisan miners", "handed to pirates": a plural description needs
        // no article after a preposition of giving or receiving
        let bare = i > 0
            && matches!(toks[i - 1].lower.as_str(), "from" | "to" | "by")
            && t.word
            && !t.cap
            && !matches!(t.lower.as_str(), "a" | "an" | "the")
            // ("contributed to fighting terrorist groups": a gerund's object is no party)
            && !t.lower.ends_with("ing")
            && !counted
            && (!res.data.lexicon.triggers.contains_key(&t.lower) || t.lower == "armed");
        // ("several armed groups received rifles": a quantifier opens one too)
        let quantifier = matches!(
            t.lower.as_str(),
            "several" | "various" | "numerous" | "multiple" | "some"
        );
        if (matches!(t.lower.as_str(), "a" | "an" | "the") || counted || bare || quantifier)
            && i + 1 < n
            && !predicate
        {
            let first = if bare { i } else { i + 1 };
            // ("an unnamed 52-year old individual": an age written in pieces reaches further)
            let age = |x: &Tok| {
                x.lower == "-"
                    || !x.lower.is_empty() && x.lower.chars().all(|c| c.is_ascii_digit())
                    || matches!(x.lower.as_str(), "year" | "years" | "old")
            };
            let mut reach = i + 4;
            while reach < n && reach < i + 8 && age(&toks[reach - 1]) {
                reach += 1;
            }
            let head = (first..reach.min(n))
                .find(|&k| sets.described.contains(&toks[k].lower))
                .filter(|&h| !bare || toks[h].lower.ends_with('s'));
            let head = head.filter(|&h| {
                toks[first..h].iter().all(|x| {
                    (x.word || age(x))
                        && !x.cap
                        && !sets.stops.contains(&x.lower)
                        // ("armed groups", "armed men": the adjective of the term of art, not
                        // the verb of "Iran armed the Houthis")
                        && (!res.data.lexicon.triggers.contains_key(&x.lower)
                            || x.lower == "armed")
                        // "the same buyer" is whoever bought before (resolved elsewhere)
                        && !matches!(x.lower.as_str(), "same" | "other" | "former" | "latter")
                })
                    // "the firm Xiamen Limbach" is named; "the group's drones" is a possessor
                    && !toks
                        .get(h + 1)
                        .is_some_and(|x| x.word && x.cap || x.lower == "'s")
                    // "The company, Shenzhen Ltd, shipped": the apposition names it
                    && !(toks.get(h + 1).is_some_and(|x| x.lower == ",")
                        && toks.get(h + 2).is_some_and(|x| is_name_tok(x, sets)))
                    // ("Belarus, a key supplier of tractors to Zimbabwe, signed": an agent
                    // noun in apposition to a party says what that party is, like a predicate)
                    && !(i > 1
                        && toks[i - 1].lower == ","
                        && pms.last().is_some_and(|p| p.te + 1 == i)
                        && res
                            .data
                            .lexicon
                            .triggers
                            .get(&toks[h].lower)
                            .is_some_and(|x| x.dir.starts_with("agent"))
                        && toks
                            .get(h + 1)
                            .is_some_and(|x| matches!(x.lower.as_str(), "of" | "to")))
            });
            if let Some(h) = head {
                pms.push(Pm {
                    ts: i,
                    te: h + 1,
                    kind: if sets.described_people.contains(&toks[h].lower) {
                        PartyKind::Person
                    } else {
                        PartyKind::Organisation
                    },
                    canonical: text(first, h + 1).to_lowercase(),
                    rule: Some("described party"),
                    pronoun: (t.lower == "the").then_some("org-description"),
                    ..Pm::default()
                });
                i = h + 1;
                continue;
            }
        }
        // "Deliveries of Iranian drones began": a transfer word opening the sentence is no name
        let opening_trigger = i == story_start && res.data.lexicon.triggers.contains_key(&t.lower);
        // "Rifles were sent to Mali": goods opening the sentence are no name (but "Rifle
        // Corp" is one)
        let opening_goods = i == story_start
            && !toks.get(i + 1).is_some_and(|x| x.cap)
            // ("BAT and its subsidiary": an acronym is a name)
            && sent.text[t.s..t.e].chars().skip(1).all(|c| !c.is_uppercase())
            && (items::goods_noun(res, &t.lower).is_some()
                || res.tax.hits(&t.lower).iter().any(|h| h.end == t.lower.len()));
        // "Direct exports of British cars", "Covert deliveries of tanks": a word opening the
        // sentence right before a transfer noun with its goods describes the noun, it is no name
        // (a name there would need a verb: "Rosoboronexport exports rifles")
        let opening_modifier = i == story_start
            && !hit_at.contains_key(&i)
            && sent.text[t.s..t.e].chars().skip(1).all(|c| !c.is_uppercase())
            // (an adjective by its ending: "Norinco shipments of rifles" keep their maker)
            && ADJECTIVE_ENDINGS.iter().any(|e| t.lower.ends_with(e))
            && toks.get(i + 1).is_some_and(|x| {
                x.word && !x.cap && res.data.lexicon.triggers.contains_key(&x.lower)
            })
            && toks.get(i + 2).is_some_and(|x| x.lower == "of");
        // "al-Shabaab cells in Somalia": a name opened by an Arabic article in small letters
        let article_name = ["al-", "el-"].iter().any(|p| {
            sent.text[t.s..t.e]
                .strip_prefix(p)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        });
        // (and on its own: "sent drones to al-Shabaab")
        if let Some((pe, st)) =
            article_name.then(|| member_place(i, i + 1).unwrap_or((i + 1, None)))
        {
            pms.push(Pm {
                ts: i,
                te: pe,
                kind: PartyKind::Organisation,
                canonical: text(i, i + 1),
                countries: st
                    .map(|st| vec![res.data.states[st].iso2.clone()])
                    .unwrap_or_default(),
                rule: Some("group members"),
                ..Pm::default()
            });
            i = pe;
            continue;
        }
        // "“Are you serious?", "“Why would I …": an auxiliary, question word or pronoun opening
        // the sentence or a quotation is capitalised for its place, never a name ("IS", "US"
        // in capitals stay names)
        let opening_function_word = (i == story_start
            || i > 0
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "“" | "\"" | "‘" | "'" | "(" | ":"
                ))
            && OPENING_FUNCTION_WORDS.contains(&t.lower.as_str())
            && sent.text[t.s..t.e].chars().skip(1).all(char::is_lowercase);
        if opening_function_word {
            i += 1;
            continue;
        }
        if is_name_tok(t, sets)
            && !blocked[i]
            && !opening_trigger
            && !opening_goods
            && !opening_modifier
        {
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
                // "– Beneta, Tan Quang Singapore and Baron & Baron –": in a list, a state's name
                // closing a run of unknown capitalised words ends a firm's name (its branch)
                if let Some(&(b, Ent::State(_))) = hit_at.get(&j).filter(|_| j - i >= 2) {
                    let sep = |x: &Tok| matches!(x.lower.as_str(), "," | "and" | "-" | "–" | "—");
                    if i > 0
                        && sep(&toks[i - 1])
                        && toks.get(b).is_some_and(sep)
                        && cx.leader_by_fuzzy(&name).is_none()
                    {
                        pms.push(Pm {
                            ts: i,
                            te: b,
                            kind: PartyKind::Organisation,
                            canonical: text(i, b),
                            ..Pm::default()
                        });
                        i = b;
                        continue;
                    }
                }
                // "President of the Council of Ministers Fidel Castro Ruz", "Director of the
                // Foreign Intelligence Service Sergei Naryshkin": a body's name running into a
                // person's name; the person is the party, the body part of the title
                if let Some(m) = (i..j.saturating_sub(2))
                    .rev()
                    .find(|&m| sets.org_heads.contains(&toks[m].lower))
                {
                    let rest = &toks[m + 1..j];
                    if rest.len() >= 2
                        && rest.len() <= 4
                        && rest.iter().all(|x| {
                            x.word
                                && x.cap
                                && !sets.org_heads.contains(&x.lower)
                                && !NAME_PARTICLES.contains(&x.lower.as_str())
                        })
                        && !hit_at.contains_key(&(m + 1))
                    {
                        pms.push(Pm {
                            ts: i,
                            te: j,
                            kind: PartyKind::Person,
                            canonical: text(m + 1, j),
                            role: Some(text(i, m + 1)),
                            ..Pm::default()
                        });
                        i = j;
                        continue;
                    }
                }
                // "the Republic of Indonesia", "Government of Mali": a state's formal style
                // before its name is the state; "the Commercial Bank of Syria", "Central Bank of
                // Iran": a body of a state named with it is that body, of that state
                if let Some(&(b, Ent::State(st))) = hit_at.get(&j).filter(|_| last == "of") {
                    if toks[i..j - 1]
                        .iter()
                        .all(|x| STATE_STYLE_WORDS.contains(&x.lower.as_str()))
                    {
                        i = j;
                        continue;
                    }
                    if cx.leader_by_fuzzy(&name).is_none() {
                        pms.push(Pm {
                            ts: i,
                            te: b,
                            kind: PartyKind::Organisation,
                            canonical: text(i, b),
                            countries: vec![res.data.states[st].iso2.clone()],
                            ..Pm::default()
                        });
                        i = b;
                        continue;
                    }
                }
                // "Palestinian Islamic Jihad", "the Philippine Customs Service": a demonym
                // left standing right before the name stays in it
                let demonym_state = hits
                    .iter()
                    .find(|h| h.1 == i)
                    .and_then(|h| match h.2 {
                        Ent::Demonym(st) => Some((h.0, st)),
                        _ => None,
                    })
                    .filter(|&(ds, _)| pms.last().is_none_or(|p| p.te <= ds));
                // "Islamist militants in Somalia", "Shiite militias": creed words before a group
                // noun describe that group, which is the party
                if j < n
                    && !toks[j].cap
                    && sets.group.contains(&toks[j].lower)
                    && toks[i..j].iter().all(|x| sets.creed.contains(&x.lower))
                {
                    pms.push(Pm {
                        ts: i,
                        te: j + 1,
                        kind: PartyKind::Organisation,
                        canonical: text(i, j + 1),
                        rule: Some("described group"),
                        ..Pm::default()
                    });
                    i = j + 1;
                    continue;
                }
                // "Ansar Dine fighters in Mali", "al-Shabaab cells in Somalia": a name before the
                // members of a group in a place is the group, not the make of goods ("Rafale
                // fighters" are goods: no place follows)
                if let Some((pe, st)) = member_place(i, j) {
                    let (ts, canonical) = match demonym_state {
                        Some((ds, _)) => (ds, text(ds, j)),
                        None => (i, name.clone()),
                    };
                    let countries = st
                        .or(demonym_state.map(|(_, d)| d))
                        .map(|st| vec![res.data.states[st].iso2.clone()])
                        .unwrap_or_default();
                    pms.push(Pm {
                        ts,
                        te: pe,
                        kind: PartyKind::Organisation,
                        canonical,
                        countries,
                        rule: Some("group members"),
                        ..Pm::default()
                    });
                    i = pe;
                    continue;
                }
                // "Kataib Hezbollah", "Harakat Hezbollah": unknown capitalised words right
                // before a known group's one-word name are the name of another group ("the
                // Shiite Hezbollah" only describes it)
                let group_after = match hit_at.get(&j) {
                    Some(&(be, Ent::Body(_))) if be == j + 1 => Some(be),
                    _ => None,
                };
                if let Some(be) = group_after.filter(|_| {
                    demonym_state.is_none()
                        && !opening_trigger
                        && toks[i..j].iter().all(|x| !sets.creed.contains(&x.lower))
                }) {
                    pms.push(Pm {
                        ts: i,
                        te: be,
                        kind: PartyKind::Organisation,
                        canonical: text(i, be),
                        ..Pm::default()
                    });
                    i = be;
                    continue;
                }
                // "from the Tok Song vessel", "The Sea Star tanker transferred": a name between
                // the article and one ship noun is that ship's name, not the make of goods
                // ("the Sea Star tankers" are many; "a Damen vessel" is a make)
                if prev == "the"
                    && j < n
                    && sets.vessel.contains(&toks[j].lower)
                    && !toks[j].lower.ends_with('s')
                    && !toks
                        .get(j + 1)
                        .is_some_and(|x| x.word && !x.cap && !res.tax.hits(&x.lower).is_empty())
                {
                    pms.push(Pm {
                        ts: i,
                        te: j + 1,
                        kind: PartyKind::Organisation,
                        canonical: vessel_text(i, j),
                        vessel: true,
                        ..Pm::default()
                    });
                    i = j + 1;
                    continue;
                }
                // "his Aurus Senat limousine", "Shahed drones": a make or model, not a party
                // ("Iskander-M nuclear-capable missiles": the goods word may come one later)
                // (not across a verb: "Acme Ltd supplied cigarettes" names a supplier, nor
                // across an article or a count: "gave Putin a fur hat" names the recipient)
                let product = (j..(j + 2).min(n))
                    .take_while(|&k| {
                        toks[k].word
                            && !toks[k].cap
                            && !sets.stops.contains(&toks[k].lower)
                            && !DETERMINERS.contains(&toks[k].lower.as_str())
                            && !NUMBER_WORDS.contains(&toks[k].lower.as_str())
                            && !res.data.lexicon.triggers.contains_key(&toks[k].lower)
                            && !sets.speech.contains(&toks[k].lower)
                            && !is_aux(&toks[k].lower)
                    })
                    .any(|k| !res.tax.hits(&toks[k].lower).is_empty());
                // "MiG-29s", "Mohajer-6": a model number on a kind of goods is a product
                // (also after an origin: "Iranian-made Mohajer-6")
                let model = {
                    let w = toks[j - 1].lower.as_str();
                    let stem = w.split('-').next().unwrap_or(w);
                    w.contains('-')
                        && w.chars().any(|c| c.is_ascii_digit())
                        && (!res.tax.hits(w.trim_end_matches('s')).is_empty()
                            || !res.tax.hits(stem).is_empty())
                };
                // "the Su-24 fleet", "Il-76 transports": a lone designer's code (a few letters,
                // a hyphen, a number) names a model, not a party, even one the taxonomy lacks
                let designation = j == i + 1
                    && sent.text[t.s..t.e].split_once('-').is_some_and(|(h, d)| {
                        (1..=3).contains(&h.chars().count())
                            && h.chars().all(|c| c.is_ascii_alphabetic())
                            && d.chars().next().is_some_and(|c| c.is_ascii_digit())
                            && d.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                                .chars()
                                .all(|c| c.is_ascii_digit())
                    });
                // "Nimr Ajban APCs", "Bayraktar TB2 UAVs": a run ending in an acronym of goods
                // names the goods' make and model
                let acronym_goods = {
                    let w = &sent.text[toks[j - 1].s..toks[j - 1].e];
                    let core = w.strip_suffix('s').unwrap_or(w);
                    core.len() >= 2
                        && core.chars().all(|c| c.is_ascii_uppercase())
                        && (!res.tax.hits(&toks[j - 1].lower).is_empty()
                            || !res.tax.hits(&core.to_lowercase()).is_empty())
                };
                // "received M109 SPHs", "AW139 MEDEVACs": a run opening with a model code
                // (capitals, then a number) and closing with a plural abbreviation is a model of
                // goods and its kind
                let coded_kind = {
                    let first = &sent.text[t.s..t.e];
                    let w = &sent.text[toks[j - 1].s..toks[j - 1].e];
                    let letters = first.trim_end_matches(|c: char| c.is_ascii_digit());
                    j > i + 1
                        && (1..=3).contains(&letters.len())
                        && letters.chars().all(|c| c.is_ascii_uppercase())
                        && first.len() > letters.len()
                        && w.strip_suffix('s').is_some_and(|c| {
                            c.len() >= 2 && c.chars().all(|c| c.is_ascii_uppercase())
                        })
                };
                // "four Cessna 208", "two Boeing 737": a counted make before its model number
                // is goods, not a party
                let counted_make = i > 0
                    && (NUMBER_WORDS.contains(&prev)
                        || prev.chars().all(|c| c.is_ascii_digit()) && !prev.is_empty())
                    && toks.get(j).is_some_and(|x| {
                        let d = x.lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                        (2..=4).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())
                    });
                if product || model || acronym_goods || designation || coded_kind || counted_make {
                    i = j;
                    continue;
                }
                // "to another vessel, the Neptune 6": a ship named in apposition
                let apposed_ship = prev == "the"
                    && i >= 3
                    && toks[i - 2].lower == ","
                    && sets.vessel.contains(&toks[i - 3].lower)
                    // "the vessel, named Skipper", "a tanker called Sea Star"
                    || matches!(prev, "named" | "called" | "dubbed")
                        && i >= 2
                        && (sets.vessel.contains(&toks[i - 2].lower)
                            || i >= 3
                                && toks[i - 2].lower == ","
                                && sets.vessel.contains(&toks[i - 3].lower));
                if sets.vessel.contains(prev) || apposed_ship {
                    // "the tanker Sea Breeze", "the ship Ji Song 6": a ship by its name
                    let ne = vessel_name(i);
                    pms.push(Pm {
                        ts: i,
                        te: ne,
                        kind: PartyKind::Organisation,
                        canonical: vessel_text(i, ne),
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
                    || sets.org_heads.contains(last)
                    || all_caps_short
                    // ("Ferro & Sons": an ampersand joins the names of a firm, not a person)
                    || toks[i..j]
                        .iter()
                        .any(|x| matches!(x.lower.as_str(), "of" | "for" | "&"))
                {
                    let (ts, canonical, countries) = match demonym_state {
                        Some((ds, st)) if !all_caps_short => {
                            (ds, text(ds, j), vec![res.data.states[st].iso2.clone()])
                        }
                        _ => (i, name, Vec::new()),
                    };
                    pms.push(Pm {
                        ts,
                        te: j,
                        kind: PartyKind::Organisation,
                        canonical,
                        countries,
                        weak: all_caps_short,
                        ..Pm::default()
                    });
                } else if j - i >= 2 {
                    // "a black Mercedes-Benz S350", "Lexus RX350": a brand the taxonomy knows
                    // as goods opens the run, so it names a product, not a person
                    let product = res
                        .tax
                        .hits(&name.to_lowercase())
                        .iter()
                        .any(|h| h.start == 0);
                    if !product {
                        let pm = generic_person(cx, &name, None, vec![], i, j);
                        pms.push(pm);
                    }
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
                                l.name
                                    .split_whitespace()
                                    .last()
                                    .is_some_and(|x| surname_is(&x.to_lowercase(), &lw))
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
                    // "Flyfree then carried the coal": a ship or body named before by this
                    // one word
                    let named_before = cx
                        .by_name
                        .get(&name)
                        .copied()
                        .filter(|&ei| cx.entities[ei].kind == PartyKind::Organisation);
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
                    } else if let Some(ei) = named_before {
                        let en = cx.entities[ei].clone();
                        pms.push(Pm {
                            ts: i,
                            te: j,
                            kind: en.kind,
                            canonical: en.name,
                            countries: en.countries,
                            vessel: cx.recent_vessels.iter().any(|&(v, _)| v == ei),
                            ..Pm::default()
                        });
                    } else if i == story_start && matches!(t.lower.as_str(), "having" | "being") {
                        // "Having received …": an auxiliary opening a participial clause
                    } else if i > 0
                        || next == "'s"
                        || res.data.lexicon.triggers.contains_key(next)
                        || sets.speech.contains(next)
                        || sets.group.contains(next)
                        // "Rosneft agreed to supply", "Rosneft has signed": a verb follows
                        || is_aux(next)
                        // "Norinco and Poly Technologies sold": the first of a list of names
                        || next == "and"
                            && toks.get(j + 1).is_some_and(|x| {
                                is_name_tok(x, sets) || hit_at.contains_key(&(j + 1))
                            })
                        || res.data.lexicon.cues.contains_key(next)
                        || matches!(
                            next,
                            "has" | "have" | "had" | "also" | "signed" | "admitted" | "agreed"
                                | "announced" | "confirmed"
                        )
                        // "Rheinmetall, which has shipped": a non-restrictive relative clause
                        // hangs on a party (its antecedent does what the clause tells)
                        || next == ","
                            && toks
                                .get(j + 1)
                                .is_some_and(|x| matches!(x.lower.as_str(), "which" | "who"))
                        // "Acme pleaded guilty", "Norinco exported": a past-tense verb follows
                        || j < n
                            && toks[j].word
                            && !toks[j].cap
                            && next.len() > 4
                            && next.ends_with("ed")
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

    // "a company controlled by Alisher Usmanov", "a firm owned by X": the owner named right
    // after a described business is the party (the mention keeps the whole phrase)
    // ("a bank in Dubai controlled by Hezbollah": the business is no party of its own when its
    // head is no description of one, and a place phrase may stand before the participle)
    let owner_at = |pms: &[Pm], q: &Pm| -> Option<usize> {
        // (past an article the owner's mention leaves out: "run by the Revolutionary Guards")
        let b = if q.ts > 0 && toks[q.ts - 1].lower == "the" {
            q.ts - 1
        } else {
            q.ts
        };
        if b < 4 || toks[b - 1].lower != "by" || !OWNED_BY.contains(&toks[b - 2].lower.as_str()) {
            return None;
        }
        let mut h = b - 3;
        // (past "in Dubai", "based in Cyprus": where the business is)
        if let Some(r) = pms
            .iter()
            .find(|r| r.te == h + 1 && (r.place || r.kind == PartyKind::State))
        {
            let mut k = r.ts;
            while k > 0 && matches!(toks[k - 1].lower.as_str(), "the" | "city" | "port") {
                k -= 1;
            }
            if k > 2 && toks[k - 1].lower == "in" {
                h = if toks[k - 2].lower == "based" {
                    k - 3
                } else {
                    k - 2
                };
            }
        }
        sets.company.contains(&toks[h].lower).then_some(h)
    };
    let mut k = 0;
    while k < pms.len() {
        let Some(h) = owner_at(&pms, &pms[k]) else {
            k += 1;
            continue;
        };
        let q = &pms[k];
        let owner_ok = matches!(
            q.kind,
            PartyKind::Person | PartyKind::Organisation | PartyKind::Unknown
        ) && !q.canonical.is_empty()
            && q.pronoun.is_none()
            && !q.place
            && !q.outlet;
        // a described business already read ("a company in Dubai"), else its phrase from the
        // determiner, past lower-case modifiers ("a small exchange house")
        let described = pms.iter().position(|p| {
            p.ts <= h && h < p.te && p.te == h + 1 && p.kind == PartyKind::Organisation && !p.vessel
        });
        let covered = pms.iter().any(|p| p.ts <= h && h < p.te);
        let open = match described {
            Some(d) => Some(pms[d].ts),
            None if covered => None,
            None => (h.saturating_sub(4)..h)
                .rev()
                .take_while(|&j| toks[j].word && !toks[j].cap || toks[j].lower == "-")
                .find(|&j| matches!(toks[j].lower.as_str(), "a" | "an" | "the")),
        };
        // (with nothing between the business and the participle the rule below merges them)
        let by_next = toks[h + 2].lower == "by";
        let (Some(open), true) = (open, owner_ok && !(described.is_some() && by_next)) else {
            k += 1;
            continue;
        };
        let q = pms.remove(k);
        let mut countries = q.countries.clone();
        if let Some(d) = described {
            for c in &pms[d].countries {
                if !countries.contains(c) {
                    countries.push(c.clone());
                }
            }
        }
        // (the business read alone and the place it is in are no parties of the clause)
        pms.retain(|r| !(r.ts >= open && r.te < q.ts));
        let at = pms.iter().position(|p| p.ts > open).unwrap_or(pms.len());
        pms.insert(
            at,
            Pm {
                ts: open,
                te: q.te,
                countries,
                rule: Some("owner"),
                pronoun: None,
                ..q
            },
        );
        k = at + 1;
    }
    let mut k = 0;
    while k + 1 < pms.len() {
        let (p, q) = (&pms[k], &pms[k + 1]);
        let owned = p.te + 2 == q.ts
            && OWNED_BY.contains(&toks[p.te].lower.as_str())
            && toks[p.te + 1].lower == "by"
            && p.kind == PartyKind::Organisation
            && !p.vessel
            && sets.company.contains(&toks[p.te - 1].lower)
            && matches!(
                q.kind,
                PartyKind::Person | PartyKind::Organisation | PartyKind::Unknown
            )
            && !q.canonical.is_empty()
            && q.pronoun.is_none()
            && !q.place
            && !q.outlet;
        if owned {
            let q = pms.remove(k + 1);
            let p = &mut pms[k];
            p.te = q.te;
            p.kind = q.kind;
            p.canonical = q.canonical;
            for c in q.countries {
                if !p.countries.contains(&c) {
                    p.countries.push(c);
                }
            }
            p.role = q.role;
            p.weak = q.weak;
            p.pronoun = None;
            p.rule = Some("owner");
        }
        k += 1;
    }

    // clauses
    let mut bounds = vec![0usize];
    for (k, t) in toks.iter().enumerate() {
        let l = t.lower.as_str();
        if l == ";"
            || (l == "while" || l == "whereas") && k > 0
            || l == "but" && k > 0 && toks[k - 1].lower == ","
            || l == "(" && k > 0 && closing_clause_in_brackets(&toks, k, &res.data.lexicon.triggers)
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
            // ("according to CNN, which cited European intelligence sources, …": a relative
            // clause citing a further source is attribution too)
            let citing = l == "citing"
                || matches!(l, "cited" | "quoted")
                    && k > cs
                    && matches!(toks[k - 1].lower.as_str(), "which" | "who");
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
            // ", The Korea Herald learned on background", "the paper has learned that …": a
            // reporter's learning in a tail set off by a comma, or before "that", attributes
            // the clause like a verb of saying ("Iran learned to build drones" does not)
            let learned = LEARNING.contains(&l)
                && (toks.get(k + 1).is_some_and(|x| x.lower == "that")
                    || pms.iter().any(|p| {
                        (p.te == k || p.te + 1 == k && toks[k - 1].lower == "has")
                            && past_article(&toks, cs, p.ts)
                                .checked_sub(1)
                                .is_some_and(|c| c > cs && toks[c].lower == ",")
                    }));
            // "Iran acknowledged sending drones", "Minsk confirmed supplying": a verb of saying
            // right before a transfer gerund has the sayer do the deed, it attributes nothing
            let sayer_does = OWNING_UP.contains(&l)
                && toks.get(k + 1).is_some_and(|x| {
                    x.lower.ends_with("ing") && res.data.lexicon.triggers.contains_key(&x.lower)
                });
            // "Lukashenko told Putin stories and gave him a rifle": a hearer and a plain noun
            // after "told", then "and" and a verb of transfer, is a told tale beside a deed
            // of the same subject, no report of it
            let tale_then_deed = matches!(l, "told" | "tells" | "tell" | "telling")
                && pms.iter().find(|p| p.ts == k + 1).is_some_and(|p| {
                    (p.te + 1..(p.te + 4).min(ce)).any(|a| {
                        toks[a].lower == "and"
                            && toks[p.te..a].iter().all(|x| {
                                x.word && !x.cap && !sets.stops.contains(&x.lower)
                                    || matches!(x.lower.as_str(), "a" | "the")
                            })
                            && (a + 1..(a + 3).min(ce)).any(|v| {
                                res.data
                                    .lexicon
                                    .triggers
                                    .get(&toks[v].lower)
                                    .is_some_and(|x| x.dir == "give")
                            })
                    })
                });
            if (sets.speech.contains(l) && l != "according" || learned)
                && !sayer_does
                && !tale_then_deed
            {
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
    remember_first_person(cx, si, &toks, &pms, &clause_attrs);

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
    // "Russia sent wheat to the country": the description is not a state this sentence names;
    // but "With assessments pointing to a shortage in North Korea, Russia donated wheat to the
    // country": a state named only after a preposition, before a comma that closes its
    // phrase, is no party of the clause the description is in, so it may be the country
    let state_mentions: Vec<(usize, usize, String, Vec<String>)> = pms
        .iter()
        .filter(|p| p.kind == PartyKind::State && p.pronoun.is_none() && !p.canonical.is_empty())
        .map(|p| (p.ts, p.te, p.canonical.clone(), p.countries.clone()))
        .collect();
    let fronted_pp = |ts: usize, te: usize, at: usize| -> bool {
        te <= at
            && ts > 0
            && FRONTED_PP_PREPOSITIONS.contains(&toks[ts - 1].lower.as_str())
            && toks[te..at].iter().any(|x| x.lower == ",")
    };
    let named_in_clause = |name: &str, at: usize| -> bool {
        state_mentions
            .iter()
            .any(|(ts, te, nm, _)| nm == name && !fronted_pp(*ts, *te, at))
    };
    // the state such a phrase names last before a description, when the clause names it not
    let fronted_state = |at: usize| -> Option<(String, Vec<String>)> {
        state_mentions
            .iter()
            .rev()
            .find(|(ts, te, nm, _)| fronted_pp(*ts, *te, at) && !named_in_clause(nm, at))
            .map(|(_, _, nm, c)| (nm.clone(), c.clone()))
    };
    // "Wagner sold arms to the group": the description is not an organisation this sentence names
    let named_here_org: Vec<String> = pms
        .iter()
        .filter(|p| {
            p.kind == PartyKind::Organisation && p.pronoun.is_none() && !p.canonical.is_empty()
        })
        .map(|p| p.canonical.clone())
        .collect();
    // the named parties of the sentence with where each starts, for a subject "it" before them
    let named_parties: Vec<(usize, String, Vec<String>)> = pms
        .iter()
        .filter(|q| !q.place && q.pronoun.is_none() && !q.canonical.is_empty())
        .map(|q| (q.ts, q.canonical.clone(), q.countries.clone()))
        .collect();
    for p in pms.iter_mut() {
        if p.place {
            continue;
        }
        let span = sent.original_span(toks[p.ts].s, toks[p.te - 1].e);
        let mention = tok_text(sent, &toks, p.ts, p.te).to_string();
        // a description that stands for no one named before ("the rebels"): the group itself
        let mut described = false;
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
            } else if let Some((nm, countries)) =
                fronted_state(p.ts).filter(|_| kind == "state-description")
            {
                Some(cx.entity(&nm, PartyKind::State, &countries))
            } else if kind == "state-description" {
                // the most salient state: each earlier naming counts half as much per sentence
                // back, so a state named just before outweighs one named often long ago
                let mut salience: Vec<(usize, f64)> = Vec::new();
                for &(e, s) in &cx.recent_org {
                    if cx.entities[e].kind != PartyKind::State
                        || named_in_clause(&cx.entities[e].name, p.ts)
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
            } else if kind == "org-description" {
                // "the company", "the militia": the organisation named last within the three
                // sentences before (not a body, outlet or ship, which are not companies or
                // armed groups); a described one only if it has the same head ("an Emirati firm
                // … the firm"), since "the militia" is not "an unnamed businessman"
                let head = toks[p.te - 1].lower.clone();
                cx.recent_org
                    .iter()
                    .rev()
                    .copied()
                    .find(|&(e, s)| {
                        let last = cx.entities[e]
                            .name
                            .rsplit(' ')
                            .next()
                            .unwrap_or("")
                            .to_lowercase();
                        // ("the militia" is not "the Dutch navy": a body named by a
                        // group noun is an antecedent only for the same noun)
                        // ("the rebels" is not "the Gulf of Aden": only a business
                        // description stands for an organisation named otherwise)
                        s + 3 >= si
                            && (last == head
                                || sets.company.contains(&head) && !sets.group.contains(&last))
                            && cx.entities[e].kind == PartyKind::Organisation
                            && !cx.recent_vessels.iter().any(|&(v, _)| v == e)
                            && !res
                                .data
                                .bodies
                                .iter()
                                .any(|b| b.name == cx.entities[e].name)
                            && !named_here_org.contains(&cx.entities[e].name)
                    })
                    .map(|(e, _)| e)
            } else if kind == "pronoun-it"
                && p.ts <= 1
                && cx.opening_org.is_some_and(|(_, s)| s + 1 == si)
            {
                // "Shenzhen Ltd shipped motors to a Russian maker. It also sold …": the subject
                cx.opening_org.map(|(e, _)| e)
            } else if kind == "pronoun-it"
                && p.ts >= 2
                && sets.speech.contains(&toks[p.ts - 1].lower)
                && prior_names.iter().any(|(te, _)| *te + 1 == p.ts)
            {
                // "Daimler said it had no idea": the speaker speaks of itself
                prior_names
                    .iter()
                    .find(|(te, _)| *te + 1 == p.ts)
                    .and_then(|(_, nm)| cx.by_name.get(nm).copied())
            } else if kind == "pronoun-it" {
                // "Pyongyang supplied it with shells": an object pronoun is not its clause's
                // subject (that would be "itself")
                // ("Ethiopia provided armoured vehicles to it": after a preposition too)
                let object = p.ts > 0
                    && (res
                        .data
                        .lexicon
                        .triggers
                        .contains_key(&toks[p.ts - 1].lower)
                        || matches!(
                            toks[p.ts - 1].lower.as_str(),
                            "to" | "into" | "from" | "for" | "with"
                        ));
                // (the clause's subject is the first party of the sentence, however far back:
                // "Israel has over the years sold it drones", "China is giving Russia's
                // industry support by supplying it")
                // ("reports that Pyongyang supplied it": a clause opened by "that" has its own)
                let clause = (0..p.ts)
                    .rfind(|&k| matches!(toks[k].lower.as_str(), "that" | "which" | "who"))
                    .unwrap_or(0);
                // ("…, and Moscow also sent it drones": the subject of a later coordinated
                // clause stands right before its verb)
                let segment = (clause..p.ts)
                    .rfind(|&k| matches!(toks[k].lower.as_str(), "," | ";" | "and"))
                    .map_or(clause, |k| k + 1);
                let subject = object
                    .then(|| {
                        prior_names
                            .iter()
                            .find(|(te, _)| *te > segment)
                            .or_else(|| prior_names.iter().find(|(te, _)| *te > clause))
                            .map(|(_, nm)| nm.clone())
                    })
                    .flatten();
                // ("Myanmar's junta received jets from Russia, and Moscow also sent it drones":
                // an object "it" in a later clause is the sentence's first subject, when that is
                // not the clause's own)
                let first_subject = (object && segment > clause)
                    .then(|| {
                        prior_names
                            .iter()
                            .find(|(te, _)| *te > clause)
                            .filter(|(_, nm)| subject.as_ref() != Some(nm))
                            .and_then(|(_, nm)| cx.by_name.get(nm).copied())
                            .filter(|&e| cx.entities[e].kind != PartyKind::Person)
                    })
                    .flatten();
                // ("The rebels lost their tanks. Russia gave them new ones": "them" may
                // stand for a group named only by its description)
                let recent = if toks[p.ts].lower == "them" {
                    &cx.recent_groups
                } else {
                    &cx.recent_org
                };
                // ("Iran is a key ally of Moscow. Up to now it has supplied Putin's forces": a
                // subject "it" is not a state its own clause names after it, nor the state of a
                // person named there)
                // ("the country, it said, had not exported": a sayer "it" is not that subject)
                let sayer = toks
                    .get(p.te)
                    .is_some_and(|x| sets.speech.contains(&x.lower));
                let later_here: Vec<&(usize, String, Vec<String>)> = if object || sayer {
                    Vec::new()
                } else {
                    named_parties
                        .iter()
                        .filter(|(ts, _, _)| *ts > p.ts)
                        .collect()
                };
                first_subject.or_else(|| {
                    recent
                        .iter()
                        .rev()
                        .copied()
                        .find(|&(e, s)| {
                            let en = &cx.entities[e];
                            s + 1 >= si
                                && subject.as_ref() != Some(&en.name)
                                && !later_here.iter().any(|(_, name, countries)| {
                                    *name == en.name
                                        || en.kind == PartyKind::State
                                            && en.countries.iter().any(|c| countries.contains(c))
                                })
                        })
                        .map(|(e, _)| e)
                })
            } else {
                // "Putin gave him a rifle": an object pronoun is not the subject of its verb
                // (that would be "himself")
                let own_subject = (toks[p.ts].lower == "him")
                    .then(|| {
                        relative_antecedent(&toks, &prior_names, cx, p.ts)
                            .or_else(|| coordinated_subject(&toks, &prior_names, p.ts))
                            .or_else(|| {
                                prior_names
                                    .iter()
                                    .rev()
                                    .find(|(te, _)| {
                                        *te < p.ts
                                            && p.ts - te <= 4
                                            && toks[*te..p.ts]
                                                .iter()
                                                .all(|x| x.word && x.lower != "and")
                                    })
                                    .map(|(_, nm)| nm.clone())
                            })
                    })
                    .flatten();
                // "his Russian counterpart": the person of that state named last
                let side = (kind != "pronoun" && !p.countries.is_empty())
                    .then(|| {
                        cx.recent.iter().rev().copied().find(|&ei| {
                            cx.entities[ei].kind == PartyKind::Person
                                && cx.entities[ei]
                                    .countries
                                    .iter()
                                    .any(|c| p.countries.contains(c))
                        })
                    })
                    .flatten();
                // "Lukashenko gave Mnangagwa a tractor. In return he got a lion": a subject
                // "he" opening its sentence continues the subject of the sentence before
                let continued_subject = (kind == "pronoun"
                    && matches!(toks[p.ts].lower.as_str(), "he" | "she")
                    && prior_names.is_empty()
                    && p.ts <= 4
                    && !(0..p.ts).any(|k| in_attr[k] || toks[k].lower == "\""))
                .then(|| cx.opening_person.filter(|&(_, s)| s + 1 == si))
                .flatten()
                .map(|(e, _)| e);
                // ("Maduro greeted Lukashenko, then presented his guest with …": the host is
                // the subject of the coordinated verb, not the person named last)
                let host = coordinated_subject(&toks, &prior_names, p.ts)
                    .and_then(|nm| cx.by_name.get(&nm).copied())
                    .or(host_last);
                side.or(continued_subject).or_else(|| {
                    cx.recent.iter().rev().copied().find(|&ei| {
                        (kind == "pronoun" || Some(ei) != host)
                            && own_subject.as_ref() != Some(&cx.entities[ei].name)
                            // "he" is a person, never the fleet he visited
                            && (cx.entities[ei].kind == PartyKind::Person
                                || !matches!(toks[p.ts].lower.as_str(), "he" | "she" | "him"))
                    })
                })
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
                None => described = kind == "org-description",
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
        // "Hong Kong-based Sinotech Ltd": the base is a country link, not part of the name
        if let Some(pos) = p.canonical.find("-based ") {
            let (base, rest) = p.canonical.split_at(pos);
            let rest = rest.trim_start_matches("-based ").to_string();
            // ("Russia-based companies" is only a description: it keeps its base)
            let description = sets.group.contains(&rest.to_lowercase())
                || sets.described.contains(&rest.to_lowercase());
            if !rest.is_empty() && p.kind != PartyKind::State && !description {
                if let Some(st) = state_by_word(res, &base.to_lowercase()) {
                    let iso = res.data.states[st].iso2.clone();
                    if !p.countries.contains(&iso) {
                        p.countries.push(iso);
                    }
                }
                p.canonical = rest;
            }
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
        // "Kazakhstan's Air Astana has flown …": the possessed body opens the sentence
        let possessor = toks.get(p.te).is_some_and(|t| t.lower == "'s");
        if !opened
            && !possessor
            && matches!(p.kind, PartyKind::State | PartyKind::Organisation)
            && !p.outlet
            && !p.acc
            && !p.source
            && !in_attr[p.ts]
        {
            cx.opening_org = Some((ei, si));
        }
        if !opened
            && !possessor
            && p.kind == PartyKind::Person
            && !p.acc
            && !p.source
            && !in_attr[p.ts]
        {
            cx.opening_person = Some((ei, si));
        }
        opened = opened || !possessor;
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
            && (p.pronoun.is_none() || described)
        {
            if p.pronoun.is_none() {
                cx.recent_org.push((ei, si));
                if cx.recent_org.len() > 64 {
                    cx.recent_org.remove(0);
                }
            }
            cx.recent_groups.push((ei, si));
            if cx.recent_groups.len() > 64 {
                cx.recent_groups.remove(0);
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
                cx.routes.push((
                    route_end(sent, &toks, a),
                    route_end(sent, &toks, b),
                    ev(doc, sent.span),
                ));
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
            cx.routes.push((
                route_end(sent, &toks, a),
                route_end(sent, &toks, b),
                ev(doc, sent.span),
            ));
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
    let told_before = (cx.transfers.len(), cx.non_factual.len());
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
                needs: None,
                unless: None,
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
            // ("identified as carrying perchlorate": a gerund after "as" is its own verb)
            let gerund = toks[t].lower.ends_with("ing") && trig.dir != "noun";
            if in_attr[t]
                || t > cs && toks[t - 1].lower == "as" && !gerund
                || t > cs + 1 && toks[t - 1].lower == "a" && toks[t - 2].lower == "as"
            {
                // "received as gifts": part of another frame
                continue;
            }
            // "companies involved in shipping drones": an activity, a transfer only when the
            // sentence says to whom ("its role in shipping drones to Russia")
            let activity = is_activity(&toks, sets, cs, t);
            // "delivered 16 shipments of fuel": a counted noun is the measure of another
            // frame's items, not a transfer of its own
            if trig.dir == "noun"
                && t > cs
                && toks[t - 1]
                    .lower
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',')
                && (cs..t - 1).any(|k| {
                    res.data
                        .lexicon
                        .triggers
                        .get(&toks[k].lower)
                        .is_some_and(|x| x.dir != "noun")
                })
            {
                continue;
            }
            // "Shipments of the Mohajer-6 were received by Sudan": a nominal that opens its
            // clause and is the subject of a transfer verb after it is that verb's goods
            if trig.dir == "noun"
                && t <= cs + 3
                && (t + 1..ce).any(|k| {
                    res.data
                        .lexicon
                        .triggers
                        .get(&toks[k].lower)
                        .is_some_and(|x| matches!(x.dir.as_str(), "give" | "receive"))
                        && k > cs
                        && is_aux(&toks[k - 1].lower)
                })
            {
                continue;
            }
            // "specially equipped trucks": "equip" moves goods only in "equipped X with Y"
            // ("specially equipped vehicles with fuel tanks" describes, it moves nothing): the
            // word follows the verb or a party right after it
            // "hand grenades": a word after the trigger that makes it part of a name of goods
            if trig
                .unless
                .as_deref()
                .is_some_and(|u| t + 1 < ce && u.split('|').any(|x| toks[t + 1].lower == x))
            {
                continue;
            }
            // "the shells made their way to Russia": to make one's way somewhere is to get
            // there, as goods that "found their way" did
            let made_way = matches!(toks[t].lower.as_str(), "made" | "make" | "makes" | "making")
                && (t + 1..(t + 3).min(ce))
                    .find(|&k| toks[k].lower == "way")
                    .is_some_and(|k| {
                        toks[t + 1..k]
                            .iter()
                            .all(|x| matches!(x.lower.as_str(), "its" | "their" | "the"))
                            && k + 1 < ce
                            && matches!(toks[k + 1].lower.as_str(), "to" | "into")
                    });
            // "most of the rifles came from Bulgaria": goods coming from a party came as its
            // supply (not "came away with", which the lexicon's "away" reads)
            let came_from = is_provenance(&toks, t);
            if let Some(w) = trig.needs.as_ref().filter(|_| !made_way && !came_from) {
                let mut k = t + 1;
                if k < ce && matches!(toks[k].lower.as_str(), "the" | "its" | "their") {
                    k += 1;
                }
                let after_party = pms
                    .iter()
                    .find(|p| p.ts == k || p.ts + 1 == k && toks[p.ts].lower == "the")
                    .map(|p| p.te);
                // ("made him a present of": alternatives split by "|", after an article)
                let next_is = |k: usize| {
                    let k = if k + 1 < ce && matches!(toks[k].lower.as_str(), "a" | "an") {
                        k + 1
                    } else {
                        k
                    };
                    k < ce && w.split('|').any(|x| toks[k].lower == x)
                };
                // ("furnished Khalifa Haftar's forces with": the word after what a party owns)
                let possessed = after_party
                    .filter(|&e| e < ce && toks[e].lower == "'s")
                    .is_some_and(|e| (e + 2..(e + 8).min(ce)).any(next_is));
                // ("armed the separatist militias in the Donbas with": a definite object with a
                // place after it, then the word)
                let placed = k > t + 1
                    && after_party
                        .and_then(|e| past_place(&toks, &pms, e, ce))
                        .is_some_and(next_is);
                // ("found its way to": the word after a possessive)
                // ("spent $807 million on Russian arms": the word after the sum paid)
                let after_sum = past_sum(&toks, t + 1, ce);
                let sum_then_word = after_sum > t + 1 && next_is(after_sum);
                if !next_is(t + 1)
                    && !sum_then_word
                    && !next_is(k)
                    && !after_party.is_some_and(next_is)
                    && !possessed
                    && !placed
                {
                    continue;
                }
            }
            // "kept firing missiles at shipping": a gerund after a preposition names trade, not
            // an event ("by providing" and "of supplying" frame their own doers)
            if toks[t].lower.ends_with("ing")
                && toks[t].lower != "bring"
                && t > cs
                && matches!(
                    toks[t - 1].lower.as_str(),
                    "at" | "on" | "against" | "to" | "for" | "about"
                )
                && (t + 1 >= ce || !toks[t + 1].word || sets.stops.contains(&toks[t + 1].lower))
            {
                continue;
            }
            // "the minister, who flew with them": flying with someone or to somewhere carries
            // nothing
            // ("the gold was flown to Turkey" is cargo: a passive keeps its goods)
            if matches!(toks[t].lower.as_str(), "flew" | "flown" | "flying")
                && t + 1 < ce
                && (matches!(
                    toks[t + 1].lower.as_str(),
                    "with" | "over" | "aboard" | "in" | "back" | "home"
                ) || matches!(toks[t + 1].lower.as_str(), "to" | "from" | "into")
                    && !(t > cs && is_aux(&toks[t - 1].lower)))
            {
                continue;
            }
            // "Mnangagwa offered the Belarusian leader a stuffed lion": in an exchange of gifts
            // an offer is the giving; anywhere else ("Russia offered Iran jets") it is a plan
            if toks[t].lower == "offered" {
                let gift_words = |text: &str| {
                    let l = text.to_lowercase();
                    ["gift", "presents", "souvenir"]
                        .iter()
                        .any(|w| l.contains(w))
                };
                let sentences = &cx.doc.sentences;
                let context = gift_words(&sentences[si].text)
                    || si > 0 && gift_words(&sentences[si - 1].text)
                    || cx.doc.title.as_deref().is_some_and(gift_words);
                let infinitive = t + 1 < ce && toks[t + 1].lower == "to";
                if !context || infinitive {
                    continue;
                }
            }
            // "vessels flying the Iranian flag": a ship flies its flag, it carries no cargo
            if matches!(
                toks[t].lower.as_str(),
                "flew" | "flown" | "flying" | "fly" | "flies"
            ) && (t + 1..(t + 5).min(ce))
                .any(|k| matches!(toks[k].lower.as_str(), "flag" | "flags"))
            {
                continue;
            }
            // "Hamdani said smuggling aircraft parts into Iran endangers security": a gerund
            // right after a verb of saying is the topic of the statement, not an event (but
            // "Iran acknowledged sending drones": what one owns to is one's deed)
            if toks[t].lower.ends_with("ing")
                && t > cs
                && sets.speech.contains(&toks[t - 1].lower)
                && !OWNING_UP.contains(&toks[t - 1].lower.as_str())
            {
                continue;
            }
            // "returned to service", "returning to port": going back to a state or place is
            // no handing back
            if matches!(toks[t].lower.as_str(), "returned" | "returning")
                && t + 2 < ce
                && toks[t + 1].lower == "to"
                && toks[t + 2].word
                && !toks[t + 2].cap
                && !matches!(
                    toks[t + 2].lower.as_str(),
                    "the" | "its" | "their" | "his" | "her"
                )
            {
                continue;
            }
            // "docked at Baniyas to discharge crude": a bare verb of unloading moves goods only
            // as the purpose of a call at a port ("it waits to discharge its cargo" has not yet)
            if matches!(toks[t].lower.as_str(), "unload" | "offload" | "discharge")
                && !(t > cs + 1
                    && toks[t - 1].lower == "to"
                    && (cs..t - 1).any(|k| PORT_CALLS.contains(&toks[k].lower.as_str())))
            {
                continue;
            }
            // "carrying out a transfer": a light verb, the noun after it is the event
            if trig.dir == "carry" && t + 1 < ce && toks[t + 1].lower == "out" {
                continue;
            }
            // "giving up its nuclear programme", "gave way": phrasal verbs that move nothing
            if trig.dir == "give"
                && t + 1 < ce
                && matches!(
                    toks[t + 1].lower.as_str(),
                    "up" | "in" | "way" | "rise" | "birth" | "chase"
                )
                && matches!(
                    toks[t].lower.as_str(),
                    "give" | "gives" | "gave" | "given" | "giving"
                )
            {
                continue;
            }
            // "the North Korean ship Ji Song 6": a trigger word inside a name is no verb
            if pms.iter().any(|p| p.ts <= t && t < p.te) {
                continue;
            }
            // "to another ship, the Ocean Hermana": a vessel noun after a determiner
            if t > cs
                && sets.vessel.contains(&toks[t].lower)
                && DETERMINERS.contains(&toks[t - 1].lower.as_str())
                && !matches!(
                    toks[t - 1].lower.as_str(),
                    "also" | "reportedly" | "allegedly"
                )
            {
                continue;
            }
            // "received gifts from Shoigu", "his supplies": a verb form that is also a plural
            // noun is the noun after a determiner or after another verb of transfer
            // ("its imports of watches": a noun with its goods after "of" is read as one)
            // ("US sanctions ships and companies": or the object of a verb of judging)
            if trig.dir != "noun"
                && t > cs
                && toks[t].lower.ends_with('s')
                && toks.get(t + 1).is_none_or(|x| x.lower != "of")
                && (DETERMINERS.contains(&toks[t - 1].lower.as_str())
                    && !matches!(
                        toks[t - 1].lower.as_str(),
                        "also" | "reportedly" | "allegedly" | "even" | "just" | "only" | "that"
                    )
                    || res
                        .data
                        .lexicon
                        .triggers
                        .get(&toks[t - 1].lower)
                        .is_some_and(|x| matches!(x.dir.as_str(), "give" | "receive" | "carry"))
                    || JUDGING_VERBS.contains(&toks[t - 1].lower.as_str()))
            {
                continue;
            }
            // "Russia was able to bring in 300 machine tools from Germany": to bring in is to
            // import
            let brought_in = matches!(
                toks[t].lower.as_str(),
                "bring" | "brings" | "brought" | "bringing"
            ) && t + 1 < ce
                && toks[t + 1].lower == "in"
                && !(t + 2 < ce && toks[t + 2].cap);
            // "800 luxury vehicles that got into North Korea": goods that got into a place
            // arrived there
            let got_into = matches!(
                toks[t].lower.as_str(),
                "got" | "get" | "gets" | "getting" | "gotten"
            ) && t + 1 < ce
                && toks[t + 1].lower == "into";
            // "used vessels to get fuel supplies to North Korea": to get goods to a party is
            // to deliver them there (not "got Iran to supply": a verb follows that "to")
            let got_to = matches!(
                toks[t].lower.as_str(),
                "got" | "get" | "gets" | "getting" | "gotten"
            ) && (t + 2..(t + 9).min(ce))
                .find(|&k| toks[k].lower == "to")
                .is_some_and(|k| {
                    toks[t + 1..k].iter().all(|x| x.word)
                        && !pms.iter().any(|p| p.ts > t && p.ts < k)
                        // ("gets oil and access to Iran": goods end right before "to")
                        && {
                            let w = &toks[k - 1].lower;
                            !res.tax.hits(w).is_empty()
                                || items::goods_noun(res, w).is_some()
                                || sets.container.contains(w)
                        }
                        && (party_at(&toks, &pms, &in_attr, k + 1).is_some()
                            || toks.get(k + 1).is_some_and(|x| x.lower == "the")
                                && party_at(&toks, &pms, &in_attr, k + 2).is_some())
                });
            let (dir, kind) = if brought_in {
                ("receive".to_string(), "import".to_string())
            } else if got_to {
                ("give".to_string(), "delivery".to_string())
            } else if got_into || made_way {
                ("motion".to_string(), "delivery".to_string())
            } else if came_from {
                ("motion".to_string(), "supply".to_string())
            } else {
                (trig.dir.clone(), trig.kind.clone())
            };
            frame(
                cx,
                si,
                &toks,
                &pms,
                &in_attr,
                cs,
                ce,
                t,
                &dir,
                &kind,
                &clause_attrs[ci],
                &date,
                activity,
            );
        }
    }
    second_givers(cx, si, &toks, &pms, &in_attr);
    gifts_received_by(cx, si, &toks, &pms, &in_attr);
    gapped_transfers(cx, si, &toks, &pms, &in_attr);
    // "They included rifles and drones": a sentence with no transfer of its own that lists
    // what the load told just before held
    if (cx.transfers.len(), cx.non_factual.len()) == told_before {
        laden_vessel_arrival(cx, si, &toks, &pms, &in_attr, story_start, toks.len());
    }
    if (cx.transfers.len(), cx.non_factual.len()) == told_before {
        dependence(cx, si, &toks, &pms, &in_attr, story_start, toks.len());
    }
    if (cx.transfers.len(), cx.non_factual.len()) == told_before {
        supplied_goods_in_use(cx, si, &toks, &pms, &in_attr, story_start, toks.len());
    }
    if (cx.transfers.len(), cx.non_factual.len()) == told_before {
        if let Some(w) = bounds.windows(2).next() {
            listed_contents(cx, si, &toks, &pms, &in_attr, w[0].max(story_start), w[1]);
        }
    }
}

/// The token after a place phrase at `e` that locates the party before it ("the militias in
/// the Donbas", "troops of the junta in Mali"), or after a participle naming who leads it ("the
/// opposition headed by Riek Machar"), or None when no such phrase is there.
fn past_place(toks: &[Tok], pms: &[Pm], e: usize, ce: usize) -> Option<usize> {
    let prep = toks.get(e).filter(|_| e < ce)?;
    if LED_BY.contains(&prep.lower.as_str()) {
        if toks.get(e + 1).is_none_or(|x| x.lower != "by") {
            return None;
        }
        let p = pms.iter().find(|p| p.ts == e + 2 && p.te < ce)?;
        return Some(p.te);
    }
    if !matches!(prep.lower.as_str(), "in" | "of" | "across" | "from") {
        return None;
    }
    let k = if toks.get(e + 1).is_some_and(|x| x.lower == "the") {
        e + 2
    } else {
        e + 1
    };
    let p = pms.iter().find(|p| p.ts == k && p.te < ce)?;
    Some(p.te)
}

/// One end of a route the text states ("from Cuba to North Korea"), as an inferred party.
fn route_end(sent: &Sentence, toks: &[Tok], p: &Pm) -> PartyRef {
    PartyRef {
        name: p.canonical.clone(),
        mention: tok_text(sent, toks, p.ts, p.te).to_string(),
        kind: p.kind,
        inferred: true,
        inference: None,
        span: None,
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
