//! Name-pair scoring: pair query tokens with listed tokens (best-first assignment, with
//! joined/split words), weigh them by role, penalise what is left unmatched.
use crate::sim::{token_similarity, TokInfo};
use crate::text::{parse_name, Role, Tok};
use embargo_model::{MatchKind, Schema, TokenMatch};
use serde::{Deserialize, Serialize};

/// Token pairs below this similarity are not pairs: both tokens count as unmatched.
pub const ACCEPT_PAIR: f64 = 0.5;

/// The smallest factor on the penalty of an unmatched query token (the candidate search
/// relies on it for its score bound).
pub const MIN_QUERY_FACTOR: f64 = 0.4;

/// Score factor when hyphen-joined words are matched in reverse order (Seok-jin, Jin-sok).
pub const REVERSED_FACTOR: f64 = 0.65;

/// Joined/split words pair only when (nearly) equal after transliteration.
pub const MERGE_PAIR: f64 = 0.85;

/// Names with more words than this pair only words at least [`RETRIEVE_PAIR`] alike.
pub const LONG_NAME: usize = 8;

/// Score factor when a multi-word query shares only one word with a listed name; below
/// any sensible threshold, so such names are never hits (the candidate search relies on it).
pub const SINGLE_WORD_FACTOR: f64 = 0.65;

/// Similarity from which a vocabulary token is a retrieval candidate for a query token.
pub const RETRIEVE_PAIR: f64 = 0.7;

/// Which query/listed unit: a single token or two adjacent tokens read as one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    One(usize),
    Two(usize),
}

impl Unit {
    fn covers(self) -> (usize, usize) {
        match self {
            Unit::One(i) => (i, i),
            Unit::Two(i) => (i, i + 1),
        }
    }
}

/// One accepted pairing.
#[derive(Debug, Clone)]
pub(crate) struct Pairing {
    pub q: Unit,
    pub l: Unit,
    pub sim: f64,
    pub kind: MatchKind,
}

/// The raw alignment of two names.
#[derive(Debug, Clone, Default)]
pub(crate) struct Alignment {
    pub score: f64,
    pub pairs: Vec<Pairing>,
    pub unmatched_q: Vec<usize>,
    pub unmatched_l: Vec<usize>,
    /// Matched as a whole name (words joined differently), not word by word.
    pub whole: bool,
}

pub(crate) fn weight(role: Role) -> f64 {
    match role {
        Role::Surname => 1.3,
        Role::Given | Role::Number => 1.0,
        Role::Patronymic => 0.7,
        Role::Initial => 0.6,
        Role::Particle => 0.3,
        Role::Legal => 0.2,
    }
}

/// Penalty weight of a listed token the query does not mention (omission is normal: lists
/// give full names, reports short ones), by the schema of the entry.
fn listed_penalty(role: Role, schema: Schema) -> f64 {
    let org = matches!(
        schema,
        Schema::Organization | Schema::Vessel | Schema::Aircraft
    );
    match role {
        Role::Patronymic => 0.07,
        Role::Legal | Role::Particle => 0.05,
        Role::Initial => 0.1,
        Role::Surname => 0.9,
        Role::Given | Role::Number => {
            if org {
                0.7
            } else {
                0.45
            }
        }
    }
}

/// Penalty weight of a query token that no listed token explains.
fn query_penalty(role: Role) -> f64 {
    match role {
        Role::Patronymic => 0.5,
        Role::Initial => 0.3,
        r => weight(r),
    }
}

/// What a pair adds to the score. Spelling-only similarity (edit distance, phonetic key)
/// is squared: a surname 0.8 alike is more often another person than a typo, while
/// transliteration, name-variant and initial matches count as they are.
/// A listed surname is the stable core of a person's identity (given names vary with
/// nicknames and transliteration), so a merely similar surname counts even less (cubed).
fn contribution(sim: f64, kind: MatchKind, surname: bool) -> f64 {
    match kind {
        MatchKind::EditDistance | MatchKind::Phonetic if surname => sim * sim * sim,
        MatchKind::EditDistance | MatchKind::Phonetic => sim * sim,
        _ => sim,
    }
}

fn informative(r: Role) -> bool {
    matches!(r, Role::Given | Role::Surname | Role::Number)
}

