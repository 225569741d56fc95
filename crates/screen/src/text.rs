//! Normalisation: script folding (Cyrillic, Hangul, everything else via any_ascii),
//! tokenisation, title stripping, name roles (surname, patronymic, legal form…) and skeletons.
use crate::tables::{tables, Tables};
use embargo_model::Schema;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// What a token is inside its name; decides its weight and how an unmatched one is penalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Family name (known from "SURNAME, Given" or an UPPERCASE surname).
    Surname,
    /// Any ordinary name word.
    Given,
    /// East Slavic / Turkic patronymic.
    Patronymic,
    /// al, bin, van, de…
    Particle,
    /// LLC, Ltd, JSC… (canonicalised).
    Legal,
    /// A single letter.
    Initial,
    /// A number (vessel IMO, series numbers).
    Number,
}

/// One token of a parsed name.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Joined to the previous token by a hyphen.
    pub linked: bool,
    /// As written (for explanations).
    pub display: String,
    /// Lowercase ASCII letters/digits.
    pub norm: String,
    /// Role in the name.
    pub role: Role,
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_cyr(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn is_cyr_vowel_or_sign(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ь' | 'ъ' | 'і' | 'ї' | 'є'
    )
}

/// Romanises a run of Hangul syllables. Korean personal names are written as one word
/// (surname + given name), so a run of 2–4 syllables is split after the first syllable and
/// the given-name syllables joined by hyphens: 김정은 → "kim jong-un".
fn romanise_hangul(run: &[char], t: &Tables, out: &mut String) {
    let person_like = (2..=4).contains(&run.len());
    let mut prev_final: Option<usize> = None;
    for (i, &c) in run.iter().enumerate() {
        let s = c as u32 - 0xAC00;
        let (l, v, f) = (
            (s / 588) as usize,
            ((s % 588) / 28) as usize,
            (s % 28) as usize,
        );
        let word_start = i == 0 || (person_like && i == 1);
        if i > 0 {
            out.push(if person_like && i == 1 { ' ' } else { '-' });
        }
        // Plosives are voiced after a vowel or a nasal/liquid final (all systems agree).
        let voiced = !word_start && matches!(prev_final, Some(0 | 4 | 8 | 16 | 21));
        let ini = if voiced {
            &t.h_initial_voiced
        } else {
            &t.h_initial
        };
        out.push_str(ini.get(l).map(String::as_str).unwrap_or(""));
        out.push_str(t.h_medial.get(v).map(String::as_str).unwrap_or(""));
        out.push_str(t.h_final.get(f).map(String::as_str).unwrap_or(""));
        prev_final = Some(f);
    }
}

/// Folds any script to lowercase ASCII-ish text, keeping separators. Case is kept
/// (uppercase surnames are a signal), so callers lowercase later.
pub fn fold(s: &str) -> String {
    let t = tables();
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_hangul_syllable(c) {
            let start = i;
            while i < chars.len() && is_hangul_syllable(chars[i]) {
                i += 1;
            }
            romanise_hangul(&chars[start..i], t, &mut out);
            continue;
        }
        if is_cyr(c) {
            let lower = c.to_lowercase().next().unwrap_or(c);
            let upper = c.is_uppercase();
            // BGN/PCGN: е is "ye" at the start of a word and after a vowel or sign.
            let after_consonant = i > 0 && {
                let p = chars[i - 1];
                is_cyr(p) && !is_cyr_vowel_or_sign(p.to_lowercase().next().unwrap_or(p))
            };
            let rom: &str = if lower == 'е' && !after_consonant {
                "ye"
            } else {
                match t.cyrillic.get(&lower) {
                    Some(r) => r.as_str(),
                    None => "",
                }
            };
            if upper {
                out.push_str(&rom.to_uppercase());
            } else {
                out.push_str(rom);
            }
            i += 1;
            continue;
        }
        if c.is_ascii() {
            out.push(c);
        } else {
            for d in std::iter::once(c).nfkd() {
                if is_combining_mark(d) {
                    continue;
                }
                if d.is_ascii() {
                    out.push(d);
                } else if d.is_alphanumeric() {
                    out.push_str(any_ascii::any_ascii_char(d));
                } else if matches!(d, '\u{2010}'..='\u{2015}') {
                    out.push('-');
                } else if matches!(
                    d,
                    '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{02BB}' | '\u{02B9}'
                ) {
                    out.push('\'');
                } else {
                    out.push(' ');
                }
            }
        }
        i += 1;
    }
    out
}

