//! Transfer frames: from a trigger word and the party mentions around it to a giver, a
//! recipient and the span of its items, with inference of unnamed parties from context.
use super::*;

pub(super) fn is_aux(l: &str) -> bool {
    matches!(
        l,
        "was" | "were" | "is" | "are" | "been" | "being" | "be" | "got" | "get" | "gets"
    )
}

/// The nearest usable party mention ending before token `t` within `[cs, t)`.
/// Verbs of saying and finding that open a reported clause with "that".
const SPEECH_THAT: &[&str] = &[
    "said",
    "says",
    "say",
    "stated",
    "told",
    "reported",
    "claimed",
    "alleged",
    "found",
    "believes",
    "believed",
    "concluded",
    "announced",
    "confirmed",
    "added",
    "warned",
    "noted",
    "wrote",
    "estimated",
    "showed",
    "show",
    "shows",
    "suggested",
    "suggests",
    "insisted",
    "argued",
];

pub(super) fn subject<'p>(
    toks: &[Tok],
    pms: &'p [Pm],
    in_attr: &[bool],
    group: &HashSet<String>,
    cs: usize,
    t: usize,
) -> Option<&'p Pm> {
    // "the UN monitors said that a dozen countries were supplying arms": the subject is in the
    // reported clause, not the reporter
    // ("Min Aung Hlaing confirmed that his regime is sourcing": the reporter owns the subject)
    let cs = (cs..t)
        .rfind(|&k| {
            toks[k].lower == "that"
                && k > cs
                && SPEECH_THAT.contains(&toks[k - 1].lower.as_str())
                && !toks
                    .get(k + 1)
                    .is_some_and(|x| matches!(x.lower.as_str(), "his" | "her" | "its" | "their"))
        })
        .map_or(cs, |k| k + 1);
    // "Washington widened its sanctions because a Dubai-based firm had supplied fuel": the
    // verb of a subordinate clause has that clause's subject, when a party is named there
    let cs = (cs..t)
        .rfind(|&k| {
            SUBORDINATORS.contains(&toks[k].lower.as_str())
                && !(k > 0
                    && matches!(
                        toks[k - 1].lower.as_str(),
                        "such" | "well" | "same" | "known" | "so" | "just" | "soon" | "even"
                    ))
                && !toks[k + 1..t].iter().any(|x| matches!(x.lower.as_str(), "," | "that"))
                // (a clause's subject opens it: "after Slovakia delivered", "because a firm
                // had", not "after talks with Iran supplied")
                && (toks.get(k + 1).is_some_and(|x| {
                    matches!(
                        x.lower.as_str(),
                        "a" | "an" | "the" | "its" | "their" | "his" | "her"
                    )
                }) || pms.iter().any(|p| p.ts == k + 1))
                && pms.iter().any(|p| p.ts > k && p.te <= t && p.actor(in_attr))
        })
        .map_or(cs, |k| k + 1);
    // "Iran (which is under US sanctions) sent": a party inside brackets closed before the
    // verb is not its subject
    let bracketed = |p: &Pm| {
        (cs..p.ts)
            .rev()
            .take_while(|&k| toks[k].lower != ")")
            .any(|k| toks[k].lower == "(")
            && (p.te..t).any(|k| toks[k].lower == ")")
    };
    // "we were the first European country to provide": a party word inside a predicate noun
    // of rank after a copula describes the subject, it is none
    let predicate = |p: &Pm| {
        p.ts >= cs + 3
            && RANKS.contains(&toks[p.ts - 1].lower.as_str())
            && toks[p.ts - 2].lower == "the"
            && matches!(
                toks[p.ts - 3].lower.as_str(),
                "is" | "was" | "were" | "are" | "be" | "been" | "became" | "become"
            )
            && toks.get(p.te).is_some_and(|x| x.word && !x.cap)
    };
    let ok =
        |p: &&Pm| p.ts >= cs && p.te <= t && p.actor(in_attr) && !bracketed(p) && !predicate(p);
    if let Some(p) = fronted_participle_subject(toks, pms, in_attr, cs, t) {
        return Some(p);
    }
    if let Some((_, p)) = cleft_focus(toks, pms, in_attr, cs, t) {
        return Some(p);
    }
    // "demands for Iran to supply Russia", "calls for Germany to send": the party between
    // "for" and an infinitive's "to" is the infinitive's subject, wherever the clause's is
    if t > cs + 2 && toks[t - 1].lower == "to" {
        if let Some(p) = pms.iter().rfind(|p| p.te + 1 == t && ok(p)) {
            let k = past_article(toks, cs, p.ts);
            if k > cs && toks[k - 1].lower == "for" {
                return Some(p);
            }
        }
    }
    // ", sending more than ...": a participle clause takes the subject of the main clause
    if toks[t].lower.ends_with("ing") && t > cs && toks[t - 1].lower == "," {
        return pms.iter().find(ok);
    }
    // "with the Russian president presenting a car": the subject of an absolute clause
    if toks[t].lower.ends_with("ing") {
        if let Some(p) = pms.iter().find(|p| p.te == t && ok(p)) {
            let k = past_article(toks, cs, p.ts);
            if k > cs && matches!(toks[k - 1].lower.as_str(), "with" | "as") {
                return Some(p);
            }
        }
    }
    // "Iran, which is under US sanctions, will provide": the head before a parenthetical
    // relative clause that ends right before the verb group
    let mut vg = t;
    // ("which is currently supplying": an adverb may stand inside the verb group, so the two
    // walks back repeat until neither moves)
    loop {
        let before_walk = vg;
        // ("The Wise Honest, which was used to deliver": "used to" before the verb belongs to
        // its group)
        while vg > cs
            && (is_aux(&toks[vg - 1].lower)
                || matches!(
                    toks[vg - 1].lower.as_str(),
                    "will" | "would" | "has" | "have" | "had" | "also" | "now" | "then" | "still"
                )
                || vg > cs + 1
                    && toks[vg - 1].lower == "to"
                    && matches!(
                        toks[vg - 2].lower.as_str(),
                        "used" | "helped" | "tasked" | "employed" | "chartered" | "hired"
                    ))
        {
            vg -= if toks[vg - 1].lower == "to" { 2 } else { 1 };
        }
        // ("Goodarzi, who lives in Porter, near Houston, illegally exported": commas inside the
        // clause, an adverb after it; "which in turn sells")
        loop {
            if vg > cs + 1 && is_ly_adverb(&toks[vg - 1]) {
                vg -= 1;
            } else if vg > cs + 2 && toks[vg - 1].lower == "turn" && toks[vg - 2].lower == "in" {
                vg -= 2;
            } else {
                break;
            }
        }
        if vg == before_walk {
            break;
        }
    }
    // the end of a parenthetical relative clause right before the verb group: the subject is
    // before it ("The tanker, which belongs to Sovcomflot, delivered": not Sovcomflot)
    // ("Iran (which is under US sanctions) sent": brackets as well as commas)
    let mut before_clause = t;
    if vg > cs + 2 && matches!(toks[vg - 1].lower.as_str(), "," | ")") {
        let opener = if toks[vg - 1].lower == ")" { "(" } else { "," };
        if let Some(c) = (cs..vg - 1).rev().find(|&k| {
            toks[k].lower == opener
                && k + 1 < vg
                && matches!(toks[k + 1].lower.as_str(), "which" | "who")
        }) {
            if let Some(q) = pms.iter().rfind(|q| q.te == c && ok(q)) {
                return Some(q);
            }
            before_clause = c;
        }
    }
    // "Khalifa Haftar, the eastern commander who has courted Moscow, Cairo and Abu Dhabi,
    // received": an apposition holding a relative clause (and the commas of its own list)
    // stands between the named party opening the clause and its verb; the parties inside it
    // are not the subject
    if vg > cs + 2 && toks[vg - 1].lower == "," {
        if let Some(q) = pms.iter().find(|q| ok(q)).filter(|q| {
            !q.weak
                && past_article(toks, cs, q.ts) == cs
                && q.te + 2 < vg
                && toks[q.te].lower == ","
                && matches!(toks[q.te + 1].lower.as_str(), "the" | "a" | "an")
                && toks[q.te + 2..vg - 1]
                    .iter()
                    .any(|x| matches!(x.lower.as_str(), "who" | "whose" | "which"))
        }) {
            return Some(q);
        }
    }
    // "Sky Mechanics, a Russian company, which sells": the named head of a description
    let named_head = |q: &'p Pm| -> &'p Pm {
        let article = matches!(toks[q.ts].lower.as_str(), "a" | "an" | "the")
            || q.ts > 0 && matches!(toks[q.ts - 1].lower.as_str(), "a" | "an" | "the");
        let start = if q.ts > 0 && matches!(toks[q.ts - 1].lower.as_str(), "a" | "an" | "the") {
            q.ts - 1
        } else {
            q.ts
        };
        if article && start > cs + 1 && toks[start - 1].lower == "," {
            if let Some(h) = pms.iter().rfind(|h| h.te + 1 == start && ok(h) && !h.weak) {
                return h;
            }
        }
        q
    };
    // "sanctions against Kyrgyzstan, which supplies Russia": the party a relative pronoun
    // right before the verb group hangs on, even inside a prepositional phrase
    if vg > cs + 1 && matches!(toks[vg - 1].lower.as_str(), "which" | "who") {
        let rel = vg - 1;
        if let Some(q) = pms
            .iter()
            // ("three companies – Beneta and Baron – which bought": a list set off by dashes)
            .rfind(|q| {
                (q.te == rel
                    || q.te + 1 == rel
                        && matches!(toks[q.te].lower.as_str(), "," | "-" | "–" | "—"))
                    && ok(q)
            })
        {
            return Some(named_head(q));
        }
        // "Oleg Kozhemyako, the governor of the Primorsky region, who presented": the named
        // person before an apposition the relative pronoun follows
        if toks[rel - 1].lower == "," {
            let open = (rel.saturating_sub(13).max(cs)..rel - 1).rfind(|&c| {
                toks[c].lower == ","
                    && toks
                        .get(c + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an"))
            });
            if let Some(q) = open.and_then(|c| {
                pms.iter()
                    .rfind(|q| q.te == c && ok(q) && !q.weak && q.kind == PartyKind::Person)
            }) {
                return Some(q);
            }
        }
    }

    // the subject is not inside a prepositional phrase ("the regime is in talks with the
    // Buryatia authorities to procure"), unless nothing else is there
    let in_pp = |p: &Pm| {
        let mut k = p.ts;
        // (past an article or a count: "from three EU members")
        while k > cs
            && (matches!(
                toks[k - 1].lower.as_str(),
                "the" | "a" | "an" | "least" | "some"
            ) || NUMBER_WORDS.contains(&toks[k - 1].lower.as_str())
                && toks[k - 1].lower != "of"
                || !toks[k - 1].lower.is_empty()
                    && toks[k - 1].lower.chars().all(|c| c.is_ascii_digit()))
        {
            k -= 1;
        }
        if k > cs + 1 && toks[k - 1].lower == "at" && toks[k].lower == "least" {
            k -= 1;
        }
        // ("the first of five Iranian tankers": a partitive names the subject itself)
        if k < p.ts && k > cs && toks[k - 1].lower == "of" {
            k = past_article(toks, cs, p.ts);
        }
        // ("senior officials of the Bangladesh Navy took delivery": the people of a body
        // act for it)
        if k > cs + 1
            && toks[k - 1].lower == "of"
            && group.contains(&toks[k - 2].lower)
            && toks[k - 2].lower.ends_with('s')
        {
            return false;
        }
        // ("from three EU members - Bulgaria, Romania and Slovakia - and passed": the members
        // named after a counted class inside a prepositional phrase)
        let mut b = k;
        while b > cs
            && (matches!(toks[b - 1].lower.as_str(), "," | "and" | "or")
                || pms.iter().any(|q| q.ts < b && b <= q.te))
            // (", and Moscow also sent": a comma before "and" joins clauses, not names)
            && !(b > cs + 1 && toks[b - 1].lower == "and" && toks[b - 2].lower == ",")
        {
            b -= 1;
        }
        if b > cs
            && b < k
            && matches!(
                toks[b - 1].lower.as_str(),
                "from" | "with" | "to" | "by" | "between"
            )
        {
            // "from Bulgaria, Romania and Slovakia": every member of a listed object
            return true;
        }
        if b > cs + 1
            && matches!(toks[b - 1].lower.as_str(), "-" | "–" | "—" | ":")
            && APPOSED_CLASSES.contains(&toks[b - 2].lower.as_str())
            && (b.saturating_sub(8).max(cs)..b - 2)
                .any(|x| matches!(toks[x].lower.as_str(), "from" | "to" | "by" | "with"))
        {
            return true;
        }
        k > cs
            && matches!(
                toks[k - 1].lower.as_str(),
                "with"
                    | "from"
                    | "for"
                    | "of"
                    | "by"
                    | "to"
                    | "into"
                    | "between"
                    | "among"
                    | "against"
                    | "than"
                    | "like"
                    | "on"
                    // ("At Jiangnan Shipyard, officials of the Bangladesh Navy took delivery":
                    // where it happened)
                    | "at"
            )
    };
    // a weak mention (a lone capitalised word) is the subject only when nothing better is
    // (a party inside a prepositional phrase is a last resort, and never one inside a
    // parenthetical relative clause: "The tanker, which belongs to Sovcomflot, delivered")
    let ok_pp = |p: &&Pm| ok(p) && (p.te <= before_clause || !in_pp(p));
    let p = pms
        .iter()
        .rfind(|p| ok(p) && !p.weak && !in_pp(p))
        .or_else(|| pms.iter().rfind(|p| ok(p) && !in_pp(p)))
        .or_else(|| pms.iter().rfind(|p| ok_pp(p) && !p.weak))
        .or_else(|| pms.iter().rfind(ok_pp))?;
    // "Berdimuhamedov met Putin and made him a present", "Xi met Kim on Friday and gave him a
    // watch", "Maduro greeted Lukashenko, then presented his guest with …": the object of a
    // first verb is not the subject of a second; the subject of the first is
    let mut k = vg;
    if k > cs && toks[k - 1].lower == "then" {
        k -= 1;
    }
    if k > cs && toks[k - 1].lower == "and" {
        k -= 1;
    }
    // (the verb group may already hold "then": ", then presented")
    let then_inside = toks[vg..t].iter().any(|x| x.lower == "then");
    if (k < vg || then_inside) && k > cs && toks[k - 1].lower == "," {
        k -= 1;
    }
    // (only adjuncts may stand between the object and "and": "on Friday", "in Astana"; a verb
    // there makes the party its subject: "North Korea breached embargoes and supplied")
    let coordinated = k < vg
        && p.te <= k
        && k - p.te <= 4
        && toks[p.te..k].iter().all(|x| x.word && x.lower != "and")
        && (p.te == k
            || matches!(
                toks[p.te].lower.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "last"
                    | "this"
                    | "after"
                    | "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
            ));
    // ("Xi wished Putin a happy birthday and handed him", "welcomed Putin warmly and gave
    // him": a party right after a verb is its object, and what follows it up to "and" is the
    // rest of that verb's phrase when no verb of its own is there)
    let object_phrase = k < vg
        && p.te <= k
        && k - p.te <= 6
        && past_article(toks, cs, p.ts) > cs
        && {
            let before = &toks[past_article(toks, cs, p.ts) - 1];
            before.word
                && !before.cap
                && before.lower != "that"
                // (verbs of saying open a clause with its own subject, save those that take
                // a hearer or viewer: "told Mnangagwa stories", "showed Putin the factory")
                && (!SPEECH_THAT.contains(&before.lower.as_str())
                    || matches!(before.lower.as_str(), "told" | "showed" | "show" | "shows"))
                && !is_aux(&before.lower)
        }
        && toks[p.te..k].iter().enumerate().all(|(i, x)| {
            x.word
                && !matches!(x.lower.as_str(), "and" | "that" | "which" | "who" | "to")
                && !is_aux(&x.lower)
                && !matches!(x.lower.as_str(), "has" | "have" | "had")
                // (a past verb would be the party's own: "Iran breached embargoes and"; past
                // an article it is an adjective of the object: "a happy belated birthday")
                && (!x.lower.ends_with("ed")
                    || toks[p.te..p.te + i]
                        .iter()
                        .any(|y| matches!(y.lower.as_str(), "a" | "an" | "the")))
        });
    if vg > cs + 1 && (coordinated || object_phrase) {
        if let Some(q) = pms.iter().rfind(|q| {
            ok(q)
                && !in_pp(q)
                && q.te < p.ts
                && toks[q.te..p.ts]
                    .iter()
                    .any(|x| x.word && !x.cap && !matches!(x.lower.as_str(), "and" | "or" | "the"))
                && toks[q.te..p.ts]
                    .iter()
                    .all(|x| x.lower != "and" && x.lower != ",")
        }) {
            return Some(q);
        }
        // ("Berdimuhamedov congratulated Xi on the anniversary, embraced Xi warmly and
        // handed him": a series of verbs after one subject, each after a comma)
        let series = (cs..p.ts).rfind(|&c| toks[c].lower == ",").filter(|&c| {
            toks.get(c + 1).is_some_and(|x| x.word && !x.cap)
                && past_article(toks, cs, p.ts) == c + 2
        });
        if let Some(c) = series.filter(|_| object_phrase) {
            if let Some(q) = pms.iter().find(|q| {
                ok(q)
                    && !in_pp(q)
                    && q.te < c
                    && !toks[q.te..p.ts]
                        .iter()
                        .any(|x| matches!(x.lower.as_str(), "that" | "which" | "who" | ";" | "and"))
            }) {
                return Some(q);
            }
        }
    }
    // "Sergei Shoigu, the defence minister of Russia, gave": the head of an apposition
    if t > cs && toks[t - 1].lower == "," {
        if let Some(c) = (cs..p.ts).rev().find(|&k| toks[k].lower == ",") {
            if let Some(q) = pms.iter().find(|q| q.te == c && ok(q)) {
                // ("The tanker Ocean Voyager, a 20-year-old Panama-flagged vessel with …,
                // transferred": a named ship before the description of it)
                let described_ship = q.vessel
                    && toks
                        .get(c + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the"));
                // ("Sinno Trading, a Chinese firm registered in Hong Kong, sold": a named
                // party before a description of its sort is the one the description stands for)
                let described_business = described_head(group, p)
                    && !described_head(group, q)
                    && !q.weak
                    && q.canonical.chars().any(char::is_uppercase)
                    && toks
                        .get(c + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the"));
                if q.kind == PartyKind::Person
                    || p.kind == PartyKind::State
                    || described_ship
                    || described_business
                {
                    return Some(q);
                }
            }
        }
    }
    // "a businessman who was selling": the subject is the noun before "who", not a party —
    // unless the party itself is what "who"/"which" hangs on ("the vessel Sea Star, which
    // delivered fuel")
    if let Some(k) = (p.te..t).find(|&k| matches!(toks[k].lower.as_str(), "who" | "which")) {
        let right_after = k == p.te || k == p.te + 1 && toks[p.te].lower == ",";
        let verb_next = toks[k + 1..t].iter().all(|x| {
            is_aux(&x.lower)
                || matches!(
                    x.lower.as_str(),
                    "has" | "have" | "had" | "also" | "reportedly" | "allegedly" | "then" | "later"
                )
        });
        if !(right_after && verb_next) {
            return None;
        }
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

/// The first token at or after `k` past adverbials of time and manner that may stand between a
/// recipient and heavy goods ("to Syria on Friday an oil shipment", "to Xi last week a bath",
/// "to Mali, as a gift, two jets"); `k` itself when none is there.
fn past_adverbials(toks: &[Tok], k: usize, ce: usize) -> usize {
    let time_word = |x: &Tok| {
        MONTHS.contains(&x.lower.as_str())
            || DAYS.contains(&x.lower.as_str())
            || x.lower.len() == 4 && x.lower.chars().all(|c| c.is_ascii_digit())
            || matches!(
                x.lower.as_str(),
                "week" | "weekend" | "month" | "year" | "summer" | "winter" | "spring" | "autumn"
            )
    };
    let at = |i: usize| toks.get(i).filter(|_| i < ce);
    let mut j = k;
    // (commas alone are no adverbial: "to Russia, via the Caspian Sea, 300,000 shells" keeps
    // its start)
    let mut adverbial = false;
    loop {
        let w = at(j).map_or("", |x| x.lower.as_str());
        if w == "," {
            j += 1;
        } else if matches!(w, "yesterday" | "today") {
            j += 1;
            adverbial = true;
        } else if matches!(
            w,
            "on" | "in" | "during" | "last" | "this" | "next" | "earlier"
        ) && at(j + 1).is_some_and(time_word)
        {
            j += 2;
            adverbial = true;
            // ("on Friday, 12 May", "in June 2023": the rest of the date)
            while at(j).is_some_and(|x| x.lower.chars().all(|c| c.is_ascii_digit())) {
                j += 1;
            }
        } else if w == "as"
            && at(j + 1).is_some_and(|x| x.lower == "a")
            && at(j + 2).is_some_and(|x| matches!(x.lower.as_str(), "gift" | "present"))
        {
            j += 3;
            adverbial = true;
        } else if w == "as"
            && at(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "gifts" | "presents"))
        {
            j += 2;
            adverbial = true;
        } else {
            break;
        }
    }
    // (only when goods follow: "sent to Iran on Friday." keeps its end)
    if adverbial && j < ce && toks[j].word {
        j
    } else {
        k
    }
}

/// The first token at or after `k` past an adverbial standing between a transfer verb and its
/// object ("received with great pleasure a vase", "sent on Monday two jets", "received in
/// Moscow a sword", "handed personally a letter"); `k` itself when none is there or no object
/// opened by an article or a number follows it.
fn verb_adverbials(cx: &Ctx, toks: &[Tok], k: usize, ce: usize) -> usize {
    let at = |i: usize| toks.get(i).filter(|_| i < ce);
    let opens_object = |i: usize| {
        at(i).is_some_and(|x| {
            matches!(x.lower.as_str(), "a" | "an" | "the")
                || x.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
                || cx.res.data.lexicon.numbers.contains_key(&x.lower)
        })
    };
    let mut j = past_adverbials(toks, k, ce);
    // (a comma after the adverbial closes the verb's clause: "obtained on Friday, the panel
    // identified")
    if j > k && toks[j - 1].lower == "," {
        return k;
    }
    loop {
        let w = at(j).map_or("", |x| x.lower.as_str());
        // a manner phrase of plain words naming no goods ("with great pleasure", "with
        // gratitude"; "with drones" is what a verb of arming gives)
        let manner = (w == "with")
            .then(|| {
                (j + 2..=(j + 4).min(ce)).find(|&e| {
                    opens_object(e)
                        && toks[j + 1..e].iter().all(|x| {
                            x.word && !x.cap && !matches!(x.lower.as_str(), "a" | "an" | "the")
                        })
                        && !taxonomy_knows(cx, toks, j + 1, e)
                })
            })
            .flatten();
        // where the handing took place, a capitalised name ("in Moscow a sword")
        let place = matches!(w, "in" | "at")
            .then(|| {
                (j + 2..=(j + 4).min(ce))
                    .find(|&e| opens_object(e) && toks[j + 1..e].iter().all(|x| x.word && x.cap))
            })
            .flatten();
        if let Some(e) = manner.or(place) {
            j = e;
        } else if at(j).is_some_and(|x| is_manner_adverb(cx, x))
            // (only before an article: "roughly 1 million shells" counts the goods)
            && at(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the"))
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Whether the noun at `k` ends an "as" phrase standing before a verb ("as a gift presented",
/// "as a present gave"): an adverbial of the subject's act, not a noun the verb form modifies.
fn as_phrase_noun(toks: &[Tok], cs: usize, k: usize) -> bool {
    k >= cs + 2
        && matches!(toks[k - 1].lower.as_str(), "a" | "an")
        && toks[k - 2].lower == "as"
        && matches!(
            toks[k].lower.as_str(),
            "gift" | "present" | "token" | "gesture" | "souvenir" | "reward"
        )
}

/// Whether "to" and a party right after the verb at `t` are followed, past adverbials, by an
/// article or a count and goods: "delivered to Syria on Friday an oil shipment".
fn goods_after_recipient(
    cx: &Ctx,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    t: usize,
    ce: usize,
) -> bool {
    if t + 2 >= ce || toks[t + 1].lower != "to" {
        return false;
    }
    let Some(p) = party_at(toks, pms, in_attr, t + 2) else {
        return false;
    };
    let k = past_adverbials(toks, p.te, ce);
    let opens = toks.get(k).filter(|_| k < ce).is_some_and(|x| {
        matches!(x.lower.as_str(), "a" | "an" | "the")
            || x.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
            || NUMBER_WORDS.contains(&x.lower.as_str())
    });
    opens
        && (k + 1..(k + 5).min(ce))
            .any(|j| toks[j].word && !cx.res.tax.hits(&toks[j].lower).is_empty())
}

/// The state of an unnamed vehicle that is the subject of the verb at `t`, and the words that
/// say so: "a tanker flying the Iranian flag delivered", "a Russian plane delivered".
fn vehicle_subject_state(
    cx: &Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    cs: usize,
    t: usize,
) -> Option<(String, String)> {
    let sets = cx.res.sets;
    // (the last vehicle noun before the verb, with no party between them)
    let v = (cs..t).rfind(|&k| sets.vehicle.contains(&toks[k].lower))?;
    if pms.iter().any(|p| p.ts >= v && p.ts < t)
        && !toks[v + 1..t].iter().any(|x| x.lower == "flag")
    {
        return None;
    }
    let text = |a: usize, b: usize| tok_text(&cx.doc.sentences[si], toks, a, b).to_string();
    let name = |st: usize| cx.res.data.states[st].name.clone();
    // "flying the Iranian flag", "bearing the flag of Iran" right after the vehicle
    if v + 4 < t
        && matches!(toks[v + 1].lower.as_str(), "flying" | "bearing")
        && toks[v + 2].lower == "the"
        && toks[v + 4].lower == "flag"
    {
        if let Some(st) = cap_state(cx.res, &toks[v + 3]) {
            return Some((name(st), text(v, v + 5)));
        }
    }
    // "a Russian plane": the state's adjective right before the vehicle, past plain words
    let k = (v.saturating_sub(3).max(cs)..v).find(|&k| cap_state(cx.res, &toks[k]).is_some())?;
    if !toks[k + 1..v].iter().all(|x| x.word && !x.cap) {
        return None;
    }
    // (and nothing but a verb group between the vehicle and the verb)
    if v + 1 < t
        && !toks[v + 1..t]
            .iter()
            .all(|x| is_aux(&x.lower) || matches!(x.lower.as_str(), "has" | "had" | "have"))
    {
        return None;
    }
    cap_state(cx.res, &toks[k]).map(|st| (name(st), text(k, v + 1)))
}

/// The party that owns the vehicles a relative clause opened right before the verb at `t`
/// is about ("Mataan owned dhows which carried …", "a firm that operated trucks that took …").
fn vehicle_owner<'p>(
    cx: &Ctx,
    toks: &[Tok],
    pms: &'p [Pm],
    in_attr: &[bool],
    t: usize,
) -> Option<&'p Pm> {
    // (the relative pronoun, past auxiliaries: "dhows which had carried")
    let mut w = t.checked_sub(1)?;
    while w > 0 && (is_aux(&toks[w].lower) || matches!(toks[w].lower.as_str(), "has" | "had")) {
        w -= 1;
    }
    if !matches!(toks[w].lower.as_str(), "which" | "that") || w < 3 {
        return None;
    }
    let v = w - 1;
    if !cx.res.sets.vehicle.contains(&toks[v].lower) {
        return None;
    }
    // (past plain words before the vehicle: "owned two wooden dhows")
    let verb = (v.saturating_sub(4)..v).rfind(|&k| {
        OWNED_BY.contains(&toks[k].lower.as_str())
            || matches!(
                toks[k].lower.as_str(),
                "owns" | "operates" | "chartered" | "charters"
            )
    })?;
    if !toks[verb + 1..v].iter().all(|x| x.word && !x.cap) {
        return None;
    }
    pms.iter()
        .find(|p| p.te == verb && p.actor(in_attr) && p.kind != PartyKind::State)
}

/// The state of a ship the text describes by its nationality and does not name, and the words
/// that say so ("the Iranian tanker unloaded its oil": Iran's ship; "the tanker Adrian Darya"
/// is named and stays the party).
fn described_vessel_state(cx: &Ctx, si: usize, toks: &[Tok], p: &Pm) -> Option<(String, String)> {
    // (a ship's name closes its mention and its canonical name: "the tanker Adrian Darya")
    let head = &toks.get(p.te.wrapping_sub(1))?.lower;
    if p.te <= p.ts + 1
        || !cx.res.sets.vessel.contains(head)
        || !p.canonical.to_lowercase().ends_with(head.as_str())
    {
        return None;
    }
    let (k, st) = (p.ts..p.te - 1).find_map(|k| cap_state(cx.res, &toks[k]).map(|st| (k, st)))?;
    // (only plain words between the nationality and the ship: "Iranian oil tanker")
    toks[k + 1..p.te].iter().all(|x| x.word && !x.cap).then(|| {
        (
            cx.res.data.states[st].name.clone(),
            tok_text(&cx.doc.sentences[si], toks, k, p.te).to_string(),
        )
    })
}

/// Verbs that, with "for", say a party holds a share of a trade ("accounted for 90% of").
const SHARE_VERBS: &[&str] = &["accounted", "accounts", "account", "accounting"];

/// Words of a share of a whole, between "accounted for" and "of" ("90%", "a third", "nearly
/// half", "the bulk").
const SHARE_WORDS: &[&str] = &[
    "a", "an", "the", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
    "most", "bulk", "majority", "much", "nearly", "almost", "about", "around", "over", "more",
    "than", "some", "roughly", "at", "least", "percent", "per", "cent", "%", "one", "two", "three",
    "four", "share", "large", "big", "lion", "'s",
];

/// The share verb whose "of" phrase holds the trigger at `t`: "accounted for 90% of Russia's
/// chip imports", "accounted for a third of the fuel Russia imported" (only a share between
/// "for" and "of", and no clause break after it).
fn share_verb(toks: &[Tok], cs: usize, t: usize) -> Option<usize> {
    let a = (cs..t).rfind(|&k| SHARE_VERBS.contains(&toks[k].lower.as_str()))?;
    if toks.get(a + 1).is_none_or(|x| x.lower != "for") {
        return None;
    }
    let of = (a + 2..t).find(|&k| toks[k].lower == "of")?;
    let share = of > a + 2
        && toks[a + 2..of].iter().all(|x| {
            SHARE_WORDS.contains(&x.lower.as_str())
                || x.lower
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        });
    // (the rest reaches the trigger with no clause break: not "…, and Iran sent")
    let joined = !toks[of..t].iter().any(|x| {
        matches!(
            x.lower.as_str(),
            "," | ";" | "and" | "but" | "while" | "which" | "that"
        )
    });
    (share && joined).then_some(a)
}

/// Conjunctions opening a subordinate clause with a subject of its own ("because a firm had
/// supplied", "after Slovakia delivered").
const SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "after", "before", "when", "since", "once", "as", "whereas",
    "until",
];

/// The party a cleft sentence puts in focus and the "that" or "who" after it: "It was Belarus,
/// not Russia, that sold the launchers" (Belarus sold them).
fn cleft_focus<'p>(
    toks: &[Tok],
    pms: &'p [Pm],
    in_attr: &[bool],
    cs: usize,
    t: usize,
) -> Option<(usize, &'p Pm)> {
    // (past the verb group: "that had sold", "who also supplied")
    let mut k = t;
    while k > cs
        && (is_aux(&toks[k - 1].lower)
            || matches!(
                toks[k - 1].lower.as_str(),
                "has" | "have" | "had" | "also" | "then" | "later" | "reportedly" | "allegedly"
            )
            || is_ly_adverb(&toks[k - 1]))
    {
        k -= 1;
    }
    let rel = k.checked_sub(1).filter(|&r| r > cs)?;
    if !matches!(toks[rel].lower.as_str(), "that" | "who") {
        return None;
    }
    let it = (cs..rel).find(|&j| {
        toks[j].lower == "it"
            && toks
                .get(j + 1)
                .is_some_and(|x| matches!(x.lower.as_str(), "was" | "is" | "'s"))
    })?;
    let at = if toks.get(it + 2).is_some_and(|x| x.lower == "the") {
        it + 3
    } else {
        it + 2
    };
    let p = pms.iter().find(|p| p.ts == at && p.actor(in_attr))?;
    // (the focus ends the "it was" phrase: "Belarus that", "Belarus, not Russia, that")
    let closed = p.te == rel
        || toks[p.te].lower == ","
            && toks[p.te + 1..rel]
                .first()
                .is_some_and(|x| x.lower == "not")
            && toks[rel - 1].lower == ",";
    closed.then_some((rel, p))
}

/// Where the goods start and end that a participle of buying right after them describes, when
/// a party is named after "from": "armoured riot vehicles bought from a Belarusian company",
/// "30 drones acquired from Iran", "drones that were acquired from Turkey" (not "Iran bought
/// from Russia", "the army bought from").
fn reduced_purchase(
    cx: &Ctx,
    toks: &[Tok],
    pms: &[Pm],
    cs: usize,
    t: usize,
    ce: usize,
) -> Option<(usize, usize)> {
    let sets = cx.res.sets;
    let from_party = t + 2 < ce
        && toks[t + 1].lower == "from"
        && pms.iter().any(|p| {
            p.ts == t + 2
                || p.ts == t + 3 && matches!(toks[t + 2].lower.as_str(), "a" | "an" | "the")
        });
    // (a full relative clause in the passive: "drones that were recently acquired from",
    // "jets which had been bought from" hang on the noun before the pronoun)
    let mut j = t;
    while j > cs
        && (is_aux(&toks[j - 1].lower)
            || matches!(toks[j - 1].lower.as_str(), "had" | "has" | "have")
            || is_ly_adverb(&toks[j - 1]))
    {
        j -= 1;
    }
    let end = if j < t && j > cs + 1 && matches!(toks[j - 1].lower.as_str(), "that" | "which") {
        j - 1
    } else if j < t {
        return None;
    } else {
        t
    };
    // ("unmanned aerial vehicles (UAVs) that were acquired from": past a gloss in brackets)
    let end = before_gloss(toks, pms, cs, end);
    let head = toks.get(end.checked_sub(1)?)?;
    if !from_party
        || end <= cs + 1
        || !head.word
        || head.cap
        || sets.group.contains(&head.lower)
        || sets.stops.contains(&head.lower)
        || pms.iter().any(|p| p.ts < end && end <= p.te)
        || cx.res.tax.hits(&head.lower).is_empty()
    {
        return None;
    }
    // (back over the words of the goods, to a preposition, an article or a verb: "in
    // armoured riot vehicles", "uses riot vehicles")
    let mut st = end - 1;
    while st > cs
        && end - st < 6
        && toks[st - 1].word
        && !toks[st - 1].cap
        && !sets.stops.contains(&toks[st - 1].lower)
        && !sets.use_verbs.contains(&toks[st - 1].lower)
        && !DETERMINERS.contains(&toks[st - 1].lower.as_str())
        && !cx
            .res
            .data
            .lexicon
            .triggers
            .contains_key(&toks[st - 1].lower)
        && !pms.iter().any(|p| p.ts < st && st <= p.te)
    {
        st -= 1;
    }
    // (a verb of the main clause right before the goods: "patrols vehicles" has none; a
    // subject is needed before them)
    (st > cs).then_some((st, end))
}

/// Where the goods before `end` stop when a short gloss in brackets with no party in it ends
/// right before `end` ("advanced conventional weapons (ACW) supplied by"): at its opening
/// bracket; otherwise `end`.
fn before_gloss(toks: &[Tok], pms: &[Pm], cs: usize, end: usize) -> usize {
    if end < cs + 4 || toks[end - 1].lower != ")" {
        return end;
    }
    (end.saturating_sub(6).max(cs + 1)..end - 1)
        .rfind(|&k| toks[k].lower == "(")
        .filter(|&o| toks[o - 1].word && !pms.iter().any(|p| p.ts > o && p.ts < end))
        .unwrap_or(end)
}

/// Words that may open a participial clause fronted before the main clause ("Having
/// received", "After buying", "Upon receiving").
const PARTICIPLE_OPENERS: &[&str] = &["having", "after", "upon", "on", "before", "since"];

/// The subject of the main clause for a verb in a participial clause fronted before it, which
/// has no subject of its own: "Having received eight helicopters from Moscow, the Chadian army
/// stepped up strikes" (the army received them).
fn fronted_participle_subject<'p>(
    toks: &[Tok],
    pms: &'p [Pm],
    in_attr: &[bool],
    cs: usize,
    t: usize,
) -> Option<&'p Pm> {
    let opened = t <= cs + 2
        && toks[cs..t]
            .iter()
            .all(|x| PARTICIPLE_OPENERS.contains(&x.lower.as_str()))
        // (a gerund alone may have a subject the main clause only reports: "Handing the gift
        // over, he said")
        && t > cs
        && (toks[t - 1].lower == "having" || toks[t].lower.ends_with("ing"));
    if !opened
        || pms
            .iter()
            .any(|p| p.ts >= cs && p.te <= t && p.actor(in_attr))
    {
        return None;
    }
    let comma = (t + 1..toks.len())
        .take_while(|&k| !matches!(toks[k].lower.as_str(), ";" | "."))
        .find(|&k| toks[k].lower == ",")?;
    // (the main clause's subject opens it, after an article and adjectives at most)
    let p = pms.iter().find(|p| p.ts > comma && p.actor(in_attr))?;
    toks[comma + 1..p.ts]
        .iter()
        .all(|x| x.word && !x.cap && matches!(x.lower.as_str(), "the" | "a" | "an"))
        .then_some(p)
}

/// Whether the trigger at `t` is a gerund naming what someone does, not an event: "companies
/// involved in making and shipping drones", "responsible for supplying fuel".
pub(super) fn is_activity(toks: &[Tok], sets: &Sets, cs: usize, t: usize) -> bool {
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

/// Whether the verb at `t` tells where goods came from ("came from Bulgaria", "originated in
/// Iran"), not where they went.
pub(super) fn is_provenance(toks: &[Tok], t: usize) -> bool {
    let next = toks.get(t + 1).map_or("", |x| x.lower.as_str());
    let w = toks[t].lower.as_str();
    matches!(w, "came" | "come" | "comes" | "coming") && next == "from"
        || w.starts_with("originat") && matches!(next, "in" | "from")
}

/// Verbs of aspect that take a verb of motion after them ("kept flowing", "continued to flow",
/// "began to arrive"): they tell when the goods moved, the goods stand before them.
const ASPECT_VERBS: &[&str] = &[
    "kept",
    "keep",
    "keeps",
    "continued",
    "continue",
    "continues",
    "began",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
];

/// Where the verb of motion at `t` starts, counting a verb of aspect before it and its "to"
/// ("arms [kept] flowing", "weapons [continued to] flow"); `t` when there is none.
fn aspect_start(toks: &[Tok], cs: usize, t: usize) -> usize {
    let k = if t > cs + 1 && toks[t - 1].lower == "to" {
        t - 1
    } else {
        t
    };
    if k > cs + 1 && ASPECT_VERBS.contains(&toks[k - 1].lower.as_str()) {
        k - 1
    } else {
        t
    }
}

/// Ordinals and ranks that open a predicate noun ("was the [first] European country to").
const RANKS: &[&str] = &["first", "only", "last", "second", "third", "latest"];

/// Quantifiers that float after the phrase they count ("the rockets [all] came from Iran").
const FLOATING: &[&str] = &["all", "both", "each"];

/// Participles of making that, with "in" and a place, say where goods were made ("drones made in
/// Russia"), not where they went.
const MAKING: &[&str] = &["made", "produced", "manufactured", "built", "assembled"];

/// The item phrase of a passive clause, before its auxiliaries: "[Y] was handed over",
/// "[Y] have been shipped", "[Y], which were made in Iran, were delivered".
pub(super) fn items_before_auxiliary(
    toks: &[Tok],
    sets: &Sets,
    cs: usize,
    pb: usize,
) -> (usize, usize) {
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
        } else if let Some(c) = (cs..st - 1).rev().find(|&k| toks[k].lower == ",") {
            // "Putin's gift, a hunting carbine, was handed to Kim": the apposition names it;
            // "Shipments of the Mohajer-6, a drone built in Iran, were received": the head does
            if c > cs && sets.vague.contains(&toks[c - 1].lower) {
                if c + 1 < st - 1 && (c + 1..st - 1).all(|k| toks[k].word) {
                    return (c + 1, st - 1);
                }
            } else if c > cs {
                st = c;
                item_end = c;
            }
        }
    }
    // (a dash with a space before it ends a dateline: "DOHA (AFP) - Rifles were sent")
    let spaced_dash = |k: usize| {
        matches!(toks[k].lower.as_str(), "—" | "–" | "-") && k > 0 && toks[k - 1].e < toks[k].s
    };
    while st > cs
        && !matches!(
            toks[st - 1].lower.as_str(),
            "," | ";" | "that" | "which" | "“" | "\"" | ":"
        )
        && !spaced_dash(st - 1)
        && (!sets.stops.contains(&toks[st - 1].lower)
            // "Serbian ammunition worth $855 million has …": the value belongs to the goods
            || toks[st - 1].lower == "worth" && st > cs + 1 && toks[st - 2].word)
        && !sets.speech.contains(&toks[st - 1].lower)
        // ("Footage showed Russian-made guns entering Mali": the scene after the verb)
        && !sets.perception.contains(&toks[st - 1].lower)
        // "A convoy of 100 trucks loaded with food was sent": what a vehicle holds belongs
        // to the goods
        || st > cs + 2
            && toks[st - 1].lower == "with"
            && matches!(
                toks[st - 2].lower.as_str(),
                "loaded" | "laden" | "filled" | "packed" | "stuffed" | "crammed"
            )
        // "worth at least $20 million were exported": an approximation inside the value
        || st > cs
            && toks[st - 1].lower == "at"
            && toks.get(st).is_some_and(|x| matches!(x.lower.as_str(), "least" | "most"))
        || st > cs
            // "a market value over $300 million": an approximate amount, not a place
            && matches!(toks[st - 1].lower.as_str(), "over" | "around" | "about")
            && toks.get(st).is_some_and(|x| {
                x.lower == "$" || x.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
            })
    {
        st -= 1;
    }
    // "Attack drones made in Russia were delivered": a participle of making and its place
    // close the goods' phrase, which goes on before them
    if st > cs + 2 && toks[st - 1].lower == "in" && MAKING.contains(&toks[st - 2].lower.as_str()) {
        let mut k = st - 2;
        item_end = k;
        while k > cs
            && (toks[k - 1].word && !sets.stops.contains(&toks[k - 1].lower)
                || toks[k - 1].lower == "of"
                || toks[k - 1].lower == "-"
                || toks[k - 1]
                    .lower
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ','))
        {
            k -= 1;
        }
        st = k;
    }
    // "After months of talks a ransom of $3.2m was handed over": a fronted time phrase ends
    // where the goods' own article begins
    if st > cs
        && matches!(
            toks[st - 1].lower.as_str(),
            "after" | "before" | "during" | "following" | "in" | "on" | "since" | "amid" | "from"
        )
    {
        if let Some(k) = (st + 1..item_end).find(|&k| {
            matches!(toks[k].lower.as_str(), "a" | "an" | "the")
                && !matches!(
                    toks[k - 1].lower.as_str(),
                    "of" | "worth" | "and" | "," | "or"
                )
        }) {
            st = k;
        }
    }
    // "a large mosaic vase bearing his face on its front was given": a participle that
    // describes the goods ends their phrase, which opens the clause
    if st > cs && st < item_end {
        let open = (cs..st)
            .rev()
            .find(|&k| matches!(toks[k].lower.as_str(), "," | ";" | ":" | "that" | "which"))
            .map_or(cs, |k| k + 1);
        let modifier = (open + 1..st).find(|&k| {
            matches!(
                toks[k].lower.as_str(),
                "bearing" | "showing" | "depicting" | "featuring" | "carrying" | "containing"
            )
        });
        if let Some(m) = modifier {
            if (open..m).all(|k| toks[k].word && !is_aux(&toks[k].lower)) {
                return (open, m);
            }
        }
    }
    // "Optical components for Russian tanks are supplied", "7.4 tons of gold with a market
    // value of $300 million was flown": the subject's head comes before its prepositional
    // phrase, at the clause start
    // ("Optical parts for use in Russian tanks are supplied": phrases may nest)
    let mut st0 = st;
    while st0 > cs + 1
        && st0 < item_end
        && matches!(toks[st0 - 1].lower.as_str(), "for" | "with" | "from" | "in")
    {
        let st = st0;
        let p = st - 1;
        let mut b = p;
        while b > cs
            && p - b < 8
            && (toks[b - 1].word
                || toks[b - 1]
                    .lower
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ','))
            && (!sets.stops.contains(&toks[b - 1].lower) || toks[b - 1].lower == "of")
            && !sets.speech.contains(&toks[b - 1].lower)
            && !is_aux(&toks[b - 1].lower)
        {
            b -= 1;
        }
        // "At least 7.4 tons …": an approximation opens the subject
        if b > cs && b < p && toks[b - 1].lower == "at" && toks[b].lower == "least" {
            b -= 1;
        }
        if b < p
            && toks[b].lower != "of"
            && (b == cs || matches!(toks[b - 1].lower.as_str(), "," | "that" | "“" | "\""))
        {
            // the head is the phrase before the first preposition
            let first = (b..p)
                .find(|&k| matches!(toks[k].lower.as_str(), "for" | "with" | "from" | "in"))
                .unwrap_or(p);
            return (b, first);
        }
        if b < p && b > cs && matches!(toks[b - 1].lower.as_str(), "for" | "with" | "from" | "in") {
            st0 = b;
            continue;
        }
        break;
    }
    // "seized a cache of arms, worth $10m, which had been provided by Iran": the goods are the
    // noun phrase the relative pronoun hangs on (past a value in commas)
    if st == item_end && st > cs + 1 && matches!(toks[st - 1].lower.as_str(), "which" | "that") {
        let mut e = st - 1;
        if toks[e - 1].lower == "," {
            e -= 1;
            if let Some(c) = (cs..e).rev().take(8).find(|&k| toks[k].lower == ",") {
                if toks[c + 1..e]
                    .iter()
                    .any(|x| matches!(x.lower.as_str(), "worth" | "valued" | "costing"))
                {
                    e = c;
                }
            }
        }
        let mut b = e;
        while b > cs
            && toks[b - 1].word
            && !sets.stops.contains(&toks[b - 1].lower)
            && !sets.speech.contains(&toks[b - 1].lower)
            && !is_aux(&toks[b - 1].lower)
            && !toks[b - 1].lower.ends_with("ed")
        {
            b -= 1;
        }
        if b < e {
            return (b, e);
        }
    }
    // "Tiles, valves and thermometers were sent": a list closed by "and" runs back over its
    // commas to the clause start (but "In Moscow, rifles and drones were handed over" does not
    // take the opening phrase: it does not reach the clause start, "that" or an earlier comma)
    if st < item_end && (st..item_end).any(|k| matches!(toks[k].lower.as_str(), "and" | "or")) {
        let member = |end: usize| -> Option<usize> {
            let mut b = end;
            while b > cs
                && end - b < 5
                && (toks[b - 1].word || toks[b - 1].lower == "-")
                && !sets.stops.contains(&toks[b - 1].lower)
                && !sets.speech.contains(&toks[b - 1].lower)
                && !is_aux(&toks[b - 1].lower)
            {
                b -= 1;
            }
            (b < end
                && (b == cs
                    || matches!(
                        toks[b - 1].lower.as_str(),
                        "," | "that" | ";" | ":" | "“" | "\""
                    )))
            .then_some(b)
        };
        while st > cs + 1 && toks[st - 1].lower == "," {
            match member(st - 1) {
                Some(b) => st = b,
                None => break,
            }
        }
    }
    (st, item_end)
}

