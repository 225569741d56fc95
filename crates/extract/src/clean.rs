//! Cleaning: decode, sniff HTML, keep the main text, drop page furniture, repair glued words,
//! split sentences — keeping for every byte of text the byte offset it came from.
use crate::data::Data;
use crate::{ExtractError, MAX_INPUT_BYTES, MAX_SENTENCE_BYTES};
use embargo_model::{Document, Sentence, Span};
use sha2::{Digest, Sha256};
use std::collections::HashSet;

/// Tags deeper than this make the page skip the readability pass (which recurses) and use the
/// flat, iterative tag stripper alone.
const MAX_HTML_DEPTH: usize = 400;

/// Text with, for each byte, the offset in the original input it came from.
pub(crate) struct Mapped {
    pub text: String,
    pub offs: Vec<usize>,
}

impl Mapped {
    fn push_str(&mut self, s: &str, orig: usize) {
        for (i, _) in s.bytes().enumerate() {
            self.offs.push(orig + i);
        }
        self.text.push_str(s);
    }
    fn push_char_at(&mut self, c: char, orig: usize) {
        let mut b = [0u8; 4];
        let s = c.encode_utf8(&mut b);
        for _ in 0..s.len() {
            self.offs.push(orig);
        }
        self.text.push(c);
    }
}

/// Decodes input bytes: UTF-8 (lossy for a few bad bytes); binary data is refused.
pub(crate) fn decode(input: &[u8]) -> Result<String, ExtractError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(ExtractError::TooLarge {
            size: input.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    let nul = input.iter().filter(|&&b| b == 0).count();
    if nul > 0 && nul * 100 >= input.len().max(1) {
        return Err(ExtractError::Binary {
            reason: format!("{nul} NUL bytes in {} bytes", input.len()),
        });
    }
    let text = String::from_utf8_lossy(input).into_owned();
    if text.len() > 64 {
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        let total = text.chars().count();
        if bad * 10 > total {
            return Err(ExtractError::Binary {
                reason: format!("{bad} of {total} characters are not valid UTF-8"),
            });
        }
    }
    Ok(text)
}

/// Whether the text looks like HTML.
pub(crate) fn is_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with('<')
        && (head.contains("<html")
            || head.contains("<!doctype")
            || head.contains("<body")
            || head.contains("<p>")
            || head.contains("<div")
            || head.contains("<head"))
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "blockquote",
    "aside",
    "nav",
    "table",
    "title",
    "main",
    "form",
    "pre",
    "hr",
    "dd",
    "dt",
    "caption",
];
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe",
];

/// A headline: several words, not navigation ("Home | World"), a breadcrumb, a byline or a date.
fn looks_like_headline(line: &str, words: usize) -> bool {
    let l = line.to_lowercase();
    words >= 4
        && line.matches('|').count() < 2
        && !line.contains(" > ")
        && !line.contains(" » ")
        && !l.starts_with("by ")
        && crate::extract::dateline(line).is_none()
}

/// Whether a line is in sentence case: most words after the first start lower-case ("North
/// Korea sent arms to Hamas via Iran"), as a headline is written and a nav bar is not.
fn sentence_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .skip(1)
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    let lower = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    !words.is_empty() && lower * 2 >= words.len()
}

/// Whether a line has a word of transfer from the lexicon ("Sends", "Delivery"), whatever its
/// case.
fn names_a_transfer(line: &str, data: &Data) -> bool {
    line.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .any(|w| data.lexicon.triggers.contains_key(&w.to_lowercase()))
}

/// Words that cannot end a sentence: a line ending in one was wrapped.
const WRAP_WORDS: &[&str] = &[
    "to",
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "in",
    "for",
    "with",
    "by",
    "from",
    "on",
    "at",
    "that",
    "which",
    "who",
    "as",
    "than",
    "its",
    "his",
    "her",
    "their",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "said",
    "says",
    "according",
];

