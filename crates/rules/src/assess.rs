//! Assessing one item under one regime: direction, matching provisions, thresholds, caps,
//! exemptions, open-ended lists, and the reasoning text.
use crate::format::Direction;
use crate::regime::{reaches, Regime, Relation, Rule};
use embargo_model::{Assessment, Category, Item, Party, ProvisionRef, Verdict};
use std::collections::BTreeSet;

/// Item tags read per item; the taxonomy emits a handful, so more is untrusted noise.
const MAX_TAGS: usize = 64;
/// Characters of the item's words quoted in a reason.
const MAX_ITEM_CHARS: usize = 120;

/// Who is on each side of a transfer, as far as regimes care: the states and sanctions programmes
/// each side is linked to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TransferContext {
    /// ISO codes of states the giver is linked to (`RU`).
    pub giver_countries: Vec<String>,
    /// ISO codes of states the recipient is linked to (`KP`).
    pub recipient_countries: Vec<String>,
    /// Sanctions programmes of list entries the giver is (`RUSSIA-EO14024`).
    pub giver_programs: Vec<String>,
    /// Sanctions programmes of list entries the recipient is (`DPRK3`).
    pub recipient_programs: Vec<String>,
}

impl TransferContext {
    /// Context from the resolved parties: their countries and the programmes of their screening hits.
    ///
    /// Every hit counts; filter `Party.screening` by score first if weak hits must not link a party.
    pub fn from_parties(giver: Option<&Party>, recipient: Option<&Party>) -> TransferContext {
        fn parts(p: Option<&Party>) -> (Vec<String>, Vec<String>) {
            match p {
                None => (Vec::new(), Vec::new()),
                Some(p) => (
                    p.countries.clone(),
                    p.screening
                        .iter()
                        .flat_map(|h| h.programs.iter().cloned())
                        .collect(),
                ),
            }
        }
        let (giver_countries, giver_programs) = parts(giver);
        let (recipient_countries, recipient_programs) = parts(recipient);
        TransferContext {
            giver_countries,
            recipient_countries,
            giver_programs,
            recipient_programs,
        }
    }
}

/// Why a side is linked to the target, or `None`.
fn link(reg: &Regime, countries: &[String], programs: &[String]) -> Option<String> {
    if let Some(c) = countries
        .iter()
        .find(|c| reg.target_codes.contains(&c.trim().to_lowercase()))
    {
        return Some(format!("country {}", c.trim()));
    }
    programs
        .iter()
        .find(|p| reg.target_programs.contains(&p.trim().to_lowercase()))
        .map(|p| format!("sanctions programme {}", p.trim()))
}

/// True when every country given is the target (an empty list counts: programmes alone link it).
fn only_target(reg: &Regime, countries: &[String]) -> bool {
    countries
        .iter()
        .all(|c| reg.target_codes.contains(&c.trim().to_lowercase()))
}

/// What one provision says of the item.
#[derive(Debug, Clone)]
struct Outcome {
    prov: usize,
    kind: Kind,
    verdict: Verdict,
    depends_on: Vec<String>,
    /// What the provision recognised (`arms or related materiel`).
    what: Option<String>,
    notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A covers rule matched.
    Covered,
    /// Only the open-ended scope matched.
    OpenEnded,
    /// In a rule's scope but excluded by its `none_tags`.
    Excluded,
    /// Matched, but the stated value is not over the threshold.
    BelowThreshold,
}

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Prohibited => 2,
        Verdict::PossiblyProhibited => 1,
        Verdict::NotCovered => 0,
    }
}

fn tag_hit(pattern: &str, tags: &[String]) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => tags.iter().any(|t| t.starts_with(prefix)),
        None => tags.iter().any(|t| t == pattern),
    }
}

enum RuleMatch {
    No,
    Yes,
    Excluded,
}

fn eval(rule: &Rule, cats: &[Category], tags: &[String]) -> RuleMatch {
    eval_scope(
        &rule.categories,
        &rule.tags,
        cats,
        tags,
        &rule.all_tags,
        &rule.none_tags,
    )
}

fn eval_scope(
    rcats: &[Category],
    rtags: &[String],
    cats: &[Category],
    tags: &[String],
    all: &[String],
    none: &[String],
) -> RuleMatch {
    let in_scope = rcats.iter().any(|c| cats.contains(c)) || rtags.iter().any(|p| tag_hit(p, tags));
    if !in_scope || !all.iter().all(|p| tag_hit(p, tags)) {
        return RuleMatch::No;
    }
    if none.iter().any(|p| tag_hit(p, tags)) {
        return RuleMatch::Excluded;
    }
    RuleMatch::Yes
}

