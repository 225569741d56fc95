//! Resolve: parties completed from the transfers, roles filled, every party screened, linked
//! states widened from the programmes of its list entries; and the direction of a transfer.
use crate::{
    AnalyzeOptions, Direction, ProgramCountries, ScreenStage, DEFAULT_REPORT_THRESHOLD,
    STRONG_MATCH,
};
use embargo_model::{
    MatchKind, Party, PartyKind, PartyRef, Report, Schema, ScreeningHit, Transfer,
};

/// Most extra mentions (besides the canonical name) screened per party: the text's own spelling
/// of a name can match where the canonical form does not, but each query costs a screening.
const MAX_EXTRA_QUERIES: usize = 2;

/// Finds the party a reference points to: by canonical name, then case-insensitively, then by mention.
pub(crate) fn find_party(parties: &[Party], name: &str, mention: &str) -> Option<usize> {
    parties
        .iter()
        .position(|p| p.name == name)
        .or_else(|| {
            parties
                .iter()
                .position(|p| p.name.eq_ignore_ascii_case(name))
        })
        .or_else(|| {
            // only a name-like mention identifies a party: "he" or "his guest" can be anyone
            let by_mention = looks_like_name(mention);
            parties.iter().position(|p| {
                p.mentions
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(name) || (by_mention && m == mention))
            })
        })
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// Makes sure a party exists for `r` and gives it `role`; returns its index.
fn ensure_party(parties: &mut Vec<Party>, r: &PartyRef, role: Option<&str>) -> usize {
    let i = match find_party(parties, &r.name, &r.mention) {
        Some(i) => i,
        None => {
            parties.push(Party {
                name: r.name.clone(),
                kind: r.kind,
                mentions: Vec::new(),
                roles: Vec::new(),
                countries: Vec::new(),
                screening: Vec::new(),
            });
            parties.len() - 1
        }
    };
    let p = &mut parties[i];
    push_unique(&mut p.mentions, &r.mention);
    if let Some(role) = role {
        push_unique(&mut p.roles, role);
    }
    i
}

fn ensure_parties_of(parties: &mut Vec<Party>, t: &Transfer, factual: bool) {
    let role = |r: &'static str| if factual { Some(r) } else { None };
    if let Some(g) = &t.giver {
        ensure_party(parties, g, role("giver"));
    }
    if let Some(r) = &t.recipient {
        ensure_party(parties, r, role("recipient"));
    }
    for a in &t.attributed_to {
        let r = PartyRef {
            name: a.name.clone(),
            mention: a.name.clone(),
            kind: a.kind,
            inferred: false,
            inference: None,
            span: None,
        };
        let i = ensure_party(parties, &r, role("source"));
        if let (true, Some(title)) = (factual, &a.role) {
            push_unique(&mut parties[i].roles, title);
        }
    }
}

/// Words that open a description, not a name ("the North Korean leader", "his guest").
const NOT_NAME_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "this", "that",
];

/// Whether a mention reads like a proper name (each word capitalised, no descriptive opener).
fn looks_like_name(m: &str) -> bool {
    let words: Vec<&str> = m.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || m.len() > 120 {
        return false;
    }
    if NOT_NAME_OPENERS
        .iter()
        .any(|w| words[0].eq_ignore_ascii_case(w))
    {
        return false;
    }
    // lowercase particles (bin, al, de, von) are allowed inside a name, not at its start
    words[0].chars().next().is_some_and(char::is_uppercase)
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .all(|w| w.len() <= 3)
        && words.iter().any(|w| w.chars().any(char::is_alphabetic))
}

/// A comparison key so "Kim Jong-un" and "Kim Jong Un" are one query.
fn query_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a hit rests on one approximate word pairing only ("Reuters" ~ "ROUTER", "RIA" ~ "RIAA"):
/// one word spelt differently is too little to tie a named party to a listed one.
fn rests_on_one_fuzzy_word(h: &ScreeningHit) -> bool {
    match h.token_matches.as_slice() {
        [only] => !matches!(only.kind, MatchKind::Exact | MatchKind::Alias),
        _ => false,
    }
}