/// Visible text of an HTML page with offsets into the raw HTML; iterative, so nesting depth
/// cannot overflow the stack. Returns the text and the maximum tag depth seen.
fn html_project(html: &str) -> (Mapped, usize, Option<String>) {
    let b = html.as_bytes();
    let mut m = Mapped {
        text: String::with_capacity(html.len() / 2),
        offs: Vec::with_capacity(html.len() / 2),
    };
    let mut i = 0;
    let mut depth: usize = 0;
    let mut max_depth = 0;
    let mut title: Option<String> = None;
    // <title> sits in <head>, which the loop skips as a whole
    let head_len = html.len().min(256 * 1024);
    let mut cut = head_len;
    while !html.is_char_boundary(cut) {
        cut -= 1;
    }
    let head_lower = html[..cut].to_ascii_lowercase();
    if let Some(ts) = head_lower.find("<title") {
        if let Some(gt) = head_lower[ts..].find('>') {
            let start = ts + gt + 1;
            if let Some(te) = head_lower[start..].find("</title") {
                let t = decode_entities_simple(html[start..start + te].trim());
                let t = norm_ws(&t);
                if !t.is_empty() {
                    title = Some(t);
                }
            }
        }
    }
    while i < b.len() {
        if b[i] == b'<' {
            // comment
            if html[i..].starts_with("<!--") {
                i = html[i..].find("-->").map(|p| i + p + 3).unwrap_or(b.len());
                continue;
            }
            let end = match html[i..].find('>') {
                Some(p) => i + p + 1,
                None => b.len(),
            };
            let inner = html
                .get(i + 1..end.saturating_sub(1).max(i + 1))
                .unwrap_or("");
            let closing = inner.starts_with('/');
            let name: String = inner
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            let self_closing = inner.ends_with('/')
                || name == "br"
                || name == "img"
                || name == "meta"
                || name == "link"
                || name == "input"
                || name == "hr";
            if !closing && !self_closing && !name.is_empty() && !inner.starts_with('!') {
                depth += 1;
                max_depth = max_depth.max(depth);
            } else if closing {
                depth = depth.saturating_sub(1);
            }
            if !closing && name == "title" {
                let close = html[end..]
                    .to_ascii_lowercase()
                    .find("</title")
                    .map(|p| end + p);
                if let Some(c) = close {
                    let t = decode_entities_simple(html[end..c].trim());
                    if !t.is_empty() && title.is_none() {
                        title = Some(t);
                    }
                    i = c;
                    continue;
                }
            }
            if !closing && SKIP_TAGS.contains(&name.as_str()) && !self_closing {
                let pat = format!("</{name}");
                let lower_rest = html[end..].to_ascii_lowercase();
                i = lower_rest.find(&pat).map(|p| end + p).unwrap_or(b.len());
                continue;
            }
            if BLOCK_TAGS.contains(&name.as_str()) {
                m.push_char_at('\n', i);
            }
            i = end;
            continue;
        }
        if b[i] == b'&' {
            if let Some((c, len)) = entity_at(&html[i..]) {
                m.push_char_at(c, i);
                i += len;
                continue;
            }
        }
        let ch_len = utf8_len(b[i]);
        let end = (i + ch_len).min(b.len());
        if let Some(s) = html.get(i..end) {
            m.push_str(s, i);
        }
        i = end;
    }
    (m, max_depth, title)
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

fn entity_at(s: &str) -> Option<(char, usize)> {
    let semi = s.as_bytes()[..s.len().min(12)]
        .iter()
        .position(|&b| b == b';')?;
    let name = &s[1..semi];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        _ if name.starts_with("#x") || name.starts_with("#X") => {
            char::from_u32(u32::from_str_radix(&name[2..], 16).ok()?)?
        }
        _ if name.starts_with('#') => char::from_u32(name[1..].parse().ok()?)?,
        _ => return None,
    };
    Some((c, semi + 1))
}

fn decode_entities_simple(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        if s.as_bytes()[i] == b'&' {
            if let Some((c, l)) = entity_at(&s[i..]) {
                out.push(c);
                i += l;
                continue;
            }
        }
        let l = utf8_len(s.as_bytes()[i]);
        if let Some(t) = s.get(i..i + l) {
            out.push_str(t);
        }
        i += l;
    }
    out
}

fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line of the text with its byte range in the mapped text.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

