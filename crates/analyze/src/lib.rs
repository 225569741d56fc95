//! embargo-analyze: the whole analysis of one article — extract, resolve, assess, report.
//!
//! `Analyzer::analyze` runs clean → extract (crate `embargo-extract`) → **resolve** (every party
//! screened against the sanctions lists, its linked states widened from the programmes of its list
//! entries, its roles filled from the transfers) → **assess** (every item of every transfer under
//! every regime, with the direction taken from the resolved parties) → [`Report`], the JSON
//! contract documented in `docs/report.schema.json`. [`render`] turns a report into terminal text
//! or a self-contained HTML page.
//!
//! Build once with `Analyzer::new(&lists, opts)` (or `Analyzer::builtin(opts)` over the shipped
//! lists; both need the default feature `builtin`), then call [`Analyzer::analyze`] per document.
//! Screening policy (why a party has the hits it has): persons are queried by names of two or
//! more words against person entries, organisations against every non-person entry (ships
//! included), states and unnamed groups not at all; hits below [`DEFAULT_REPORT_THRESHOLD`] or
//! far below a strong match (namesakes) are dropped.
//!
//! Key decision: the three stages are held behind small traits ([`ExtractStage`],
//! [`ScreenStage`], [`AssessStage`]) that the real crates implement (feature `builtin`), so the
//! resolve/assess logic is tested on its own, everything reference-like is built once in
//! [`Analyzer::new`], and `analyze` is a pure function of its input (the analyzer is `Send + Sync`
//! and documents can run in parallel).
#![deny(missing_docs)]

mod programs;
pub mod render;
mod resolve;
mod stages;

#[cfg(feature = "builtin")]
mod builtin;

pub use programs::{ProgramCountries, ProgramRule};
pub use stages::{AssessStage, Direction, ExtractStage, ScreenStage};

#[cfg(feature = "builtin")]
pub use builtin::ListScreener;

use embargo_model::{Report, Transfer};

/// Default cap on list entries kept per party (best first).
pub const DEFAULT_MAX_HITS: usize = 5;

/// Default minimum score of a list entry in a report. Higher than the screener's interactive
/// default: on the shipped lists true matches, misspelt ones included ("Kozhemiako", "Peskoff",
/// "Poutine"), score ≥ 0.95, while unrelated names sharing one token score 0.64–0.76
/// (an unlisted ambassador "Alexander M…" vs "MAZHUGA, Alexander": 0.71). A report goes to a
/// reader who cannot re-run the search, so it carries only candidates worth their review.
pub const DEFAULT_REPORT_THRESHOLD: f64 = 0.8;

/// A hit at or above this score "explains" a name: its namesakes are dropped (see
/// [`AnalyzeOptions::namesake_margin`]) and its programmes link the party to a state and count
/// for the assessment. Weaker hits are shown as candidates only.
pub const STRONG_MATCH: f64 = 0.95;

/// Errors of the analysis; each names the document, file or stage it comes from.
#[derive(Debug, thiserror::Error)]
pub enum AnalyzeError {
    /// The extraction stage refused or failed on a document.
    #[error("extraction of {doc}: {message}")]
    Extract {
        /// The document source (path or URL).
        doc: String,
        /// What the extractor said.
        message: String,
    },
    /// A reference-data file (program mapping) could not be read.
    #[error("{file}: {message}")]
    Data {
        /// The data file.
        file: String,
        /// What is wrong, with line/field where known.
        message: String,
    },
    /// A stage could not be built (lists, gazetteers, regimes).
    #[error("building the {stage} stage: {message}")]
    Build {
        /// `extract`, `screen` or `rules`.
        stage: &'static str,
        /// What went wrong.
        message: String,
    },
    /// The options are not usable.
    #[error("option {field}: {message}")]
    Options {
        /// The option.
        field: &'static str,
        /// Why it is refused.
        message: String,
    },
}

