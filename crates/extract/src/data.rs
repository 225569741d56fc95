//! Reference data embedded from `data/`: gazetteers, lexicon and item taxonomy.
use crate::ExtractError;
use serde::Deserialize;
use std::collections::HashMap;

const STATES: &str = include_str!("../../../data/gazetteer/states.toml");
const LEADERS: &str = include_str!("../../../data/gazetteer/leaders.toml");
const OUTLETS: &str = include_str!("../../../data/gazetteer/outlets.toml");
const BODIES: &str = include_str!("../../../data/gazetteer/bodies.toml");
const BOILERPLATE: &str = include_str!("../../../data/gazetteer/boilerplate.toml");
const LEXICON: &str = include_str!("../../../data/gazetteer/lexicon.toml");
const TAXONOMY: &str = include_str!("../../../data/taxonomy.toml");
const GOODS_NOUNS: &str = include_str!("../../../data/gazetteer/goods_nouns.txt");
const CITIES: &str = include_str!("../../../data/gazetteer/cities.tsv");
const CONFIDENCE: &str = include_str!("../../../data/confidence.toml");

/// A state with its names.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct State {
    pub name: String,
    pub iso2: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub capitals: Vec<String>,
    /// ports and border railheads that stand for the state as an end of a shipment
    #[serde(default)]
    pub ports: Vec<String>,
}

/// A known person.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Leader {
    pub name: String,
    pub country: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub epithets: Vec<String>,
}

/// A named organisation with its home state and other names: a news outlet, or an
/// international body or agency (the two gazetteers share this record).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Outlet {
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Deserialize)]
struct StatesFile {
    state: Vec<State>,
}
#[derive(Deserialize)]
struct LeadersFile {
    person: Vec<Leader>,
}
#[derive(Deserialize)]
struct OutletsFile {
    outlet: Vec<Outlet>,
}

/// Boilerplate line lists.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Boilerplate {
    pub exact: Vec<String>,
    pub line_prefixes: Vec<String>,
}

/// How a trigger word frames a transfer.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Trigger {
    pub dir: String,
    pub kind: String,
    /// a word that must follow for the trigger to count ("equipped … with"); alternatives split
    /// by "|" ("made X a present|gift of")
    #[serde(default)]
    pub needs: Option<String>,
    /// words after which the trigger is no verb but part of a name of goods ("hand grenades");
    /// alternatives split by "|"
    #[serde(default)]
    pub unless: Option<String>,
}

/// Closed word lists.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Lexicon {
    pub abbreviations: Vec<String>,
    pub glue_suffix_words: Vec<String>,
    pub glue_exceptions: Vec<String>,
    pub cap_stopwords: Vec<String>,
    pub titles: Vec<String>,
    pub group_nouns: Vec<String>,
    /// organs of a state that stand for it when it owns them by name ("Myanmar's junta")
    #[serde(default)]
    pub state_organs: Vec<String>,
    pub state_descriptions: Vec<String>,
    pub described_parties: Vec<String>,
    pub container_nouns: Vec<String>,
    pub described_people: Vec<String>,
    pub umbrella_heads: Vec<String>,
    pub cache_nouns: Vec<String>,
    pub container_modifiers: Vec<String>,
    pub vessel_nouns: Vec<String>,
    pub vehicle_nouns: Vec<String>,
    pub common_word_names: Vec<String>,
    pub activity_heads: Vec<String>,
    pub speech_verbs: Vec<String>,
    /// verbs of seeing and showing a scene ("footage showed guns entering Mali")
    #[serde(default)]
    pub perception_verbs: Vec<String>,
    pub media_nouns: Vec<String>,
    pub vague_items: Vec<String>,
    /// last words that make a name an organisation ("Delta Systems")
    #[serde(default)]
    pub org_heads: Vec<String>,
    /// heads of a described business ("the company"), which may stand for any organisation
    #[serde(default)]
    pub company_nouns: Vec<String>,
    /// goods-list nouns that in transfer news are figures of speech or places ("a platform")
    #[serde(default)]
    pub not_goods: Vec<String>,
    /// verbs whose subject uses goods ("the RSF used drones supplied by the UAE"): that user
    /// received goods a reduced relative says were supplied
    #[serde(default)]
    pub use_verbs: Vec<String>,
    /// verbs that charge or judge someone over a deed a gerund tells ("convicted X of
    /// exporting"): the one charged, their object, did the deed
    #[serde(default)]
    pub charge_verbs: Vec<String>,
    /// nouns for people sent somewhere ("weapons experts", "troops"): no goods
    #[serde(default)]
    pub personnel_nouns: Vec<String>,
    /// words after a load or vehicle that name what it holds ("containers carrying shells")
    #[serde(default)]
    pub holding_words: Vec<String>,
    /// receptacles whose count is itself the load when no contents are named ("hundreds of
    /// containers")
    #[serde(default)]
    pub counted_loads: Vec<String>,
    /// verbs of a purpose infinitive after the goods ("to back Putin's war effort")
    #[serde(default)]
    pub purpose_verbs: Vec<String>,
    /// plural nouns for the members of a named armed group ("al-Shabaab cells in Somalia"):
    /// the name before them is the party, not the make of goods
    #[serde(default)]
    pub member_nouns: Vec<String>,
    /// capitalised words of faith or creed before a group's name ("Shiite Hezbollah"): they
    /// describe the group, they do not lengthen its name
    #[serde(default)]
    pub creed_words: Vec<String>,
    pub item_stops: Vec<String>,
    pub units: Vec<String>,
    pub numbers: HashMap<String, f64>,
    pub triggers: HashMap<String, Trigger>,
    pub cues: HashMap<String, String>,
    /// cue words that follow a transfer noun in its predicate ("… is being considered")
    pub post_cues: HashMap<String, String>,
}

