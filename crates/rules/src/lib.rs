//! Sanctions regimes as data, and the assessment of transferred items against them.
//!
//! A regime (the UN DPRK measures, later Iran or Russia) is a TOML file under `regimes/`: one entry
//! per provision, with its resolution, paragraph, verification status, sources, direction, the item
//! categories and tags it covers, thresholds, caps, exemptions and the provisions that widen or
//! narrow it. [`Regimes::assess`] turns an [`Item`] and a [`TransferContext`] into one
//! [`Assessment`] per regime whose target a party is linked to.
//!
//! Key design decision: the law lives in the data files, not in code. The engine knows only
//! generic ideas (match rules, open-ended lists, value thresholds, quantity caps, exemptions,
//! widening chains), so a new regime is a new file with no code change, and every verdict cites
//! the paragraphs it rests on, carrying their "unverified" status through to the reader.
#![deny(missing_docs)]

mod assess;
mod error;
pub mod format;
mod regime;

pub use assess::TransferContext;
pub use error::RulesError;
pub use regime::{vocabulary, Regime};

use embargo_model::{Assessment, Item};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/builtin_regimes.rs"));

/// Most regime files read from one directory.
const MAX_FILES: usize = 256;

/// A set of loaded, validated regimes.
#[derive(Debug, Clone, Default)]
pub struct Regimes {
    regimes: Vec<Regime>,
}

impl Regimes {
    /// The regimes shipped in `regimes/*.toml`, embedded at build time.
    pub fn builtin() -> Result<Regimes, RulesError> {
        Regimes::from_sources(BUILTIN_REGIMES.iter().copied())
    }

    /// Every `*.toml` file directly in `dir` (sub-directories such as `vocabulary/` are skipped).
    pub fn load_dir(dir: &Path) -> Result<Regimes, RulesError> {
        let io = |source| RulesError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            let path = entry.map_err(io)?.path();
            if path.is_file() && path.extension().is_some_and(|e| e == "toml") {
                paths.push(path);
            }
        }
        if paths.is_empty() {
            return Err(RulesError::Directory {
                dir: dir.to_path_buf(),
                message: "no regime files (*.toml)".into(),
            });
        }
        if paths.len() > MAX_FILES {
            return Err(RulesError::Directory {
                dir: dir.to_path_buf(),
                message: format!(
                    "{} regime files, more than the limit of {MAX_FILES}",
                    paths.len()
                ),
            });
        }
        paths.sort();
        let mut texts = Vec::with_capacity(paths.len());
        for path in &paths {
            let size = std::fs::metadata(path)
                .map_err(|source| RulesError::Io {
                    path: path.clone(),
                    source,
                })?
                .len();
            if size > regime::MAX_FILE_BYTES {
                return Err(RulesError::TooLarge {
                    file: path.display().to_string(),
                    size,
                    limit: regime::MAX_FILE_BYTES,
                });
            }
            let text = std::fs::read_to_string(path).map_err(|source| RulesError::Io {
                path: path.clone(),
                source,
            })?;
            texts.push((path.display().to_string(), text));
        }
        Regimes::from_sources(texts.iter().map(|(n, t)| (n.as_str(), t.as_str())))
    }

    /// Regimes from (file name, TOML text) pairs; the name is used in error messages.
    pub fn from_sources<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Regimes, RulesError> {
        let mut regimes: Vec<Regime> = Vec::new();
        for (name, text) in files {
            let r = Regime::parse(name, text)?;
            if let Some(prev) = regimes.iter().find(|p| p.id() == r.id()) {
                return Err(RulesError::DuplicateRegime {
                    id: r.id().to_string(),
                    first: prev.file().to_string(),
                    second: name.to_string(),
                });
            }
            regimes.push(r);
        }
        Ok(Regimes { regimes })
    }

    /// Ids of the loaded regimes, in load order.
    pub fn ids(&self) -> Vec<String> {
        self.regimes.iter().map(|r| r.id().to_string()).collect()
    }

    /// The regime with this id.
    pub fn get(&self, id: &str) -> Option<&Regime> {
        self.regimes.iter().find(|r| r.id() == id)
    }

    /// All loaded regimes.
    pub fn iter(&self) -> impl Iterator<Item = &Regime> {
        self.regimes.iter()
    }

    /// Number of loaded regimes.
    pub fn len(&self) -> usize {
        self.regimes.len()
    }

    /// True when no regime is loaded.
    pub fn is_empty(&self) -> bool {
        self.regimes.is_empty()
    }

    /// One line per regime for a report's `reference_data`.
    pub fn references(&self) -> Vec<String> {
        self.regimes.iter().map(Regime::reference).collect()
    }

    /// Assesses one item: one [`Assessment`] per regime whose target the giver or the recipient is
    /// linked to (by country code or sanctions programme). Regimes with no linked party are
    /// skipped, so an empty result means "no regime applies to these parties".
    pub fn assess(&self, item: &Item, ctx: &TransferContext) -> Vec<Assessment> {
        self.regimes
            .iter()
            .filter_map(|r| assess::assess_regime(r, item, ctx))
            .collect()
    }

    /// Assesses `item` and stores the result in `item.assessments` (replacing what was there).
    pub fn assess_into(&self, item: &mut Item, ctx: &TransferContext) {
        item.assessments = self.assess(item, ctx);
    }
}
