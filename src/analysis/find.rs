//! What `find` computes: every role ranked by how well it fits a text in a person's own
//! words, a job title or a whole paragraph.
//!
//! Two views of each role, both TF-IDF over the library at hand:
//! - its names (title and aliases) as character trigrams of their words, so that spelling
//!   variants (`organisation`, `labour`), word order and typos still meet: a name scores
//!   the cosine of its trigrams with the text's, and a role its best name;
//! - what it is and does (names, summary and responsibilities) as stemmed content words,
//!   so that a description of the work finds the role that does it.
//!
//! A short text (a title) leans on the names, a long one on the work. Scores are in [0, 1].

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::vector::{Vector, dot, idf, tf_idf_with_norm};
use crate::matching::{for_each_content_token, normalize, stem};
use crate::role::Role;

/// How the views of a role weigh in its score: measured on ESCO occupations against the
/// O*NET import (`tests/it/find_eval.rs`; `examples/tune-find.rs` searches them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FindWeights {
    /// The weight of the names in the score of a title (the work has the rest).
    pub title_names: f64,
    /// The weight of the names in the score of a longer text.
    pub text_names: f64,
    /// The weight of a role's second-best name beside its best.
    pub second_name: f64,
    /// A text of at most this many content words is read as a title.
    pub title_words: usize,
}

impl Default for FindWeights {
    fn default() -> Self {
        FindWeights {
            title_names: 0.3,
            text_names: 0.25,
            second_name: 0.5,
            title_words: 6,
        }
    }
}

/// The roles of a library, ready to be searched.
#[derive(Debug)]
pub struct FindIndex {
    /// Every name: the role it names and its trigram vector.
    names: Vec<(usize, Vector)>,
    /// Each role's vector of content words.
    work: Vec<Vector>,
    /// What each role's work cosine is multiplied by: below 1 for a role with less text
    /// than most, whose cosine runs high on a word or two ([`pivoted_scales`]).
    work_scale: Vec<f64>,
    trigrams: TermWeights<u64>,
    words: TermWeights<String>,
    roles: usize,
}

/// Terms numbered, with their inverse document frequency in the library.
#[derive(Debug)]
struct TermWeights<T> {
    ids: HashMap<T, u32>,
    idf: Vec<f64>,
}

impl<T: std::hash::Hash + Eq + Clone> TermWeights<T> {
    /// Numbers the terms of `documents` and weighs each by `ln(N / df) + 1`.
    fn build<'a>(documents: impl Iterator<Item = &'a [T]>) -> TermWeights<T>
    where
        T: 'a,
    {
        let mut vocabulary = TermWeights {
            ids: HashMap::default(),
            idf: Vec::new(),
        };
        let mut frequency: Vec<u32> = Vec::new();
        let mut count = 0usize;
        for terms in documents {
            count += 1;
            let mut seen: Vec<u32> = terms
                .iter()
                .map(|term| {
                    let next = vocabulary.ids.len() as u32;
                    *vocabulary.ids.entry(term.clone()).or_insert(next)
                })
                .collect();
            seen.sort_unstable();
            seen.dedup();
            frequency.resize(vocabulary.ids.len(), 0);
            for id in seen {
                frequency[id as usize] += 1;
            }
        }
        vocabulary.idf = frequency.iter().map(|&df| idf(count, df)).collect();
        vocabulary
    }

    /// The L2-normalised TF-IDF vector of `terms`; terms the library never has are left out.
    fn vector(&self, terms: &[T]) -> Vector {
        self.vector_with_norm(terms).0
    }

    /// [`TermWeights::vector`], and its norm before normalising.
    fn vector_with_norm(&self, terms: &[T]) -> (Vector, f64) {
        // Counted by sorting: tens of thousands of short names, no map for each.
        let mut ids: Vec<u32> = terms
            .iter()
            .filter_map(|term| self.ids.get(term).copied())
            .collect();
        ids.sort_unstable();
        let mut counts: Vec<(u32, f64)> = Vec::with_capacity(ids.len());
        for id in ids {
            match counts.last_mut() {
                Some(last) if last.0 == id => last.1 += 1.0,
                _ => counts.push((id, 1.0)),
            }
        }
        tf_idf_with_norm(counts, &self.idf)
    }
}

