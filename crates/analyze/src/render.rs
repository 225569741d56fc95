//! Renderers of a [`Report`]: terminal text, a self-contained HTML page, and JSON (plain serde).
//!
//! Both say only what the report holds: a provision whose paragraph number was not read in a
//! source is marked `UNVERIFIED` wherever it is cited, and non-factual claims are shown apart.
use embargo_model::{
    Assessment, Attribution, Evidence, Item, NonFactualClaim, Party, PartyRef, Report,
    ScreeningHit, Span, Transfer, Verdict,
};
use std::fmt::Write;

fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Prohibited => "PROHIBITED",
        Verdict::PossiblyProhibited => "POSSIBLY PROHIBITED",
        Verdict::NotCovered => "NOT COVERED",
    }
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Prohibited => "prohibited",
        Verdict::PossiblyProhibited => "possibly",
        Verdict::NotCovered => "notcovered",
    }
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// "Kim Jong Un" or "Kim Jong Un (“his guest”)", with an inferred mark.
fn party_ref(r: Option<&PartyRef>) -> String {
    let Some(r) = r else {
        return "(not named)".to_string();
    };
    let mut s = r.name.clone();
    if !r.mention.is_empty() && r.mention != r.name {
        let _ = write!(s, " (\u{201c}{}\u{201d})", r.mention);
    }
    if r.inferred {
        s.push_str(" [inferred]");
    }
    s
}

fn quantity(i: &Item) -> String {
    match (&i.quantity_detail, i.quantity) {
        (Some(q), _) => {
            let mut s = num(q.value);
            if let Some(u) = &q.unit {
                let _ = write!(s, " {u}");
            }
            if q.approximate {
                s = format!("~{s}");
            }
            s
        }
        (None, Some(v)) => num(v),
        (None, None) => "quantity not stated".to_string(),
    }
}

fn citation(p: &embargo_model::ProvisionRef) -> String {
    if p.verified {
        format!("{} [{}]", p.citation, p.id)
    } else {
        format!("{} [{}] UNVERIFIED", p.citation, p.id)
    }
}

fn attribution(a: &Attribution) -> String {
    let mut s = a.name.clone();
    if let Some(r) = &a.role {
        let _ = write!(s, " ({r})");
    }
    if !a.citing.is_empty() {
        let _ = write!(s, ", citing {}", a.citing.join(", "));
    }
    s
}

fn hit_line(h: &ScreeningHit) -> String {
    let mut s = format!("{} {} \u{201c}{}\u{201d}", h.list, h.list_id, h.listed_name);
    if h.primary_name != h.listed_name {
        let _ = write!(s, " (primary name \u{201c}{}\u{201d})", h.primary_name);
    }
    let _ = write!(
        s,
        "; programs: {}; score {:.2}",
        if h.programs.is_empty() {
            "none given".to_string()
        } else {
            h.programs.join(", ")
        },
        h.score
    );
    s
}

fn text_assessment(out: &mut String, a: &Assessment, indent: &str) {
    let _ = writeln!(out, "{indent}{}: {}", a.regime, verdict_word(a.verdict));
    for p in &a.provisions {
        let _ = writeln!(out, "{indent}  cites {}", citation(p));
    }
    if !a.reason.is_empty() {
        let _ = writeln!(out, "{indent}  why: {}", a.reason);
    }
    if !a.depends_on.is_empty() {
        let _ = writeln!(out, "{indent}  depends on: {}", a.depends_on.join("; "));
    }
}