/// Where the verb group ending before `pb` starts: "have been", "had been", "will be",
/// "could have also been" before a participle.
pub(super) fn verb_group_start(toks: &[Tok], cs: usize, pb: usize) -> usize {
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

pub(super) fn party_at<'p>(
    toks: &[Tok],
    pms: &'p [Pm],
    in_attr: &[bool],
    k: usize,
) -> Option<&'p Pm> {
    let p = pms.iter().find(|p| {
        p.ts == k && !p.outlet && !in_attr[p.ts] && !p.canonical.is_empty() && !p.place
    })?;
    // "a key US security ally", "a U.S. financial institution": a state after an indefinite
    // article only describes the noun that follows
    if p.kind == PartyKind::State {
        let mut b = p.ts;
        // ("sold a tank to Vietnam last year": a preposition ends the noun phrase)
        while b > 0
            && p.ts - b < 3
            && toks[b - 1].word
            && !toks[b - 1].cap
            && !matches!(
                toks[b - 1].lower.as_str(),
                "to" | "from"
                    | "for"
                    | "with"
                    | "by"
                    | "in"
                    | "into"
                    | "of"
                    | "on"
                    | "at"
                    | "via"
                    | "and"
                    | "or"
            )
        {
            if matches!(toks[b - 1].lower.as_str(), "a" | "an") {
                if toks.get(p.te).is_some_and(|x| x.word && !x.cap) {
                    return None;
                }
                break;
            }
            b -= 1;
        }
    }
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

/// Where a mention starting at `ts` begins once the articles before it are counted in (not
/// before `cs`).
pub(super) fn past_article(toks: &[Tok], cs: usize, ts: usize) -> usize {
    let mut k = ts;
    while k > cs && matches!(toks[k - 1].lower.as_str(), "the" | "a" | "an") {
        k -= 1;
    }
    k
}

/// Participles of affiliation: the "to" after them names whom a thing is tied to, not a recipient
/// ("petroleum linked to the Houthis").
const AFFILIATION_PARTICIPLES: &[&str] = &[
    "linked",
    "tied",
    "connected",
    "related",
    "affiliated",
    "belonging",
    "loyal",
    "allied",
    "aligned",
];

/// Adverbs that restrict a source or destination ("only from", "mainly to"); never goods.
const RESTRICTIVE_ADVERBS: &[&str] = &[
    "only",
    "mainly",
    "mostly",
    "solely",
    "exclusively",
    "largely",
    "primarily",
    "chiefly",
    "principally",
    "entirely",
    "predominantly",
];

/// Plural class nouns a list of names may follow: "from three EU members - Bulgaria, Romania
/// and Slovakia".
const APPOSED_CLASSES: &[&str] = &[
    "members",
    "countries",
    "states",
    "nations",
    "suppliers",
    "companies",
    "firms",
    "allies",
    "partners",
    "manufacturers",
    "producers",
    "exporters",
];

pub(super) const HONORIFICS: &[&str] = &[
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
    // ("to Gen. Ali Haidar": abbreviated ranks, which name no one)
    "gen",
    "col",
    "lt",
    "maj",
    "capt",
    "sgt",
    "adm",
    "brig",
    "prof",
    "comrade",
    ".",
    "respected",
    "dear",
    // "to the port of Nampo", "to the North Korean port of Chongjin"
    "port",
    "harbour",
    "harbor",
    "terminal",
    "of",
];