impl FindIndex {
    /// Builds the index of `roles`.
    #[must_use]
    pub fn build(roles: &[Role]) -> FindIndex {
        // Each worker keeps the stems it has worked out: a library repeats its words.
        let name_grams: Vec<(usize, Vec<u64>)> = roles
            .par_iter()
            .enumerate()
            .map_init(Stems::default, |stems, (index, role)| {
                names_of(role)
                    .map(|name| (index, trigrams_with(name, stems)))
                    .collect::<Vec<_>>()
            })
            .flatten_iter()
            .collect();
        let work_terms: Vec<Vec<String>> = roles
            .par_iter()
            .map_init(Stems::default, |stems, role| work_words(role, stems))
            .collect();
        let trigrams = TermWeights::build(name_grams.iter().map(|(_, terms)| terms.as_slice()));
        let words = TermWeights::build(work_terms.iter().map(Vec::as_slice));
        let names = name_grams
            .par_iter()
            .map(|(role, grams)| (*role, trigrams.vector(grams)))
            .collect();
        let (work, norms): (Vec<Vector>, Vec<f64>) = work_terms
            .par_iter()
            .map(|terms| words.vector_with_norm(terms))
            .unzip();
        FindIndex {
            names,
            work,
            work_scale: pivoted_scales(&norms),
            trigrams,
            words,
            roles: roles.len(),
        }
    }

    /// Every role with a score above 0 for `text`, best first (ties in index order).
    #[must_use]
    pub fn search(&self, text: &str) -> Vec<(usize, f64)> {
        self.search_with(text, &FindWeights::default())
    }

    /// [`FindIndex::search`] with other weights.
    #[must_use]
    pub fn search_with(&self, text: &str, weights: &FindWeights) -> Vec<(usize, f64)> {
        let query_words = content_words(text);
        let is_title = query_words.len() <= weights.title_words;
        let query_trigrams = self.trigrams.vector(&trigrams(text));
        let query_work = self.words.vector(&query_words);
        let mut best_name = vec![0.0f64; self.roles];
        let mut second_name = vec![0.0f64; self.roles];
        for (role, vector) in &self.names {
            let score = dot(&query_trigrams, vector);
            if score > best_name[*role] {
                second_name[*role] = best_name[*role];
                best_name[*role] = score;
            } else if score > second_name[*role] {
                second_name[*role] = score;
            }
        }
        // A title is matched mostly by the names people use; a paragraph by the work.
        let name_weight = if is_title {
            weights.title_names
        } else {
            weights.text_names
        };
        let work_weight = 1.0 - name_weight;
        let mut ranked: Vec<(usize, f64)> = (0..self.roles)
            .map(|index| {
                // Two names alike weigh more than one; the very name, as typed, most.
                let names = if best_name[index] >= EXACT_NAME {
                    1.0
                } else {
                    (1.0 - weights.second_name) * best_name[index]
                        + weights.second_name * second_name[index]
                };
                let work = dot(&query_work, &self.work[index]) * self.work_scale[index];
                let score = name_weight * names + work_weight * work;
                (index, (score).clamp(0.0, 1.0))
            })
            .filter(|(_, score)| *score > 0.0)
            .collect();
        ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        ranked
    }
}

/// The names a role is known by: its title, and its aliases that are words (not codes).
fn names_of(role: &Role) -> impl Iterator<Item = &String> + '_ {
    std::iter::once(&role.title)
        .chain(&role.aliases)
        .filter(|name| name.chars().any(char::is_alphabetic))
}

/// The trigram cosine of a name that is the text itself (spelling aside).
const EXACT_NAME: f64 = 0.999;

/// The slope of the pivoted normalisation of the work: 1 is a plain cosine, lower evens
/// out more (measured with `examples/tune-find.rs`).
const PIVOT_SLOPE: f64 = 0.5;

/// How much of a plain cosine each document keeps under pivoted length normalisation
/// (Singhal, Buckley and Mitra, 1996): `norm / ((1 - s) * mean norm + s * norm)`. A cosine
/// favours short documents, on which one word in common weighs much ("Drafters, All
/// Other: all drafters not listed separately"); the pivot evens that out.
fn pivoted_scales(norms: &[f64]) -> Vec<f64> {
    let slope = PIVOT_SLOPE;
    let mean = norms.iter().sum::<f64>() / norms.len().max(1) as f64;
    norms
        .iter()
        .map(|&norm| {
            let pivot = (1.0 - slope) * mean + slope * norm;
            if pivot > 0.0 {
                (norm / pivot).min(1.0)
            } else {
                0.0
            }
        })
        .collect()
}

