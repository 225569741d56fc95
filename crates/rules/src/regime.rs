//! A validated regime: the parsed file plus the compiled matchers and the widening/narrowing graph.
use crate::error::RulesError;
use crate::format::{Direction, Effect, MatchRule, ProvisionDef, RegimeFile};
use embargo_model::{Category, Verdict};
use std::collections::{HashMap, HashSet};

/// Largest regime file accepted (bytes): regimes are hand-written, so anything bigger is a mistake.
pub(crate) const MAX_FILE_BYTES: u64 = 1 << 20;

/// The shared tag vocabulary, embedded so the binary works from any directory.
const VOCABULARY: &str = include_str!("../../../regimes/vocabulary/tags.toml");

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    tags: Vec<String>,
}

/// The builtin tag vocabulary (`ML1`…`ML22`, `military`, `luxury:fur`, …).
pub fn vocabulary() -> Vec<String> {
    match toml::from_str::<VocabularyFile>(VOCABULARY) {
        Ok(v) => v.tags,
        // The file is embedded and tested; an empty vocabulary makes every regime fail loudly.
        Err(_) => Vec::new(),
    }
}

/// How one provision relates to one that it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relation {
    /// It widens the parent's scope.
    Widens,
    /// It narrows the parent (a lower cap, a later restriction).
    Narrows,
}

/// A compiled match rule: lowercased tag patterns and parsed categories.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub categories: Vec<Category>,
    pub tags: Vec<String>,
    pub all_tags: Vec<String>,
    pub none_tags: Vec<String>,
    pub verdict: Verdict,
    pub depends_on: Vec<String>,
    pub note: Option<String>,
}

/// A compiled open-ended scope.
#[derive(Debug, Clone)]
pub(crate) struct OpenScope {
    pub categories: Vec<Category>,
    pub tags: Vec<String>,
    pub depends_on: Vec<String>,
    pub note: Option<String>,
}

/// A compiled exemption that can apply to an item.
#[derive(Debug, Clone)]
pub(crate) struct ItemExemption {
    pub rule: Rule,
    pub text: String,
    pub depends_on: Vec<String>,
}

/// One provision with its compiled parts.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub rules: Vec<Rule>,
    pub open: Option<OpenScope>,
    pub item_exemptions: Vec<ItemExemption>,
    /// Provisions this one widens or narrows (its parents in the chain).
    pub parents: Vec<(usize, Relation)>,
    /// Human citation (`UNSCR 1718 (2006) OP8(a)(i)`).
    pub citation: String,
    /// Text with its source tags (`… [S1][S2]`).
    pub cited_text: String,
}

/// One loaded and validated regime.
#[derive(Debug, Clone)]
pub struct Regime {
    pub(crate) file: String,
    pub(crate) def: RegimeFile,
    pub(crate) compiled: Vec<Compiled>,
    /// National-list entries as (lowercased tags, "title: 'text' [S25]", note).
    pub(crate) national: Vec<(Vec<String>, String, Option<String>)>,
    pub(crate) target_codes: Vec<String>,
    pub(crate) target_programs: Vec<String>,
}

impl Regime {
    /// The regime id (`un-dprk`).
    pub fn id(&self) -> &str {
        &self.def.regime.id
    }

    /// The human name of the regime.
    pub fn name(&self) -> &str {
        &self.def.regime.name
    }

    /// The file the regime was read from.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The parsed file, for listing provisions (`embargo regimes show`).
    pub fn definition(&self) -> &RegimeFile {
        &self.def
    }

    /// A provision by id.
    pub fn provision(&self, id: &str) -> Option<&ProvisionDef> {
        self.def.provisions.iter().find(|p| p.id == id)
    }

    /// The citation of a provision by id, as assessments print it.
    pub fn citation(&self, provision_id: &str) -> Option<&str> {
        let i = self
            .def
            .provisions
            .iter()
            .position(|p| p.id == provision_id)?;
        Some(self.compiled[i].citation.as_str())
    }

    /// `id@version`, for a report's `reference_data`.
    pub fn reference(&self) -> String {
        format!(
            "regime {} ({}) from {}",
            self.def.regime.id, self.def.regime.version, self.file
        )
    }