fn text_transfer(out: &mut String, t: &Transfer, indent: &str) {
    let items: Vec<String> = t
        .items
        .iter()
        .map(|i| format!("{} ({})", i.text, quantity(i)))
        .collect();
    let _ = writeln!(
        out,
        "{indent}[{}] {} \u{2192} {} : {}",
        t.id,
        party_ref(t.giver.as_ref()),
        party_ref(t.recipient.as_ref()),
        items.join(", ")
    );
    let i2 = format!("{indent}    ");
    if !t.kind.is_empty() || !t.trigger.is_empty() {
        let _ = writeln!(
            out,
            "{i2}kind: {}; words: \u{201c}{}\u{201d}; confidence {:.2}",
            t.kind, t.trigger, t.confidence
        );
    }
    for e in &t.evidence {
        let _ = writeln!(
            out,
            "{i2}evidence [{}..{}]: \u{201c}{}\u{201d}",
            e.start,
            e.end,
            one_line(&e.text)
        );
    }
    if let Some(n) = &t.giver_note {
        let _ = writeln!(out, "{i2}giver: {n}");
    }
    for r in [t.giver.as_ref(), t.recipient.as_ref()]
        .into_iter()
        .flatten()
    {
        if let Some(inf) = &r.inference {
            let _ = writeln!(
                out,
                "{i2}{} inferred: {} (from [{}..{}] \u{201c}{}\u{201d})",
                r.name,
                inf.reason,
                inf.evidence.start,
                inf.evidence.end,
                one_line(&inf.evidence.text)
            );
        }
    }
    if !t.attributed_to.is_empty() {
        let a: Vec<String> = t.attributed_to.iter().map(attribution).collect();
        let _ = writeln!(out, "{i2}according to: {}", a.join("; "));
    }
    if let Some(d) = &t.date {
        let _ = writeln!(out, "{i2}date: {d}");
    }
    if let Some(p) = &t.place {
        let _ = writeln!(out, "{i2}place: {p}");
    }
    for i in &t.items {
        let mut line = format!(
            "{i2}item \u{201c}{}\u{201d}: {}, category {}",
            i.text,
            quantity(i),
            i.category.as_str()
        );
        if let Some(v) = i.value_usd {
            let _ = write!(line, ", stated value USD {}", num(v));
        }
        let _ = writeln!(out, "{line}");
        if !i.class.reason.is_empty() {
            let _ = writeln!(out, "{i2}  classified: {}", i.class.reason);
        }
        if i.assessments.is_empty() {
            let _ = writeln!(out, "{i2}  no regime applies");
        }
        for a in &i.assessments {
            text_assessment(out, a, &format!("{i2}  "));
        }
    }
}

/// Collapses runs of white space so a quoted sentence stays on one terminal line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_party(out: &mut String, p: &Party) {
    let _ = write!(out, "  {} ({:?})", p.name, p.kind);
    if !p.roles.is_empty() {
        let _ = write!(out, " \u{2014} {}", p.roles.join(", "));
    }
    if !p.countries.is_empty() {
        let _ = write!(out, "; linked to {}", p.countries.join(", "));
    }
    out.push('\n');
    let others: Vec<&String> = p.mentions.iter().filter(|m| **m != p.name).collect();
    if !others.is_empty() {
        let m: Vec<String> = others
            .iter()
            .map(|m| format!("\u{201c}{m}\u{201d}"))
            .collect();
        let _ = writeln!(out, "      called: {}", m.join(", "));
    }
    if p.screening.is_empty() {
        let _ = writeln!(out, "      no list entry found");
    }
    for h in &p.screening {
        let _ = writeln!(out, "      LISTED? {}", hit_line(h));
        if !h.explanation.is_empty() {
            let _ = writeln!(out, "        {}", h.explanation);
        }
    }
}

/// One line of findings: verdict counts over the factual items and the parties with list entries.
pub fn summary(report: &Report) -> String {
    let (mut p, mut pp, mut nc, mut none) = (0, 0, 0, 0);
    for i in report.transfers.iter().flat_map(|t| t.items.iter()) {
        // an item's finding is its strictest verdict over the regimes that apply
        match i
            .assessments
            .iter()
            .map(|a| a.verdict)
            .max_by_key(|v| match v {
                Verdict::Prohibited => 2,
                Verdict::PossiblyProhibited => 1,
                Verdict::NotCovered => 0,
            }) {
            Some(Verdict::Prohibited) => p += 1,
            Some(Verdict::PossiblyProhibited) => pp += 1,
            Some(Verdict::NotCovered) => nc += 1,
            None => none += 1,
        }
    }
    let listed: Vec<&str> = report
        .parties
        .iter()
        .filter(|x| !x.screening.is_empty())
        .map(|x| x.name.as_str())
        .collect();
    format!(
        "{} transfer(s); items: {p} prohibited, {pp} possibly prohibited, {nc} not covered, {none} with no regime applying; parties with list entries: {}",
        report.transfers.len(),
        if listed.is_empty() { "none".to_string() } else { listed.join(", ") }
    )
}