/// The schema to screen a party as; `None` inside `Some` = any schema; outer `None` = not screened.
fn screen_schema(p: &Party) -> Option<Option<Schema>> {
    // a description ("defense ministry's assessment", "unnamed sources") names no one: screening it
    // would tie it to whichever listed body shares a common word
    if p.kind != PartyKind::State && !looks_like_name(&p.name) {
        return None;
    }
    match p.kind {
        PartyKind::Person => Some(Some(Schema::Person)),
        // organisations in news include ships and aircraft ("the tanker X"): any non-person schema
        PartyKind::Organisation => Some(None),
        // a state is not a listed person or entity; its link is its own country code
        PartyKind::State => None,
        PartyKind::Unknown => Some(None),
    }
}

/// Whether a person query can identify anyone: two or more name words (initials do not count).
/// One name alone ("Adam", "Adam J.") matches every listed namesake and mononym alias.
fn identifies_person(q: &str) -> bool {
    q.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 2
}

/// The names screened for a party: its canonical name, then distinct name-like mentions.
fn queries(p: &Party) -> Vec<String> {
    let mut out = queries_unfiltered(p);
    if p.kind == PartyKind::Person {
        out.retain(|q| identifies_person(q));
    }
    out
}

fn queries_unfiltered(p: &Party) -> Vec<String> {
    let mut out: Vec<String> = vec![p.name.clone()];
    let mut keys = vec![query_key(&p.name)];
    for m in &p.mentions {
        if out.len() > MAX_EXTRA_QUERIES {
            break;
        }
        let k = query_key(m);
        if !k.is_empty() && looks_like_name(m) && !keys.contains(&k) {
            keys.push(k);
            out.push(m.clone());
        }
    }
    out
}

/// Screens one party; hits merged per entry (best score kept), best first, capped.
fn screen_party(p: &Party, screen: &dyn ScreenStage, opts: &AnalyzeOptions) -> Vec<ScreeningHit> {
    let Some(schema) = screen_schema(p) else {
        return Vec::new();
    };
    let threshold = opts.threshold.unwrap_or(DEFAULT_REPORT_THRESHOLD);
    let mut hits: Vec<ScreeningHit> = Vec::new();
    for q in queries(p) {
        // without a schema, entries of the excluded kind may take places: ask for more
        let limit = if schema.is_none() {
            opts.max_hits.saturating_mul(2)
        } else {
            opts.max_hits
        };
        match screen.screen(&q, schema, Some(threshold), limit) {
            Ok(found) => {
                for h in found {
                    // a person is never an organisation's entry, nor the reverse
                    let wrong_schema = match p.kind {
                        PartyKind::Organisation => h.schema == Schema::Person,
                        PartyKind::Person => h.schema != Schema::Person,
                        _ => false,
                    };
                    if h.score < threshold || wrong_schema || rests_on_one_fuzzy_word(&h) {
                        continue;
                    }
                    match hits
                        .iter_mut()
                        .find(|x| x.list == h.list && x.list_id == h.list_id)
                    {
                        Some(x) if x.score >= h.score => {}
                        Some(x) => *x = h,
                        None => hits.push(h),
                    }
                }
            }
            // a refused query (too long, not a name) is not a failure of the document
            Err(e) => tracing::debug!(query = %q, error = %e, "screening skipped"),
        }
    }
    hits.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.list.cmp(&b.list))
            .then(a.list_id.cmp(&b.list_id))
    });
    if let (Some(margin), Some(best)) = (opts.namesake_margin, hits.first().map(|h| h.score)) {
        if best >= STRONG_MATCH {
            hits.retain(|h| h.score >= best - margin);
        }
    }
    hits.truncate(opts.max_hits);
    hits
}