#[allow(clippy::too_many_arguments)]
pub(super) fn frame(
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
    // "Russia sent waves of drones against Kyiv": weapons sent against a target are an attack,
    // not a transfer ("sent drones to Russia to use against Ukraine" is one)
    if matches!(
        toks[t].lower.as_str(),
        "sent" | "send" | "sends" | "sending" | "hurled" | "hurls"
    ) && (t + 1..ce)
        .find(|&k| toks[k].lower == "against")
        .is_some_and(|a| {
            // (not in a clause of its own: "sent missiles, which Moscow's troops launch
            // against Ukraine")
            !(t + 1..a).any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "to" | "for" | "into" | "," | "which" | "that" | "who"
                )
            })
        })
    {
        return;
    }
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
        && (matches!(
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
                | "once"
                | "first"
                | "since"
                | "just"
                | "still"
                | "even"
                | "now"
                | "often"
                | "usually"
                | "mostly"
                | "mainly"
                | "largely"
                // "are all imported", "were both sold": a floating quantifier after the auxiliary
                | "all"
                | "both"
        ) && !(matches!(toks[pb - 1].lower.as_str(), "all" | "both")
            && !(pb > cs + 1 && is_aux(&toks[pb - 2].lower)))
            || is_manner_adverb(cx, &toks[pb - 1]))
    {
        if toks[pb - 1].lower == "been" {
            break;
        }
        pb -= 1;
    }
    let participle = toks[t].lower.ends_with("ed")
        || matches!(
            toks[t].lower.as_str(),
            "given"
                | "sent"
                | "sold"
                | "shipped"
                | "bought"
                | "handed"
                | "got"
                | "flown"
                | "brought"
                | "driven"
                | "resold"
                | "left"
                | "lent"
                | "paid"
                | "taken"
        );
    let mut passive = pb > cs && is_aux(&toks[pb - 1].lower) && participle;
    // "the drones were made in Iran and delivered to Russia": a participle coordinated with
    // an earlier passive shares its auxiliary and subject
    if !passive && participle && pb > cs + 2 && toks[pb - 1].lower == "and" {
        if let Some(k) = (cs..pb - 2).rev().take(12).find(|&k| {
            is_aux(&toks[k].lower)
                && toks[k + 1].word
                && (toks[k + 1].lower.ends_with("ed")
                    || matches!(
                        toks[k + 1].lower.as_str(),
                        "made" | "built" | "sent" | "sold" | "bought" | "given" | "taken"
                    ))
        }) {
            if !toks[k + 1..pb - 1]
                .iter()
                .any(|x| matches!(x.lower.as_str(), "," | ";"))
            {
                pb = k + 1;
                passive = true;
            }
        }
    }
    // reduced relative: "6,700 containers sent from North Korea to Russia"
    let mut reduced = false;
    // ("The Kornet missiles, sold to Syria by Russia in the 2000s, later turned up": set off
    // by commas, the goods stand before the first)
    if !passive
        && dir == "give"
        && participle
        && pb > cs + 1
        && toks[pb - 1].lower == ","
        && toks[pb - 2].word
        && !pms.iter().any(|p| p.te == pb - 1)
        && !cx.res.tax.hits(&toks[pb - 2].lower).is_empty()
        && t + 1 < ce
        && matches!(toks[t + 1].lower.as_str(), "to" | "from" | "by")
        && (t + 2..ce).any(|k| toks[k].lower == ",")
    {
        pb -= 1;
    }
    // "lethal advanced conventional weapons (ACW) supplied by Iran to the group": a short
    // gloss in brackets between the goods and their participle (no party inside it)
    if !passive
        && dir == "give"
        && participle
        && t + 1 < ce
        && matches!(toks[t + 1].lower.as_str(), "to" | "from" | "by")
    {
        let o = before_gloss(toks, pms, cs, pb);
        if o < pb && !cx.res.tax.hits(&toks[o - 1].lower).is_empty() {
            pb = o;
        }
    }
    if !passive
        && dir == "give"
        && participle
        && pb > cs
        && toks[pb - 1].word
        // ("Drones supplied by …", "Nimr APCs supplied by …": goods may be capitalised)
        && (!toks[pb - 1].cap || !cx.res.tax.hits(&toks[pb - 1].lower).is_empty())
        && !pms.iter().any(|p| p.te == pb)
        && t + 1 < ce
        && matches!(toks[t + 1].lower.as_str(), "to" | "from" | "by")
        && !sets.stops.contains(&toks[pb - 1].lower)
        // ("Belarus has repaired and dispatched to Russia …": a coordinated verb, no noun
        // before a participle)
        && !matches!(toks[pb - 1].lower.as_str(), "and" | "or" | "but" | "then")
        // ("the President as a gift presented to Xi a bath": the noun of an "as" phrase
        // before the verb is no goods the participle describes)
        && !as_phrase_noun(toks, cs, pb - 1)
        // ("a tanker delivered to Syria on Friday an oil shipment": goods after the recipient
        // make the verb the clause's own, its subject no goods)
        && !goods_after_recipient(cx, toks, pms, in_attr, t, ce)
    {
        passive = true;
        reduced = true;
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
    // (verbs of carrying and motion have no noun use: "the coal went", "the train carried")
    if dir != "noun"
        && dir != "motion"
        && dir != "carry"
        && !gerund_of
        // "delivered by ship": a means of transport ("by providing" is a gerund)
        && (pw == "by" && !toks[t].lower.ends_with("ing")
            || matches!(
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
            // ("Iran also supplies drones": an adverb before a verb)
            && pw != "also"
            // "arms exports to Russia", "coal exports": goods, then the plural verb form
            || toks[t].lower.ends_with('s')
                && t > cs
                && toks[t - 1].word
                && !toks[t - 1].cap
                && !pms.iter().any(|p| p.te == t)
                && !cx.res.tax.hits(pw).is_empty()
            // "a fuel transfer": determiner, noun, then the verb form (not "as a gift gave")
            || t >= cs + 2
                && !participle
                && !toks[t].lower.ends_with("ing")
                && matches!(toks[t - 2].lower.as_str(), "a" | "an" | "the")
                && !as_phrase_noun(toks, cs, t - 1)
                && toks[t - 1].word
                && !toks[t - 1].cap
                && !pms.iter().any(|p| p.te == t))
    {
        if toks[t].lower.ends_with('s')
            || matches!(
                toks[t].lower.as_str(),
                "supply" | "export" | "transfer" | "purchase" | "import" | "gift" | "acquisition"
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
    let bought_goods = (dir == "receive" && participle)
        .then(|| reduced_purchase(cx, toks, pms, cs, t, ce))
        .flatten();
    let mut giver: Option<Pm> = None;
    let mut recipient: Option<Pm> = None;
    // the state an unnamed vehicle is of ("a Russian plane carrying …"), and the words that say so
    let mut carrier_state: Option<(String, String)> = None;
    // where the cues that may hedge the trigger start: the clause, or the judging verb of
    // "sanctioned X for supplying" (what a plan to judge presupposes is no plan)
    let mut modality_from = cs;
    // "It was Belarus, not Russia, that sold": the negation denies another party, not the sale
    if let Some((rel, _)) = cleft_focus(toks, pms, in_attr, cs, t) {
        modality_from = rel + 1;
    }
    let items_from: usize;
    let mut items_to: usize = ce;
    let mut trigger = toks[t].lower.clone();
    let mut after = t + 1;
    // "taking on crude oil from the tanker X": the particle of "take on"
    let take_on = matches!(
        toks[t].lower.as_str(),
        "taking" | "took" | "takes" | "take" | "taken"
    );
    // "Kim came away with a rifle": what one leaves with was received (the lexicon marks the
    // verbs that need "away")
    let away_with = cx
        .res
        .data
        .lexicon
        .triggers
        .get(&toks[t].lower)
        .is_some_and(|x| x.needs.as_deref() == Some("away"));
    while after < ce
        && (matches!(
            toks[after].lower.as_str(),
            "over" | "back" | "out" | "also" | "reportedly" | "secretly"
        ) || take_on && toks[after].lower == "on"
            // "Damascus passed on Russian-supplied systems to Hezbollah"
            || toks[t].lower.starts_with("pass") && toks[after].lower == "on" && after == t + 1
            // "the rifles ended up in Somalia": the particle of a verb of arrival
            || dir == "motion" && toks[after].lower == "up" && after == t + 1
            // "bring in machine tools from Germany"
            || kind == "import"
                && toks[after].lower == "in"
                && matches!(
                    toks[t].lower.as_str(),
                    "bring" | "brings" | "brought" | "bringing"
                )
            || away_with
                && (toks[after].lower == "away"
                    || toks[after].lower == "with" && toks[after - 1].lower == "away"))
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
                // "sent to the Houthis by way of Oman": a route, no agent
                if toks[k].lower == "by" && toks[k + 1].lower == "way" {
                    k += 2;
                    continue;
                }
                // "moving Iranian petroleum linked to the Houthis": the party a thing is tied
                // to receives nothing
                if toks[k].lower == "to"
                    && k > t + 1
                    && AFFILIATION_PARTICIPLES.contains(&toks[k - 1].lower.as_str())
                {
                    k += 1;
                    continue;
                }
                // "28,000 containers of weapons, a briefing provided to a lawmaker showed": past
                // a comma, a giving participle before "to" is another noun's reduced relative
                if toks[k].lower == "to"
                    && k > t + 2
                    && toks[k - 1].lower.ends_with("ed")
                    && trigger_is(cx, &toks[k - 1].lower, "give")
                    && (t + 1..k - 1).any(|x| toks[x].lower == ",")
                {
                    k += 1;
                    continue;
                }
                // "smuggled gold to back Putin's war effort": a purpose infinitive's "to" names
                // no recipient; the party it helps gets the goods ("sent drones to back
                // Haftar's offensive", "to help Russia"), unless it is the subject's own
                // leader (Putin is Russia's side, not a party Russia gives to)
                if toks[k].lower == "to"
                    && cx
                        .res
                        .data
                        .lexicon
                        .purpose_verbs
                        .iter()
                        .any(|w| *w == toks[k + 1].lower)
                {
                    // (past the particle and article: "to prop up the Maduro government")
                    let mut o = k + 2;
                    if o < fe && toks[o].lower == "up" {
                        o += 1;
                    }
                    if o < fe && toks[o].lower == "the" {
                        o += 1;
                    }
                    if let Some(p) = party_at(toks, pms, in_attr, o).filter(|p| !p.place) {
                        let own_side = p.kind == PartyKind::Person
                            && pms.iter().any(|q| {
                                q.ts >= cs
                                    && q.te <= t
                                    && q.kind == PartyKind::State
                                    && cx.res.data.states.iter().any(|st| {
                                        st.name == q.canonical && p.countries.contains(&st.iso2)
                                    })
                            });
                        if !own_side {
                            return Some((k, p.clone()));
                        }
                        k += 1;
                        continue;
                    }
                }
                let mut m = k + 1;
                // "to another vessel, the Neptune 6": past the class to the ship's name
                if m + 3 < fe
                    && matches!(
                        toks[m].lower.as_str(),
                        "another" | "a" | "an" | "one" | "the"
                    )
                    && sets.vessel.contains(&toks[m + 1].lower)
                    && toks[m + 2].lower == ","
                    && pms
                        .iter()
                        .any(|p| p.vessel && (p.ts == m + 3 || p.ts == m + 4))
                {
                    m += 3;
                }
                loop {
                    while m < fe
                        && HONORIFICS.contains(&toks[m].lower.as_str())
                        && party_at(toks, pms, in_attr, m).is_none()
                    {
                        m += 1;
                    }
                    // "to forces loyal to Khalifa Haftar", "to troops of the junta": whose they are
                    if m + 2 < fe
                        && matches!(
                            toks[m].lower.as_str(),
                            "forces" | "troops" | "units" | "fighters" | "militias" | "militia"
                        )
                        && matches!(
                            toks[m + 1].lower.as_str(),
                            "loyal" | "of" | "under" | "backing"
                        )
                    {
                        m += if toks[m + 1].lower == "loyal" && toks[m + 2].lower == "to" {
                            3
                        } else {
                            2
                        };
                        continue;
                    }
                    // "into the air force of Myanmar's military government": whose force
                    if let Some(q) = (m + 1..(m + 5).min(fe)).find(|&q| toks[q].lower == "of") {
                        let head = &toks[q - 1].lower;
                        if toks[m..q].iter().all(|x| {
                            x.word && !x.cap && (x.lower == "the" || !sets.stops.contains(&x.lower))
                        }) && (sets.group.contains(head)
                            || matches!(
                                head.as_str(),
                                "force" | "forces" | "navy" | "army" | "military"
                            ))
                            && party_at(toks, pms, in_attr, q + 1).is_some()
                        {
                            m = q + 1;
                            continue;
                        }
                    }
                    break;
                }
                // "the sale … was confirmed by Janes": the agent of another verb, not of the
                // transfer
                if toks[k].lower == "by"
                    && k > t + 1
                    && is_other_participle(cx.res.data, &toks[k - 1].lower)
                {
                    k += 1;
                    continue;
                }
                // "delivered by ship from Saudi Arabia": a means of transport, not an agent
                if toks[k].lower == "by"
                    && matches!(
                        toks[k + 1].lower.as_str(),
                        "ship"
                            | "sea"
                            | "air"
                            | "rail"
                            | "road"
                            | "truck"
                            | "train"
                            | "plane"
                            | "boat"
                            | "land"
                            | "lorry"
                            | "tanker"
                    )
                    && party_at(toks, pms, in_attr, k + 2).is_none()
                {
                    k += 1;
                    continue;
                }
                // "from at least three EU members - Bulgaria, Romania and Slovakia": a counted
                // class, then the names of its members after a dash, comma or colon
                if let Some(q) = (m + 1..(m + 8).min(fe)).find(|&q| {
                    matches!(toks[q].lower.as_str(), "-" | "–" | "—" | "," | ":")
                        && APPOSED_CLASSES.contains(&toks[q - 1].lower.as_str())
                        && (m..q - 1).any(|x| {
                            toks[x].lower.chars().all(|c| c.is_ascii_digit())
                                || NUMBER_WORDS.contains(&toks[x].lower.as_str())
                                    && toks[x].lower != "of"
                                || matches!(toks[x].lower.as_str(), "several" | "some" | "various")
                        })
                        && toks[m..q].iter().all(|x| x.word)
                }) {
                    if let Some(p) =
                        party_at(toks, pms, in_attr, q + 1).filter(|p| names_someone(&p.canonical))
                    {
                        return Some((k, p.clone()));
                    }
                }
                // "to the Libyan strongman Khalifa Haftar", "to his Russian counterpart
                // Vladimir Putin": descriptive words before the name
                let m = (m..(m + 4).min(fe))
                    .find(|&q| {
                        party_at(toks, pms, in_attr, q).is_some()
                            && toks[m..q].iter().enumerate().all(|(i, x)| {
                                x.word
                                    && (!sets.stops.contains(&x.lower)
                                        || i == 0
                                            && matches!(
                                                x.lower.as_str(),
                                                "his" | "her" | "their" | "its"
                                            ))
                            })
                    })
                    .unwrap_or(m);
                if let Some(p) = party_at(toks, pms, in_attr, m) {
                    // "to buyers such as the Kamchatka council": the named instance of a class
                    let mut e = p.te;
                    if !names_someone(&p.canonical) || p.kind == PartyKind::Unknown {
                        if e + 1 < fe && toks[e].lower == "such" && toks[e + 1].lower == "as" {
                            e += 2;
                        } else if e < fe && matches!(toks[e].lower.as_str(), "including" | "like") {
                            e += 1;
                        }
                        if e > p.te && e < fe && toks[e].lower == "the" {
                            e += 1;
                        }
                        if e > p.te {
                            if let Some(q) = party_at(toks, pms, in_attr, e)
                                .filter(|q| names_someone(&q.canonical))
                            {
                                return Some((k, q.clone()));
                            }
                        }
                    }
                    return Some((k, p.clone()));
                }
                // "to bank accounts in Qatar", "to an airbase in Syria": the state the place is in
                if matches!(toks[k].lower.as_str(), "to" | "into") {
                    if let Some(q) = (m..(m + 6).min(fe)).find(|&q| {
                        matches!(toks[q].lower.as_str(), "in" | "at")
                            && toks[m..q].iter().all(|x| {
                                x.word && !x.cap && !sets.stops.contains(&x.lower)
                                    || HONORIFICS.contains(&x.lower.as_str())
                            })
                    }) {
                        // ("to refineries in the UAE", "to refineries in countries such as
                        // the UAE": past the article and a class the state is an instance of)
                        let mut r = q + 1;
                        if r + 2 < fe
                            && matches!(
                                toks[r].lower.as_str(),
                                "countries" | "nations" | "states" | "places"
                            )
                        {
                            if toks[r + 1].lower == "such" && toks[r + 2].lower == "as" {
                                r += 3;
                            } else if matches!(toks[r + 1].lower.as_str(), "including" | "like") {
                                r += 2;
                            }
                        }
                        if r < fe && toks[r].lower == "the" {
                            r += 1;
                        }
                        // ("to districts in northern Yemen": past a part of the compass)
                        if r + 1 < fe && is_compass_part(&toks[r].lower) {
                            r += 1;
                        }
                        if let Some(p) = pms.iter().find(|p| p.ts == r && p.named_state(in_attr)) {
                            return Some((k, state_of_port(cx, p)));
                        }
                    }
                }
                // "from Iran's port of Amirabad", "to Russia's far east": the state whose part
                // of the map it is
                if let Some(p) = pms.iter().find(|p| {
                    p.ts == m
                        && p.place
                        && p.kind == PartyKind::State
                        && toks.get(p.te).is_some_and(|x| x.lower == "'s")
                        && !in_attr[p.ts]
                }) {
                    return Some((k, state_of_port(cx, p)));
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
            // "sold a Dutch company the vessel": an indefinite party as the first object
            if after + 1 < ce
                && matches!(toks[after].lower.as_str(), "a" | "an")
                && party_at(toks, pms, in_attr, after + 1)
                    .is_some_and(|p| matches!(p.kind, PartyKind::Organisation | PartyKind::State))
            {
                after += 1;
            }
            // "provide the state oil company PDVSA with naphtha": a description, then the name
            if after < ce && matches!(toks[after].lower.as_str(), "the" | "a" | "an") {
                if let Some(k) = (after + 1..(after + 5).min(ce)).find(|&k| {
                    party_at(toks, pms, in_attr, k).is_some()
                        && k > after + 1
                        && sets.group.contains(&toks[k - 1].lower)
                        && toks[after + 1..k].iter().all(|x| x.word && !x.cap)
                }) {
                    after = k;
                }
            }
            // "sanctioned by the UK for supplying helicopter parts", "the US sanctioned Sinno
            // for supplying drones", "Min Aung Hlaing thanked Putin for delivering jets": the
            // doer is the one sanctioned, thanked or praised — not the one who judges
            let judged_for =
                gerund_for(toks, cs, t).and_then(|f| judge_before(toks, cs, f).map(|v| (v, f)));
            let judged_participle =
                judged_for.is_none() && judged_participle(toks, pms, sets, cs, t).is_some();
            if let Some((v, _)) = judged_for {
                modality_from = v;
            }
            // ("the US sanctioned Sinno for supplying": the object of an active judging verb)
            let judged_object = judged_for.and_then(|(v, f)| {
                pms.iter().find(|p| {
                    p.ts > v
                        && p.te <= f
                        && p.actor(in_attr)
                        && toks[v + 1..p.ts].iter().all(|x| {
                            x.word && (x.cap || DETERMINERS.contains(&x.lower.as_str()))
                                || NUMBER_WORDS.contains(&x.lower.as_str())
                                || x.lower.chars().all(|c| c.is_ascii_digit())
                        })
                })
            });
            // ("Min Aung Hlaing thanked Putin for delivering jets": the thanker got them)
            let thanker = judged_for
                .filter(|&(v, _)| toks[v].lower.starts_with("thank"))
                .and_then(|(v, _)| subject(toks, pms, in_attr, &sets.group, cs, v))
                .cloned();
            giver = if gerund_of {
                pms.iter()
                    .find(|p| {
                        p.te + 1 == t
                            && !p.outlet
                            && !p.place
                            && !in_attr[p.ts]
                            && !p.canonical.is_empty()
                            // "are accused by the Treasury of supplying": the accuser is no giver
                            && !toks[p.ts.saturating_sub(4).max(cs)..p.ts]
                                .iter()
                                .any(|x| x.lower == "by")
                    })
                    .or_else(|| {
                        // the passive subject, before the agent
                        toks[cs..t]
                            .iter()
                            .position(|x| x.lower == "by")
                            .and_then(|b| subject(toks, pms, in_attr, &sets.group, cs, cs + b))
                    })
                    .or_else(|| subject(toks, pms, in_attr, &sets.group, cs, t))
                    .cloned()
            } else if by_before(toks, cs, t) && toks[t].lower.ends_with("ing") {
                // "concluded that the UAE broke the UN arms embargo by providing …": the doer
                // is the subject of the verb "by" hangs on, the first party of its clause
                by_gerund_doer(toks, pms, in_attr, sets, cs, t)
            } else if let Some(p) = judged_object {
                Some(p.clone())
            } else if let Some((v, _)) = judged_for {
                judged_doer(toks, pms, in_attr, cs, t, v)
            } else if judged_participle {
                // "US sanctions ships and companies moving Iranian oil to Syria": the participle
                // tells what the unnamed judged did; the judge moved nothing
                None
            } else {
                subject(toks, pms, in_attr, &sets.group, cs, t).cloned()
            };
            // ("shipped CHPL items": a capitalised word that, with the noun after it, names
            // goods is no recipient)
            // ("shipped Fath-360 missiles", "passed on Russian-supplied SA-17 systems": a
            // model designator or an origin participle names goods, not someone)
            let model_name = |p: &Pm| {
                matches!(p.kind, PartyKind::Unknown | PartyKind::Person)
                    && toks[p.ts..p.te].iter().any(|x| {
                        x.lower.contains('-')
                            && (x.lower.chars().any(|c| c.is_ascii_digit())
                                || ["-made", "-supplied", "-built", "-designed", "-produced"]
                                    .iter()
                                    .any(|s| x.lower.ends_with(s)))
                    })
            };
            let goods_name = |p: &Pm| {
                model_name(p)
                    || p.weak
                        && p.kind == PartyKind::Unknown
                        && p.te < ce
                        && toks[p.te].word
                        && !toks[p.te].cap
                        && !cx
                            .res
                            .tax
                            .hits(&format!(
                                "{} {}",
                                p.canonical.to_lowercase(),
                                toks[p.te].lower
                            ))
                            .is_empty()
            };
            // "supplied Libya's Tripoli-based government with drones", "furnished Khalifa
            // Haftar's forces with …": what a party owns, then "with", is that party's
            let possessed_with = party_at(toks, pms, in_attr, after)
                .filter(|p| !p.place || p.kind == PartyKind::State)
                .filter(|p| p.te < ce && toks[p.te].lower == "'s")
                .and_then(|p| {
                    (p.te + 2..(p.te + 8).min(ce))
                        .find(|&k| toks[k].lower == "with")
                        .filter(|&k| {
                            toks[p.te + 1..k].iter().all(|x| {
                                x.word
                                    && !sets.stops.contains(&x.lower)
                                    && !cx.res.data.lexicon.triggers.contains_key(&x.lower)
                            }) && !pms.iter().any(|q| {
                                q.ts > p.te
                                    && q.ts < k
                                    && q.kind != PartyKind::Unknown
                                    && !q.place
                                    && !(q.kind == PartyKind::Person && q.te == k)
                            })
                        })
                        // ("Ethiopia's embattled Prime Minister Abiy Ahmed with": the person
                        // the state's words name)
                        .map(|k| {
                            let person = pms
                                .iter()
                                .find(|q| q.ts > p.te && q.te == k && q.kind == PartyKind::Person);
                            (person.unwrap_or(p).clone(), k)
                        })
                });
            if let Some((p, k)) = possessed_with {
                recipient = Some(p);
                trigger.push_str(" … with");
                after = k + 1;
                items_from = after;
            } else if let Some(p) = party_at(toks, pms, in_attr, after).filter(|p| {
                !goods_name(p)
                    // ("gave Simon Bolivar's sword to Putin": the owner of the goods, when a
                    // recipient follows with "to")
                    && (p.te >= ce
                        || !matches!(toks[p.te].lower.as_str(), "'s" | "’s")
                        || find_after(&["to"], p.te).is_none())
            }) {
                // "gave his guest a glove", "presented X with Y", "supplied Russia with drones"
                if !p.place {
                    recipient = Some(p.clone());
                    after = p.te;
                    // "armed the separatist militias in the Donbas with tanks": a place phrase
                    // locates the recipient before "with"
                    if let Some(w) = past_place(toks, pms, after, ce)
                        .filter(|&w| w < ce && toks[w].lower == "with")
                    {
                        // ("supplied the government in Tripoli with": an organ of a state
                        // named only by where it sits is that state's)
                        let seat = pms.iter().find(|q| {
                            q.te == w
                                && q.ts > after
                                && (q.kind == PartyKind::State || !q.countries.is_empty())
                        });
                        if let Some(q) = seat.filter(|_| {
                            sets.state_organs.contains(&p.canonical)
                                && matches!(toks[after].lower.as_str(), "in" | "of")
                        }) {
                            recipient = Some(state_of_port(cx, q));
                        }
                        after = w;
                    }
                    // ("provided Kataib Hezbollah, an Iraqi militia, with drones": past an
                    // apposition set off by commas)
                    if after + 2 < ce && toks[after].lower == "," {
                        if let Some(c) = (after + 2..(after + 9).min(ce - 1))
                            .find(|&c| toks[c].lower == "," && toks[c + 1].lower == "with")
                        {
                            if toks[after + 1..c].iter().all(|x| {
                                x.word && !cx.res.data.lexicon.triggers.contains_key(&x.lower)
                            }) {
                                after = c + 1;
                            }
                        }
                    }
                    if after < ce && toks[after].lower == "with" {
                        trigger.push_str(" … with");
                        after += 1;
                    }
                }
                after = gift_of(toks, after, ce);
                items_from = after;
            } else if after < ce && toks[after].lower == "to" {
                // ("dispatched to the Russian Federation a first batch": past an article)
                // ("sold to a Bulgarian broker rifles": an indefinite description as well)
                if let Some(p) = party_at(toks, pms, in_attr, after + 1).or_else(|| {
                    (after + 2 < ce && matches!(toks[after + 1].lower.as_str(), "the" | "a" | "an"))
                        .then(|| party_at(toks, pms, in_attr, after + 2))
                        .flatten()
                }) {
                    recipient = Some(p.clone());
                    // "delivered to Syria on Friday an oil shipment": the goods come after the
                    // adverbials that follow the recipient
                    items_from = past_adverbials(toks, p.te, ce);
                } else {
                    items_from = after;
                }
            } else {
                // ("sent on Monday two jets", "handed with great ceremony a sword": past an adverbial
                // before the goods)
                after = gift_of(toks, verb_adverbials(cx, toks, after, ce), ce);
                items_from = after;
                // ("kept shipping crude there": the place named before, after the goods)
                let there = pms.iter().find(|p| {
                    p.rule == Some("there")
                        && p.ts > after
                        && p.te <= ce
                        && toks[after..p.ts].iter().all(|x| x.lower != "from")
                });
                let to_hit = find_after(&["to", "into", "onto"], after);
                // "shipped rifles for the rebels to Port Sudan": a group the goods are for,
                // right before the state they go to, is who gets them (the state is where)
                let for_group = to_hit.as_ref().and_then(|(tk, tp)| {
                    let (fk, fp) = find_after(&["for"], after)?;
                    (fk < *tk
                        && tp.kind == PartyKind::State
                        && fp.kind == PartyKind::Organisation
                        && !fp.vessel
                        && fp.te <= *tk
                        && *tk - fp.te <= 2
                        && toks[fp.te..*tk]
                            .iter()
                            .all(|x| x.word && !x.cap && sets.group.contains(&x.lower))
                        && giver.as_ref().is_none_or(|g| g.canonical != fp.canonical))
                    .then_some((fk, fp))
                });
                if let Some((k, p)) = for_group {
                    recipient = Some(p);
                    items_to = k;
                    trigger.push_str(" … for");
                } else if let Some((k, p)) = to_hit {
                    recipient = Some(p);
                    items_to = k;
                    trigger.push_str(" … to");
                } else if let Some(th) = there {
                    recipient = Some(th.clone());
                    items_to = th.ts;
                    trigger.push_str(" … there");
                } else if let Some((k, p)) = find_after(&["for"], after)
                    .filter(|(_, p)| matches!(p.kind, PartyKind::State | PartyKind::Organisation))
                {
                    // "supplying parts for Myanmar's military", "shipped crude for Cupet"
                    recipient = Some(p);
                    items_to = k;
                    trigger.push_str(" … for");
                }
            }
            if recipient.is_none() {
                recipient =
                    thanker.filter(|p| giver.as_ref().is_none_or(|g| g.canonical != p.canonical));
            }
            // "there" is first a state this sentence named before the verb, other than the
            // giver ("exported to Russia the products that Azu ships there now"), else the
            // state the text named last
            if let Some(th) = recipient.as_ref().filter(|p| p.rule == Some("there")) {
                let giver_name = giver.as_ref().map(|g| g.canonical.as_str());
                let here = pms.iter().find(|q| {
                    q.te <= t
                        && q.pronoun.is_none()
                        && q.named_state(in_attr)
                        && Some(q.canonical.as_str()) != giver_name
                        // ("EU and U.S. sanctions": a state that qualifies a noun)
                        && toks
                            .get(q.te)
                            .is_none_or(|x| !x.word || x.cap || sets.stops.contains(&x.lower))
                });
                recipient = here.or((!th.canonical.is_empty()).then_some(th)).cloned();
            }
            // "The Houthis, to whom Iran has sent fuel": the antecedent of "to whom" received
            if let Some(k) = (cs + 1..t).rfind(|&k| {
                toks[k].lower == "to"
                    && toks[k - 1].lower == ","
                    && k + 1 < t
                    && matches!(toks[k + 1].lower.as_str(), "whom" | "which")
            }) {
                if let Some(p) = pms.iter().rfind(|p| p.te + 1 == k && p.actor(in_attr)) {
                    if giver.as_ref().is_none_or(|g| g.canonical != p.canonical) {
                        recipient = Some(p.clone());
                    }
                }
            }
            // "To the Russian counterpart the Chinese leader handed a harp": the recipient
            // fronted before the giver
            if recipient.is_none() && toks[cs].lower == "to" {
                if let Some(p) = party_at(toks, pms, in_attr, cs + 1).filter(|p| {
                    !p.place
                        && p.te < t
                        && giver
                            .as_ref()
                            .is_none_or(|g| g.ts >= p.te && g.canonical != p.canonical)
                }) {
                    recipient = Some(p.clone());
                    trigger.insert_str(0, "to … ");
                }
            }
            // "Russia is smuggling gold out of Sudan", "Wagner exported gold from the CAR": with
            // no recipient, goods taken out of another state come from that state to the one
            // who moved them
            if recipient.is_none() && kind != "sale" {
                let source = (after..fe.saturating_sub(1)).find_map(|k| {
                    let at = if toks[k].lower == "out" && toks[k + 1].lower == "of" {
                        k + 2
                    } else if toks[k].lower == "from" && k > after {
                        k + 1
                    } else {
                        return None;
                    };
                    let at = if toks.get(at).is_some_and(|x| x.lower == "the") {
                        at + 1
                    } else {
                        at
                    };
                    let p = party_at(toks, pms, in_attr, at)?;
                    (p.kind == PartyKind::State && !p.place).then(|| (k, p.clone()))
                });
                if let (Some((k, src)), Some(g)) = (source, giver.clone()) {
                    if g.canonical != src.canonical && !g.countries.contains(&src.canonical) {
                        recipient = Some(g);
                        giver = Some(src);
                        items_to = items_to.min(k);
                        trigger.push_str(if toks[k].lower == "out" {
                            " … out of"
                        } else {
                            " … from"
                        });
                    }
                }
            }
        }
        "give" if reduced => {
            // "Russia struck Ukraine with missiles supplied by North Korea": the goods are the
            // noun before the participle; who used them ("with") is whom they went to
            let mut st = pb;
            while st > cs
                && toks[st - 1].word
                // ("Nimr Ajban APCs": a model name before capitalised goods)
                && (!toks[st - 1].cap
                    || !pms.iter().any(|p| p.ts < st && st <= p.te)
                        && (toks[st].cap || !cx.res.tax.hits(&toks[st - 1].lower).is_empty()))
                && !sets.stops.contains(&toks[st - 1].lower)
                && !sets.use_verbs.contains(&toks[st - 1].lower)
                // "investigators found rifles supplied by …": a past verb after its subject
                && !(pms.iter().any(|p| p.te + 1 == st && p.actor(in_attr))
                    && (toks[st - 1].lower.ends_with("ed")
                        || matches!(
                            toks[st - 1].lower.as_str(),
                            "found" | "saw" | "seen" | "got" | "took" | "held" | "showed" | "shown"
                        )))
            {
                st -= 1;
            }
            // "rifles, pistols, grenades and ammunition sent by Iran": the list of goods before
            // the participle, its members set off by commas, each naming goods
            if (st..pb).any(|k| matches!(toks[k].lower.as_str(), "and" | "or")) {
                let quote = |x: &Tok| matches!(x.lower.as_str(), "\"" | "“" | "”" | "'");
                while st > cs + 1 && toks[st - 1].lower == "," {
                    let mut s2 = st - 1;
                    while s2 > cs
                        && (toks[s2 - 1].word || quote(&toks[s2 - 1]))
                        && !sets.stops.contains(&toks[s2 - 1].lower)
                        && !sets.use_verbs.contains(&toks[s2 - 1].lower)
                        && !pms.iter().any(|p| p.ts < s2 && s2 <= p.te)
                        && !toks[s2 - 1].lower.ends_with("ed")
                        && !matches!(
                            toks[s2 - 1].lower.as_str(),
                            "found"
                                | "saw"
                                | "seen"
                                | "got"
                                | "took"
                                | "held"
                                | "showed"
                                | "shown"
                                | "include"
                                | "includes"
                                | "including"
                        )
                    {
                        s2 -= 1;
                    }
                    let goods = (s2..st - 1).any(|k| {
                        !cx.res.tax.hits(&toks[k].lower).is_empty()
                            || items::goods_noun(cx.res, &toks[k].lower).is_some()
                    });
                    if s2 == st - 1 || !goods {
                        break;
                    }
                    st = s2;
                }
            }
            // "used Quds cruise missiles": a make between the verb of use and the goods
            if let Some(uv) = (st.saturating_sub(3).max(cs + 1)..st)
                .rev()
                .find(|&k| sets.use_verbs.contains(&toks[k].lower))
                .filter(|&uv| uv + 1 < st && toks[uv + 1..st].iter().all(|x| x.cap && x.word))
            {
                st = uv + 1;
            }
            // "Serbian mortar rounds sold to Armenia": a demonym opening the goods is their
            // origin, which names the seller when no "by" does (only with the recipient
            // named: "buyer of Russian crude shipped by sea" tells of no one transfer)
            if st > cs
                && toks[st - 1].cap
                && find_after(&["to", "into", "onto"], after).is_some()
                && !pms.iter().any(|p| p.ts < st && st <= p.te)
                && cx.res.data.states.iter().any(|s| {
                    s.demonyms
                        .iter()
                        .any(|d| d.eq_ignore_ascii_case(&toks[st - 1].lower))
                })
            {
                st -= 1;
            }
            // ("At least 40 armoured vehicles supplied by …": the count keeps its "at")
            if st > cs && toks[st].lower == "least" && toks[st - 1].lower == "at" {
                st -= 1;
            }
            // "Mali took possession of fuel supplied by North Korea": who took it got it
            let mut taker: Option<Pm> = None;
            if st + 2 < pb
                && matches!(
                    toks[st].lower.as_str(),
                    "possession" | "delivery" | "receipt" | "custody" | "ownership"
                )
                && toks[st + 1].lower == "of"
            {
                if st > cs
                    && matches!(
                        toks[st - 1].lower.as_str(),
                        "took" | "take" | "takes" | "taken" | "taking" | "gained" | "assumed"
                    )
                {
                    taker = subject(toks, pms, in_attr, &sets.group, cs, st - 1).cloned();
                }
                st += 2;
            }
            items_from = st;
            items_to = pb;
            if let Some((_, p)) =
                find_after(&["by"], after).or_else(|| find_after(&["from"], after))
            {
                giver = Some(p);
            }
            // "Lukashenko had the tractors sent to Harare": whoever has goods sent somewhere
            // sends them (a causative "have" a few plain words before the goods)
            let causer = (cs..st)
                .rev()
                .take(5)
                .find(|&k| CAUSATIVE_HAVE.contains(&toks[k].lower.as_str()))
                .filter(|&k| {
                    toks[k + 1..st].iter().all(|x| {
                        x.word
                                && !x.cap
                                && !is_aux(&x.lower)
                                // (no verb between: "has received rifles sent to")
                                && cx
                                    .res
                                    .data
                                    .lexicon
                                    .triggers
                                    .get(&x.lower)
                                    .is_none_or(|g| g.dir == "noun")
                    })
                })
                .and_then(|k| subject(toks, pms, in_attr, &sets.group, cs, k))
                .filter(|p| p.actor(in_attr) && !p.place)
                .cloned();
            // (only with the recipient right after the participle: in "had shipments sent to
            // a third country … so as to evade U.S. customs" no party takes them)
            let recipient_next = find_after(&["to", "into", "onto"], after)
                .is_some_and(|(k, p)| k == after && p.ts <= k + 2);
            if giver.is_none() && causer.is_some() && recipient_next {
                giver = causer;
            }
            if let Some((_, p)) = find_after(&["to", "into", "onto"], after) {
                recipient = Some(p);
            } else if taker.is_some() {
                recipient = taker;
            } else if st > cs && toks[st - 1].lower == "with" {
                // the user of the goods is the subject of the verb before "with", not the
                // object it struck: "Russia struck Ukraine with missiles"
                let before: Vec<&Pm> = pms
                    .iter()
                    .filter(|p| p.ts >= cs && p.te < st && p.actor(in_attr))
                    .collect();
                recipient = match before.as_slice() {
                    [.., subj, obj] if obj.te + 1 == st => Some((*subj).clone()),
                    [.., last] if last.te + 1 < st => Some((*last).clone()),
                    _ => None,
                };
            } else if let Some(uv) = (st.saturating_sub(4).max(cs)..st)
                .rev()
                .find(|&k| sets.use_verbs.contains(&toks[k].lower))
                .filter(|&uv| toks[uv + 1..st].iter().all(|x| x.cap))
            {
                // "the RSF used drones supplied by the UAE", "the Houthis used Quds missiles
                // supplied by Iran": who uses the goods got them
                recipient = pms
                    .iter()
                    .rev()
                    .find(|p| {
                        p.ts >= cs
                            && p.te <= uv
                            && p.actor(in_attr)
                            && !p.place
                            && toks[p.te..uv].iter().all(|x| {
                                x.word
                                    && !x.cap
                                    && (is_aux(&x.lower)
                                        || x.lower.ends_with("ly")
                                        || matches!(x.lower.as_str(), "has" | "have" | "had"))
                            })
                    })
                    .cloned();
            }
            // "12 drones supplied by China have reached Myanmar": where the goods then went
            if recipient.is_none() {
                let arrival = (after..ce).find(|&k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "reached" | "reach" | "reaches" | "arrived" | "arrive" | "arrives"
                    )
                });
                if let Some(k) = arrival {
                    recipient = arrived_at(cx, toks, pms, in_attr, k, ce);
                }
            }
        }
        "give" => {
            // passive
            // "they were delivered by ship": a pronoun subject of a passive stands for goods
            let subj = subject(toks, pms, in_attr, &sets.group, cs, pb)
                .filter(|s| !matches!(s.pronoun, Some("pronoun-it")))
                // "Missiles from North Korea were delivered": the source inside the goods'
                // phrase is not who received them
                .filter(|s| {
                    // (past other sources joined to it: "from Iran and Syria")
                    let mut k = past_article(toks, cs, s.ts);
                    while k > cs + 1 && matches!(toks[k - 1].lower.as_str(), "and" | "or" | ",") {
                        match pms.iter().find(|q| q.te == k - 1) {
                            Some(q) => k = past_article(toks, cs, q.ts),
                            None => break,
                        }
                    }
                    // ("drones made in Russia were delivered": where they were made)
                    let made_in = k > cs + 1
                        && toks[k - 1].lower == "in"
                        && MAKING.contains(&toks[k - 2].lower.as_str());
                    // ("the frigate, built by BAE Systems, was handed over to Brazil": the
                    // maker in an apposition is no recipient)
                    let made_by = k > cs + 1
                        && toks[k - 1].lower == "by"
                        && (MAKING.contains(&toks[k - 2].lower.as_str())
                            || matches!(
                                toks[k - 2].lower.as_str(),
                                "designed" | "developed" | "owned" | "operated" | "ordered"
                            ));
                    !(k > cs && matches!(toks[k - 1].lower.as_str(), "from" | "of")
                        || made_in
                        || made_by)
                })
                // "The Shahed had been supplied to Russia": a capitalised name the taxonomy
                // knows as goods is what moved, not who received it
                .filter(|s| {
                    !(s.weak
                        && s.kind == PartyKind::Unknown
                        && !cx.res.tax.hits(&s.canonical.to_lowercase()).is_empty())
                });
            let by = find_after(&["by"], after);
            let verb_group = verb_group_start(toks, cs, pb);
            // "the insurgents were supplied by Eritrea with missiles": the doer between the
            // verb and "with"
            let by_with = (after < ce && toks[after].lower == "by")
                .then(|| party_at(toks, pms, in_attr, after + 1))
                .flatten()
                .filter(|p| p.te < ce && toks[p.te].lower == "with" && !p.place)
                .cloned();
            if let (Some(s), Some(doer)) = (subj, by_with) {
                recipient = Some(s.clone());
                giver = Some(doer.clone());
                items_from = doer.te + 1;
                trigger.push_str(" by … with");
            } else if let Some(s) = subj.filter(|s| {
                s.te + 2 >= pb
                    || s.te + 1 >= verb_group
                    || after < ce && toks[after].lower == "with"
                    // "Putin, the Russian President, turns 70 and has been handed a tractor":
                    // a second verb of the same subject
                    || verb_group > s.te + 1
                        && toks[verb_group - 1].lower == "and"
                        && !s.place
                        && (s.ts == cs
                            || !matches!(
                                toks[s.ts - 1].lower.as_str(),
                                "in" | "from" | "to" | "by" | "of" | "at" | "for" | "with" | "into"
                            ))
                        && !pms.iter().any(|q| {
                            q.ts >= s.te
                                && q.te < verb_group
                                && !q.place
                                && q.canonical != s.canonical
                        })
            }) {
                recipient = Some(s.clone());
                if after < ce && toks[after].lower == "with" {
                    after += 1;
                }
                items_from = after;
                // "Putin has been handed a present: a tractor from Lukashenko"
                if let Some((k, p)) = by.or_else(|| find_after(&["from"], after)) {
                    giver = Some(p);
                    items_to = k;
                }
            } else {
                // "Y was handed over to Z (by X)": items before the auxiliary
                (items_from, items_to) = items_before_auxiliary(toks, sets, cs, pb);
                if let Some((_, p)) = find_after(&["to", "into", "onto"], after) {
                    recipient = Some(p);
                }
                if let Some((_, p)) = by.or_else(|| find_after(&["from"], after)) {
                    giver = Some(p);
                }
                // "Missiles from North Korea were delivered to Hezbollah": the source named in
                // the goods' phrase, which ends there
                if giver.is_none() {
                    if let Some((f, p)) = source_in_subject(toks, pms, in_attr, items_from, pb) {
                        giver = Some(p);
                        items_to = items_to.min(f);
                    }
                }
            }
        }
        // "Russian instructors have reached Niger with an air defence system", "the delegation
        // arrived in Damascus with medicines": who arrives with goods brought them there
        "motion" if arrives_with(toks, cs, ce, t).is_some() => {
            let w = arrives_with(toks, cs, ce, t).unwrap_or(ce);
            recipient = if toks[t].lower.starts_with("reach") {
                state_in(cx, pms, in_attr, t + 1, w)
            } else {
                (t + 1..w)
                    .find(|&k| matches!(toks[k].lower.as_str(), "in" | "at" | "to"))
                    .and_then(|k| state_in(cx, pms, in_attr, k + 1, w))
            };
            if recipient.is_none() {
                return;
            }
            giver = subject(toks, pms, in_attr, &sets.group, cs, t)
                .filter(|g| {
                    recipient
                        .as_ref()
                        .is_none_or(|r| r.canonical != g.canonical)
                })
                .cloned();
            items_from = w + 1;
            trigger.push_str(" … with");
        }
        "motion" => {
            // "The bulk of that coal went from North Korean ships onto Chinese barges"
            // ("arms kept flowing", "weapons continued to flow": the goods stand before the
            // verb of aspect)
            // ("the rockets are all coming from Iran": a floating quantifier of the goods
            // stands between them and where they came from)
            let mut vb = aspect_start(toks, cs, t);
            if is_provenance(toks, t)
                && vb > cs + 1
                && FLOATING.contains(&toks[vb - 1].lower.as_str())
            {
                vb -= 1;
            }
            let (mut goods_from, mut goods_to) = items_before_auxiliary(toks, sets, cs, vb);
            // "points to $406 million in weapons and related material that reached …": the
            // goods are the phrase the relative pronoun hangs on
            let vg = verb_group_start(toks, cs, t);
            if vg > cs + 1
                && matches!(toks[vg - 1].lower.as_str(), "that" | "which")
                && toks[vg - 2].lower != ","
            {
                let e = vg - 1;
                let mut k = e;
                while k > cs
                    && (toks[k - 1].word
                        && !toks[k - 1].cap
                        && (!sets.stops.contains(&toks[k - 1].lower)
                            || matches!(toks[k - 1].lower.as_str(), "in" | "of" | "and" | "worth"))
                        && !cx
                            .res
                            .data
                            .lexicon
                            .triggers
                            .contains_key(&toks[k - 1].lower)
                        && !sets.speech.contains(&toks[k - 1].lower)
                        || matches!(
                            toks[k - 1].lower.as_str(),
                            "$" | "," | "million" | "billion"
                        )
                        || toks[k - 1]
                            .lower
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == '.'))
                {
                    k -= 1;
                    // a sum or a count opens the phrase ("traces $90 million in rifles")
                    if toks[k].lower == "$"
                        || toks[k]
                            .lower
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == '.')
                            && !(k > cs && toks[k - 1].lower == "$")
                    {
                        break;
                    }
                }
                while k < e && matches!(toks[k].lower.as_str(), "in" | "of" | "and" | ",") {
                    k += 1;
                }
                if k < e && taxonomy_knows(cx, toks, k, e) {
                    (goods_from, goods_to) = (k, e);
                }
            }
            // "70% of Russia's machine tool imports came from China": the owner of the
            // imports or purchases the goods came as received them
            let provenance = is_provenance(toks, t);
            let importer = provenance
                .then(|| {
                    pms.iter().find(|p| {
                        p.ts >= goods_from
                            && p.te + 2 < goods_to
                            && toks[p.te].lower == "'s"
                            && p.actor(in_attr)
                            && trigger_is(cx, &toks[goods_to - 1].lower, "receive")
                    })
                })
                .flatten();
            // "the group's rockets come from Tehran": goods a party owns that came from
            // someone reached their owner, the goods are what follows the possessive
            let possessive = |p: &Pm| p.te < ce && matches!(toks[p.te].lower.as_str(), "'s" | "'");
            let mut owner = (provenance && importer.is_none())
                .then(|| {
                    pms.iter().find(|p| {
                        p.ts >= goods_from
                            && p.te + 1 < goods_to
                            && possessive(p)
                            && p.actor(in_attr)
                            && taxonomy_knows(cx, toks, p.te + 1, goods_to)
                    })
                })
                .flatten();
            // "Hezbollah's budget, its income, its arms and rockets, are all coming from
            // Iran": a list of what one owner has, the last of it on "its", opens with the
            // owner's name
            if provenance
                && importer.is_none()
                && owner.is_none()
                && goods_from < goods_to
                && goods_from > cs
                && toks[goods_from - 1].lower == ","
            {
                let open = (cs..goods_from)
                    .rev()
                    .find(|&k| matches!(toks[k].lower.as_str(), "that" | ";" | ":"))
                    .map_or(cs, |k| k + 1);
                owner = pms.iter().find(|p| {
                    p.ts == open
                        && possessive(p)
                        && p.actor(in_attr)
                        && !toks[p.te..goods_from].iter().any(|x| is_aux(&x.lower))
                        && toks[p.te..goods_to]
                            .iter()
                            .any(|x| matches!(x.lower.as_str(), "its" | "their"))
                });
                // (the list runs on to the comma that closes it before the verb)
                let vg = verb_group_start(toks, cs, vb);
                if owner.is_some() && vg > goods_to && toks[vg - 1].lower == "," {
                    goods_to = vg - 1;
                }
            }
            if let Some(p) = importer {
                // (the noun of importing is no part of the goods)
                (goods_from, goods_to) = (p.te + 1, goods_to - 1);
                recipient = Some(p.clone());
            } else if let Some(p) = owner {
                (goods_from, goods_to) = (p.te + 1, goods_to);
                recipient = Some(p.clone());
            }
            // ("The Navy seized a cache of missile parts bound for the Houthis": the goods
            // start after the verb whose object they are)
            if kind == "destined" {
                if let Some(v) = (goods_from..t).rev().find(|&k| {
                    toks[k].lower.ends_with("ed")
                        && toks.get(k + 1).is_some_and(|x| {
                            DETERMINERS.contains(&x.lower.as_str())
                                || x.lower.starts_with(|c: char| c.is_ascii_digit())
                        })
                }) {
                    goods_from = v + 1;
                }
            }
            (items_from, items_to) = (goods_from, goods_to);
            // "two tankers reached the port": the carrier arrives, what it held is not said
            // ("artillery guns and a BTR-80 troop carrier entering Mali": goods listed before a
            // vehicle make it goods too)
            let goods_listed = (items_from + 1..items_to).any(|k| {
                toks[k].lower == "and"
                    && !sets.vessel.contains(&toks[k - 1].lower)
                    && !sets.vehicle.contains(&toks[k - 1].lower)
                    && !cx.res.tax.hits(&toks[k - 1].lower).is_empty()
            });
            let carrier = items_to > items_from
                && !goods_listed
                && (sets.vessel.contains(&toks[items_to - 1].lower)
                    || sets.vehicle.contains(&toks[items_to - 1].lower)
                    || pms
                        .iter()
                        .any(|p| p.vessel && p.ts >= items_from && p.te <= items_to));
            // "a train carrying 30 horses left Russia": the carrying verb frames the cargo
            let framed = (items_from..items_to)
                .any(|k| cx.res.data.lexicon.triggers.contains_key(&toks[k].lower));
            if items_to <= items_from || carrier || framed {
                return;
            }
            giver = find_after(&["from"], after).map(|(_, p)| p);
            // "the missiles originated in Iran": the state they came from gave them
            if provenance && giver.is_none() && after < ce && toks[after].lower == "in" {
                giver = state_in(cx, pms, in_attr, after + 1, (after + 3).min(fe));
            }
            // "Weapons from Russia reached Myanmar": the source inside the goods' phrase
            if giver.is_none() {
                if let Some(k) = (items_from + 1..t).find(|&k| toks[k].lower == "from") {
                    if let Some(p) = party_at(toks, pms, in_attr, k + 1)
                        .or_else(|| {
                            (toks[k + 1].lower == "the")
                                .then(|| party_at(toks, pms, in_attr, k + 2))
                                .flatten()
                        })
                        .filter(|p| p.te == t)
                    {
                        giver = Some(p.clone());
                        items_to = items_to.min(k);
                    }
                }
            }
            // "the weapons, which originated in Iran, were bound for the Houthis"
            if kind == "destined" {
                recipient = find_after(&["for", "to"], after)
                    .filter(|(k, _)| *k == after)
                    .map(|(_, p)| p);
                if recipient.is_none() {
                    return;
                }
            }
            // "2,000 shells left Rajin for Russia": the place left gives, "for" names where to
            if kind == "departure" {
                let left = (after..(after + 4).min(fe)).find_map(|m| {
                    pms.iter().find(|p| {
                        p.ts == m
                            && p.named_state(in_attr)
                            && toks[after..m].iter().all(|x| {
                                HONORIFICS.contains(&x.lower.as_str()) || x.lower == "from"
                            })
                    })
                });
                giver = left.map(|p| state_of_port(cx, p));
                recipient = find_after(&["for", "to"], after).map(|(_, p)| p);
                if giver.is_none() || recipient.is_none() {
                    return;
                }
            }
            // goods that "arrived in Syria" or "reached the Houthis" name where they ended up;
            // who sent them may come from the goods ("Iranian rifles") or stay unnamed
            let arrival = matches!(kind, "delivery" | "entry");
            recipient = recipient
                .or_else(|| find_after(&["to", "onto", "into"], after).map(|(_, p)| p))
                .or_else(|| {
                    arrival
                        .then(|| {
                            party_at(toks, pms, in_attr, after)
                                .or_else(|| {
                                    // "reached the Myanmar military"
                                    (after + 1 < ce && toks[after].lower == "the")
                                        .then(|| party_at(toks, pms, in_attr, after + 1))
                                        .flatten()
                                })
                                .filter(|p| !p.place || p.kind == PartyKind::State)
                                .cloned()
                                .or_else(|| {
                                    // "ended up in the hands of al-Shabaab": whose hands
                                    // hold the goods received them
                                    let h = after + 3;
                                    (h + 1 < ce
                                        && matches!(toks[after].lower.as_str(), "in" | "into")
                                        && toks[after + 1].lower == "the"
                                        && toks[after + 2].lower == "hands"
                                        && toks[h].lower == "of")
                                        .then(|| {
                                            party_at(toks, pms, in_attr, h + 1).or_else(|| {
                                                (toks[h + 1].lower == "the")
                                                    .then(|| party_at(toks, pms, in_attr, h + 2))
                                                    .flatten()
                                            })
                                        })
                                        .flatten()
                                        .filter(|p| p.actor(in_attr))
                                        .cloned()
                                })
                                .or_else(|| {
                                    // "arrived in Russia", "arrived at the port of Tartus":
                                    // a place that is a state or one of its ports
                                    let at = after + 1;
                                    (after < ce
                                        && matches!(toks[after].lower.as_str(), "in" | "at"))
                                    .then(|| {
                                        (at..(at + 5).min(fe)).find_map(|m| {
                                            pms.iter().find(|p| {
                                                p.ts == m
                                                    && p.named_state(in_attr)
                                                    && toks[at..m].iter().all(|x| {
                                                        HONORIFICS.contains(&x.lower.as_str())
                                                    })
                                            })
                                        })
                                    })
                                    .flatten()
                                    .map(|p| state_of_port(cx, p))
                                })
                        })
                        .flatten()
                })
                .map(|mut p| {
                    p.place = false;
                    p
                });
            // ("Iranian oil flowed to China": the goods' demonym says whence, inferred below)
            let origin_named = (items_from..t).any(|k| {
                toks[k].cap
                    && !pms
                        .iter()
                        .any(|p| p.ts <= k && k < p.te && p.kind != PartyKind::State)
                    && state_by_word(cx.res, &toks[k].lower).is_some_and(|st| {
                        cx.res.data.states[st]
                            .demonyms
                            .iter()
                            .any(|d| d.eq_ignore_ascii_case(&toks[k].lower))
                    })
            });
            // "the cash went directly to Hamas": goods the taxonomy knows moving to a named
            // party went to it, whoever sent them ("the money went to salaries", "went to war"
            // name no party; "went to Damascus" names a place)
            let known_goods = taxonomy_knows(cx, toks, items_from, items_to);
            let goods_to_party = giver.is_none()
                && known_goods
                && find_after(&["to", "onto", "into"], after).is_some_and(|(k, p)| {
                    !p.place
                        && !p.weak
                        && p.actor(in_attr)
                        // (right after the verb: "went through quarantine … and were taken
                        // to" is another verb's destination)
                        && toks[after..k].iter().all(is_ly_adverb)
                });
            // "most of the rifles came from Bulgaria": goods the taxonomy knows coming from a
            // named party were given by it, to whom unsaid ("the statement came from the
            // ministry" moves no goods)
            // (a participle or a relative clause describes goods the main verb moves: "the
            // drones, which came from Iran, were delivered to Russia")
            let sourced = provenance
                && known_goods
                && giver.as_ref().is_some_and(|g| !g.weak)
                && !toks[t].lower.ends_with("ing")
                && !(vg > cs && matches!(toks[vg - 1].lower.as_str(), "which" | "that" | "who"));
            if !matches!(kind, "departure" | "destined")
                && (recipient.is_none() && !sourced
                    || giver.is_none() && !arrival && !origin_named && !goods_to_party)
            {
                return;
            }
        }
        "carry" if passive && !reduced => {
            // "the gold was flown to Turkey", "the shells were trucked from Rajin to Russia"
            (items_from, items_to) = items_before_auxiliary(toks, sets, cs, pb);
            giver = find_after(&["from", "by"], after).map(|(_, p)| p);
            recipient = find_after(&["to", "into", "onto", "for"], after).map(|(_, p)| p);
            // "A cargo of mortar rounds from North Korea was unloaded in Venezuela": unloaded
            // in a state is delivered to it; the source named in the subject gives
            if recipient.is_none()
                && is_unloading(&toks[t].lower)
                && after + 1 < ce
                && matches!(toks[after].lower.as_str(), "in" | "at")
            {
                recipient = state_in(cx, pms, in_attr, after + 1, (after + 7).min(ce));
            }
            if giver.is_none() {
                if let Some((f, p)) = source_in_subject(toks, pms, in_attr, items_from, pb) {
                    giver = Some(p);
                    items_to = items_to.min(f);
                }
            }
        }
        "carry" => {
            // "jets, which are known to carry Kim's vehicles": what a vehicle can or usually
            // carries is no voyage
            if t > cs + 1
                && toks[t - 1].lower == "to"
                && matches!(
                    toks[t - 2].lower.as_str(),
                    "known" | "used" | "able" | "designed" | "built" | "capable" | "meant"
                )
            {
                return;
            }
            // "[the tanker X] carries 600,000 barrels of crude for Y", "a train carrying 30
            // horses left Russia for North Korea": the vehicle or the place it left gives, the
            // destination receives
            // "officers stopped a dhow carrying Iranian arms": a participle right after an
            // unnamed vehicle says what that vehicle carried; the sentence's subject carries
            // nothing
            let unnamed_carrier = toks[t].lower.ends_with("ing")
                && t > cs
                && sets.vehicle.contains(&toks[t - 1].lower)
                && !pms.iter().any(|p| p.te == t);
            let judged = judged_deed(toks, pms, in_attr, sets, cs, t);
            let vehicle = if by_before(toks, cs, t) {
                by_gerund_doer(toks, pms, in_attr, sets, cs, t)
            } else if let Some(doer) = judged.filter(|_| !unnamed_carrier) {
                doer
            } else if unnamed_carrier {
                // "a Russian military plane carrying aid": the state the vehicle is of sent it
                // (inferred below, when no one else is named)
                carrier_state = (t.saturating_sub(5).max(cs)..t - 1).find_map(|k| {
                    let st = cap_state(cx.res, &toks[k])?;
                    toks[k + 1..t - 1]
                        .iter()
                        .all(|x| x.word && !x.cap)
                        .then(|| {
                            (
                                cx.res.data.states[st].name.clone(),
                                tok_text(&cx.doc.sentences[si], toks, k, t).to_string(),
                            )
                        })
                });
                None
            } else {
                subject(toks, pms, in_attr, &sets.group, cs, t).cloned()
            };
            if after < ce && toks[after].lower == "with" {
                after += 1;
            }
            // "he had brought Putin a seeder": a person or state right after the verb, goods
            // after it, receives them
            let indirect_object = party_at(toks, pms, in_attr, after).filter(|p| {
                matches!(p.kind, PartyKind::Person | PartyKind::State)
                    && !p.place
                    && p.te < ce
                    && (matches!(
                        toks[p.te].lower.as_str(),
                        "a" | "an" | "the" | "two" | "three"
                    ) || toks[p.te].lower.chars().all(|c| c.is_ascii_digit()))
            });
            if let Some(p) = indirect_object {
                after = p.te;
            }
            let mut indirect_object = indirect_object.cloned();
            // "Russia is bringing to Mali tanks and artillery": the destination right after the
            // verb, then the goods
            if indirect_object.is_none() && after + 1 < ce && toks[after].lower == "to" {
                if let Some(p) =
                    party_at(toks, pms, in_attr, after + 1).filter(|p| p.kind != PartyKind::Unknown)
                {
                    let k = past_adverbials(toks, p.te, ce);
                    if k < ce && toks[k].word && !sets.stops.contains(&toks[k].lower) {
                        indirect_object = Some(p.clone());
                        after = k;
                    }
                }
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
                        | "landed"
                        | "berthed"
                        | "set"
                )
            });
            if let Some(m) = motion {
                items_to = m;
            }
            // "a plane carrying S-400 parts landed in Ankara": where the vehicle arrived is
            // where the cargo went
            let arrival = motion
                .filter(|&m| {
                    matches!(
                        toks[m].lower.as_str(),
                        "arrived" | "arrives" | "reached" | "docked" | "landed" | "berthed"
                    )
                })
                .and_then(|m| {
                    let k = if toks[m].lower == "reached" {
                        Some(m)
                    } else {
                        (m + 1..(m + 3).min(fe))
                            .find(|&k| matches!(toks[k].lower.as_str(), "in" | "at"))
                    };
                    k.and_then(|k| state_in(cx, pms, in_attr, k + 1, (k + 7).min(fe)))
                });
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
            // ("flew weapons to Haftar", "trucked arms into Darfur": a bare name right after
            // the preposition, with no word of a place on either side, is whom it went to; so
            // is the name owning the places: "into the airports of Darfur")
            let places_of = |k: usize, p: &Pm| {
                p.ts > k + 3
                    && toks[k + 1].lower == "the"
                    && toks[p.ts - 1].lower == "of"
                    && toks[k + 2..p.ts - 1].iter().all(|x| {
                        PLACE_NEXT.contains(&x.lower.trim_end_matches('s'))
                            || PLACE_NEXT.contains(&x.lower.as_str())
                    })
            };
            let bare_name = |k: usize, p: &Pm| {
                (p.ts == k + 1 || places_of(k, p))
                    && toks[p.ts].cap
                    && !PLACE_NEXT.contains(&toks[p.te - 1].lower.as_str())
                    && toks
                        .get(p.te)
                        .is_none_or(|x| !PLACE_NEXT.contains(&x.lower.as_str()))
            };
            recipient = find_after(&["to", "for", "into", "onto"], after)
                .filter(|(k, p)| {
                    toks[*k].lower == "for" || p.kind != PartyKind::Unknown || bare_name(*k, p)
                })
                .map(|(k, p)| {
                    items_to = items_to.min(k);
                    p
                })
                .or(indirect_object);
            // "unloaded munitions at the Russian port of Dunai": where cargo comes off
            // ("loaded LNG in Russia" is where it came on, not off)
            if recipient.is_none() && is_unloading(&toks[t].lower) {
                if let Some(k) =
                    (after..fe).find(|&k| matches!(toks[k].lower.as_str(), "at" | "in"))
                {
                    let port = (k + 1..(k + 7).min(fe)).find_map(|m| {
                        pms.iter().find(|p| {
                            p.ts == m && p.kind == PartyKind::State && !p.canonical.is_empty()
                        })
                    });
                    if let Some(p) = port {
                        recipient = Some(state_of_port(cx, p));
                        items_to = items_to.min(k);
                    }
                }
                // "sailed to Caofeidian port in Hebei province, where it unloaded its coal":
                // the place "where" follows is where the cargo came off
                if recipient.is_none() {
                    if let Some(w) =
                        (cs + 1..t).rfind(|&k| toks[k].lower == "where" && toks[k - 1].lower == ",")
                    {
                        if let Some(p) = pms.iter().rfind(|p| {
                            p.te < w
                                && p.te + 8 >= w
                                && p.kind == PartyKind::State
                                && !p.canonical.is_empty()
                        }) {
                            recipient = Some(state_of_port(cx, p));
                        }
                    }
                }
            }
            // "the Jairan sailed to Iran, carrying sodium perchlorate": a participle clause
            // after a voyage carries the cargo to where the voyage went
            // ("the tanker docked at Baniyas to discharge Iranian crude": so does an
            // infinitive of unloading, the purpose of the call)
            let purpose = t > cs && toks[t - 1].lower == "to" && is_unloading(&toks[t].lower);
            if recipient.is_none() && t > cs + 2 && (toks[t - 1].lower == "," || purpose) {
                let voyage = (cs..t - 1).find(|&k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "sailed"
                            | "arrived"
                            | "docked"
                            | "called"
                            | "calling"
                            | "headed"
                            | "travelled"
                            | "traveled"
                            | "returned"
                            | "steamed"
                            | "berthed"
                            | "reached"
                    )
                });
                if let Some(v) = voyage {
                    let dest = if toks[v].lower == "reached" {
                        Some(v)
                    } else {
                        (v + 1..t - 1).find(|&k| {
                            matches!(toks[k].lower.as_str(), "to" | "in" | "at" | "into")
                        })
                    };
                    if let Some(p) =
                        dest.and_then(|k| state_in(cx, pms, in_attr, k + 1, (k + 7).min(t - 1)))
                    {
                        recipient = Some(p);
                    }
                }
            }
            if recipient.is_none() {
                recipient = arrival;
            }
            // "the Arctic Mulan loaded LNG from a storage unit in Russia": a ship that loads
            // from somewhere, bound for no one named, takes the goods on
            let loads = matches!(toks[t].lower.as_str(), "loaded" | "loads" | "loading");
            // "loaded LNG from a floating storage unit in eastern Russia": the state the
            // unnamed source lies in
            let origin = origin.or_else(|| {
                if !loads {
                    return None;
                }
                let f = (after..fe).find(|&k| toks[k].lower == "from" && !in_attr[k])?;
                let k = (f + 1..(f + 8).min(fe)).find(|&k| toks[k].lower == "in")?;
                state_in(cx, pms, in_attr, k + 1, (k + 4).min(fe))
            });
            // (the goods end before where they came from)
            if loads && origin.is_some() {
                if let Some(f) = (after..fe).find(|&k| toks[k].lower == "from") {
                    items_to = items_to.min(f);
                }
            }
            match (origin, vehicle) {
                (Some(o), Some(v))
                    if loads
                        && recipient.is_none()
                        // (a ship's name is often read as a person's: "the Arctic Mulan")
                        && (v.vessel || !v.place)
                        && o.canonical != v.canonical =>
                {
                    giver = Some(o);
                    recipient = Some(v);
                }
                // "the vessel, named Skipper, had loaded 2 million barrels of Venezuelan
                // crude": a ship that loads takes the goods on, from whoever the goods' origin
                // says (inferred below) when no source is named
                (None, Some(v)) if loads && recipient.is_none() && v.vessel => {
                    recipient = Some(v);
                }
                // "the Iranian tanker unloaded its oil at Banias": a ship described only by
                // its nationality that puts cargo off is that state's (inferred below)
                (None, Some(v))
                    if is_unloading(&toks[t].lower)
                        && recipient.is_some()
                        && described_vessel_state(cx, si, toks, &v).is_some() =>
                {
                    carrier_state = described_vessel_state(cx, si, toks, &v);
                }
                (origin, vehicle) => giver = origin.or(vehicle),
            }
        }
        "contents" => {
            // "The haul included Katyusha rockets and mines": a load told before, its contents
            // listed now — more goods of that transfer, with this sentence as evidence
            let (st, en) = items_before_auxiliary(toks, sets, cs, pb);
            // ("The donation comprised rifles and scopes": a noun of transfer told before is a
            // load too)
            let load = (st..en).any(|k| {
                sets.container.contains(&toks[k].lower)
                    || sets.caches.contains(&toks[k].lower)
                    || cx
                        .res
                        .data
                        .lexicon
                        .triggers
                        .get(&toks[k].lower)
                        .is_some_and(|x| x.dir == "noun")
            }) && (st..en)
                .any(|k| matches!(toks[k].lower.as_str(), "the" | "this" | "that"));
            // ("The shipment, which included 300 tonnes of shells, was sent": a relative
            // clause says what this sentence's own shipment held; its verb frames it — unless
            // that verb only says what the load was: "The donation, which comprises rifles and
            // scopes, is the second batch")
            // (a copula, not the auxiliary of a passive: "…, was sent by North Korea")
            let closes_on_copula = (t..ce).any(|c| {
                toks[c].lower == ","
                    && toks
                        .get(c + 1)
                        .is_some_and(|x| matches!(x.lower.as_str(), "is" | "was" | "are" | "were"))
                    && toks.get(c + 2).is_some_and(|x| {
                        !x.lower.ends_with("ed")
                            && !cx.res.data.lexicon.triggers.contains_key(&x.lower)
                            && !is_aux(&x.lower)
                    })
            });
            let relative = pb > cs
                && matches!(toks[pb - 1].lower.as_str(), "which" | "that")
                && !closes_on_copula;
            // "The gifts from the Russian president include a gold medal and a sword": gifts
            // whose giver the subject names, listed now
            let en = en.max(pb.min(t));
            let gift_head = (cs..en).find(|&k| {
                matches!(toks[k].lower.as_str(), "gifts" | "gift" | "presents")
                    && k + 1 < en
                    && toks[k + 1].lower == "from"
            });
            if let Some(h) = gift_head.filter(|_| !passive && !relative) {
                let after_word = |w: &str| {
                    (h + 1..en)
                        .find(|&k| toks[k].lower == w)
                        .and_then(|k| {
                            party_at(toks, pms, in_attr, k + 1)
                                .or_else(|| party_at(toks, pms, in_attr, k + 2))
                        })
                        .filter(|p| p.te <= en && !p.place)
                        .cloned()
                };
                giver = after_word("from");
                recipient = after_word("to");
                if giver.is_none() {
                    return;
                }
                items_from = after;
                trigger.insert_str(0, "gifts from … ");
            } else {
                // ("The 45 categories of priority goods include microchips": the present tense
                // describes a class, not a load told before)
                if !load || passive || relative || toks[t].lower == "include" {
                    return;
                }
                let mut from = after;
                if from < ce && toks[from].lower == "of" {
                    from += 1;
                }
                let party_tok = vec![false; toks.len()];
                let found = parse_items(cx, si, toks, in_attr, &party_tok, from, ce, true);
                let start = cx.doc.sentences[si].span.start;
                let e = ev(cx.doc, cx.doc.sentences[si].span);
                if let Some(x) = cx.transfers.iter_mut().rev().find(|x| {
                    told_lately(x, start) && x.evidence.first().is_some_and(|e| e.start < start)
                }) {
                    add_listed_goods(x, found, e);
                }
                return;
            }
        }
        "exchange" => {
            // "Putin and Kim exchanged rifles": the last two parties before the verb give to
            // each other (a second, mirrored transfer is added below)
            let mut two: Vec<&Pm> = Vec::new();
            for p in pms.iter().rev() {
                if p.ts >= cs
                    && p.te <= t
                    && p.actor(in_attr)
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
        "receive" if passive && bought_goods.is_none() => {
            // "Y have been received by Z from X", "Y was bought by Z"; "Y were inducted into
            // the air force of Z": taken into the receiver's service
            let Some((k, p)) = find_after(&["by"], after).or_else(|| find_after(&["into"], after))
            else {
                return;
            };
            recipient = Some(p);
            trigger.push_str(" by");
            (items_from, items_to) = items_before_auxiliary(toks, sets, cs, pb);
            // (", a sign of continued support from Moscow": a comment on the clause after a
            // comma names no giver)
            if let Some((_, g)) = find_after(&["from"], k)
                .filter(|(f, _)| !toks[k..*f].iter().any(|x| x.lower == ","))
            {
                giver = Some(g);
                trigger.push_str(" … from");
            } else if let Some(g) = pms.iter().find(|g| {
                // "The helicopters, acquired from Russia, were received by the minister",
                // "missiles from Iran were received by the Houthis": the source named in the
                // subject's phrase gave them
                let a = past_article(toks, cs, g.ts);
                g.ts >= items_from
                    && g.te <= pb
                    && a > cs
                    && toks[a - 1].lower == "from"
                    && g.actor(in_attr)
                    && !g.place
            }) {
                giver = Some(g.clone());
                trigger.push_str(" … from");
            }
        }
        "receive" if bought_goods.is_some() => {
            // "patrols Harare in riot vehicles bought from a Belarusian company": the goods
            // the participle hangs on went from the source to the main clause's subject
            let (mut st, end) = bought_goods.unwrap_or((t, t));
            // ("brought into service Bayraktar TB2 aerial vehicles that were acquired from
            // Turkey": a make named right before the goods is part of them, not the buyer)
            if let Some(p) = pms
                .iter()
                .find(|p| p.te == st && p.ts > cs + 1 && toks[p.ts - 1].word)
            {
                if !toks[p.ts - 1].cap
                    && !DETERMINERS.contains(&toks[p.ts - 1].lower.as_str())
                    && !matches!(toks[p.ts - 1].lower.as_str(), "of" | "from" | "by" | "to")
                {
                    st = p.ts;
                }
            }
            recipient = subject(toks, pms, in_attr, &sets.group, cs, st).cloned();
            items_from = st;
            items_to = end;
            if let Some((_, p)) = find_after(&["from"], after) {
                giver = Some(p);
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
                // "Since obtaining the drones, the army has gained …": the main clause's subject
                if recipient.is_none()
                    && toks[t].lower.ends_with("ing")
                    && t > cs
                    && matches!(
                        toks[t - 1].lower.as_str(),
                        "since" | "after" | "before" | "upon" | "while" | "following"
                    )
                {
                    if let Some(c) = (t + 1..ce).find(|&k| toks[k].lower == ",") {
                        recipient = party_at(toks, pms, in_attr, c + 1)
                            .or_else(|| party_at(toks, pms, in_attr, c + 2))
                            .cloned();
                        if recipient.is_some() {
                            items_to = c;
                        }
                    }
                }
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
            // "received with great pleasure a vase": the goods follow the adverbial
            after = verb_adverbials(cx, toks, after, ce);
            // "Myanmar has spent $807 million on Russian arms": what a sum is spent on is
            // bought (the lexicon marks such verbs as needing "on")
            let spent_on = past_sum(toks, after, ce);
            if spent_on > after
                && spent_on + 1 < ce
                && toks[spent_on].lower == "on"
                && cx
                    .res
                    .data
                    .lexicon
                    .triggers
                    .get(&toks[t].lower)
                    .is_some_and(|x| x.needs.as_deref() == Some("on"))
            {
                trigger.push_str(" … on");
                after = spent_on + 1;
            }
            // "Russia has been buying drones through Kazakhstan", "Russians import cars via
            // Dubai": goods bought or imported by way of a state came from it (its traders sold
            // them on), when no "from" names another source; a gift or aid received via a
            // state only passed through it, and a firm bought through may be the buyer's own
            let source = find_after(&["from"], after).or_else(|| {
                find_after(&["via", "through"], after).filter(|(_, p)| {
                    matches!(kind, "sale" | "import") && p.kind == PartyKind::State
                })
            });
            // "had received from Beijing a first shipment of six fighters": the goods follow
            // the source
            // "The rifle Kim received from Putin is of outstanding quality": goods named before
            // the recipient, whose clause they head
            let mut fronted: Option<(usize, usize)> = None;
            // (the party right before the verb: "the rifle he had received from Putin")
            let next_to_verb = pms
                .iter()
                .find(|q| {
                    q.ts >= cs
                        && !q.canonical.is_empty()
                        && !q.place
                        && (q.te == t
                            || q.te + 1 == t
                                && (is_aux(&toks[q.te].lower)
                                    || matches!(toks[q.te].lower.as_str(), "had" | "has" | "have")))
                })
                .cloned();
            if let (Some((k, p)), Some(r)) = (&source, &next_to_verb) {
                // (past the rest of a name: "from Russian President Putin is")
                let pe = (p.te..ce).find(|&x| !toks[x].cap).unwrap_or(ce);
                let ends = pe >= ce
                    || matches!(
                        toks[pe].lower.as_str(),
                        "is" | "was" | "were" | "are" | "has" | "had" | "," | "remains" | "." | ";"
                    );
                // (the noun phrase right before the recipient: "used parts they had sourced")
                let mut np_start = r.ts;
                while np_start > cs
                    && r.ts - np_start < 5
                    && toks[np_start - 1].word
                    && !toks[np_start - 1].cap
                    && !sets.stops.contains(&toks[np_start - 1].lower)
                    && !sets.use_verbs.contains(&toks[np_start - 1].lower)
                    && !cx
                        .res
                        .data
                        .lexicon
                        .triggers
                        .contains_key(&toks[np_start - 1].lower)
                    && !matches!(
                        toks[np_start - 1].lower.as_str(),
                        "the" | "a" | "an" | "one"
                    )
                {
                    np_start -= 1;
                }
                if np_start > cs
                    && matches!(
                        toks[np_start - 1].lower.as_str(),
                        "the" | "a" | "an" | "one"
                    )
                {
                    np_start -= 1;
                }
                if *k == after
                    && ends
                    && r.ts > np_start
                    && toks[np_start..r.ts].iter().all(|x| x.word)
                    && (matches!(toks[np_start].lower.as_str(), "the" | "a" | "an" | "one")
                        || np_start > cs && sets.use_verbs.contains(&toks[np_start - 1].lower))
                    && !cx
                        .res
                        .tax
                        .hits(
                            &toks[np_start..r.ts]
                                .iter()
                                .map(|x| x.lower.as_str())
                                .collect::<Vec<_>>()
                                .join(" "),
                        )
                        .is_empty()
                {
                    fronted = Some((np_start, r.ts));
                    recipient = Some(r.clone());
                }
            }
            items_from = match (&source, fronted) {
                (_, Some((a, _))) => a,
                (Some((k, p)), None) if *k == after => p.te,
                _ => after,
            };
            if let Some((_, b)) = fronted {
                items_to = b;
            }
            if let Some((k, p)) = source {
                if k != after && items_to > k {
                    items_to = k;
                }
                giver = Some(p);
                trigger.push_str(" … ");
                trigger.push_str(&toks[k].lower);
            }
        }
        // "Kim showed off a hunting rifle, a gift from Putin": goods in apposition with "a
        // gift from X" were X's gift to the one the clause is about
        _ if dir == "noun"
            && matches!(toks[t].lower.as_str(), "gift" | "present")
            && t >= cs + 3
            && matches!(toks[t - 1].lower.as_str(), "a" | "an")
            && toks[t - 2].lower == ","
            && find_after(&["from"], after).is_some_and(|(k, _)| k == after) =>
        {
            let e = t - 2;
            let mut st = e;
            // (back to a determiner, a verb or a particle: "showed off a rifle", "displays six
            // horses")
            while st > cs
                && (toks[st - 1].word
                    || toks[st - 1]
                        .lower
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ','))
                && !sets.stops.contains(&toks[st - 1].lower)
                && !DETERMINERS.contains(&toks[st - 1].lower.as_str())
                && !toks[st - 1].lower.ends_with("ed")
                && !matches!(
                    toks[st - 1].lower.as_str(),
                    "off" | "up" | "out" | "displays" | "shows" | "keeps" | "owns" | "has"
                )
                && !pms.iter().any(|p| p.ts < st && st <= p.te)
                && !cx
                    .res
                    .data
                    .lexicon
                    .triggers
                    .contains_key(&toks[st - 1].lower)
            {
                st -= 1;
            }
            if st >= e {
                return;
            }
            giver = find_after(&["from"], after).map(|(_, p)| p);
            recipient = subject(toks, pms, in_attr, &sets.group, cs, st).cloned();
            items_from = st;
            items_to = e;
            trigger = format!("…, a {} from", toks[t].lower);
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
            let buy = orig_dir == "receive" || orig_dir == "agent_in" || took;
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
                    // ("shipped fuel supplies to", "managed to get fuel supplies to": the
                    // verb before the goods)
                    && !is_aux(&toks[st - 1].lower)
                    && cx
                        .res
                        .data
                        .lexicon
                        .triggers
                        .get(&toks[st - 1].lower)
                        .is_none_or(|x| x.dir == "noun")
                    // ("has been the main arms supplier": the goods start after the article)
                    && !matches!(
                        toks[st - 1].lower.as_str(),
                        "the" | "a" | "an" | "been" | "is" | "was" | "are" | "were" | "has" | "had"
                    )
                {
                    st -= 1;
                }
                // "counted 263 refined product deliveries": the count opens the phrase
                if st > cs
                    && toks[st - 1]
                        .lower
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ',')
                {
                    st -= 1;
                } else if let Some(k) = (st..t).rfind(|&k| {
                    toks[k]
                        .lower
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit())
                }) {
                    st = k;
                }
                // "the main arms supplier": a rank is no part of the goods
                while st < t
                    && matches!(
                        toks[st].lower.as_str(),
                        "main"
                            | "largest"
                            | "biggest"
                            | "leading"
                            | "top"
                            | "key"
                            | "major"
                            | "primary"
                            | "default"
                            | "chief"
                            | "sole"
                            | "principal"
                            | "largest-ever"
                    )
                {
                    st += 1;
                }
                // "Putin's gift to Kim, an Aurus limousine, arrived", "Putin's gift to Kim was a
                // car": the goods follow the recipient, in apposition or after a copula
                let gift_noun = matches!(
                    toks[t].lower.as_str(),
                    "gift" | "gifts" | "present" | "presents"
                );
                // ("The gift from Shoigu to Kim, a sword, was unveiled": the giver may come
                // first)
                let to_at = find_after(&["from"], after)
                    .filter(|(k, p)| *k == after && p.te < ce && toks[p.te].lower == "to")
                    .map_or(after, |(_, p)| p.te);
                let named_after = (gift_noun && st == t)
                    .then(|| {
                        find_after(&["to", "for"], to_at)
                            .filter(|(k, _)| *k == to_at)
                            .map(|(_, p)| p.te)
                    })
                    .flatten()
                    // ("X's gift to Y at the summit in Astana was a saddle": past a place or time)
                    .map(|e| {
                        let pp = e < ce
                            && matches!(toks[e].lower.as_str(), "at" | "in" | "during" | "on");
                        if !pp {
                            return e;
                        }
                        (e + 1..(e + 10).min(ce))
                            .find(|&k| {
                                matches!(toks[k].lower.as_str(), "was" | "is" | "were" | "are")
                            })
                            .filter(|&k| {
                                toks[e + 1..k].iter().all(|x| {
                                    x.word && !cx.res.data.lexicon.triggers.contains_key(&x.lower)
                                })
                            })
                            .unwrap_or(e)
                    })
                    .filter(|&e| {
                        e < ce
                            && matches!(toks[e].lower.as_str(), "," | "was" | "is" | "were" | "are")
                    })
                    .map(|e| e + 1);
                if let Some(b) = named_after.filter(|&b| b < ce) {
                    st = b;
                    let e = (b..ce)
                        .find(|&x| matches!(toks[x].lower.as_str(), "," | ";"))
                        .unwrap_or(ce);
                    items_from = st;
                    items_to = e;
                } else {
                    // ("regular Iranian payments to Hamas": a payment with no goods before it
                    // is the money itself)
                    // (with its recipient in its own phrase, no verb before the "to": not
                    // "payments from banks had been routed … into the country")
                    let self_goods = st == t
                        && kind == "payment"
                        && find_after(&["to", "into", "onto"], after).is_some_and(|(k, _)| {
                            toks[after..k].iter().all(|x| {
                                !is_aux(&x.lower)
                                    && !matches!(x.lower.as_str(), "has" | "have" | "had")
                                    && !x.lower.ends_with("ed")
                                    && !cx.res.data.lexicon.triggers.contains_key(&x.lower)
                            })
                        });
                    if st == t && !self_goods {
                        return;
                    }
                    items_from = st;
                    items_to = if self_goods { t + 1 } else { t };
                }
            }
            // (goods after the recipient end where a "from" or "to" after them begins)
            let cut = |items_to: usize, k: usize| {
                if k > items_from {
                    items_to.min(k)
                } else {
                    items_to
                }
            };
            let mut to_at = None;
            if let Some((k, p)) = find_after(&["to", "into", "onto"], after) {
                recipient = Some(p);
                items_to = cut(items_to, k);
                to_at = Some(k);
            }
            // "China's sale of jets to Myanmar drew condemnation from rights groups": with the
            // seller named as possessor, a "from" past the recipient is another verb's
            let seller_named = !buy
                && possessor_before(toks, pms, sets, cs, t).is_some_and(|p| !p.outlet && !p.place);
            if let Some((k, p)) = find_after(&["from"], after)
                .filter(|&(k, _)| !(seller_named && to_at.is_some_and(|r| r < k)))
            {
                giver = Some(p);
                items_to = cut(items_to, k);
            }
            // "Russia's donation of wheat arrived in Havana", "the first shipment of fuel
            // reached Venezuela": the transfer's phrase is the subject of a verb of arrival, and
            // where it arrived received it
            if recipient.is_none() && !buy {
                let arrival = (after..ce).find(|&k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "reached"
                            | "reach"
                            | "reaches"
                            | "arrived"
                            | "arrive"
                            | "arrives"
                            | "landed"
                    )
                });
                // (in the phrase's own clause: no comma, relative pronoun or other verb of
                // transfer between)
                let own = arrival.filter(|&k| {
                    !toks[after..k].iter().any(|x| {
                        matches!(x.lower.as_str(), "," | ";" | "which" | "that" | "who")
                            || cx.res.data.lexicon.triggers.contains_key(&x.lower)
                    })
                });
                if let Some(k) = own {
                    recipient = arrived_at(cx, toks, pms, in_attr, k, ce);
                    if recipient.is_some() {
                        let mut e = k;
                        while e > items_from
                            && (is_aux(&toks[e - 1].lower)
                                || matches!(toks[e - 1].lower.as_str(), "has" | "have" | "had"))
                        {
                            e -= 1;
                        }
                        items_to = cut(items_to, e);
                    }
                }
            }
            // "the main source of drone parts for Russia": whom the one an agent noun
            // describes gives for
            if recipient.is_none() && orig_dir.starts_with("agent") && orig_dir != "agent_in" {
                if let Some((k, p)) = find_after(&["for"], after)
                    .filter(|(_, p)| !p.place && p.kind != PartyKind::Unknown)
                {
                    recipient = Some(p);
                    items_to = cut(items_to, k);
                }
            }
            // (an agent after a comma belongs to another clause: "…, as was the provision of
            // fuel by Russia"; an agent after a passive verb is that verb's: "the acquisition of
            // Pantsirs from the UAE was documented in a report by the UN panel")
            if let Some((k, p)) = find_after(&["by"], after).filter(|&(k, _)| {
                !(after..k).any(|v| {
                    matches!(
                        toks[v].lower.as_str(),
                        "was" | "were" | "is" | "are" | "been" | "be"
                    ) && (v + 1..k).any(|w| toks[w].lower.ends_with("ed"))
                })
            }) {
                // ("took delivery of drones supplied by Turkey": the agent of a giving
                // participle gave them)
                let giving_agent = k > after && trigger_is(cx, &toks[k - 1].lower, "give");
                if giving_agent && took {
                    // (the reduced relative "… supplied by Turkey" reads it whole)
                    return;
                } else if giving_agent {
                    giver = Some(p);
                    items_to = items_to.min(k - 1);
                } else if buy && took && recipient.is_some() {
                    // (the subject who took it is the recipient already)
                } else if buy {
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
                                | "possible"
                                | "potential"
                                | "planned"
                                | "future"
                                | "further"
                                | "additional"
                        )
                        // ("North Korean coal shipments to China": goods the taxonomy knows)
                        || !toks[k - 1].cap
                            && !sets.stops.contains(&toks[k - 1].lower)
                            && !cx.res.tax.hits(&toks[k - 1].lower).is_empty())
                {
                    k -= 1;
                }
                // "Iran's continued supply of": a possessor before a few describing words
                let described_possessor = possessor_before(toks, pms, sets, cs, t).cloned();
                let mut poss = pms
                    .iter()
                    .find(|p| p.te == k && !p.outlet && !p.place)
                    .cloned()
                    // ("Iran's supply", "Indian company defends shipment"; not "Mr Andrews
                    // described transfers", where the word between is the verb of one who
                    // reports on them)
                    .or_else(|| {
                        pms.iter()
                            .find(|p| {
                                p.te + 1 == t
                                    && !p.outlet
                                    && !sets.speech.contains(&toks[p.te].lower)
                                    && !sets.perception.contains(&toks[p.te].lower)
                                    && !REPORTING_VERBS.contains(&toks[p.te].lower.as_str())
                            })
                            .cloned()
                    })
                    .or(described_possessor)
                    // (only where the noun opens its own phrase of goods or recipient: "Iranian
                    // arms shipments in the Gulf" tell of no particular transfer)
                    .or_else(|| {
                        (t + 1 < ce && matches!(toks[t + 1].lower.as_str(), "of" | "to"))
                            .then(|| demonym_before(cx, toks, pms, cs, k))
                            .flatten()
                    });
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
                                | "completing"
                                | "completes"
                                | "complete"
                                | "finished"
                                | "finishing"
                                | "performed"
                                | "undertook"
                                | "arranged"
                                | "organised"
                                | "organized"
                                // "Russia could begin deliveries of jets": the subject of an
                                // aspect verb
                                | "begin"
                                | "began"
                                | "begun"
                                | "resuming"
                                | "start"
                                | "started"
                                | "starts"
                                | "resume"
                                | "resumed"
                                | "resumes"
                                | "continue"
                                | "continued"
                                | "continues"
                                // "Acme was involved in the transfer of missile parts to
                                // Iran": the one involved in it did it
                                | "involved"
                                | "participated"
                                | "engaged"
                                | "responsible"
                        ) || k + 3 >= t
                            && matches!(
                                toks[k].lower.as_str(),
                                "plans"
                                    | "planned"
                                    | "announced"
                                    | "approved"
                                    | "promised"
                                    | "offered"
                                    | "proposed"
                                    | "considering"
                                    | "agreed"
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
                // "North Korea stepped up its imports of watches", "Russia doubled its
                // purchases of drones": a possessive pronoun stands for the clause's subject
                if poss.as_ref().is_none_or(|p| p.ts + 1 == k)
                    && k > cs + 1
                    && matches!(toks[k - 1].lower.as_str(), "its" | "their")
                {
                    if let Some(p) = subject(toks, pms, in_attr, &sets.group, cs, k - 1)
                        .filter(|p| !p.outlet && !p.place && p.ts + 1 < k)
                    {
                        poss = Some(p.clone());
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
    // "received cargoes only from the project", "buys gas mostly from Russia": an adverb that
    // restricts the source or destination after the goods is not part of them
    while items_to > items_from
        && items_to <= ce
        && RESTRICTIVE_ADVERBS.contains(&toks[items_to - 1].lower.as_str())
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
    // "delivered to Russia, via the Caspian Sea, 300,000 shells": a route set off by commas
    // before the goods
    let mut items_from = items_from;
    if items_from + 2 < items_to.min(ce)
        && toks[items_from].lower == ","
        && matches!(
            toks[items_from + 1].lower.as_str(),
            "via" | "through" | "across" | "by" | "over" | "aboard" | "in" | "on"
        )
    {
        if let Some(c) = (items_from + 2..items_to.min(ce)).find(|&k| toks[k].lower == ",") {
            items_from = c + 1;
        }
    }
    // "The goods China exported to Russia ranged from aircraft engines to metal alloys and
    // lenses", "sold Russia equipment ranging from drones to machine tools": both ends of the
    // range are goods (the class before them is none)
    // ("smuggles everything from TVs to tea into Iran": the idiom of a range too)
    let range_from = (items_from..(items_from + 4).min(ce.saturating_sub(2))).find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "ranged" | "range" | "ranges" | "ranging" | "everything" | "anything"
        ) && toks[k + 1].lower == "from"
            && toks[items_from..k].iter().all(|x| x.word && !x.cap)
    });
    if let Some(k) = range_from {
        items_from = k + 2;
    }
    let range_to = range_from
        .and_then(|_| (items_from + 1..ce).find(|&k| toks[k].lower == "to" && !in_attr[k]));
    let mut items = parse_items(
        cx,
        si,
        toks,
        in_attr,
        &party_tok,
        items_from,
        range_to.unwrap_or(items_to.min(ce)),
        range_to.is_some() || dir == "give",
    );
    if let Some(k) = range_to {
        items.extend(parse_items(
            cx,
            si,
            toks,
            in_attr,
            &party_tok,
            k + 1,
            ce,
            true,
        ));
    }
    // "North Korea built the missiles and shipped them to Russia": "them" stands for the goods
    // a verb before it in the sentence took
    if items.is_empty()
        && items_from < ce
        && matches!(toks[items_from].lower.as_str(), "them" | "it")
        && !passive
    {
        let head = (cs..items_from.min(t)).rev().find(|&k| {
            toks[k].word
                && !toks[k].cap
                && !pms.iter().any(|p| p.ts <= k && k < p.te)
                && !cx.res.tax.hits(&toks[k].lower).is_empty()
        });
        if let Some(h) = head {
            let mut st = h;
            while st > cs
                && toks[st - 1].word
                && !sets.stops.contains(&toks[st - 1].lower)
                && !DETERMINERS.contains(&toks[st - 1].lower.as_str())
                && !cx
                    .res
                    .data
                    .lexicon
                    .triggers
                    .contains_key(&toks[st - 1].lower)
                && !pms.iter().any(|p| p.ts < st && st <= p.te)
            {
                st -= 1;
            }
            // (the goods a verb took as its object: "built the missiles", not "from a boat")
            let mut v = st;
            while v > cs && DETERMINERS.contains(&toks[v - 1].lower.as_str()) {
                v -= 1;
            }
            let object = v > cs
                && toks[v - 1].word
                && !sets.stops.contains(&toks[v - 1].lower)
                && (toks[v - 1].lower.ends_with("ed")
                    || cx
                        .res
                        .data
                        .lexicon
                        .triggers
                        .contains_key(&toks[v - 1].lower)
                    || matches!(
                        toks[v - 1].lower.as_str(),
                        "built" | "made" | "bought" | "stole" | "took" | "got" | "seized"
                    ));
            if object {
                items = parse_items(cx, si, toks, in_attr, &party_tok, st, h + 1, dir == "give")
                    .into_iter()
                    .filter(|i| i.category != Category::Vessel)
                    .collect();
            }
        }
    }
    // a party of the transfer is not its goods ("to another ship, the Ocean Hermana")
    {
        let sent = &cx.doc.sentences[si];
        let spans: Vec<Span> = [&giver, &recipient]
            .into_iter()
            .flatten()
            .map(|p| sent.original_span(toks[p.ts].s, toks[p.te - 1].e))
            .collect();
        items.retain(|i| {
            i.span
                .is_none_or(|sp| !spans.iter().any(|q| sp.start < q.end && q.start < sp.end))
        });
    }
    // "… which later delivered the cargo to India": a definite load word stands for the goods
    // of the transfer told just before
    // ("an Emirati firm then bought it": a pronoun object does too)
    // ("Belarus sent two of them to Russia": a count of the pronoun's goods, whose count it is)
    let count_of = counted_pronoun(cx, toks, items_from, items_to.min(ce));
    let pron = if count_of.is_some() {
        items_from + 2
    } else {
        items_from
    };
    let pronoun_goods = pron < items_to.min(ce)
        && items_from > t
        && items_from <= t + 2
        && matches!(toks[pron].lower.as_str(), "it" | "them")
        && toks.get(pron + 1).is_none_or(|x| {
            !x.word
                || sets.stops.contains(&x.lower) && !sets.speech.contains(&x.lower)
                // ("shipped them off to", "passed them on to", "handed them over to")
                || matches!(
                    x.lower.as_str(),
                    "off" | "on" | "over" | "back" | "out" | "along" | "across"
                )
        })
        && dir != "noun";
    if items.is_empty() && (items_from + 1 < items_to.min(ce) || pronoun_goods) {
        let (d, w) = (
            &toks[items_from].lower,
            &toks[(items_from + 1).min(toks.len() - 1)].lower,
        );
        let load = matches!(d.as_str(), "the" | "this" | "that" | "its" | "their")
            && (sets.container.contains(w) || matches!(w.as_str(), "goods" | "oil" | "fuel"));
        if load || pronoun_goods {
            if let Some(prev) = cx
                .transfers
                .iter()
                .rev()
                .find(|x| told_lately(x, cx.doc.sentences[si].span.start))
                .and_then(|x| x.items.first())
            {
                let sent = &cx.doc.sentences[si];
                let (a, b) = (
                    toks[items_from].s,
                    toks[if pronoun_goods { pron } else { items_from + 1 }].e,
                );
                let mut it = standing_for(prev, sent, a, b);
                it.quantity = count_of.filter(|_| pronoun_goods);
                items.push(it);
            } else if pronoun_goods {
                // "Iran built 40 drones last year. Tehran shipped them to Russia": with no
                // transfer told just before, the pronoun stands for the goods named last
                if let Some(prev) =
                    goods_named_before(cx, si, toks, &party_tok, t, &toks[pron].lower)
                {
                    let sent = &cx.doc.sentences[si];
                    let (a, b) = (toks[items_from].s, toks[pron].e);
                    let mut it = standing_for(&prev, sent, a, b);
                    it.quantity = count_of;
                    items.push(it);
                }
            }
        }
    }
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
        // ("suppliers of equipment to Myanmar, jet fighters and naval ships among them": the
        // list may stand before "among them", after a comma, at the end of the clause)
        let postposed = (toks[k].lower == "among"
            && toks.get(k + 2).is_none_or(|x| !x.word)
            && k + 2 >= ce.min(toks.len()).saturating_sub(1))
        .then(|| (items_to.min(ce)..k).rfind(|&c| toks[c].lower == ","))
        .flatten();
        let (from, to) = match postposed {
            Some(c) => (c + 1, k),
            None => (k + skip, ce),
        };
        let more = parse_items(cx, si, toks, in_attr, &party_tok, from, to, dir == "give");
        // "Russian equipment, including helicopters and radars": the list names the goods; an
        // umbrella word before it is no item of its own
        if !more.is_empty() {
            items.retain(|i| {
                let head = i.normalised.rsplit(' ').next().unwrap_or("");
                !is_umbrella(sets, head) && !is_classless(i)
            });
        }
        for m in more {
            if !items.iter().any(|i| i.span == m.span) {
                items.push(m);
            }
        }
    }
    // "got a gift from Putin: an Aurus car": vague words, then the goods after a colon
    if items.is_empty() {
        if let Some(c) = (t + 1..ce.min(t + 8)).find(|&k| toks[k].lower == ":" && !in_attr[k]) {
            // (up to a giver named after the goods: "a present: a tractor from Lukashenko")
            let end = if items_to > c + 1 { items_to } else { ce };
            items = parse_items(cx, si, toks, in_attr, &party_tok, c + 1, end, dir == "give");
        }
    }
    // "The cars, which Russia delivered to North Korea, were seen …": the goods are the noun
    // the relative clause hangs on
    // ("the fuel that Turkey ferried to Ukraine": so with a verb of carrying to a recipient)
    let carried_to = dir == "carry" && recipient.is_some();
    if items.is_empty() && (dir == "give" || orig_dir == "receive" || carried_to) && !passive {
        // ("the helicopters that the Myanmar military bought were built by …": the buyer of
        // an object relative clause)
        let doer = if dir == "give" || carried_to {
            &giver
        } else {
            &recipient
        };
        if let Some(g) = doer {
            // with or without a comma: "the containers of arms that North Korea is alleged to
            // have delivered to Russia"
            // ("that the Myanmar military bought": an article before the party)
            let gs = if g.ts > cs + 2 && toks[g.ts - 1].lower == "the" {
                g.ts - 1
            } else {
                g.ts
            };
            // (the clause's own verb is the trigger: "guns that the Bureau regards as
            // weapons, and to have them smuggled" is another clause)
            let own_verb = g.te <= t
                && !toks[g.te..t]
                    .iter()
                    .any(|x| matches!(x.lower.as_str(), "," | "and" | ";"));
            let rel = (own_verb
                && gs > cs + 1
                && matches!(toks[gs - 1].lower.as_str(), "which" | "that"))
            .then(|| {
                if toks[gs - 2].lower == "," {
                    gs - 2
                } else {
                    gs - 1
                }
            })
            .filter(|&e| e > cs && toks[e - 1].word && !toks[e - 1].cap);
            // "put into service the S-400 systems it received from Russia": a relative clause
            // without "that" right after goods that are the object of the main verb (not
            // "for cigarettes it exported", "knew that the goods Rejo sold", nor goods opening
            // the sentence)
            let zero_rel = (own_verb && rel.is_none() && gs > cs + 3)
                .then(|| {
                    let st = (gs.saturating_sub(6).max(cs + 1)..gs - 1)
                        .rfind(|&k| matches!(toks[k].lower.as_str(), "the" | "a" | "an"))?;
                    let words = &toks[st + 1..gs];
                    let head = &toks[gs - 1];
                    let phrase = words
                        .iter()
                        .map(|x| x.lower.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let goods = head.word
                        && !head.cap
                        && !sets.group.contains(&head.lower)
                        && (sets.umbrella.contains(&head.lower)
                            || !cx.res.tax.hits(&phrase).is_empty());
                    let object = toks[st - 1].word
                        && !toks[st - 1].cap
                        && !sets.stops.contains(&toks[st - 1].lower)
                        && !DETERMINERS.contains(&toks[st - 1].lower.as_str());
                    let plain =
                        words.iter().all(|x| x.word) && !pms.iter().any(|p| p.ts > st && p.ts < gs);
                    (goods && object && plain).then_some((st, gs))
                })
                .flatten();
            let span = rel
                .map(|end| {
                    let mut st = end;
                    while st > cs
                        && !matches!(toks[st - 1].lower.as_str(), "," | ";" | ":")
                        && !sets.stops.contains(&toks[st - 1].lower)
                    {
                        st -= 1;
                        // ("traced the rifles that": the article opens the goods; the words
                        // before it are the main clause)
                        if matches!(toks[st].lower.as_str(), "the" | "a" | "an") {
                            break;
                        }
                    }
                    (st, end)
                })
                .or(zero_rel);
            if let Some((st, end)) = span {
                items = parse_items(cx, si, toks, in_attr, &party_tok, st, end, true);
            }
        }
    }
    // "Among the gifts Maduro received from Shoigu was a sword", "The most controversial
    // gifts Kim received, however, were the attack drones": gifts named before the verb, said
    // after a copula
    // ("Among the weapons Iran sent to the Houthis were cruise missiles", "The weapons Iran
    // sent to the Houthis included …": goods of any kind, named before the giver)
    let goods_before = (cs..t).any(|k| toks[k].lower == "among")
        || t > cs + 2
            && toks[cs].lower == "the"
            && (sets.umbrella.contains(&toks[cs + 1].lower)
                || !cx.res.tax.hits(&toks[cs + 1].lower).is_empty())
            && pms.iter().any(|p| p.ts == cs + 2 && p.te == t);
    if (items.is_empty() || goods_before) && (dir == "give" || orig_dir == "receive") && !passive {
        let gift_before = goods_before
            || (cs..t).any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "gift" | "gifts" | "present" | "presents" | "souvenirs"
                )
            });
        if gift_before {
            if let Some(c) = (t + 1..ce).find(|&k| {
                matches!(
                    toks[k].lower.as_str(),
                    "was" | "were" | "included" | "include" | "includes"
                )
            }) {
                let listed = parse_items(cx, si, toks, in_attr, &party_tok, c + 1, ce, true);
                if !listed.is_empty() {
                    items = listed;
                }
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
        // and who received them ("Kim Jong Un received many gifts this year")
        if let Some(r) = recipient.as_ref().filter(|r| r.actor(in_attr)) {
            let gifts = toks[cs..ce]
                .iter()
                .any(|x| matches!(x.lower.as_str(), "gift" | "gifts" | "presents"));
            if gifts && modality(cx, toks, cs, t).is_none() {
                let sent = &cx.doc.sentences[si];
                let party = PartyRef {
                    name: r.canonical.clone(),
                    mention: tok_text(sent, toks, r.ts, r.te).to_string(),
                    kind: r.kind,
                    inferred: false,
                    inference: None,
                    span: Some(sent.original_span(toks[r.ts].s, toks[r.te - 1].e)),
                };
                cx.gift_recipient = Some((party, ev(cx.doc, sent.span)));
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
                    .push((g.canonical.clone(), g.kind, r.canonical.clone(), e.clone()));
                // the gifts themselves, on record if the text never says what they were
                let is_gift = |k: &usize| {
                    matches!(
                        toks[*k].lower.as_str(),
                        "gift" | "gifts" | "presents" | "souvenir" | "souvenirs"
                    ) || toks[*k].lower == "present" && *k > cs && toks[*k - 1].lower == "a"
                };
                // the object after the verb, else a subject before it ("gifts were given")
                let gift_word = (t + 1..ce)
                    .find(is_gift)
                    .or_else(|| (cs..t).rev().find(is_gift));
                if let Some(k) = gift_word.filter(|_| dir == "give" || dir == "receive") {
                    let sent = &cx.doc.sentences[si];
                    let item = Item {
                        text: tok_text(sent, toks, k, k + 1).to_string(),
                        normalised: "gift".into(),
                        quantity: None,
                        quantity_detail: None,
                        category: embargo_model::Category::Other,
                        class: embargo_model::ItemClass {
                            category: embargo_model::Category::Other,
                            tags: vec!["unspecified".into()],
                            reason: format!(
                                "\"{}\": a gift the text does not describe → other",
                                tok_text(sent, toks, k, k + 1)
                            ),
                        },
                        value_usd: None,
                        span: Some(sent.original_span(toks[k].s, toks[k].e)),
                        assessments: Vec::new(),
                    };
                    cx.vague_gifts.push(Transfer {
                        id: String::new(),
                        giver: Some(stated_party(sent, toks, g)),
                        giver_note: None,
                        recipient: Some(stated_party(sent, toks, r)),
                        items: vec![item],
                        kind: "gift".into(),
                        trigger: tok_text(sent, toks, t, t + 1).to_string(),
                        date: date.as_ref().map(|d| d.0.clone()),
                        place: None,
                        attributed_to: attrs.to_vec(),
                        evidence: vec![e],
                        confidence: 0.0,
                    });
                }
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
    // "China accounted for 90% of Russia's chip imports", "Turkey accounted for a third of the
    // fuel Russia imported": the one that accounts for a share of what a party bought is the
    // other end of that trade (its seller; the buyer of a share of exports)
    if let Some(a) = share_verb(toks, cs, t) {
        let buying = orig_dir == "receive" || orig_dir == "agent_in" || dir == "receive";
        let holder = subject(toks, pms, in_attr, &sets.group, cs, a)
            .filter(|p| p.te <= a)
            .cloned();
        let other = if buying { &giver } else { &recipient };
        let named = if buying { &recipient } else { &giver };
        let fits = holder.as_ref().is_some_and(|h| {
            other.is_none() && named.as_ref().is_none_or(|p| p.canonical != h.canonical)
        });
        if fits {
            if buying {
                giver = holder;
            } else {
                recipient = holder;
            }
        }
    }
    // "Belarus supplied half of Russia's tanks": the owner of the whole a share of goods is
    // taken from received that share
    if dir == "give" && !passive && recipient.is_none() && giver.is_some() {
        let k = t + 1;
        let of = (k..(k + 6).min(ce)).find(|&j| toks[j].lower == "of");
        let owner = of
            .filter(|&of| {
                of > k
                    && toks[k..of].iter().all(|x| {
                        SHARE_WORDS.contains(&x.lower.as_str())
                            || x.lower.chars().all(|c| c.is_ascii_digit() || c == '.')
                    })
            })
            .and_then(|of| {
                party_at(toks, pms, in_attr, of + 1).or_else(|| {
                    (toks.get(of + 1)?.lower == "the")
                        .then(|| party_at(toks, pms, in_attr, of + 2))
                        .flatten()
                })
            })
            .filter(|p| {
                toks.get(p.te)
                    .is_some_and(|x| matches!(x.lower.as_str(), "'s" | "'" | "’s" | "’"))
                    && giver.as_ref().is_some_and(|g| g.canonical != p.canonical)
            });
        if let Some(p) = owner {
            recipient = Some(p.clone());
        }
    }
    if orig_dir.starts_with("agent") {
        // "China is the main supplier of drone parts to Russia", "Belarus, a leading exporter
        // of tractors to Venezuela, …": the one the agent noun describes gives; a possessor
        // ("Myanmar's largest supplier") is the client, never the giver; "Dagalo is the
        // primary recipient of Moscow's weapons": the one a receiving noun describes receives
        // ("China ranks among the main suppliers of …": a verb of rank is a copula too)
        let copula = (cs..t).rev().find(|&k| {
            matches!(
                toks[k].lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "remains"
                    | "remain"
                    | "became"
                    | "become"
                    | "been"
                    | "ranks"
                    | "ranked"
                    | "counts"
            )
        });
        // ("Iran has been a supplier of drones": the subject stands before the auxiliaries)
        let copula = copula.map(|c| {
            let mut c = c;
            while c > cs
                && (is_aux(&toks[c - 1].lower)
                    || matches!(toks[c - 1].lower.as_str(), "also" | "has" | "have" | "had"))
            {
                c -= 1;
            }
            c
        });
        let described = match copula {
            Some(c) => subject(toks, pms, in_attr, &sets.group, cs, c).cloned(),
            None => (cs..t)
                .rev()
                .find(|&k| toks[k].lower == ",")
                .and_then(|c| pms.iter().find(|p| p.te == c && p.actor(in_attr)))
                .cloned(),
        };
        // "India's main arms supplier is Russia", "India's largest arms supplier, Russia,
        // delivered": the one the noun describes named after it, by a copula or in apposition
        // (only where a possessor before the noun names the client)
        let described = described.or_else(|| {
            possessor_before(toks, pms, sets, cs, t)?;
            let k = t + 1;
            let after_copula = toks
                .get(k)
                .is_some_and(|x| matches!(x.lower.as_str(), "is" | "was" | "remains" | "remained"));
            let apposed = toks.get(k).is_some_and(|x| x.lower == ",");
            let p = (after_copula || apposed)
                .then(|| party_at(toks, pms, in_attr, k + 1))
                .flatten()?;
            let closes = if apposed {
                toks.get(p.te).is_some_and(|x| x.lower == ",")
            } else {
                p.te >= ce || toks.get(p.te).is_some_and(|x| !x.word || x.lower == "and")
            };
            closes.then(|| p.clone())
        });
        // ("Russia was the source of most of the missiles": a noun for where goods came from)
        let origin_noun = orig_dir == "agent_origin";
        if orig_dir == "agent" || origin_noun {
            giver = described;
            // ("China is Russia's main supplier of machine tools": the possessor is the client)
            if recipient.is_none() {
                recipient = possessor_before(toks, pms, sets, cs, t)
                    .filter(|p| giver.as_ref().is_none_or(|g| g.canonical != p.canonical))
                    .cloned();
            }
        } else {
            recipient = described;
            // "of Moscow's weapons": the possessor of the goods gave them
            if giver.is_none() {
                giver = party_at(toks, pms, in_attr, t + 2)
                    .filter(|p| toks.get(p.te).is_some_and(|x| x.lower == "'s") && !p.place)
                    .cloned();
            }
        }
        // ("the largest buyer of Russian oil": the origin of the goods may name the giver)
        let origin = orig_dir == "agent_in" && origin_demonym(cx, &items).is_some();
        // ("the default arms supplier to the opposition": goods named before the agent noun)
        let noun_at = cx.doc.sentences[si]
            .original_span(toks[t].s, toks[t].e)
            .start;
        let compound = !items.is_empty()
            && items
                .iter()
                .all(|i| i.span.is_some_and(|sp| sp.end <= noun_at));
        // (a source of goods says where they came from, to whomever they went: "the source
        // of $28 million in equipment"; a supplier with no client names a trade, not a
        // transfer)
        if giver.is_none() && !origin
            || recipient.is_none() && !origin_noun
            || toks.get(t + 1).is_none_or(|x| x.lower != "of") && !compound
        {
            return;
        }
    }
    // "he was prosecuted over the sale of helicopters to Iraq", "jailed for the supply of
    // rifles": the one judged for the deed a noun of transfer names did it
    // ("convicted Viktor Bout of the export": the one judged may stand between)
    let judging = |v: usize| v >= cs && JUDGING_VERBS.contains(&toks[v].lower.as_str());
    let judge_verb = (t >= cs + 3
        && matches!(toks[t - 1].lower.as_str(), "the" | "a" | "an")
        && matches!(toks[t - 2].lower.as_str(), "over" | "for" | "of" | "with"))
    .then(|| {
        if judging(t - 3) {
            Some(t - 3)
        } else {
            pms.iter()
                .find(|p| p.te == t - 2 && p.ts > cs && judging(p.ts - 1))
                .map(|p| p.ts - 1)
        }
    })
    .flatten();
    if let Some(v) = judge_verb.filter(|_| giver.is_none() && dir == "noun") {
        // (the passive subject stands right before the verb group: "the US went to war …,
        // and he was prosecuted" judged no one the text names)
        let vg = verb_group_start(toks, cs, v);
        giver = judged_doer(toks, pms, in_attr, cs, t, v).filter(|p| {
            (p.ts > v || p.te == vg)
                && recipient
                    .as_ref()
                    .is_none_or(|r| r.canonical != p.canonical)
        });
    }
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
        // "North Korea shipped 1 million shells to Russia. The shells were sent by train.": a
        // definite mention of the same item is the same transfer, told again — one more piece
        // of evidence, not a second transfer
        let same = same.cloned();
        let head = |n: &str| n.rsplit(' ').next().unwrap_or(n).to_string();
        let retold = same.as_ref().is_some_and(|x| {
            items.iter().all(|j| {
                is_definite(cx.doc, j)
                    && x.items
                        .iter()
                        .any(|i| head(&i.normalised) == head(&j.normalised))
            })
        });
        if retold {
            let first = same
                .as_ref()
                .and_then(|x| x.evidence.first().map(|e| e.start));
            let e = ev(cx.doc, cx.doc.sentences[si].span);
            if let Some(x) = cx
                .transfers
                .iter_mut()
                .rev()
                .find(|x| x.evidence.first().map(|e| e.start) == first)
            {
                if !x.evidence.iter().any(|o| o.start == e.start) {
                    x.evidence.push(e);
                }
                return;
            }
        }
        match &same {
            Some(x) => {
                let why = "the sentence names no party; it continues the earlier transfer of the same kind of item";
                inherited = (
                    x.giver.as_ref().map(|g| infer_from(x, g, why)),
                    x.recipient.as_ref().map(|r| infer_from(x, r, why)),
                );
            }
            // ("So far we have sent 10,000 anti-tank missiles": "we" names the giver, found
            // below, and the recipient may be the one the text's transfers went to)
            None if dir == "give"
                && !passive
                && first_person_party(cx, si, toks, cs, pb).is_some() => {}
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
        } else if dir == "give"
            && !passive
            && items.len() >= 2
            && giver.as_ref().is_some_and(|g| g.kind == PartyKind::State)
        {
            // "Ukraine asked for shells. … The US has delivered thousands of shells and armored
            // vehicles": the one state every transfer so far went to (a state's list of aid,
            // not one firm's shipment among a story's many)
            inherited.1 = sole_recipient(cx, &g).map(|(x, r)| infer_from(&x, &r, &sole_why(&r)));
        }
    }
    // "The gifts from the Russian president include …": to whom the text said gifts went
    // "Kim received many gifts … On show among them are a painting and a vase sent by …": so
    // too goods a list of those gifts says were sent, close to where the text said so
    let listed_gifts = opens_inventory(toks)
        && cx
            .gift_recipient
            .as_ref()
            .is_some_and(|(_, e)| e.start >= cx.doc.sentences[si.saturating_sub(3)].span.start);
    if inherited.1.is_none()
        && recipient.is_none()
        && (trigger.starts_with("gifts from") || listed_gifts)
    {
        if let Some((r, e)) = cx.gift_recipient.clone() {
            let why = format!(
                "the recipient is not named; the text says earlier that {} received these gifts",
                r.name
            );
            let r = inferred_party(&r, why, e);
            inherited.1 = Some(r);
        }
    }
    // a route stated elsewhere in the text: "a ship travelling from Cuba to North Korea"
    if inherited.1.is_none() && recipient.is_none() {
        if let Some(g) = &giver {
            inherited.1 = other_end_of_route(cx, &g.canonical, true);
        }
    }
    if inherited.0.is_none() && giver.is_none() && inherited.1.is_none() {
        if let Some(r) = &recipient {
            inherited.0 = other_end_of_route(cx, &r.canonical, false);
        }
    }
    // "a tanker flying the Iranian flag delivered to Syria …", "a Russian plane delivered":
    // an unnamed vehicle that gave is of the state it flies the flag of
    if giver.is_none() && dir == "give" && !passive && carrier_state.is_none() {
        carrier_state = vehicle_subject_state(cx, si, toks, pms, cs, t);
    }
    // "Mataan owned dhows which carried weapons for al-Shabaab": the owner of the vehicles a
    // relative clause says carried the goods is who moved them
    if giver.is_none() && matches!(dir.as_str(), "give" | "carry") && !passive {
        giver = vehicle_owner(cx, toks, pms, in_attr, t).cloned();
    }
    let sent = &cx.doc.sentences[si];
    let evidence = vec![ev(cx.doc, sent.span)];
    let pref = |cx: &Ctx, p: &Pm| stated_party(&cx.doc.sentences[si], toks, p);
    let mut giver_ref = giver.as_ref().map(|g| pref(cx, g)).or(inherited.0);
    let mut recipient_ref = recipient.as_ref().map(|r| pref(cx, r)).or(inherited.1);
    // "So far we have sent 10,000 anti-tank missiles", "From Russia we import soybeans": "we"
    // is the state whose official speaks in the text
    // (the subject stated, it comes before any party carried over from earlier sentences)
    if let Some(we) = first_person_party(cx, si, toks, cs, pb) {
        let other = |p: &Option<PartyRef>| p.as_ref().is_some_and(|p| p.name == we.name);
        // ("we sent drones to Russia and we sent missiles to the Houthis": "we" is the
        // subject, not a party named earlier in the sentence)
        if matches!(dir.as_str(), "give" | "carry") && !passive {
            if !other(&recipient_ref) {
                // to whom that state sent before, when this sentence names no one
                if recipient_ref.is_none() {
                    let why = format!(
                        "the recipient is not named; {} sent to it earlier in the text",
                        we.name
                    );
                    recipient_ref = cx
                        .transfers
                        .iter()
                        .chain(cx.non_factual.iter().map(|n| &n.transfer))
                        .rev()
                        .find(|x| {
                            x.giver.as_ref().is_some_and(|g| g.name == we.name)
                                && x.recipient.is_some()
                        })
                        .and_then(|x| x.recipient.as_ref().map(|r| infer_from(x, r, &why)))
                        .or_else(|| {
                            (dir == "give" && items.len() >= 2)
                                .then(|| sole_recipient(cx, &we.name))
                                .flatten()
                                .map(|(x, r)| infer_from(&x, &r, &sole_why(&r)))
                        });
                }
                giver_ref = Some(we);
            }
        } else if dir == "receive" && !passive && !other(&giver_ref) {
            recipient_ref = Some(we);
        }
    }
    if recipient_ref.is_none() && matches!(dir.as_str(), "give" | "carry") {
        // "optical parts for use in Russian tanks were supplied by X", "engines for Iranian
        // drones": the goods' end user receives them
        let end_user = (cs..ce).filter(|&k| toks[k].lower == "for").find_map(|k| {
            let mut j = k + 1;
            while j < ce
                && j <= k + 3
                && matches!(toks[j].lower.as_str(), "use" | "in" | "by" | "the")
            {
                j += 1;
            }
            // a demonym (one word or two) before a noun: "Russian tanks", "North Korean
            // missiles" — not "for Russia to decide"
            let (st, e) = [2usize, 1].iter().find_map(|&w| {
                if j + w >= ce || !toks[j].cap {
                    return None;
                }
                let words: Vec<&str> = toks[j..j + w].iter().map(|x| x.lower.as_str()).collect();
                let st = state_by_word(cx.res, &words.join(" "))?;
                let s = &cx.res.data.states[st];
                let demonym = s
                    .demonyms
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(&words.join(" ")));
                (demonym && toks[j + w].word && !toks[j + w].cap).then_some((st, j + w))
            })?;
            let name = cx.res.data.states[st].name.clone();
            giver
                .as_ref()
                .is_none_or(|g| g.canonical != name)
                .then_some((name, j, e))
        });
        if let Some((name, j, e)) = end_user {
            recipient_ref = Some(PartyRef {
                name: name.clone(),
                mention: tok_text(sent, toks, j, e).to_string(),
                kind: PartyKind::State,
                inferred: true,
                inference: Some(Inference {
                    reason: format!(
                        "the recipient is not named; the goods are for use by {name} (\"{}\")",
                        tok_text(sent, toks, j, (e + 1).min(ce))
                    ),
                    evidence: ev(cx.doc, sent.span),
                }),
                span: None,
            });
        }
    }
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
        // "the drones were made in Iran and delivered to Russia": where the clause says the
        // goods were made
        let made_at = (cs..ce.saturating_sub(2)).find_map(|k| {
            (matches!(
                toks[k].lower.as_str(),
                "made" | "built" | "produced" | "manufactured" | "originated" | "originating"
            ) && toks[k + 1].lower == "in")
                .then(|| {
                    pms.iter().find(|p| {
                        p.ts == k + 2 && p.kind == PartyKind::State && !p.canonical.is_empty()
                    })
                })
                .flatten()
                .map(|p| {
                    (
                        p.canonical.clone(),
                        tok_text(sent, toks, k, p.te).to_string(),
                    )
                })
        });
        if let Some((st, word)) = made_in(cx, &items).or(made_at) {
            // "Iranian-made drones have been delivered to Moscow": the maker's state, marked
            // as inferred — a third party may have sold them
            (giver_ref, giver_note) = origin_giver(cx, si, st, word);
        }
    }
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
                                && x.giver.as_ref().is_some_and(|g| {
                                    // a giver only described ("a businessman") is no one to
                                    // carry over to other goods
                                    !g.inferred && names_someone(&g.name)
                                })
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
                        let kind = x
                            .recipient
                            .as_ref()
                            .filter(|_| exchange)
                            .or(x.giver.as_ref())
                            .map(|p| p.kind)
                            .unwrap_or(PartyKind::Unknown);
                        (giver_ref, giver_note) =
                            inferred_giver(name.clone(), name.clone(), kind, why, e0.clone());
                    }
                }
            }
        }
        if giver_ref.is_none() && inferred.is_none() && orig_dir == "receive" {
            // "the government sold the boat to a Dutch company; an Emirati firm then bought it":
            // goods told before, bought again, come from whoever acquired them last
            let again = items.iter().all(|i| {
                is_definite(cx.doc, i)
                    || i.text == "it"
                    || i.text == "them"
                    || i.class.reason.contains("stands for")
            });
            let last = cx.transfers.iter().rev().find(|x| {
                x.items
                    .iter()
                    .any(|i| items.iter().any(|j| i.category == j.category))
            });
            if let (true, Some(x)) = (again && !items.is_empty(), last) {
                if let (Some(owner), Some(e0)) = (x.recipient.clone(), x.evidence.first()) {
                    let me = recipient.as_ref().map(|r| r.canonical.clone());
                    if me.as_ref() != Some(&owner.name) {
                        let why = format!(
                            "the seller is not named; {} acquired these goods just before",
                            owner.name
                        );
                        (giver_ref, giver_note) = inferred_giver(
                            owner.name.clone(),
                            owner.mention.clone(),
                            owner.kind,
                            why,
                            e0.clone(),
                        );
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
                    (giver_ref, giver_note) =
                        inferred_giver(g.clone(), g.clone(), *k, why, e.clone());
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
            // only transfers stated as facts: a suspicion does not name a giver for a fact;
            // goods of no known kind ("the Yakhont") compare with every earlier transfer
            let prior: Vec<&Transfer> = cx
                .transfers
                .iter()
                .filter(|x| {
                    x.giver.as_ref().is_some_and(|g| !g.inferred)
                        && (cats.is_empty() || x.items.iter().any(|i| cats.contains(&i.category)))
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
                // "Iranian rockets" after North Korean launchers: the goods' own origin is a
                // closer clue than an earlier giver of goods of the same kind
                let other_origin = origin_demonym(cx, &items).is_some_and(|(st, _)| st != name);
                // a giver only described ("a businessman") is no one to carry over to other goods
                let named = names_someone(&name);
                if same && not_self && !other_origin && named {
                    if let (Some(g), Some(e0)) = (
                        first.giver.as_ref(),
                        prior.last().and_then(|x| x.evidence.first()),
                    ) {
                        let why = format!("the giver is not named; every earlier transfer of this kind of item in the text comes from {name}");
                        (giver_ref, giver_note) = inferred_giver(
                            name.clone(),
                            g.mention.clone(),
                            g.kind,
                            why,
                            e0.clone(),
                        );
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
        } else if let Some(m) = maker(toks, pms, in_attr, cs, toks.len()).filter(|m| {
            recipient
                .as_ref()
                .is_none_or(|r| r.canonical != m.canonical)
                // (arms plants sell what they build; chips "made by Intel" reach Russia
                // through others)
                && !items.is_empty()
                && items.iter().all(|i| {
                    use embargo_model::Category as C;
                    matches!(
                        i.category,
                        C::Arms
                            | C::Ammunition
                            | C::Missile
                            | C::Uav
                            | C::Armor
                            | C::Vehicle
                            | C::Aircraft
                            | C::Vessel
                    )
                })
        }) {
            // "the helicopters that the Myanmar military bought were built by the Ulan-Ude
            // Aviation Plant": the maker sold them
            let why = format!(
                "the giver is not named; the goods are described as built by {}",
                m.canonical
            );
            (giver_ref, giver_note) = inferred_giver(
                m.canonical.clone(),
                tok_text(&cx.doc.sentences[si], toks, m.ts, m.te).to_string(),
                m.kind,
                why,
                ev(cx.doc, cx.doc.sentences[si].span),
            );
        } else if let Some((st, word)) = origin_demonym(cx, &items)
            .filter(|(st, _)| recipient.as_ref().is_none_or(|r| r.canonical != *st))
        {
            (giver_ref, giver_note) = origin_giver(cx, si, st, word);
        } else if let Some((st, word)) = carrier_state
            .clone()
            .filter(|(st, _)| recipient.as_ref().is_none_or(|r| r.canonical != *st))
        {
            let why = format!("the giver is not named; the goods travelled on a {word}");
            (giver_ref, giver_note) = inferred_giver(
                st,
                word,
                PartyKind::State,
                why,
                ev(cx.doc, cx.doc.sentences[si].span),
            );
        } else if let Some((state, who)) = speaker_state(cx, attrs).filter(|(st, _)| {
            recipient_ref.as_ref().is_some_and(|r| {
                r.name != *st
                    && cx.by_name.get(&r.name).is_none_or(|&i| {
                        !cx.entities[i].countries.iter().any(|c| {
                            cx.res
                                .data
                                .states
                                .iter()
                                .any(|x| x.iso2 == *c && x.name == *st)
                        })
                    })
            })
        }) {
            // "the first batch of S-300s has been sent to Iran, Russian Deputy Prime Minister
            // Dmitry Rogozin said": an official speaking of deliveries his state made
            let why = format!(
                "the giver is not named; the statement is by {who}, an official of {state}, about deliveries from {state}"
            );
            (giver_ref, giver_note) = inferred_giver(
                state.clone(),
                state,
                PartyKind::State,
                why,
                ev(cx.doc, cx.doc.sentences[si].span),
            );
        } else {
            giver_note = Some(match &cx.context_giver {
                Some(c) => format!("not named in the sentence; context: {c}"),
                None => "not named in the text".to_string(),
            });
        }
    }
    // "Russian-made guns entered Mali": goods entering a state are a transfer only with their
    // origin or a giver ("troops entered Mali" and "drones entered the airspace" are not)
    if kind == "entry" && giver_ref.is_none() {
        return;
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
    // "Iran ordered 24 jets from Russia": a trigger that is itself a cue of a plan ("the
    // rockets are coming from Iran" tells where they came from, no future)
    let own_cue = cx
        .res
        .data
        .lexicon
        .cues
        .get(&toks[t].lower)
        .filter(|_| !is_provenance(toks, t))
        .map(|m| (m.clone(), toks[t].lower.clone()));
    // "the purchase of Su-35 jets from Russia is being considered": a transfer noun whose
    // predicate, after it, says it has not happened
    let post_cue = (dir == "noun")
        .then(|| {
            (t + 1..ce)
                .take_while(|&k| !matches!(toks[k].lower.as_str(), "," | ";" | "that" | "which"))
                .find_map(|k| {
                    cx.res
                        .data
                        .lexicon
                        .post_cues
                        .get(&toks[k].lower)
                        .map(|m| (m.clone(), toks[k].lower.clone()))
                })
        })
        .flatten();
    let modality = modality(cx, toks, modality_from, t)
        .or(own_cue)
        .or(post_cue)
        .or(guessed.map(|g| ("speculative".to_string(), g)));
    if modality
        .as_ref()
        .is_some_and(|(m, _)| m == "prohibited" || m == "generic")
    {
        // a statement of what the law forbids reports no transfer, real or claimed
        return;
    }
    let mut tr = Transfer {
        id: String::new(),
        giver: giver_ref,
        giver_note,
        recipient: recipient_ref,
        items,
        // "received" is a gift only when the sentence or the headline says so ("received as a
        // gift", "gifts included drones")
        kind: if kind == "gift"
            && dir == "receive"
            && !["gift", "present"].iter().any(|w| {
                cx.doc.sentences[si].text.to_lowercase().contains(w)
                    || cx
                        .doc
                        .title
                        .as_deref()
                        .is_some_and(|h| h.to_lowercase().contains(w))
            }) {
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
        // scored by the confidence model once the whole document is read
        confidence: 0.0,
    };
    // "Iran and North Korea sent weapons to Russia", "sold jets to Iran and Syria": each
    // party of a coordination gives or receives the same goods
    let mut variants: Vec<Transfer> = Vec::new();
    if dir != "exchange" {
        let pref = |p: &Pm| stated_party(&cx.doc.sentences[si], toks, p);
        let other_end =
            |name: &str, other: &Option<PartyRef>| other.as_ref().is_none_or(|o| o.name != name);
        // "from two Chinese manufacturers, iRay and Norinco", "by the China-based companies
        // Wuhan Optics and Hikvision": the names after a description are the parties
        let mut giver = giver;
        let mut recipient = recipient;
        let mut apposed: Vec<Transfer> = Vec::new();
        if let Some(g) = giver
            .clone()
            .filter(|_| tr.giver.as_ref().is_some_and(|x| !x.inferred))
        {
            if let Some(first) = apposed_name(toks, pms, in_attr, cx.res.sets, &g, ce) {
                // ("the China-based companies X": the party word only modifies the description)
                let modifier = toks
                    .get(g.te)
                    .is_some_and(|t| head_noun(cx.res.sets, &t.lower));
                if described(cx.res.sets, &g) || modifier {
                    tr.giver = Some(pref(&first));
                    giver = Some(first);
                } else {
                    // "Kintex and its subsidiary, Kintex Export, sold": both sold
                    let mut v = tr.clone();
                    v.giver = Some(pref(&first));
                    apposed.push(v);
                }
            }
        }
        if let Some(r) = recipient
            .clone()
            .filter(|_| tr.recipient.as_ref().is_some_and(|x| !x.inferred))
        {
            if let Some(first) = apposed_name(toks, pms, in_attr, cx.res.sets, &r, ce)
                .filter(|_| described(cx.res.sets, &r))
            {
                tr.recipient = Some(pref(&first));
                recipient = Some(first);
            }
        }
        if let Some(g) = giver
            .as_ref()
            .filter(|_| tr.giver.as_ref().is_some_and(|x| !x.inferred))
        {
            // "Rosoboronexport and Uralvagonzavod supplied": a subject's list reaches right up
            // to the verb (a clause's end there keeps "… and North Korea sent" apart)
            let upto = if g.te <= t {
                verb_group_start(toks, cs, t)
            } else {
                ce
            };
            for q in conjuncts(toks, pms, in_attr, g, cs, upto) {
                if other_end(&q.canonical, &tr.recipient) {
                    let mut v = tr.clone();
                    v.giver = Some(pref(&q));
                    variants.push(v);
                }
            }
        }
        if let Some(r) = recipient
            .as_ref()
            .filter(|_| tr.recipient.as_ref().is_some_and(|x| !x.inferred))
        {
            let givers: Vec<Option<PartyRef>> = std::iter::once(tr.giver.clone())
                .chain(variants.iter().map(|v| v.giver.clone()))
                .collect();
            for q in conjuncts(toks, pms, in_attr, r, cs, ce) {
                for g in &givers {
                    if g.as_ref().is_none_or(|g| g.name != q.canonical) {
                        let mut v = tr.clone();
                        v.giver = g.clone();
                        v.recipient = Some(pref(&q));
                        variants.push(v);
                    }
                }
            }
        }
        variants.extend(apposed);
    }
    if dir == "exchange" {
        let mut m = tr.clone();
        std::mem::swap(&mut m.giver, &mut m.recipient);
        variants.push(m);
    }
    // "Russian helicopters and Chinese transport aircraft were inducted into Myanmar's air
    // force": goods of different origins, each from its own
    if tr.giver.is_none() && tr.items.len() > 1 && variants.is_empty() {
        let recipient_name = tr.recipient.as_ref().map(|r| r.name.clone());
        let origins: Vec<Option<(String, String)>> = tr
            .items
            .iter()
            .map(|i| origin_demonym(cx, std::slice::from_ref(i)))
            .collect();
        if origins.iter().all(|o| {
            o.as_ref()
                .is_some_and(|(st, _)| recipient_name.as_ref() != Some(st))
        }) {
            let mut split: Vec<Transfer> = Vec::new();
            for (item, (st, word)) in tr.items.iter().zip(origins.into_iter().flatten()) {
                let mut v = tr.clone();
                v.items = vec![item.clone()];
                (v.giver, v.giver_note) = origin_giver(cx, si, st, word);
                split.push(v);
            }
            if !split.is_empty() {
                tr = split.remove(0);
                variants = split;
            }
        }
    }
    if let Some((m, cue)) = modality {
        for v in std::iter::once(tr).chain(variants) {
            cx.non_factual.push(NonFactualClaim {
                modality: m.clone(),
                cue: cue.clone(),
                transfer: v,
            });
        }
        return;
    }
    let arrival = dir == "motion" && matches!(kind, "delivery" | "entry");
    push_fact(cx, tr, arrival);
    for v in variants {
        push_fact(cx, v, false);
    }
}

/// The maker a clause names for its goods ("were built by the Ulan-Ude Aviation Plant",
/// "made by Norinco"): an organisation or state after a participle of making and "by".
fn maker<'p>(
    toks: &[Tok],
    pms: &'p [Pm],
    in_attr: &[bool],
    cs: usize,
    ce: usize,
) -> Option<&'p Pm> {
    (cs + 1..ce.saturating_sub(1)).find_map(|k| {
        if toks[k].lower != "by"
            || !matches!(
                toks[k - 1].lower.as_str(),
                "built" | "made" | "manufactured" | "produced" | "assembled"
            )
            || in_attr[k]
        {
            return None;
        }
        let at = if toks[k + 1].lower == "the" {
            k + 2
        } else {
            k + 1
        };
        party_at(toks, pms, in_attr, at).filter(|p| {
            matches!(p.kind, PartyKind::Organisation | PartyKind::State)
                && !p.place
                && (!p.weak || p.te > p.ts + 1)
        })
    })
}

/// An "-ly" adverb between an auxiliary and its verb ("was quietly handed", "were formally
/// delivered"); a transfer word ending in "-ly" ("supply") is not one.
fn is_manner_adverb(cx: &Ctx, tok: &Tok) -> bool {
    is_ly_adverb(tok)
        && !cx.res.data.lexicon.triggers.contains_key(&tok.lower)
        && cx.res.tax.hits(&tok.lower).is_empty()
}

/// Past "a present of" / "a gift of" ("made the Russian leader a present of a horse"), where
/// the goods begin.
fn gift_of(toks: &[Tok], at: usize, ce: usize) -> usize {
    if at + 2 < ce
        && matches!(toks[at].lower.as_str(), "a" | "an")
        && matches!(toks[at + 1].lower.as_str(), "present" | "gift")
        && toks[at + 2].lower == "of"
    {
        at + 3
    } else {
        at
    }
}

/// Whether a word heads a description of a party ("companies", "manufacturer").
fn head_noun(sets: &Sets, w: &str) -> bool {
    let one = w.strip_suffix('s').unwrap_or(w);
    [w, one]
        .iter()
        .any(|x| sets.group.contains(*x) || sets.described.contains(*x))
}

/// Whether a mention is a description headed by a group noun ("a Chinese company", "firm"),
/// by the rule or by its last word, rather than a name.
fn described_head(group: &HashSet<String>, p: &Pm) -> bool {
    let last = p.canonical.rsplit(' ').next().unwrap_or("").to_lowercase();
    p.rule == Some("described party") || group.contains(&last)
}

/// Whether a party is only described ("two Chinese manufacturers", "the companies"), not named.
fn described(sets: &Sets, p: &Pm) -> bool {
    let last = p.canonical.rsplit(' ').next().unwrap_or("").to_lowercase();
    p.rule == Some("described party") || head_noun(sets, &last)
}

/// The first named party a description stands for, right after it: "two Chinese
/// manufacturers, iRay and Norinco" → iRay (the rest of the list joins as conjuncts); none when
/// `p` names a party itself or no name follows.
fn apposed_name(
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    sets: &Sets,
    p: &Pm,
    ce: usize,
) -> Option<Pm> {
    let head = |k: usize| head_noun(sets, &toks[k].lower);
    let mut k = p.te;
    // "the China-based companies X": the description's noun follows the party word
    if k < ce && head(k) {
        k += 1;
    } else if p.te == 0 || !head(p.te - 1) {
        return None;
    }
    if k < ce && toks[k].lower == "," {
        k += 1;
    }
    if k < ce && toks[k].lower == "the" {
        k += 1;
    }
    pms.iter()
        .find(|q| {
            q.ts == k
            && q.te <= ce
            && q.actor(in_attr)
            && q.canonical != p.canonical
            && q.canonical.chars().any(char::is_uppercase)
            && !head(q.te - 1)
            // the name ends there ("vessels, U.S. officials told …" opens a new phrase)
            && toks.get(q.te).is_none_or(|x| {
                matches!(x.lower.as_str(), "," | "." | ";" | "and" | ")" | "(")
                    || q.te >= ce
            })
        })
        .cloned()
}

/// The other parties coordinated with `p` in its clause: "Iran and North Korea", "Iran, Syria
/// and Hezbollah" — each a party of the same sort, none the subject of a verb of its own.
fn conjuncts(toks: &[Tok], pms: &[Pm], in_attr: &[bool], p: &Pm, cs: usize, ce: usize) -> Vec<Pm> {
    let usable = |q: &&Pm| {
        q.actor(in_attr)
            && q.canonical != p.canonical
            && (q.kind == p.kind
                // ("Arsenal Optics and Delta Systems": a name of unknown sort is most often a
                // company)
                || matches!(
                    q.kind,
                    PartyKind::State | PartyKind::Organisation | PartyKind::Unknown
                ) && matches!(
                    p.kind,
                    PartyKind::State | PartyKind::Organisation | PartyKind::Unknown
                ))
    };
    let is_conj = |k: usize| matches!(toks[k].lower.as_str(), "and" | ",");
    // ("Acme Co., Beta Ltd. and Gamma": the period of an abbreviation is no end)
    let is_abbrev = |k: usize| {
        matches!(
            toks[k].lower.as_str(),
            "co" | "ltd" | "inc" | "corp" | "llc" | "jsc" | "plc" | "bhd" | "pte"
        )
    };
    let abbrev_dot = |k: usize| k > 0 && k + 1 < ce && toks[k].lower == "." && is_abbrev(k - 1);
    let mut out: Vec<Pm> = Vec::new();
    // leftwards: "[Iran] and [North Korea]", "[Iran], [Syria] and [Hezbollah]" — the list
    // ends in "and" ("appeals from Israel and the U.S., Russia has started": a comma alone
    // ends an opening phrase, not a list); "[Acme Co.] and [Beta Ltd.]": past the period
    let mut at = p.ts;
    while at > cs + 1 && is_conj(at - 1) && (at != p.ts || toks[at - 1].lower == "and") {
        let Some(q) = pms.iter().find(|q| {
            (q.te + 1 == at || q.te + 2 == at && abbrev_dot(q.te)) && q.ts >= cs && usable(q)
        }) else {
            break;
        };
        out.push(q.clone());
        at = q.ts;
    }
    // rightwards: "to [Iran] and [Syria]"; "… and North Korea sent" opens a clause of its own
    // past "Co." and "Co. Ltd." after a name
    let past_abbrev = |mut k: usize| {
        while abbrev_dot(k) {
            k += 1;
            if k + 1 < ce && is_abbrev(k) && toks[k + 1].lower == "." {
                k += 1;
            }
        }
        k
    };
    let mut at = past_abbrev(p.te);
    // "China and Russia, along with Serbia, have kept supplying": a party joined by "along
    // with", "together with" or "as well as" between commas is one more of them
    let mut joined: Vec<usize> = Vec::new();
    {
        let mut k = at;
        if k < ce && toks[k].lower == "," {
            k += 1;
        }
        let width = [
            &["along", "with"][..],
            &["together", "with"],
            &["as", "well", "as"],
        ]
        .iter()
        .find(|w| k + w.len() < ce && w.iter().enumerate().all(|(i, x)| toks[k + i].lower == *x))
        .map(|w| w.len());
        if let Some(w) = width.filter(|_| k > at) {
            // (", along with Iran and the United Arab Emirates,": each of a list)
            let mut start = k + w;
            let mut list: Vec<Pm> = Vec::new();
            while let Some(q) = pms.iter().find(|q| q.ts == start && usable(q)) {
                list.push(q.clone());
                let mut next = q.te;
                if next + 1 < ce && toks[next].lower == "and" {
                    next += 1;
                    if next + 1 < ce && toks[next].lower == "the" {
                        next += 1;
                    }
                    start = next;
                } else {
                    break;
                }
            }
            if list
                .last()
                .is_some_and(|q| q.te < ce && toks[q.te].lower == ",")
            {
                for q in list {
                    joined.push(q.ts);
                    out.push(q);
                }
            }
        }
    }
    // the preposition the party follows, when it is one a list may repeat
    let prep = past_article(toks, cs, p.ts)
        .checked_sub(1)
        .filter(|&k| k >= cs)
        .map(|k| toks[k].lower.as_str())
        .filter(|x| matches!(*x, "to" | "from" | "into"));
    while at + 1 < ce && is_conj(at) {
        // (", and the X": the serial comma)
        let mut start = at + 1;
        if toks[at].lower == "," && start + 1 < ce && toks[start].lower == "and" {
            start += 1;
        }
        // ("to Russia and to Serbia": the preposition said again before the next party)
        if start + 1 < ce && prep.is_some_and(|x| x == toks[start].lower) {
            start += 1;
        }
        if start + 1 < ce && toks[start].lower == "the" {
            start += 1;
        }
        let Some(q) = pms
            .iter()
            .find(|q| q.ts == start && q.te <= ce && usable(q))
        else {
            break;
        };
        let next = toks.get(q.te).map_or("", |x| x.lower.as_str());
        if q.te < ce
            && (is_aux(next)
                || matches!(
                    next,
                    "has" | "have" | "had" | "will" | "would" | "also" | "said" | "says"
                )
                || next.ends_with("ed"))
        {
            break;
        }
        out.push(q.clone());
        at = past_abbrev(q.te);
    }
    // rightwards, a comma joins only a list that goes on to "and": "to Iran, Syria and Iraq"
    let right: Vec<usize> = (0..out.len()).filter(|&i| out[i].ts > p.ts).collect();
    if let Some(&last) = right.last() {
        // (past the article and a repeated preposition: "and to the Houthis")
        let mut b = past_article(toks, cs, out[last].ts);
        if b > cs && prep.is_some_and(|x| x == toks[b - 1].lower) {
            b -= 1;
        }
        if toks[b.saturating_sub(1)].lower != "and" && !(b >= 2 && toks[b - 2].lower == "and") {
            out.retain(|q| q.ts < p.ts || joined.contains(&q.ts));
        }
    }
    out
}

/// Records a transfer stated as fact: merged with one of the same parties in the same sentence,
/// or with an earlier telling of the same delivery, else added.
fn push_fact(cx: &mut Ctx, tr: Transfer, arrival: bool) {
    // roles for parties
    let mark = |cx: &mut Ctx, p: &Option<PartyRef>, role: &str| {
        if let Some(p) = p {
            let ei = cx.entity(&p.name, p.kind, &[]);
            if !cx.entities[ei].roles_taken.iter().any(|r| r == role) {
                cx.entities[ei].roles_taken.push(role.to_string());
            }
        }
    };
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
    // "Kwek shipped fuel supplies to North Korea": the nominal "supplies" tells again goods
    // that lie inside the verb's goods in the same sentence
    let within = |a: &Item, b: &Item| match (a.span, b.span) {
        (Some(a), Some(b)) => a.start <= b.start && b.end <= a.end,
        _ => false,
    };
    if let Some(existing) = cx.transfers.iter_mut().find(|x| key(x) == key(&tr)) {
        for it in tr.items {
            if !existing
                .items
                .iter()
                .any(|e| e.span == it.span || within(e, &it))
            {
                existing.items.push(it);
            }
        }
        return;
    }
    // (without its own giver, or with one inferred)
    if tr.giver.as_ref().is_none_or(|g| g.inferred)
        && !tr.items.is_empty()
        && cx.transfers.iter().any(|x| {
            x.evidence.first().map(|e| e.start) == tr.evidence.first().map(|e| e.start)
                && x.recipient.as_ref().map(|r| &r.name) == tr.recipient.as_ref().map(|r| &r.name)
                && tr
                    .items
                    .iter()
                    .all(|j| x.items.iter().any(|i| within(i, j)))
        })
    {
        return;
    }
    // "25,000 tonnes of wheat have been received by North Korea from Russia … the Polina docked
    // after bringing 25,000 tonnes of grain from Novorossiysk": the same parties and the same
    // counted amount of the same kind of goods are one delivery told twice
    let same_amount = |a: &Item, b: &Item| {
        a.category == b.category
            && a.quantity.is_some()
            && a.quantity == b.quantity
            && a.quantity.is_some_and(|q| q >= 2.0)
            && a.quantity_detail.as_ref().and_then(|q| q.unit.clone())
                == b.quantity_detail.as_ref().and_then(|q| q.unit.clone())
    };
    let party = |p: &Option<PartyRef>| p.as_ref().map(|p| p.name.clone());
    // "Iran sent drones to Russia … the first drones arrived in Russia in August": an arrival of
    // goods of a kind already delivered to the same recipient ends that delivery, not a new one
    if arrival && tr.giver.as_ref().is_none_or(|g| g.inferred) {
        if let Some(existing) = cx.transfers.iter_mut().find(|x| {
            party(&x.recipient) == party(&tr.recipient)
                && x.items
                    .iter()
                    .any(|i| tr.items.iter().any(|j| i.category == j.category))
        }) {
            for e in tr.evidence {
                if !existing.evidence.iter().any(|o| o.start == e.start) {
                    existing.evidence.push(e);
                }
            }
            return;
        }
    }
    // "Russia delivered S-400 systems to Turkey … the delivery of S-400 parts to Turkey
    // continues": no giver, the same recipient and the same goods are the same delivery
    let same_goods = |a: &Item, b: &Item| {
        let head = |n: &str| n.rsplit(' ').next().unwrap_or(n).to_string();
        let model = |n: &str| {
            n.split(' ')
                .filter(|w| w.chars().any(|c| c.is_ascii_digit()) && w.len() > 2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        a.category == b.category
            && (head(&a.normalised) == head(&b.normalised)
                || model(&a.normalised)
                    .iter()
                    .any(|m| model(&b.normalised).contains(m)))
    };
    if tr.giver.as_ref().is_none_or(|g| g.inferred) && tr.recipient.is_some() {
        let inferred_name = tr.giver.as_ref().map(|g| g.name.clone());
        // (a named giver, and every item of the retelling among its goods: "six purchases by
        // North Korea, among them 2 yachts" after "a businessman selling yachts" is not one)
        if let Some(existing) = cx.transfers.iter_mut().find(|x| {
            x.giver.as_ref().is_some_and(|g| {
                names_someone(&g.name) && inferred_name.as_ref().is_none_or(|n| *n == g.name)
            }) && party(&x.recipient) == party(&tr.recipient)
                && tr
                    .items
                    .iter()
                    .all(|j| x.items.iter().any(|i| same_goods(i, j)))
        }) {
            for e in tr.evidence {
                if !existing.evidence.iter().any(|o| o.start == e.start) {
                    existing.evidence.push(e);
                }
            }
            return;
        }
    }
    if tr.items.len() == 1 {
        if let Some(existing) = cx.transfers.iter_mut().find(|x| {
            party(&x.giver) == party(&tr.giver)
                && party(&x.recipient) == party(&tr.recipient)
                && x.giver.is_some()
                && x.recipient.is_some()
                && x.items.iter().any(|i| same_amount(i, &tr.items[0]))
        }) {
            for e in tr.evidence {
                if !existing.evidence.iter().any(|o| o.start == e.start) {
                    existing.evidence.push(e);
                }
            }
            return;
        }
    }
    cx.transfers.push(tr);
}

/// Whether an item phrase is a definite mention ("the shells", "these drones") of something
/// the text has introduced before.
fn is_definite(doc: &Document, item: &Item) -> bool {
    let Some(sp) = item.span else {
        return false;
    };
    let before = doc.original.get(..sp.start).unwrap_or("").trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(last.as_str(), "the" | "these" | "those")
}

/// The state an item is said to be made in ("Iranian-made drones", "Russian-built jets"):
/// its name and the word as written.
fn made_in(cx: &Ctx, items: &[Item]) -> Option<(String, String)> {
    let made = items.iter().find_map(|it| {
        it.text.split_whitespace().find_map(|w| {
            let lw = w.to_lowercase();
            // ("Iranian-supplied fuel", "Russian-donated trucks": the supplier named outright)
            let (pre, _) = ["-made", "-built", "-produced", "-manufactured", "-origin"]
                .iter()
                .chain(SUPPLIED_SUFFIXES)
                .find_map(|suf| lw.strip_suffix(suf).map(|p| (p.to_string(), *suf)))?;
            let st = state_by_word(cx.res, &pre)?;
            Some((cx.res.data.states[st].name.clone(), w.to_string()))
        })
    });
    made
}

/// The state a demonym on the goods names ("200,000 barrels of Iranian oil", "North Korean
/// coal"): their origin, the weakest clue to a giver, used when nothing else names one.
fn origin_demonym(cx: &Ctx, items: &[Item]) -> Option<(String, String)> {
    let demonym = |w: &str| {
        cx.res
            .data
            .states
            .iter()
            .position(|st| st.demonyms.iter().any(|d| d.eq_ignore_ascii_case(w)))
    };
    let mut found: Vec<(usize, String)> = Vec::new();
    // the stretch of text the items span, and a little before it: "100,000 bottles of Russian
    // and Belarusian vodka" may keep only "Belarusian vodka" as an item
    let starts = items.iter().filter_map(|i| i.span.map(|s| s.start)).min();
    let ends = items.iter().filter_map(|i| i.span.map(|s| s.end)).max();
    let joined = match (starts, ends) {
        (Some(a), Some(b)) => {
            // words just before joined by "and"/"or": "Russian and [Belarusian vodka]"
            let before: Vec<&str> = cx
                .doc
                .original
                .get(a.saturating_sub(60)..a)
                .or_else(|| cx.doc.original.get(..a))
                .unwrap_or("")
                .split_whitespace()
                .collect();
            let mut lead: Vec<&str> = Vec::new();
            let mut k = before.len();
            while k >= 2 && matches!(before[k - 1], "and" | "or") {
                let w = before[k - 2].trim_matches(|c: char| !c.is_alphabetic());
                if demonym(w).is_none() {
                    break;
                }
                lead.insert(0, w);
                k -= 2;
            }
            format!(
                "{} {}",
                lead.join(" "),
                cx.doc.original.get(a..b).unwrap_or("")
            )
        }
        _ => items
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    };
    {
        let words: Vec<&str> = joined
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .collect();
        let mut k = 0;
        // the last word is the goods themselves, not another demonym
        while k + 1 < words.len() {
            let capital = words[k].chars().next().is_some_and(char::is_uppercase);
            let two = format!("{} {}", words[k], words[k + 1]);
            let hit = demonym(&two)
                .map(|s| (s, two.clone(), 2))
                .or_else(|| demonym(words[k]).map(|s| (s, words[k].to_string(), 1)));
            match hit {
                Some((st, written, len)) if capital => {
                    if !found.iter().any(|(x, _)| *x == st) {
                        found.push((st, written));
                    }
                    k += len;
                }
                _ => k += 1,
            }
        }
    }
    // "Russian and Belarusian vodka": two origins name no single giver
    match found.as_slice() {
        [(st, written)] => Some((cx.res.data.states[*st].name.clone(), written.clone())),
        _ => None,
    }
}

/// The state of an official who reports a transfer ("Russian Deputy Prime Minister Dmitry
/// Rogozin said"), with the official's name: a person with a role and exactly one state.
fn speaker_state(cx: &Ctx, attrs: &[Attribution]) -> Option<(String, String)> {
    attrs.iter().find_map(|a| {
        if a.kind != PartyKind::Person || a.role.is_none() {
            return None;
        }
        let e = &cx.entities[*cx.by_name.get(&a.name)?];
        sole_state(cx.res, &e.countries).map(|s| (s, a.name.clone()))
    })
}

/// Remembers the state "we" speaks for from a sentence: an official of one state named as the
/// source of a claim ("Ardestani said", "…, the minister told the House"), or a state the text
/// joins to "our" ("the UK and our allies remain steadfast").
pub(super) fn remember_first_person(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    clause_attrs: &[Vec<Attribution>],
) {
    let sent = &cx.doc.sentences[si];
    let official = clause_attrs.iter().flatten().find_map(|a| {
        if a.kind != PartyKind::Person {
            return None;
        }
        // (the sentence's own mention first: its entity may not be on file yet)
        let countries = pms
            .iter()
            .find(|p| p.canonical == a.name && !p.countries.is_empty())
            .map(|p| p.countries.as_slice())
            .or_else(|| {
                let e = &cx.entities[*cx.by_name.get(&a.name)?];
                Some(e.countries.as_slice())
            })?;
        sole_state(cx.res, countries).map(|s| (s, a.name.clone()))
    });
    let joined = || {
        pms.iter().find_map(|p| {
            (p.kind == PartyKind::State
                && toks.get(p.te).is_some_and(|x| x.lower == "and")
                && toks.get(p.te + 1).is_some_and(|x| x.lower == "our"))
            .then(|| (p.canonical.clone(), p.canonical.clone()))
        })
    };
    // ("… we received 20 tanks," he said): the person last named speaks
    let pronoun_speaker = || {
        let said = toks.windows(2).any(|w| {
            matches!(w[0].lower.as_str(), "he" | "she")
                && matches!(
                    w[1].lower.as_str(),
                    "said" | "says" | "added" | "told" | "stressed" | "noted" | "declared"
                )
        });
        if !said {
            return None;
        }
        let e = &cx.entities[*cx.recent.last()?];
        (e.kind == PartyKind::Person)
            .then(|| sole_state(cx.res, &e.countries))
            .flatten()
            .map(|s| (s, e.name.clone()))
    };
    // "Ukrainian Minister of Defense: The Kremlin must be vanquished": a line that opens with an
    // official of a state and a colon gives the words of that official
    let titled = || {
        let colon = toks.iter().take(8).position(|x| x.lower == ":")?;
        if !toks[..colon]
            .iter()
            .any(|x| cx.res.sets.titles.contains(&x.lower))
        {
            return None;
        }
        let st = toks[..colon]
            .iter()
            .find_map(|x| x.cap.then(|| state_by_word(cx.res, &x.lower)).flatten())?;
        let who = toks[..colon]
            .iter()
            .map(|x| x.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Some((cx.res.data.states[st].name.clone(), who))
    };
    if let Some((state, who)) = official.or_else(joined).or_else(titled) {
        cx.first_person = Some((state, who, ev(cx.doc, sent.span)));
    } else if let Some((state, who)) = pronoun_speaker() {
        // (the sentence that named the speaker explains "we" better than "she added")
        if cx.first_person.as_ref().is_none_or(|(s, _, _)| *s != state) {
            cx.first_person = Some((state, who, ev(cx.doc, sent.span)));
        }
    }
}

/// The state "we" stands for when "we" is the subject of the verb group ending at `pb` ("we
/// have also supplied"), from a sentence at most eight before; marked inferred with the reason.
/// The one party every transfer the text told so far went to, with the latest transfer to it,
/// when that is a state and not `giver` itself ("Ukraine asked for shells. The US has delivered shells").
fn sole_recipient(cx: &Ctx, giver: &str) -> Option<(Transfer, PartyRef)> {
    let mut told = cx
        .transfers
        .iter()
        .chain(cx.non_factual.iter().map(|n| &n.transfer))
        .filter_map(|x| x.recipient.as_ref().map(|r| (x, r)));
    let (mut last, r) = told.next()?;
    for (x, o) in told {
        if o.name != r.name {
            return None;
        }
        if x.evidence.first().map(|e| e.start) > last.evidence.first().map(|e| e.start) {
            last = x;
        }
    }
    (r.name != giver && r.kind == PartyKind::State).then(|| (last.clone(), r.clone()))
}

/// Why a recipient was taken from [`sole_recipient`].
fn sole_why(r: &PartyRef) -> String {
    format!(
        "the recipient is not named; every transfer the text told before went to {}",
        r.name
    )
}

fn first_person_party(cx: &Ctx, si: usize, toks: &[Tok], cs: usize, pb: usize) -> Option<PartyRef> {
    let mut st = verb_group_start(toks, cs, pb);
    // ("we were the first European country to provide": the subject before the copula of a
    // predicate noun of rank is the infinitive's)
    if st > cs + 1 && toks[st - 1].lower == "to" {
        if let Some(r) = (cs + 2..st - 1)
            .rev()
            .take(4)
            .find(|&k| RANKS.contains(&toks[k].lower.as_str()) && toks[k - 1].lower == "the")
        {
            if r >= cs + 3
                && matches!(
                    toks[r - 2].lower.as_str(),
                    "were" | "was" | "are" | "is" | "became" | "become"
                )
                && toks[r + 1..st - 1].iter().all(|x| x.word)
            {
                st = r - 2;
            }
        }
    }
    // ("we were able to receive the Harpoons": an ability used is the deed)
    if st > cs + 2 && toks[st - 1].lower == "to" && toks[st - 2].lower == "able" {
        st = verb_group_start(toks, cs, st - 2);
    }
    if st == cs || toks[st - 1].lower != "we" {
        return None;
    }
    let (state, who, e) = cx.first_person.clone()?;
    if e.start < cx.doc.sentences[si.saturating_sub(8)].span.start {
        return None;
    }
    let reason = if who == state {
        format!("\"we\" is {state}: the text speaks for it in the first person")
    } else {
        format!("\"we\" is {state}: {who}, an official of {state}, speaks in the text")
    };
    Some(PartyRef {
        name: state.clone(),
        mention: "we".to_string(),
        kind: PartyKind::State,
        inferred: true,
        inference: Some(Inference {
            reason,
            evidence: e,
        }),
        span: None,
    })
}

/// An inferred giver from the origin of the goods, with the note that says so: the sentence
/// itself is the evidence.
fn origin_giver(
    cx: &Ctx,
    si: usize,
    state: String,
    word: String,
) -> (Option<PartyRef>, Option<String>) {
    let supplied = SUPPLIED_SUFFIXES
        .iter()
        .any(|suf| word.to_lowercase().ends_with(suf));
    let role = if supplied {
        "their supplier"
    } else {
        "their origin"
    };
    let why = format!("the giver is not named; the items are described as {word} ({role})");
    inferred_giver(
        state,
        word,
        PartyKind::State,
        why,
        ev(cx.doc, cx.doc.sentences[si].span),
    )
}

/// A giver the sentence does not name, filled in from context: the party, marked inferred with
/// the reason and the sentence that supports it, and the note that goes with it — both set, in
/// the shape `(giver_ref, giver_note)` is assigned.
fn inferred_giver(
    name: String,
    mention: String,
    kind: PartyKind,
    why: String,
    evidence: Evidence,
) -> (Option<PartyRef>, Option<String>) {
    let note = format!("not named in the sentence; {why}");
    let giver = PartyRef {
        name,
        mention,
        kind,
        inferred: true,
        inference: Some(Inference {
            reason: why,
            evidence,
        }),
        span: None,
    };
    (Some(giver), Some(note))
}

/// The other end of a route the text states ("a ship travelling from Cuba to North Korea"):
/// where `party` sends to when `from_party`, else where it receives from; marked with the reason
/// and the route's sentence.
fn other_end_of_route(cx: &Ctx, party: &str, from_party: bool) -> Option<PartyRef> {
    let (a, b, e) = cx.routes.iter().find(|(a, b, _)| {
        if from_party {
            a.name == party
        } else {
            b.name == party
        }
    })?;
    let (mut end, missing) = if from_party {
        (b.clone(), "recipient")
    } else {
        (a.clone(), "giver")
    };
    end.inference = Some(Inference {
        reason: format!(
            "the {missing} is not named; the text describes a route from {} to {}",
            a.name, b.name
        ),
        evidence: e.clone(),
    });
    Some(end)
}

/// Whether a word is the participle of a verb that is not a transfer ("confirmed", "reported",
/// Whether a word names a part of the compass ("northern", "south-eastern", "central"), as
/// in "in northern Yemen".
fn is_compass_part(w: &str) -> bool {
    let w = w.trim_start_matches('-');
    ["northern", "southern", "eastern", "western", "central"].contains(&w)
        || ["north-", "south-"].iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| matches!(r, "eastern" | "western"))
        })
        || matches!(
            w,
            "northeastern" | "northwestern" | "southeastern" | "southwestern"
        )
}

/// "made"), so a "by" after it names that verb's agent, not the giver.
fn is_other_participle(data: &crate::data::Data, w: &str) -> bool {
    !data.lexicon.triggers.contains_key(w)
        && (w.ends_with("ed")
            || matches!(
                w,
                "made" | "built" | "seen" | "shown" | "written" | "taken" | "told" | "found"
            ))
}

/// The state a port or state mention stands for, as a party rather than a place.
/// The first state (or port of one) named outside an attribution in `from..to`, as the state:
/// where "landed in …", "sailed to …", "a storage unit in …" points.
fn state_in(cx: &Ctx, pms: &[Pm], in_attr: &[bool], from: usize, to: usize) -> Option<Pm> {
    (from..to)
        .find_map(|q| {
            pms.iter().find(|p| {
                p.ts == q && p.kind == PartyKind::State && !p.canonical.is_empty() && !in_attr[q]
            })
        })
        .map(|p| state_of_port(cx, p))
}

fn state_of_port(cx: &Ctx, p: &Pm) -> Pm {
    let mut p = p.clone();
    if let Some(st) = p
        .countries
        .first()
        .and_then(|c| cx.res.data.states.iter().find(|s| &s.iso2 == c))
    {
        p.canonical = st.name.clone();
    }
    p.place = false;
    p
}

/// The "with" of someone arriving somewhere with goods ("reached Niger with an air defence
/// system", "arrived in Damascus with medicines"): the verb of arrival, its destination, then
/// "with" and the goods, no clause break between.
fn arrives_with(toks: &[Tok], cs: usize, ce: usize, t: usize) -> Option<usize> {
    if !matches!(
        toks[t].lower.as_str(),
        "arrived" | "arrives" | "arriving" | "reached" | "reaches" | "landed" | "lands"
    ) || t == cs
    {
        return None;
    }
    (t + 1..ce.min(t + 10))
        .take_while(|&k| !matches!(toks[k].lower.as_str(), "," | ";" | "and" | "which" | "that"))
        .find(|&k| toks[k].lower == "with" && k + 1 < ce && k > t + 1)
}

/// Whether a verb form takes cargo off a vehicle ("unloaded", "offloading", "discharged").
fn is_unloading(word: &str) -> bool {
    ["unload", "offload", "discharg"]
        .iter()
        .any(|w| word.contains(w))
}

/// The source a passive subject names ("Missiles from North Korea were delivered", "A cargo of
/// rounds from Iran was unloaded"): the position of "from" in `[from, pb)` and the party after
/// it, past an article.
fn source_in_subject(
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    from: usize,
    pb: usize,
) -> Option<(usize, Pm)> {
    let f = (from..pb).find(|&k| toks[k].lower == "from")?;
    let p = party_at(toks, pms, in_attr, f + 1)
        .or_else(|| party_at(toks, pms, in_attr, f + 2))
        .filter(|p| p.te <= pb)?;
    Some((f, p.clone()))
}

/// Whether "by" opens the phrase of the word at `t`, past adverbs joined by "or" or "and" ("by
/// directly or indirectly providing", "by illegally shipping").
fn by_before(toks: &[Tok], cs: usize, t: usize) -> bool {
    let mut k = t;
    while k > cs + 1
        && (is_ly_adverb(&toks[k - 1])
            || matches!(toks[k - 1].lower.as_str(), "or" | "and") && is_ly_adverb(&toks[k - 2]))
    {
        k -= 1;
    }
    k > cs && toks[k - 1].lower == "by"
}

/// The doer of a "by" gerund ("the UAE broke the embargo by providing …"): the first party of
/// the clause "by" hangs on — not the object of that verb ("breaking European Union sanctions
/// by carrying") nor whoever believes or says it ("that they believed was breaking").
fn by_gerund_doer(
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    sets: &Sets,
    cs: usize,
    t: usize,
) -> Option<Pm> {
    let from = (cs..t)
        .rfind(|&k| toks[k].lower == "that")
        .map_or(cs, |k| k + 1);
    // "convicted a businessman of breaching sanctions by exporting": the one charged or
    // judged, the object of that verb, did the deed — not the court or the prosecutor
    let charged = (from..t).rev().find_map(|v| {
        if !sets.charge_verbs.contains(&toks[v].lower) {
            return None;
        }
        pms.iter()
            .find(|p| p.ts > v && p.te <= t && p.actor(in_attr))
            .filter(|p| {
                toks[v + 1..p.ts].iter().all(|x| {
                    !sets.stops.contains(&x.lower) && !matches!(x.lower.as_str(), "of" | "with")
                })
            })
    });
    if let Some(p) = charged {
        return Some(p.clone());
    }
    // not the object of that verb ("breaking European Union sanctions by carrying")
    // nor whoever believes or says it ("that they believed was breaking")
    let object = |p: &Pm| {
        let mut k = p.ts;
        while k > from && matches!(toks[k - 1].lower.as_str(), "the" | "a" | "an") {
            k -= 1;
        }
        k > from && {
            let v = toks[k - 1].lower.as_str();
            v.ends_with("ing") || v.ends_with("ed") || matches!(v, "broke" | "broken")
        }
    };
    let believer = |p: &Pm| {
        toks.get(p.te).is_some_and(|x| {
            sets.speech.contains(&x.lower)
                || matches!(
                    x.lower.as_str(),
                    "believed"
                        | "believe"
                        | "believes"
                        | "think"
                        | "thought"
                        | "suspect"
                        | "suspected"
                        | "suspects"
                )
        })
    };
    pms.iter()
        .find(|p| p.ts >= from && p.te <= t && p.actor(in_attr) && !object(p) && !believer(p))
        .cloned()
}

/// The party that owns, by "'s", a few describing words right before token `t` ("Iran's
/// continued supply of", "Russia's largest supplier of").
fn possessor_before<'p>(
    toks: &[Tok],
    pms: &'p [Pm],
    sets: &Sets,
    cs: usize,
    t: usize,
) -> Option<&'p Pm> {
    (t.saturating_sub(4).max(cs)..t)
        .rfind(|&a| {
            toks[a].lower == "'s"
                && toks[a + 1..t]
                    .iter()
                    .all(|x| x.word && !x.cap && !sets.stops.contains(&x.lower))
        })
        .and_then(|a| {
            pms.iter()
                .find(|p| p.te == a && !p.outlet && !p.place && !p.canonical.is_empty())
        })
}

/// The judging verb whose object a participle right after a noun for a party tells the deed
/// of, with no clause between ("US sanctions ships and companies moving Iranian oil", "Israel
/// targeted trucks carrying arms"): the judge did not do it.
fn judged_participle(toks: &[Tok], pms: &[Pm], sets: &Sets, cs: usize, t: usize) -> Option<usize> {
    let noun_before = t > cs + 1
        && toks[t - 1].word
        && [
            &sets.group,
            &sets.vessel,
            &sets.vehicle,
            &sets.described,
            &sets.company,
        ]
        .iter()
        .any(|set| set.contains(&toks[t - 1].lower));
    if !toks[t].lower.ends_with("ing") || !noun_before {
        return None;
    }
    (cs..t - 1)
        .rev()
        .find(|&v| JUDGING_VERBS.contains(&toks[v].lower.as_str()))
        .filter(|&v| {
            toks[v + 1..t].iter().all(|x| {
                !is_aux(&x.lower)
                    && !matches!(
                        x.lower.as_str(),
                        "that" | "which" | "who" | ";" | "has" | "have" | "had" | "by"
                    )
            }) && !pms.iter().any(|p| p.ts > v && p.te <= t)
        })
}

/// The "for" a gerund trigger hangs on, past gerunds joined to it ("for buying and shipping").
fn gerund_for(toks: &[Tok], cs: usize, t: usize) -> Option<usize> {
    if !toks[t].lower.ends_with("ing") {
        return None;
    }
    let mut k = t;
    while k > cs
        && (toks[k - 1].lower.ends_with("ing")
            || matches!(toks[k - 1].lower.as_str(), "and" | "or" | ","))
    {
        k -= 1;
    }
    // (an `if`, not `then_some`: `k - 1` must not be computed when `k` is 0)
    if k > cs + 1 && toks[k - 1].lower == "for" {
        Some(k - 1)
    } else {
        None
    }
}

/// The judging verb or "against" before the "for" at `f` ("sanctioned X for supplying",
/// "sanctions against Iran for providing").
fn judge_before(toks: &[Tok], cs: usize, f: usize) -> Option<usize> {
    (cs..f)
        .rev()
        .find(|&v| JUDGING_VERBS.contains(&toks[v].lower.as_str()) || toks[v].lower == "against")
}

/// The one judged at judging word `v` for the deed at `t`: the passive subject ("sanctioned by
/// the UK for supplying"), else the first party after an active verb or noun of judging ("OFAC
/// placed sanctions on a dozen companies for carrying": the judge did not carry, and the
/// companies are no named party).
fn judged_doer(
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    cs: usize,
    t: usize,
    v: usize,
) -> Option<Pm> {
    let passive =
        v > cs && is_aux(&toks[v - 1].lower) || toks.get(v + 1).is_some_and(|x| x.lower == "by");
    pms.iter()
        .find(|p| {
            p.ts >= cs
                && p.te <= t
                && p.actor(in_attr)
                && (p.ts == cs || toks[p.ts - 1].lower != "by")
                && (passive || p.ts > v)
        })
        .cloned()
}

/// The doer of a deed a gerund or participle tells of the object of a judging verb: Some(the
/// object, None when it is unnamed), or None when the trigger tells no such deed ("placed
/// sanctions on a dozen companies for carrying oil": not the one who placed them;
/// "Acme was sanctioned by the UK for shipping": the passive subject).
fn judged_deed(
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    sets: &Sets,
    cs: usize,
    t: usize,
) -> Option<Option<Pm>> {
    if !toks[t].lower.ends_with("ing") {
        return None;
    }
    if let Some(f) = gerund_for(toks, cs, t) {
        let v = judge_before(toks, cs, f)?;
        return Some(judged_doer(toks, pms, in_attr, cs, t, v));
    }
    judged_participle(toks, pms, sets, cs, t).map(|_| None)
}

/// Verbs that judge, reward or thank someone "for" a deed a gerund tells ("sanctioned X for
/// supplying", "thanked X for delivering"): the one judged did the deed. Closed-class grammar of
/// the construction, not vocabulary of goods or parties.
pub(super) const JUDGING_VERBS: &[&str] = &[
    "sanction",
    "designate",
    "blacklist",
    "penalise",
    "penalize",
    "punish",
    "fine",
    "target",
    "charge",
    "indict",
    "convict",
    "sentence",
    "praise",
    "blame",
    "criticise",
    "criticize",
    "condemn",
    "reward",
    "accuse",
    "sanctioned",
    "sanctions",
    "sanctioning",
    "designated",
    "designates",
    "blacklisted",
    "blacklists",
    "penalised",
    "penalized",
    "punished",
    "punishes",
    "fined",
    "fines",
    "listed",
    "targeted",
    "targets",
    "charged",
    "indicted",
    "convicted",
    "sentenced",
    "thanked",
    "thanks",
    "thank",
    "thanking",
    "praised",
    "praises",
    "commended",
    "blamed",
    "blames",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "condemned",
    "condemns",
    "rewarded",
    "credited",
    "honoured",
    "honored",
    "decorated",
    "awarded",
    "accused",
    "accuses",
    // ("Netherlands to imprison exporter for sending parts to Russia": the one punished sent)
    "imprison",
    "imprisoned",
    "imprisons",
    "jail",
    "jailed",
    "jails",
    "arrest",
    "arrested",
    "arrests",
    "detained",
    "prosecute",
    "prosecuted",
    "prosecutes",
    "extradite",
    "extradited",
];

/// Where goods arrived, for a verb of arrival at `k` ("arrived in Havana", "reached Cuba",
/// "landed at Bamako"): the party or state named right after it, past "in" or "at".
fn arrived_at(
    cx: &Ctx,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    k: usize,
    ce: usize,
) -> Option<Pm> {
    let from = if k + 1 < ce && matches!(toks[k + 1].lower.as_str(), "in" | "at") {
        k + 2
    } else {
        k + 1
    };
    party_at(toks, pms, in_attr, from)
        .or_else(|| party_at(toks, pms, in_attr, from + 1))
        .cloned()
        .or_else(|| state_in(cx, pms, in_attr, from, (from + 4).min(ce)))
}

/// Verbs of one who reports on transfers made by others ("Mr Andrews detailed transfers of
/// weapons", "officials documented deliveries"): their subject is no giver.
const REPORTING_VERBS: &[&str] = &[
    "described",
    "describes",
    "detailed",
    "details",
    "documented",
    "documents",
    "recorded",
    "records",
    "tracked",
    "tracks",
    "traced",
    "traces",
    "uncovered",
    "exposed",
    "exposes",
    "cited",
    "cites",
    "noted",
    "notes",
    "investigated",
    "investigates",
    "monitored",
    "monitors",
    "observed",
    "revealed",
    "reveals",
    "listed",
    "lists",
    "counted",
    "logged",
    "flagged",
];

/// How far back, in characters of text, a transfer counts as "told just before" for goods
/// referred to again ("the cargo", "it", "the haul included …"): about two paragraphs.
const RECENT_CHARS: usize = 2000;

/// Whether a transfer's first telling lies within [`RECENT_CHARS`] before `start`.
fn told_lately(x: &Transfer, start: usize) -> bool {
    x.evidence
        .first()
        .is_some_and(|e| e.start + RECENT_CHARS >= start)
}

/// The goods `prev` named before, as the words `[a, b)` of `sent` that stand for them ("them",
/// "the cargo"): its class and normalised form, with the words' text and span and no count.
fn standing_for(prev: &Item, sent: &Sentence, a: usize, b: usize) -> Item {
    let mut it = prev.clone();
    it.class.reason = format!(
        "\"{}\" stands for the {} named before; {}",
        &sent.text[a..b],
        prev.text,
        prev.class.reason
    );
    it.text = sent.text[a..b].to_string();
    it.span = Some(sent.original_span(a, b));
    it.quantity = None;
    it.quantity_detail = None;
    it.value_usd = None;
    it
}

/// The count of a counted pronoun opening the goods at `from` ("two of them", "40 of it"), before
/// `to`: the number, when a number word or figure, "of" and "it" or "them" follow each other.
fn counted_pronoun(cx: &Ctx, toks: &[Tok], from: usize, to: usize) -> Option<f64> {
    if from + 2 >= to
        || toks[from + 1].lower != "of"
        || !matches!(toks[from + 2].lower.as_str(), "it" | "them")
    {
        return None;
    }
    let w = toks[from].lower.as_str();
    // ("one of them" is one; "a" is no count before "of")
    cx.res
        .data
        .lexicon
        .numbers
        .get(w)
        .copied()
        .filter(|_| !matches!(w, "a" | "an"))
        .or_else(|| w.replace(',', "").parse::<f64>().ok())
        .filter(|q| *q >= 1.0)
}

/// The state a demonym right before token `k` names, as a mention ("Chinese exports of
/// bearings", "North Korean shipments of coal"): the state whose trade the noun describes.
fn demonym_before(cx: &Ctx, toks: &[Tok], pms: &[Pm], cs: usize, k: usize) -> Option<Pm> {
    let demonym = |a: usize| {
        let words = toks[a..k]
            .iter()
            .map(|x| x.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let st = state_by_word(cx.res, &words)?;
        // (the state's own name is a mention of its own, read elsewhere)
        let state = &cx.res.data.states[st];
        state
            .demonyms
            .iter()
            .any(|d| d.eq_ignore_ascii_case(&words))
            .then_some(st)
    };
    let st = (k.saturating_sub(2).max(cs)..k).find_map(|a| {
        let fits =
            toks[a..k].iter().all(|x| x.word && x.cap) && !pms.iter().any(|p| p.ts < k && a < p.te);
        fits.then(|| demonym(a).map(|st| (a, st))).flatten()
    })?;
    let (a, st) = st;
    Some(Pm {
        ts: a,
        te: k,
        kind: PartyKind::State,
        canonical: cx.res.data.states[st].name.clone(),
        countries: vec![cx.res.data.states[st].iso2.clone()],
        rule: Some("demonym of the trade"),
        ..Pm::default()
    })
}

/// The goods an object pronoun stands for when no transfer told just before accounts for it
/// ("them" wants plural goods, "it" a singular one): the goods named last before the trigger
/// `t` in this sentence, else the goods the sentence before names last.
fn goods_named_before(
    cx: &Ctx,
    si: usize,
    toks: &[Tok],
    party_tok: &[bool],
    t: usize,
    pronoun: &str,
) -> Option<Item> {
    let plural = pronoun == "them";
    last_goods_phrase(cx, si, toks, party_tok, t, plural).or_else(|| {
        let before = si.checked_sub(1)?;
        let prev = tokenize(&cx.doc.sentences[before].text);
        let none = vec![false; prev.len()];
        last_goods_phrase(cx, before, &prev, &none, prev.len(), plural)
    })
}

/// The last goods phrase before token `limit` of sentence `si`, as an item: a lower-case head
/// of the wanted number at the end of a phrase the taxonomy knows, outside party names.
fn last_goods_phrase(
    cx: &Ctx,
    si: usize,
    toks: &[Tok],
    party_tok: &[bool],
    limit: usize,
    plural: bool,
) -> Option<Item> {
    let sets = cx.res.sets;
    // (a model code belongs to the phrase: "F-14 parts")
    let in_phrase = |k: usize| {
        let x = &toks[k];
        !party_tok.get(k).copied().unwrap_or(false)
            && (x.word || x.lower.starts_with(|c: char| c.is_ascii_digit()))
            && (!x.cap || x.lower.contains(|c: char| c.is_ascii_digit()))
            && !sets.stops.contains(&x.lower)
            && !cx.res.data.lexicon.triggers.contains_key(&x.lower)
    };
    (0..limit.min(toks.len())).rev().find_map(|head| {
        let x = &toks[head];
        let candidate = x.word
            && !x.cap
            && x.lower.ends_with('s') == plural
            && in_phrase(head)
            && toks.get(head + 1).is_none_or(|y| {
                !y.word || sets.stops.contains(&y.lower) || matches!(y.lower.as_str(), "and" | "or")
            });
        if !candidate {
            return None;
        }
        let mut st = head;
        // (a verb that took the goods is no part of them: "built 40 drones")
        let verb = |k: usize| {
            let w = toks[k].lower.as_str();
            w.ends_with("ed") && goods_noun(cx.res, w).is_none()
                || MAKING.contains(&w)
                || matches!(
                    w,
                    "bought" | "stole" | "took" | "got" | "had" | "has" | "have"
                )
        };
        while st > 0 && in_phrase(st - 1) && !verb(st - 1) {
            st -= 1;
        }
        // (the taxonomy must know the head, or an umbrella head's modifier: "aircraft parts",
        // not "weapons supply chains")
        let phrase = toks[st..=head]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let hits = cx.res.tax.hits(&phrase);
        let covers = hits.iter().any(|h| h.end == phrase.len())
            || is_umbrella(sets, &x.lower) && !hits.is_empty();
        if !covers {
            return None;
        }
        let none = vec![false; toks.len()];
        parse_items(cx, si, toks, &none, &none, st, head + 1, true)
            .into_iter()
            .find(|i| i.category != Category::Other)
    })
}

/// Whether a party name names someone: a party only described ("unnamed businessman", "militia")
/// has a lower-case name, and is no one to carry over as the giver of other goods.
fn names_someone(name: &str) -> bool {
    name.chars().any(char::is_uppercase)
}

/// The verbs that open the list of what a load told before held ("They included …", "These are
/// …", "Among the items were …").
const LISTING_VERBS: &[&str] = &[
    "are",
    "were",
    "was",
    "included",
    "includes",
    "include",
    "comprised",
    "comprise",
    "comprises",
    "contained",
    "contain",
    "contains",
    "consisted",
    "consists",
    "consist",
    // "a cargo of 88.8 tons made up of flour, masks and canned food"
    "made",
];

/// The verb "made" of a passive "was made up of" opening at `v` ("It was made up of tents"),
/// or None when no such passive is there.
fn made_up_of(toks: &[Tok], v: usize, ce: usize) -> Option<usize> {
    (v + 3 < ce
        && matches!(toks[v].lower.as_str(), "was" | "were" | "is" | "are")
        && toks[v + 1].lower == "made"
        && toks[v + 2].lower == "up"
        && toks[v + 3].lower == "of")
        .then_some(v + 1)
}

/// The end of a list of goods that opens at `from` in a clause ending at `ce` and runs on
/// through parts a semicolon opens ("trucks; navigation systems; fuel containers; tents"): each
/// further part is taken while it names no party and holds no verb of transfer.
fn semicolon_list_end(cx: &Ctx, toks: &[Tok], pms: &[Pm], from: usize, ce: usize) -> usize {
    let mut end = ce;
    if from >= ce {
        return ce;
    }
    while end < toks.len() && toks[end].lower == ";" {
        let next = (end + 1..toks.len())
            .find(|&k| toks[k].lower == ";")
            .unwrap_or(toks.len());
        let goods_only = (end + 1..next).all(|k| {
            !cx.res.data.lexicon.triggers.contains_key(&toks[k].lower)
                && !cx.res.sets.speech.contains(&toks[k].lower)
                && !is_aux(&toks[k].lower)
        }) && !pms.iter().any(|p| p.ts > end && p.ts < next && !p.place);
        if !goods_only || next == end + 1 {
            break;
        }
        end = next;
    }
    end
}

/// A sentence that lists what a load told just before held, without a transfer verb of its
/// own: "They included Kalashnikov rifles and three UAVs", "These are assault rifles, pistols
/// and ammunition", "Included among them are …", "Among the items seized were …", "Buried inside
/// the container were …". The goods join the latest transfer or claim told in the two
/// sentences before, with this sentence as evidence. Returns whether goods were added.
pub(super) fn listed_contents(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    cs: usize,
    ce: usize,
) {
    let sets = cx.res.sets;
    let mut k = cs;
    while k < ce && (!toks[k].word || matches!(toks[k].lower.as_str(), "and" | "but" | "so")) {
        k += 1;
    }
    // ("Newly on show among them are …": an adverb before the opening)
    if k + 1 < ce && toks[k].word && toks[k].lower.len() > 4 && toks[k].lower.ends_with("ly") {
        k += 1;
    }
    if k >= ce {
        return;
    }
    let verb_within = |from: usize, reach: usize| {
        (from..ce.min(from + reach)).find(|&v| LISTING_VERBS.contains(&toks[v].lower.as_str()))
    };
    // the copula of an inverted list, "is" for a list of one ("Included among them is a watch")
    let copula_within = |from: usize, reach: usize| {
        (from..ce.min(from + reach)).find(|&v| {
            matches!(toks[v].lower.as_str(), "are" | "were" | "was" | "is")
                && (from..v).all(|w| toks[w].word || toks[w].lower == "-")
        })
    };
    let first = toks[k].lower.as_str();
    // "Putin gave Kim 70 animals. The animals include a lion …": the head of goods told in
    // the last two sentences, named again
    let start = cx.doc.sentences[si].span.start;
    let earliest = cx.doc.sentences[si.saturating_sub(2)].span.start;
    let told_head = |w: &str| {
        let w = w.strip_suffix('s').unwrap_or(w);
        w.len() > 2
            && cx.transfers.iter().any(|x| {
                x.evidence
                    .iter()
                    .any(|e| e.start >= earliest && e.start < start)
                    && x.items.iter().any(|i| {
                        i.normalised
                            .rsplit(' ')
                            .next()
                            .is_some_and(|h| h.strip_suffix('s').unwrap_or(h) == w)
                    })
            })
    };
    let mut echo = false;
    let verb = match first {
        // "They included …", "These are …": a pronoun standing for the load itself
        "they" | "these" | "those" | "it"
            if k + 1 < ce && LISTING_VERBS.contains(&toks[k + 1].lower.as_str()) =>
        {
            // ("It was made up of trucks; tents": the passive of "make up" lists the load)
            let v = made_up_of(toks, k + 1, ce).unwrap_or(k + 1);
            Some(v).filter(|&v| {
                v < ce && LISTING_VERBS.contains(&toks[v].lower.as_str()) && toks[v].lower != "was"
            })
        }
        // "The weapons were …", "The package included …": a load word with its determiner
        // ("the cargo was seized" is no list: the goods test below rejects a participle)
        "the" | "this" | "that" | "its" | "their" | "these" => verb_within(k + 1, 5).filter(|&v| {
            let load = (k + 1..v).any(|w| {
                sets.container.contains(&toks[w].lower) || sets.caches.contains(&toks[w].lower)
            });
            echo = !load && v == k + 2 && told_head(&toks[k + 1].lower);
            (load || echo) && (k + 1..v).all(|w| toks[w].word && !in_attr[w])
        }),
        // "Among the items seized were …", "Included among them are …", "Buried inside the
        // container were …": the list follows an inverted copula
        "among" | "included" | "inside" | "buried" | "hidden" | "concealed" => {
            copula_within(k + 1, 8)
        }
        // "On show among them are …", "On display are …": goods put on show
        "on" if k + 1 < ce && matches!(toks[k + 1].lower.as_str(), "show" | "display" | "view") => {
            copula_within(k + 2, 6)
        }
        _ => None,
    };
    let Some(v) = verb else {
        return;
    };
    // ("The aid was made up of tents and rice": the copula is the passive's auxiliary)
    let v = made_up_of(toks, v, ce).unwrap_or(v);
    let mut from = v + 1;
    // ("made up of": only so does "made" list contents)
    if toks[v].lower == "made" {
        if from + 1 < ce && toks[from].lower == "up" && toks[from + 1].lower == "of" {
            from += 1;
        } else {
            return;
        }
    }
    if from < ce && matches!(toks[from].lower.as_str(), "of" | "mostly" | "mainly") {
        from += 1;
    }
    // ("made up of: tents; rice": a colon opens the list)
    if from < ce && toks[from].lower == ":" {
        from += 1;
    }
    // "It was made up of trucks; navigation systems; tents": a list whose members a semicolon
    // parts runs on past the clause, as long as each part is goods alone (no party, no verb
    // of transfer: "…; China sent jets" is a clause of its own)
    let ce = semicolon_list_end(cx, toks, pms, from, ce);
    // "Included among them are the craftwork from X and the vase from Y": goods with givers of
    // their own are gifts of several people, not one load's contents
    if (from..ce).any(|w| toks[w].lower == "from") {
        gift_inventory(cx, si, toks, pms, in_attr, (cs, v), from, ce);
        return;
    }
    let party_tok = vec![false; toks.len()];
    // (each part the semicolons leave is parsed on its own: a semicolon ends a list of goods)
    let mut parts = vec![from];
    parts.extend((from..ce).filter(|&k| toks[k].lower == ";").map(|k| k + 1));
    let found: Vec<Item> = parts
        .iter()
        .flat_map(|&a| {
            let b = (a..ce).find(|&k| toks[k].lower == ";").unwrap_or(ce);
            parse_items(cx, si, toks, in_attr, &party_tok, a, b, true)
        })
        .collect::<Vec<Item>>()
        .into_iter()
        // (goods the taxonomy classes, food or aid among them, not words of no class)
        .filter(|it| echo || it.category != Category::Other || !it.class.tags.is_empty())
        .collect();
    if found.is_empty() {
        return;
    }
    let lately = |x: &Transfer| {
        x.evidence
            .iter()
            .any(|e| e.start >= earliest && e.start < start)
    };
    let last_fact = cx
        .transfers
        .iter()
        .rposition(lately)
        .map(|i| (cx.transfers[i].evidence.iter().map(|e| e.start).max(), i));
    let last_claim = cx
        .non_factual
        .iter()
        .rposition(|c| lately(&c.transfer))
        .map(|i| {
            (
                cx.non_factual[i]
                    .transfer
                    .evidence
                    .iter()
                    .map(|e| e.start)
                    .max(),
                i,
            )
        });
    let e = ev(cx.doc, cx.doc.sentences[si].span);
    let target = match (last_fact, last_claim) {
        (Some(f), Some(c)) if c.0 > f.0 => &mut cx.non_factual[c.1].transfer,
        (Some(f), _) => &mut cx.transfers[f.1],
        (None, Some(c)) => &mut cx.non_factual[c.1].transfer,
        (None, None) => return,
    };
    add_listed_goods(target, found, e)
}

/// "Further gifts reached Kim Jong Il", "gifts to the leader are on display", "the presents
/// sent to Kim": who the text says received gifts it has not yet listed, kept as the recipient
/// of a list of gifts by giver that follows ([`gift_inventory`]).
pub(super) fn gifts_received_by(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
) {
    for g in 0..toks.len() {
        if !matches!(toks[g].lower.as_str(), "gifts" | "presents") || in_attr[g] {
            continue;
        }
        // the preposition or verb of receipt within a few lower-case words ("gifts were sent
        // to", "gifts reached"), then the party (past an article)
        let Some(at) = (g + 1..toks.len().min(g + 5))
            .take_while(|&w| toks[w].word && !toks[w].cap)
            .find(|&w| matches!(toks[w].lower.as_str(), "to" | "for" | "reached"))
        else {
            continue;
        };
        let mut ps = at + 1;
        if toks.get(ps).is_some_and(|x| x.lower == "the") {
            ps += 1;
        }
        let Some(p) = party_at(toks, pms, in_attr, ps).filter(|p| p.actor(in_attr)) else {
            continue;
        };
        if !matches!(p.kind, PartyKind::Person | PartyKind::State)
            || modality(cx, toks, 0, g).is_some()
        {
            continue;
        }
        let sent = &cx.doc.sentences[si];
        cx.gift_recipient = Some((stated_party(sent, toks, p), ev(cx.doc, sent.span)));
        return;
    }
}

/// Whether a sentence opens as a list of what was told before ("Among them are …", "Included
/// among the gifts is …", "Newly on show are …").
fn opens_inventory(toks: &[Tok]) -> bool {
    let mut k = 0;
    while k < toks.len() && !toks[k].word {
        k += 1;
    }
    if k + 1 < toks.len() && toks[k].lower.len() > 4 && toks[k].lower.ends_with("ly") {
        k += 1;
    }
    match toks.get(k).map(|t| t.lower.as_str()) {
        Some("among") => true,
        Some("included") => toks.get(k + 1).is_some_and(|t| t.lower == "among"),
        Some("on") => toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "show" | "display" | "view")),
        _ => false,
    }
}

/// Whether a new gift of a list begins after token `k`, a comma or "and" before a determiner
/// or a count ("…, a silver kettle from …", "… and two vases from …").
fn next_listed_gift(toks: &[Tok], k: usize, ce: usize) -> bool {
    if !matches!(toks[k].lower.as_str(), "," | "and" | ";") {
        return false;
    }
    let mut n = k + 1;
    while n < ce && toks[n].lower == "and" {
        n += 1;
    }
    n < ce && {
        let w = toks[n].lower.as_str();
        matches!(
            w,
            "a" | "an" | "the" | "another" | "two" | "three" | "four" | "five"
        ) || w.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
}

/// "Kim received many gifts this year. Among them are a silver vase from the director-general
/// of the Juche institute and a kettle from Thabo Mbeki": a list of gifts, each with its own
/// giver after "from", says what each giver gave to whom the text said just before received
/// the gifts (the recipient inferred, with that sentence as the reason). `[from, ce)` is the
/// list after its opening ("Among them are"), whose verb is `v` in the clause from `cs`.
#[allow(clippy::too_many_arguments)]
fn gift_inventory(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    (cs, v): (usize, usize),
    from: usize,
    ce: usize,
) {
    let Some((said_recipient, said)) = cx.gift_recipient.clone() else {
        return;
    };
    // (only a list close to where the text said so: three sentences at most)
    if said.start < cx.doc.sentences[si.saturating_sub(3)].span.start {
        return;
    }
    if modality(cx, toks, cs, v).is_some() {
        return;
    }
    let why = format!(
        "the recipient is not named; the text says just before that {} received these gifts",
        said_recipient.name
    );
    let recipient = inferred_party(&said_recipient, why, said);
    let froms: Vec<usize> = (from..ce)
        .filter(|&k| toks[k].lower == "from" && !in_attr[k])
        .collect();
    let party_tok = vec![false; toks.len()];
    let mut seg = from;
    for (n, &k) in froms.iter().enumerate() {
        let next = froms.get(n + 1).copied().unwrap_or(ce);
        // the giver: the first party named after "from", before the next gift begins ("from the
        // secretary of the Tianjin committee of the Communist Party of China, a silver kettle")
        let bound = (k + 1..next)
            .find(|&w| next_listed_gift(toks, w, ce))
            .unwrap_or(next);
        // (a name the gazetteer or the lists know before a guessed one: "the foreign minister
        // of the Republic of Indonesia" is of Indonesia)
        let named_after = |p: &&Pm| p.ts > k && p.ts < bound && p.actor(in_attr);
        let giver = pms
            .iter()
            .filter(named_after)
            .find(|p| !p.weak)
            .or_else(|| pms.iter().find(named_after))
            .cloned();
        let items = parse_items(cx, si, toks, in_attr, &party_tok, seg, k, true);
        seg = bound + 1;
        while seg < ce && matches!(toks[seg].lower.as_str(), "and" | ",") {
            seg += 1;
        }
        let Some(giver) = giver else {
            continue;
        };
        if items.is_empty() || giver.canonical == recipient.name {
            continue;
        }
        let sent = &cx.doc.sentences[si];
        let tr = sentence_transfer(
            cx,
            si,
            (Some(stated_party(sent, toks, &giver)), None),
            recipient.clone(),
            items,
            "gift",
            "gifts from".to_string(),
        );
        push_fact(cx, tr, false);
    }
}

/// "Syria depended heavily on supplies of wheat from Russia and Iran", "Cuba relies on
/// Venezuelan oil": who depends on goods from someone receives them from that someone — the
/// dependence states an ongoing supply. Read only in a sentence no frame read and no cue hedges.
pub(super) fn dependence(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    cs: usize,
    ce: usize,
) {
    let sets = cx.res.sets;
    let Some(d) = (cs + 1..ce).find(|&k| {
        let l = toks[k].lower.as_str();
        (l.starts_with("depend") || l.starts_with("reli") || l == "rely") && !in_attr[k]
    }) else {
        return;
    };
    let mut on = d + 1;
    while on < ce && is_ly_adverb(&toks[on]) {
        on += 1;
    }
    if on + 1 >= ce || !matches!(toks[on].lower.as_str(), "on" | "upon") {
        return;
    }
    if modality(cx, toks, cs, d).is_some() {
        return;
    }
    let Some(recipient) = subject(toks, pms, in_attr, &sets.group, cs, d).cloned() else {
        return;
    };
    // the goods: after "on", past "supplies of" / "imports of"; a demonym before them is
    // where they come from ("Russian supplies of wheat", "Venezuelan oil")
    let mut from = on + 1;
    let mut demonym: Option<usize> = None;
    while from < ce && (DETERMINERS.contains(&toks[from].lower.as_str()) || toks[from].cap) {
        if toks[from].cap {
            demonym = state_by_word(cx.res, &toks[from].lower);
            if demonym.is_none() {
                return;
            }
        }
        from += 1;
    }
    let supplies = from + 1 < ce
        && matches!(
            toks[from].lower.as_str(),
            "supplies" | "supply" | "deliveries" | "imports" | "shipments" | "exports"
        )
        && toks[from + 1].lower == "of";
    if supplies {
        from += 2;
    }
    // ("dependent on Chinese machine tools" says what is needed, not that it was sent: a
    // demonym alone names the source only of "supplies of")
    if !supplies {
        demonym = None;
    }
    let source = (from..ce)
        .find(|&k| toks[k].lower == "from" && !in_attr[k])
        .and_then(|k| party_at(toks, pms, in_attr, k + 1).map(|p| (k, p.clone())));
    let to = source.as_ref().map_or(ce, |(k, _)| *k);
    let party_tok = vec![false; toks.len()];
    let items = parse_items(cx, si, toks, in_attr, &party_tok, from, to, true);
    if items.is_empty()
        || items
            .iter()
            .all(|i| i.category == Category::Other && is_unspecified(i))
    {
        return;
    }
    let sent = &cx.doc.sentences[si];
    let mut givers: Vec<PartyRef> = Vec::new();
    if let Some((_, p)) = &source {
        givers.push(stated_party(sent, toks, p));
        for q in conjuncts(toks, pms, in_attr, p, cs, ce) {
            givers.push(stated_party(sent, toks, &q));
        }
    } else if let Some(st) = demonym {
        givers.push(PartyRef {
            name: cx.res.data.states[st].name.clone(),
            mention: cx.res.data.states[st].name.clone(),
            kind: PartyKind::State,
            inferred: false,
            inference: None,
            span: None,
        });
    }
    for g in givers {
        if g.name == recipient.canonical {
            continue;
        }
        let tr = sentence_transfer(
            cx,
            si,
            (Some(g), None),
            stated_party(sent, toks, &recipient),
            items.clone(),
            "supply",
            format!("{} {}", toks[d].lower, toks[on].lower),
        );
        push_fact(cx, tr, false);
    }
}

/// Compounds that name the supplier of goods in their first half ("Iranian-supplied").
const SUPPLIED_SUFFIXES: &[&str] = &[
    "-supplied",
    "-donated",
    "-provided",
    "-delivered",
    "-gifted",
];

/// "The RSF used Emirati-supplied drones", "Ukraine fired US-supplied ATACMS missiles": goods a
/// party uses, named as supplied by a state, went from that state to the user. Read only in a
/// sentence no frame read and no cue hedges.
pub(super) fn supplied_goods_in_use(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    cs: usize,
    ce: usize,
) {
    let sets = cx.res.sets;
    for k in cs + 1..ce {
        let Some(st) = SUPPLIED_SUFFIXES.iter().find_map(|suf| {
            toks[k]
                .lower
                .strip_suffix(suf)
                .and_then(|pre| state_by_word(cx.res, pre))
        }) else {
            continue;
        };
        // the verb of use just before, past a count or describing words ("fired dozens of
        // Iranian-supplied", "used the new US-supplied")
        let Some(u) = (k.saturating_sub(5).max(cs)..k).rev().find(|&u| {
            sets.use_verbs.contains(&toks[u].lower)
                && toks[u + 1..k].iter().all(|x| {
                    x.word && !x.cap && !sets.use_verbs.contains(&x.lower)
                        || x.lower.chars().all(|c| c.is_ascii_digit() || c == ',')
                })
        }) else {
            continue;
        };
        if in_attr[u] || modality(cx, toks, cs, u).is_some() {
            continue;
        }
        let Some(user) = subject(toks, pms, in_attr, &sets.group, cs, u)
            .filter(|p| !p.outlet && !p.place && !p.canonical.is_empty())
            .cloned()
        else {
            continue;
        };
        let giver_name = cx.res.data.states[st].name.clone();
        if user.canonical == giver_name {
            continue;
        }
        // the goods run to the first break: a preposition, punctuation or a verb
        let end = (k + 1..ce)
            .find(|&x| {
                !toks[x].word
                    || sets.stops.contains(&toks[x].lower)
                    || cx.res.data.lexicon.triggers.contains_key(&toks[x].lower)
            })
            .unwrap_or(ce);
        let party_tok = vec![false; toks.len()];
        let items = parse_items(cx, si, toks, in_attr, &party_tok, k, end, true);
        if items.is_empty() {
            continue;
        }
        let sent = &cx.doc.sentences[si];
        let giver = PartyRef {
            name: giver_name,
            mention: tok_text(sent, toks, k, k + 1).to_string(),
            kind: PartyKind::State,
            inferred: false,
            inference: None,
            span: None,
        };
        let tr = sentence_transfer(
            cx,
            si,
            (Some(giver), None),
            stated_party(sent, toks, &user),
            items,
            "supply",
            format!("{} {}", toks[u].lower, toks[k].lower),
        );
        push_fact(cx, tr, false);
    }
}

/// Verbs of a ship coming in to a port or a state's waters.
const VESSEL_ARRIVALS: &[&str] = &[
    "arrived", "arrives", "reached", "reaches", "entered", "enters", "docked", "docks", "berthed",
    "berths", "anchored", "moored",
];

/// "A second Iranian fuel tanker, the Fortune, entered Venezuelan waters", "an Iranian oil
/// tanker docked in Venezuela": a ship named for its cargo that comes in to a state brought
/// that cargo there — from the ship named (else the state its demonym names, inferred).
/// Read only in a sentence no frame read and no cue hedges.
pub(super) fn laden_vessel_arrival(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    cs: usize,
    ce: usize,
) {
    // each clause on its own ("A Russian tanker docked in Cuba, and a tanker arrived in …")
    let breaks: Vec<usize> = (cs..ce)
        .filter(|&k| {
            toks[k].lower == ";" || toks[k].lower == "and" && k > cs && toks[k - 1].lower == ","
        })
        .collect();
    let mut lo = cs;
    for hi in breaks.iter().copied().chain(std::iter::once(ce)) {
        vessel_arrival_clause(cx, si, toks, pms, in_attr, lo, hi);
        lo = hi + 1;
    }
}

/// [`laden_vessel_arrival`] in one clause `[cs, ce)`.
fn vessel_arrival_clause(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
    cs: usize,
    ce: usize,
) {
    let sets = cx.res.sets;
    let Some(v) = (cs + 2..ce).find(|&k| VESSEL_ARRIVALS.contains(&toks[k].lower.as_str())) else {
        return;
    };
    // the ship: a vessel noun with a cargo word right before it, in the subject
    let Some(h) = (cs + 1..v).find(|&k| {
        sets.vessel.contains(&toks[k].lower)
            && toks[k - 1].word
            && !toks[k - 1].cap
            && cx
                .res
                .tax
                .hits(&toks[k - 1].lower)
                .first()
                .is_some_and(|x| cx.res.tax.class_of(x).category != Category::Vessel)
    }) else {
        return;
    };
    if in_attr[h] || modality(cx, toks, cs, v).is_some() {
        return;
    }
    // where it came in: a state or port after the verb, or a demonym ("Venezuelan waters")
    let dest = state_in(cx, pms, in_attr, v + 1, (v + 8).min(ce)).or_else(|| {
        (v + 1..(v + 4).min(ce)).find_map(|k| {
            let st = cap_state(cx.res, &toks[k])?;
            Some(Pm {
                ts: k,
                te: k + 1,
                kind: PartyKind::State,
                canonical: cx.res.data.states[st].name.clone(),
                countries: vec![cx.res.data.states[st].iso2.clone()],
                ..Pm::default()
            })
        })
    });
    let Some(dest) = dest else {
        return;
    };
    let party_tok = vec![false; toks.len()];
    let items = parse_items(cx, si, toks, in_attr, &party_tok, h - 1, h, true);
    if items.is_empty() {
        return;
    }
    let sent = &cx.doc.sentences[si];
    let named = pms
        .iter()
        .find(|p| p.vessel && p.ts >= cs && p.te <= v && !p.canonical.is_empty());
    let demonym = (cs..h - 1).find_map(|k| {
        let st = cap_state(cx.res, &toks[k])?;
        Some((
            cx.res.data.states[st].name.clone(),
            tok_text(sent, toks, k, h + 1).to_string(),
        ))
    });
    // ("arrived in Cuba from Russia": where it came from)
    let source = (v + 1..ce)
        .find(|&k| toks[k].lower == "from" && !in_attr[k])
        .and_then(|k| party_at(toks, pms, in_attr, k + 1))
        .filter(|p| p.canonical != dest.canonical);
    let (giver, giver_note) = match (named.or(source), demonym) {
        (Some(p), _) => (Some(stated_party(sent, toks, p)), None),
        (None, Some((st, words))) if st != dest.canonical => {
            let why = format!("the giver is not named; the goods came on a {words}");
            inferred_giver(st, words, PartyKind::State, why, ev(cx.doc, sent.span))
        }
        _ => (None, Some("not named in the text".to_string())),
    };
    let tr = sentence_transfer(
        cx,
        si,
        (giver, giver_note),
        stated_party(sent, toks, &dest),
        items,
        "delivery",
        format!("{} … {}", toks[h].lower, toks[v].lower),
    );
    push_fact(cx, tr, true);
}

/// A transfer read from a whole sentence by one of the sentence passes (vessel arrivals,
/// dependence): the sentence is its evidence; date, place and attribution are not read.
fn sentence_transfer(
    cx: &Ctx,
    si: usize,
    (giver, giver_note): (Option<PartyRef>, Option<String>),
    recipient: PartyRef,
    items: Vec<Item>,
    kind: &str,
    trigger: String,
) -> Transfer {
    Transfer {
        id: String::new(),
        giver,
        giver_note,
        recipient: Some(recipient),
        items,
        kind: kind.to_string(),
        trigger,
        date: None,
        place: None,
        attributed_to: Vec::new(),
        evidence: vec![ev(cx.doc, cx.doc.sentences[si].span)],
        // scored by the confidence model once the whole document is read
        confidence: 0.0,
    }
}

/// The state a capitalised word names ("Russian plane", "Venezuelan waters"); none for a word
/// in lower case ("turkey").
fn cap_state(res: &Res, tok: &Tok) -> Option<usize> {
    tok.cap.then(|| state_by_word(res, &tok.lower)).flatten()
}

/// Adds goods a later sentence lists to a transfer told before, with that sentence as
/// evidence.
fn add_listed_goods(target: &mut Transfer, found: Vec<Item>, e: Evidence) {
    let mut added = false;
    for it in found {
        // ("China donated rifles … The donation comprised rifles, ammunition and scopes": goods
        // named again are not new goods)
        if !target
            .items
            .iter()
            .any(|i| i.span == it.span || i.normalised == it.normalised)
        {
            target.items.push(it);
            added = true;
        }
    }
    if added && !target.evidence.iter().any(|o| o.start == e.start) {
        target.evidence.push(e);
    }
}

/// "took delivery of aircraft from Russia as well as drones from Turkey": goods after a first
/// giver that carry a "from" of their own come from that second giver. The transfers this
/// sentence told with the first giver lose those goods to a transfer of the second.
pub(super) fn second_givers(cx: &mut Ctx, si: usize, toks: &[Tok], pms: &[Pm], in_attr: &[bool]) {
    let start = cx.doc.sentences[si].span.start;
    let froms: Vec<(usize, &Pm)> = (0..toks.len())
        .filter(|&k| toks[k].lower == "from" && !in_attr[k])
        .filter_map(|k| party_at(toks, pms, in_attr, k + 1).map(|p| (k, p)))
        .collect();
    for pair in froms.windows(2) {
        let ((_, first), (k2, second)) = (pair[0], pair[1]);
        if first.canonical == second.canonical || second.canonical.is_empty() {
            continue;
        }
        // the goods of the second giver open with a coordinator right after the first
        // giver, or after an apposition about it ("from Russia, now its main ally, as well as")
        let mut s = first.te;
        if s < k2 && toks[s].lower == "," {
            if let Some(c) = (s + 1..k2).find(|&c| toks[c].lower == ",") {
                s = c;
            }
        }
        while s < k2 && matches!(toks[s].lower.as_str(), "," | "and" | "plus") {
            s += 1;
        }
        if s + 2 < k2
            && toks[s].lower == "as"
            && toks[s + 1].lower == "well"
            && toks[s + 2].lower == "as"
        {
            s += 3;
        }
        if s == first.te || s >= k2 {
            continue;
        }
        let (ss, se) = (
            cx.doc.sentences[si]
                .original_span(toks[s].s, toks[s].e)
                .start,
            cx.doc.sentences[si]
                .original_span(toks[k2].s, toks[k2].e)
                .start,
        );
        let told_here = |x: &Transfer| {
            x.evidence.iter().any(|e| e.start == start)
                && x.giver.as_ref().is_some_and(|g| g.name == first.canonical)
        };
        let Some(ti) = cx.transfers.iter().position(told_here) else {
            continue;
        };
        let within = |i: &Item| i.span.is_some_and(|sp| sp.start >= ss && sp.start < se);
        let mut moved: Vec<Item> = cx.transfers[ti]
            .items
            .iter()
            .filter(|i| within(i))
            .cloned()
            .collect();
        if moved.is_empty() {
            let party_tok = vec![false; toks.len()];
            moved = parse_items(cx, si, toks, in_attr, &party_tok, s, k2, true);
        }
        if moved.is_empty() {
            continue;
        }
        // "$406 million in weapons from Russia, $267 million from China": a sum alone is the
        // value of the same goods from the next giver
        if moved.iter().all(|i| i.category == Category::Cash) {
            let goods: Vec<Item> = cx.transfers[ti]
                .items
                .iter()
                .filter(|i| i.category != Category::Cash && !within(i))
                .cloned()
                .collect();
            if !goods.is_empty() {
                moved = goods;
            }
        }
        let mut second_tr = cx.transfers[ti].clone();
        cx.transfers[ti].items.retain(|i| !within(i));
        second_tr.items = moved;
        second_tr.giver = Some(stated_party(&cx.doc.sentences[si], toks, second));
        second_tr.giver_note = None;
        if cx.transfers[ti].items.is_empty() {
            cx.transfers[ti] = second_tr;
        } else {
            cx.transfers.push(second_tr);
        }
    }
}

/// "Russia sent tanks to Syria and Iran drones to Yemen's Houthis": a second clause that leaves
/// out the verb of the first (gapping) tells a transfer of its own, from the party after "and"
/// to the one after its "to"; that party is no second recipient of the first clause.
pub(super) fn gapped_transfers(
    cx: &mut Ctx,
    si: usize,
    toks: &[Tok],
    pms: &[Pm],
    in_attr: &[bool],
) {
    let start = cx.doc.sentences[si].span.start;
    let n = toks.len();
    for a in 2..n {
        if toks[a].lower != "and" || in_attr[a] {
            continue;
        }
        // (the first clause ends with its recipient: "to Syria and")
        let Some(first_to) = pms
            .iter()
            .find(|p| p.te == a && p.ts >= 1 && p.actor(in_attr))
            .and_then(|p| {
                let k = if p.ts >= 2 && toks[p.ts - 1].lower == "the" {
                    p.ts - 1
                } else {
                    p.ts
                };
                (k >= 1 && toks[k - 1].lower == "to").then_some(k - 1)
            })
        else {
            continue;
        };
        let Some(second_giver) = party_at(toks, pms, in_attr, a + 1) else {
            continue;
        };
        // (then goods in plain words and "to": "Iran drones to")
        let ge = second_giver.te;
        let Some(to) = (ge + 1..(ge + 6).min(n)).find(|&k| toks[k].lower == "to") else {
            continue;
        };
        let plain = toks[ge..to].iter().all(|x| {
            x.word && !x.cap && !cx.res.sets.stops.contains(&x.lower)
                || x.lower.chars().all(|c| c.is_ascii_digit() || c == ',')
        });
        let goods = toks[ge..to]
            .iter()
            .any(|x| x.word && !cx.res.tax.hits(&x.lower).is_empty());
        if !plain || !goods {
            continue;
        }
        let Some(second_recipient) = party_at(toks, pms, in_attr, to + 1).or_else(|| {
            (to + 2 < n && toks[to + 1].lower == "the")
                .then(|| party_at(toks, pms, in_attr, to + 2))
                .flatten()
        }) else {
            continue;
        };
        // (a first transfer with a verb of giving, told in this sentence before "and")
        let first_end = cx.doc.sentences[si]
            .original_span(toks[first_to].s, toks[first_to].e)
            .start;
        let told_here = |x: &Transfer| {
            x.evidence.iter().any(|e| e.start == start)
                && x.giver.is_some()
                && x.items
                    .iter()
                    .all(|i| i.span.is_some_and(|sp| sp.start < first_end))
        };
        let Some(first) = cx.transfers.iter().position(told_here) else {
            continue;
        };
        let party_tok = vec![false; n];
        let items = parse_items(cx, si, toks, in_attr, &party_tok, ge, to, true);
        if items.is_empty() {
            continue;
        }
        let mut second = cx.transfers[first].clone();
        second.giver = Some(stated_party(&cx.doc.sentences[si], toks, second_giver));
        second.giver_note = None;
        second.recipient = Some(stated_party(&cx.doc.sentences[si], toks, second_recipient));
        second.items = items;
        // (the second giver was read as a second recipient of the first clause)
        cx.transfers.retain(|x| {
            !(x.evidence.iter().any(|e| e.start == start)
                && x.recipient
                    .as_ref()
                    .is_some_and(|r| r.name == second_giver.canonical))
        });
        cx.transfers.push(second);
    }
}

/// A party as the sentence states it: its canonical name, the words used and where they lie.
fn stated_party(sent: &Sentence, toks: &[Tok], p: &Pm) -> PartyRef {
    PartyRef {
        name: p.canonical.clone(),
        mention: tok_text(sent, toks, p.ts, p.te).to_string(),
        kind: p.kind,
        inferred: false,
        inference: None,
        span: Some(sent.original_span(toks[p.ts].s, toks[p.te - 1].e)),
    }
}

/// Whether the taxonomy knows goods among the words of tokens `[a, b)` ("the cash", "weapons
/// and related material").
fn taxonomy_knows(cx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    let words = toks[a..b]
        .iter()
        .map(|x| x.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    !cx.res.tax.hits(&words).is_empty()
}

/// Whether a word is a trigger of the lexicon with direction `dir` ("provided": "give",
/// "imports": "receive").
fn trigger_is(cx: &Ctx, w: &str, dir: &str) -> bool {
    cx.res
        .data
        .lexicon
        .triggers
        .get(w)
        .is_some_and(|x| x.dir == dir)
}
