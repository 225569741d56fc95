//! Times `Regimes::assess` per item over a mix of item kinds, in a release build:
//! `cargo run --release -p embargo-rules --example bench_assess`
use embargo_model::{Category, Item, ItemClass};
use embargo_rules::{Regimes, TransferContext};
use std::time::Instant;

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
    let t0 = Instant::now();
    let regimes = Regimes::builtin()?;
    let load = t0.elapsed();
    let items = [
        item("body armour", Category::Armor, &["ML13", "military"]),
        item("rifle", Category::Arms, &["ML1", "small_arms", "military"]),
        item("attack drone", Category::Uav, &["ML10", "military"]),
        item("fur hat", Category::LuxuryGood, &["luxury:fur"]),
        item("spacesuit glove", Category::Other, &["memorabilia"]),
        item(
            "limousine",
            Category::Vehicle,
            &["luxury:automobile", "vehicle:transport"],
        ),
        item("refined petroleum", Category::Fuel, &["fuel:refined"]),
        item(
            "porcelain tea set",
            Category::LuxuryGood,
            &["luxury:tableware"],
        ),
    ];
    let to = TransferContext {
        recipient_countries: vec!["KP".into()],
        ..Default::default()
    };
    let none = TransferContext {
        recipient_countries: vec!["RU".into()],
        ..Default::default()
    };
    let rounds = 20_000;
    let mut n = 0usize;
    let t = Instant::now();
    for _ in 0..rounds {
        for it in &items {
            n += regimes.assess(std::hint::black_box(it), &to).len();
        }
    }
    let linked = t.elapsed();
    let t = Instant::now();
    for _ in 0..rounds {
        for it in &items {
            n += regimes.assess(std::hint::black_box(it), &none).len();
        }
    }
    let unlinked = t.elapsed();
    let per = |d: std::time::Duration| d.as_secs_f64() * 1e6 / (rounds * items.len()) as f64;
    println!(
        "load builtin regimes: {:.2} ms; assess(): {:.2} µs/item with a DPRK-linked party, {:.3} µs/item with none ({} items × {} rounds, {} assessments)",
        load.as_secs_f64() * 1e3,
        per(linked),
        per(unlinked),
        items.len(),
        rounds,
        n
    );
    Ok(())
}
