//! Token similarity: exact, transliteration skeleton, name groups, initials, phonetic key
//! and a voicing/vowel-aware weighted edit distance with length-aware caps.
use crate::tables::tables;
use crate::text::{consonant_key, skeletons, Role};
use embargo_model::MatchKind;

/// Everything needed to compare one token; interned once per distinct spelling.
#[derive(Debug, Clone)]
pub struct TokInfo {
    /// Normalised spelling.
    pub norm: String,
    /// Transliteration skeletons (first is the primary).
    pub skels: Vec<String>,
    /// Consonant key of the primary skeleton.
    pub ckey: String,
    /// Name-equivalence groups the spelling belongs to.
    pub groups: Vec<u32>,
    /// Whether it is a number.
    pub numeric: bool,
    /// Letters present in the primary skeleton (bit per a..z), for a cheap distance bound.
    pub mask: u32,
}

impl TokInfo {
    /// Computes the comparison data of a normalised token.
    pub fn new(norm: &str) -> TokInfo {
        let skels = skeletons(norm);
        let ckey = consonant_key(&skels[0]);
        let groups = tables().name_groups.get(norm).cloned().unwrap_or_default();
        let mask = skels[0]
            .bytes()
            .filter(u8::is_ascii_lowercase)
            .fold(0u32, |m, b| m | 1 << (b - b'a'));
        TokInfo {
            mask,
            norm: norm.to_string(),
            skels,
            ckey,
            groups,
            numeric: norm.bytes().all(|b| b.is_ascii_digit()),
        }
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn sub_cost(a: u8, b: u8) -> f32 {
    if a == b {
        return 0.0;
    }
    if is_vowel(a) && is_vowel(b) {
        return 0.5;
    }
    let (x, y) = if a < b { (a, b) } else { (b, a) };
    match (x, y) {
        (b'b', b'p')
        | (b'd', b't')
        | (b'g', b'k')
        | (b's', b'z')
        | (b'f', b'v')
        | (b'l', b'r')
        | (b'c', b'k')
        | (b'c', b'z')
        | (b'c', b's')
        | (b'h', b'k')
        | (b'g', b'h') => 0.5,
        _ => 1.0,
    }
}

fn indel_cost(c: u8) -> f32 {
    match c {
        b'h' | b'i' => 0.5,
        c if is_vowel(c) => 0.7,
        _ => 1.0,
    }
}

/// Weighted Levenshtein distance on ASCII skeletons.
pub fn weighted_distance(a: &[u8], b: &[u8]) -> f32 {
    if a.is_empty() {
        return b.iter().map(|&c| indel_cost(c)).sum();
    }
    if b.is_empty() {
        return a.iter().map(|&c| indel_cost(c)).sum();
    }
    // Three rows, on the stack for ordinary name lengths.
    const N: usize = 40;
    let w = b.len() + 1;
    let mut stack = [0.0f32; 3 * N];
    let mut heap: Vec<f32>;
    let buf: &mut [f32] = if w <= N {
        &mut stack[..3 * w]
    } else {
        heap = vec![0.0f32; 3 * w];
        &mut heap[..]
    };
    let (prev, rest) = buf.split_at_mut(w);
    let (pprev, cur) = rest.split_at_mut(w);
    let (mut prev, mut pprev, mut cur) = (prev, pprev, cur);
    for (j, &c) in b.iter().enumerate() {
        prev[j + 1] = prev[j] + indel_cost(c);
    }
    // Damerau variant (adjacent transposition costs 0.6: "Marcon" ~ "Macron").
    for (ia, &ca) in a.iter().enumerate() {
        cur[0] = prev[0] + indel_cost(ca);
        for (j, &cb) in b.iter().enumerate() {
            let s = prev[j] + sub_cost(ca, cb);
            let d = prev[j + 1] + indel_cost(ca);
            let i = cur[j] + indel_cost(cb);
            let mut v = s.min(d).min(i);
            if ia > 0 && j > 0 && ca == b[j - 1] && a[ia - 1] == cb && ca != cb {
                v = v.min(pprev[j - 1] + 0.6);
            }
            cur[j + 1] = v;
        }
        std::mem::swap(&mut pprev, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Similarity of two skeletons from the weighted distance: 1 − d/len, stricter for short tokens.
pub fn skel_similarity(a: &str, b: &str) -> f64 {
    let la = a.len().max(b.len());
    if la == 0 {
        return 0.0;
    }
    // Quick reject: lengths too far apart can never reach a useful score.
    let diff = a.len().abs_diff(b.len()) as f64;
    if diff * 0.5 / la as f64 > 0.5 {
        return 0.0;
    }
    let d = weighted_distance(a.as_bytes(), b.as_bytes()) as f64;
    if d == 0.0 {
        return 1.0;
    }
    let short = a.len().min(b.len());
    let mut s = 1.0 - d / la as f64;
    if short <= 3 {
        s -= 0.15;
    } else if short <= 4 {
        s -= 0.05;
    }
    s.max(0.0)
}

/// Similarity of two tokens and how they matched. `None` kind means no useful match.
pub fn token_similarity(q: &TokInfo, l: &TokInfo, q_role: Role, l_role: Role) -> (f64, MatchKind) {
    if q.norm == l.norm {
        return (1.0, MatchKind::Exact);
    }
    if q.numeric || l.numeric {
        return (0.0, MatchKind::EditDistance);
    }
    if q_role == Role::Legal || l_role == Role::Legal {
        // Different legal forms are merely different, never similar.
        return (0.0, MatchKind::EditDistance);
    }
    let (qs, ls) = (q.norm.len(), l.norm.len());
    if qs == 1 || ls == 1 {
        if q.norm.as_bytes()[0] == l.norm.as_bytes()[0] {
            return (0.85, MatchKind::Initial);
        }
        return (0.0, MatchKind::Initial);
    }
    for a in &q.skels {
        for b in &l.skels {
            if a == b {
                return (0.97, MatchKind::Transliteration);
            }
        }
    }
    if q.groups.iter().any(|g| l.groups.contains(g)) {
        return (0.95, MatchKind::Alias);
    }
    // Cheap bound: each edit changes the letter set by at most two letters and costs at
    // least 0.5, so a large letter-set difference rules out a useful similarity.
    if q.skels.len() == 1 && l.skels.len() == 1 {
        let diff = (q.mask ^ l.mask).count_ones() as f64;
        let len = q.skels[0].len().max(l.skels[0].len()).max(1) as f64;
        if 1.0 - 0.25 * diff / len < crate::score::ACCEPT_PAIR {
            return (0.0, MatchKind::EditDistance);
        }
    }
    let mut best = 0.0f64;
    for a in &q.skels {
        for b in &l.skels {
            best = best.max(skel_similarity(a, b));
        }
    }
    let best = best.min(0.93);
    // Same consonant skeleton and same first letter: a sound-alike spelling.
    if q.ckey.len() >= 3
        && q.skels[0].len().min(l.skels[0].len()) >= 5
        && q.ckey == l.ckey
        && (0.7..0.86).contains(&best)
        && q.skels[0].as_bytes()[0] == l.skels[0].as_bytes()[0]
    {
        return (0.86, MatchKind::Phonetic);
    }
    (best, MatchKind::EditDistance)
}

/// In Korean names every syllable is part of the identity: two syllables that are not the
/// same after transliteration pair only if they start with the same consonant (voicing
/// folded: Gi ~ Ki, Ryon ~ Ryong) — Jong is not Yong, Kang is not Jang.
pub fn korean_gate(q: &TokInfo, l: &TokInfo, r: (f64, MatchKind)) -> (f64, MatchKind) {
    match r.1 {
        MatchKind::EditDistance | MatchKind::Phonetic => {
            let same_start = q.ckey.as_bytes().first() == l.ckey.as_bytes().first();
            if same_start {
                r
            } else {
                (0.0, r.1)
            }
        }
        _ => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: &str, b: &str) -> f64 {
        token_similarity(&TokInfo::new(a), &TokInfo::new(b), Role::Given, Role::Given).0
    }

    #[test]
    fn similarities_are_ordered() {
        assert_eq!(s("oleg", "oleg"), 1.0);
        assert!(s("kozhemiako", "kozhemyako") >= 0.95);
        assert!(s("oleh", "oleg") >= 0.9);
        assert!(s("ri", "lee") >= 0.9);
        assert!(s("ivan", "oleg") < 0.5);
        assert!(s("shoigu", "shoygu") >= 0.95);
        // Г written H (Ukrainian/German style) is one cheap edit from G.
        assert!(s("href", "gref") > 0.8);
        assert!(s("hryhoriy", "grigory") > s("hryhoriy", "petro"));
    }
}