fn weaken(v: Verdict) -> Verdict {
    if v == Verdict::Prohibited {
        Verdict::PossiblyProhibited
    } else {
        v
    }
}

fn money(v: f64) -> String {
    let n = v.round() as i64;
    let s = n.abs().to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Singular, lowercase unit for comparing a stated quantity with a cap.
fn unit_key(u: &str) -> String {
    let u = u.trim().to_lowercase();
    let u = match u.as_str() {
        "bbl" | "bbls" => "barrel".to_string(),
        "t" | "tonne" | "tonnes" | "metric tons" | "metric ton" => "ton".to_string(),
        _ => u,
    };
    u.strip_suffix('s').map(str::to_string).unwrap_or(u)
}

fn evaluate(
    reg: &Regime,
    i: usize,
    item: &Item,
    cats: &[Category],
    tags: &[String],
) -> Option<Outcome> {
    let p = &reg.def.provisions[i];
    let c = &reg.compiled[i];
    let mut best: Option<&Rule> = None;
    let mut excluded = false;
    for r in &c.rules {
        match eval(r, cats, tags) {
            RuleMatch::Yes => {
                // The strongest matching rule decides (prohibited over possibly_prohibited).
                if best.map_or(true, |b| rank(r.verdict) > rank(b.verdict)) {
                    best = Some(r);
                }
            }
            RuleMatch::Excluded => excluded = true,
            RuleMatch::No => {}
        }
    }
    let Some(rule) = best else {
        if let Some(o) = &c.open {
            if let RuleMatch::Yes = eval_scope(&o.categories, &o.tags, cats, tags, &[], &[]) {
                let mut notes = Vec::new();
                let depends_on = o.depends_on.clone();
                for (ntags, line, note) in &reg.national {
                    if ntags.iter().any(|t| tags.contains(t)) {
                        notes.push(format!("named in {line}"));
                        if let Some(n) = note {
                            notes.push(n.clone());
                        }
                    }
                }
                return Some(Outcome {
                    prov: i,
                    kind: Kind::OpenEnded,
                    verdict: Verdict::PossiblyProhibited,
                    depends_on,
                    what: o.note.clone(),
                    notes,
                });
            }
        }
        if excluded {
            if let Some(n) = &p.excluded_note {
                return Some(Outcome {
                    prov: i,
                    kind: Kind::Excluded,
                    verdict: Verdict::NotCovered,
                    depends_on: Vec::new(),
                    what: None,
                    notes: vec![n.clone()],
                });
            }
        }
        return None;
    };
    let mut out = Outcome {
        prov: i,
        kind: Kind::Covered,
        verdict: rule.verdict,
        depends_on: if rule.verdict == Verdict::PossiblyProhibited {
            rule.depends_on.clone()
        } else {
            Vec::new()
        },
        what: rule.note.clone(),
        notes: Vec::new(),
    };
    if let Some(t) = &p.threshold {
        let limit = t.value_usd_over;
        match item.value_usd.filter(|v| v.is_finite() && *v > 0.0) {
            None => {
                out.verdict = weaken(out.verdict);
                out.depends_on
                    .push(format!("value (over USD {}?)", money(limit)));
                out.notes.push(format!(
                    "{} applies only to items valued over USD {}; the value is not stated",
                    c.citation,
                    money(limit)
                ));
            }
            Some(v) => {
                let qty = item.quantity.filter(|q| q.is_finite() && *q > 1.0);
                let each = qty.map_or(v, |q| v / q);
                if v > limit && each > limit {
                    out.notes.push(format!(
                        "stated value USD {} is over the USD {} threshold",
                        money(v),
                        money(limit)
                    ));
                } else if v > limit {
                    out.verdict = weaken(out.verdict);
                    out.depends_on.push(format!(
                        "whether USD {} is the value of each item or of all {} (the threshold is over USD {} an item)",
                        money(v),
                        qty.unwrap_or(1.0),
                        money(limit)
                    ));
                } else {
                    out.kind = Kind::BelowThreshold;
                    out.verdict = Verdict::NotCovered;
                    out.depends_on.clear();
                    out.notes.push(format!(
                        "not covered by {}: it applies to items valued over USD {} and the stated value is USD {}",
                        c.citation,
                        money(limit),
                        money(v)
                    ));
                }
            }
        }
    }
    if !p.caps.is_empty() && out.kind == Kind::Covered {
        let stated = item
            .quantity_detail
            .as_ref()
            .and_then(|q| q.unit.as_ref().map(|u| (q.value, unit_key(u))));
        let mut over = None;
        for cap in &p.caps {
            if let Some((value, unit)) = &stated {
                if *unit == unit_key(&cap.unit) && value.is_finite() && *value > cap.amount {
                    over = Some(format!(
                        "a single supply of {} {} exceeds the cap of {} {} per {}",
                        money(*value),
                        cap.unit,
                        money(cap.amount),
                        cap.unit,
                        cap.period
                    ));
                }
            }
        }
        match over {
            Some(n) => {
                out.verdict = Verdict::Prohibited;
                out.depends_on.clear();
                out.notes.push(n);
            }
            None => {
                let caps: Vec<String> = p
                    .caps
                    .iter()
                    .map(|cap| {
                        let from = cap
                            .from
                            .as_deref()
                            .map(|f| format!(" from {f}"))
                            .unwrap_or_default();
                        format!(
                            "{} {} per {}{from}",
                            money(cap.amount),
                            cap.unit,
                            cap.period
                        )
                    })
                    .collect();
                out.notes.push(format!(
                    "{} caps supplies at {}",
                    c.citation,
                    caps.join(" or ")
                ));
            }
        }
    }
    if out.kind == Kind::Covered {
        for ex in &c.item_exemptions {
            if let RuleMatch::Yes = eval(&ex.rule, cats, tags) {
                out.verdict = weaken(out.verdict);
                out.depends_on.extend(ex.depends_on.iter().cloned());
                out.notes.push(format!("may be exempt: {}", ex.text));
            }
        }
    }
    Some(out)
}

fn truncate(s: &str, max: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn class_words(item: &Item, tags: &[String]) -> String {
    let mut s = item.category.as_str().to_string();
    if !tags.is_empty() {
        s.push_str("; ");
        s.push_str(&truncate(&tags.join(", "), MAX_ITEM_CHARS));
    }
    s
}

fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Prohibited => "Prohibited",
        Verdict::PossiblyProhibited => "Possibly prohibited",
        Verdict::NotCovered => "Not covered",
    }
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

/// Assesses one item under one regime; `None` when no party is linked to the regime's target.
pub(crate) fn assess_regime(
    reg: &Regime,
    item: &Item,
    ctx: &TransferContext,
) -> Option<Assessment> {
    let to = link(reg, &ctx.recipient_countries, &ctx.recipient_programs);
    let from = link(reg, &ctx.giver_countries, &ctx.giver_programs);
    if to.is_none() && from.is_none() {
        return None;
    }
    let meta = &reg.def.regime;
    let target = meta.target_label.as_str();
    if to.is_some()
        && from.is_some()
        && only_target(reg, &ctx.giver_countries)
        && only_target(reg, &ctx.recipient_countries)
    {
        // Both sides inside the target: the measures govern supply to and from it, not transfers within it.
        return Some(Assessment {
            regime: meta.id.clone(),
            verdict: Verdict::NotCovered,
            provisions: Vec::new(),
            reason: format!(
                "Not covered: both the giver and the recipient are linked to {target} and to no other state; the measures of the {} govern transfers to and from {target}, not within it.",
                meta.name
            ),
            depends_on: Vec::new(),
        });
    }
    let mut cats = vec![item.category];
    if item.class.category != item.category {
        cats.push(item.class.category);
    }
    let shown: Vec<String> = item
        .class
        .tags
        .iter()
        .take(MAX_TAGS)
        .map(|t| t.trim().to_string())
        .collect();
    let tags: Vec<String> = shown.iter().map(|t| t.to_lowercase()).collect();
    let outcomes: Vec<Outcome> = (0..reg.def.provisions.len())
        .filter(|&i| {
            reaches(
                reg.def.provisions[i].direction,
                to.is_some(),
                from.is_some(),
            )
        })
        .filter_map(|i| evaluate(reg, i, item, &cats, &tags))
        .collect();
    let top = outcomes
        .iter()
        .filter(|o| matches!(o.kind, Kind::Covered | Kind::OpenEnded))
        .map(|o| o.verdict)
        .max_by_key(|v| rank(*v))
        .unwrap_or(Verdict::NotCovered);

    let what = if item.normalised.trim().is_empty() {
        &item.text
    } else {
        &item.normalised
    };
    // The item phrase may carry the article's own quotation marks; the reason adds its own.
    let what = truncate(
        what.trim().trim_matches(|c| "\"'“”‘’«»".contains(c)),
        MAX_ITEM_CHARS,
    );
    let mut ways = Vec::new();
    if let Some(l) = &to {
        ways.push(format!("to {target} (recipient linked by {l})"));
    }
    if let Some(l) = &from {
        ways.push(format!("from {target} (giver linked by {l})"));
    }
    let head = format!(
        "{}: \"{}\" ({}) going {}.",
        verdict_word(top),
        what,
        class_words(item, &shown),
        ways.join(" and ")
    );

    if top == Verdict::NotCovered {
        // Only exports are in play: say what the export measures reach, when the file says it.
        let template = match (&to, &meta.not_covered_reason_from) {
            (None, Some(t)) => t,
            _ => &meta.not_covered_reason,
        };
        let mut reason = format!(
            "{head} {}",
            template
                .replace("{item}", &format!("\"{what}\""))
                .replace("{class}", &class_words(item, &shown))
        );
        for o in &outcomes {
            for n in &o.notes {
                reason.push(' ');
                reason.push_str(&sentence(n));
            }
        }
        // A provision of the other direction may name the item: say so, so "not covered" is not
        // read as "never covered".
        let mut other = Vec::new();
        for i in 0..reg.def.provisions.len() {
            let d = reg.def.provisions[i].direction;
            if reaches(d, to.is_some(), from.is_some()) {
                continue;
            }
            if let Some(o) = evaluate(reg, i, item, &cats, &tags) {
                if matches!(o.kind, Kind::Covered | Kind::OpenEnded) {
                    let way = if d == Direction::FromTarget {
                        "from"
                    } else {
                        "to"
                    };
                    push_unique(
                        &mut other,
                        format!(
                            "{} ({}) reaches such items only when they go {way} {target}",
                            reg.compiled[i].citation, reg.def.provisions[i].title
                        ),
                    );
                }
            }
        }
        if !other.is_empty() {
            reason.push(' ');
            reason.push_str(&sentence(&other.join("; ")));
        }
        return Some(Assessment {
            regime: meta.id.clone(),
            verdict: Verdict::NotCovered,
            provisions: Vec::new(),
            reason,
            depends_on: Vec::new(),
        });
    }

    // An item a widening list names (with or without its threshold met) is judged by that list,
    // not by the open-ended clause above it; a value below the threshold leaves the open clause.
    let named_below = |o: &Outcome| {
        outcomes
            .iter()
            .any(|d| d.kind == Kind::Covered && d.prov != o.prov && descends(reg, d.prov, o.prov))
    };
    let chosen: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| matches!(o.kind, Kind::Covered | Kind::OpenEnded) && o.verdict == top)
        .filter(|o| o.kind != Kind::OpenEnded || !named_below(o))
        .collect();
    let chosen = if chosen.is_empty() {
        outcomes
            .iter()
            .filter(|o| matches!(o.kind, Kind::Covered | Kind::OpenEnded) && o.verdict == top)
            .collect()
    } else {
        chosen
    };
    // A provision narrowed by another chosen one (an older, larger cap) is cited but no longer decides.
    let deciding: Vec<&Outcome> = chosen
        .iter()
        .copied()
        .filter(|o| {
            !chosen.iter().any(|c| {
                reg.compiled[c.prov]
                    .parents
                    .iter()
                    .any(|&(parent, rel)| parent == o.prov && rel == Relation::Narrows)
            })
        })
        .collect();
    // Cite every chosen provision and every provision it widens or narrows, up to the root.
    let mut cited = BTreeSet::new();
    for o in &chosen {
        let mut stack = vec![o.prov];
        while let Some(n) = stack.pop() {
            if cited.insert(n) {
                stack.extend(reg.compiled[n].parents.iter().map(|&(p, _)| p));
            }
        }
    }
    // A provision of the same chain that excludes the item explicitly (1874 OP10 and SALW) is
    // cited too: its exclusion is part of why the item is covered the way it is.
    let excluded_in_chain: Vec<usize> = outcomes
        .iter()
        .filter(|o| o.kind == Kind::Excluded)
        .filter(|o| cited.iter().any(|&c| descends(reg, o.prov, c)))
        .map(|o| o.prov)
        .collect();
    cited.extend(excluded_in_chain);
    let mut reason = head;
    for o in &deciding {
        let c = &reg.compiled[o.prov];
        let p = &reg.def.provisions[o.prov];
        let how = match (o.kind, o.verdict) {
            (Kind::OpenEnded, _) => "May be reached",
            (_, Verdict::Prohibited) => "Covered",
            _ => "May be covered",
        };
        let as_what = o
            .what
            .as_deref()
            .map(|w| format!(" as {w}"))
            .unwrap_or_default();
        reason.push_str(&format!(" {how}{as_what} by {} ({}).", c.citation, p.title));
    }
    // "X widened by A and by B": one clause per parent and relation, in citation order.
    let mut links: Vec<(usize, Relation, Vec<usize>)> = Vec::new();
    for &n in &cited {
        for &(parent, rel) in &reg.compiled[n].parents {
            if cited.contains(&parent) {
                match links.iter_mut().find(|(p, r, _)| *p == parent && *r == rel) {
                    Some((_, _, kids)) => kids.push(n),
                    None => links.push((parent, rel, vec![n])),
                }
            }
        }
    }
    links.sort_by_key(|(p, _, _)| *p);
    let links: Vec<String> = links
        .iter()
        .map(|(parent, rel, kids)| {
            let verb = if *rel == Relation::Widens {
                "widened by"
            } else {
                "narrowed by"
            };
            let kids: Vec<&str> = kids
                .iter()
                .map(|&k| reg.compiled[k].citation.as_str())
                .collect();
            format!(
                "{} {verb} {}",
                reg.compiled[*parent].citation,
                kids.join(" and by ")
            )
        })
        .collect();
    if !links.is_empty() {
        reason.push_str(&format!(" Chain: {}.", links.join("; ")));
    }
    let mut notes = Vec::new();
    for o in &outcomes {
        let relevant = deciding.iter().any(|c| c.prov == o.prov)
            || (o.kind == Kind::Excluded && cited.contains(&o.prov))
            || o.kind == Kind::BelowThreshold;
        if relevant {
            for n in &o.notes {
                push_unique(&mut notes, sentence(n));
            }
        }
    }
    if top == Verdict::Prohibited {
        for o in &deciding {
            let p = &reg.def.provisions[o.prov];
            for e in p
                .exemptions
                .iter()
                .filter(|e| e.applies_to.is_none() && e.superseded_by.is_none())
            {
                push_unique(&mut notes, sentence(&format!("Unless exempt: {}", e.text)));
            }
        }
    }
    for n in notes {
        reason.push(' ');
        reason.push_str(&n);
    }
    let mut depends_on = Vec::new();
    if top == Verdict::PossiblyProhibited {
        for o in &deciding {
            for d in &o.depends_on {
                push_unique(&mut depends_on, d.clone());
            }
        }
        reason.push_str(&format!(" Depends on: {}.", depends_on.join("; ")));
    }
    let provisions = cited
        .iter()
        .map(|&n| {
            let p = &reg.def.provisions[n];
            let c = &reg.compiled[n];
            ProvisionRef {
                id: p.id.clone(),
                citation: c.citation.clone(),
                verified: p.verified,
                text: Some(c.cited_text.clone()),
            }
        })
        .collect();
    Some(Assessment {
        regime: meta.id.clone(),
        verdict: top,
        provisions,
        reason,
        depends_on,
    })
}

