//! Injected stages for tests of the resolve/assess/report logic on its own.
//!
//! The extraction is built by hand from the seed article (spans computed from the real file);
//! the screening hits copy real entries of the shipped lists (OFAC SDN 20157, 35096, UK RUS0251);
//! no sanctions list is invented.
#![allow(dead_code)]
use embargo_analyze::AnalyzeError;
use embargo_analyze::{AssessStage, Direction, ExtractStage, ScreenStage};
use embargo_model::*;
use std::sync::Mutex;

pub const SEED: &str = include_str!("../../../../examples/seed-article.txt");

pub fn span_of(text: &str, needle: &str) -> Span {
    let s = text.find(needle).expect("needle in seed");
    Span::new(s, s + needle.len())
}

pub fn pref(name: &str, mention: &str, kind: PartyKind) -> PartyRef {
    PartyRef {
        name: name.into(),
        mention: mention.into(),
        kind,
        inferred: false,
        inference: None,
        span: SEED.find(mention).map(|s| Span::new(s, s + mention.len())),
    }
}

pub fn item(text: &str, qty: f64, cat: Category) -> Item {
    Item {
        text: text.into(),
        normalised: text.to_lowercase(),
        quantity: Some(qty),
        quantity_detail: None,
        category: cat,
        class: ItemClass {
            category: cat,
            tags: vec![],
            reason: format!("test: {}", cat.as_str()),
        },
        value_usd: None,
        span: SEED.find(text).map(|s| Span::new(s, s + text.len())),
        assessments: vec![],
    }
}

pub fn evidence(sentence: &str) -> Evidence {
    Evidence::from_span(SEED, span_of(SEED, sentence)).unwrap()
}

pub fn party(name: &str, kind: PartyKind, mentions: &[&str], countries: &[&str]) -> Party {
    Party {
        name: name.into(),
        kind,
        mentions: mentions.iter().map(|s| s.to_string()).collect(),
        roles: vec![],
        countries: countries.iter().map(|s| s.to_string()).collect(),
        screening: vec![],
    }
}

/// A seed-like extraction with the glove and the fur hat, and the commenting ambassador.
pub fn seed_extraction() -> Extraction {
    let kim = pref("Kim Jong Un", "his guest", PartyKind::Person);
    let glove = Transfer {
        id: "t1".into(),
        giver: Some(pref("Vladimir Putin", "Putin", PartyKind::Person)),
        giver_note: None,
        recipient: Some(kim.clone()),
        items: vec![item("glove from a spacesuit", 1.0, Category::Other)],
        kind: "gift".into(),
        trigger: "gave".into(),
        date: None,
        place: None,
        attributed_to: vec![Attribution {
            name: "TASS".into(),
            kind: PartyKind::Organisation,
            role: Some("news agency".into()),
            citing: vec![],
            evidence: evidence("according to Russian news agency TASS"),
        }],
        evidence: vec![evidence("while Putin, according to Russian news agency TASS, gave his guest a glove from a spacesuit worn by an astronaut.")],
        confidence: 0.9,
    };
    let hat = Transfer {
        id: "t2".into(),
        giver: Some(pref(
            "Sergei Shoigu",
            "Defense Minister Sergei Shoigu",
            PartyKind::Person,
        )),
        giver_note: None,
        recipient: Some(pref("Kim Jong Un", "Kim Jong Un", PartyKind::Person)),
        items: vec![item("fur hat", 1.0, Category::LuxuryGood)],
        kind: "gift".into(),
        trigger: "received … as a gift from".into(),
        date: None,
        place: Some("Vladivostok".into()),
        attributed_to: vec![],
        evidence: vec![evidence(
            "received a fur hat as a gift from Defense Minister Sergei Shoigu.",
        )],
        confidence: 0.9,
    };
    Extraction {
        document: DocumentInfo {
            id: "0".repeat(64),
            title: Some("Kim Jong-un left Russia <script>alert(1)</script>".into()),
            source: "examples/seed-article.txt".into(),
            chars: SEED.chars().count(),
        },
        transfers: vec![glove, hat],
        parties: vec![
            party(
                "Kim Jong Un",
                PartyKind::Person,
                &[
                    "Kim Jong Un",
                    "Kim Jong-un",
                    "the North Korean leader",
                    "his guest",
                ],
                &["KP"],
            ),
            party(
                "Vladimir Putin",
                PartyKind::Person,
                &["Vladimir Putin", "Putin"],
                &["RU"],
            ),
            party("Russia", PartyKind::State, &["Russia"], &["RU"]),
            party(
                "Alexander Matzegora",
                PartyKind::Person,
                &["Russia's ambassador to Pyongyang, Alexander Matzegora"],
                &[],
            ),
            party(
                "Russian officials",
                PartyKind::Unknown,
                &["Russian officials"],
                &[],
            ),
            party(
                "defense ministry's assessment",
                PartyKind::Organisation,
                &[],
                &[],
            ),
            party("Alexander Mazuga", PartyKind::Person, &[], &[]),
            party("Andriy Kostin", PartyKind::Person, &[], &["UA"]),
        ],
        non_factual: vec![],
        set_aside: vec![],
        coreference: vec![CorefLink {
            mention: "his guest".into(),
            span: span_of(SEED, "his guest"),
            party: "Kim Jong Un".into(),
            rule: "epithet".into(),
        }],
        mentions: vec![],
    }
}

