//! Where the store and the fetched lists live: flags > environment > `embargo.toml` > defaults.
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The configuration file read from the working directory, if present.
pub const CONFIG_FILE: &str = "embargo.toml";

/// Where a setting came from, shown by `lists show` so a user can tell why a path is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A command-line flag.
    Flag,
    /// An `EMBARGO_*` environment variable.
    Env,
    /// `embargo.toml` in the working directory.
    File,
    /// The built-in default (the user's data directory).
    Default,
}

impl Origin {
    /// How the origin is named in output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Origin::Flag => "flag",
            Origin::Env => "environment",
            Origin::File => CONFIG_FILE,
            Origin::Default => "default",
        }
    }
}

/// The resolved configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store file, or why there is none (no data directory on this platform).
    pub store: Option<PathBuf>,
    /// Where the store path came from.
    pub store_origin: Origin,
    /// The directory `lists fetch` writes to and every command reads fetched lists from.
    pub lists_dir: Option<PathBuf>,
    /// Where the lists directory came from.
    pub lists_dir_origin: Origin,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    store: Option<PathBuf>,
    lists_dir: Option<PathBuf>,
}

impl Config {
    /// Resolves the configuration from flags, environment, `./embargo.toml` and defaults.
    pub fn resolve(store_flag: Option<PathBuf>, lists_flag: Option<PathBuf>) -> Result<Config> {
        let file = read_file_config(Path::new(CONFIG_FILE))?;
        let data_dir = embargo_store::data_dir();
        let (store, store_origin) = pick(
            store_flag,
            "EMBARGO_STORE",
            file.store,
            data_dir
                .as_ref()
                .map(|d| d.join(embargo_store::DEFAULT_FILE_NAME)),
        );
        let (lists_dir, lists_dir_origin) = pick(
            lists_flag,
            "EMBARGO_LISTS_DIR",
            file.lists_dir,
            data_dir.as_ref().map(|d| d.join("lists")),
        );
        Ok(Config {
            store,
            store_origin,
            lists_dir,
            lists_dir_origin,
        })
    }

    /// The store path, or an error saying how to give one.
    pub fn store_path(&self) -> Result<&Path> {
        match &self.store {
            Some(p) => Ok(p),
            None => bail!(
                "no store path: this platform has no user data directory; give --store PATH or set EMBARGO_STORE"
            ),
        }
    }
}

/// Opens the SQLite register at `path`. A `postgres://` URL is refused with a clear message: the
/// PostgreSQL register (same `Register` trait) is not built yet, and it must not become a file
/// named `postgres:`.
pub fn open_store(path: &Path) -> Result<embargo_store::SqliteStore> {
    let s = path.to_string_lossy();
    if s.starts_with("postgres://") || s.starts_with("postgresql://") {
        bail!("store {s}: PostgreSQL registers are not supported yet; give a SQLite file path");
    }
    Ok(embargo_store::SqliteStore::open(path)?)
}

fn pick(
    flag: Option<PathBuf>,
    env: &str,
    file: Option<PathBuf>,
    default: Option<PathBuf>,
) -> (Option<PathBuf>, Origin) {
    if let Some(p) = flag {
        return (Some(p), Origin::Flag);
    }
    if let Some(p) = std::env::var_os(env).filter(|v| !v.is_empty()) {
        return (Some(PathBuf::from(p)), Origin::Env);
    }
    if let Some(p) = file {
        return (Some(p), Origin::File);
    }
    (default, Origin::Default)
}

fn read_file_config(path: &Path) -> Result<FileConfig> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileConfig::default()),
        Err(e) => return Err(e).with_context(|| format!("{}: cannot read", path.display())),
    };
    // toml's message carries the line and column of the error.
    toml::from_str(&text).with_context(|| format!("{}: invalid configuration", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_file_beats_default() {
        let d = Some(PathBuf::from("default"));
        let f = Some(PathBuf::from("file"));
        // The variable name is unique to this test, so the environment is not shared.
        let env = "EMBARGO_TEST_UNSET_VARIABLE";
        assert_eq!(
            pick(Some("flag".into()), env, f.clone(), d.clone()).1,
            Origin::Flag
        );
        assert_eq!(pick(None, env, f.clone(), d.clone()), (f, Origin::File));
        assert_eq!(pick(None, env, None, d.clone()), (d, Origin::Default));
    }

    #[test]
    fn config_file_errors_name_the_file_and_unknown_keys_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("embargo.toml");
        std::fs::write(&p, "store = \"x.sqlite\"\nlists_dir = \"l\"\n").unwrap();
        let c = read_file_config(&p).unwrap();
        assert_eq!(c.store, Some(PathBuf::from("x.sqlite")));
        std::fs::write(&p, "stor = \"x\"\n").unwrap();
        let e = format!("{:#}", read_file_config(&p).unwrap_err());
        assert!(e.contains("embargo.toml") && e.contains("stor"), "{e}");
        assert!(read_file_config(&dir.path().join("missing.toml")).is_ok());
    }
}