#[derive(Deserialize)]
struct BodiesFile {
    body: Vec<Outlet>,
}

/// One taxonomy rule.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct TaxRule {
    pub terms: Vec<String>,
    pub category: embargo_model::Category,
    #[serde(default)]
    pub tags: Vec<String>,
    pub reason: String,
}

#[derive(Deserialize)]
struct TaxonomyFile {
    rule: Vec<TaxRule>,
}

/// All reference data.
pub(crate) struct Data {
    pub states: Vec<State>,
    pub leaders: Vec<Leader>,
    pub outlets: Vec<Outlet>,
    /// international bodies and agencies: always organisations, possible parties
    pub bodies: Vec<Outlet>,
    pub boilerplate: Boilerplate,
    pub lexicon: Lexicon,
    pub taxonomy: Vec<TaxRule>,
    /// nouns naming a physical thing ("valve", "plywood") with their WordNet class ("artifact")
    pub goods_nouns: HashMap<String, String>,
    /// cities (GeoNames) and the ISO code of the state each stands for
    pub cities: Vec<(String, String)>,
    /// weights of the confidence model, fitted on the annotated batches
    pub confidence: crate::confidence::ConfidenceModel,
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, ExtractError> {
    toml::from_str(text).map_err(|e| ExtractError::Data {
        file: file.to_string(),
        message: e.to_string(),
    })
}

impl Data {
    /// Parses the embedded files.
    pub fn builtin() -> Result<Data, ExtractError> {
        let states: StatesFile = parse("data/gazetteer/states.toml", STATES)?;
        let leaders: LeadersFile = parse("data/gazetteer/leaders.toml", LEADERS)?;
        let outlets: OutletsFile = parse("data/gazetteer/outlets.toml", OUTLETS)?;
        let bodies: BodiesFile = parse("data/gazetteer/bodies.toml", BODIES)?;
        let boilerplate: Boilerplate = parse("data/gazetteer/boilerplate.toml", BOILERPLATE)?;
        let lexicon: Lexicon = parse("data/gazetteer/lexicon.toml", LEXICON)?;
        let taxonomy: TaxonomyFile = parse("data/taxonomy.toml", TAXONOMY)?;
        let goods_nouns = parse_goods_nouns("data/gazetteer/goods_nouns.txt", GOODS_NOUNS)?;
        let cities = parse_cities("data/gazetteer/cities.tsv", CITIES)?;
        let confidence =
            crate::confidence::ConfidenceModel::parse("data/confidence.toml", CONFIDENCE)?;
        Ok(Data {
            states: states.state,
            leaders: leaders.person,
            outlets: outlets.outlet,
            bodies: bodies.body,
            boilerplate,
            lexicon,
            taxonomy: taxonomy.rule,
            goods_nouns,
            cities,
            confidence,
        })
    }
}

/// Reads the goods-noun list: `<word> <class>` a line, `#` comments.
fn parse_goods_nouns(file: &str, text: &str) -> Result<HashMap<String, String>, ExtractError> {
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(word), Some(class), None) => {
                out.insert(word.to_lowercase(), class.to_string());
            }
            _ => {
                return Err(ExtractError::Data {
                    file: file.to_string(),
                    message: format!("line {}: expected `<word> <class>`, got {line:?}", n + 1),
                })
            }
        }
    }
    Ok(out)
}

/// Reads the city list: `<name>\t<ISO alpha-2>\t<population>` a line, `#` comments.
fn parse_cities(file: &str, text: &str) -> Result<Vec<(String, String)>, ExtractError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            [name, iso2, pop]
                if !name.trim().is_empty()
                    && iso2.len() == 2
                    && pop.trim().parse::<u64>().is_ok() =>
            {
                out.push((name.trim().to_string(), iso2.to_string()));
            }
            _ => {
                return Err(ExtractError::Data {
                    file: file.to_string(),
                    message: format!(
                        "line {}: expected `<name>\\t<ISO alpha-2>\\t<population>`, got {line:?}",
                        n + 1
                    ),
                })
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goods_nouns_load_and_name_physical_things_only() {
        let d = Data::builtin().unwrap();
        assert_eq!(
            d.goods_nouns.get("valve").map(String::as_str),
            Some("artifact")
        );
        assert_eq!(
            d.goods_nouns.get("plywood").map(String::as_str),
            Some("artifact")
        );
        assert_eq!(
            d.goods_nouns.get("uranium").map(String::as_str),
            Some("substance")
        );
        for abstract_noun in ["support", "message", "troop", "gift", "information"] {
            assert!(
                !d.goods_nouns.contains_key(abstract_noun),
                "{abstract_noun}"
            );
        }
    }

    #[test]
    fn cities_load_with_their_states_and_bad_lines_are_named() {
        let d = Data::builtin().unwrap();
        assert!(d.cities.iter().any(|(n, c)| n == "Sochi" && c == "RU"));
        // ordinary words and people's names are left out
        assert!(!d.cities.iter().any(|(n, _)| n == "Split" || n == "Mobile"));
        let e = parse_cities("cities.tsv", "# c\nSochi\tRU\t1\nBad line\n").unwrap_err();
        assert!(e.to_string().contains("cities.tsv") && e.to_string().contains("line 3"));
    }

    #[test]
    fn a_malformed_goods_line_names_file_and_line() {
        let e = parse_goods_nouns("goods.txt", "# c\nvalve artifact\nbad line here\n").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("goods.txt") && msg.contains("line 3"), "{msg}");
    }
}
