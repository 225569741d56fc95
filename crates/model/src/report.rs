//! Parties, items, transfers, assessments and the report contract.
//!
//! The JSON of [`Report`] is a contract read by other tools: field names stay,
//! fields may be added. It is documented in `docs/report.schema.json`.
use crate::{Evidence, ScreeningHit, Span};
use serde::{Deserialize, Serialize};

/// What kind of party a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    /// A natural person.
    Person,
    /// A company, agency, news outlet or other body.
    Organisation,
    /// A state or its government as a whole.
    State,
    /// Not known.
    Unknown,
}

/// The category an item maps to in the item taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Weapons (firearms, artillery, launchers) and their parts.
    Arms,
    /// Ammunition, shells, explosives.
    Ammunition,
    /// Missiles, rockets and missile systems.
    Missile,
    /// Unmanned aerial vehicles.
    Uav,
    /// Armour and military protective equipment.
    Armor,
    /// Cars, trucks and other land vehicles.
    Vehicle,
    /// Goods that may be luxury goods.
    LuxuryGood,
    /// Aircraft and helicopters.
    Aircraft,
    /// Ships and boats.
    Vessel,
    /// Crude oil, refined petroleum, fuels.
    Fuel,
    /// Dual-use goods (machinery, electronics, metals).
    DualUse,
    /// Money.
    Cash,
    /// Anything else.
    Other,
}

impl Category {
    /// The snake_case name used in JSON and data files.
    pub fn as_str(&self) -> &'static str {
        match self {
            Category::Arms => "arms",
            Category::Ammunition => "ammunition",
            Category::Missile => "missile",
            Category::Uav => "uav",
            Category::Armor => "armor",
            Category::Vehicle => "vehicle",
            Category::LuxuryGood => "luxury_good",
            Category::Aircraft => "aircraft",
            Category::Vessel => "vessel",
            Category::Fuel => "fuel",
            Category::DualUse => "dual_use",
            Category::Cash => "cash",
            Category::Other => "other",
        }
    }
}

/// A party as it takes part in one claim (giver, recipient, source).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyRef {
    /// Canonical name of the party (e.g. `Kim Jong Un`), as resolved.
    pub name: String,
    /// The words the text used at this place (e.g. `his guest`).
    pub mention: String,
    /// Kind of party.
    pub kind: PartyKind,
    /// True when the text does not name this party in the claim's sentence and it was inferred from context.
    pub inferred: bool,
    /// Why it was inferred, with the supporting sentence, when `inferred` is true.
    pub inference: Option<Inference>,
    /// Where the mention lies in the original input, if it is in the text.
    pub span: Option<Span>,
}

/// The support for an inferred party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inference {
    /// A sentence a person can read saying why.
    pub reason: String,
    /// The sentence that supports the inference.
    pub evidence: Evidence,
}

/// Who reported a claim ("according to TASS", "Peskov said").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Name of the source (`TASS`, `Dmitry Peskov`).
    pub name: String,
    /// Kind of source.
    pub kind: PartyKind,
    /// Role or title as the text gives it (`Kremlin spokesman`, `news agency`).
    pub role: Option<String>,
    /// Sources this one cites ("Reuters, citing Russian media" → `Russian media`).
    pub citing: Vec<String>,
    /// The words that make the attribution.
    pub evidence: Evidence,
}

/// A quantity of an item as stated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number (`5`, `24` for "two dozen", `1000000` for "1 million").
    pub value: f64,
    /// Unit, if stated (`barrels`, `tons`, `set`).
    pub unit: Option<String>,
    /// True for "more than", "at least", "about".
    pub approximate: bool,
    /// The words as written (`two dozen`, `more than 1 million`).
    pub text: String,
}

/// How an item was put in its category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemClass {
    /// The category.
    pub category: Category,
    /// Finer tags from the taxonomy (e.g. `ML1`, `ML10`, `military`, `fur`, `annex:2094-IV:automobile`).
    pub tags: Vec<String>,
    /// Which taxonomy rule matched, in words (`"drone" → uav (ML10): unmanned aerial vehicle`).
    pub reason: String,
}

/// The regime verdict on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A provision covers it.
    Prohibited,
    /// Covered only depending on value, a national list, or a fact the text does not give.
    PossiblyProhibited,
    /// No provision of the regime covers it.
    NotCovered,
}

/// A provision cited by an assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProvisionRef {
    /// Id of the provision in its regime file (e.g. `1718-OP8a-i`).
    pub id: String,
    /// Human citation (`UNSCR 1718 (2006) OP8(a)(i)`).
    pub citation: String,
    /// False when the paragraph number was not read in a source (UNVERIFIED).
    pub verified: bool,
    /// The quoted or paraphrased text of the provision.
    pub text: Option<String>,
}

/// The assessment of one item under one regime.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Regime id (`un-dprk`).
    pub regime: String,
    /// The verdict.
    pub verdict: Verdict,
    /// Every provision the verdict rests on.
    pub provisions: Vec<ProvisionRef>,
    /// One or two sentences of reasoning.
    pub reason: String,
    /// What fact would settle a `possibly_prohibited` verdict (value, national list, volume).
    pub depends_on: Vec<String>,
}