    /// Parses and validates one regime file.
    pub fn parse(file: &str, text: &str) -> Result<Regime, RulesError> {
        if text.len() as u64 > MAX_FILE_BYTES {
            return Err(RulesError::TooLarge {
                file: file.to_string(),
                size: text.len() as u64,
                limit: MAX_FILE_BYTES,
            });
        }
        let def: RegimeFile = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
            RulesError::Parse {
                file: file.to_string(),
                line,
                column,
                message: e.message().to_string(),
            }
        })?;
        validate(file, def)
    }
}

/// 1-based line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

/// The citation of a provision; unverified paragraph numbers say so.
fn citation(prefix: &str, p: &ProvisionDef) -> String {
    let head = format!("{prefix} {} ({})", p.resolution, p.year);
    match &p.paragraph {
        Some(par) => {
            let par = if par.starts_with(|c: char| c.is_ascii_digit()) {
                let plural = if par.contains(['-', '–']) {
                    "paras"
                } else {
                    "para"
                };
                format!("{plural} {par}")
            } else {
                par.clone()
            };
            if p.verified {
                format!("{head} {par}")
            } else {
                format!("{head} {par} (paragraph number unverified)")
            }
        }
        None => format!("{head} (paragraph not verified)"),
    }
}

/// Checks one tag pattern against the vocabulary: exact tag, or `prefix*` that some tag starts with.
fn known_tag(vocab: &HashSet<String>, pattern: &str) -> bool {
    let p = pattern.to_ascii_lowercase();
    match p.strip_suffix('*') {
        Some(prefix) => !prefix.is_empty() && vocab.iter().any(|t| t.starts_with(prefix)),
        None => vocab.contains(&p),
    }
}

fn parse_category(s: &str) -> Option<Category> {
    toml::Value::String(s.to_string())
        .try_into::<Category>()
        .ok()
}

struct Ctx<'a> {
    file: &'a str,
    vocab: HashSet<String>,
    sources: HashSet<String>,
}

impl Ctx<'_> {
    fn tags(&self, id: &str, field: &str, tags: &[String]) -> Result<Vec<String>, RulesError> {
        tags.iter()
            .map(|t| {
                if known_tag(&self.vocab, t) {
                    Ok(t.to_ascii_lowercase())
                } else {
                    Err(RulesError::provision(
                        self.file,
                        id,
                        field,
                        format!(
                            "unknown tag `{t}` (not in regimes/vocabulary/tags.toml nor in this file's [vocabulary])"
                        ),
                    ))
                }
            })
            .collect()
    }

    fn categories(
        &self,
        id: &str,
        field: &str,
        cats: &[String],
    ) -> Result<Vec<Category>, RulesError> {
        cats.iter()
            .map(|c| {
                parse_category(c).ok_or_else(|| {
                    RulesError::provision(
                        self.file,
                        id,
                        field,
                        format!(
                            "unknown category `{c}` (known: arms, ammunition, missile, uav, armor, vehicle, luxury_good, aircraft, vessel, fuel, dual_use, cash, other)"
                        ),
                    )
                })
            })
            .collect()
    }

    fn sources(&self, id: &str, field: &str, tags: &[String]) -> Result<(), RulesError> {
        if tags.is_empty() {
            return Err(RulesError::provision(
                self.file,
                id,
                field,
                "missing source: every provision must cite at least one [[source]] tag",
            ));
        }
        for t in tags {
            if !self.sources.contains(t) {
                return Err(RulesError::provision(
                    self.file,
                    id,
                    field,
                    format!("source tag `{t}` is not defined by any [[source]] of this file"),
                ));
            }
        }
        Ok(())
    }

    fn rule(
        &self,
        p: &ProvisionDef,
        field: &str,
        r: &MatchRule,
        default_verdict: Effect,
        default_depends: &[String],
    ) -> Result<Rule, RulesError> {
        if r.categories.is_empty() && r.tags.is_empty() {
            return Err(RulesError::provision(
                self.file,
                &p.id,
                field,
                "a rule must name at least one category or tag",
            ));
        }
        let verdict = match r.verdict.unwrap_or(default_verdict) {
            Effect::Prohibited => Verdict::Prohibited,
            Effect::PossiblyProhibited => Verdict::PossiblyProhibited,
        };
        let depends_on = r
            .depends_on
            .clone()
            .unwrap_or_else(|| default_depends.to_vec());
        if verdict == Verdict::PossiblyProhibited && depends_on.iter().all(|d| d.trim().is_empty())
        {
            return Err(RulesError::provision(
                self.file,
                &p.id,
                &format!("{field}.depends_on"),
                "a possibly_prohibited verdict must say what it depends on",
            ));
        }
        Ok(Rule {
            categories: self.categories(&p.id, &format!("{field}.categories"), &r.categories)?,
            tags: self.tags(&p.id, &format!("{field}.tags"), &r.tags)?,
            all_tags: self.tags(&p.id, &format!("{field}.all_tags"), &r.all_tags)?,
            none_tags: self.tags(&p.id, &format!("{field}.none_tags"), &r.none_tags)?,
            verdict,
            depends_on,
            note: r.note.clone(),
        })
    }
}

