//! fetch against a local HTTP server serving the real files from data/lists: success, HTTP
//! errors, a truncated body, a dropped connection, garbage and a shrunken list all leave the
//! previous version in place.
use embargo_lists::fetch::{self, FetchError, FetchOptions, FetchSource, Manifest};
use embargo_lists::{load_dir, ListFormat};
use embargo_model::ListKind;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone)]
enum Reply {
    Ok(Vec<u8>),
    Status(u16),
    /// Announce the full length, send only the first n bytes, close.
    Truncated(Vec<u8>, usize),
    /// Close the connection without answering.
    Drop,
}

type Routes = Arc<Mutex<HashMap<String, Reply>>>;

fn serve(routes: Routes) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let routes = routes.clone();
            std::thread::spawn(move || handle(stream, &routes));
        }
    });
    format!("http://{addr}")
}

fn handle(mut s: TcpStream, routes: &Routes) {
    let mut req = Vec::new();
    let mut buf = [0u8; 1024];
    while !req.windows(4).any(|w| w == b"\r\n\r\n") {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => req.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&req);
    let path = text.split_whitespace().nth(1).unwrap_or("/").to_string();
    let reply = routes
        .lock()
        .unwrap()
        .get(&path)
        .cloned()
        .unwrap_or(Reply::Status(404));
    let head = |status: &str, len: usize| {
        format!("HTTP/1.1 {status}\r\nContent-Length: {len}\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n")
    };
    let _ = match reply {
        Reply::Ok(b) => s
            .write_all(head("200 OK", b.len()).as_bytes())
            .and_then(|_| s.write_all(&b)),
        Reply::Status(code) => {
            let body = format!("error {code}");
            s.write_all(head(&format!("{code} Error"), body.len()).as_bytes())
                .and_then(|_| s.write_all(body.as_bytes()))
        }
        Reply::Truncated(b, n) => s
            .write_all(head("200 OK", b.len()).as_bytes())
            .and_then(|_| s.write_all(&b[..n])),
        Reply::Drop => Ok(()),
    };
    let _ = s.flush();
}

fn real(name: &str) -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/lists")
            .join(name),
    )
    .unwrap()
}

fn setup() -> (Routes, Vec<FetchSource>, tempfile::TempDir) {
    let mut m = HashMap::new();
    for (path, file) in [
        ("/ofac/sdn.csv", "ofac_sdn_2024-05-03.csv"),
        ("/ofac/alt.csv", "ofac_alt_2025-12.csv"),
        ("/ofac/add.csv", "ofac_add_2025-12.csv"),
        ("/ofac/sdn_comments.csv", "ofac_sdn_comments_2025-12.csv"),
        (
            "/ofac/consolidated/cons_prim.csv",
            "ofac_cons_prim_2025-12.csv",
        ),
        (
            "/ofac/consolidated/cons_alt.csv",
            "ofac_cons_alt_2025-12.csv",
        ),
        (
            "/ofac/consolidated/cons_add.csv",
            "ofac_cons_add_2025-12.csv",
        ),
        ("/un/consolidated.xml", "un_consolidated_2026-02-27.xml"),
        // The summary export served under the full list's name: the reader tells them apart.
        (
            "/uk/UK-Sanctions-List.csv",
            "uk_sanctions_list_summary_2025-08-11.csv",
        ),
    ] {
        m.insert(path.to_string(), Reply::Ok(real(file)));
    }
    let routes: Routes = Arc::new(Mutex::new(m));
    let base = serve(routes.clone());
    let sources = fetch::official_sources()
        .into_iter()
        .map(|s| {
            let sub = match s.kind {
                ListKind::UsOfacSdn => "ofac/",
                ListKind::UsOfacCons => "ofac/consolidated/",
                ListKind::UnSc => "un/",
                _ => "uk/",
            };
            s.with_base_url(&format!("{base}/{sub}"))
        })
        .collect();
    (routes, sources, tempfile::tempdir().unwrap())
}

fn opts() -> FetchOptions {
    FetchOptions {
        connect_timeout: Duration::from_secs(5),
        timeout: Duration::from_secs(30),
        ..FetchOptions::default()
    }
}

fn manifest(dest: &Path, kind: ListKind) -> Manifest {
    fetch::current_manifest(&dest.join(kind.as_str())).unwrap()
}

fn set(routes: &Routes, path: &str, r: Reply) {
    routes.lock().unwrap().insert(path.to_string(), r);
}

