//! Checks every reader shares: size bound, empty files, the DOS end-of-file byte, line numbers,
//! and the collector of skipped rows.
use crate::{ListError, ListFormat, SkippedRow, MAX_FIELD_BYTES, MAX_FILE_BYTES};
use std::io::Read;
use std::path::Path;

/// Reads a file, refusing anything over [`MAX_FILE_BYTES`] before reading it.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, ListError> {
    let file = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|e| ListError::Io {
        file: file.clone(),
        source: e,
    })?;
    let len = f
        .metadata()
        .map_err(|e| ListError::Io {
            file: file.clone(),
            source: e,
        })?
        .len();
    if len > MAX_FILE_BYTES {
        return Err(ListError::TooLarge {
            file,
            bytes: len,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut buf = Vec::with_capacity(len as usize);
    // take() guards against a file that grows while we read it.
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| ListError::Io {
            file: file.clone(),
            source: e,
        })?;
    if buf.len() as u64 > MAX_FILE_BYTES {
        return Err(ListError::TooLarge {
            file,
            bytes: buf.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(buf)
}

/// Size check, a UTF-8 byte-order mark and the trailing DOS end-of-file byte (0x1A, which OFAC
/// appends to its legacy CSV files) removed, and a clear error for an empty file.
pub(crate) fn prepare<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a [u8], ListError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ListError::TooLarge {
            file: name.to_string(),
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut b = bytes;
    if let Some(rest) = b.strip_prefix(b"\xEF\xBB\xBF") {
        b = rest;
    }
    while let Some((&last, rest)) = b.split_last() {
        if last == 0x1A {
            b = rest;
        } else {
            break;
        }
    }
    if b.iter().all(|c| c.is_ascii_whitespace()) {
        return Err(ListError::Empty {
            file: name.to_string(),
        });
    }
    Ok(b)
}

/// True when the data ends with a line break, i.e. the last record was written completely.
pub(crate) fn ends_with_newline(b: &[u8]) -> bool {
    b.last() == Some(&b'\n')
}

/// 1-based line number of a byte offset.
pub(crate) fn line_of(bytes: &[u8], offset: usize) -> u64 {
    let end = offset.min(bytes.len());
    1 + bytes[..end].iter().filter(|&&c| c == b'\n').count() as u64
}

/// Line numbers of increasing offsets in O(total length), for streaming readers.
#[derive(Default)]
pub(crate) struct LineCounter {
    pos: usize,
    line: u64,
}

impl LineCounter {
    /// 1-based line of `offset`; cheap when offsets only grow.
    pub fn at(&mut self, bytes: &[u8], offset: usize) -> u64 {
        let offset = offset.min(bytes.len());
        if offset < self.pos {
            self.pos = 0;
            self.line = 0;
        }
        self.line += bytes[self.pos..offset]
            .iter()
            .filter(|&&c| c == b'\n')
            .count() as u64;
        self.pos = offset;
        self.line + 1
    }
}

/// Validates UTF-8 of a whole document; the error names the line and column of the first bad byte.
pub(crate) fn whole_utf8<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, ListError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = line_of(bytes, at);
        let line_start = bytes[..at]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1);
        ListError::Utf8 {
            file: name.to_string(),
            line,
            reason: format!("at column {} (byte offset {at})", at - line_start + 1),
        }
    })
}

/// Collects skipped rows of one read, logging each with `tracing::warn`, except for rows that
/// are expected in bulk (e.g. aliases of designations newer than the primary file), which are
/// summarised in one warning per file and reason kind by [`Skips::finish`].
#[derive(Default)]
pub(crate) struct Skips {
    pub rows: Vec<SkippedRow>,
    quiet: Vec<(String, &'static str, usize)>,
}

impl Skips {
    /// Records and logs a skipped row.
    pub fn skip(&mut self, file: &str, line: u64, reason: String) {
        tracing::warn!(file, line, %reason, "skipped list row");
        self.rows.push(SkippedRow {
            file: file.to_string(),
            line,
            reason,
        });
    }

    /// Records a skipped row of an expected, bulk kind; logged once per file and kind.
    pub fn skip_quiet(&mut self, file: &str, line: u64, kind: &'static str, reason: String) {
        tracing::debug!(file, line, %reason, "skipped list row");
        match self
            .quiet
            .iter_mut()
            .find(|(f, k, _)| f == file && *k == kind)
        {
            Some(q) => q.2 += 1,
            None => self.quiet.push((file.to_string(), kind, 1)),
        }
        self.rows.push(SkippedRow {
            file: file.to_string(),
            line,
            reason,
        });
    }

    /// Logs the summaries of quiet skips and returns all skipped rows.
    pub fn finish(self) -> Vec<SkippedRow> {
        for (file, kind, n) in &self.quiet {
            tracing::warn!(file = %file, count = n, "skipped {n} rows: {kind}");
        }
        self.rows
    }
}

/// One CSV row whose fields are all valid UTF-8: its line and the record, borrowed.
pub(crate) struct Row<'r> {
    /// 1-based line of the row in the file.
    pub line: u64,
    rec: &'r csv::ByteRecord,
}

impl Row<'_> {
    /// Field `i` (0-based), trimmed; `None` when missing, empty or `-0-` (OFAC's null).
    pub fn get(&self, i: usize) -> Option<&str> {
        let s = std::str::from_utf8(self.rec.get(i)?).ok()?.trim();
        (!s.is_empty() && s != "-0-").then_some(s)
    }
}

