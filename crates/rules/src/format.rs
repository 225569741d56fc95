//! The on-disk shape of a regime file (`regimes/*.toml`), as documented in `docs/regimes.md`.
//!
//! These types are plain serde data; every check that needs more than a type
//! (known tags, defined sources, existing provision ids) is in `validate`.
use serde::Deserialize;

/// A whole regime file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimeFile {
    /// Format version; only `1` exists.
    pub format: u32,
    /// Regime-level metadata.
    pub regime: RegimeMeta,
    /// Tags this file adds to the shared vocabulary.
    #[serde(default)]
    pub vocabulary: Option<Vocabulary>,
    /// Sources the provisions cite by tag.
    #[serde(default, rename = "source")]
    pub sources: Vec<SourceDef>,
    /// National lists consulted for open-ended provisions.
    #[serde(default, rename = "national_list")]
    pub national_lists: Vec<NationalList>,
    /// The provisions, in citation order (a provision before the ones that widen it).
    #[serde(default, rename = "provision")]
    pub provisions: Vec<ProvisionDef>,
}

/// Regime-level metadata.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimeMeta {
    /// Stable id (`un-dprk`), used in `Assessment.regime`.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Who issued the measures (`UN Security Council`).
    #[serde(default)]
    pub authority: Option<String>,
    /// Prefix of every citation (`UNSCR`).
    pub citation_prefix: String,
    /// ISO 3166-1 alpha-2 code of the target state (`KP`).
    pub target_state: String,
    /// How reasons name the target (`the DPRK`).
    pub target_label: String,
    /// Other country codes or names that mean the target (`PRK`, `North Korea`).
    #[serde(default)]
    pub target_aliases: Vec<String>,
    /// Sanctions programme names that mark a listed party as linked to the target.
    #[serde(default)]
    pub target_programs: Vec<String>,
    /// Version or date of the texts the file was written from.
    pub version: String,
    /// Reason given when no provision covers an item; `{item}` and `{class}` are filled in.
    pub not_covered_reason: String,
    /// Reason when only the giver is linked (exports from the target); defaults to `not_covered_reason`.
    #[serde(default)]
    pub not_covered_reason_from: Option<String>,
}

/// Tags a regime file adds to the shared vocabulary.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// The added tags.
    pub tags: Vec<String>,
}

/// One source document.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    /// Tag cited in provisions (`S1`).
    pub tag: String,
    /// Title of the source.
    pub title: String,
    /// Where it was read.
    #[serde(default)]
    pub url: Option<String>,
}

/// A national list (or reported practice) that names goods an open-ended provision may reach.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalList {
    /// Id of the list (`gb-2006-luxury`).
    pub id: String,
    /// State code, or `various` for reported practice.
    pub state: String,
    /// Title of the instrument.
    pub title: String,
    /// Sources (tags of `[[source]]`).
    pub sources: Vec<String>,
    /// The goods it names.
    pub entries: Vec<NationalEntry>,
}

/// One line of a national list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalEntry {
    /// The words of the list (`Pure bred horses`).
    pub text: String,
    /// Item tags it corresponds to.
    pub tags: Vec<String>,
    /// A caveat to carry into reasons.
    #[serde(default)]
    pub note: Option<String>,
}

/// Which way a provision reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Supply, sale or transfer to the target.
    ToTarget,
    /// Export or transfer from the target (and procurement from it).
    FromTarget,
    /// Either way.
    Both,
}

/// The verdict a provision gives when it covers an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The item is covered.
    Prohibited,
    /// Covered only depending on a fact (`depends_on` says which).
    PossiblyProhibited,
}

