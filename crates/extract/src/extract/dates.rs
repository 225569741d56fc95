//! Dates in sentences: absolute and relative forms, resolved against the publication date.
use super::*;

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(super) const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(super) fn find_date(toks: &[Tok], sent: &Sentence) -> Option<(String, Span)> {
    let n = toks.len();
    for i in 0..n {
        let l = toks[i].lower.as_str();
        let is_month = MONTHS.contains(&l) && (toks[i].cap);
        let is_day = DAYS.contains(&l);
        let is_rel = matches!(l, "yesterday" | "today")
            || l == "last"
                && i + 1 < n
                && matches!(
                    toks[i + 1].lower.as_str(),
                    "week" | "month" | "year" | "weekend"
                );
        if is_month || is_day || is_rel {
            let mut a = i;
            let mut b = i + 1;
            if a > 0 && toks[a - 1].lower.chars().all(|c| c.is_ascii_digit()) {
                a -= 1;
            }
            while b < n
                && (toks[b].lower.chars().all(|c| c.is_ascii_digit())
                    || toks[b].lower == ","
                        && b + 1 < n
                        && toks[b + 1].lower.len() == 4
                        && toks[b + 1].lower.chars().all(|c| c.is_ascii_digit())
                    || l == "last" && b == i + 1)
            {
                b += 1;
            }
            let sp = sent.original_span(toks[a].s, toks[b - 1].e);
            let written = tok_text(sent, toks, a, b).to_string();
            return Some((iso_date(&written).unwrap_or(written), sp));
        }
        if l.len() == 4
            && l.chars().all(|c| c.is_ascii_digit())
            && (l.starts_with("19") || l.starts_with("20"))
            && i > 0
            && matches!(toks[i - 1].lower.as_str(), "in" | "since" | "of")
        {
            let sp = sent.original_span(toks[i].s, toks[i].e);
            return Some((toks[i].lower.clone(), sp));
        }
    }
    None
}

pub(super) fn parse_iso(s: &str) -> Option<(i64, u32, u32)> {
    let mut it = s.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Some((y, m, d))
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub(super) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub(super) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Resolves a relative date ("yesterday", "on Tuesday", "in February", "last week") against the
/// publication date; without one, or for other forms, the text stays as written.
pub(super) fn resolve_date(written: &str, published: Option<(i64, u32, u32)>) -> String {
    let Some((py, pm, pd)) = published else {
        return written.to_string();
    };
    if written.len() >= 7 && written.as_bytes()[4] == b'-' {
        return written.to_string();
    }
    let lw = written.to_lowercase();
    let pub_days = days_from_civil(py, pm, pd);
    let fmt = |(y, m, d): (i64, u32, u32)| format!("{y:04}-{m:02}-{d:02}");
    if lw == "yesterday" {
        return fmt(civil_from_days(pub_days - 1));
    }
    if lw == "today" {
        return fmt((py, pm, pd));
    }
    if lw.starts_with("last week") {
        return format!(
            "{} to {}",
            fmt(civil_from_days(pub_days - 7 - (pub_days + 3).rem_euclid(7))),
            fmt(civil_from_days(pub_days - 1 - (pub_days + 3).rem_euclid(7)))
        );
    }
    if let Some(wd) = DAYS.iter().position(|d| lw.starts_with(d)) {
        // 1970-01-01 was a Thursday (index 3 from Monday)
        let pub_wd = (pub_days + 3).rem_euclid(7) as usize;
        let back = ((pub_wd + 7 - wd) % 7) as i64;
        let back = if back == 0 { 7 } else { back };
        return fmt(civil_from_days(pub_days - back));
    }
    let words: Vec<&str> = lw
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(m) = words
        .iter()
        .find_map(|w| MONTHS.iter().position(|x| x == w))
    {
        let m = m as u32 + 1;
        let y = if m <= pm { py } else { py - 1 };
        if let Some(d) = words
            .iter()
            .find_map(|w| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d)))
        {
            return format!("{y:04}-{m:02}-{d:02}");
        }
        return format!("{y:04}-{m:02}");
    }
    written.to_string()
}

/// A publication dateline: a line that is only a date, or "Published/Updated …" with a date.
pub(crate) fn dateline(line: &str) -> Option<String> {
    let l = line.trim();
    if l.is_empty() || l.len() > 80 {
        return None;
    }
    let lower = l.to_lowercase();
    // ISO date anywhere in a short line
    let b = l.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && b[i + 4] == b'-'
            && b[i + 5..i + 7].iter().all(u8::is_ascii_digit)
            && b[i + 7] == b'-'
            && b[i + 8..i + 10].iter().all(u8::is_ascii_digit)
        {
            return l.get(i..i + 10).map(str::to_string);
        }
    }
    let words = lower.split_whitespace().count();
    let dated = lower.starts_with("published")
        || lower.starts_with("updated")
        || lower.starts_with("posted")
        || words <= 5;
    if dated {
        return iso_date(l).filter(|d| d.len() == 10);
    }
    None
}

/// "12 September 2023", "September 12, 2023", "September 2023" → ISO; other forms stay as written.
pub(super) fn iso_date(written: &str) -> Option<String> {
    let words: Vec<String> = written
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let month = words
        .iter()
        .find_map(|w| MONTHS.iter().position(|m| m == w))?
        + 1;
    let nums: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    let year = nums.iter().copied().find(|n| (1900..2100).contains(n))?;
    match nums.iter().copied().find(|n| (1..=31).contains(n)) {
        Some(d) => Some(format!("{year:04}-{month:02}-{d:02}")),
        None => Some(format!("{year:04}-{month:02}")),
    }
}