/// Penalty multipliers for unmatched query and listed tokens. When only one side has
/// words left over, the other side just omitted them (reports shorten names, lists give
/// full names, and some reports add a middle name): a light penalty. When both sides have
/// name words left over, they disagree (Ivan vs Oleg): a full penalty on both.
pub(crate) fn penalty_factors(q: &[Role], l: &[Role], uq: &[usize], ul: &[usize]) -> (f64, f64) {
    let q_left = uq.iter().any(|&i| informative(q[i]));
    let l_left = ul.iter().any(|&j| informative(l[j]));
    if q_left && l_left {
        (1.0, 1.6)
    } else {
        (MIN_QUERY_FACTOR, 0.8)
    }
}

/// Aligns two parsed names. `sim(q_unit, l_unit)` gives the similarity of two units.
pub(crate) fn align(
    (q, q_links): (&[Role], &[bool]),
    (l, l_links): (&[Role], &[bool]),
    schema: Schema,
    korean: bool,
    sim: &mut dyn FnMut(Unit, Unit, f64) -> (f64, MatchKind),
) -> Alignment {
    // Long names (institutions) pair only clearly similar words: keeps the work bounded
    // and weak pairs carry no information among a dozen words.
    let accept = if korean {
        ACCEPT_PAIR
    } else if q.len() > LONG_NAME || l.len() > LONG_NAME {
        RETRIEVE_PAIR
    } else {
        ACCEPT_PAIR
    };
    // Korean syllables joined differently must be the same syllables (Jae-myung is not Zeming).
    let merge_accept = if korean { 0.95 } else { MERGE_PAIR };
    let mut cands: Vec<Pairing> = Vec::with_capacity(q.len() * l.len() * 2);
    for (i, &qr) in q.iter().enumerate() {
        for (j, &lr) in l.iter().enumerate() {
            let (s, k) = sim(Unit::One(i), Unit::One(j), accept);
            // Two different patronymics are a disagreement, never a weak match.
            let both_patr = qr == Role::Patronymic && lr == Role::Patronymic;
            if s >= accept && !(both_patr && s < 0.85) {
                cands.push(Pairing {
                    q: Unit::One(i),
                    l: Unit::One(j),
                    sim: s,
                    kind: k,
                });
            }
        }
    }
    // Joined/split words: "Jongun" ~ "Jong" + "Un", "JanDaniel" ~ "Jan Daniel".
    let mergeable = |r: &Role| {
        matches!(
            r,
            Role::Given | Role::Surname | Role::Patronymic | Role::Particle | Role::Legal
        )
    };
    for i in 0..q.len() {
        for j in 0..l.len().saturating_sub(1) {
            if mergeable(&l[j]) && mergeable(&l[j + 1]) {
                let (s, k) = sim(Unit::One(i), Unit::Two(j), merge_accept);
                if s >= merge_accept {
                    cands.push(Pairing {
                        q: Unit::One(i),
                        l: Unit::Two(j),
                        sim: s,
                        kind: k,
                    });
                }
            }
        }
    }
    for i in 0..q.len().saturating_sub(1) {
        if !(mergeable(&q[i]) && mergeable(&q[i + 1])) {
            continue;
        }
        for j in 0..l.len() {
            let (s, k) = sim(Unit::Two(i), Unit::One(j), merge_accept);
            if s >= merge_accept {
                cands.push(Pairing {
                    q: Unit::Two(i),
                    l: Unit::One(j),
                    sim: s,
                    kind: k,
                });
            }
        }
    }
    // Best first; on ties prefer the pairing that explains more tokens, then surname pairs.
    cands.sort_by(|a, b| {
        let wa = matches!(a.q, Unit::Two(_)) as u8 + matches!(a.l, Unit::Two(_)) as u8;
        let wb = matches!(b.q, Unit::Two(_)) as u8 + matches!(b.l, Unit::Two(_)) as u8;
        b.sim
            .partial_cmp(&a.sim)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(wb.cmp(&wa))
    });
    let mut q_used = vec![false; q.len()];
    let mut l_used = vec![false; l.len()];
    let mut pairs = Vec::new();
    for c in cands {
        let (qa, qb) = c.q.covers();
        let (la, lb) = c.l.covers();
        if q_used[qa..=qb].iter().any(|&u| u) || l_used[la..=lb].iter().any(|&u| u) {
            continue;
        }
        q_used[qa..=qb].iter_mut().for_each(|u| *u = true);
        l_used[la..=lb].iter_mut().for_each(|u| *u = true);
        pairs.push(c);
    }
    let mut num = 0.0;
    let mut den = 0.0;
    let mut strong = false;
    let mut informative_pairs = 0;
    for p in &pairs {
        let (qa, qb) = p.q.covers();
        let (la, lb) = p.l.covers();
        let wq: f64 = q[qa..=qb].iter().map(|&r| weight(r)).sum();
        let wl: f64 = l[la..=lb].iter().map(|&r| weight(r)).sum();
        let w = wq.max(wl);
        let surname = q[qa..=qb].contains(&Role::Surname) || l[la..=lb].contains(&Role::Surname);
        num += contribution(p.sim, p.kind, surname) * w;
        den += w;
        let informative = |r: &Role| {
            matches!(
                r,
                Role::Given | Role::Surname | Role::Number | Role::Patronymic
            )
        };
        if q[qa..=qb].iter().any(informative) && l[la..=lb].iter().any(informative) {
            strong = true;
            informative_pairs += q[qa..=qb].iter().filter(|r| informative(r)).count();
        }
    }
    let unmatched_q: Vec<usize> = (0..q.len()).filter(|&i| !q_used[i]).collect();
    let unmatched_l: Vec<usize> = (0..l.len()).filter(|&j| !l_used[j]).collect();
    let (mut qm, mut lm) = penalty_factors(q, l, &unmatched_q, &unmatched_l);
    // A hyphenated Korean given name is one name ("Heung-min"): matching only part of it is
    // a different name, not an omission (Western double names are often shortened).
    let name_word = |r: Role| matches!(r, Role::Given | Role::Surname);
    let broken = |roles: &[Role], links: &[bool], used: &[bool], i: usize| {
        let linked_used = |k: usize| used.get(k) == Some(&true) && name_word(roles[k]);
        name_word(roles[i])
            && ((links.get(i) == Some(&true) && i > 0 && linked_used(i - 1))
                || (links.get(i + 1) == Some(&true) && linked_used(i + 1)))
    };
    let q_broken = unmatched_q.iter().any(|&i| broken(q, q_links, &q_used, i));
    let l_broken = unmatched_l.iter().any(|&j| broken(l, l_links, &l_used, j));
    if korean && (q_broken || l_broken) {
        qm = qm.max(1.5);
        lm = lm.max(1.6);
    }
    for &i in &unmatched_q {
        den += query_penalty(q[i]) * qm;
    }
    for &j in &unmatched_l {
        den += listed_penalty(l[j], schema) * lm;
    }
    // Within a hyphenated name the order is part of the name (Seok-jin is not Jin-seok).
    let mut reversed = false;
    for a in &pairs {
        for b in &pairs {
            let (Unit::One(qa), Unit::One(qb)) = (a.q, b.q) else {
                continue;
            };
            let (Unit::One(la), Unit::One(lb)) = (a.l, b.l) else {
                continue;
            };
            if qb == qa + 1 && lb + 1 == la && (q_links[qb] || l_links[la]) {
                reversed = true;
            }
        }
    }
    // Both names state a patronymic and they differ: the father differs.
    if unmatched_q.iter().any(|&i| q[i] == Role::Patronymic)
        && unmatched_l.iter().any(|&j| l[j] == Role::Patronymic)
    {
        den += 1.0;
    }
    let mut score = if strong && den > 0.0 {
        (num / den).clamp(0.0, 1.0)
    } else {
        0.0
    };
    if reversed && korean {
        score *= REVERSED_FACTOR;
    }
    // One shared word out of several is weak evidence ("Marija X" vs "MARIJA");
    // `informative_pairs` counts query words explained by informative pairs.
    let q_informative = q.iter().filter(|&&r| informative(r)).count();
    if informative_pairs == 1 && q_informative >= 2 {
        score *= SINGLE_WORD_FACTOR;
    }
    Alignment {
        score,
        pairs,
        unmatched_q,
        unmatched_l,
        whole: false,
    }
}

