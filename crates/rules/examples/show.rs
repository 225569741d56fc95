//! Prints the assessments of a few items, to read the reasoning as a user would.
use embargo_model::{Category, Item, ItemClass};
use embargo_rules::{Regimes, TransferContext};

fn item(text: &str, category: Category, tags: &[&str]) -> Item {
    Item {
        text: text.into(),
        normalised: text.into(),
        quantity: Some(1.0),
        quantity_detail: None,
        category,
        class: ItemClass {
            category,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            reason: String::new(),
        },
        value_usd: None,
        span: None,
        assessments: Vec::new(),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let r = Regimes::builtin()?;
    let to = TransferContext {
        giver_countries: vec!["RU".into()],
        recipient_countries: vec!["KP".into()],
        ..Default::default()
    };
    let from = TransferContext {
        giver_countries: vec!["KP".into()],
        recipient_countries: vec!["RU".into()],
        ..Default::default()
    };
    let cases = [
        (
            item(
                "set of modern, light armor",
                Category::Armor,
                &["ML13", "military"],
            ),
            &to,
        ),
        (
            item("rifle", Category::Arms, &["ML1", "small_arms", "military"]),
            &to,
        ),
        (
            item(
                "one-way attack drones",
                Category::Uav,
                &["ML10", "military"],
            ),
            &to,
        ),
        (item("fur hat", Category::LuxuryGood, &["luxury:fur"]), &to),
        (
            item("glove from a spacesuit", Category::Other, &["memorabilia"]),
            &to,
        ),
        (
            item(
                "limousine",
                Category::Vehicle,
                &["luxury:automobile", "vehicle:transport"],
            ),
            &to,
        ),
        (
            item(
                "artillery shells",
                Category::Ammunition,
                &["ML3", "military"],
            ),
            &from,
        ),
        (
            item("refined petroleum", Category::Fuel, &["fuel:refined"]),
            &to,
        ),
        (item("horses", Category::LuxuryGood, &["luxury:horse"]), &to),
        (
            item(
                "porcelain tea set",
                Category::LuxuryGood,
                &["luxury:tableware"],
            ),
            &to,
        ),
        (item("helicopter", Category::Aircraft, &["helicopter"]), &to),
        (
            item(
                "attack helicopter",
                Category::Aircraft,
                &["helicopter", "ML10", "military"],
            ),
            &to,
        ),
        (item("cash", Category::Cash, &[]), &to),
        (item("coal", Category::Other, &["coal"]), &from),
        (item("statue", Category::Other, &["statue"]), &from),
        (item("lathe", Category::DualUse, &["machinery"]), &to),
        (item("fuel", Category::Fuel, &[]), &to),
        (item("watch", Category::LuxuryGood, &["luxury:watch"]), &to),
        (
            item(
                "passenger aircraft spare parts",
                Category::Aircraft,
                &["aircraft:civil"],
            ),
            &to,
        ),
    ];
    for (it, ctx) in cases {
        for a in r.assess(&it, ctx) {
            println!("== {} → {:?}", it.text, a.verdict);
            for p in &a.provisions {
                println!("   [{}] {} (verified: {})", p.id, p.citation, p.verified);
            }
            println!("   reason: {}", a.reason);
            if !a.depends_on.is_empty() {
                println!("   depends_on: {:?}", a.depends_on);
            }
        }
    }
    Ok(())
}
