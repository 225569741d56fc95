//! Sanctions list entries and screening hits.
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which sanctions list an entry comes from; serialised as the ids in the screening contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ListKind {
    /// US OFAC Specially Designated Nationals list.
    #[serde(rename = "us-ofac-sdn")]
    UsOfacSdn,
    /// US OFAC consolidated (non-SDN) lists.
    #[serde(rename = "us-ofac-cons")]
    UsOfacCons,
    /// UN Security Council consolidated list.
    #[serde(rename = "un-sc")]
    UnSc,
    /// UK FCDO sanctions list.
    #[serde(rename = "gb-fcdo")]
    GbFcdo,
    /// OpenSanctions FollowTheMoney data.
    #[serde(rename = "opensanctions")]
    OpenSanctions,
}

impl ListKind {
    /// Every list kind, in display order.
    pub const ALL: [ListKind; 5] = [
        ListKind::UsOfacSdn,
        ListKind::UsOfacCons,
        ListKind::UnSc,
        ListKind::GbFcdo,
        ListKind::OpenSanctions,
    ];

    /// The stable id used in JSON and on the command line (`us-ofac-sdn`, …).
    pub fn as_str(&self) -> &'static str {
        match self {
            ListKind::UsOfacSdn => "us-ofac-sdn",
            ListKind::UsOfacCons => "us-ofac-cons",
            ListKind::UnSc => "un-sc",
            ListKind::GbFcdo => "gb-fcdo",
            ListKind::OpenSanctions => "opensanctions",
        }
    }

    /// Parses a stable id (`us-ofac-sdn`, …); `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        ListKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for ListKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of thing a list entry or a screening query names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Schema {
    /// A natural person.
    Person,
    /// A company, organisation, government body or other legal entity.
    Organization,
    /// A ship.
    Vessel,
    /// An aircraft.
    Aircraft,
    /// Not stated by the source.
    Unknown,
}

impl Schema {
    /// The lowercase name used in JSON and on the command line.
    pub fn as_str(&self) -> &'static str {
        match self {
            Schema::Person => "person",
            Schema::Organization => "organization",
            Schema::Vessel => "vessel",
            Schema::Aircraft => "aircraft",
            Schema::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Schema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a list entry was read from: which list, which file, which version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The list.
    pub list: ListKind,
    /// The file (or files, joined by `+`) the entry was read from.
    pub source_file: String,
    /// The list's own date or version (e.g. `2024-05-03`, the UN `dateGenerated`).
    pub version: String,
}

/// How strong an alias is: OFAC and the UN mark some aliases as weak ("low quality").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AliasQuality {
    /// A reliable alternative name.
    Strong,
    /// A low-quality alias (OFAC "weak aka", UN "Low" quality).
    Weak,
}

/// An alternative name of a list entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    /// The alias as written in the list.
    pub name: String,
    /// The list's own judgement of its quality.
    pub quality: AliasQuality,
}

/// One designated person, organisation, vessel or aircraft, as read from one list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListEntry {
    /// The list's own id of the entry (OFAC ent_num `41064`, UN `KPi.076`, UK `RUS0689`).
    pub list_id: String,
    /// What the entry names.
    pub schema: Schema,
    /// The primary name as written in the list (e.g. `KOZHEMYAKO, Oleg Nikolayevich`).
    pub name: String,
    /// Other names the list gives.
    pub aliases: Vec<Alias>,
    /// Dates of birth as written (ISO where the source allows).
    pub birth_dates: Vec<String>,
    /// Nationalities or citizenships as written.
    pub nationalities: Vec<String>,
    /// Sanctions programmes or regimes (`DPRK3`, `RUSSIA-EO14024`, `Russia`).
    pub programs: Vec<String>,
    /// Titles or positions given by the list.
    pub titles: Vec<String>,
    /// Date of designation, if the list gives one.
    pub listed_on: Option<String>,
    /// Free-text remarks from the list.
    pub remarks: Option<String>,
    /// Where this entry came from.
    pub provenance: Provenance,
}

impl ListEntry {
    /// All names of the entry: the primary name first, then aliases.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(|a| a.name.as_str()))
    }
}

/// How one query token was matched to one listed token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Identical after normalisation.
    Exact,
    /// Equal under a transliteration variant (e.g. `peskoff` ~ `peskov`).
    Transliteration,
    /// Equal phonetic keys.
    Phonetic,
    /// Within a small edit distance.
    EditDistance,
    /// An initial matched a full token.
    Initial,
    /// A known name equivalence (e.g. Korean surname Ri/Lee/Yi).
    Alias,
}

/// One token pairing inside a screening explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenMatch {
    /// The token of the query.
    pub query_token: String,
    /// The token of the listed name it was paired with.
    pub listed_token: String,
    /// How they matched.
    pub kind: MatchKind,
    /// Similarity of the pair in 0..1.
    pub score: f64,
}

/// One list entry that a screened name may refer to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScreeningHit {
    /// The list (`us-ofac-sdn`, …).
    pub list: ListKind,
    /// The list's own id of the entry.
    pub list_id: String,
    /// The listed name (primary or alias) that matched best.
    pub listed_name: String,
    /// The primary name of the entry (may equal `listed_name`).
    pub primary_name: String,
    /// What the entry names.
    pub schema: Schema,
    /// Programmes of the entry.
    pub programs: Vec<String>,
    /// Match score in 0..1.
    pub score: f64,
    /// A sentence a person can read: which tokens matched how.
    pub explanation: String,
    /// The token pairings behind the explanation.
    pub token_matches: Vec<TokenMatch>,
    /// Query tokens left unmatched (they lower the score).
    pub unmatched_query_tokens: Vec<String>,
    /// Listed tokens left unmatched.
    pub unmatched_listed_tokens: Vec<String>,
}

/// The screening result of one query name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScreeningResult {
    /// The name as queried.
    pub query: String,
    /// Hits over the threshold, best first.
    pub hits: Vec<ScreeningHit>,
}