/// Options of the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyzeOptions {
    /// Minimum screening score (0..1) for a list entry to be reported; `None` = [`DEFAULT_REPORT_THRESHOLD`].
    pub threshold: Option<f64>,
    /// When a party's best hit is strong (≥ [`STRONG_MATCH`]), drop its hits scoring more than this
    /// below the best: they are namesakes and relatives ("PUTIN, Igor" next to "PUTIN, Vladimir").
    /// `None` keeps every hit over the threshold.
    pub namesake_margin: Option<f64>,
    /// Most list entries kept per party, best first.
    pub max_hits: usize,
    /// Give the extractor the names of listed persons/organisations as known names.
    pub known_names_from_lists: bool,
    /// Also assess the items of non-factual claims (denials, plans), reported apart from facts.
    pub assess_non_factual: bool,
    /// The extractor's confidence floor (0..1); `None` keeps the floor fitted with its model.
    pub min_confidence: Option<f64>,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            threshold: None,
            namesake_margin: Some(0.12),
            max_hits: DEFAULT_MAX_HITS,
            known_names_from_lists: false,
            assess_non_factual: true,
            min_confidence: None,
        }
    }
}

impl AnalyzeOptions {
    fn check(&self) -> Result<(), AnalyzeError> {
        if let Some(t) = self.threshold {
            if !(0.0..=1.0).contains(&t) || t.is_nan() {
                return Err(AnalyzeError::Options {
                    field: "threshold",
                    message: format!("{t} is not in 0..1"),
                });
            }
        }
        if let Some(m) = self.namesake_margin {
            if !(0.0..=1.0).contains(&m) || m.is_nan() {
                return Err(AnalyzeError::Options {
                    field: "namesake_margin",
                    message: format!("{m} is not in 0..1"),
                });
            }
        }
        if self.max_hits == 0 {
            return Err(AnalyzeError::Options {
                field: "max_hits",
                message: "must be at least 1".into(),
            });
        }
        Ok(())
    }
}

/// The analysis pipeline, built once (lists indexed, gazetteers and regimes loaded) and reused.
pub struct Analyzer {
    extract: Box<dyn ExtractStage>,
    screen: Box<dyn ScreenStage>,
    assess: Box<dyn AssessStage>,
    programs: ProgramCountries,
    opts: AnalyzeOptions,
    reference_data: Vec<String>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("opts", &self.opts)
            .field("reference_data", &self.reference_data)
            .finish_non_exhaustive()
    }
}

impl Analyzer {
    /// Builds an analyzer from injected stages (tests, or other extractors/screeners).
    pub fn from_stages(
        extract: Box<dyn ExtractStage>,
        screen: Box<dyn ScreenStage>,
        assess: Box<dyn AssessStage>,
        opts: AnalyzeOptions,
    ) -> Result<Analyzer, AnalyzeError> {
        opts.check()?;
        let mut reference_data = screen.versions();
        reference_data.extend(assess.versions());
        Ok(Analyzer {
            extract,
            screen,
            assess,
            programs: ProgramCountries::builtin()?,
            opts,
            reference_data,
        })
    }

    /// The options in use.
    pub fn options(&self) -> &AnalyzeOptions {
        &self.opts
    }

    /// The programme → state mapping in use.
    pub fn programs(&self) -> &ProgramCountries {
        &self.programs
    }

    /// Analyses one article (text or HTML; `source` is its path or URL, used in the report).
    pub fn analyze(&self, source: &str, input: &[u8]) -> Result<Report, AnalyzeError> {
        let extraction = self.extract.extract(source, input)?;
        let mut report = Report {
            document: extraction.document,
            transfers: extraction.transfers,
            parties: extraction.parties,
            non_factual: extraction.non_factual,
            set_aside: extraction.set_aside,
            coreference: extraction.coreference,
            reference_data: self.reference_data.clone(),
        };
        resolve::resolve_parties(
            &mut report,
            self.screen.as_ref(),
            &self.programs,
            &self.opts,
        );
        let parties = &report.parties;
        for t in report.transfers.iter_mut() {
            assess_transfer(t, parties, &self.programs, self.assess.as_ref());
        }
        if self.opts.assess_non_factual {
            for c in report.non_factual.iter_mut() {
                assess_transfer(
                    &mut c.transfer,
                    parties,
                    &self.programs,
                    self.assess.as_ref(),
                );
            }
        }
        Ok(report)
    }
}

/// Fills `item.assessments` of every item of `t`, with the direction taken from its parties.
fn assess_transfer(
    t: &mut Transfer,
    parties: &[embargo_model::Party],
    programs: &ProgramCountries,
    assess: &dyn AssessStage,
) {
    let dir = resolve::direction(t, parties, programs);
    for item in t.items.iter_mut() {
        item.assessments = assess.assess(item, &dir);
    }
}