/// Words and their stems, worked out once.
#[derive(Default)]
struct Stems(HashMap<String, String>);

impl Stems {
    fn of(&mut self, word: &str) -> &str {
        if !self.0.contains_key(word) {
            self.0.insert(word.to_owned(), stem(word));
        }
        &self.0[word]
    }
}

/// The stemmed content words of a role's names, summary and responsibilities.
fn work_words(role: &Role, stems: &mut Stems) -> Vec<String> {
    let mut words = Vec::new();
    let texts = std::iter::once(&role.title)
        .chain(&role.aliases)
        .chain(&role.summary)
        .chain(role.responsibilities.iter().map(|item| &item.name));
    for text in texts {
        for_each_content_token(text, |word| words.push(stems.of(word).to_owned()));
    }
    words
}

/// The stemmed content words of a text.
fn content_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_content_token(text, |word| words.push(stem(word)));
    words
}

/// The character trigrams of each word of `text`, in normal form, each word padded with a
/// space on either side (`" da"`, `"dat"`, `"ata"`, `"ta "`); each packed into a number
/// (three characters of 21 bits), since a library has tens of thousands of names.
fn trigrams(text: &str) -> Vec<u64> {
    trigrams_with(text, &mut Stems::default())
}

/// [`trigrams`], with the stems worked out so far.
fn trigrams_with(text: &str, stems: &mut Stems) -> Vec<u64> {
    let mut grams = Vec::new();
    // Stemmed first, so that `accountant` meets `Accountants`.
    let words: Vec<String> = normalize(text)
        .split(' ')
        .filter(|word| !word.is_empty())
        .map(|word| stems.of(word).to_owned())
        .collect();
    for word in &words {
        let padded: Vec<char> = std::iter::once(' ')
            .chain(word.chars())
            .chain(std::iter::once(' '))
            .collect();
        for window in padded.windows(3) {
            grams.push(
                window
                    .iter()
                    .fold(0u64, |packed, &c| (packed << 21) | u64::from(u32::from(c))),
            );
        }
    }
    grams
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Item;

    fn role(title: &str, aliases: &[&str], work: &[&str]) -> Role {
        Role {
            id: normalize(title).replace(' ', "-"),
            title: title.to_owned(),
            aliases: aliases.iter().map(|&a| a.to_owned()).collect(),
            responsibilities: work.iter().map(|&w| Item::named(w)).collect(),
            ..Role::default()
        }
    }

    fn library() -> Vec<Role> {
        vec![
            role(
                "Labor Relations Specialists",
                &["Union Organizer"],
                &["Negotiate collective bargaining agreements"],
            ),
            role(
                "Data Scientists",
                &["Machine Learning Scientist"],
                &["Build statistical models of data"],
            ),
            role(
                "Sustainability Specialists",
                &["Sustainability Manager"],
                &["Reduce the environmental impact of an organization"],
            ),
        ]
    }

    #[test]
    fn spelling_variants_word_order_and_typos_find_their_role() {
        let roles = library();
        let index = FindIndex::build(&roles);
        for (query, expected) in [
            ("labour relations specialist", 0),
            ("specialist relations labor", 0),
            ("data scientst", 1),
            ("sustainability manager", 2),
        ] {
            let found = index.search(query);
            assert_eq!(found[0].0, expected, "{query}: {found:?}");
            assert!(found.iter().all(|(_, score)| (0.0..=1.0).contains(score)));
        }
    }

    #[test]
    fn a_description_finds_the_role_that_does_the_work() {
        let roles = library();
        let index = FindIndex::build(&roles);
        let found = index.search(
            "Someone who negotiates collective bargaining agreements between a company and the union representing its workers",
        );
        assert_eq!(found[0].0, 0, "{found:?}");
    }

    #[test]
    fn nothing_in_common_finds_nothing() {
        let index = FindIndex::build(&library());
        assert!(index.search("zzzz qqqq").is_empty());
        assert!(index.search("").is_empty());
    }
}
