//! The seed article's items and other typical transfers, assessed under the builtin UN DPRK regime.
use embargo_model::{Assessment, Category, Item, ItemClass, Quantity, Verdict};
use embargo_rules::{Regimes, TransferContext};

fn item(text: &str, category: Category, tags: &[&str]) -> Item {
    Item {
        text: text.to_string(),
        normalised: text.to_string(),
        quantity: Some(1.0),
        quantity_detail: None,
        category,
        class: ItemClass {
            category,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            reason: "test".into(),
        },
        value_usd: None,
        span: None,
        assessments: Vec::new(),
    }
}

fn to_kp() -> TransferContext {
    TransferContext {
        giver_countries: vec!["RU".into()],
        recipient_countries: vec!["KP".into()],
        ..Default::default()
    }
}

fn dprk(item: &Item, ctx: &TransferContext) -> Assessment {
    let r = Regimes::builtin().expect("builtin regimes load");
    let mut all = r.assess(item, ctx);
    assert_eq!(all.len(), 1, "one assessment (un-dprk): {all:#?}");
    let a = all.remove(0);
    assert_eq!(a.regime, "un-dprk");
    a
}

fn ids(a: &Assessment) -> Vec<&str> {
    a.provisions.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn body_armour_is_prohibited_by_the_arms_chain() {
    let a = dprk(
        &item(
            "set of modern, light armor",
            Category::Armor,
            &["ML13", "military"],
        ),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::Prohibited, "{a:#?}");
    assert_eq!(ids(&a), ["1718-OP8a-i", "1874-OP10", "2270-SALW"]);
    let salw = &a.provisions[2];
    assert!(!salw.verified);
    assert!(salw
        .citation
        .contains("para 6 (paragraph number unverified)"));
    assert!(
        a.reason
            .contains("UNSCR 2270 (2016) para 6 (paragraph number unverified)"),
        "{}",
        a.reason
    );
    assert!(a.provisions[0].verified && a.provisions[1].verified);
    assert!(
        a.reason
            .contains("UNSCR 1718 (2006) OP8(a)(i) widened by UNSCR 1874 (2009) OP10"),
        "{}",
        a.reason
    );
    assert!(a.depends_on.is_empty());
}

#[test]
fn rifle_is_prohibited_with_the_salw_explanation() {
    let a = dprk(
        &item("rifle", Category::Arms, &["ML1", "small_arms", "military"]),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::Prohibited, "{a:#?}");
    assert_eq!(ids(&a), ["1718-OP8a-i", "1874-OP10", "2270-SALW"]);
    assert!(
        a.reason
            .contains("1874 OP10 excluded small arms and light weapons"),
        "{}",
        a.reason
    );
    assert!(
        a.reason.contains("small arms and light weapons included"),
        "{}",
        a.reason
    );
    // 1874 OP10 itself does not cover the rifle: only 2270 does.
    assert!(
        !a.reason
            .contains("covered as arms or related materiel by UNSCR 1874"),
        "{}",
        a.reason
    );
}

#[test]
fn attack_and_reconnaissance_drones_are_prohibited() {
    let mut drones = item(
        "one-way attack drones",
        Category::Uav,
        &["ML10", "military"],
    );
    drones.quantity = Some(5.0);
    let a = dprk(&drones, &to_kp());
    assert_eq!(a.verdict, Verdict::Prohibited);
    // The article says "at least two" resolutions: 1718, 1874 and 2270.
    let resolutions: std::collections::BTreeSet<_> = a
        .provisions
        .iter()
        .map(|p| p.citation.split(' ').nth(1).unwrap_or(""))
        .collect();
    assert!(resolutions.len() >= 2, "{resolutions:?}");
    assert_eq!(ids(&a), ["1718-OP8a-i", "1874-OP10", "2270-SALW"]);

    let recon = dprk(
        &item("reconnaissance drone", Category::Uav, &["ML10", "military"]),
        &to_kp(),
    );
    assert_eq!(recon.verdict, Verdict::Prohibited);
}

#[test]
fn a_drone_not_described_as_military_depends_on_its_design() {
    let a = dprk(&item("camera drone", Category::Uav, &[]), &to_kp());
    assert_eq!(a.verdict, Verdict::PossiblyProhibited, "{a:#?}");
    assert!(
        a.depends_on
            .iter()
            .any(|d| d.contains("military use (Munitions List ML10)")),
        "{:?}",
        a.depends_on
    );
}

#[test]
fn fur_hat_is_possibly_prohibited_as_open_ended_luxury() {
    let a = dprk(
        &item("fur hat", Category::LuxuryGood, &["luxury:fur"]),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::PossiblyProhibited, "{a:#?}");
    assert_eq!(ids(&a), ["1718-OP8a-iii", "2094-OP23"]);
    assert!(
        a.depends_on
            .iter()
            .any(|d| d.contains("national luxury-goods list")),
        "{:?}",
        a.depends_on
    );
    assert!(a.reason.contains("not limited to"), "{}", a.reason);
}

#[test]
fn spacesuit_glove_is_not_covered_with_reasoning() {
    let a = dprk(
        &item("glove from a spacesuit", Category::Other, &["memorabilia"]),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::NotCovered, "{a:#?}");
    assert!(a.provisions.is_empty());
    for needle in [
        "No UN DPRK provision names",
        "not arms",
        "2094 Annex IV",
        "2321",
        "catch-all",
        "operational capabilities",
    ] {
        assert!(a.reason.contains(needle), "{needle}: {}", a.reason);
    }
}

#[test]
fn limousine_is_prohibited_as_luxury_automobile_and_transport_vehicle() {
    let a = dprk(
        &item(
            "limousine",
            Category::Vehicle,
            &["luxury:automobile", "vehicle:transport"],
        ),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::Prohibited, "{a:#?}");
    let ids = ids(&a);
    for id in [
        "1718-OP8a-iii",
        "2094-OP23",
        "2094-AnnexIV",
        "2397-supply-ban",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let ban = a
        .provisions
        .iter()
        .find(|p| p.id == "2397-supply-ban")
        .unwrap();
    assert!(!ban.verified);
    assert!(
        a.reason
            .contains("UNSCR 2397 (2017) para 7 (paragraph number unverified)"),
        "{}",
        a.reason
    );
}

#[test]
fn artillery_shells_from_the_dprk_are_prohibited_by_the_export_ban() {
    let ctx = TransferContext {
        giver_countries: vec!["KP".into()],
        recipient_countries: vec!["RU".into()],
        ..Default::default()
    };
    let a = dprk(
        &item(
            "artillery shells",
            Category::Ammunition,
            &["ML3", "military"],
        ),
        &ctx,
    );
    assert_eq!(a.verdict, Verdict::Prohibited, "{a:#?}");
    assert_eq!(ids(&a), ["1718-OP8b", "1874-arms-exports"]);
    assert!(
        a.reason
            .contains("UNSCR 1874 (2009) para 9 (paragraph number unverified)"),
        "{}",
        a.reason
    );
    assert!(a.reason.contains("from the DPRK"), "{}", a.reason);
}

#[test]
fn refined_petroleum_depends_on_the_cap() {
    let mut fuel = item("refined petroleum", Category::Fuel, &["fuel:refined"]);
    fuel.quantity = None;
    let a = dprk(&fuel, &to_kp());
    assert_eq!(a.verdict, Verdict::PossiblyProhibited, "{a:#?}");
    assert!(ids(&a).contains(&"2397-OP5"));
    assert!(
        a.depends_on
            .iter()
            .any(|d| d.contains("500,000-barrel cap")),
        "{:?}",
        a.depends_on
    );
    assert!(
        a.reason.contains("500,000 barrels per 12 months"),
        "{}",
        a.reason
    );

    // One supply above the whole annual cap exceeds it whatever else was supplied.
    fuel.quantity = Some(600_000.0);
    fuel.quantity_detail = Some(Quantity {
        value: 600_000.0,
        unit: Some("barrels".into()),
        approximate: false,
        text: "600,000 barrels".into(),
    });
    let a = dprk(&fuel, &to_kp());
    assert_eq!(a.verdict, Verdict::Prohibited, "{a:#?}");
    assert!(a.reason.contains("exceeds the cap"), "{}", a.reason);
}

#[test]
fn crude_oil_depends_on_the_cap() {
    let a = dprk(
        &item("crude oil", Category::Fuel, &["fuel:crude"]),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::PossiblyProhibited);
    assert_eq!(ids(&a), ["2375-crude-cap", "2397-OP4"]);
    assert!(a.reason.contains("narrowed by"), "{}", a.reason);
}

#[test]
fn aviation_fuel_is_prohibited_unless_exempt() {
    let a = dprk(
        &item("jet fuel", Category::Fuel, &["fuel:aviation"]),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::Prohibited);
    assert_eq!(ids(&a), ["2270-OP31"]);
    assert!(a.reason.contains("Unless exempt"), "{}", a.reason);
}

#[test]
fn horses_are_possibly_prohibited_citing_the_uk_national_list() {
    let a = dprk(
        &item(
            "horses",
            Category::LuxuryGood,
            &["luxury:horse", "livestock"],
        ),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::PossiblyProhibited, "{a:#?}");
    assert!(a.reason.contains("Pure bred horses"), "{}", a.reason);
    assert!(a.reason.contains("[S25]"), "{}", a.reason);
    assert!(a.reason.contains("UNVERIFIED"), "{}", a.reason);
}

#[test]
fn porcelain_tea_set_depends_on_value() {
    let mut set = item(
        "porcelain tea set",
        Category::LuxuryGood,
        &["luxury:tableware"],
    );
    let a = dprk(&set, &to_kp());
    assert_eq!(a.verdict, Verdict::PossiblyProhibited, "{a:#?}");
    assert!(
        a.depends_on.iter().any(|d| d == "value (over USD 100?)"),
        "{:?}",
        a.depends_on
    );
    assert!(ids(&a).contains(&"2321-luxury-tableware"));
    let t = a
        .provisions
        .iter()
        .find(|p| p.id == "2321-luxury-tableware")
        .unwrap();
    assert!(!t.verified);
    assert!(t.citation.contains("paragraph not verified"));

    set.value_usd = Some(250.0);
    assert_eq!(dprk(&set, &to_kp()).verdict, Verdict::Prohibited);
}

#[test]
fn rug_thresholds() {
    let mut rug = item("rug", Category::LuxuryGood, &["luxury:rug"]);
    rug.value_usd = Some(300.0);
    let a = dprk(&rug, &to_kp());
    // Not covered by 2321 (USD 500 threshold), but still open-ended luxury.
    assert_eq!(a.verdict, Verdict::PossiblyProhibited, "{a:#?}");
    assert!(!ids(&a).contains(&"2321-luxury-rugs"));
    assert!(
        a.reason.contains("not covered by UNSCR 2321 (2016)")
            || a.reason.contains("Not covered by UNSCR 2321"),
        "{}",
        a.reason
    );

    rug.value_usd = None;
    let a = dprk(&rug, &to_kp());
    assert_eq!(a.verdict, Verdict::PossiblyProhibited);
    assert!(
        a.depends_on.iter().any(|d| d == "value (over USD 500?)"),
        "{:?}",
        a.depends_on
    );

    rug.value_usd = Some(1_200.0);
    let a = dprk(&rug, &to_kp());
    assert_eq!(a.verdict, Verdict::Prohibited);
    assert_eq!(ids(&a), ["1718-OP8a-iii", "2094-OP23", "2321-luxury-rugs"]);

    // USD 800 for two rugs is USD 400 each: the per-item threshold is in doubt.
    rug.value_usd = Some(800.0);
    rug.quantity = Some(2.0);
    assert_eq!(dprk(&rug, &to_kp()).verdict, Verdict::PossiblyProhibited);
}

#[test]
fn piano_is_possibly_prohibited_as_open_ended_luxury() {
    let a = dprk(
        &item(
            "grand piano",
            Category::LuxuryGood,
            &["luxury:musical_instrument"],
        ),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::PossiblyProhibited);
    assert_eq!(ids(&a), ["1718-OP8a-iii", "2094-OP23"]);
}

#[test]
fn yacht_and_vessels() {
    let a = dprk(
        &item("yacht", Category::Vessel, &["luxury:yacht", "vessel"]),
        &to_kp(),
    );
    assert_eq!(a.verdict, Verdict::Prohibited);
    assert!(
        ids(&a).contains(&"2094-AnnexIV") && ids(&a).contains(&"2397-OP14"),
        "{:?}",
        ids(&a)
    );
}

#[test]
fn programmes_link_a_party_without_a_country() {
    let ctx = TransferContext {
        recipient_programs: vec!["DPRK3".into()],
        ..Default::default()
    };
    let a = dprk(&item("rifle", Category::Arms, &["ML1", "small_arms"]), &ctx);
    assert_eq!(a.verdict, Verdict::Prohibited);
    assert!(
        a.reason.contains("sanctions programme DPRK3"),
        "{}",
        a.reason
    );
}

#[test]
fn transfers_between_non_dprk_parties_get_no_verdict() {
    let r = Regimes::builtin().unwrap();
    let ctx = TransferContext {
        giver_countries: vec!["RU".into()],
        recipient_countries: vec!["BY".into()],
        giver_programs: vec!["RUSSIA-EO14024".into()],
        recipient_programs: vec![],
    };
    for it in [
        item("rifle", Category::Arms, &["ML1", "small_arms"]),
        item("limousine", Category::Vehicle, &["luxury:automobile"]),
        item("refined petroleum", Category::Fuel, &["fuel:refined"]),
    ] {
        let all = r.assess(&it, &ctx);
        assert!(
            all.iter().all(|a| a.verdict != Verdict::Prohibited),
            "{all:#?}"
        );
        assert!(all.is_empty(), "no regime applies: {all:#?}");
    }
}

#[test]
fn luxury_goods_from_the_dprk_are_not_covered() {
    let ctx = TransferContext {
        giver_countries: vec!["KP".into()],
        recipient_countries: vec!["RU".into()],
        ..Default::default()
    };
    let a = dprk(
        &item("fur hat", Category::LuxuryGood, &["luxury:fur"]),
        &ctx,
    );
    assert_eq!(a.verdict, Verdict::NotCovered, "{a:#?}");
    assert!(
        a.reason.contains("No UN DPRK export ban names"),
        "{}",
        a.reason
    );
    assert!(
        a.reason.contains("only when they go to the DPRK"),
        "{}",
        a.reason
    );
}

#[test]
fn every_unverified_provision_says_so_in_its_citation() {
    let r = Regimes::builtin().unwrap();
    let reg = r.get("un-dprk").unwrap();
    for p in &reg.definition().provisions {
        let c = reg.citation(&p.id).unwrap();
        assert_eq!(
            p.verified,
            !c.contains("unverified") && !c.contains("not verified"),
            "{}: {c}",
            p.id
        );
    }
}

#[test]
fn transfers_within_the_dprk_are_not_covered() {
    let ctx = TransferContext {
        giver_countries: vec!["KP".into()],
        recipient_countries: vec!["KP".into()],
        ..Default::default()
    };
    let a = dprk(
        &item("rifle", Category::Arms, &["ML1", "small_arms", "military"]),
        &ctx,
    );
    assert_eq!(a.verdict, Verdict::NotCovered);
    assert!(a.reason.contains("not within it"), "{}", a.reason);
}

#[test]
fn context_from_resolved_parties() {
    use embargo_model::{ListKind, Party, PartyKind, Schema, ScreeningHit};
    let hit = ScreeningHit {
        list: ListKind::UsOfacSdn,
        list_id: "20157".into(),
        listed_name: "KIM, Jong Un".into(),
        primary_name: "KIM, Jong Un".into(),
        schema: Schema::Person,
        programs: vec!["DPRK3".into()],
        score: 0.97,
        explanation: String::new(),
        token_matches: Vec::new(),
        unmatched_query_tokens: Vec::new(),
        unmatched_listed_tokens: Vec::new(),
    };
    let kim = Party {
        name: "Kim Jong Un".into(),
        kind: PartyKind::Person,
        mentions: Vec::new(),
        roles: vec!["recipient".into()],
        countries: Vec::new(),
        screening: vec![hit],
    };
    let ctx = TransferContext::from_parties(None, Some(&kim));
    assert_eq!(ctx.recipient_programs, ["DPRK3"]);
    let a = dprk(
        &item("fur hat", Category::LuxuryGood, &["luxury:fur"]),
        &ctx,
    );
    assert_eq!(a.verdict, Verdict::PossiblyProhibited);
}

#[test]
fn hostile_items_do_not_panic() {
    let r = Regimes::builtin().unwrap();
    let many: Vec<String> = (0..10_000).map(|i| format!("luxury:x{i}")).collect();
    let mut it = item(&"ж".repeat(100_000), Category::LuxuryGood, &[]);
    it.class.tags = many;
    it.value_usd = Some(f64::NAN);
    it.quantity = Some(f64::INFINITY);
    it.quantity_detail = Some(Quantity {
        value: f64::NAN,
        unit: Some("barrels".into()),
        approximate: true,
        text: String::new(),
    });
    let a = r.assess(&it, &to_kp());
    assert_eq!(a.len(), 1);
    assert!(a[0].reason.len() < 5_000, "{}", a[0].reason.len());
    let mut rug = item("rug", Category::LuxuryGood, &["luxury:rug"]);
    rug.value_usd = Some(-5.0);
    assert_eq!(
        r.assess(&rug, &to_kp())[0].verdict,
        Verdict::PossiblyProhibited
    );
}

#[test]
fn assess_into_fills_the_item() {
    let r = Regimes::builtin().unwrap();
    let mut it = item("rifle", Category::Arms, &["ML1", "small_arms"]);
    r.assess_into(&mut it, &to_kp());
    assert_eq!(it.assessments.len(), 1);
    let reg = r.get("un-dprk").unwrap();
    assert!(!reg.provision("2270-SALW").unwrap().verified);
    assert_eq!(reg.citation("1874-OP10"), Some("UNSCR 1874 (2009) OP10"));
}

#[test]
fn coal_to_the_dprk_is_not_a_capped_petroleum_product() {
    let a = dprk(&item("coal", Category::Fuel, &["coal"]), &to_kp());
    assert_eq!(a.verdict, Verdict::NotCovered, "{a:#?}");
    let ctx = TransferContext {
        giver_countries: vec!["KP".into()],
        recipient_countries: vec!["CN".into()],
        ..Default::default()
    };
    let a = dprk(&item("coal", Category::Fuel, &["coal"]), &ctx);
    assert_eq!(a.verdict, Verdict::Prohibited);
    assert!(a.provisions.iter().any(|p| p.id == "2371-coal-iron"));
}
