//! The three stages the analyzer drives, as traits so each can be injected.
use crate::AnalyzeError;
use embargo_model::{Assessment, Extraction, Item, Schema, ScreeningHit};

/// Who an item goes from and to, as the assessment needs it (states and sanctions programmes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Direction {
    /// ISO-2 codes of the states the giver is linked to.
    pub giver_countries: Vec<String>,
    /// ISO-2 codes of the states the recipient is linked to.
    pub recipient_countries: Vec<String>,
    /// Sanctions programmes of the giver's list entries.
    pub giver_programs: Vec<String>,
    /// Sanctions programmes of the recipient's list entries.
    pub recipient_programs: Vec<String>,
}

/// Reads one document into an [`Extraction`] (clean, mentions, items, transfers, attribution).
pub trait ExtractStage: Send + Sync {
    /// Extracts from `input` (text or HTML); `source` is its path or URL.
    fn extract(&self, source: &str, input: &[u8]) -> Result<Extraction, AnalyzeError>;
}

/// Screens one name against the loaded sanctions lists.
pub trait ScreenStage: Send + Sync {
    /// Hits of `name` with score ≥ `threshold` (`None` = the screener's default), best first,
    /// at most `limit`. `schema` restricts the entries compared (`None` = any).
    /// An error means the name was refused (empty, too long, not a name); the caller skips it.
    fn screen(
        &self,
        name: &str,
        schema: Option<Schema>,
        threshold: Option<f64>,
        limit: usize,
    ) -> Result<Vec<ScreeningHit>, String>;

    /// The lists in use, one line each (`us-ofac-sdn ofac_sdn_2024-05-03.csv 2024-05-03`).
    fn versions(&self) -> Vec<String>;
}

/// Assesses one item under every regime.
pub trait AssessStage: Send + Sync {
    /// One assessment per applicable regime.
    fn assess(&self, item: &Item, dir: &Direction) -> Vec<Assessment>;

    /// The regimes in use, one line each (`regime un-dprk`).
    fn versions(&self) -> Vec<String>;
}
