//! Whether a transfer is stated as fact: cues of plans, speculation, denial, negation,
//! conditions and statements of law.
use super::*;

/// Verbs of a main clause that stop what a "before" clause tells ("seized before it reached").
const STOPPING_VERBS: &[&str] = &[
    "seized",
    "intercepted",
    "stopped",
    "confiscated",
    "halted",
    "blocked",
    "caught",
    "arrested",
    "detained",
    "captured",
    "impounded",
    "thwarted",
    "foiled",
    "sank",
    "destroyed",
    "shot",
    "died",
    "collapsed",
    "ended",
    "cancelled",
    "canceled",
];

pub(super) fn modality(cx: &Ctx, toks: &[Tok], cs: usize, t: usize) -> Option<(String, String)> {
    let cues = &cx.res.data.lexicon.cues;
    let from = cs.max(t.saturating_sub(16));
    // an infinitive after a word of intention: "agreed to supply", "is soon to deliver"
    // ("admitted to shipping", "used boats to smuggle" are facts)
    if t > cs + 1
        && toks[t - 1].lower == "to"
        && !toks[t].lower.ends_with("ed")
        && !toks[t].lower.ends_with("ing")
        && INTENT.contains(&toks[t - 2].lower.as_str())
        // ("the Houthis were able to obtain drones": a past ability that was used is a fact)
        && !(toks[t - 2].lower == "able"
            && t > cs + 2
            && matches!(toks[t - 3].lower.as_str(), "was" | "were"))
    {
        return Some(("planned".to_string(), format!("{} to", toks[t - 2].lower)));
    }
    // "Israel's refusal to hand air defence systems to Ukraine": a refusal binds the verb
    // right after it (not "dockers refusing to unload a ship that is carrying arms"), and so
    // does a reluctance or what has not happened yet ("declined to sell", "has yet to deliver")
    if t > cs + 1
        && toks[t - 1].lower == "to"
        && matches!(
            toks[t - 2].lower.as_str(),
            "refusal"
                | "refuses"
                | "refusing"
                | "refuse"
                | "refused"
                | "declined"
                | "declines"
                | "declining"
                | "decline"
                | "reluctant"
                | "unwilling"
                | "yet"
        )
    {
        return Some(("negated".to_string(), format!("{} to", toks[t - 2].lower)));
    }
    // "Iran was barred from selling oil", "ruled out selling drones": a bar or a refusal before
    // a gerund binds that gerund
    if t > cs + 1
        && toks[t].lower.ends_with("ing")
        && (toks[t - 1].lower == "from"
            && matches!(
                toks[t - 2].lower.as_str(),
                "barred" | "banned" | "prohibited" | "forbidden" | "blocked" | "prevented"
            )
            || toks[t - 1].lower == "out"
                && matches!(toks[t - 2].lower.as_str(), "ruled" | "rules" | "ruling"))
    {
        let modality = if toks[t - 1].lower == "from" {
            "prohibited"
        } else {
            "negated"
        };
        return Some((
            modality.to_string(),
            format!("{} {}", toks[t - 2].lower, toks[t - 1].lower),
        ));
    }
    // the headline future ("Russia to deliver Su-35 jets to Iran", "North Korea's army to
    // get drones"): a bare infinitive right after the named subject that opens the clause
    if t > cs + 1
        && toks[t - 1].lower == "to"
        && !toks[t].lower.ends_with("ed")
        && !toks[t].lower.ends_with("ing")
        && toks[cs..t - 1]
            .iter()
            .all(|k| k.cap || matches!(k.lower.as_str(), "'s" | "’s" | "s" | "'" | "’"))
    {
        return Some(("planned".to_string(), "headline \"to\" future".to_string()));
    }
    // "signed a provisional deal with Russia to supply gasoline": an infinitive after an
    // agreement or plan named a few words before
    if t > cs + 1 && toks[t - 1].lower == "to" && !toks[t].lower.ends_with("ed") {
        if let Some(k) = (t.saturating_sub(9).max(cs)..t - 1).rev().find(|&k| {
            matches!(
                toks[k].lower.as_str(),
                "deal"
                    | "agreement"
                    | "contract"
                    | "memorandum"
                    | "accord"
                    | "pledge"
                    | "offer"
                    | "talks"
                    | "negotiations"
                    | "treaty"
            )
        }) {
            return Some(("planned".to_string(), format!("{} … to", toks[k].lower)));
        }
    }
    // "officials expect Iran to send missiles", "Moscow urged Minsk to supply": what someone
    // expects, wants or asks another party to do is not done
    if t > cs + 2 && toks[t - 1].lower == "to" && !toks[t].lower.ends_with("ed") {
        if let Some(k) = (t.saturating_sub(7).max(cs)..t - 1)
            .rev()
            .find(|&k| EXPECT.contains(&toks[k].lower.as_str()))
        {
            return Some(("planned".to_string(), format!("{} … to", toks[k].lower)));
        }
    }
    // "Russian demands for Iran to supply Russia", "appeals from Kyiv for Seoul to send
    // shells": what is demanded of a party is not done (the demanders may stand between)
    if t > cs + 3 && toks[t - 1].lower == "to" && !toks[t].lower.ends_with("ed") {
        let demand = (t.saturating_sub(8).max(cs + 1)..t - 1)
            .rev()
            .find(|&k| toks[k].lower == "for")
            .and_then(|f| {
                (f.saturating_sub(7).max(cs)..f).rev().find(|&d| {
                    DEMANDS.contains(&toks[d].lower.as_str())
                        // (no verb or clause between: "appeals from the Baltic states for")
                        && toks[d + 1..f].iter().all(|x| {
                            !is_aux(&x.lower)
                                && !cx.res.data.lexicon.triggers.contains_key(&x.lower)
                                && !matches!(
                                    x.lower.as_str(),
                                    "to" | "that" | "which" | "who" | ";" | "has" | "have" | "had"
                                )
                        })
                })
            });
        if let Some(d) = demand {
            return Some(("planned".to_string(), format!("{} for … to", toks[d].lower)));
        }
    }
    // "bought 40 rifles in Dubai to pass them to the rebels": the purpose of an acquisition is
    // what the buyer meant to do, not what the text says happened ("used boats to smuggle"
    // states the means of a smuggling that happened, so only acquisitions count)
    if t > cs + 1 && toks[t - 1].lower == "to" && !toks[t].lower.ends_with("ed") {
        if let Some(k) = (t.saturating_sub(12).max(cs)..t - 1)
            .rev()
            .find(|&k| ACQUIRED.contains(&toks[k].lower.as_str()))
        {
            return Some(("planned".to_string(), format!("{} … to", toks[k].lower)));
        }
    }
    // past the relative pronoun of the trigger's clause ("seized a tanker that transferred
    // oil"): the relative clause states what the tanker did; a plan or attempt in the main
    // clause ("seized", "ordered", "attempted") does not make it unreal
    let mut relative = false;
    let mut comma_relative = false;
    // "O-rings, which could have military uses, were exported": what a parenthetical relative
    // clause closed before the trigger says is no hedge on the trigger
    let mut parenthetical: Vec<(usize, usize)> = Vec::new();
    for c in from..t {
        if toks[c].lower == ","
            && c + 1 < t
            && matches!(toks[c + 1].lower.as_str(), "which" | "who")
        {
            if let Some(e) = (c + 2..t).find(|&e| toks[e].lower == ",") {
                parenthetical.push((c, e));
            }
        }
    }
    for k in (from..t).rev() {
        if parenthetical.iter().any(|&(a, b)| a < k && k < b) {
            continue;
        }
        let l = toks[k].lower.as_str();
        // "China rejected the accusations but sent tanks": a contrast closes the scope of
        // what came before it ("not only … but also" is no contrast)
        if l == "but" && toks.get(k + 1).is_none_or(|x| x.lower != "also") {
            break;
        }
        // "Although Iran denies it, it sent drones": a concessive clause closed by a comma
        // before the trigger's clause concedes, it does not hedge
        if l == ","
            && (cs..k).any(|c| {
                matches!(
                    toks[c].lower.as_str(),
                    "although" | "though" | "while" | "whereas"
                ) && !toks[c + 1..k].iter().any(|x| x.lower == ",")
            })
        {
            break;
        }
        // "after denying it for months, Tehran admitted it had given Moscow drones": an
        // admission asserts what follows, whatever was denied before it
        if matches!(
            l,
            "admitted" | "admits" | "acknowledged" | "acknowledges" | "conceded" | "concedes"
        ) && !(k > from && matches!(toks[k - 1].lower.as_str(), "not" | "never" | "n't"))
        {
            break;
        }
        // "nor can we ignore the fact that X is supplying": "the fact that" asserts what
        // follows, whatever is said of it
        if l == "that" && k > cs && toks[k - 1].lower == "fact" {
            break;
        }
        if l == "not" && k + 1 < t && toks[k + 1].lower == "only" {
            continue;
        }
        // "South Africa seized a shipment of North Korean tank parts bound for Congo": a
        // shipment seized on its way had left the supplier, so it was sent (the dev set's
        // convention); only one seized before it left is a plan
        // ("Dutch customs seized a consignment of whisky bound for North Korea" names no
        // supplier it left: an attempt, as the dev set reads it)
        if l == "seized" {
            let on_its_way = (k + 1..toks.len().min(k + 25)).find(|&x| {
                matches!(
                    toks[x].lower.as_str(),
                    "bound" | "destined" | "headed" | "en" | "sent" | "shipped" | "smuggled"
                ) && toks.get(x + 1).is_some_and(|y| {
                    matches!(y.lower.as_str(), "for" | "to" | "route" | "by" | "from")
                })
            });
            // ("North Korean tank parts": a demonym of two words as well)
            let origin_named = on_its_way.is_some_and(|w| {
                (k + 1..w).any(|x| {
                    let one = toks[x].lower.trim_end_matches("-made");
                    toks[x].cap
                        && (state_by_word(cx.res, one).is_some()
                            || toks.get(x + 1).is_some_and(|y| {
                                y.cap
                                    && state_by_word(
                                        cx.res,
                                        &format!("{} {}", toks[x].lower, y.lower),
                                    )
                                    .is_some()
                            }))
                })
            });
            if origin_named {
                continue;
            }
        }
        // "carried out its first service contract for Laos, handing over four helicopters":
        // a contract fulfilled is no plan
        if matches!(l, "contract" | "contracts")
            && (k.saturating_sub(5).max(cs)..k).any(|x| {
                matches!(
                    toks[x].lower.as_str(),
                    "carried"
                        | "completed"
                        | "fulfilled"
                        | "executed"
                        | "performed"
                        | "honoured"
                        | "honored"
                )
            })
        {
            continue;
        }
        if matches!(l, "that" | "which" | "who")
            && k > cs
            && (toks[k - 1].word || toks[k - 1].lower == ",")
            && !cues.contains_key(&toks[k - 1].lower)
            && !cx.res.sets.speech.contains(&toks[k - 1].lower)
        {
            relative = true;
            // "… would be enforced by China, which supplies North Korea with oil": a clause
            // set off by a comma states its own fact, whatever the main clause supposes
            if matches!(l, "which" | "who") && toks[k - 1].lower == "," {
                comma_relative = true;
            }
        }
        if relative && cues.get(l).is_some_and(|m| normal_modality(m) == "planned") {
            continue;
        }
        // ("the ban was enforced by China, which supplies North Korea with oil": nor a rule)
        if comma_relative
            && cues.get(l).is_some_and(|m| {
                matches!(
                    normal_modality(m).as_str(),
                    "speculative" | "conditional" | "prohibited" | "generic"
                )
            })
        {
            continue;
        }
        if l == "may" && toks[k].cap {
            continue;
        }
        // "sixty-three weapons seized from militants had been provided by the U.S.": a
        // participle that tells where the goods of a passive trigger were later found names
        // them, it does not make their earlier transfer an intercepted one
        if k > cs
            && k + 1 < t
            && matches!(
                toks[k + 1].lower.as_str(),
                "from" | "in" | "at" | "on" | "off" | "aboard" | "near"
            )
            && !cx.res.tax.hits(&toks[k - 1].lower).is_empty()
            && cues.get(l).is_some_and(|m| normal_modality(m) == "planned")
            && l.ends_with("ed")
            && t > k + 2
            && matches!(
                toks[t - 1].lower.as_str(),
                "been" | "was" | "were" | "is" | "are"
            )
        {
            continue;
        }
        // "North Korea may no longer import yachts": a rule too
        if l == "no"
            && k > cs
            && k + 1 < t
            && toks[k + 1].lower == "longer"
            && matches!(toks[k - 1].lower.as_str(), "may" | "can" | "must" | "shall")
        {
            return Some((
                "prohibited".to_string(),
                format!("{} no longer", toks[k - 1].lower),
            ));
        }
        // "Pyongyang may not export weapons": a rule, not a denial
        if l == "not" && k > cs && matches!(toks[k - 1].lower.as_str(), "may" | "must" | "shall") {
            return Some((
                "prohibited".to_string(),
                format!("{} not", toks[k - 1].lower),
            ));
        }
        // (a rule told in a clause set off by a comma is broken only if that clause says so:
        // "this would breach UN sanctions, which limit the sale of oil")
        let rule_clause = (cs + 1..k)
            .rfind(|&c| {
                toks[c - 1].lower == "," && matches!(toks[c].lower.as_str(), "which" | "who")
            })
            .unwrap_or(cs);
        if cues.get(l).is_some_and(|m| m == "prohibited") && breaks_rule(toks, rule_clause, t) {
            continue;
        }
        // "UN experts claim that North Korea exported": a named source's statement, which
        // the analyst records as an attributed fact ("the claim that" stays a hedge)
        let source_says = l == "claim"
            && k + 1 < t
            && toks[k + 1].lower == "that"
            && k > cs
            && toks[k - 1].word
            && !DETERMINERS.contains(&toks[k - 1].lower.as_str())
            && !cues.contains_key(&toks[k - 1].lower);
        if let Some(m) = cues.get(l).filter(|_| !source_says) {
            // "rejected claims it had shipped", "denied the allegations": the claim is denied
            if normal_modality(m) == "speculative" {
                let denial = (k.saturating_sub(2).max(cs)..k).find(|&d| {
                    cues.get(&toks[d].lower)
                        .is_some_and(|x| normal_modality(x) == "denied")
                });
                if let Some(d) = denial {
                    return Some(("denied".to_string(), format!("{} {}", toks[d].lower, l)));
                }
            }
            // negation binds close to its verb; other cues govern the clause
            if m != "negated" || k + 6 >= t || !matches!(l, "not" | "n't" | "no" | "never") {
                return Some((normal_modality(m), toks[k].lower.clone()));
            }
        }
        // "relied on vessels to secretly get fuel to North Korea": what one relied on, with
        // the trigger as its infinitive, is the means of a deed done (like "used boats to
        // smuggle"), not a general dependence
        let means = (k + 2..t)
            .rfind(|&x| toks[x].lower == "to")
            .is_some_and(|x| {
                toks[x + 1..t].iter().all(is_ly_adverb)
                && !toks[k + 2..x].iter().any(|y| matches!(y.lower.as_str(), "," | ";"))
                // ("relies on Iran to supply": a party relied on is the doer, and the
                // dependence general)
                && !toks[k + 2..x].iter().any(|y| y.cap)
            });
        if k + 1 < t && !(means && toks[k + 1].lower == "on") {
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
            // ("the IRGC built the boats before it handed them to the Houthis": in a past
            // narrative what came later happened too, unless the main clause stopped it — "seized
            // before it reached Yemen" — or the clause only could happen — "before it could")
            let happened_later = l == "before"
                && !(cs..k).any(|x| STOPPING_VERBS.contains(&toks[x].lower.as_str()))
                && !(k + 1..t).any(|x| {
                    matches!(
                        toks[x].lower.as_str(),
                        "could" | "can" | "would" | "might" | "may" | "be"
                    )
                })
                && (toks[t].lower.ends_with("ed")
                    || matches!(
                        toks[t].lower.as_str(),
                        "sent"
                            | "sold"
                            | "gave"
                            | "given"
                            | "brought"
                            | "bought"
                            | "flew"
                            | "flown"
                    ));
            if subj && !happened_later {
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
    // "Russia gave Pyongyang satellite know-how, officials believe": a belief added after
    // the claim hedges it
    for k in t + 1..toks.len() {
        let l = toks[k].lower.as_str();
        if matches!(l, "." | ";") {
            break;
        }
        if matches!(
            l,
            "believe"
                | "believes"
                | "suspect"
                | "suspects"
                | "fear"
                | "fears"
                | "think"
                | "thinks"
                | "assume"
                | "assumes"
                | "speculate"
                | "speculated"
        ) && toks[t + 1..k].iter().any(|x| x.lower == ",")
            // ("according to images analysed by the think tank": a noun, not a belief)
            && !toks
                .get(k + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "tank" | "tanks"))
            && !DETERMINERS.contains(&toks[k - 1].lower.as_str())
        {
            return Some(("speculative".to_string(), l.to_string()));
        }
    }
    // "another aid shipment of medicines sent from Moscow will be received": goods a noun or
    // participle of transfer describes are the subject of a transfer still to come (not "Iran
    // sent drones that will be delivered", where the trigger is its subject's finite verb, nor
    // "drones sent from Iran will be used", where only the use is to come)
    let described = t > cs
        && toks[t - 1].word
        && !toks[t - 1].cap
        && !is_aux(&toks[t - 1].lower)
        && !matches!(
            toks[t - 1].lower.as_str(),
            "has" | "have" | "had" | "to" | "and" | "that" | "which" | "who"
        );
    if described {
        for k in t + 1..toks.len().min(t + 16) {
            let l = toks[k].lower.as_str();
            if matches!(
                l,
                "." | ";" | "," | "and" | "that" | "which" | "who" | "but"
            ) {
                break;
            }
            if matches!(l, "will" | "shall")
                && toks.get(k + 1).is_some_and(|x| x.lower == "be")
                && toks
                    .get(k + 2)
                    .is_some_and(|x| cx.res.data.lexicon.triggers.contains_key(&x.lower))
            {
                return Some((
                    "planned".to_string(),
                    format!("{l} be {}", toks[k + 2].lower),
                ));
            }
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
pub(super) fn breaks_rule(toks: &[Tok], cs: usize, t: usize) -> bool {
    toks[cs..t].iter().any(|x| {
        matches!(
            x.lower.as_str(),
            "violation"
                | "broke"
                | "broken"
                | "breaking"
                | "breaks"
                | "violate"
                | "violates"
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

/// Verbs of expecting or asking another party to act: "expect Iran to send".
pub(super) const EXPECT: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "want",
    "wants",
    "wanted",
    "asked",
    "asks",
    "urged",
    "urges",
    "allow",
    "allowed",
    "allows",
    "permit",
    "permitted",
    "pressed",
    "pressured",
    "persuade",
    "persuaded",
    "convince",
    "convinced",
    "requested",
    "invited",
];

/// Nouns of demanding or asking: "demands for Iran to supply", "calls for Berlin to send".
pub(super) const DEMANDS: &[&str] = &[
    "demand",
    "demands",
    "call",
    "calls",
    "appeal",
    "appeals",
    "request",
    "requests",
    "plea",
    "pleas",
    "pressure",
    "push",
    "insistence",
    "petition",
    "petitions",
    "proposal",
    "proposals",
];

/// Verbs of acquiring goods: an infinitive after them says what the goods were for.
pub(super) const ACQUIRED: &[&str] = &[
    "bought",
    "buy",
    "buys",
    "buying",
    "purchased",
    "purchase",
    "acquired",
    "acquire",
    "obtained",
    "obtain",
    "procured",
    "procure",
    "stockpiled",
    "amassed",
];

pub(super) const INTENT: &[&str] = &[
    "conspired",
    "conspiring",
    "conspire",
    "conspiracy",
    "meant",
    "scheme",
    "plot",
    "plotted",
    "plotting",
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
    // "Moscow was moving to supply Tehran"
    "moving",
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

pub(super) fn normal_modality(m: &str) -> String {
    m.to_string()
}
