//! Turning command-line inputs into documents: files, directories (every .txt/.html/.htm inside),
//! URL-list files (every line an http(s) URL), and URLs; all bounded in size and time.
use anyhow::{bail, Context, Result};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Largest document read from a file or URL. The extractor bounds its own work too; this keeps a
/// mistaken argument (a disk image, an endless stream) from being read into memory.
pub const MAX_DOC_BYTES: u64 = 64 * 1024 * 1024;

/// Largest file examined as a possible URL list.
const MAX_URL_LIST_BYTES: u64 = 4 * 1024 * 1024;

/// Deepest directory nesting walked.
const MAX_DEPTH: usize = 32;

/// Extensions of article files inside a directory.
const ARTICLE_EXTENSIONS: [&str; 3] = ["txt", "html", "htm"];

/// One document to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// A web page.
    Url(String),
    /// Standard input (`-`), for pipes: `curl … | embargo analyze -`.
    Stdin,
}

impl Source {
    /// The path or URL, as shown in messages and reports.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Url(u) => u.clone(),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// A document read into memory.
#[derive(Debug)]
pub struct Doc {
    /// The path or URL.
    pub source: String,
    /// The bytes exactly as read.
    pub bytes: Vec<u8>,
}

fn is_url(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://"))
        && !s.trim().contains(char::is_whitespace)
}

/// The URLs of a URL-list file: every non-empty line (`#` comments allowed) is an http(s) URL.
/// `None` when the file is not such a list.
fn url_list(path: &Path) -> Result<Option<Vec<String>>> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let named_list = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("urls"));
    if meta.len() > MAX_URL_LIST_BYTES && !named_list {
        return Ok(None);
    }
    let bytes = read_capped_file(path, MAX_URL_LIST_BYTES)?;
    let Ok(text) = std::str::from_utf8(&bytes) else {
        if named_list {
            bail!("{}: a .urls file must be UTF-8 text", path.display());
        }
        return Ok(None);
    };
    let mut urls = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if !is_url(l) {
            if named_list {
                bail!("{}:{}: not an http(s) URL: {l:?}", path.display(), i + 1);
            }
            return Ok(None);
        }
        urls.push(l.to_string());
    }
    Ok((!urls.is_empty() || named_list).then_some(urls))
}

/// Expands the arguments into documents to read, in order: a directory gives its article files
/// (sorted), a URL list its URLs, a URL itself, a file itself.
pub fn expand(args: &[String]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for a in args {
        if a == "-" {
            if out.contains(&Source::Stdin) {
                bail!("-: standard input can be read only once");
            }
            out.push(Source::Stdin);
            continue;
        }
        if is_url(a) {
            out.push(Source::Url(a.trim().to_string()));
            continue;
        }
        let p = PathBuf::from(a);
        let meta = std::fs::metadata(&p).with_context(|| format!("{a}: cannot read"))?;
        if meta.is_dir() {
            let before = out.len();
            walk(&p, 0, &mut out)?;
            if out.len() == before {
                tracing::warn!("{a}: no .txt/.html/.htm files inside");
            }
        } else if let Some(urls) = url_list(&p)? {
            out.extend(urls.into_iter().map(Source::Url));
        } else {
            out.push(Source::File(p));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<Source>) -> Result<()> {
    if depth > MAX_DEPTH {
        bail!(
            "{}: directories nested deeper than {MAX_DEPTH} levels",
            dir.display()
        );
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot list directory", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        // symlink_metadata: a link loop must not send the walk around forever.
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            walk(&p, depth + 1, out)?;
        } else if meta.is_file() {
            let article = p
                .extension()
                .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)));
            if article {
                out.push(Source::File(p));
            }
        }
    }
    Ok(())
}

fn read_capped_file(path: &Path, cap: u64) -> Result<Vec<u8>> {
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut bytes = Vec::new();
    f.take(cap + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    if bytes.len() as u64 > cap {
        bail!("{}: larger than the limit of {cap} bytes", path.display());
    }
    Ok(bytes)
}

/// An HTTP client with timeouts, built once per run.
pub fn http_agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(10))
        .timeout_read(Duration::from_secs(30))
        .timeout(Duration::from_secs(90))
        .redirects(5)
        .user_agent(concat!("embargo/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// Reads one document, refusing anything over [`MAX_DOC_BYTES`] and binary files.
pub fn read(source: &Source, agent: &ureq::Agent) -> Result<Doc> {
    let bytes = match source {
        Source::File(p) => read_capped_file(p, MAX_DOC_BYTES)?,
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(MAX_DOC_BYTES + 1)
                .read_to_end(&mut bytes)
                .context("-: reading standard input")?;
            if bytes.len() as u64 > MAX_DOC_BYTES {
                bail!("-: standard input larger than the limit of {MAX_DOC_BYTES} bytes");
            }
            bytes
        }
        Source::Url(u) => {
            let resp = agent.get(u).call().map_err(|e| match e {
                ureq::Error::Status(code, _) => anyhow::anyhow!("{u}: HTTP status {code}"),
                other => anyhow::anyhow!("{u}: {other}"),
            })?;
            let mut bytes = Vec::new();
            resp.into_reader()
                .take(MAX_DOC_BYTES + 1)
                .read_to_end(&mut bytes)
                .with_context(|| format!("{u}: reading the response"))?;
            if bytes.len() as u64 > MAX_DOC_BYTES {
                bail!("{u}: response larger than the limit of {MAX_DOC_BYTES} bytes");
            }
            bytes
        }
    };
    let name = source.name();
    if let Some(pos) = bytes.iter().take(8192).position(|&b| b == 0) {
        bail!("{name}: looks like a binary file (NUL byte at offset {pos}); expected text or HTML");
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        bail!("{name}: the document is empty");
    }
    Ok(Doc {
        source: name,
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_detection() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url(" HTTP://example.org "));
        assert!(!is_url("ftp://example.org"));
        assert!(!is_url("https://a b"));
        assert!(!is_url("see https://example.org"));
    }

    #[test]
    fn url_lists_are_told_from_articles() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("l.txt");
        std::fs::write(&list, "# c\nhttps://a.example/1\n\nhttp://b.example/2\n").unwrap();
        assert_eq!(url_list(&list).unwrap().unwrap().len(), 2);
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "https://a.example/1\nPutin gave Kim a car.\n").unwrap();
        assert!(url_list(&article).unwrap().is_none());
        let bad = dir.path().join("x.urls");
        std::fs::write(&bad, "https://a.example/1\nnot a url\n").unwrap();
        let e = url_list(&bad).unwrap_err().to_string();
        assert!(e.contains("x.urls:2"), "{e}");
    }

    #[test]
    fn directories_give_article_files_sorted() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["b.html", "a.txt", "c.md", ".hidden.txt", "sub/d.HTM"] {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let got = expand(&[dir.path().display().to_string()]).unwrap();
        let names: Vec<String> = got
            .iter()
            .map(|s| s.name().rsplit('/').next().unwrap().to_string())
            .collect();
        assert_eq!(names, ["a.txt", "b.html", "d.HTM"]);
    }
}
