//! embargo-extract: turns a news report (plain text or HTML) into an evidence-backed register of
//! transfers — who gave, sold or shipped what to whom — with parties, items, attributions,
//! coreference links and non-factual claims kept apart.
//!
//! Key design decision: every stage keeps byte offsets into the input the user gave. Cleaning
//! (main-text extraction, boilerplate removal, repair of glued words) produces sentences whose
//! repaired text carries a per-byte map back to the original, so each transfer's evidence is an
//! exact span of the original bytes (for HTML: of the raw HTML, through the tag stripper's map).
//! Recognition is rule-based over embedded data files (gazetteers, lexicon, taxonomy) so that
//! results are explainable; the only learned part is [`confidence`], a logistic model whose few
//! dozen named weights (a data file, fitted offline on the annotated batches) score each record.
#![deny(missing_docs)]

mod clean;
pub mod confidence;
mod data;
mod extract;
mod taxonomy;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use embargo_model::{Document, Extraction, ItemClass, PartyKind};
use extract::{Ent, Res, Sets};

/// Largest input accepted by [`Extractor::extract`] and [`clean`]: 8 MiB. Longer input is refused
/// with [`ExtractError::TooLarge`]; split it first (a news report is far smaller).
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Longest sentence handled as one unit; longer runs (no sentence punctuation) are cut into
/// chunks of this size at whitespace, so every later stage stays linear in the input.
pub const MAX_SENTENCE_BYTES: usize = 4000;

/// Errors of the extraction stage.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The input is larger than [`MAX_INPUT_BYTES`].
    #[error("input is {size} bytes, more than the limit of {max} bytes (MAX_INPUT_BYTES)")]
    TooLarge {
        /// Input size in bytes.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// The input looks like binary data, not text.
    #[error("input is not text: {reason}")]
    Binary {
        /// What was found.
        reason: String,
    },
    /// A setting of the extractor is out of range.
    #[error("setting {name}: {message}")]
    Setting {
        /// The setting.
        name: &'static str,
        /// What is wrong with the value.
        message: String,
    },
    /// An embedded data file could not be read.
    #[error("data file {file}: {message}")]
    Data {
        /// The file, relative to the repository root.
        file: String,
        /// The parser's message (with line and column).
        message: String,
    },
}

/// The extractor: reference data and matchers, built once and reused for many documents.
pub struct Extractor {
    data: data::Data,
    tax: taxonomy::Taxonomy,
    sets: Sets,
    ac: AhoCorasick,
    ents: Vec<Ent>,
    known: Vec<(String, PartyKind)>,
    /// records scoring below this confidence are set aside
    min_confidence: f64,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("patterns", &self.ents.len())
            .field("known_names", &self.known.len())
            .finish()
    }
}

/// Cleans one input without extracting: decodes (refusing binary data and input over
/// [`MAX_INPUT_BYTES`]), keeps the main text of HTML, drops boilerplate lines, repairs glued
/// words and splits sentences. Sentence spans index `Document.original` — for plain text the
/// exact input bytes (after lossy UTF-8 decoding, which changes nothing for valid UTF-8); for
/// HTML the raw HTML, mapped through the tag stripper.
pub fn clean(source: &str, input: &[u8]) -> Result<Document, ExtractError> {
    let data = data::Data::builtin()?;
    let text = clean::decode(input)?;
    Ok(clean::clean_text(source, text, &data))
}

impl Extractor {
    /// Builds the extractor from the gazetteers and taxonomy embedded from `data/`.
    pub fn builtin() -> Result<Extractor, ExtractError> {
        let data = data::Data::builtin()?;
        let tax = taxonomy::Taxonomy::new(data.taxonomy.clone())?;
        let sets = Sets::new(&data);
        let mut x = Extractor {
            data,
            tax,
            sets,
            ac: AhoCorasick::new(["\u{0}"]).map_err(|e| ExtractError::Data {
                file: "gazetteer".into(),
                message: e.to_string(),
            })?,
            ents: Vec::new(),
            known: Vec::new(),
            min_confidence: 0.0,
        };
        x.min_confidence = x.data.confidence.floor;
        x.rebuild()?;
        Ok(x)
    }