/// Completes, screens and links every party of the report.
pub(crate) fn resolve_parties(
    report: &mut Report,
    screen: &dyn ScreenStage,
    programs: &ProgramCountries,
    opts: &AnalyzeOptions,
) {
    let mut parties = std::mem::take(&mut report.parties);
    for t in &report.transfers {
        ensure_parties_of(&mut parties, t, true);
    }
    for c in &report.non_factual {
        ensure_parties_of(&mut parties, &c.transfer, false);
    }
    for p in parties.iter_mut() {
        p.screening = screen_party(p, screen, opts);
        // only a strong match links the party to its entry's state: a weaker hit is a candidate
        // for review and must not decide which regime applies
        // ... and only when the text does not already tie the party to other states: "Ukraine's
        // prosecutor general Andriy Kostin" stays Ukrainian although a Russian banker of that name
        // is listed (the hit is still shown, for review)
        let own = p.countries.clone();
        for h in p.screening.iter().filter(|h| h.score >= STRONG_MATCH) {
            let states: Vec<String> = h
                .programs
                .iter()
                .flat_map(|prog| programs.countries(h.list, prog))
                .collect();
            if own.is_empty() || states.iter().any(|c| own.contains(c)) {
                for c in &states {
                    push_unique(&mut p.countries, c);
                }
            }
        }
    }
    // every reference carries the canonical name of the party it was resolved to, so a reader can
    // join `transfers[].giver.name` to `parties[].name`
    let transfers = report
        .transfers
        .iter_mut()
        .chain(report.non_factual.iter_mut().map(|c| &mut c.transfer));
    for t in transfers {
        for r in [t.giver.as_mut(), t.recipient.as_mut()]
            .into_iter()
            .flatten()
        {
            if let Some(i) = find_party(&parties, &r.name, &r.mention) {
                if r.name != parties[i].name {
                    r.name = parties[i].name.clone();
                }
            }
        }
    }
    report.parties = parties;
}

fn side(
    parties: &[Party],
    r: Option<&PartyRef>,
    map: &ProgramCountries,
) -> (Vec<String>, Vec<String>) {
    let Some(r) = r else {
        return (Vec::new(), Vec::new());
    };
    let Some(i) = find_party(parties, &r.name, &r.mention) else {
        return (Vec::new(), Vec::new());
    };
    let p = &parties[i];
    let mut programs = Vec::new();
    // a strong hit whose states the party was not linked to (a namesake in another state) does
    // not lend its programmes either
    let consistent = |h: &&ScreeningHit| {
        let states: Vec<String> = h
            .programs
            .iter()
            .flat_map(|prog| map.countries(h.list, prog))
            .collect();
        states.is_empty() || states.iter().any(|c| p.countries.contains(c))
    };
    for h in p
        .screening
        .iter()
        .filter(|h| h.score >= STRONG_MATCH)
        .filter(consistent)
    {
        for prog in &h.programs {
            push_unique(
                &mut programs,
                prog.trim().trim_matches(|c| c == '[' || c == ']').trim(),
            );
        }
    }
    (p.countries.clone(), programs)
}

