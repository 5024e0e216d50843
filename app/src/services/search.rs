//! Pure: full-text search over the service catalogue that handles Estonian word forms.
//!
//! Estonian inflects heavily (lasteaed, lasteaia, lasteaeda, lasteaiad, lasteaedades …) and
//! the stem itself changes (-aed/-aia-), so neither SQLite's FTS5 nor PostgreSQL's
//! `simple` configuration would match these forms, and no Estonian snowball stemmer is
//! on crates.io. The catalogue has some hundreds of services, so it is searched in memory
//! with one rule for both databases: a query word matches a word of the text when they
//! share a long enough beginning — all but the last two letters of the shorter word, and
//! at least four — and the text's word is not much shorter than the query's (so
//! "lasteaed" does not find "laste", nor "parking" "park"). That joins
//! lasteaed/lasteaiad/lasteaeda, parkimine/parkimisluba and kindergarten/kindergartens,
//! and the same code covers English and Russian. People type base forms; texts inflect.

use serde::{Deserialize, Serialize};

/// A query word shorter than this must match a word exactly (or begin it).
const MIN_STEM: usize = 4;
/// Letters the words may differ in at their ends.
const ENDING_SLACK: usize = 2;

/// The longest query searched, in characters and in words: each word is compared with every
/// word of every service, so without a cap one request could cost any amount of CPU. No
/// one looking for a service types more; the page says so next to the field.
pub const QUERY_MAX_CHARS: usize = 200;
pub const QUERY_MAX_WORDS: usize = 12;

/// Whether a query is short enough to search.
pub fn query_within_limits(text: &str) -> bool {
    text.chars().count() <= QUERY_MAX_CHARS && words(text).len() <= QUERY_MAX_WORDS
}

/// The words of a text: lower-cased letters and digits, everything else separates.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether a query word finds a word of the text, allowing Estonian (and English,
/// Russian) endings to differ. Compound words are found by their beginning.
pub fn word_matches(query: &str, word: &str) -> bool {
    let (q, w) = (query.chars().count(), word.chars().count());
    if q < MIN_STEM {
        return word.starts_with(query);
    }
    if w + ENDING_SLACK < q {
        return false;
    }
    shared_enough(query, word).is_some()
}

/// How many letters a query word and a text word share at their beginning, when that is
/// enough for them to be forms of one word.
fn shared_enough(query: &str, word: &str) -> Option<usize> {
    let (q, w) = (query.chars().count(), word.chars().count());
    let shared = common_prefix(query, word);
    (shared == q || shared >= MIN_STEM.max(q.min(w).saturating_sub(ENDING_SLACK))).then_some(shared)
}

/// A service's searchable text, by weight: its name counts most, then its keywords.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Searchable {
    pub name: Vec<String>,
    pub keywords: Vec<String>,
    pub body: Vec<String>,
}

impl Searchable {
    pub fn new(names: &[&str], keywords: &[&str], body: &[&str]) -> Self {
        let gather = |texts: &[&str]| texts.iter().flat_map(|t| words(t)).collect::<Vec<_>>();
        Searchable { name: gather(names), keywords: gather(keywords), body: gather(body) }
    }
}

/// How well a service answers the query: `None` when some query word is nowhere in it
/// (every word must be found), else a score where name matches weigh most.
pub fn score(query: &[String], text: &Searchable) -> Option<u32> {
    let mut total = 0;
    for q in query {
        // The longest shared beginning in each part: the closer the form, the better.
        let best = |words: &[String]| words.iter().filter(|w| word_matches(q, w)).filter_map(|w| shared_enough(q, w)).max();
        let (weight, shared) = if let Some(shared) = best(&text.name) {
            (60, shared)
        } else if let Some(shared) = best(&text.keywords) {
            (30, shared)
        } else if let Some(shared) = best(&text.body) {
            (10, shared)
        } else {
            return None;
        };
        total += weight + shared as u32;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_searched_only_up_to_its_limits() {
        assert!(query_within_limits("lasteaia koht"));
        assert!(query_within_limits(&"a".repeat(QUERY_MAX_CHARS)));
        assert!(!query_within_limits(&"a".repeat(QUERY_MAX_CHARS + 1)));
        assert!(query_within_limits(&vec!["sõna"; QUERY_MAX_WORDS].join(" ")));
        assert!(!query_within_limits(&vec!["sõna"; QUERY_MAX_WORDS + 1].join(" ")));
        assert!(!query_within_limits(&"ä".repeat(QUERY_MAX_CHARS + 1)), "counted in characters, not bytes");
    }

    fn q(text: &str) -> Vec<String> {
        words(text)
    }

    #[test]
    fn estonian_word_forms_find_each_other() {
        for form in ["lasteaed", "lasteaia", "lasteaeda", "lasteaiad", "lasteaedade", "lasteaiakoha"] {
            assert!(word_matches("lasteaed", form), "lasteaed ~ {form}");
        }
        for form in ["lasteaia", "lasteaeda", "lasteaiad"] {
            assert!(word_matches(form, "lasteaed"), "{form} ~ lasteaed");
        }
        assert!(word_matches("parkimine", "parkimisluba"));
        assert!(word_matches("kindergarten", "kindergartens"));
        assert!(word_matches("детский", "детского"));
    }

    #[test]
    fn different_words_do_not() {
        assert!(!word_matches("lasteaed", "laste"), "laste (children's) is not a kindergarten");
        assert!(!word_matches("kool", "koor"));
        assert!(!word_matches("ehitus", "elamu"));
        assert!(!word_matches("parking", "park"));
    }

    #[test]
    fn short_words_match_the_beginning_of_words() {
        assert!(word_matches("kool", "koolikoht"));
        assert!(word_matches("ait", "aitamine"));
        assert!(!word_matches("ait", "sait"));
    }

    #[test]
    fn every_query_word_must_be_found_and_names_weigh_most() {
        let kindergarten = Searchable::new(&["Lasteaiakoha taotlemine"], &["lasteaed", "kindergarten"], &["Koht lasteaias lapsele."]);
        let parking = Searchable::new(&["Elaniku parkimisluba"], &["parkimine"], &["Luba parkida kodu lähedal."]);
        assert!(score(&q("lasteaed"), &kindergarten).is_some());
        assert!(score(&q("lasteaed"), &parking).is_none());
        assert!(score(&q("lasteaed parkimine"), &kindergarten).is_none());
        let by_name = score(&q("parkimisluba"), &parking).unwrap();
        let by_body = score(&q("kodu"), &parking).unwrap();
        assert!(by_name > by_body);
        // The closer word form ranks first.
        let hobby = Searchable::new(&["Laste huviringid"], &[], &[]);
        assert!(score(&q("lasteaed"), &hobby).is_none());
    }
}
