//! Item taxonomy: words for things → category, tags and reason (data/taxonomy.toml).
use crate::data::TaxRule;
use crate::ExtractError;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use embargo_model::{Category, ItemClass};

/// A term found in a text.
#[derive(Debug, Clone)]
pub(crate) struct TermHit {
    pub start: usize,
    pub end: usize,
    pub rule: usize,
    /// The term as listed (singular).
    pub term: String,
}

pub(crate) struct Taxonomy {
    rules: Vec<TaxRule>,
    ac: AhoCorasick,
    /// pattern id → (rule index, listed term)
    pats: Vec<(usize, String)>,
}

fn plurals(t: &str) -> Vec<String> {
    let mut v = vec![t.to_string(), format!("{t}s"), format!("{t}es")];
    if let Some(stem) = t.strip_suffix('y') {
        v.push(format!("{stem}ies"));
    }
    if let Some(stem) = t.strip_suffix("fe") {
        v.push(format!("{stem}ves"));
    }
    if let Some(stem) = t.strip_suffix("man") {
        v.push(format!("{stem}men"));
    }
    v
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

impl Taxonomy {
    pub fn new(rules: Vec<TaxRule>) -> Result<Self, ExtractError> {
        let mut pats = Vec::new();
        let mut strings = Vec::new();
        for (ri, r) in rules.iter().enumerate() {
            for t in &r.terms {
                for p in plurals(&t.to_ascii_lowercase()) {
                    strings.push(p);
                    pats.push((ri, t.clone()));
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&strings)
            .map_err(|e| ExtractError::Data {
                file: "data/taxonomy.toml".into(),
                message: e.to_string(),
            })?;
        Ok(Taxonomy { rules, ac, pats })
    }

    /// All whole-word term hits in `text`, longest first at each position, non-overlapping.
    pub fn hits(&self, text: &str) -> Vec<TermHit> {
        let mut all: Vec<TermHit> = Vec::new();
        for m in self.ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before_ok = text[..s]
                .chars()
                .next_back()
                .map(|c| !is_word_char(c))
                .unwrap_or(true);
            // a model number may follow: "Shahed-136", "MiG-21"
            let mut rest = text[e..].chars();
            let after_ok = match rest.next() {
                None => true,
                Some('-') => rest.next().is_some_and(|c| c.is_ascii_digit()),
                Some(c) => !is_word_char(c),
            };
            if before_ok && after_ok {
                let (rule, term) = &self.pats[m.pattern().as_usize()];
                all.push(TermHit {
                    start: s,
                    end: e,
                    rule: *rule,
                    term: term.clone(),
                });
            }
        }
        // prefer longer, then earlier rule
        all.sort_by(|a, b| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(a.rule.cmp(&b.rule))
        });
        let mut kept: Vec<TermHit> = Vec::new();
        for h in all {
            if kept.iter().all(|k| h.end <= k.start || h.start >= k.end) {
                kept.push(h);
            }
        }
        kept.sort_by_key(|h| h.start);
        kept
    }

    /// The class for a hit.
    pub fn class_of(&self, hit: &TermHit) -> ItemClass {
        let r = &self.rules[hit.rule];
        let tags = if r.tags.is_empty() {
            String::new()
        } else {
            format!(" ({})", r.tags.join(", "))
        };
        ItemClass {
            category: r.category,
            tags: r.tags.clone(),
            reason: format!(
                "\"{}\" → {}{}: {}",
                hit.term,
                r.category.as_str(),
                tags,
                r.reason
            ),
        }
    }

    /// Classifies a phrase: the best hit decides (longest term; on a tie the earlier rule;
    /// among distinct hits the last one — the head of an English noun phrase comes last —
    /// unless an earlier one is longer, as in "glove from a spacesuit").
    pub fn classify(&self, text: &str) -> Option<(ItemClass, TermHit)> {
        let hits = self.hits(text);
        let best = Self::best(&hits)?;
        Some((self.class_of(best), best.clone()))
    }

    pub fn best(hits: &[TermHit]) -> Option<&TermHit> {
        // A phrase like "glove from a spacesuit": every hit is a candidate; prefer the rule that
        // is more specific (a non-generic category), then the last hit (the head).
        hits.iter().rev().max_by(|a, b| {
            let ga = a.term.len();
            let gb = b.term.len();
            ga.cmp(&gb).then(b.rule.cmp(&a.rule))
        })
    }

    /// The fallback class when no term matches.
    pub fn other(text: &str) -> ItemClass {
        ItemClass {
            category: Category::Other,
            tags: Vec::new(),
            reason: format!("no taxonomy term in \"{}\" → other", text.trim()),
        }
    }
}