    /// Adds names (e.g. from loaded sanctions lists) to recognise as parties. Names of one word
    /// are ignored (too ambiguous in running text).
    pub fn with_known_names(
        mut self,
        names: impl IntoIterator<Item = (String, PartyKind)>,
    ) -> Self {
        let mut seen: std::collections::HashSet<String> =
            self.known.iter().map(|(x, _)| x.clone()).collect();
        for (n, k) in names {
            let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
            // list style "SHOIGU, Sergei Kuzhugetovich": also as written in news, given names first
            let mut forms = vec![n.clone()];
            if let Some((last, first)) = n.split_once(", ") {
                if k == PartyKind::Person && !first.contains(',') {
                    forms.push(format!("{first} {last}"));
                    if let Some(given) = first.split(' ').next() {
                        forms.push(format!("{given} {last}"));
                    }
                }
            }
            for f in forms {
                if f.split(' ').count() >= 2 && f.len() <= 120 && seen.insert(f.clone()) {
                    self.known.push((f, k));
                }
            }
        }
        if let Err(e) = self.rebuild() {
            tracing::warn!("known names not added: {e}");
            self.known.clear();
            let _ = self.rebuild();
        }
        self
    }

    fn rebuild(&mut self) -> Result<(), ExtractError> {
        let mut pats: Vec<String> = Vec::new();
        let mut ents: Vec<Ent> = Vec::new();
        let mut add = |p: &str, e: Ent| {
            let p = p.trim().to_ascii_lowercase();
            if !p.is_empty() {
                // typographic apostrophes are as common as straight ones in scraped text
                if p.contains('\'') {
                    pats.push(p.replace('\'', "’"));
                    ents.push(e);
                }
                pats.push(p);
                ents.push(e);
            }
        };
        let d = &self.data;
        for (i, s) in d.states.iter().enumerate() {
            add(&s.name, Ent::State(i));
            for a in &s.aliases {
                add(a, Ent::State(i));
            }
            for a in &s.demonyms {
                add(a, Ent::Demonym(i));
            }
            for a in &s.capitals {
                add(a, Ent::Capital(i));
            }
            for a in &s.ports {
                add(a, Ent::Port(i));
            }
        }
        // (27,600 cities: look their states up by code, not by a scan each)
        let state_index: std::collections::HashMap<&str, usize> = d
            .states
            .iter()
            .enumerate()
            .map(|(i, s)| (s.iso2.as_str(), i))
            .collect();
        for (name, iso2) in &d.cities {
            if let Some(&i) = state_index.get(iso2.as_str()) {
                add(name, Ent::City(i));
            }
        }
        for (i, b) in d.bodies.iter().enumerate() {
            add(&b.name, Ent::Body(i));
            for a in &b.aliases {
                add(a, Ent::Body(i));
            }
        }
        for (i, o) in d.outlets.iter().enumerate() {
            add(&o.name, Ent::Outlet(i));
            for a in &o.aliases {
                add(a, Ent::Outlet(i));
            }
        }
        for t in &d.lexicon.titles {
            add(t, Ent::Title);
        }
        // epithets: "the <demonym> <role>" and "<state>'s <role>" when only one known person
        // of that state holds the role
        let mut count: std::collections::HashMap<(String, String), usize> = Default::default();
        for l in &d.leaders {
            for r in &l.roles {
                *count
                    .entry((l.country.clone(), r.to_lowercase()))
                    .or_default() += 1;
            }
        }
        for (i, l) in d.leaders.iter().enumerate() {
            add(&l.name, Ent::Person(i));
            for a in &l.aliases {
                add(a, Ent::Person(i));
            }
            for a in &l.epithets {
                add(a, Ent::Epithet(i));
            }
            let Some(st) = d.states.iter().find(|s| s.iso2 == l.country) else {
                continue;
            };
            for r in &l.roles {
                if count
                    .get(&(l.country.clone(), r.to_lowercase()))
                    .copied()
                    .unwrap_or(0)
                    != 1
                {
                    continue;
                }
                for dm in &st.demonyms {
                    add(&format!("the {dm} {r}"), Ent::Epithet(i));
                    add(&format!("{dm} {r}"), Ent::Epithet(i));
                }
                add(&format!("{}'s {r}", st.name), Ent::Epithet(i));
            }
        }
        for (i, (n, _)) in self.known.iter().enumerate() {
            add(n, Ent::Known(i));
        }
        self.ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .map_err(|e| ExtractError::Data {
                file: "data/gazetteer".into(),
                message: e.to_string(),
            })?;
        self.ents = ents;
        Ok(())
    }

