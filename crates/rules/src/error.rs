//! Errors of loading and validating regime files; each names the file and, where it can, the line,
//! the provision id and the field.
use std::path::PathBuf;

/// Why a set of regimes could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    /// A file or directory could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file is larger than regime files may be.
    #[error("{file}: {size} bytes is over the limit of {limit} bytes for a regime file")]
    TooLarge {
        /// The file.
        file: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A directory holds no regime files, or too many.
    #[error("{dir}: {message}")]
    Directory {
        /// The directory.
        dir: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A file is not valid TOML or does not have the regime file shape.
    #[error("{file}:{line}:{column}: {message}")]
    Parse {
        /// The file.
        file: String,
        /// 1-based line (0 when unknown).
        line: usize,
        /// 1-based column (0 when unknown).
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// A file parses but breaks a rule of the format.
    #[error("{file}: {location}: {message}")]
    Invalid {
        /// The file.
        file: String,
        /// `provision `id`, field `name`` or `regime, field `name``.
        location: String,
        /// What is wrong.
        message: String,
    },
    /// Two files define the same regime id.
    #[error("regime id `{id}` is defined twice: in {first} and in {second}")]
    DuplicateRegime {
        /// The id.
        id: String,
        /// The first file.
        first: String,
        /// The second file.
        second: String,
    },
}

impl RulesError {
    /// An `Invalid` error located at a provision's field.
    pub(crate) fn provision(file: &str, id: &str, field: &str, message: impl Into<String>) -> Self {
        RulesError::Invalid {
            file: file.to_string(),
            location: format!("provision `{id}`, field `{field}`"),
            message: message.into(),
        }
    }

    /// An `Invalid` error located at a field outside provisions (`regime`, `source`, `national_list`).
    pub(crate) fn field(
        file: &str,
        section: &str,
        field: &str,
        message: impl Into<String>,
    ) -> Self {
        RulesError::Invalid {
            file: file.to_string(),
            location: format!("{section}, field `{field}`"),
            message: message.into(),
        }
    }
}
