//! Untrusted input: size limits, long sentences, binary data, deep HTML, every script.
use embargo_extract::{clean, ExtractError, Extractor, MAX_INPUT_BYTES, MAX_SENTENCE_BYTES};

fn seed_text() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/seed-article.txt"
    );
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn fifty_megabytes_is_refused_with_a_clear_error() {
    let x = Extractor::builtin().unwrap();
    let seed = seed_text();
    let mut big = String::with_capacity(50 * 1024 * 1024 + seed.len());
    while big.len() < 50 * 1024 * 1024 {
        big.push_str(&seed);
    }
    match x.extract("big", big.as_bytes()) {
        Err(ExtractError::TooLarge { size, max }) => {
            assert_eq!(max, MAX_INPUT_BYTES);
            assert!(size > max);
        }
        other => panic!(
            "expected TooLarge, got {:?}",
            other.map(|e| e.transfers.len())
        ),
    }
    let msg = x.extract("big", big.as_bytes()).unwrap_err().to_string();
    assert!(msg.contains("MAX_INPUT_BYTES"), "{msg}");
}

#[test]
fn input_just_under_the_limit_is_processed() {
    let x = Extractor::builtin().unwrap();
    let seed = seed_text();
    let mut big = String::new();
    while big.len() + seed.len() < 1024 * 1024 {
        big.push_str(&seed);
        big.push('\n');
    }
    let e = x.extract("1mb", big.as_bytes()).unwrap();
    assert!(e.transfers.len() >= 5);
}

#[test]
fn a_one_megabyte_sentence_is_chunked() {
    let mut s = String::from("Russia sold 5 tanks to Iran ");
    while s.len() < 1024 * 1024 {
        s.push_str("and more words without any full stop ");
    }
    let doc = clean("long", s.as_bytes()).unwrap();
    assert!(doc.sentences.len() > 100);
    assert!(doc
        .sentences
        .iter()
        .all(|x| x.span.len() <= MAX_SENTENCE_BYTES + 4));
    let x = Extractor::builtin().unwrap();
    let e = x.extract("long", s.as_bytes()).unwrap();
    assert!(e
        .transfers
        .iter()
        .any(|t| t.items.iter().any(|i| i.text.contains("tanks"))));
}

#[test]
fn binary_data_is_refused_or_decoded() {
    let x = Extractor::builtin().unwrap();
    let mut bin = Vec::new();
    for i in 0..100_000u32 {
        bin.push((i.wrapping_mul(2654435761) >> 24) as u8);
        if i % 7 == 0 {
            bin.push(0);
        }
    }
    assert!(matches!(
        x.extract("bin", &bin),
        Err(ExtractError::Binary { .. })
    ));
    // a few bad bytes in real text: decoded lossily, offsets still index the decoded text
    let mut t = seed_text().into_bytes();
    t.insert(10, 0xFF);
    t.insert(200, 0xC3);
    let e = x.extract("lossy", &t).unwrap();
    assert!(!e.transfers.is_empty());
    assert!(matches!(x.extract("empty", b""), Ok(e) if e.transfers.is_empty()));
}

#[test]
fn ten_thousand_deep_html_does_not_overflow() {
    let mut h = String::from("<html><body>");
    for _ in 0..10_000 {
        h.push_str("<div>");
    }
    h.push_str("<p>Russia sold 5 tanks to Iran, according to TASS.</p>");
    for _ in 0..10_000 {
        h.push_str("</div>");
    }
    h.push_str("</body></html>");
    // run on a thread with the default (small) test stack: the stripper is iterative
    let out = std::thread::spawn(move || {
        let x = Extractor::builtin().unwrap();
        let e = x.extract("deep", h.as_bytes()).unwrap();
        (e, h)
    })
    .join()
    .unwrap();
    let (e, h) = out;
    let t = e.transfers.first().expect("a transfer in deep HTML");
    let ev = &t.evidence[0];
    assert_eq!(&h[ev.start..ev.end], ev.text);
    assert!(ev.text.contains("Russia sold 5 tanks to Iran"));
}

