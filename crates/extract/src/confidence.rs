//! Confidence of an extracted transfer: a logistic model over features of the record itself
//! (who is named, how the item was recognised, how the sentence framed it), with weights fitted
//! offline on the annotated report batches and loaded from `data/confidence.toml`.
//!
//! The weights are data with provenance, not code: `cargo run --release -p embargo-extract
//! --example train_confidence` refits them from the gold files and rewrites the data file.
use crate::ExtractError;
use embargo_model::{PartyKind, PartyRef, Transfer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every feature name [`features`] can emit: a weight under any other name is a stale model.
pub const FEATURE_NAMES: &[&str] = &[
    "attributed",
    "category_aircraft",
    "category_ammunition",
    "category_armor",
    "category_arms",
    "category_cash",
    "category_dual_use",
    "category_fuel",
    "category_luxury_good",
    "category_missile",
    "category_other",
    "category_uav",
    "category_vehicle",
    "category_vessel",
    "giver_described",
    "giver_inferred",
    "giver_missing",
    "giver_named",
    "giver_note",
    "giver_organisation",
    "giver_person",
    "giver_state",
    "has_date",
    "has_place",
    "item_capitalised",
    "item_generic",
    "item_long",
    "item_of_phrase",
    "item_open_vocabulary",
    "item_pronoun",
    "item_quantity",
    "item_unspecified",
    "item_words",
    "kind_delivery",
    "kind_gift",
    "kind_other",
    "kind_payment",
    "kind_sale",
    "kind_shipment",
    "kind_supply",
    "kind_trade",
    "kind_transfer",
    "recipient_described",
    "recipient_inferred",
    "recipient_missing",
    "recipient_named",
    "recipient_organisation",
    "recipient_person",
    "recipient_state",
    "same_kind_both_ends",
    "sentence_length",
    "told_twice",
    "trigger_nominal",
];

/// Goods named only by their class, the commonest and least specific items of the news.
const GENERIC_ITEMS: &[&str] = &[
    "arms",
    "weapon",
    "weapons",
    "equipment",
    "military equipment",
    "goods",
    "cargo",
    "aid",
];

/// Words that stand for goods named before, not goods of their own.
const PRONOUN_ITEMS: &[&str] = &["them", "it", "these", "those", "this", "that"];

/// The fitted weights and where they came from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConfidenceModel {
    /// How the weights were made: training sets, commit, counts, date.
    pub provenance: String,
    /// Records scoring below this are set aside rather than reported as transfers (chosen by
    /// cross-validation when the weights are fitted; 0 keeps everything).
    #[serde(default)]
    pub floor: f64,
    /// The intercept.
    pub bias: f64,
    /// One weight per feature name; a feature without a weight counts for nothing.
    pub weights: BTreeMap<String, f64>,
}

impl ConfidenceModel {
    /// Parses a model file (TOML), naming the file in the error.
    pub fn parse(file: &str, text: &str) -> Result<Self, ExtractError> {
        toml::from_str(text).map_err(|e| ExtractError::Data {
            file: file.to_string(),
            message: e.to_string(),
        })
    }