fn no_incoming_left(dest: &Path) {
    for kind in ListKind::ALL {
        if let Ok(rd) = std::fs::read_dir(dest.join(kind.as_str())) {
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                assert!(!n.starts_with(".incoming"), "left behind: {n}");
            }
        }
    }
}

#[test]
fn fetch_success_then_failures_keep_the_previous_version() {
    let (routes, sources, dest) = setup();
    let dest = dest.path();
    let out = fetch::fetch(&sources, dest, &opts()).unwrap();
    for o in &out {
        assert!(o.result.is_ok(), "{}: {:?}", o.kind, o.result);
    }
    let set0 = load_dir(dest).unwrap();
    assert_eq!(set0.get(ListKind::UsOfacSdn).unwrap().entries.len(), 14_965);
    assert_eq!(set0.get(ListKind::UsOfacCons).unwrap().entries.len(), 442);
    assert_eq!(set0.get(ListKind::UnSc).unwrap().entries.len(), 1_003);
    assert_eq!(set0.get(ListKind::GbFcdo).unwrap().entries.len(), 5_300);
    let k = set0.entries().find(|e| e.list_id == "41064").unwrap();
    assert!(k
        .aliases
        .iter()
        .any(|a| a.name == "KOZHEMIAKO, Oleh Mykolaiovych"));

    let m0 = manifest(dest, ListKind::UsOfacSdn);
    assert_eq!(m0.entries, 14_965);
    assert_eq!(m0.format, ListFormat::Ofac);
    assert_eq!(m0.files.len(), 4);
    assert_eq!(m0.files[0].name, "sdn.csv");
    assert!(m0.files[0].url.ends_with("/ofac/sdn.csv"));
    let sdn = real("ofac_sdn_2024-05-03.csv");
    assert_eq!(m0.files[0].bytes, sdn.len() as u64);
    assert_eq!(m0.files[0].sha256, hex::encode(Sha256::digest(&sdn)));
    assert_eq!(m0.version.len(), 10, "fetch date: {}", m0.version);
    assert_eq!(
        manifest(dest, ListKind::UnSc).version,
        "2026-02-27T00:00:09.554Z"
    );
    // Provenance version comes from the manifest.
    assert_eq!(
        set0.get(ListKind::UsOfacSdn).unwrap().provenance.version,
        m0.version
    );

    let sdn_only = &sources[..1];
    let un_only = &sources[2..3];
    let check_unchanged = |why: &str| {
        assert_eq!(manifest(dest, ListKind::UsOfacSdn), m0, "{why}");
        let s = load_dir(dest).unwrap();
        assert_eq!(
            s.get(ListKind::UsOfacSdn).unwrap().entries.len(),
            14_965,
            "{why}"
        );
        assert_eq!(s.get(ListKind::UnSc).unwrap().entries.len(), 1_003, "{why}");
        no_incoming_left(dest);
    };

    // HTTP 500 on one of the four OFAC files.
    set(&routes, "/ofac/alt.csv", Reply::Status(500));
    let out = fetch::fetch(sdn_only, dest, &opts()).unwrap();
    let err = out[0].result.as_ref().unwrap_err();
    assert!(
        matches!(err, FetchError::Status { status: 500, url } if url.ends_with("/ofac/alt.csv")),
        "{err}"
    );
    check_unchanged("500");
    set(
        &routes,
        "/ofac/alt.csv",
        Reply::Ok(real("ofac_alt_2025-12.csv")),
    );

    // 404.
    set(&routes, "/ofac/add.csv", Reply::Status(404));
    let out = fetch::fetch(sdn_only, dest, &opts()).unwrap();
    assert!(matches!(
        out[0].result,
        Err(FetchError::Status { status: 404, .. })
    ));
    check_unchanged("404");
    set(
        &routes,
        "/ofac/add.csv",
        Reply::Ok(real("ofac_add_2025-12.csv")),
    );

    // Truncated body: the announced length is not delivered.
    let un = real("un_consolidated_2026-02-27.xml");
    let half = un.len() / 2;
    set(
        &routes,
        "/un/consolidated.xml",
        Reply::Truncated(un.clone(), half),
    );
    let m_un = manifest(dest, ListKind::UnSc);
    let out = fetch::fetch(un_only, dest, &opts()).unwrap();
    let err = out[0].result.as_ref().unwrap_err();
    assert!(
        matches!(
            err,
            FetchError::Truncated { .. } | FetchError::Transport { .. }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("consolidated.xml"), "{err}");
    assert_eq!(manifest(dest, ListKind::UnSc), m_un);
    check_unchanged("truncated");

    // A truncated file served as if complete: the reader catches it.
    set(
        &routes,
        "/un/consolidated.xml",
        Reply::Ok(un[..half].to_vec()),
    );
    let out = fetch::fetch(un_only, dest, &opts()).unwrap();
    let err = out[0].result.as_ref().unwrap_err();
    assert!(
        matches!(
            err,
            FetchError::Invalid {
                list: ListKind::UnSc,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("consolidated.xml:"), "{err}");
    check_unchanged("short file");

    // Connection dropped.
    set(&routes, "/un/consolidated.xml", Reply::Drop);
    let out = fetch::fetch(un_only, dest, &opts()).unwrap();
    assert!(
        matches!(out[0].result, Err(FetchError::Transport { .. })),
        "{:?}",
        out[0].result
    );
    check_unchanged("drop");
    set(&routes, "/un/consolidated.xml", Reply::Ok(un));

    // Garbage: an HTML page instead of sdn.csv.
    set(&routes, "/ofac/sdn.csv", Reply::Ok(b"<!DOCTYPE html>\n<html><head><title>Maintenance</title></head>\n<body>Service unavailable</body></html>\n".to_vec()));
    let out = fetch::fetch(sdn_only, dest, &opts()).unwrap();
    let err = out[0].result.as_ref().unwrap_err();
    assert!(matches!(err, FetchError::Invalid { .. }), "{err}");
    check_unchanged("garbage");

    // A much shorter list (first 1,000 rows) is refused unless forced.
    let short: Vec<u8> = sdn
        .split_inclusive(|&c| c == b'\n')
        .take(1000)
        .flatten()
        .copied()
        .collect();
    set(&routes, "/ofac/sdn.csv", Reply::Ok(short));
    let out = fetch::fetch(sdn_only, dest, &opts()).unwrap();
    assert!(
        matches!(
            out[0].result,
            Err(FetchError::Shrunk {
                new: 1000,
                old: 14_965,
                ..
            })
        ),
        "{:?}",
        out[0].result
    );
    check_unchanged("shrunk");
    let forced = FetchOptions {
        force: true,
        ..opts()
    };
    let out = fetch::fetch(sdn_only, dest, &forced).unwrap();
    assert_eq!(out[0].result.as_ref().unwrap().entries, 1000);
    assert_eq!(
        load_dir(dest)
            .unwrap()
            .get(ListKind::UsOfacSdn)
            .unwrap()
            .entries
            .len(),
        1000
    );
    // The version before is kept as `previous`.
    let prev = dest.join("us-ofac-sdn").join(fetch::PREVIOUS_DIR);
    let pm: Manifest =
        serde_json::from_slice(&std::fs::read(prev.join(fetch::MANIFEST)).unwrap()).unwrap();
    assert_eq!(pm, m0);
    assert_eq!(
        fetch::load_version_dir(&prev).unwrap().entries.len(),
        14_965
    );
    no_incoming_left(dest);

    // Only current and previous versions remain on disk.
    set(&routes, "/ofac/sdn.csv", Reply::Ok(sdn));
    let out = fetch::fetch(sdn_only, dest, &opts()).unwrap();
    assert!(out[0].result.is_ok());
    let versions = std::fs::read_dir(dest.join("us-ofac-sdn"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('v'))
        .count();
    assert!(versions <= 2, "{versions}");
}

#[test]
fn unreachable_server_is_reported_per_list() {
    // A port nobody listens on.
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/", l.local_addr().unwrap());
    drop(l);
    let sources: Vec<FetchSource> = fetch::official_sources()
        .iter()
        .map(|s| s.with_base_url(&base))
        .collect();
    let dest = tempfile::tempdir().unwrap();
    let out = fetch::fetch(&sources, dest.path(), &opts()).unwrap();
    assert_eq!(out.len(), 4);
    for o in out {
        let e = o.result.unwrap_err();
        assert!(matches!(e, FetchError::Transport { .. }), "{e}");
    }
    assert!(load_dir(dest.path()).unwrap().lists.is_empty());
}

#[test]
fn body_over_the_limit_is_refused() {
    let (_routes, sources, dest) = setup();
    let small = FetchOptions {
        max_bytes: 1000,
        ..opts()
    };
    let out = fetch::fetch(&sources[2..3], dest.path(), &small).unwrap();
    assert!(
        matches!(out[0].result, Err(FetchError::TooLarge { limit: 1000, .. })),
        "{:?}",
        out[0].result
    );
}