/// A raw piece of a name before roles: display text, normalised text, all-caps flag,
/// and whether it followed a comma (comma form).
#[derive(Debug, Clone)]
struct Piece {
    display: String,
    norm: String,
    upper: bool,
    after_comma: bool,
    /// Joined to the previous piece by a hyphen ("Heung-min", "Jean-Claude").
    linked: bool,
}

fn is_word_sep(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';'
                | '/'
                | '('
                | ')'
                | '['
                | ']'
                | '"'
                | '&'
                | '+'
                | ':'
                | '|'
                | '{'
                | '}'
                | '<'
                | '>'
                | '!'
                | '?'
                | '*'
                | '='
                | '#'
                | '@'
                | '\\'
                | '~'
                | '^'
                | '_'
        )
}

/// Normalises one piece: keep ASCII letters and digits, lowercase; dots and apostrophes vanish.
fn norm_piece(p: &str) -> String {
    p.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn pieces(s: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut after_comma = false;
    for (word, sep_is_comma) in split_keep_comma(s) {
        let folded = fold(word);
        let orig_parts: Vec<&str> = word
            .split(is_hyphen)
            .filter(|p| !p.trim().is_empty())
            .collect();
        // Keep the separator before each part: a hyphen links it to the previous part.
        let mut folded_parts: Vec<(&str, bool)> = Vec::new();
        let mut start = 0;
        let mut linked = false;
        for (i, c) in folded.char_indices() {
            if is_hyphen(c) || c.is_whitespace() {
                let part = &folded[start..i];
                if !norm_piece(part).is_empty() {
                    folded_parts.push((part, linked));
                    linked = is_hyphen(c);
                } else if is_hyphen(c) && !folded_parts.is_empty() {
                    linked = true;
                }
                start = i + c.len_utf8();
            }
        }
        if !norm_piece(&folded[start..]).is_empty() {
            folded_parts.push((&folded[start..], linked));
        }
        let same = orig_parts.len() == folded_parts.len();
        for (k, &(fp, linked)) in folded_parts.iter().enumerate() {
            let norm = norm_piece(fp);
            if norm.is_empty() {
                continue;
            }
            let display = if same { orig_parts[k] } else { fp };
            let display =
                display.trim_matches(|c: char| c == '.' || c == '\'' || c.is_whitespace());
            let letters: Vec<char> = fp.chars().filter(|c| c.is_alphabetic()).collect();
            let upper = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            out.push(Piece {
                display: display.to_string(),
                norm,
                upper,
                after_comma,
                linked: linked && k > 0,
            });
        }
        if sep_is_comma {
            after_comma = true;
        }
    }
    out
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Splits on separators; reports whether a comma followed each word.
fn split_keep_comma(s: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if is_word_sep(c) {
            if let Some(st) = start.take() {
                out.push((&s[st..i], false));
            }
            if c == ',' {
                if let Some(last) = out.last_mut() {
                    last.1 = true;
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((&s[st..], false));
    }
    out
}

/// Tokens of a phrase from a data file (same normalisation as names, no roles).
pub(crate) fn simple_tokens(s: &str) -> Vec<String> {
    s.split(|c: char| is_word_sep(c) || is_hyphen(c))
        .map(norm_piece)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Number of leading pieces that form titles/honorifics (never all of them).
fn title_prefix_len(norms: &[&str], t: &Tables) -> usize {
    let mut i = 0;
    'outer: while i < norms.len() {
        let max = t.titles_max.min(norms.len() - i);
        for len in (1..=max).rev() {
            let cand: Vec<String> = norms[i..i + len].iter().map(|s| s.to_string()).collect();
            if t.titles.contains(&cand) {
                if i + len >= norms.len() {
                    break 'outer;
                }
                i += len;
                continue 'outer;
            }
        }
        break;
    }
    i
}

/// Length of a leading role phrase ending in a title head word ("Gazprom chief executive",
/// "Security Council deputy chairman"): everything up to the last head word, if at least two
/// words remain after it and none of them is a head word.
fn role_phrase_len(norms: &[&str], t: &Tables) -> usize {
    let Some(last) = norms.iter().rposition(|n| t.title_heads.contains(*n)) else {
        return 0;
    };
    if norms.len() - (last + 1) >= 2 {
        last + 1
    } else {
        0
    }
}

/// Removes leading titles, honorifics and role phrases:
/// "Defense Minister Sergei Shoigu" → "Sergei Shoigu". Never returns an empty name.
pub fn strip_titles(name: &str) -> String {
    let words = split_keep_comma(name);
    let norms: Vec<String> = words.iter().map(|(w, _)| norm_piece(&fold(w))).collect();
    let refs: Vec<&str> = norms.iter().map(String::as_str).collect();
    let n = title_prefix_len(&refs, tables()).max(role_phrase_len(&refs, tables()));
    if n == 0 {
        return name.trim().to_string();
    }
    match words.get(n) {
        Some((w, _)) => {
            let off = w.as_ptr() as usize - name.as_ptr() as usize;
            name[off..].trim().to_string()
        }
        None => name.trim().to_string(),
    }
}

/// Parses a name into tokens with roles. `query` strips leading titles.
pub fn parse_name(s: &str, schema: Schema, query: bool) -> Vec<Tok> {
    let t = tables();
    let mut ps = pieces(s);
    // Titles precede persons; "General Motors" is not General Motors' title. With the schema
    // unknown, keep at least two words.
    if query && matches!(schema, Schema::Person | Schema::Unknown) {
        let norms: Vec<&str> = ps.iter().map(|p| p.norm.as_str()).collect();
        let mut n = title_prefix_len(&norms, t).max(role_phrase_len(&norms, t));
        if schema == Schema::Unknown && ps.len() - n < 2 {
            n = 0;
        }
        ps.drain(..n);
    }
    if (matches!(schema, Schema::Vessel) || (query && schema == Schema::Unknown)) && ps.len() > 1 {
        for len in (1..=2.min(ps.len() - 1)).rev() {
            let cand: Vec<String> = ps[..len].iter().map(|p| p.norm.clone()).collect();
            if t.vessel_prefixes.contains(&cand) {
                ps.drain(..len);
                break;
            }
        }
    }
    let person = matches!(schema, Schema::Person);
    let comma_form = person && ps.iter().any(|p| p.after_comma) && !ps[0].after_comma;
    let any_upper = ps.iter().any(|p| p.upper);
    let any_lower = ps
        .iter()
        .any(|p| !p.upper && p.norm.len() >= 2 && p.norm.chars().any(|c| c.is_ascii_alphabetic()));
    let caps_surname = person && !comma_form && any_upper && any_lower;

    let mut out: Vec<Tok> = Vec::with_capacity(ps.len());
    let mut i = 0;
    while i < ps.len() {
        // Legal forms (multi-word), not for persons unless long enough to be unambiguous.
        let max = if t.legal_first.contains(&ps[i].norm) {
            t.legal_max.min(ps.len() - i)
        } else {
            0
        };
        let mut matched = None;
        for len in (1..=max).rev() {
            let cand: Vec<String> = ps[i..i + len].iter().map(|p| p.norm.clone()).collect();
            if let Some(canon) = t.legal.get(&cand) {
                let total: usize = cand.iter().map(String::len).sum();
                // In a person's name a legal form is a trailing word ("Maduro LLC"), never
                // the first one (the Korean surname "PAO" is not a Russian PAO).
                if !person || (total >= 3 && i > 0) {
                    // A name that is only a legal form keeps it as a word.
                    if len < ps.len() {
                        matched = Some((len, canon.clone()));
                    }
                }
                break;
            }
        }
        if let Some((len, canon)) = matched {
            let display = ps[i..i + len]
                .iter()
                .map(|p| p.display.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            out.push(Tok {
                linked: false,
                display,
                norm: canon.replace(' ', ""),
                role: Role::Legal,
            });
            i += len;
            continue;
        }
        let p = &ps[i];
        let role = if p.norm.chars().all(|c| c.is_ascii_digit()) {
            Role::Number
        } else if person && comma_form && !p.after_comma {
            // Before the comma is the surname, even a one-letter one (Korean "O").
            Role::Surname
        } else if p.norm.len() == 1 {
            Role::Initial
        } else if t.particles.contains(&p.norm) {
            Role::Particle
        } else if person && ((comma_form && !p.after_comma) || (caps_surname && p.upper)) {
            Role::Surname
        } else if person
            && p.norm.len() >= 6
            && t.patronymic
                .iter()
                .any(|suf| p.norm.ends_with(suf.as_str()))
        {
            Role::Patronymic
        } else {
            Role::Given
        };
        out.push(Tok {
            linked: p.linked,
            display: p.display.clone(),
            norm: p.norm.clone(),
            role,
        });
        i += 1;
    }
    mark_acronyms(&mut out);
    out
}

/// A word that is the initials of the name's other words ("FOREIGN TRADE BANK (FTB)") is
/// the same name abbreviated, not an extra word: it is weighed like a particle.
fn mark_acronyms(toks: &mut [Tok]) {
    if toks.len() < 3 {
        return;
    }
    for i in 0..toks.len() {
        let n = toks[i].norm.len();
        if n < 2 || toks[i].role == Role::Legal {
            continue;
        }
        let initials: String = toks
            .iter()
            .enumerate()
            .filter(|(j, t)| *j != i && matches!(t.role, Role::Given | Role::Surname))
            .filter_map(|(_, t)| t.norm.chars().next())
            .collect();
        if initials.len() == n && initials == toks[i].norm {
            toks[i].role = Role::Particle;
        }
    }
}

/// The name's words (legal forms left out) written together: "CHONG CHON GANG" and
/// "Chongchongang" are one name however the syllables are spaced.
pub fn whole(toks: &[Tok]) -> String {
    toks.iter()
        .filter(|t| t.role != Role::Legal)
        .map(|t| t.norm.as_str())
        .collect()
}

/// Whether a parsed name looks like a Korean personal name: two to four short words, the
/// surname (marked, or else the first word) a Korean surname. In such names every syllable
/// is part of the identity, so syllables are compared strictly.
pub fn looks_korean(toks: &[Tok]) -> bool {
    if !(2..=4).contains(&toks.len())
        || toks
            .iter()
            .any(|t| t.norm.len() > 6 || !t.norm.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return false;
    }
    let k = &tables().korean_surnames;
    match toks.iter().find(|t| t.role == Role::Surname) {
        Some(s) => k.contains(&s.norm),
        None => toks.iter().any(|t| k.contains(&t.norm)),
    }
}

/// The transliteration skeleton of a normalised token, plus alternative readings of "j".
pub fn skeletons(norm: &str) -> Vec<String> {
    let t = tables();
    // Digits inside words are look-alike obfuscation ("Ig0r Sech1n"); numbers stay numbers.
    let deleet: String;
    let norm = if norm.bytes().any(|b| b.is_ascii_digit())
        && norm.bytes().any(|b| b.is_ascii_alphabetic())
    {
        deleet = norm
            .chars()
            .map(|c| match c {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '8' => 'b',
                '9' => 'g',
                c => c,
            })
            .collect();
        deleet.as_str()
    } else {
        norm
    };
    let mut v = vec![skeleton_with(norm.as_bytes(), t)];
    // German/Polish j = й inside a word (Sergej, Marija); a word-initial j stays the
    // Korean/English j (Jong, Jin), which must not become y.
    if norm.len() > 1 && norm[1..].contains('j') {
        let (head, tail) = norm.split_at(1);
        let alt = format!("{head}{}", tail.replace('j', "y"));
        let s = skeleton_with(alt.as_bytes(), t);
        if !v.contains(&s) {
            v.push(s);
        }
    }
    // Latvian/Lithuanian nominative -s on foreign names ("Sergejs Lavrovs" = Sergey Lavrov).
    if norm.len() >= 6 && norm.ends_with('s') && !norm.ends_with("ss") {
        let stem = &norm[..norm.len() - 1];
        for s in [skeleton_with(stem.as_bytes(), t), {
            let (head, tail) = stem.split_at(1);
            skeleton_with(format!("{head}{}", tail.replace('j', "y")).as_bytes(), t)
        }] {
            if !v.contains(&s) {
                v.push(s);
            }
        }
    }
    // Other readings of ambiguous letters (German ch = х, x = х).
    for (from, to) in &t.alternatives {
        if v.len() >= 4 {
            break;
        }
        if norm.contains(from.as_str()) {
            let s = skeleton_with(norm.replace(from.as_str(), to).as_bytes(), t);
            if !v.contains(&s) {
                v.push(s);
            }
        }
    }
    v
}

fn skeleton_with(w: &[u8], t: &Tables) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(w.len());
    let mut i = 0;
    'outer: while i < w.len() {
        let idx = t
            .rules_by_first
            .get(w[i] as usize)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        for &ri in idx {
            let r = &t.skel_rules[ri as usize];
            let n = r.from.len();
            if i + n <= w.len()
                && &w[i..i + n] == r.from.as_slice()
                && (!r.at_start || i == 0)
                && (!r.at_end || i + n == w.len())
            {
                out.extend_from_slice(&r.to);
                i += n;
                continue 'outer;
            }
        }
        out.push(w[i]);
        i += 1;
    }
    out.dedup();
    String::from_utf8(out).unwrap_or_default()
}

/// A consonant key: skeleton without inner vowels, voiced plosives folded to voiceless.
pub fn consonant_key(skel: &str) -> String {
    let mut out = String::with_capacity(skel.len());
    for (i, c) in skel.chars().enumerate() {
        let c = match c {
            'b' => 'p',
            'd' => 't',
            'g' => 'k',
            'z' => 's',
            'v' => 'f',
            c => c,
        };
        if i > 0 && matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'h') {
            continue;
        }
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_romanises() {
        // McCune–Reischauer: initial ㅈ is "ch" (Kim Chong-un); skeletons fold ch/j.
        assert_eq!(fold("김정은"), "kim chong-un");
    }

    #[test]
    fn cyrillic_romanises() {
        assert_eq!(fold("Ротенберг").to_lowercase(), "rotenberg");
        assert_eq!(fold("Шойгу").to_lowercase(), "shoygu");
    }

    #[test]
    fn skeleton_folds_translit_variants() {
        assert_eq!(skeletons("kozhemiako")[0], skeletons("kozhemyako")[0]);
        assert_eq!(skeletons("dmitriy")[0], skeletons("dmitry")[0]);
        assert_eq!(skeletons("chong")[0], skeletons("jong")[0]);
        assert_eq!(skeletons("jeong")[0], skeletons("chong")[0]);
        assert_eq!(skeletons("ivanov")[0], skeletons("iwanow")[0]);
        assert_eq!(skeletons("ivanov")[0], skeletons("ivanoff")[0]);
        assert_eq!(skeletons("putin")[0], skeletons("poutine")[0]);
    }

    #[test]
    fn comma_form_marks_surname() {
        let t = parse_name("KOZHEMYAKO, Oleg Nikolayevich", Schema::Person, false);
        assert_eq!(t[0].role, Role::Surname);
        assert_eq!(t[1].role, Role::Given);
        assert_eq!(t[2].role, Role::Patronymic);
        let t = parse_name("PESKOV Dmitry Sergeyvich", Schema::Person, false);
        assert_eq!(t[0].role, Role::Surname);
    }

    #[test]
    fn titles_stripped() {
        assert_eq!(
            strip_titles("Defense Minister Sergei Shoigu"),
            "Sergei Shoigu"
        );
        assert_eq!(
            strip_titles("Kremlin spokesman Dmitry Peskov"),
            "Dmitry Peskov"
        );
        assert_eq!(strip_titles("Mr. Putin"), "Putin");
        assert_eq!(strip_titles("President"), "President");
    }

    #[test]
    fn legal_forms_canonical() {
        let t = parse_name("Siemens AG", Schema::Organization, false);
        assert_eq!(t[1].role, Role::Legal);
        let t = parse_name(
            "TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY",
            Schema::Organization,
            false,
        );
        assert_eq!(t.last().unwrap().norm, "jsc");
    }
}
