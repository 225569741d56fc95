//! The real stages: `embargo-extract`, `embargo-screen` over `embargo-lists`, `embargo-rules`.
use crate::{
    AnalyzeError, AnalyzeOptions, Analyzer, AssessStage, Direction, ExtractStage, ScreenStage,
};
use embargo_extract::Extractor;
use embargo_lists::ListSet;
use embargo_model::{Assessment, Extraction, Item, PartyKind, Schema, ScreeningHit};
use embargo_rules::{Regimes, TransferContext};
use embargo_screen::{ScreenOptions, Screener};

impl ExtractStage for Extractor {
    fn extract(&self, source: &str, input: &[u8]) -> Result<Extraction, AnalyzeError> {
        Extractor::extract(self, source, input).map_err(|e| AnalyzeError::Extract {
            doc: source.to_string(),
            message: e.to_string(),
        })
    }
}

/// The screener over one loaded list set, with the versions of its lists.
pub struct ListScreener {
    screener: Screener,
    versions: Vec<String>,
}

impl ListScreener {
    /// Indexes every entry of `lists` once.
    pub fn new(lists: &ListSet) -> ListScreener {
        let versions = lists
            .lists
            .iter()
            .map(|l| {
                format!(
                    "{} {} version {} ({} entries)",
                    l.kind,
                    l.provenance.source_file,
                    l.provenance.version,
                    l.entries.len()
                )
            })
            .collect();
        ListScreener {
            screener: Screener::build(lists.entries()),
            versions,
        }
    }
}

impl ScreenStage for ListScreener {
    fn screen(
        &self,
        name: &str,
        schema: Option<Schema>,
        threshold: Option<f64>,
        limit: usize,
    ) -> Result<Vec<ScreeningHit>, String> {
        let mut o = ScreenOptions::default();
        if let Some(t) = threshold {
            o.threshold = t;
        }
        o.schema = schema;
        o.limit = limit;
        self.screener
            .screen(name, &o)
            .map(|r| r.hits)
            .map_err(|e| e.to_string())
    }

    fn versions(&self) -> Vec<String> {
        self.versions.clone()
    }
}

impl AssessStage for Regimes {
    fn assess(&self, item: &Item, dir: &Direction) -> Vec<Assessment> {
        let ctx = TransferContext {
            giver_countries: dir.giver_countries.clone(),
            recipient_countries: dir.recipient_countries.clone(),
            giver_programs: dir.giver_programs.clone(),
            recipient_programs: dir.recipient_programs.clone(),
        };
        Regimes::assess(self, item, &ctx)
    }

    fn versions(&self) -> Vec<String> {
        self.references()
    }
}

/// "KIM, Jong Un" → "Kim Jong Un"-order ("Jong Un KIM"): lists write persons surname-first.
fn display_name(name: &str, schema: Schema) -> String {
    match (schema, name.split_once(',')) {
        (Schema::Person, Some((last, first))) if !first.trim().is_empty() => {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => name.trim().to_string(),
    }
}

impl Analyzer {
    /// Builds the analyzer over `lists`: the screening index, the extractor's gazetteers and the
    /// regimes, once.
    pub fn new(lists: &ListSet, opts: AnalyzeOptions) -> Result<Analyzer, AnalyzeError> {
        let mut extractor = Extractor::builtin().map_err(|e| AnalyzeError::Build {
            stage: "extract",
            message: e.to_string(),
        })?;
        if let Some(c) = opts.min_confidence {
            extractor = extractor
                .with_min_confidence(c)
                .map_err(|e| AnalyzeError::Build {
                    stage: "extract",
                    message: e.to_string(),
                })?;
        }
        if opts.known_names_from_lists {
            let names: Vec<(String, PartyKind)> = lists
                .entries()
                .filter_map(|e| match e.schema {
                    Schema::Person => Some((display_name(&e.name, e.schema), PartyKind::Person)),
                    Schema::Organization => {
                        Some((display_name(&e.name, e.schema), PartyKind::Organisation))
                    }
                    _ => None,
                })
                .collect();
            extractor = extractor.with_known_names(names);
        }
        let regimes = Regimes::builtin().map_err(|e| AnalyzeError::Build {
            stage: "rules",
            message: e.to_string(),
        })?;
        Analyzer::from_stages(
            Box::new(extractor),
            Box::new(ListScreener::new(lists)),
            Box::new(regimes),
            opts,
        )
    }

    /// Builds the analyzer over the lists shipped with embargo (`ListSet::builtin`).
    pub fn builtin(opts: AnalyzeOptions) -> Result<Analyzer, AnalyzeError> {
        let lists = ListSet::builtin().map_err(|e| AnalyzeError::Build {
            stage: "screen",
            message: format!("loading the shipped lists: {e}"),
        })?;
        Analyzer::new(&lists, opts)
    }
}

#[cfg(test)]
mod tests {
    use super::display_name;
    use embargo_model::Schema;

    #[test]
    fn person_names_are_turned_given_name_first() {
        assert_eq!(display_name("KIM, Jong Un", Schema::Person), "Jong Un KIM");
        assert_eq!(display_name("ACME, LLC", Schema::Organization), "ACME, LLC");
    }
}