/// Score of a whole-name match (words written together or apart differently).
pub const WHOLE_NAME: f64 = 0.97;

/// When both names, written without spaces, are equal after transliteration but split into
/// words differently (three or more words on one side), they match as a whole.
fn whole_match(q: &NameData, l: &NameData) -> Option<Alignment> {
    let qn = q.toks.iter().filter(|t| t.role != Role::Legal).count();
    let ln = l.toks.iter().filter(|t| t.role != Role::Legal).count();
    if qn == ln || qn.max(ln) < 3 {
        return None;
    }
    let (qw, lw) = (crate::text::whole(&q.toks), crate::text::whole(&l.toks));
    if qw.len() < 4 || crate::text::skeletons(&qw)[0] != crate::text::skeletons(&lw)[0] {
        return None;
    }
    Some(whole_alignment())
}

/// The alignment recorded for a whole-name match.
pub(crate) fn whole_alignment() -> Alignment {
    Alignment {
        score: WHOLE_NAME,
        whole: true,
        ..Default::default()
    }
}

/// Comparison data of a name: its tokens, their infos and the infos of adjacent pairs.
pub(crate) struct NameData {
    pub toks: Vec<Tok>,
    pub infos: Vec<TokInfo>,
    pub merges: Vec<TokInfo>,
}