    /// What moved a record's score most, strongest first: (feature, weight × value), at most
    /// `n` of them, features that count for nothing left out.
    pub fn explain(&self, t: &Transfer, n: usize) -> Vec<(&'static str, f64)> {
        let mut parts: Vec<(&'static str, f64)> = features(t)
            .into_iter()
            .map(|(name, v)| (name, self.weights.get(name).copied().unwrap_or(0.0) * v))
            .filter(|(_, c)| c.abs() >= 0.01)
            .collect();
        parts.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        parts.truncate(n);
        parts
    }

    /// The probability that the record is one an analyst would also write down.
    pub fn score(&self, t: &Transfer) -> f64 {
        let z: f64 = self.bias
            + features(t)
                .iter()
                .map(|(name, v)| self.weights.get(*name).copied().unwrap_or(0.0) * v)
                .sum::<f64>();
        let p = 1.0 / (1.0 + (-z).exp());
        (p * 1000.0).round() / 1000.0
    }
}

/// One side of a transfer as features: missing, named or only described, inferred, and kind.
fn party_features(out: &mut Vec<(&'static str, f64)>, side: &'static str, p: &Option<PartyRef>) {
    let flag = |on: bool| if on { 1.0 } else { 0.0 };
    let Some(p) = p else {
        out.push((
            if side == "giver" {
                "giver_missing"
            } else {
                "recipient_missing"
            },
            1.0,
        ));
        return;
    };
    let named = p.name.chars().any(char::is_uppercase);
    let (named_f, described_f, inferred_f, state_f, person_f, org_f) = if side == "giver" {
        (
            "giver_named",
            "giver_described",
            "giver_inferred",
            "giver_state",
            "giver_person",
            "giver_organisation",
        )
    } else {
        (
            "recipient_named",
            "recipient_described",
            "recipient_inferred",
            "recipient_state",
            "recipient_person",
            "recipient_organisation",
        )
    };
    out.push((named_f, flag(named)));
    out.push((described_f, flag(!named)));
    out.push((inferred_f, flag(p.inferred)));
    out.push((state_f, flag(p.kind == PartyKind::State)));
    out.push((person_f, flag(p.kind == PartyKind::Person)));
    out.push((org_f, flag(p.kind == PartyKind::Organisation)));
}

/// The features of one transfer record (its first item stands for the record: records carry
/// one item each once extraction is done).
pub fn features(t: &Transfer) -> Vec<(&'static str, f64)> {
    let flag = |on: bool| if on { 1.0 } else { 0.0 };
    let mut out: Vec<(&'static str, f64)> = Vec::with_capacity(48);
    party_features(&mut out, "giver", &t.giver);
    party_features(&mut out, "recipient", &t.recipient);
    if let (Some(g), Some(r)) = (&t.giver, &t.recipient) {
        out.push(("same_kind_both_ends", flag(g.kind == r.kind)));
    }
    if let Some(item) = t.items.first() {
        let category: &'static str = match item.category.as_str() {
            "arms" => "category_arms",
            "ammunition" => "category_ammunition",
            "missile" => "category_missile",
            "uav" => "category_uav",
            "armor" => "category_armor",
            "vehicle" => "category_vehicle",
            "luxury_good" => "category_luxury_good",
            "aircraft" => "category_aircraft",
            "vessel" => "category_vessel",
            "fuel" => "category_fuel",
            "dual_use" => "category_dual_use",
            "cash" => "category_cash",
            _ => "category_other",
        };
        out.push((category, 1.0));
        let text = item.text.trim().to_lowercase();
        let words = text.split_whitespace().count();
        out.push(("item_words", (words.min(10) as f64) / 10.0));
        out.push(("item_long", flag(words > 4)));
        // "hold of luxury goods", "lines of weapons": a phrase around the goods, not goods
        out.push((
            "item_of_phrase",
            flag(item.quantity.is_none() && text.contains(" of ")),
        ));
        out.push((
            "item_generic",
            flag(GENERIC_ITEMS.contains(&item.normalised.trim().to_lowercase().as_str())),
        ));
        out.push(("item_quantity", flag(item.quantity.is_some())));
        out.push(("item_pronoun", flag(PRONOUN_ITEMS.contains(&text.as_str()))));
        out.push((
            "item_capitalised",
            flag(item.text.chars().next().is_some_and(char::is_uppercase)),
        ));
        out.push((
            "item_open_vocabulary",
            flag(item.class.reason.contains("WordNet")),
        ));
        out.push((
            "item_unspecified",
            flag(item.class.tags.iter().any(|x| x == "unspecified")),
        ));
    }
    let kind: &'static str = match t.kind.as_str() {
        "gift" => "kind_gift",
        "sale" => "kind_sale",
        "shipment" => "kind_shipment",
        "delivery" => "kind_delivery",
        "supply" => "kind_supply",
        "transfer" => "kind_transfer",
        "export" | "import" => "kind_trade",
        "payment" => "kind_payment",
        _ => "kind_other",
    };
    out.push((kind, 1.0));
    out.push(("trigger_nominal", flag(t.trigger.contains("of"))));
    out.push(("attributed", flag(!t.attributed_to.is_empty())));
    out.push(("told_twice", flag(t.evidence.len() > 1)));
    let sentence = t.evidence.first().map(|e| e.text.len()).unwrap_or(0);
    out.push(("sentence_length", (sentence.min(400) as f64) / 400.0));
    out.push(("has_date", flag(t.date.is_some())));
    out.push(("has_place", flag(t.place.is_some())));
    out.push(("giver_note", flag(t.giver_note.is_some())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_names_only_known_features_and_a_sane_floor() {
        let m = ConfidenceModel::parse(
            "data/confidence.toml",
            include_str!("../../../data/confidence.toml"),
        )
        .unwrap();
        assert!((0.0..=1.0).contains(&m.floor), "{}", m.floor);
        assert!(m.provenance.contains("tests/fixtures"), "{}", m.provenance);
        for name in m.weights.keys() {
            assert!(
                FEATURE_NAMES.contains(&name.as_str()),
                "stale weight {name}"
            );
        }
    }

    #[test]
    fn every_feature_of_real_records_is_declared_and_scores_lie_in_0_1() {
        let x = crate::Extractor::builtin()
            .unwrap()
            .with_min_confidence(0.0)
            .unwrap();
        let e = x
            .extract("seed", include_bytes!("../../../examples/seed-article.txt"))
            .unwrap();
        assert!(!e.transfers.is_empty());
        for t in e
            .transfers
            .iter()
            .chain(e.non_factual.iter().map(|n| &n.transfer))
        {
            for (name, v) in features(t) {
                assert!(
                    FEATURE_NAMES.contains(&name),
                    "{name} missing from FEATURE_NAMES"
                );
                assert!(v.is_finite(), "{name} = {v}");
            }
            assert!((0.0..=1.0).contains(&t.confidence), "{}", t.confidence);
        }
    }

    #[test]
    fn a_malformed_model_file_is_named() {
        let e = ConfidenceModel::parse("confidence.toml", "bias = \"x\"").unwrap_err();
        assert!(e.to_string().contains("confidence.toml"), "{e}");
    }

    #[test]
    fn weights_move_the_score_the_way_they_point() {
        let mut m = ConfidenceModel {
            provenance: String::new(),
            floor: 0.0,
            bias: 0.0,
            weights: BTreeMap::new(),
        };
        let t = Transfer {
            id: "t1".into(),
            giver: None,
            giver_note: None,
            recipient: None,
            items: Vec::new(),
            kind: "gift".into(),
            trigger: "gave".into(),
            date: None,
            place: None,
            attributed_to: Vec::new(),
            evidence: Vec::new(),
            confidence: 0.0,
        };
        assert_eq!(m.score(&t), 0.5);
        for (name, _) in features(&t) {
            assert!(
                FEATURE_NAMES.contains(&name),
                "{name} missing from FEATURE_NAMES"
            );
        }
        m.weights.insert("giver_missing".into(), -2.0);
        assert!(m.score(&t) < 0.2);
        m.weights.insert("kind_gift".into(), 4.0);
        assert!(m.score(&t) > 0.8);
        // the explanation names the weights that moved the score, strongest first
        assert_eq!(
            m.explain(&t, 5),
            vec![("kind_gift", 4.0), ("giver_missing", -2.0)]
        );
    }
}