#[test]
fn html_main_text_offsets_index_the_raw_html() {
    let h = r#"<!DOCTYPE html><html><head><title>Arms story</title><script>var x = "Russia sold 9 jets to Syria.";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Drones for Moscow</h1>
<p>Iran supplied Russia with 18 drones &amp; spare parts, the <b>Guardian</b> reported on Monday.</p>
<p>The shipment crossed the Caspian Sea by boat, officials said.</p></article>
<footer>You may also like</footer></body></html>"#;
    let x = Extractor::builtin().unwrap();
    let e = x.extract("page.html", h.as_bytes()).unwrap();
    assert_eq!(e.document.title.as_deref(), Some("Arms story"));
    assert!(
        e.transfers
            .iter()
            .all(|t| !t.items.iter().any(|i| i.text.contains("jets"))),
        "script text is not article text"
    );
    let t = e
        .transfers
        .iter()
        .find(|t| t.items.iter().any(|i| i.text.contains("drones")))
        .expect("drone transfer");
    assert_eq!(t.giver.as_ref().unwrap().name, "Iran");
    assert_eq!(t.recipient.as_ref().unwrap().name, "Russia");
    for ev in &t.evidence {
        assert_eq!(&h[ev.start..ev.end], ev.text);
    }
}

#[test]
fn every_script_is_handled() {
    let text = "Россия передала КНДР 5 танков. 北朝鮮はロシアに砲弾を送った。 كوريا الشمالية أرسلت صواريخ. \
Kim Jong Un gave Vladimir Putin 2 Pungsan dogs 🐕, KCNA reported. Ελλάδα, हिन्दी, עברית, e\u{301}\u{302}, \u{200b}zero\u{200b}width.";
    let x = Extractor::builtin().unwrap();
    let e = x.extract("mixed", text.as_bytes()).unwrap();
    for t in &e.transfers {
        for ev in &t.evidence {
            assert_eq!(&text[ev.start..ev.end], ev.text);
        }
    }
    assert!(e
        .transfers
        .iter()
        .any(|t| t.giver.as_ref().is_some_and(|g| g.name == "Kim Jong Un")));
    let doc = clean("mixed", text.as_bytes()).unwrap();
    for s in &doc.sentences {
        assert!(text.get(s.span.start..s.span.end).is_some());
    }
}

#[test]
fn classify_items_with_the_agreed_tags() {
    let x = Extractor::builtin().unwrap();
    let c = x.classify_item("a fur hat");
    assert_eq!(c.category.as_str(), "luxury_good");
    assert!(c.tags.contains(&"luxury:fur".to_string()));
    let c = x.classify_item("tea set");
    assert!(c.tags.contains(&"luxury:tableware".to_string()));
    let c = x.classify_item("grand piano");
    assert!(c.tags.contains(&"luxury:musical_instrument".to_string()));
    let c = x.classify_item("three horses");
    assert!(
        c.tags.contains(&"luxury:horse".to_string()) && c.tags.contains(&"livestock".to_string())
    );
    let c = x.classify_item("an armoured limousine");
    assert_eq!(c.category.as_str(), "vehicle");
    assert!(
        c.tags.contains(&"luxury:automobile".to_string())
            && c.tags.contains(&"vehicle:transport".to_string())
    );
    let c = x.classify_item("152-mm artillery shells");
    assert_eq!(c.category.as_str(), "ammunition");
    assert!(c.tags.contains(&"ML3".to_string()) && c.tags.contains(&"military".to_string()));
    let c = x.classify_item("refined petroleum");
    assert!(c.tags.contains(&"fuel:refined".to_string()));
    let c = x.classify_item("a glove from a spacesuit");
    assert_eq!(c.category.as_str(), "other");
    assert!(c.tags.contains(&"memorabilia".to_string()));
    let c = x.classify_item("Shahed-136 drones");
    assert_eq!(c.category.as_str(), "uav");
    assert!(c.tags.contains(&"ML10".to_string()));
    assert!(c.reason.contains("shahed"));
    assert_eq!(x.classify_item("a warm welcome").category.as_str(), "other");
}