impl NameData {
    pub fn new(name: &str, schema: Schema, query: bool) -> NameData {
        let toks = parse_name(name, schema, query);
        let infos = toks.iter().map(|t| TokInfo::new(&t.norm)).collect();
        let merges = toks
            .windows(2)
            .map(|w| TokInfo::new(&format!("{}{}", w[0].norm, w[1].norm)))
            .collect();
        NameData {
            toks,
            infos,
            merges,
        }
    }

    pub fn roles(&self) -> Vec<Role> {
        self.toks.iter().map(|t| t.role).collect()
    }

    pub fn links(&self) -> Vec<bool> {
        self.toks.iter().map(|t| t.linked).collect()
    }

    fn unit(&self, u: Unit) -> (&TokInfo, Role) {
        match u {
            Unit::One(i) => (&self.infos[i], self.toks[i].role),
            Unit::Two(i) => (&self.merges[i], self.toks[i].role),
        }
    }
}

/// Aligns two prepared names computing similarities directly.
pub(crate) fn align_data(q: &NameData, l: &NameData, schema: Schema) -> Alignment {
    let korean = crate::text::looks_korean(&q.toks) && crate::text::looks_korean(&l.toks);
    if let Some(a) = whole_match(q, l) {
        return a;
    }
    let mut f = |a: Unit, b: Unit, _min: f64| {
        let (qa, qr) = q.unit(a);
        let (lb, lr) = l.unit(b);
        let r = token_similarity(qa, lb, qr, lr);
        if korean {
            crate::sim::korean_gate(qa, lb, r)
        } else {
            r
        }
    };
    align(
        (&q.roles(), &q.links()),
        (&l.roles(), &l.links()),
        schema,
        korean,
        &mut f,
    )
}

/// The result of comparing two names with [`score_names`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairScore {
    /// Similarity in 0..1.
    pub score: f64,
    /// The token pairings.
    pub token_matches: Vec<TokenMatch>,
    /// Tokens of the first name left unmatched.
    pub unmatched_query_tokens: Vec<String>,
    /// Tokens of the second name left unmatched.
    pub unmatched_listed_tokens: Vec<String>,
    /// A readable sentence explaining the score.
    pub explanation: String,
}