/// True when `child` widens or narrows `ancestor`, directly or through other provisions.
fn descends(reg: &Regime, child: usize, ancestor: usize) -> bool {
    let mut stack = vec![child];
    let mut seen = BTreeSet::new();
    while let Some(n) = stack.pop() {
        for &(p, _) in &reg.compiled[n].parents {
            if p == ancestor {
                return true;
            }
            if seen.insert(p) {
                stack.push(p);
            }
        }
    }
    false
}

/// Capitalised, full-stopped.
fn sentence(s: &str) -> String {
    let s = s.trim();
    let mut c = s.chars();
    let mut out = match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => return String::new(),
    };
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_groups_thousands() {
        assert_eq!(money(500.0), "500");
        assert_eq!(money(500_000.0), "500,000");
        assert_eq!(money(4_000_000.0), "4,000,000");
    }

    #[test]
    fn units_compare_singular_and_lowercase() {
        assert_eq!(unit_key("Barrels"), "barrel");
        assert_eq!(unit_key("bbl"), "barrel");
        assert_eq!(unit_key("tonnes"), "ton");
        assert_eq!(unit_key("tons"), "ton");
    }

    #[test]
    fn truncate_keeps_char_boundaries() {
        assert_eq!(truncate("ääää", 2), "ää…");
        assert_eq!(truncate("ab", 5), "ab");
    }
}
