//! Item phrases: quantities, units, values in dollars and the taxonomy class of each item.
use super::*;

/// Parses the item phrases in tokens `[a, b)`.
#[allow(clippy::too_many_arguments)]
pub(super) fn parse_items(
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
    // an item range that starts inside a quotation ("… "covertly funneled millions of dollars"
    // on …"): the next quote mark closes it
    let mut quote = toks[..a.min(toks.len())]
        .iter()
        .filter(|t| t.lower == "\"")
        .count()
        % 2
        == 1;
    let mut money: Option<f64> = None;
    // "bought or stole at least 40 pistols": a second verb joined to the trigger opens the
    // range; the goods follow it (a word before a determiner or a count is a verb, not goods,
    // even one that can name a thing: a "stole" is a scarf)
    let verb = if a < b && matches!(toks[a].lower.as_str(), "or" | "and") {
        a + 1
    } else if a > 0 && matches!(toks[a - 1].lower.as_str(), "or" | "and") {
        a
    } else {
        b
    };
    if verb + 1 < b
        && toks[verb].word
        && !toks[verb].cap
        && cx.res.tax.classify(&toks[verb].lower).is_none()
        && !sets.stops.contains(&toks[verb].lower)
        && (DETERMINERS.contains(&toks[verb + 1].lower.as_str())
            || APPROX.contains(&toks[verb + 1].lower.as_str())
            || toks[verb + 1].lower == "at"
            || NUMBER_WORDS.contains(&toks[verb + 1].lower.as_str())
            || toks[verb + 1]
                .lower
                .starts_with(|c: char| c.is_ascii_digit()))
    {
        a = verb + 1;
        end = a;
    }
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
            // "not only shells but also missiles": a list, no negation
            if l == "not" && end + 1 < b && toks[end + 1].lower == "only" {
                end += 2;
                continue;
            }
            if l == "but" && end + 1 < b && toks[end + 1].lower == "also" {
                end += 2;
                continue;
            }
            // "two helicopters along with surveillance radars": the list goes on
            if matches!(l, "along" | "together") && end + 1 < b && toks[end + 1].lower == "with" {
                end += 2;
                continue;
            }
            // "electronics such as drones and sights": the list goes on past "as"
            if l == "such" && end + 1 < b && toks[end + 1].lower == "as" {
                end += 2;
                continue;
            }
            if l == "from" && give {
                end += 1;
                continue;
            }
            // "ten times as many machines", "twice as much fuel": a comparison, no preposition
            if l == "as"
                && end > a
                && end + 1 < b
                && matches!(toks[end + 1].lower.as_str(), "many" | "much")
                && matches!(
                    toks[end - 1].lower.as_str(),
                    "times" | "twice" | "thrice" | "half"
                )
            {
                end += 2;
                continue;
            }
            // "containers carrying shells", "trucks loaded with ammunition": what a load or
            // vehicle holds goes on the goods phrase
            if end > a
                && (sets.container.contains(&toks[end - 1].lower)
                    || sets.caches.contains(&toks[end - 1].lower)
                    || sets.vehicle.contains(&toks[end - 1].lower)
                    || sets.units.contains(&toks[end - 1].lower))
            {
                if let Some(n) = sets.holding.iter().map(Vec::len).find(|&n| {
                    end + n < b
                        && sets.holding.iter().any(|w| {
                            w.len() == n
                                && w.iter().enumerate().all(|(i, x)| toks[end + i].lower == *x)
                        })
                }) {
                    end += n;
                    continue;
                }
            }
            // "500,000 barrels per day of crude": a rate inside the amount
            if l == "per"
                && end + 1 < b
                && matches!(
                    toks[end + 1].lower.as_str(),
                    "day" | "week" | "month" | "year" | "annum"
                )
            {
                end += 2;
                continue;
            }
            // "close to $30mn worth of", "up to 500 rifles": an approximation, not a recipient
            if matches!(l, "close" | "up") && end + 1 < b && toks[end + 1].lower == "to" {
                end += 2;
                continue;
            }
            // "$14.7 million in radar equipment": the value, then the goods (but "$5 million
            // in cash" is cash, and "$5 million in February" a date)
            if l == "in"
                && end > a
                && end + 1 < b
                && toks[end + 1].word
                && !toks[end + 1].cap
                && !sets.stops.contains(&toks[end + 1].lower)
                && toks[end + 1].lower != "cash"
                && (a..end).all(|k| {
                    let w = toks[k].lower.as_str();
                    w == "$"
                        || w.ends_with('$')
                        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
                        || matches!(w, "million" | "billion" | "mln" | "bn" | "m" | "thousand")
                        || APPROX.contains(&w)
                        || matches!(w, "at" | "least" | "than" | "some")
                })
            {
                if let Some(v) = money_before(toks, a, end) {
                    money = Some(v);
                    end += 1;
                    a = end;
                    continue;
                }
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
                    .trim_start_matches(['$', '€', '£'])
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
            // ("about $100 million": a currency sign may come before the number)
            let currency = |w: &str| matches!(w, "$" | "€" | "£") || w.ends_with('$');
            if approx_word(l) {
                if let Some(j) = (end + 1..b.min(end + 4))
                    .take_while(|&k| {
                        numeric(k) || approx_word(&toks[k].lower) || currency(&toks[k].lower)
                    })
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
            // "its last MiG-29 fighters", "the last howitzers": "last" after a determiner is
            // an ordinal of the goods, not a time ("last week")
            if l == "last" && end > a && ordinal_last(toks, end, b) {
                end += 1;
                continue;
            }
            // "gave Putin his potatoes": a possessive opening the goods is their determiner
            // ("gave his co-conspirators the specifications": a second noun phrase after it
            // makes the first the recipient)
            if end == a
                && matches!(l, "his" | "their" | "its" | "her")
                && !(end + 2..b.min(end + 6))
                    .any(|k| matches!(toks[k].lower.as_str(), "the" | "a" | "an"))
                && end + 1 < b
                && toks[end + 1].word
                && !toks[end + 1].cap
                && (!sets.stops.contains(&toks[end + 1].lower) || ordinal_last(toks, end + 1, b))
            {
                end += 1;
                continue;
            }
            // "Kalashnikov rifles with folding stocks, belt-fed machine guns": a short "with"
            // phrase describes the goods before it and the list goes on
            if l == "with" && end > a && toks[end - 1].word {
                let words = (end + 1..b.min(end + 4))
                    .take_while(|&k| {
                        toks[k].word && !toks[k].cap && !sets.stops.contains(&toks[k].lower)
                    })
                    .count();
                let next = end + 1 + words;
                if words > 0 && (next >= b || matches!(toks[next].lower.as_str(), "," | "and")) {
                    end = next;
                    continue;
                }
            }
            // "Su-30 jets, supplies for MiG-29 aircraft, and missile launchers": a short "for"
            // phrase inside a list says what the goods serve, and the list goes on past the
            // comma (not "parts for Myanmar,": a state or person there is whom they are for)
            if l == "for" && end > a && toks[end - 1].word {
                let words = (end + 1..b.min(end + 5))
                    .take_while(|&k| {
                        toks[k].word && !party_tok[k] && !sets.stops.contains(&toks[k].lower)
                    })
                    .count();
                let next = end + 1 + words;
                if words > 0
                    && next + 1 < b
                    && toks[next].lower == ","
                    && (a..end).any(|x| toks[x].lower == ",")
                {
                    end = next;
                    continue;
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
                    // "potatoes from his garden": the goods end before the preposition
                    if end > a + 1 && toks[end - 1].lower == "from" {
                        end -= 1;
                    }
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
            // "gave Kim a carbine, and Kim handed Lukashenko two vases": a new clause with its
            // own subject and transfer verb ends the goods
            if matches!(l, "and" | ",") && end + 1 < b && party_tok[end + 1] {
                let mut k = end + 1;
                while k < b && party_tok[k] {
                    k += 1;
                }
                if k < b && cx.res.data.lexicon.triggers.contains_key(&toks[k].lower) {
                    break;
                }
            }
            // "… weaponry and, sources say, gets oil": a parenthetical source or a second verb
            // ends the goods
            if l == "," && end + 2 < b && sets.speech.contains(&toks[end + 2].lower) {
                break;
            }
            if end > a
                && matches!(toks[end - 1].lower.as_str(), "and" | ",")
                && cx
                    .res
                    .data
                    .lexicon
                    .triggers
                    .get(l)
                    .is_some_and(|tr| tr.dir != "noun")
                && !l.ends_with("ed")
                && !l.ends_with("ies")
            {
                break;
            }
            // "sent large sums of cash back to Pyongyang": a particle of direction ends the goods
            if end > a && matches!(l, "back" | "abroad" | "overseas") {
                break;
            }
            // "a loading vehicle belonging to the battery": a present participle after a noun
            // of goods, before a preposition, starts a description ("winter clothing to" is
            // no such thing: "winter" names no goods)
            if end > a
                && toks[end].word
                && l.ends_with("ing")
                && end + 1 < b
                && matches!(toks[end + 1].lower.as_str(), "by" | "with" | "to")
                && goods_noun(cx.res, l).is_none()
                && cx.res.tax.classify(l).is_none()
                && (goods_noun(cx.res, &toks[end - 1].lower).is_some()
                    || cx.res.tax.classify(tok_text(sent, toks, a, end)).is_some())
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
    // "sent Moscow "some 11,000 troops, missiles and ammunition"": a quotation that is the
    // whole goods phrase is a list like any other (a quoted name inside one stays whole)
    let close = (a + 1..end).find(|&x| matches!(toks[x].lower.as_str(), "”" | "»" | "\""));
    let quoted_list = end > a + 2
        && matches!(toks[a].lower.as_str(), "“" | "«" | "\"")
        && (a + 1..close.unwrap_or(end)).any(|x| matches!(toks[x].lower.as_str(), "," | "and"))
        && close
            .is_none_or(|c| c + 1 == end || matches!(toks[c + 1].lower.as_str(), "," | "." | ";"));
    // (the goods end with the quotation: "…", the ministry said)
    let end = match close {
        Some(c) if quoted_list => c + 1,
        _ => end,
    };
    while k < end {
        let l = toks[k].lower.as_str();
        if quoted_list {
            // no quotation to protect
        } else if matches!(l, "“" | "«") || l == "\"" && !quote {
            quote = true;
        } else if matches!(l, "”" | "»") || l == "\"" && quote {
            quote = false;
        }
        let conj3 =
            l == "as" && k + 2 < end && toks[k + 1].lower == "well" && toks[k + 2].lower == "as";
        // ("not only shells but also missiles": "not only" opens the list, "but also" joins)
        if !quote && k == s && l == "not" && k + 1 < end && toks[k + 1].lower == "only" {
            k += 2;
            s = k;
            continue;
        }

        let two = (l == "along" || l == "together") && k + 1 < end && toks[k + 1].lower == "with"
            || l == "such" && k + 1 < end && toks[k + 1].lower == "as";
        let two = two || l == "among" && k + 1 < end && toks[k + 1].lower == "them";
        let two = two || l == "but" && k + 1 < end && toks[k + 1].lower == "also";
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
        // skip determiners and quotes, and a month that dates the goods ("last March three
        // Mi-8 helicopters arrived")
        let seg_start_orig = ss;
        while ss < se
            && (DETERMINERS.contains(&toks[ss].lower.as_str())
                && !(toks[ss].lower == "a" || toks[ss].lower == "an")
                || !toks[ss].word && !toks[ss].lower.chars().all(|c| c.is_ascii_digit())
                || ss + 1 < se && toks[ss].cap && MONTHS.contains(&toks[ss].lower.as_str()))
        {
            ss += 1;
        }
        if ss >= se {
            continue;
        }
        // "machine tools, microelectronics and other technology": an umbrella after "other" is
        // the category the list belongs to, no goods of its own ("and other weapons" stays:
        // weapons are goods of a kind the rules read)
        if !items.is_empty()
            && (seg_start_orig..=ss).any(|k| toks[k].lower == "other")
            && is_umbrella(sets, &toks[se - 1].lower)
        {
            continue;
        }
        // "a first consignment of 40 armoured vehicles": the goods and their count follow "of"
        {
            let mut c = ss + usize::from(matches!(toks[ss].lower.as_str(), "a" | "an"));
            while c < se && sets.container_mod.contains(&toks[c].lower) {
                c += 1;
            }
            if c + 2 < se && sets.container.contains(&toks[c].lower) && toks[c + 1].lower == "of" {
                ss = c + 2;
                while ss < se && DETERMINERS.contains(&toks[ss].lower.as_str()) {
                    ss += 1;
                }
            }
        }
        // "ten times as many machines": the comparison is no count of the goods
        {
            let mut c = ss;
            if c + 1 < se
                && (toks[c].lower.chars().all(|x| x.is_ascii_digit())
                    || NUMBER_WORDS.contains(&toks[c].lower.as_str()))
                && toks[c + 1].lower == "times"
            {
                c += 2;
            } else if c < se && matches!(toks[c].lower.as_str(), "twice" | "thrice" | "half") {
                c += 1;
            }
            if c > ss
                && c + 2 < se
                && toks[c].lower == "as"
                && matches!(toks[c + 1].lower.as_str(), "many" | "much")
            {
                ss = c + 2;
            }
        }
        // "6,700 containers carrying three million shells", "trucks loaded with ammunition":
        // the goods are what the load or vehicle holds, and so is their count
        {
            let mut c = ss;
            while c < se
                && (DETERMINERS.contains(&toks[c].lower.as_str())
                    || !toks[c].word
                    || toks[c]
                        .lower
                        .chars()
                        .next()
                        .is_some_and(|x| x.is_ascii_digit())
                    || NUMBER_WORDS.contains(&toks[c].lower.as_str())
                    || APPROX.contains(&toks[c].lower.as_str())
                    || sets.container_mod.contains(&toks[c].lower))
            {
                c += 1;
            }
            let holder = c < se
                && (sets.container.contains(&toks[c].lower)
                    || sets.caches.contains(&toks[c].lower)
                    || sets.vehicle.contains(&toks[c].lower)
                    || sets.units.contains(&toks[c].lower));
            if holder {
                let held = sets.holding.iter().find_map(|words| {
                    let n = words.len();
                    (c + 1 + n < se
                        && words
                            .iter()
                            .enumerate()
                            .all(|(i, w)| toks[c + 1 + i].lower == *w))
                    .then_some(c + 1 + n)
                });
                if let Some(h) = held {
                    ss = h;
                    while ss < se && DETERMINERS.contains(&toks[ss].lower.as_str()) {
                        ss += 1;
                    }
                }
            }
        }
        if ss >= se {
            continue;
        }
        // "dispatched weapons experts to Russia": people sent are no goods
        if (ss..se)
            .rev()
            .find(|&x| toks[x].word)
            .is_some_and(|x| sets.personnel.contains(&toks[x].lower))
        {
            continue;
        }
        let (q, qend) = quantity(cx, toks, sent, ss, se);
        let body_s = qend;
        // "$700 million a year": a rate after an amount adds no goods
        let rate_only = body_s < se
            && (body_s..se).all(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "a" | "an"
                        | "per"
                        | "each"
                        | "every"
                        | "day"
                        | "week"
                        | "month"
                        | "year"
                        | "annually"
                        | "yearly"
                        | "monthly"
                )
            });
        if body_s >= se || rate_only {
            // "Iran transferred $5 million to Hezbollah": an amount of money alone is cash
            let currency = (seg_start_orig..qend.min(se)).any(|k| {
                let l = toks[k].lower.as_str();
                l == "$" || l.ends_with('$') || l == "€" || l == "£"
            });
            if let (true, Some(q)) = (currency, q) {
                if let Some(h) = cx.res.tax.hits("cash").first() {
                    let start = toks[seg_start_orig].s;
                    let text = sent.text[start..toks[se - 1].e].to_string();
                    let dollars = (seg_start_orig..qend.min(se))
                        .any(|k| toks[k].lower == "$" || toks[k].lower.ends_with('$'));
                    items.push(Item {
                        span: Some(sent.original_span(start, toks[se - 1].e)),
                        text,
                        normalised: "cash".into(),
                        quantity: Some(q.value),
                        value_usd: dollars.then_some(q.value),
                        quantity_detail: Some(q),
                        category: embargo_model::Category::Cash,
                        class: cx.res.tax.class_of(h),
                        assessments: Vec::new(),
                    });
                }
            }
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
        // "Iran sent 2 million barrels to Syria": a counted unit of barrels alone is oil
        let barrels_only = q.is_some()
            && (body_s..se)
                .filter(|&x| toks[x].word)
                .all(|x| matches!(toks[x].lower.as_str(), "barrel" | "barrels" | "bbl"));
        let seg_text = if barrels_only {
            "oil"
        } else {
            &sent.text[toks[body_s].s..toks[se - 1].e]
        };
        let hits = cx.res.tax.hits(seg_text);
        let words: Vec<&str> = (body_s..se)
            .filter(|&x| toks[x].word)
            .map(|x| toks[x].lower.as_str())
            .collect();
        if words.is_empty() {
            continue;
        }
        // "a stuffed lion – the king of beasts and one of the most powerful animals": a
        // superlative "one of" describes the goods before it
        if (seg_start_orig..se).any(|x| toks[x].lower == "one")
            && (seg_start_orig..se).any(|x| toks[x].lower == "of")
            && (seg_start_orig..se).any(|x| {
                matches!(
                    toks[x].lower.as_str(),
                    "most" | "best" | "largest" | "biggest"
                )
            })
        {
            continue;
        }
        // "the missile's exact model name": goods named only as the owner of a vague head
        if (body_s..se).any(|x| toks[x].lower == "'s")
            && words.last().is_some_and(|w| sets.vague.contains(*w))
        {
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
                if q.is_none()
                    && se < end
                    && words.len() <= 3
                    && !sets.vague.contains(last)
                    && items.is_empty()
                    && prev_head.is_none()
                    // a noun of goods is no adjective: "tiles, valves and thermometers"
                    && goods_noun(cx.res, last).is_none()
                {
                    // adjectives before a comma: "modern, light armor"
                    pending = Some(seg_start_orig);
                    continue;
                }
                // (not after a unit: "269 cartons of baby formula and 500 tents" are two)
                if q.is_some()
                    && se < end
                    && !(ss..se).any(|x| toks[x].lower == "of")
                    && (1..=2).contains(&words.len())
                    && matches!(toks[se].lower.as_str(), "and" | "or")
                    && words.iter().all(|w| !sets.vague.contains(*w))
                {
                    // a count on coordinated adjectives: "549 armoured and non-armoured
                    // vehicles" is one item
                    pending = Some(seg_start_orig);
                    continue;
                }
                // ("food, raw materials and parts": in a list of goods, parts are goods)
                let listed_parts = last == "parts" && (and_before || !items.is_empty());
                // "shipped hundreds of containers to Russia": a counted receptacle whose
                // contents go unnamed is the load itself (uncounted it stays no goods)
                let counted_load = q.is_some()
                    && words.len() == 1
                    && sets.counted_loads.contains(last)
                    && !(se < b && toks[se].lower == "of");
                let vague = words
                    .iter()
                    .all(|w| sets.vague.contains(*w) || DETERMINERS.contains(w))
                    || sets.vague.contains(last)
                    || sets.vague.contains(words[0]);
                // "Chinese parts were shipped to Iran": parts of a named origin or make are
                // goods ("parts of the country" stay none)
                let named_parts = matches!(last, "part" | "parts")
                    && words.len() >= 2
                    && se >= ss + 2
                    && toks[se - 2].cap
                    && toks[se - 2].word;
                if vague && !listed_parts && !counted_load && !named_parts
                    // "…, folded and crated": participles describe, they are no goods
                    || words.iter().all(|w| w.ends_with("ed"))
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
                } else if counted_load {
                    let mut c = Taxonomy::other(seg_text);
                    c.reason = format!(
                        "no contents named for \"{}\": the counted load is the goods → other",
                        seg_text.trim()
                    );
                    (c, toks[se - 1].e, last.to_string())
                } else if named_parts {
                    let mut c = Taxonomy::other(seg_text);
                    c.reason = format!(
                        "no taxonomy term in \"{}\": parts of a named origin or make → other",
                        seg_text.trim()
                    );
                    (c, toks[se - 1].e, last.to_string())
                } else if let Some((lemma, class)) = goods_noun(cx.res, last)
                    .or_else(|| {
                        // "a fossil handicraft piece", "a lacquer tea set": a unit after the
                        // noun of the thing counts that thing
                        (se >= ss + 2
                            && cx.res.sets.units.contains(&last.to_lowercase())
                            && toks[se - 2].word)
                            .then(|| goods_noun(cx.res, &toks[se - 2].lower))
                            .flatten()
                    })
                    .filter(|_| words.len() <= 6 && toks[se - 1].word)
                {
                    // no taxonomy term, but the head names a physical thing: "valves and
                    // thermometers were sent" (an open vocabulary of goods)
                    let mut c = Taxonomy::other(seg_text);
                    c.reason = format!(
                        "no taxonomy term in \"{}\"; its head \"{lemma}\" names a physical thing \
                         (WordNet: {class}) → other",
                        seg_text.trim()
                    );
                    (c, toks[se - 1].e, last.to_string())
                } else {
                    // no taxonomy term: keep only a named product ("a pair of white Pungsans"),
                    // or a counted make and its model number ("four Cessna 208")
                    let make_number = q.is_some()
                        && se >= body_s + 2
                        && toks[se - 2].word
                        && toks[se - 2].cap
                        && {
                            let d = toks[se - 1]
                                .lower
                                .trim_end_matches(|c: char| c.is_ascii_alphabetic());
                            (2..=4).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())
                        };
                    if !make_number
                        && (words.len() > 6
                            || !toks[se - 1].word
                            || !toks[se - 1].cap
                            || cx.res.sets.cap_stop.contains(last)
                            // ("Russia's Ambassador": a title names a person, not a product)
                            || cx.res.sets.titles.contains(&last.to_lowercase())
                            // "bottles of French [and Italian wine]": an adjective of origin
                            // alone
                            || state_by_word(cx.res, last).is_some())
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
        // "a car (Aurus)": keep the closing parenthesis the trim took
        if item_text.matches('(').count() > item_text.matches(')').count()
            && sent.text[item_start + item_text.len()..].starts_with(')')
        {
            item_text.push(')');
        }
        let body_text = sent.text[toks[body_s].s..text_end.max(toks[body_s].s)]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        let mut normalised = body_text
            .to_lowercase()
            .replace(['“', '”', '"', '‘', '’'], "");
        normalised = normalised.split_whitespace().collect::<Vec<_>>().join(" ");
        if barrels_only {
            // (the unit is the quantity's; the goods are the oil it measures)
            normalised = head.to_lowercase();
        } else if !normalised.contains(head.to_lowercase().as_str()) {
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
            class: if barrels_only {
                embargo_model::ItemClass {
                    reason: format!("a count of barrels measures oil; {}", class.reason),
                    ..class
                }
            } else {
                class
            },
            value_usd: value,
            span: Some(span),
            assessments: Vec::new(),
        });
    }
    // "weapons systems, among them ballistic missiles and drones": the list names the goods;
    // an umbrella word before it is no item of its own
    let list_at = (a..end).find(|&k| {
        matches!(toks[k].lower.as_str(), "including" | "among")
            || toks[k].lower == "such" && toks.get(k + 1).is_some_and(|x| x.lower == "as")
    });
    if let Some(k) = list_at {
        let list_start = sent.original_span(toks[k].s, toks[k].e).start;
        let listed = items
            .iter()
            .any(|i| i.span.is_some_and(|sp| sp.start > list_start));
        if listed {
            items.retain(|i| {
                let head = i.normalised.rsplit(' ').next().unwrap_or("");
                i.span.is_some_and(|sp| sp.start > list_start)
                    || !is_umbrella(sets, head) && !is_classless(i)
            });
        }
    }
    // "rifles and pistols, among other equipment": the closing umbrella says only that the
    // list is not complete
    if items.len() > 1 {
        items.retain(|i| {
            let head = i.normalised.rsplit(' ').next().unwrap_or("");
            !(i.text.to_lowercase().starts_with("among other") && is_umbrella(sets, head))
        });
    }
    items
}

/// Whether "last" at `k` is an ordinal after a determiner ("its last fighters", "the last
/// batch") rather than a time ("last week", "delivered drones last March").
pub(super) fn ordinal_last(toks: &[Tok], k: usize, b: usize) -> bool {
    k > 0
        && toks[k].lower == "last"
        && DETERMINERS.contains(&toks[k - 1].lower.as_str())
        && k + 1 < b
        && toks[k + 1].word
        && !matches!(
            toks[k + 1].lower.as_str(),
            "week"
                | "weekend"
                | "month"
                | "year"
                | "night"
                | "day"
                | "summer"
                | "winter"
                | "spring"
                | "autumn"
                | "fall"
                | "time"
                | "minute"
                | "moment"
        )
        && !MONTHS.contains(&toks[k + 1].lower.as_str())
        && !DAYS.contains(&toks[k + 1].lower.as_str())
}

/// Whether an item names goods of no kind ("luxury goods", "products"): before a list of what
/// they were ("purchases of luxury goods, including yachts") it is an umbrella, no item.
pub(super) fn is_classless(item: &Item) -> bool {
    item.category == embargo_model::Category::Other && is_unspecified(item)
}

/// Whether the taxonomy marked an item as goods named only as a class, of any category
/// ("banned goods", "dual-use items").
pub(super) fn is_unspecified(item: &Item) -> bool {
    item.class.tags.iter().any(|t| t == "unspecified")
}

/// The goods-list lemma and WordNet class of a head noun ("valves" → "valve", artifact), unless
/// the noun is vague ("items") or, in transfer news, a figure of speech ("a platform").
pub(super) fn goods_noun<'r>(res: &'r Res, word: &str) -> Option<(String, &'r str)> {
    let sets = res.sets;
    let goods = &res.data.goods_nouns;
    let w = word.to_lowercase();
    let mut forms = vec![w.clone()];
    // "o-rings", "t-shirts": a hyphened compound names the thing its last part names
    if let Some((_, tail)) = w
        .rsplit_once('-')
        .filter(|(h, t)| h.len() == 1 && t.len() > 2)
    {
        forms.push(tail.to_string());
    }
    for w in forms.clone() {
        if let Some(stem) = w.strip_suffix("ies") {
            forms.push(format!("{stem}y"));
        }
        if let Some(stem) = w.strip_suffix("es") {
            forms.push(stem.to_string());
        }
        if let Some(stem) = w.strip_suffix('s').filter(|s| !s.ends_with('s')) {
            forms.push(stem.to_string());
        }
    }
    // a unit or load ("barrels", "containers", "the cargo"), an umbrella ("the system") or a
    // state ("Turkey", "China": checked last, it scans the states) is no goods of its own
    let found = forms.into_iter().find_map(|f| {
        if sets.not_goods.contains(&f)
            || sets.vague.contains(&f)
            || sets.units.contains(&f)
            || sets.container.contains(&f)
            || sets.caches.contains(&f)
            || is_umbrella(sets, &f)
        {
            return None;
        }
        goods.get(&f).map(|c| (f, c.as_str()))
    })?;
    state_by_word(res, &w).is_none().then_some(found)
}

/// Whether a head word is an umbrella for goods ("equipment", "systems") that a list names.
pub(super) fn is_umbrella(sets: &Sets, head: &str) -> bool {
    sets.umbrella.contains(head)
        || head
            .strip_suffix('s')
            .is_some_and(|h| sets.umbrella.contains(h))
}

pub(super) fn singular_tail(norm: &str, head: &str) -> Option<String> {
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
pub(super) fn quantity(
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
    // "about $100 million": the currency sign after the approximation
    while k < e
        && (matches!(toks[k].lower.as_str(), "$" | "€" | "£") || toks[k].lower.ends_with('$'))
    {
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
            } else if !mult && acc >= 20.0 && v < 10.0 && !matches!(l, "a" | "an") {
                // "twenty five" (but "$40 million a year" is no 40,000,001)
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
    // "a pair of Pungsan dogs" is two dogs
    let (v, unit) = match unit.as_deref() {
        Some("pair" | "pairs") => (v * 2.0, None),
        _ => (v, unit),
    };
    let q = Quantity {
        value: v,
        unit,
        approximate: approx,
        text: qtext,
    };
    (Some(q), k.min(e))
}

pub(super) fn sets_has(cx: &Ctx, w: &str) -> bool {
    !w.is_empty() && cx.res.sets.units.contains(w)
}

/// The first token at or after `k` past a sum of money ("$807 million", "about 2 billion
/// euros", "more than £40m"); `k` itself when no figure is there.
pub(super) fn past_sum(toks: &[Tok], k: usize, ce: usize) -> usize {
    let mut j = k;
    let mut figure = false;
    while j < ce.min(toks.len()) {
        let l = toks[j].lower.as_str();
        if l.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            figure = true;
        } else if !(matches!(
            l,
            "$" | "us$"
                | "€"
                | "£"
                | "about"
                | "around"
                | "roughly"
                | "some"
                | "nearly"
                | "almost"
                | "over"
                | "more"
                | "than"
                | "at"
                | "least"
                | "million"
                | "billion"
                | "bn"
                | "mln"
                | "m"
                | "thousand"
                | "dollars"
                | "euros"
                | "pounds"
                | "rubles"
                | "yuan"
        ) || l.ends_with('$'))
        {
            break;
        }
        j += 1;
    }
    if figure {
        j
    } else {
        k
    }
}

/// A dollar amount in `[a, b)`: "$1,200", "US$247 million", "247 million dollars".
pub(super) fn money_before(toks: &[Tok], a: usize, b: usize) -> Option<f64> {
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

pub(super) fn value_usd(toks: &[Tok], a: usize, b: usize, sent: &Sentence) -> Option<f64> {
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
