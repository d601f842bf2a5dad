//! Text search over milestones in both scripts: case- and accent-insensitive for Latin text, hyphens ignored
//! ("gpt3" finds GPT-3), substring for Chinese in either script (Simplified folds to Traditional) and with the
//! note's own wording (反饋 finds 回饋), and dates ("2017", "Jun 2017", "2017年6月"). Every term of a query must
//! match (AND). Pure; the folded text of each milestone is built once.

mod fold;

pub use fold::fold;
use fold::fold_char;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use crate::format;
use crate::model::{Date, Lang, Milestone, Timeline};

/// The search as typed, with its parsed terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    text: String,
    query: Query,
}

impl Search {
    pub fn new(text: &str) -> Search {
        Search {
            text: text.to_string(),
            query: Query::parse(text),
        }
    }

    /// The text as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn query(&self) -> &Query {
        &self.query
    }

    /// No term to look for (blank text).
    pub fn is_empty(&self) -> bool {
        self.query.is_empty()
    }
}

/// A parsed query: folded terms, split on white space.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        Query {
            terms: fold(text).split_whitespace().map(str::to_string).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether every term occurs in `m`'s searchable text (titles, people, organisations, descriptions and
    /// figures, in both languages). `m` is one of `timeline`'s milestones.
    pub fn matches(&self, m: &Milestone, timeline: &Timeline) -> bool {
        if self.terms.is_empty() {
            return true;
        }
        let index = index(timeline);
        let own;
        let text = match index.by_id.get(m.id) {
            Some(&at) => index.texts[at].as_str(),
            None => {
                own = haystack(m, timeline);
                own.as_str()
            }
        };
        self.terms.iter().all(|term| text.contains(term.as_str()))
    }
}

/// Everything a search looks at for one milestone, folded, both languages, fields separated by a newline (so
/// a term cannot match across fields).
pub fn haystack(m: &Milestone, timeline: &Timeline) -> String {
    let mut parts: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        parts.push(m.title.get(lang).to_string());
        parts.push(m.who.get(lang).to_string());
        parts.push(m.text.get(lang).to_string());
        parts.push(format::date(
            lang,
            Date {
                year: m.year,
                month: 0,
                day: 0,
            },
        ));
        for dated in m.dates {
            parts.push(format::date(lang, dated.date));
        }
        for org in m.orgs.iter().filter_map(|id| timeline.org(id)) {
            parts.push(org.label.get(lang).to_string());
        }
        for f in m.figures {
            parts.push(format!(
                "{} {}",
                format::figure_value(lang, f),
                f.measure.get(lang)
            ));
        }
    }
    fold(&parts.join("\n"))
}

/// Builds the search text of every milestone of `timeline` now (the search box calls this when it takes focus,
/// so that the first keystroke does not pay for it).
pub fn warm(timeline: &Timeline) {
    index(timeline);
}

/// The folded text of every milestone, built once per timeline; milestones made of the same texts share one.
struct Index {
    by_id: HashMap<&'static str, usize>,
    texts: Vec<String>,
}

/// What a milestone's search text is made of: its texts, year, dates, organisations and figures, by address.
/// Milestones with equal keys have the same search text (the data's strings are static, equal ones stored once).
fn source_key(m: &Milestone) -> [usize; 19] {
    let text = |t: &crate::model::Text| {
        [
            t.zh.as_ptr() as usize,
            t.zh.len(),
            t.en.as_ptr() as usize,
            t.en.len(),
        ]
    };
    let [a, b, c, d] = text(&m.title);
    let [e, f, g, h] = text(&m.who);
    let [i, j, k, l] = text(&m.text);
    let (orgs, figures) = (m.orgs.as_ptr() as usize, m.figures.as_ptr() as usize);
    let (o, p) = (m.orgs.len(), m.figures.len());
    let (dates, q) = (m.dates.as_ptr() as usize, m.dates.len());
    let year = usize::from(m.year);
    [
        a, b, c, d, e, f, g, h, i, j, k, l, orgs, o, figures, p, dates, q, year,
    ]
}

/// A timeline's index, by the address and length of its milestones.
type Indexes = Vec<((usize, usize), Rc<Index>)>;

thread_local! {
    /// Indexes by timeline: in practice one, the compiled timeline.
    static INDEXES: RefCell<Indexes> = const { RefCell::new(Vec::new()) };
}

fn index(timeline: &Timeline) -> Rc<Index> {
    let key = (
        timeline.milestones.as_ptr() as usize,
        timeline.milestones.len(),
    );
    INDEXES.with(|indexes| {
        if let Some((_, index)) = indexes.borrow().iter().find(|(k, _)| *k == key) {
            return index.clone();
        }
        let mut by_key: HashMap<[usize; 19], usize> = HashMap::new();
        let mut texts = Vec::new();
        let by_id = timeline
            .milestones
            .iter()
            .map(|m| {
                let at = *by_key.entry(source_key(m)).or_insert_with(|| {
                    texts.push(haystack(m, timeline));
                    texts.len() - 1
                });
                (m.id, at)
            })
            .collect();
        let index = Rc::new(Index { by_id, texts });
        indexes.borrow_mut().push((key, index.clone()));
        index
    })
}

/// The byte ranges of `text` that match a query term, merged and in order, for highlighting.
pub fn highlights(text: &str, query: &Query) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    // Fold character by character, remembering which original range each folded byte came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        for _ in before..folded.len() {
            origin.push(start..start + c.len_utf8());
        }
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for term in query.terms() {
        let mut from = 0;
        while let Some(at) = folded[from..].find(term.as_str()) {
            let begin = from + at;
            let end = begin + term.len();
            ranges.push(origin[begin].start..origin[end - 1].end);
            from = begin + term.len().max(1);
            while !folded.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    crate::order::sort_by_key(&mut ranges, |r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The parts of `text` that `query` matches (see `highlights`), in UTF-16 code units, as the DOM counts
/// offsets into a text node: what the page marks (`browser::mark_search`).
pub fn utf16_highlights(text: &str, query: &Query) -> Vec<Range<u32>> {
    let mut at = (0, 0u32);
    let mut to_utf16 = |byte: usize| {
        at.1 += text[at.0..byte]
            .chars()
            .map(|c| c.len_utf16() as u32)
            .sum::<u32>();
        at.0 = byte;
        at.1
    };
    highlights(text, query)
        .into_iter()
        .map(|r| to_utf16(r.start)..to_utf16(r.end))
        .collect()
}