/// The report as terminal text: transfers with evidence and verdicts, parties with list entries,
/// non-factual claims, reference data.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    let d = &report.document;
    let _ = writeln!(
        out,
        "{}\n  source: {}  ({} chars, id {})",
        d.title.as_deref().unwrap_or("(untitled)"),
        d.source,
        d.chars,
        d.id.get(..12).unwrap_or(&d.id)
    );
    let _ = writeln!(out, "  findings: {}", summary(report));
    let _ = writeln!(out, "\nTRANSFERS ({})", report.transfers.len());
    if report.transfers.is_empty() {
        let _ = writeln!(out, "  none stated as fact");
    }
    for t in &report.transfers {
        text_transfer(&mut out, t, "  ");
        out.push('\n');
    }
    let _ = writeln!(out, "PARTIES ({})", report.parties.len());
    for p in &report.parties {
        text_party(&mut out, p);
    }
    if !report.non_factual.is_empty() {
        let _ = writeln!(
            out,
            "\nNOT FACTS ({}): denials, plans, speculation \u{2014} verdicts say what would apply if it happened",
            report.non_factual.len()
        );
        for c in &report.non_factual {
            let _ = writeln!(out, "  {} (cue \u{201c}{}\u{201d}):", c.modality, c.cue);
            text_transfer(&mut out, &c.transfer, "    ");
        }
    }
    if !report.set_aside.is_empty() {
        let _ = writeln!(
            out,
            "\nSET ASIDE ({}): extracted with confidence below the floor, not assessed (--min-confidence 0 assesses them)",
            report.set_aside.len()
        );
        for t in &report.set_aside {
            text_transfer(&mut out, t, "  ");
        }
    }
    if !report.reference_data.is_empty() {
        let _ = writeln!(out, "\nREFERENCE DATA");
        for r in &report.reference_data {
            let _ = writeln!(out, "  {r}");
        }
    }
    out
}

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The evidence sentence with the parties and items of the transfer marked.
fn html_evidence(e: &Evidence, marks: &[(Span, &'static str)]) -> String {
    // spans are offsets into the original input; keep those inside this sentence, in order, disjoint
    let mut rel: Vec<(usize, usize, &str)> = marks
        .iter()
        .filter(|(s, _)| s.start >= e.start && s.end <= e.end && !s.is_empty())
        .map(|(s, c)| (s.start - e.start, s.end - e.start, *c))
        .filter(|(a, b, _)| e.text.get(*a..*b).is_some())
        .collect();
    rel.sort_by_key(|r| (r.0, std::cmp::Reverse(r.1)));
    let mut out = String::new();
    let mut at = 0;
    for (a, b, class) in rel {
        if a < at {
            continue;
        }
        out.push_str(&escape(e.text.get(at..a).unwrap_or("")));
        let _ = write!(
            out,
            "<mark class=\"{class}\">{}</mark>",
            escape(e.text.get(a..b).unwrap_or(""))
        );
        at = b;
    }
    out.push_str(&escape(e.text.get(at..).unwrap_or("")));
    out
}

const CSS: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\
h1{font-size:1.4em}h2{margin-top:2em;border-bottom:1px solid #ccc}\
.transfer,.party,.claim{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:1em 0}\
blockquote{margin:.5em 0;padding:.4em .8em;background:#fffbe6;border-left:4px solid #e6c200}\
mark{background:#ffe58a;padding:0 .1em}mark.party{background:#cfe8ff}mark.item{background:#ffd6a5}\
.off{color:#777;font-size:.85em}.v{font-weight:bold;padding:0 .3em;border-radius:3px}\
.prohibited{background:#c62828;color:#fff}.possibly{background:#ef8f00;color:#fff}.notcovered{background:#2e7d32;color:#fff}\
.unverified{color:#c62828;font-weight:bold}table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}\
.nf{border-style:dashed;background:#f7f7f7}";

fn html_transfer(out: &mut String, t: &Transfer, class: &str) {
    let _ = write!(
        out,
        "<div class=\"{class}\" id=\"{}\"><h3>{} &rarr; {}</h3>",
        escape(&t.id),
        escape(&party_ref(t.giver.as_ref())),
        escape(&party_ref(t.recipient.as_ref()))
    );
    let mut marks: Vec<(Span, &'static str)> = Vec::new();
    for r in [t.giver.as_ref(), t.recipient.as_ref()]
        .into_iter()
        .flatten()
    {
        if let Some(s) = r.span {
            marks.push((s, "party"));
        }
    }
    for i in &t.items {
        if let Some(s) = i.span {
            marks.push((s, "item"));
        }
    }
    for e in &t.evidence {
        let _ = write!(
            out,
            "<blockquote>{}<div class=\"off\">bytes {}&ndash;{} of the original</div></blockquote>",
            html_evidence(e, &marks),
            e.start,
            e.end
        );
    }
    let _ = write!(
        out,
        "<p class=\"off\">{} &middot; &ldquo;{}&rdquo;",
        escape(&t.kind),
        escape(&t.trigger)
    );
    if let Some(d) = &t.date {
        let _ = write!(out, " &middot; date {}", escape(d));
    }
    if let Some(p) = &t.place {
        let _ = write!(out, " &middot; place {}", escape(p));
    }
    out.push_str("</p>");
    if let Some(n) = &t.giver_note {
        let _ = write!(out, "<p>Giver: {}</p>", escape(n));
    }
    for r in [t.giver.as_ref(), t.recipient.as_ref()]
        .into_iter()
        .flatten()
    {
        if let Some(inf) = &r.inference {
            let _ = write!(
                out,
                "<p>{} inferred: {} <q>{}</q></p>",
                escape(&r.name),
                escape(&inf.reason),
                escape(&inf.evidence.text)
            );
        }
    }
    if !t.attributed_to.is_empty() {
        let a: Vec<String> = t
            .attributed_to
            .iter()
            .map(|a| escape(&attribution(a)))
            .collect();
        let _ = write!(out, "<p>According to {}</p>", a.join("; "));
    }
    out.push_str(
        "<table><tr><th>item</th><th>quantity</th><th>category</th><th>assessment</th></tr>",
    );
    for i in &t.items {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>",
            escape(&i.text),
            escape(&quantity(i)),
            escape(i.category.as_str())
        );
        if i.assessments.is_empty() {
            out.push_str("no regime applies");
        }
        for a in &i.assessments {
            let _ = write!(
                out,
                "<div>{}: <span class=\"v {}\">{}</span><ul>",
                escape(&a.regime),
                verdict_class(a.verdict),
                verdict_word(a.verdict)
            );
            for p in &a.provisions {
                let _ = write!(
                    out,
                    "<li>{} <span class=\"off\">[{}]</span>",
                    escape(&p.citation),
                    escape(&p.id)
                );
                if !p.verified {
                    out.push_str(" <span class=\"unverified\">UNVERIFIED</span>");
                }
                out.push_str("</li>");
            }
            let _ = write!(out, "</ul><div>{}</div>", escape(&a.reason));
            if !a.depends_on.is_empty() {
                let _ = write!(
                    out,
                    "<div class=\"off\">depends on: {}</div>",
                    escape(&a.depends_on.join("; "))
                );
            }
            out.push_str("</div>");
        }
        out.push_str("</td></tr>");
    }
    out.push_str("</table></div>");
}

fn html_claim(out: &mut String, c: &NonFactualClaim) {
    let _ = write!(
        out,
        "<p><strong>{}</strong> (cue &ldquo;{}&rdquo;) &mdash; not a fact; verdicts say what would apply if it happened</p>",
        escape(&c.modality),
        escape(&c.cue)
    );
    html_transfer(out, &c.transfer, "claim nf");
}

/// The report as one self-contained HTML page: inline CSS, no scripts, no external assets,
/// every text from the article or the lists escaped.
pub fn html(report: &Report) -> String {
    let d = &report.document;
    let title = d.title.as_deref().unwrap_or("(untitled)");
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>embargo: {}</title><style>{CSS}</style></head><body>",
        escape(title)
    );
    let _ = write!(
        out,
        "<h1>{}</h1><p class=\"off\">{} &middot; {} characters &middot; id {}</p>",
        escape(title),
        escape(&d.source),
        d.chars,
        escape(&d.id)
    );
    let _ = write!(
        out,
        "<p><strong>Findings:</strong> {}</p>",
        escape(&summary(report))
    );
    let _ = write!(out, "<h2>Transfers ({})</h2>", report.transfers.len());
    if report.transfers.is_empty() {
        out.push_str("<p>No transfer stated as fact.</p>");
    }
    for t in &report.transfers {
        html_transfer(&mut out, t, "transfer");
    }
    let _ = write!(out, "<h2>Parties ({})</h2>", report.parties.len());
    for p in &report.parties {
        let _ = write!(
            out,
            "<div class=\"party\"><h3>{} <span class=\"off\">{:?}</span></h3>",
            escape(&p.name),
            p.kind
        );
        if !p.roles.is_empty() {
            let _ = write!(out, "<p>{}</p>", escape(&p.roles.join(", ")));
        }
        if !p.mentions.is_empty() {
            let m: Vec<String> = p
                .mentions
                .iter()
                .map(|m| format!("&ldquo;{}&rdquo;", escape(m)))
                .collect();
            let _ = write!(out, "<p class=\"off\">called {}</p>", m.join(", "));
        }
        if !p.countries.is_empty() {
            let _ = write!(out, "<p>Linked to {}</p>", escape(&p.countries.join(", ")));
        }
        if p.screening.is_empty() {
            out.push_str("<p>No list entry found.</p>");
        } else {
            out.push_str("<table><tr><th>list</th><th>id</th><th>listed name</th><th>programs</th><th>score</th><th>why</th></tr>");
            for h in &p.screening {
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}</td><td>{}</td></tr>",
                    escape(h.list.as_str()),
                    escape(&h.list_id),
                    escape(&h.listed_name),
                    escape(&h.programs.join(", ")),
                    h.score,
                    escape(&h.explanation)
                );
            }
            out.push_str("</table>");
        }
        out.push_str("</div>");
    }
    if !report.non_factual.is_empty() {
        let _ = write!(out, "<h2>Not facts ({})</h2>", report.non_factual.len());
        for c in &report.non_factual {
            html_claim(&mut out, c);
        }
    }
    if !report.set_aside.is_empty() {
        let _ = write!(
            out,
            "<h2>Set aside ({}): confidence below the floor, not assessed</h2><ul>",
            report.set_aside.len()
        );
        for t in &report.set_aside {
            let name = |p: &Option<embargo_model::PartyRef>| {
                p.as_ref()
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| "(not named)".into())
            };
            let items: Vec<&str> = t.items.iter().map(|i| i.text.as_str()).collect();
            let _ = write!(
                out,
                "<li>{} \u{2192} {}: {} (confidence {:.2}) \u{2014} \u{201c}{}\u{201d}</li>",
                escape(&name(&t.giver)),
                escape(&name(&t.recipient)),
                escape(&items.join(", ")),
                t.confidence,
                escape(t.evidence.first().map(|e| e.text.as_str()).unwrap_or(""))
            );
        }
        out.push_str("</ul>");
    }
    if !report.reference_data.is_empty() {
        out.push_str("<h2>Reference data</h2><ul>");
        for r in &report.reference_data {
            let _ = write!(out, "<li>{}</li>", escape(r));
        }
        out.push_str("</ul>");
    }
    out.push_str("</body></html>\n");
    out
}

/// The report as pretty-printed JSON: the contract of `docs/report.schema.json`.
pub fn json(report: &Report) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(report)
}