/// The direction of a transfer from its resolved parties.
pub(crate) fn direction(t: &Transfer, parties: &[Party], map: &ProgramCountries) -> Direction {
    let (giver_countries, giver_programs) = side(parties, t.giver.as_ref(), map);
    let (recipient_countries, recipient_programs) = side(parties, t.recipient.as_ref(), map);
    Direction {
        giver_countries,
        recipient_countries,
        giver_programs,
        recipient_programs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_shapes() {
        assert!(looks_like_name("Kim Jong-un"));
        assert!(looks_like_name("Mohammed bin Salman"));
        assert!(!looks_like_name("the North Korean leader"));
        assert!(!looks_like_name("his guest"));
        assert!(!looks_like_name("Russia's ambassador to Pyongyang"));
        assert!(!looks_like_name(""));
    }

    #[test]
    fn references_find_parties_by_name_not_by_pronoun() {
        let mk = |n: &str, m: &[&str]| Party {
            name: n.into(),
            kind: PartyKind::Person,
            mentions: m.iter().map(|s| s.to_string()).collect(),
            roles: vec![],
            countries: vec![],
            screening: vec![],
        };
        let parties = vec![
            mk("Yutaka Oyama", &["he", "Oyama"]),
            mk("Kim Jong Un", &["Kim Jong-un"]),
        ];
        assert_eq!(find_party(&parties, "Kim Jong Un", "he"), Some(1));
        assert_eq!(find_party(&parties, "someone", "he"), None);
        assert_eq!(find_party(&parties, "Kim Jong-un", "x"), Some(1));
        assert_eq!(find_party(&parties, "Oleg", "Oyama"), Some(0));
    }

    fn strong_hit(id: &str, program: &str) -> ScreeningHit {
        ScreeningHit {
            list: embargo_model::ListKind::UsOfacSdn,
            list_id: id.into(),
            listed_name: id.into(),
            primary_name: id.into(),
            schema: Schema::Person,
            programs: vec![program.into()],
            score: 0.97,
            explanation: String::new(),
            token_matches: vec![],
            unmatched_query_tokens: vec![],
            unmatched_listed_tokens: vec![],
        }
    }

    #[test]
    fn a_namesake_in_another_state_lends_no_programmes() {
        let person = |name: &str, c: &str, hit: ScreeningHit| Party {
            name: name.into(),
            kind: PartyKind::Person,
            mentions: vec![],
            roles: vec![],
            countries: vec![c.into()],
            screening: vec![hit],
        };
        let parties = vec![
            person("Andriy Kostin", "UA", strong_hit("24063", "RUSSIA-EO14024")),
            person("Kim Jong Un", "KP", strong_hit("20157", "DPRK3")),
        ];
        let r = |n: &str| PartyRef {
            name: n.into(),
            mention: n.into(),
            kind: PartyKind::Person,
            inferred: false,
            inference: None,
            span: None,
        };
        let t = Transfer {
            id: "t1".into(),
            giver: Some(r("Andriy Kostin")),
            giver_note: None,
            recipient: Some(r("Kim Jong Un")),
            items: vec![],
            kind: "gift".into(),
            trigger: "gave".into(),
            date: None,
            place: None,
            attributed_to: vec![],
            evidence: vec![],
            confidence: 1.0,
        };
        let map = ProgramCountries::builtin().unwrap();
        let d = direction(&t, &parties, &map);
        assert!(d.giver_programs.is_empty(), "{d:?}");
        assert_eq!(d.giver_countries, vec!["UA"]);
        assert_eq!(d.recipient_programs, vec!["DPRK3"]);
        assert_eq!(d.recipient_countries, vec!["KP"]);
    }

    #[test]
    fn one_fuzzy_word_is_not_enough() {
        let tm = |q: &str, l: &str, kind| embargo_model::TokenMatch {
            query_token: q.into(),
            listed_token: l.into(),
            kind,
            score: 0.97,
        };
        let mut h = ScreeningHit {
            list: embargo_model::ListKind::UsOfacSdn,
            list_id: "47406".into(),
            listed_name: "ROUTER".into(),
            primary_name: "LIMITED LIABILITY COMPANY MILLING MACHINES".into(),
            schema: Schema::Organization,
            programs: vec!["RUSSIA-EO14024".into()],
            score: 0.92,
            explanation: String::new(),
            token_matches: vec![tm("reuters", "ROUTER", MatchKind::Transliteration)],
            unmatched_query_tokens: vec![],
            unmatched_listed_tokens: vec![],
        };
        assert!(rests_on_one_fuzzy_word(&h));
        h.token_matches = vec![tm("mercury", "MERCURY", MatchKind::Exact)];
        assert!(!rests_on_one_fuzzy_word(&h));
        h.token_matches
            .push(tm("peskoff", "PESKOV", MatchKind::Phonetic));
        assert!(!rests_on_one_fuzzy_word(&h));
    }

    #[test]
    fn a_single_name_does_not_identify_a_person() {
        assert!(identifies_person("Kim Jong-un"));
        assert!(identifies_person("Sergei Shoigu"));
        assert!(!identifies_person("Adam J"));
        assert!(!identifies_person("Adam J."));
        assert!(!identifies_person("Putin"));
    }

    #[test]
    fn queries_skip_descriptions_and_repeats() {
        let p = Party {
            name: "Kim Jong Un".into(),
            kind: PartyKind::Person,
            mentions: vec![
                "Kim Jong Un".into(),
                "Kim Jong-un".into(),
                "the North Korean leader".into(),
                "his guest".into(),
            ],
            roles: vec![],
            countries: vec![],
            screening: vec![],
        };
        assert_eq!(queries(&p), vec!["Kim Jong Un".to_string()]);
    }
}
