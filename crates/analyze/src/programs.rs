//! Sanctions programme → linked state, from `data/program_countries.toml`.
use crate::AnalyzeError;
use embargo_model::ListKind;
use serde::Deserialize;

const FILE: &str = "crates/analyze/data/program_countries.toml";
const BUILTIN: &str = include_str!("../data/program_countries.toml");

/// One mapping rule: a programme (exact or prefix) on some lists → states.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramRule {
    /// List ids the rule applies to; empty = all lists.
    #[serde(default)]
    pub lists: Vec<String>,
    /// The whole programme string, case-insensitive.
    #[serde(default)]
    pub exact: Option<String>,
    /// A programme prefix, case-insensitive.
    #[serde(default)]
    pub prefix: Option<String>,
    /// ISO-2 codes of the states.
    pub countries: Vec<String>,
    /// Why / what the programme is.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    rule: Vec<ProgramRule>,
}

/// The programme → state mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramCountries {
    rules: Vec<ProgramRule>,
}

/// Trims spaces and OFAC's brackets around secondary tags (`[DPRK3]`).
fn clean(program: &str) -> &str {
    program.trim().trim_matches(|c| c == '[' || c == ']').trim()
}

impl ProgramCountries {
    /// The mapping shipped with the crate.
    pub fn builtin() -> Result<Self, AnalyzeError> {
        Self::parse(FILE, BUILTIN)
    }

    /// Parses a mapping file; errors name the file and the rule.
    pub fn parse(file: &str, text: &str) -> Result<Self, AnalyzeError> {
        let parsed: RuleFile = toml::from_str(text).map_err(|e| AnalyzeError::Data {
            file: file.to_string(),
            message: e.to_string(),
        })?;
        for (i, r) in parsed.rule.iter().enumerate() {
            let bad = |m: &str| AnalyzeError::Data {
                file: file.to_string(),
                message: format!("rule #{}: {m}", i + 1),
            };
            if r.exact.is_some() == r.prefix.is_some() {
                return Err(bad("needs exactly one of `exact` or `prefix`"));
            }
            if r.countries.is_empty()
                || r.countries
                    .iter()
                    .any(|c| c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()))
            {
                return Err(bad("`countries` must be ISO-2 codes (e.g. \"KP\")"));
            }
            if let Some(l) = r.lists.iter().find(|l| ListKind::parse(l).is_none()) {
                return Err(bad(&format!("unknown list id {l:?}")));
            }
        }
        Ok(ProgramCountries { rules: parsed.rule })
    }

    /// The rules, in file order.
    pub fn rules(&self) -> &[ProgramRule] {
        &self.rules
    }

    /// States linked to `program` as listed on `list`, in rule order, without repeats.
    pub fn countries(&self, list: ListKind, program: &str) -> Vec<String> {
        let p = clean(program);
        let mut out: Vec<String> = Vec::new();
        for r in &self.rules {
            if !r.lists.is_empty() && !r.lists.iter().any(|l| l == list.as_str()) {
                continue;
            }
            let hit = match (&r.exact, &r.prefix) {
                (Some(e), _) => p.eq_ignore_ascii_case(e),
                (None, Some(pre)) => p
                    .get(..pre.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(pre)),
                (None, None) => false,
            };
            if hit {
                for c in &r.countries {
                    if !out.contains(c) {
                        out.push(c.clone());
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_maps_the_programmes_of_the_shipped_lists() {
        let m = ProgramCountries::builtin().unwrap();
        assert_eq!(m.countries(ListKind::UsOfacSdn, "DPRK3"), vec!["KP"]);
        assert_eq!(m.countries(ListKind::UsOfacSdn, "[DPRK4]"), vec!["KP"]);
        assert_eq!(
            m.countries(ListKind::UsOfacSdn, "RUSSIA-EO14024"),
            vec!["RU"]
        );
        assert_eq!(m.countries(ListKind::GbFcdo, "Russia"), vec!["RU"]);
        assert_eq!(
            m.countries(ListKind::GbFcdo, "Democratic People's Republic of Korea"),
            vec!["KP"]
        );
        assert_eq!(m.countries(ListKind::UnSc, "DPRK"), vec!["KP"]);
        assert_eq!(m.countries(ListKind::UsOfacSdn, "IRAN-EO13846"), vec!["IR"]);
        // thematic programmes say nothing about a state
        assert!(m.countries(ListKind::UsOfacSdn, "SDGT").is_empty());
        assert!(m.countries(ListKind::UsOfacSdn, "GLOMAG").is_empty());
        // a UK regime name does not apply to OFAC tags
        assert!(m.countries(ListKind::UsOfacSdn, "Russia").is_empty());
    }

    #[test]
    fn bad_files_are_refused_with_the_rule_number() {
        let e =
            ProgramCountries::parse("x.toml", "[[rule]]\nexact = \"A\"\ncountries = [\"kp\"]\n")
                .unwrap_err();
        assert!(e.to_string().contains("x.toml: rule #1"), "{e}");
        let e = ProgramCountries::parse("x.toml", "[[rule]]\ncountries = [\"KP\"]\n").unwrap_err();
        assert!(e.to_string().contains("exactly one"), "{e}");
        assert!(ProgramCountries::parse("x.toml", "rule = 3").is_err());
    }
}