fn nonempty(file: &str, section: &str, field: &str, v: &str) -> Result<(), RulesError> {
    if v.trim().is_empty() {
        Err(RulesError::field(file, section, field, "must not be empty"))
    } else {
        Ok(())
    }
}

fn validate(file: &str, def: RegimeFile) -> Result<Regime, RulesError> {
    if def.format != 1 {
        return Err(RulesError::field(
            file,
            "top level",
            "format",
            format!("format {} is not known (only 1)", def.format),
        ));
    }
    let m = &def.regime;
    for (field, v) in [
        ("id", &m.id),
        ("name", &m.name),
        ("citation_prefix", &m.citation_prefix),
        ("target_label", &m.target_label),
        ("version", &m.version),
        ("not_covered_reason", &m.not_covered_reason),
    ] {
        nonempty(file, "regime", field, v)?;
    }
    if !m
        .id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(RulesError::field(
            file,
            "regime",
            "id",
            "use lowercase letters, digits and '-'",
        ));
    }
    if m.target_state.len() != 2 || !m.target_state.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(RulesError::field(
            file,
            "regime",
            "target_state",
            format!("`{}` is not an ISO 3166-1 alpha-2 code", m.target_state),
        ));
    }
    if def.sources.is_empty() {
        return Err(RulesError::field(
            file,
            "regime",
            "source",
            "missing source: a regime file needs at least one [[source]]",
        ));
    }
    let mut sources = HashSet::new();
    for s in &def.sources {
        nonempty(file, "source", "tag", &s.tag)?;
        nonempty(file, &format!("source `{}`", s.tag), "title", &s.title)?;
        if !sources.insert(s.tag.clone()) {
            return Err(RulesError::field(
                file,
                &format!("source `{}`", s.tag),
                "tag",
                "defined twice",
            ));
        }
    }
    let mut vocab: HashSet<String> = vocabulary()
        .into_iter()
        .map(|t| t.to_ascii_lowercase())
        .collect();
    if let Some(v) = &def.vocabulary {
        for t in &v.tags {
            nonempty(file, "vocabulary", "tags", t)?;
            vocab.insert(t.to_ascii_lowercase());
        }
    }
    let cx = Ctx {
        file,
        vocab,
        sources,
    };

    let mut national = Vec::new();
    let mut list_ids = HashSet::new();
    for nl in &def.national_lists {
        let sec = format!("national_list `{}`", nl.id);
        nonempty(file, "national_list", "id", &nl.id)?;
        if !list_ids.insert(nl.id.clone()) {
            return Err(RulesError::field(file, &sec, "id", "defined twice"));
        }
        if nl.sources.is_empty() {
            return Err(RulesError::field(file, &sec, "sources", "missing source"));
        }
        for t in &nl.sources {
            if !cx.sources.contains(t) {
                return Err(RulesError::field(
                    file,
                    &sec,
                    "sources",
                    format!("source tag `{t}` is not defined"),
                ));
            }
        }
        let tags_cited: String = nl.sources.iter().map(|s| format!("[{s}]")).collect();
        for e in &nl.entries {
            nonempty(file, &sec, "entries.text", &e.text)?;
            let mut tags = Vec::new();
            for t in &e.tags {
                if !known_tag(&cx.vocab, t) {
                    return Err(RulesError::field(
                        file,
                        &sec,
                        "entries.tags",
                        format!("unknown tag `{t}`"),
                    ));
                }
                tags.push(t.to_ascii_lowercase());
            }
            national.push((
                tags,
                format!("{}: \"{}\" {}", nl.title, e.text, tags_cited),
                e.note.clone(),
            ));
        }
    }

    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, p) in def.provisions.iter().enumerate() {
        if p.id.trim().is_empty() {
            return Err(RulesError::field(
                file,
                &format!("provision #{}", i + 1),
                "id",
                "must not be empty",
            ));
        }
        if index.insert(p.id.as_str(), i).is_some() {
            return Err(RulesError::provision(
                file,
                &p.id,
                "id",
                "provision id defined twice",
            ));
        }
    }

    let mut compiled = Vec::with_capacity(def.provisions.len());
    for p in &def.provisions {
        for (field, v) in [
            ("resolution", &p.resolution),
            ("title", &p.title),
            ("text", &p.text),
        ] {
            if v.trim().is_empty() {
                return Err(RulesError::provision(
                    file,
                    &p.id,
                    field,
                    "must not be empty",
                ));
            }
        }
        if !(1945..=2200).contains(&p.year) {
            return Err(RulesError::provision(
                file,
                &p.id,
                "year",
                format!("{} is not a plausible year", p.year),
            ));
        }
        if p.verified && p.paragraph.as_deref().map_or(true, |s| s.trim().is_empty()) {
            return Err(RulesError::provision(
                file,
                &p.id,
                "paragraph",
                "verified = true needs the paragraph that was read; without one, set verified = false",
            ));
        }
        cx.sources(&p.id, "sources", &p.sources)?;
        let rules = p
            .covers
            .iter()
            .enumerate()
            .map(|(k, r)| cx.rule(p, &format!("covers[{k}]"), r, p.verdict, &p.depends_on))
            .collect::<Result<Vec<_>, _>>()?;
        let open = match &p.open_ended {
            None => None,
            Some(o) => {
                if o.categories.is_empty() && o.tags.is_empty() {
                    return Err(RulesError::provision(
                        file,
                        &p.id,
                        "open_ended",
                        "must name a category or tag",
                    ));
                }
                if o.depends_on.iter().all(|d| d.trim().is_empty()) {
                    return Err(RulesError::provision(
                        file,
                        &p.id,
                        "open_ended.depends_on",
                        "an open-ended scope must say what the verdict depends on",
                    ));
                }
                Some(OpenScope {
                    categories: cx.categories(&p.id, "open_ended.categories", &o.categories)?,
                    tags: cx.tags(&p.id, "open_ended.tags", &o.tags)?,
                    depends_on: o.depends_on.clone(),
                    note: o.note.clone(),
                })
            }
        };
        if let Some(t) = &p.threshold {
            if !t.value_usd_over.is_finite() || t.value_usd_over <= 0.0 {
                return Err(RulesError::provision(
                    file,
                    &p.id,
                    "threshold.value_usd_over",
                    "must be a positive number",
                ));
            }
        }
        for c in &p.caps {
            if !c.amount.is_finite()
                || c.amount <= 0.0
                || c.unit.trim().is_empty()
                || c.period.trim().is_empty()
            {
                return Err(RulesError::provision(
                    file,
                    &p.id,
                    "caps",
                    "a cap needs a positive amount, a unit and a period",
                ));
            }
        }
        let mut item_exemptions = Vec::new();
        for (k, e) in p.exemptions.iter().enumerate() {
            let field = format!("exemptions[{k}]");
            if e.text.trim().is_empty() {
                return Err(RulesError::provision(
                    file,
                    &p.id,
                    &format!("{field}.text"),
                    "must not be empty",
                ));
            }
            cx.sources(&p.id, &format!("{field}.sources"), &e.sources)?;
            if let Some(by) = &e.superseded_by {
                if !index.contains_key(by.as_str()) {
                    return Err(RulesError::provision(
                        file,
                        &p.id,
                        &format!("{field}.superseded_by"),
                        format!("no provision with id `{by}` in this file"),
                    ));
                }
            }
            if let Some(r) = &e.applies_to {
                let deps = if e.depends_on.is_empty() {
                    vec![format!("whether the exemption applies: {}", e.text)]
                } else {
                    e.depends_on.clone()
                };
                let rule = cx.rule(
                    p,
                    &format!("{field}.applies_to"),
                    r,
                    Effect::PossiblyProhibited,
                    &deps,
                )?;
                item_exemptions.push(ItemExemption {
                    rule,
                    text: e.text.clone(),
                    depends_on: deps,
                });
            }
        }
        for (field, ids) in [
            ("widened_by", &p.widened_by),
            ("narrowed_by", &p.narrowed_by),
        ] {
            for id in ids {
                if id == &p.id {
                    return Err(RulesError::provision(
                        file,
                        &p.id,
                        field,
                        "a provision cannot widen or narrow itself",
                    ));
                }
                if !index.contains_key(id.as_str()) {
                    return Err(RulesError::provision(
                        file,
                        &p.id,
                        field,
                        format!("no provision with id `{id}` in this file"),
                    ));
                }
            }
        }
        let srcs: String = p.sources.iter().map(|s| format!("[{s}]")).collect();
        compiled.push(Compiled {
            rules,
            open,
            item_exemptions,
            parents: Vec::new(),
            citation: citation(&m.citation_prefix, p),
            cited_text: format!("{} {srcs}", p.text.trim()),
        });
    }
    for (i, p) in def.provisions.iter().enumerate() {
        for (ids, rel) in [
            (&p.widened_by, Relation::Widens),
            (&p.narrowed_by, Relation::Narrows),
        ] {
            for id in ids {
                if let Some(&child) = index.get(id.as_str()) {
                    compiled[child].parents.push((i, rel));
                }
            }
        }
    }
    // A cycle would make the chain of a provision endless: reject it, naming a provision on it.
    for start in 0..compiled.len() {
        let mut seen = HashSet::new();
        let mut stack = vec![start];
        while let Some(n) = stack.pop() {
            for &(parent, _) in &compiled[n].parents {
                if parent == start {
                    return Err(RulesError::provision(
                        file,
                        &def.provisions[start].id,
                        "widened_by",
                        "widened_by/narrowed_by links form a cycle",
                    ));
                }
                if seen.insert(parent) {
                    stack.push(parent);
                }
            }
        }
    }
    let mut target_codes = vec![m.target_state.to_ascii_lowercase()];
    target_codes.extend(m.target_aliases.iter().map(|a| a.trim().to_lowercase()));
    let target_programs = m
        .target_programs
        .iter()
        .map(|a| a.trim().to_lowercase())
        .collect();
    Ok(Regime {
        file: file.to_string(),
        def,
        compiled,
        national,
        target_codes,
        target_programs,
    })
}

/// Which way a provision reaches, as used when assessing.
pub(crate) fn reaches(d: Direction, to_target: bool, from_target: bool) -> bool {
    match d {
        Direction::ToTarget => to_target,
        Direction::FromTarget => from_target,
        Direction::Both => to_target || from_target,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_loads_and_has_the_munitions_list() {
        let v = vocabulary();
        for t in ["ML1", "ML22", "military", "luxury:fur", "memorabilia"] {
            assert!(v.iter().any(|x| x == t), "{t}");
        }
    }

    #[test]
    fn line_and_column_of_an_offset() {
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("ab", 99), (1, 3));
    }

    #[test]
    fn prefix_patterns_must_match_a_known_tag() {
        let v: HashSet<String> = ["luxury:fur".to_string()].into_iter().collect();
        assert!(known_tag(&v, "luxury:*"));
        assert!(known_tag(&v, "LUXURY:FUR"));
        assert!(!known_tag(&v, "lux:*"));
        assert!(!known_tag(&v, "*"));
    }
}