#[test]
fn denials_and_plans_are_not_facts() {
    let x = Extractor::builtin().unwrap();
    let t = "North Korea denied that it had supplied artillery shells to Russia. Iran plans to sell 40 drones to Russia. \
Russia could deliver fighter jets to Iran next year. Belarus delivered 20 tanks to Russia in March.";
    let e = x.extract("nf", t.as_bytes()).unwrap();
    assert_eq!(e.transfers.len(), 1, "{:#?}", e.transfers);
    assert_eq!(e.transfers[0].giver.as_ref().unwrap().name, "Belarus");
    let mods: Vec<&str> = e.non_factual.iter().map(|n| n.modality.as_str()).collect();
    assert!(
        mods.contains(&"denied") && mods.contains(&"planned") && mods.contains(&"speculative"),
        "{mods:?}"
    );
}

#[test]
fn known_names_from_lists_are_recognised() {
    let x = Extractor::builtin().unwrap().with_known_names(vec![(
        "Ivan Ivanovich Testov".to_string(),
        embargo_model::PartyKind::Person,
    )]);
    let e = x
        .extract("k", b"Ivan Ivanovich Testov sold 3 helicopters to Myanmar.")
        .unwrap();
    assert_eq!(
        e.transfers[0].giver.as_ref().unwrap().name,
        "Ivan Ivanovich Testov"
    );
    assert_eq!(e.transfers[0].recipient.as_ref().unwrap().name, "Myanmar");
}

#[test]
fn dates_places_quantities_and_values() {
    let x = Extractor::builtin().unwrap();
    let t =
        "On 12 September 2023, Russia sold 1,000 tonnes of diesel worth $1,200 to North Korea. \
In Vladivostok, Sergei Shoigu gave Kim Jong Un two dozen rifles.";
    let e = x.extract("d", t.as_bytes()).unwrap();
    assert_eq!(e.transfers.len(), 2, "{:#?}", e.transfers);
    let a = &e.transfers[0];
    assert_eq!(a.date.as_deref(), Some("2023-09-12"));
    let it = &a.items[0];
    assert_eq!(it.quantity, Some(1000.0));
    assert_eq!(
        it.quantity_detail.as_ref().unwrap().unit.as_deref(),
        Some("tonnes")
    );
    assert!(it.class.tags.contains(&"fuel:refined".to_string()));
    assert_eq!(it.value_usd, Some(1200.0));
    let b = &e.transfers[1];
    assert_eq!(b.place.as_deref(), Some("Vladivostok"));
    assert_eq!(b.items[0].quantity, Some(24.0));
    assert_eq!(b.recipient.as_ref().unwrap().name, "Kim Jong Un");
    let kim = e.parties.iter().find(|p| p.name == "Kim Jong Un").unwrap();
    assert_eq!(kim.countries, vec!["KP".to_string()]);
    assert!(e.mentions.iter().any(|m| m.kind == "quantity"));
}

#[test]
fn mutated_input_never_panics() {
    let x = Extractor::builtin().unwrap();
    let seed = seed_text().into_bytes();
    let html = format!(
        "<html><head><title>t</title></head><body><article><p>{}</p></article></body></html>",
        seed_text().replace("\n\n", "</p><p>")
    );
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rnd = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces: [&[u8]; 12] = [
        b"<",
        b">",
        b"&",
        b"&#x",
        b";",
        b"\xE2\x80",
        b"\xC3",
        b"  ",
        b".",
        b"\"",
        b"\xE2\x80\x9C",
        b"'s",
    ];
    for base in [seed.clone(), html.into_bytes()] {
        for _ in 0..60 {
            let mut v = base.clone();
            for _ in 0..20 {
                let pos = (rnd() as usize) % (v.len() + 1);
                match rnd() % 3 {
                    0 => {
                        let p = pieces[(rnd() as usize) % pieces.len()];
                        v.splice(pos..pos, p.iter().copied());
                    }
                    1 if pos < v.len() => {
                        v.remove(pos);
                    }
                    _ => v.truncate(pos.max(v.len() / 2)),
                }
            }
            let _ = x.extract("fuzz", &v);
            let _ = clean("fuzz", &v);
        }
    }
}