fn unit_text(toks: &[Tok], u: Unit, listed: bool) -> String {
    let (a, b) = u.covers();
    toks[a..=b]
        .iter()
        .map(|t| {
            if listed {
                t.display.clone()
            } else {
                t.norm.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn kind_name(k: MatchKind) -> &'static str {
    match k {
        MatchKind::Exact => "exact",
        MatchKind::Transliteration => "transliteration",
        MatchKind::Phonetic => "phonetic",
        MatchKind::EditDistance => "similar spelling",
        MatchKind::Initial => "initial",
        MatchKind::Alias => "name variant",
    }
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Surname => "surname",
        Role::Given => "name",
        Role::Patronymic => "patronymic",
        Role::Particle => "particle",
        Role::Legal => "legal form",
        Role::Initial => "initial",
        Role::Number => "number",
    }
}

/// Turns an alignment into a [`PairScore`] with readable strings.
pub(crate) fn describe(q: &[Tok], l: &[Tok], a: &Alignment, schema: Schema) -> PairScore {
    let mut token_matches = Vec::new();
    let mut parts = Vec::new();
    if a.whole {
        let qt = q
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let lt = l
            .iter()
            .map(|t| t.display.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        parts.push(format!(
            "\"{qt}\" ~ \"{lt}\" (transliteration, words joined differently)"
        ));
        token_matches.push(TokenMatch {
            query_token: qt,
            listed_token: lt,
            kind: MatchKind::Transliteration,
            score: a.score,
        });
    }
    for p in &a.pairs {
        let qt = unit_text(q, p.q, false);
        let lt = unit_text(l, p.l, true);
        let sym = if p.kind == MatchKind::Exact { "=" } else { "~" };
        let kind = if p.kind == MatchKind::EditDistance {
            format!("similar spelling, {:.2}", p.sim)
        } else {
            kind_name(p.kind).to_string()
        };
        parts.push(format!("\"{qt}\" {sym} \"{lt}\" ({kind})"));
        token_matches.push(TokenMatch {
            query_token: qt,
            listed_token: lt,
            kind: p.kind,
            score: p.sim,
        });
    }
    let mut sentence = if parts.is_empty() {
        "no tokens matched".to_string()
    } else {
        parts.join(", ")
    };
    let uq: Vec<String> = a.unmatched_q.iter().map(|&i| q[i].norm.clone()).collect();
    let ul: Vec<String> = a
        .unmatched_l
        .iter()
        .map(|&j| l[j].display.clone())
        .collect();
    for &i in &a.unmatched_q {
        sentence.push_str(&format!(
            "; query \"{}\" unmatched ({}, penalised)",
            q[i].norm,
            role_name(q[i].role)
        ));
    }
    for &j in &a.unmatched_l {
        let pen = listed_penalty(l[j].role, schema);
        let how = if pen <= 0.1 {
            "not penalised"
        } else if pen < 0.6 {
            "lightly penalised"
        } else {
            "penalised"
        };
        sentence.push_str(&format!(
            "; listed \"{}\" unmatched ({}, {how})",
            l[j].display,
            role_name(l[j].role)
        ));
    }
    PairScore {
        score: a.score,
        token_matches,
        unmatched_query_tokens: uq,
        unmatched_listed_tokens: ul,
        explanation: sentence,
    }
}

/// Scores how likely two names denote the same party, with the rules for `schema`
/// (`a` is read as the query: titles stripped; `b` as the listed name).
pub fn score_names(a: &str, b: &str, schema: Schema) -> PairScore {
    let q = NameData::new(a, schema, true);
    let l = NameData::new(b, schema, false);
    let al = align_data(&q, &l, schema);
    describe(&q.toks, &l.toks, &al, schema)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: &str, b: &str) -> f64 {
        score_names(a, b, Schema::Person).score
    }

    #[test]
    fn short_report_name_matches_full_listed_name() {
        assert!(s("Vladimir Putin", "PUTIN, Vladimir Vladimirovich") > 0.9);
        assert!(s("Oleg Kozhemiako", "KOZHEMYAKO, Oleg Nikolayevich") > 0.85);
        assert!(s("Oleh Kozhemiako", "KOZHEMYAKO, Oleg Nikolayevich") > 0.85);
        assert!(s("Kim Jong-un", "KIM, Jong Un") > 0.9);
        assert!(s("Kim Jongun", "KIM, Jong Un") > 0.85);
        assert!(s("김정은", "KIM, Jong Un") > 0.85);
        assert!(s("Kim Jeong-eun", "KIM, Jong Un") > 0.85);
        assert!(s("Kim Chŏng-ŭn", "KIM, Jong Un") > 0.85);
    }

    #[test]
    fn near_misses_stay_low() {
        assert!(s("Ivan Kozhemyako", "KOZHEMYAKO, Oleg Nikolayevich") < 0.6);
        assert!(s("Michelle Obama", "Barack Obama") < 0.6);
    }

    #[test]
    fn explanation_reads() {
        let p = score_names(
            "Oleg Kozhemiako",
            "KOZHEMYAKO, Oleg Nikolayevich",
            Schema::Person,
        );
        assert!(
            p.explanation
                .contains("\"kozhemiako\" ~ \"KOZHEMYAKO\" (transliteration)"),
            "{}",
            p.explanation
        );
        assert!(
            p.explanation.contains("\"oleg\" = \"Oleg\" (exact)"),
            "{}",
            p.explanation
        );
        assert!(
            p.explanation
                .contains("listed \"Nikolayevich\" unmatched (patronymic, not penalised)"),
            "{}",
            p.explanation
        );
    }
}