/// One transferred thing with its quantity and category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The item as written in the text (`5 one-way attack drones`).
    pub text: String,
    /// Normalised form (lowercase, singular head, quantity removed: `one-way attack drone`).
    pub normalised: String,
    /// Number of units (1 when the text says "a"/"an"), `null` when not stated.
    pub quantity: Option<f64>,
    /// The full quantity as stated.
    pub quantity_detail: Option<Quantity>,
    /// Category name (same as `class.category`), kept flat for the contract.
    pub category: Category,
    /// How the category was chosen.
    pub class: ItemClass,
    /// Stated value in US dollars ("worth $1,200"), when the text gives one; thresholds depend on it.
    #[serde(default)]
    pub value_usd: Option<f64>,
    /// Where the item phrase lies in the original input.
    pub span: Option<Span>,
    /// Regime assessments (filled by the assessment stage).
    #[serde(default)]
    pub assessments: Vec<Assessment>,
}

/// One transfer: giver → recipient : items, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transfer {
    /// Id unique within the report (`t1`, `t2`, …).
    pub id: String,
    /// The giver, `null` when the text does not name one.
    pub giver: Option<PartyRef>,
    /// Why the giver is `null` or inferred (e.g. "not named in the sentence; context: Russian officials").
    pub giver_note: Option<String>,
    /// The recipient.
    pub recipient: Option<PartyRef>,
    /// What was transferred.
    pub items: Vec<Item>,
    /// The kind of transfer (`gift`, `sale`, `delivery`, `shipment`, `transfer`).
    pub kind: String,
    /// The words that signal the transfer (`presented … with`, `received … as a gift from`).
    pub trigger: String,
    /// Date as stated or resolved (ISO where possible), if any.
    pub date: Option<String>,
    /// Place, if stated.
    pub place: Option<String>,
    /// Who reported it.
    pub attributed_to: Vec<Attribution>,
    /// The sentence(s) the transfer came from, offsets into the original input.
    pub evidence: Vec<Evidence>,
    /// Confidence in 0..1 of the extraction.
    pub confidence: f64,
}

/// A statement about a transfer that is not a fact: a denial, a plan, speculation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NonFactualClaim {
    /// `denied`, `planned`, `speculative`, `negated`, `conditional`.
    pub modality: String,
    /// The cue words (`denied`, `plans to`, `could`).
    pub cue: String,
    /// The transfer as it would read if it were a fact.
    pub transfer: Transfer,
}

/// A coreference link: a mention resolved to a party, recorded so it can be audited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorefLink {
    /// The words in the text (`his guest`, `the North Korean leader`, `he`).
    pub mention: String,
    /// Where they lie in the original input.
    pub span: Span,
    /// The canonical name of the party they were resolved to.
    pub party: String,
    /// The rule that made the link (`epithet`, `pronoun`, `surname`, `role`).
    pub rule: String,
}

/// A mention of something named in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The words in the text.
    pub text: String,
    /// Where they lie in the original input.
    pub span: Span,
    /// What is mentioned: `person`, `organisation`, `state`, `demonym`, `place`, `date`, `quantity`, `title`.
    pub kind: String,
    /// Canonical form (party name, ISO date, number), if resolved.
    pub canonical: Option<String>,
    /// Title or role attached to a person mention (`Defense Minister`, `governor of the Primorsky region`).
    pub role: Option<String>,
}

/// A party of a report: who it is, where the text mentions it, what it did, and what the lists say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    /// Canonical name.
    pub name: String,
    /// Kind of party.
    pub kind: PartyKind,
    /// The words the text used for it.
    pub mentions: Vec<String>,
    /// `giver`, `recipient`, `source`, and titles (`Defense Minister`).
    pub roles: Vec<String>,
    /// States the party is linked to (e.g. `KP` for a DPRK official), when known.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Sanctions list entries it may be.
    #[serde(default)]
    pub screening: Vec<ScreeningHit>,
}

/// Document metadata in a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Content hash of the original input.
    pub id: String,
    /// Title, if found.
    pub title: Option<String>,
    /// File path or URL.
    pub source: String,
    /// Length of the original input in characters.
    pub chars: usize,
}

/// What the extraction stage finds in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The document.
    pub document: DocumentInfo,
    /// Transfers the text states as facts.
    pub transfers: Vec<Transfer>,
    /// Parties named in the text.
    pub parties: Vec<Party>,
    /// Denials, plans and speculation about transfers; never facts.
    pub non_factual: Vec<NonFactualClaim>,
    /// Records the confidence model scored below its floor: kept for review, not reported as
    /// transfers (and not assessed).
    #[serde(default)]
    pub set_aside: Vec<Transfer>,
    /// Coreference links made.
    pub coreference: Vec<CorefLink>,
    /// All mentions found.
    pub mentions: Vec<Mention>,
}

/// The full analysis of one document: the `embargo analyze --format json` contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The document.
    pub document: DocumentInfo,
    /// Transfers, with assessed items.
    pub transfers: Vec<Transfer>,
    /// Parties, with screening hits.
    pub parties: Vec<Party>,
    /// Denials, plans and speculation, reported apart from facts.
    pub non_factual: Vec<NonFactualClaim>,
    /// Extracted records the confidence model scored below its floor: listed for review, not
    /// assessed.
    #[serde(default)]
    pub set_aside: Vec<Transfer>,
    /// Coreference links made.
    pub coreference: Vec<CorefLink>,
    /// Versions of the lists and regimes used.
    pub reference_data: Vec<String>,
}