fn lines_of(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            out.push(Line { start, end: i });
            start = i + 1;
        }
    }
    out.push(Line {
        start,
        end: text.len(),
    });
    out
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]".contains(c));
    t.ends_with(['.', '!', '?', ':', ';', '…', '。', '！', '？'])
}

/// Whether a line opens an item of a numbered or bulleted list ("2. Iran delivers …", "3) …",
/// "• …"): such a line starts an entry of its own (a teaser list under "Most popular"), never the
/// continuation of a hard-wrapped line before it.
fn is_list_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (1..=2).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") "))
        || line.starts_with(['•', '·', '▪', '►', '*'])
}

fn is_boilerplate(line: &str, data: &Data) -> bool {
    let l = line.trim().to_lowercase();
    let l = l.trim_matches(|c: char| !c.is_alphanumeric() && c != '©' && c != '(' && c != '[');
    if l.is_empty() {
        return true;
    }
    if data.boilerplate.exact.iter().any(|e| e == l) {
        return true;
    }
    l.len() < 300
        && data
            .boilerplate
            .line_prefixes
            .iter()
            .any(|p| l.starts_with(p.as_str()))
}

/// Cleans one input: see the crate doc. Offsets of sentences index `Document.original`.
pub fn clean_text(source: &str, original: String, data: &Data) -> Document {
    clean_text_dated(source, original, data).0
}

/// Like [`clean_text`], also returning the publication date (ISO `YYYY-MM-DD`) when the page
/// metadata or a dateline near the top states one.
pub(crate) fn clean_text_dated(
    source: &str,
    original: String,
    data: &Data,
) -> (Document, Option<String>) {
    let id = hex::encode(Sha256::digest(original.as_bytes()));
    let mut published: Option<String> = None;
    let (mapped, html_title) = if is_html(&original) {
        let (proj, depth, title) = html_project(&original);
        let keep = if depth <= MAX_HTML_DEPTH {
            let (lines, date) = readability_lines(&original);
            published = date;
            lines
        } else {
            None
        };
        (filter_projection(proj, keep), title)
    } else {
        (
            Mapped {
                offs: Vec::new(),
                text: String::new(),
            },
            None,
        )
    };
    let is_html_doc = !mapped.text.is_empty() || html_title.is_some();
    let (text, offs): (&str, Option<&[usize]>) = if is_html_doc {
        (&mapped.text, Some(&mapped.offs))
    } else {
        (&original, None)
    };
    let map = |i: usize| -> usize {
        match offs {
            Some(o) => o.get(i).copied().unwrap_or(original.len()),
            None => i,
        }
    };
    let lines = lines_of(text);
    if published.is_none() {
        // a dateline among the first lines: "Published 12 September 2023", "2023-09-12"
        for line in lines.iter().take(12) {
            if let Some(d) = crate::extract::dateline(&text[line.start..line.end]) {
                published = Some(d);
                break;
            }
        }
    }
    let html_title_missing = html_title.is_none();
    let mut title = html_title;
    let mut sentences = Vec::new();
    let mut seen_body = false;
    let mut headline_line: Option<Line> = None;
    // Hard-wrapped paragraphs ("Russia sold 5 tanks to\nIran last week."): a long line that does
    // not end a sentence continues on the next non-empty line.
    let mut blocks: Vec<Line> = Vec::with_capacity(lines.len());
    for line in &lines {
        let cur = text[line.start..line.end].trim();
        if let Some(prev) = blocks.last_mut() {
            let last_line = text[prev.start..prev.end]
                .rsplit('\n')
                .next()
                .unwrap_or("")
                .trim();
            let joins = !cur.is_empty()
                && !last_line.is_empty()
                && !ends_sentence(last_line)
                && last_line.chars().count() >= 40
                && (cur.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    || last_line.ends_with(',')
                    || last_line
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| WRAP_WORDS.contains(&w)))
                && !is_boilerplate(cur, data)
                // ("Read more: Kremlin keeps anniversary low-key as war grinds on" is a teaser
                // that ends without a stop; the story goes on below it, and is not dropped
                // with it)
                && !is_boilerplate(last_line, data)
                && !is_list_item(cur);
            if joins {
                prev.end = line.end;
                continue;
            }
        }
        blocks.push(Line {
            start: line.start,
            end: line.end,
        });
    }
    // the sentences of one line, each with its span in the original and its repaired text
    let push_sentences = |line: Line, out: &mut Vec<Sentence>| {
        for (s, e) in split_sentences(text, line.start, line.end, data) {
            let os = map(s);
            let oe = if e > s {
                map(e - 1) + utf8_len(original.as_bytes().get(map(e - 1)).copied().unwrap_or(b' '))
            } else {
                os
            };
            let (rtext, roffs) = repair(&text[s..e], s, data, &map);
            if rtext.trim().is_empty() {
                continue;
            }
            out.push(Sentence {
                span: Span::new(os, oe.min(original.len())),
                text: rtext,
                offsets: roffs,
            });
        }
    };
    for line in &blocks {
        let raw = &text[line.start..line.end];
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_boilerplate(trimmed, data) {
            continue;
        }
        let words = trimmed.split_whitespace().count();
        let unstopped = !ends_sentence(trimmed) && words < 20;
        if unstopped {
            // headline, sub-heading, caption or credit line: not a sentence, except a headline
            // before the body, which often states the story's one transfer in a form the body
            // does not repeat ("North Korea sent arms to Hamas via Iran")
            let headline = !seen_body && looks_like_headline(trimmed, words);
            if headline && html_title_missing {
                // the longest such line before the body: a headline, not a nav bar or byline
                let better = match &title {
                    None => true,
                    Some(t) => t.split_whitespace().count() < words,
                };
                if better {
                    title = Some(norm_ws(trimmed));
                }
            }
            // the longest sentence-case headline before the body is read too, on its own
            // (a Title Case line is as often a nav bar or a widget as a headline: it is read
            // only when one of its words is a verb or noun of transfer, "Iran Sends Drones To
            // Russia", whose common words the extractor then reads as words, not names)
            if headline
                && (sentence_case(trimmed) || names_a_transfer(trimmed, data))
                && headline_line
                    .is_none_or(|h: Line| text[h.start..h.end].split_whitespace().count() < words)
            {
                headline_line = Some(Line {
                    start: line.start,
                    end: line.end,
                });
            }
            continue;
        }
        seen_body = true;
        push_sentences(*line, &mut sentences);
    }
    let headline = headline_line.and_then(|h| {
        let mut head = Vec::new();
        push_sentences(h, &mut head);
        // (a headline of two sentences is a kicker, not a headline)
        (head.len() == 1).then(|| head.remove(0))
    });
    (
        Document {
            id,
            source: source.to_string(),
            title,
            original,
            sentences,
            headline,
        },
        published,
    )
}

