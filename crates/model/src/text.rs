//! Documents, spans and sentences.
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into the text the user gave; `start <= end` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Builds a span, swapping the bounds if they are given in the wrong order.
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Length of the span in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text`, or `None` if it is out of bounds or splits a character.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// A span together with the text it covers, as shown to users as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte in the original input.
    pub end: usize,
    /// The covered text, verbatim from the original input.
    pub text: String,
}

impl Evidence {
    /// Builds evidence for `span` of `original`; `None` if the span does not fit the text.
    pub fn from_span(original: &str, span: Span) -> Option<Self> {
        span.slice(original).map(|t| Evidence {
            start: span.start,
            end: span.end,
            text: t.to_string(),
        })
    }
}

/// One input article after cleaning: its text and its sentences, all offsets into `original`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// Content hash (hex SHA-256 of the original bytes), so one article ingested twice is one document.
    pub id: String,
    /// Where the article came from: a file path or URL.
    pub source: String,
    /// Title, if one could be found (headline line or HTML `<title>`).
    pub title: Option<String>,
    /// The text exactly as the user gave it (HTML included); every span indexes into this.
    pub original: String,
    /// Sentences of the main text (boilerplate dropped), as spans into `original`.
    pub sentences: Vec<Sentence>,
    /// The headline before the body, read on its own: what it tells stands only where the body
    /// does not tell it ("North Korea sent arms to Hamas via Iran" over a story that says
    /// "the weapons" throughout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<Sentence>,
}

/// One sentence of a document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence lies in the original input.
    pub span: Span,
    /// The sentence text after safe repairs (run-together words split, stray characters dropped).
    /// Offsets inside it map back through `offsets`.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original input it came from
    /// (so an extracted phrase can be shown in the original).
    #[serde(skip)]
    pub offsets: Vec<usize>,
}

impl Sentence {
    /// Maps a byte range of the repaired `text` back to a span in the original input.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let map = |i: usize| -> usize {
            if self.offsets.is_empty() {
                return self.span.start + i.min(self.span.len());
            }
            match self.offsets.get(i) {
                Some(&o) => o,
                None => self.span.end,
            }
        };
        let s = map(start);
        let e = if end == 0 {
            s
        } else {
            match self.offsets.get(end - 1) {
                Some(&o) if !self.offsets.is_empty() => {
                    // one past the last original byte of the character that ends the range
                    o + 1
                }
                _ => map(end),
            }
        };
        Span::new(s, e.max(s))
    }
}