#[test]
fn relative_dates_resolve_against_the_dateline() {
    let x = Extractor::builtin().unwrap();
    let t = "Russia sends tanks\nPublished 14 June 2024\n\nOn Tuesday, Russia sent 5 tanks to Iran. \
Yesterday Belarus delivered 3 helicopters to Russia. In February, Iran shipped 40 drones to Russia. \
In November, China sold 2 radars to Myanmar.";
    let e = x.extract("dated", t.as_bytes()).unwrap();
    let dates: Vec<Option<&str>> = e.transfers.iter().map(|t| t.date.as_deref()).collect();
    // 14 June 2024 was a Friday
    assert_eq!(
        dates,
        vec![
            Some("2024-06-11"),
            Some("2024-06-13"),
            Some("2024-02"),
            Some("2023-11")
        ]
    );
}

#[test]
fn evidence_indexes_the_original_on_every_devset_document() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Extractor>();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/devset");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    let x = Extractor::builtin().unwrap();
    let mut n = 0;
    for e in rd {
        let p = e.unwrap().path();
        let name = p.to_string_lossy().to_string();
        if !(name.ends_with(".txt") || name.ends_with(".html")) {
            continue;
        }
        let bytes = std::fs::read(&p).unwrap();
        let original = String::from_utf8_lossy(&bytes).into_owned();
        let ex = x.extract(&name, &bytes).unwrap();
        for t in ex
            .transfers
            .iter()
            .chain(ex.non_factual.iter().map(|n| &n.transfer))
        {
            for ev in &t.evidence {
                assert_eq!(
                    original.get(ev.start..ev.end),
                    Some(ev.text.as_str()),
                    "{name}"
                );
            }
            for it in &t.items {
                let sp = it.span.unwrap();
                assert!(
                    original.get(sp.start..sp.end).is_some(),
                    "{name}: item span {sp:?}"
                );
            }
            for p in [&t.giver, &t.recipient].into_iter().flatten() {
                if let Some(sp) = p.span {
                    assert!(
                        original.get(sp.start..sp.end).is_some(),
                        "{name}: party span"
                    );
                }
            }
        }
        for a in ex.transfers.iter().flat_map(|t| t.attributed_to.iter()) {
            assert_eq!(
                original.get(a.evidence.start..a.evidence.end),
                Some(a.evidence.text.as_str()),
                "{name}"
            );
        }
        n += 1;
    }
    assert!(n == 0 || n >= 10);
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let t = "Moscow report\n\nRussia sold five T-90 tanks and a batch of artillery shells to\nIran last week, according to the Interfax news agency, which cited\nofficials in Tehran.\n";
    let doc = clean("wrapped", t.as_bytes()).unwrap();
    assert_eq!(doc.sentences.len(), 1);
    let nav = "Home | World | Defence | Video\nHome > World > Asia\nBy JOHN SMITH\nRussia ships tanks to Iran in new deal\n\nRussia sold 5 tanks to Iran.\n";
    let doc = clean("nav", nav.as_bytes()).unwrap();
    assert_eq!(
        doc.title.as_deref(),
        Some("Russia ships tanks to Iran in new deal")
    );
    let x = Extractor::builtin().unwrap();
    let e = x.extract("wrapped", t.as_bytes()).unwrap();
    // one transfer per item: the tanks and the shells, same sentence and attribution
    assert_eq!(e.transfers.len(), 2);
    for tr in &e.transfers {
        assert_eq!(tr.recipient.as_ref().unwrap().name, "Iran");
        assert_eq!(tr.items.len(), 1);
        assert_eq!(tr.attributed_to[0].name, "Interfax");
        let ev = &tr.evidence[0];
        assert_eq!(&t[ev.start..ev.end], ev.text);
    }
}