pub struct StubExtract(pub Extraction);
impl ExtractStage for StubExtract {
    fn extract(&self, _source: &str, _input: &[u8]) -> Result<Extraction, AnalyzeError> {
        Ok(self.0.clone())
    }
}

fn hit(list: ListKind, id: &str, listed: &str, programs: &[&str], score: f64) -> ScreeningHit {
    ScreeningHit {
        list,
        list_id: id.into(),
        listed_name: listed.into(),
        primary_name: listed.into(),
        schema: Schema::Person,
        programs: programs.iter().map(|s| s.to_string()).collect(),
        score,
        explanation: format!("test hit for {listed}"),
        token_matches: vec![],
        unmatched_query_tokens: vec![],
        unmatched_listed_tokens: vec![],
    }
}

/// Answers with copies of real entries for the names it knows; records every query.
#[derive(Default)]
pub struct StubScreen {
    pub queries: Mutex<Vec<(String, Option<Schema>)>>,
}
impl ScreenStage for StubScreen {
    fn screen(
        &self,
        name: &str,
        schema: Option<Schema>,
        threshold: Option<f64>,
        limit: usize,
    ) -> Result<Vec<ScreeningHit>, String> {
        self.queries
            .lock()
            .unwrap()
            .push((name.to_string(), schema));
        let t = threshold.unwrap_or(0.8);
        let mut v = match name {
            "Kim Jong Un" => vec![hit(
                ListKind::UsOfacSdn,
                "20157",
                "KIM, Jong Un",
                &["DPRK3"],
                0.99,
            )],
            "Vladimir Putin" | "Putin" => vec![
                hit(
                    ListKind::UsOfacSdn,
                    "35096",
                    "PUTIN, Vladimir Vladimirovich",
                    &["RUSSIA-EO14024"],
                    0.93,
                ),
                hit(
                    ListKind::GbFcdo,
                    "RUS0251",
                    "PUTIN Vladimir Vladimirovich",
                    &["Russia"],
                    0.95,
                ),
                // a namesake (real UK entry) scoring well below the strong match
                hit(
                    ListKind::GbFcdo,
                    "RUS1424",
                    "PUTIN Igor Alexandrovich",
                    &["Russia"],
                    0.82,
                ),
                // a weak candidate under the threshold must never come out
                hit(
                    ListKind::UsOfacSdn,
                    "99999999",
                    "PUTINA, Lyudmila",
                    &["RUSSIA-EO14024"],
                    0.50,
                ),
            ],
            // a candidate, not a strong match (real entry, invented spelling of a query)
            "Alexander Mazuga" => vec![hit(
                ListKind::UsOfacSdn,
                "35673",
                "MAZHUGA, Alexander Georgiyevich",
                &["RUSSIA-EO14024"],
                0.86,
            )],
            // a strong namesake: the Russian banker (real entry) for Ukraine's prosecutor general
            "Andriy Kostin" => vec![hit(
                ListKind::UsOfacSdn,
                "24063",
                "KOSTIN, Andrey Leonidovich",
                &["RUSSIA-EO14024"],
                0.96,
            )],
            "Sergei Shoigu" => vec![hit(
                ListKind::UsOfacSdn,
                "35173",
                "SHOIGU, Sergei Kuzhugetovich",
                &["RUSSIA-EO14024"],
                0.96,
            )],
            "" => return Err("empty".into()),
            _ => vec![],
        };
        v.retain(|h| h.score >= t);
        v.truncate(limit);
        Ok(v)
    }
    fn versions(&self) -> Vec<String> {
        vec!["us-ofac-sdn test".into()]
    }
}

/// Says `prohibited` for arms to a KP recipient, `not_covered` otherwise; records directions.
#[derive(Default)]
pub struct StubAssess {
    pub seen: Mutex<Vec<Direction>>,
}
impl AssessStage for StubAssess {
    fn assess(&self, item: &Item, dir: &Direction) -> Vec<Assessment> {
        self.seen.lock().unwrap().push(dir.clone());
        let to_kp = dir.recipient_countries.iter().any(|c| c == "KP");
        let (verdict, provisions) = match (item.category, to_kp) {
            (Category::LuxuryGood, true) => (
                Verdict::PossiblyProhibited,
                vec![ProvisionRef {
                    id: "2094-OP23".into(),
                    citation: "UNSCR 2094 (2013) OP23".into(),
                    verified: false,
                    text: None,
                }],
            ),
            _ => (Verdict::NotCovered, vec![]),
        };
        vec![Assessment {
            regime: "un-dprk".into(),
            verdict,
            provisions,
            reason: "test".into(),
            depends_on: vec![],
        }]
    }
    fn versions(&self) -> Vec<String> {
        vec!["regime un-dprk".into()]
    }
}