/// One provision of a regime.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionDef {
    /// Stable id within the regime (`1718-OP8a-i`); never carries an unverified number as fact.
    pub id: String,
    /// Resolution or instrument number (`1718`).
    pub resolution: String,
    /// Year of adoption.
    pub year: u16,
    /// Paragraph as cited (`OP8(a)(i)`, `6`, `Annex IV`); absent when no number is known.
    #[serde(default)]
    pub paragraph: Option<String>,
    /// False when the paragraph number was not read in a source (UNVERIFIED).
    pub verified: bool,
    /// Short title used in reasons.
    pub title: String,
    /// Quoted (in quotes) or paraphrased text of the provision.
    pub text: String,
    /// Source tags (`S1`) the text was read in.
    pub sources: Vec<String>,
    /// Which way the provision reaches.
    pub direction: Direction,
    /// Verdict when a `covers` rule matches (a rule may override it).
    pub verdict: Effect,
    /// What a `possibly_prohibited` verdict depends on (a rule may override it).
    #[serde(default)]
    pub depends_on: Vec<String>,
    /// Which items the provision names.
    #[serde(default)]
    pub covers: Vec<MatchRule>,
    /// Items the provision may reach because its list is open ("not limited to").
    #[serde(default)]
    pub open_ended: Option<OpenEnded>,
    /// Minimum value for the provision to apply.
    #[serde(default)]
    pub threshold: Option<Threshold>,
    /// Quantity caps (any one applies).
    #[serde(default)]
    pub caps: Vec<Cap>,
    /// Exemptions; those with `applies_to` soften the verdict for matching items.
    #[serde(default)]
    pub exemptions: Vec<Exemption>,
    /// Provisions that widen this one's scope (ids in the same file).
    #[serde(default)]
    pub widened_by: Vec<String>,
    /// Provisions that narrow it (a lower cap, a later restriction).
    #[serde(default)]
    pub narrowed_by: Vec<String>,
    /// Said in reasons when an item is in a `covers` rule's scope but excluded by its `none_tags`.
    #[serde(default)]
    pub excluded_note: Option<String>,
}

/// Which items a rule matches: (category in `categories` OR a tag in `tags`)
/// AND every `all_tags` AND none of `none_tags`. `prefix:*` matches by prefix.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchRule {
    /// Item categories (any of).
    #[serde(default)]
    pub categories: Vec<String>,
    /// Item tags (any of).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Tags the item must all carry.
    #[serde(default)]
    pub all_tags: Vec<String>,
    /// Tags that exclude the item.
    #[serde(default)]
    pub none_tags: Vec<String>,
    /// Verdict override for this rule.
    #[serde(default)]
    pub verdict: Option<Effect>,
    /// `depends_on` override for this rule.
    #[serde(default)]
    pub depends_on: Option<Vec<String>>,
    /// What the rule recognises, in words (`arms or related materiel`).
    #[serde(default)]
    pub note: Option<String>,
}

/// The open part of a provision: items it may reach beyond what it names.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenEnded {
    /// Item categories (any of).
    #[serde(default)]
    pub categories: Vec<String>,
    /// Item tags (any of).
    #[serde(default)]
    pub tags: Vec<String>,
    /// What the verdict depends on.
    pub depends_on: Vec<String>,
    /// What kind of item this reaches, in words.
    #[serde(default)]
    pub note: Option<String>,
}

/// A value threshold: the provision applies only above it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    /// The item must be worth more than this many US dollars (each).
    pub value_usd_over: f64,
}

/// A quantity cap over a period.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cap {
    /// The capped amount.
    pub amount: f64,
    /// Its unit (`barrels`, `tons`).
    pub unit: String,
    /// The period (`12 months`).
    pub period: String,
    /// Start date (ISO), if any.
    #[serde(default)]
    pub from: Option<String>,
}

/// An exemption from a provision.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exemption {
    /// What is exempt.
    pub text: String,
    /// Source tags.
    pub sources: Vec<String>,
    /// Items for which the exemption may apply; the verdict then becomes possibly_prohibited.
    #[serde(default)]
    pub applies_to: Option<MatchRule>,
    /// What settles whether the exemption applies.
    #[serde(default)]
    pub depends_on: Vec<String>,
    /// Id of the provision that ended this exemption; a superseded exemption is documented, never applied.
    #[serde(default)]
    pub superseded_by: Option<String>,
}