/// Main-text lines from the readability crate (whitespace-normalised), if it gives any.
fn readability_lines(html: &str) -> (Option<HashSet<String>>, Option<String>) {
    let Ok(res) = rs_trafilatura::extract(html) else {
        return (None, None);
    };
    let date = res.metadata.date.map(|d| d.format("%Y-%m-%d").to_string());
    let set: HashSet<String> = res
        .content_text
        .lines()
        .map(norm_ws)
        .filter(|l| !l.is_empty())
        .collect();
    if set.is_empty() {
        (None, date)
    } else {
        (Some(set), date)
    }
}

/// Keeps the projected lines that the readability pass kept (when it ran).
fn filter_projection(proj: Mapped, keep: Option<HashSet<String>>) -> Mapped {
    let Some(keep) = keep else { return proj };
    let mut out = Mapped {
        text: String::with_capacity(proj.text.len()),
        offs: Vec::with_capacity(proj.offs.len()),
    };
    for line in lines_of(&proj.text) {
        let l = &proj.text[line.start..line.end];
        let n = norm_ws(l);
        if n.is_empty() {
            continue;
        }
        // the substring test is bounded so that a page of many lines stays linear
        if keep.contains(&n)
            || keep.len() < 2000 && n.len() > 40 && keep.iter().any(|k| k.contains(&n))
        {
            out.text.push_str(l);
            out.offs.extend_from_slice(&proj.offs[line.start..line.end]);
            out.text.push('\n');
            out.offs.push(proj.offs.get(line.end).copied().unwrap_or(0));
        }
    }
    if out.text.trim().is_empty() {
        proj
    } else {
        out
    }
}