/// Reads a header-less OFAC CSV, calling `f` for each row with the expected column count.
/// Rows with another column count, invalid UTF-8 or an oversized field are skipped with the
/// reason; a malformed last row without a final line break means a truncated file, and a file
/// whose rows are mostly malformed is refused.
/// `data` has been through [`prepare`]; `line_base` is added to line numbers (for a body that
/// starts after a header).
pub(crate) fn for_each_row(
    name: &str,
    data: &[u8],
    cols: usize,
    line_base: u64,
    format: ListFormat,
    skips: &mut Skips,
    mut f: impl FnMut(Row<'_>, &mut Skips),
) -> Result<(), ListError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(data);
    let mut rec = csv::ByteRecord::new();
    let (mut rows, mut bad) = (0usize, 0usize);
    let mut first_bad: Option<(u64, String)> = None;
    let mut last_bad: Option<(u64, String)> = None;
    let mut lines = LineCounter::default();
    loop {
        let more = rdr.read_byte_record(&mut rec).map_err(|e| ListError::Csv {
            file: name.to_string(),
            line: line_base + e.position().map_or(0, |p| p.line()),
            reason: e.to_string(),
        })?;
        if !more {
            break;
        }
        rows += 1;
        // The csv crate's own line numbers lag by one after a CRLF, so count from the byte
        // offset, past the line break the record position may still point at.
        let mut start = rec.position().map_or(0, |p| p.byte() as usize);
        while matches!(data.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let line = line_base + lines.at(data, start);
        match row_problem(&rec, cols) {
            None => {
                f(Row { line, rec: &rec }, skips);
                last_bad = None;
            }
            Some(reason) => {
                bad += 1;
                if first_bad.is_none() {
                    first_bad = Some((line, reason.clone()));
                }
                last_bad = Some((line, reason.clone()));
                skips.skip(name, line, reason);
            }
        }
    }
    if let Some((line, reason)) = last_bad {
        if !ends_with_newline(data) {
            return Err(ListError::Truncated {
                file: name.to_string(),
                line,
                reason: format!("the last row is incomplete ({reason}) and has no line break"),
            });
        }
    }
    if bad > 0 && bad * 2 > rows {
        let (first_line, first_reason) = first_bad.unwrap_or_default();
        return Err(ListError::MostlyMalformed {
            file: name.to_string(),
            format,
            skipped: bad,
            rows,
            first_line,
            first_reason,
        });
    }
    Ok(())
}

/// Why a row cannot be used, if it cannot.
fn row_problem(rec: &csv::ByteRecord, cols: usize) -> Option<String> {
    if rec.len() != cols {
        return Some(format!("expected {cols} columns, found {}", rec.len()));
    }
    for (i, field) in rec.iter().enumerate() {
        if field.len() > MAX_FIELD_BYTES {
            return Some(format!(
                "field {} is {} bytes, over the limit of {MAX_FIELD_BYTES}",
                i + 1,
                field.len()
            ));
        }
        if let Err(e) = std::str::from_utf8(field) {
            return Some(format!(
                "field {} is not valid UTF-8 (bad byte at offset {} in the field)",
                i + 1,
                e.valid_up_to()
            ));
        }
    }
    None
}

/// Month abbreviations as OFAC writes them (`21 May 1955`).
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Turns `21 May 1955`, `May 1955`, `1955`, `21-05-1955`, `21/05/1955` into ISO
/// (`1955-05-21`, `1955-05`, `1955`); `None` when the text is not one of these shapes.
pub(crate) fn iso_date(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('.');
    fn year(t: &str) -> Option<&str> {
        (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
    }
    let month_name = |t: &str| {
        let l = t.to_ascii_lowercase();
        MONTHS
            .iter()
            .position(|m| l.starts_with(m) && l.len() <= 9)
            .map(|i| i + 1)
    };
    let day = |t: &str| {
        t.parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d) && t.len() <= 2)
    };
    let parts: Vec<&str> = s.split_whitespace().collect();
    match parts.as_slice() {
        [y] => {
            if let Some(y) = year(y) {
                return Some(y.to_string());
            }
            // dd-mm-yyyy or dd/mm/yyyy (UK); yyyy-mm-dd already ISO.
            let seps: Vec<&str> = y.split(['-', '/']).collect();
            match seps.as_slice() {
                [a, b, c] if year(a).is_some() && b.len() == 2 && c.len() == 2 => {
                    Some(format!("{a}-{b}-{c}"))
                }
                [d, m, yy] => {
                    let (d, m, yy) = (day(d)?, m.parse::<u32>().ok()?, year(yy)?);
                    (1..=12).contains(&m).then(|| format!("{yy}-{m:02}-{d:02}"))
                }
                _ => None,
            }
        }
        [m, y] => Some(format!("{}-{:02}", year(y)?, month_name(m)?)),
        [d, m, y] => Some(format!("{}-{:02}-{:02}", year(y)?, month_name(m)?, day(d)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_date("21 May 1955").as_deref(), Some("1955-05-21"));
        assert_eq!(iso_date("08 Jan 1984").as_deref(), Some("1984-01-08"));
        assert_eq!(iso_date("Dec 1960").as_deref(), Some("1960-12"));
        assert_eq!(iso_date("1962").as_deref(), Some("1962"));
        assert_eq!(iso_date("15-03-2022").as_deref(), Some("2022-03-15"));
        assert_eq!(iso_date("2022-03-15").as_deref(), Some("2022-03-15"));
        assert_eq!(iso_date("circa 1960"), None);
        assert_eq!(iso_date("32 May 1955"), None);
    }

    #[test]
    fn prepare_strips_eof_byte_and_rejects_empty() {
        assert_eq!(prepare("f", b"a\r\n\x1a").unwrap(), b"a\r\n");
        assert!(matches!(prepare("f", b""), Err(ListError::Empty { .. })));
        assert!(matches!(
            prepare("f", b" \r\n\x1a"),
            Err(ListError::Empty { .. })
        ));
    }
}