    /// Extracts transfers, parties, attributions and coreference links from one input (text or
    /// HTML, sniffed). Input over [`MAX_INPUT_BYTES`] or binary data is refused.
    pub fn extract(&self, source: &str, input: &[u8]) -> Result<Extraction, ExtractError> {
        let text = clean::decode(input)?;
        let (doc, published) = clean::clean_text_dated(source, text, &self.data);
        Ok(self.run(&doc, published))
    }

    /// Extracts from a document already cleaned with [`clean`].
    pub fn extract_document(&self, doc: &Document) -> Extraction {
        self.run(doc, None)
    }

    fn run(&self, doc: &Document, published: Option<String>) -> Extraction {
        let res = Res {
            data: &self.data,
            tax: &self.tax,
            ac: &self.ac,
            ents: &self.ents,
            known: &self.known,
            sets: &self.sets,
        };
        let mut out = extract::run(&res, doc, published);
        let model = &self.data.confidence;
        for t in out
            .transfers
            .iter_mut()
            .chain(out.non_factual.iter_mut().map(|n| &mut n.transfer))
        {
            t.confidence = model.score(t);
        }
        // records the model doubts are kept apart, not dropped: a reviewer can still see them
        let (kept, doubted): (Vec<_>, Vec<_>) = std::mem::take(&mut out.transfers)
            .into_iter()
            .partition(|t| t.confidence >= self.min_confidence);
        out.transfers = kept;
        out.set_aside = doubted;
        out
    }

    /// The confidence floor: transfers scoring below it go to `set_aside` instead of
    /// `transfers`. Defaults to the floor fitted with the model (`data/confidence.toml`); 0 keeps
    /// every record. Values outside 0..=1 are refused.
    pub fn with_min_confidence(mut self, floor: f64) -> Result<Self, ExtractError> {
        if !(0.0..=1.0).contains(&floor) {
            return Err(ExtractError::Setting {
                name: "min_confidence",
                message: format!("{floor} is not between 0 and 1"),
            });
        }
        self.min_confidence = floor;
        Ok(self)
    }

    /// The confidence floor in force.
    pub fn min_confidence(&self) -> f64 {
        self.min_confidence
    }

    /// The confidence model scoring each record (its weights, floor and provenance).
    pub fn confidence_model(&self) -> &confidence::ConfidenceModel {
        &self.data.confidence
    }

    /// Cleans one input with this extractor's data (see [`clean`]).
    pub fn clean(&self, source: &str, input: &[u8]) -> Result<Document, ExtractError> {
        let text = clean::decode(input)?;
        Ok(clean::clean_text(source, text, &self.data))
    }

    /// Classifies an item phrase with the taxonomy (`other` when no term matches).
    pub fn classify_item(&self, text: &str) -> ItemClass {
        match self.tax.classify(text) {
            Some((c, _)) => c,
            None => taxonomy::Taxonomy::other(text),
        }
    }
}