/// Splits `text[start..end]` (one paragraph) into sentence ranges.
fn split_sentences(text: &str, start: usize, end: usize, data: &Data) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let seg = &text[start..end];
    let bytes = seg.as_bytes();
    let mut s = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let is_end = c == b'.' || c == b'!' || c == b'?';
        if is_end {
            // include closing quotes/brackets and further terminators
            let mut j = i + 1;
            while j < bytes.len()
                && (bytes[j] == b'.'
                    || bytes[j] == b'!'
                    || bytes[j] == b'?'
                    || bytes[j] == b'"'
                    || bytes[j] == b'\''
                    || bytes[j] == b')')
            {
                j += 1;
            }
            while j < bytes.len() && seg[j..].starts_with(['”', '’', '»']) {
                j += seg[j..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
            }
            let ws_end = seg[j..].len() - seg[j..].trim_start().len();
            if ws_end > 0 && j + ws_end < bytes.len() {
                let next = seg[j + ws_end..].chars().next().unwrap_or(' ');
                let starts_new =
                    next.is_uppercase() || next.is_ascii_digit() || "\"“‘'(«".contains(next);
                if starts_new && (c != b'.' || !is_abbrev(&seg[s..i], data)) {
                    out.push((start + s, start + j));
                    s = j + ws_end;
                    i = s;
                    continue;
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    if s < bytes.len() {
        let tail = seg[s..].trim_end();
        if !tail.is_empty() {
            out.push((start + s, start + s + tail.len()));
        }
    }
    // cap sentence length: long runs are chunked at whitespace so later stages stay linear
    let mut capped = Vec::new();
    for (a, b) in out {
        let mut a = a;
        while b - a > MAX_SENTENCE_BYTES {
            let mut cut = a + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            if let Some(p) = text[a..cut].rfind(char::is_whitespace) {
                if p > MAX_SENTENCE_BYTES / 2 {
                    cut = a + p;
                }
            }
            capped.push((a, cut));
            a = cut;
            while a < b && text[a..].starts_with(char::is_whitespace) {
                a += text[a..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
            }
        }
        if b > a {
            capped.push((a, b));
        }
    }
    capped
}

fn is_abbrev(before: &str, data: &Data) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // single capital letter: an initial ("Joseph R. Biden")
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    let lw = w.to_lowercase();
    data.lexicon.abbreviations.contains(&lw)
}

/// Repairs a sentence: collapses whitespace, drops control and zero-width characters, splits
/// glued words. Returns the text and the original offset of each of its bytes.
fn repair(s: &str, base: usize, data: &Data, map: &dyn Fn(usize) -> usize) -> (String, Vec<usize>) {
    let mut m = Mapped {
        text: String::with_capacity(s.len()),
        offs: Vec::with_capacity(s.len()),
    };
    let mut last_space = true;
    let mut word_start: Option<usize> = None; // start in s of the current word
    let mut word_out_start = 0usize;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        // UTF-8 read as Windows-1252 ("â€™" for "’"): put the intended character back
        if c == 'â' && k + 1 < chars.len() && chars[k + 1].1 == '€' {
            let third = chars.get(k + 2).map(|&(_, c)| c);
            let fixed = match third {
                Some('™') => Some(('’', 3)),
                Some('˜') => Some(('‘', 3)),
                Some('œ') => Some(('“', 3)),
                Some('\u{9d}' | '\u{fffd}') => Some(('”', 3)),
                Some('“') => Some(('–', 3)),
                Some('”') => Some(('—', 3)),
                Some('¦') => Some(('…', 3)),
                // the closing quote's third byte (0x9D) has no Windows-1252 character and is
                // often lost on the way: "batteriesâ€ are"
                _ => Some(('”', 2)),
            };
            if let Some((f, width)) = fixed {
                if let Some(ws) = word_start.take() {
                    glue_split(&mut m, &s[ws..i], word_out_start, data);
                }
                // first bytes map to the start, the last byte to the end of the broken sequence,
                // so a span ending here covers it whole
                let seq_end = if k + width < chars.len() {
                    chars[k + width].0
                } else {
                    s.len()
                };
                let o = map(base + i);
                let last = map(base + seq_end - 1);
                let mut b = [0u8; 4];
                let n = f.encode_utf8(&mut b).len();
                for j in 0..n {
                    m.offs.push(if j + 1 == n { last } else { o });
                }
                m.text.push(f);
                last_space = false;
                k += width;
                continue;
            }
        }
        if c.is_alphabetic() {
            if word_start.is_none() {
                word_start = Some(i);
                word_out_start = m.text.len();
            }
        } else if let Some(ws) = word_start.take() {
            glue_split(&mut m, &s[ws..i], word_out_start, data);
        }
        if c.is_whitespace() || c == '\u{a0}' {
            if !last_space {
                m.push_char_at(' ', map(base + i));
                last_space = true;
            }
        } else if c.is_control()
            || matches!(
                c,
                '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{fffd}' | '\u{ad}'
            )
        {
            // stray character: dropped
        } else {
            let o = map(base + i);
            let mut b = [0u8; 4];
            let enc = c.encode_utf8(&mut b);
            for j in 0..enc.len() {
                m.offs.push(o + j);
            }
            m.text.push(c);
            last_space = false;
        }
        k += 1;
    }
    if let Some(ws) = word_start {
        glue_split(&mut m, &s[ws..], word_out_start, data);
    }
    while m.text.ends_with(' ') {
        m.text.pop();
        m.offs.pop();
    }
    (m.text, m.offs)
}

/// If the word just written at `out_start` is a lowercase word glued to a known following word
/// ("rifleswhich"), inserts a space before the glued word.
fn glue_split(m: &mut Mapped, word: &str, out_start: usize, data: &Data) {
    if word.len() < 7 || !word.is_ascii() {
        return;
    }
    let lw = word.to_ascii_lowercase();
    if data.lexicon.glue_exceptions.contains(&lw) {
        return;
    }
    for suf in &data.lexicon.glue_suffix_words {
        if lw.len() >= suf.len() + 3 && lw.ends_with(suf.as_str()) && lw != *suf {
            let prefix = &word[..word.len() - suf.len()];
            // the glued part must be lowercase as written, the prefix a plain word
            if !word[prefix.len()..].chars().all(|c| c.is_ascii_lowercase()) {
                return;
            }
            let cut = out_start + prefix.len();
            if cut > m.text.len() || !m.text.is_char_boundary(cut) {
                return;
            }
            let o = m.offs.get(cut).copied().unwrap_or(0);
            m.text.insert(cut, ' ');
            m.offs.insert(cut, o);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cleaned text of every sentence, joined by spaces.
    fn cleaned(text: &str) -> (Document, String) {
        let data = Data::builtin().expect("built-in data loads");
        let doc = clean_text("t.txt", text.to_string(), &data);
        let joined = doc
            .sentences
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        (doc, joined)
    }

    #[test]
    fn windows_1252_mojibake_is_put_back_with_spans_in_the_original() {
        let original = "The minister\u{e2}\u{20ac}\u{2122}s plane carried \u{e2}\u{20ac}\u{153}gifts\u{e2}\u{20ac}\u{9d} to Minsk.";
        let (doc, text) = cleaned(original);
        assert_eq!(text, "The minister’s plane carried “gifts” to Minsk.");
        // the span of the sentence still covers the broken bytes of the original
        let s = &doc.sentences[0];
        assert_eq!(&doc.original[s.span.start..s.span.end], original);
    }

    #[test]
    fn a_closing_quote_that_lost_its_last_byte_is_repaired() {
        // 0x9D has no Windows-1252 character, so scrapes often keep only "â€"
        let (_, text) = cleaned(
            "He said \u{e2}\u{20ac}\u{153}nothing was declared\u{e2}\u{20ac} at the border.",
        );
        assert_eq!(text, "He said “nothing was declared” at the border.");
    }
}
