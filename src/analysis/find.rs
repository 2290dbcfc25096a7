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

use super::vector::{Vector, dot, idf, tf_idf_in_place, tf_idf_with_norm};
use crate::matching::{for_each_content_token, for_each_token, normalize, stem};
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
    /// Every name: the role it names and where its trigram vector lies in `name_terms`.
    names: Vec<NameSpan>,
    /// The trigram vectors of all names, one after the other: a library has tens of
    /// thousands of names, and one allocation for all of them is much faster to build.
    name_terms: Vec<(u32, f64)>,
    /// Each role's vector of content words.
    work: Vec<Vector>,
    /// What each role's work cosine is multiplied by: below 1 for a role with less text
    /// than most, whose cosine runs high on a word or two ([`pivoted_scales`]).
    work_scale: Vec<f64>,
    trigrams: TermWeights<u64>,
    words: TermWeights<String>,
    roles: usize,
}

/// A name of a role: the role's index and the range of its vector in the flat store.
#[derive(Debug, Clone, Copy)]
struct NameSpan {
    role: u32,
    start: u32,
    end: u32,
}

/// Terms numbered, with their inverse document frequency in the library.
#[derive(Debug)]
struct TermWeights<T> {
    ids: HashMap<T, u32>,
    idf: Vec<f64>,
}

impl<T: std::hash::Hash + Eq + Clone> TermWeights<T> {
    /// Numbers the terms of `documents`, each sorted, and weighs each by `ln(N / df) + 1`.
    fn build<'a>(documents: impl Iterator<Item = &'a [T]>) -> TermWeights<T>
    where
        T: 'a,
    {
        let mut ids: HashMap<T, u32> = HashMap::default();
        let mut frequency: Vec<u32> = Vec::new();
        let mut count = 0usize;
        for terms in documents {
            count += 1;
            for run in terms.chunk_by(|a, b| a == b) {
                let next = ids.len() as u32;
                let id = *ids.entry(run[0].clone()).or_insert(next);
                if id == next {
                    frequency.push(0);
                }
                frequency[id as usize] += 1;
            }
        }
        let idf = frequency.iter().map(|&df| idf(count, df)).collect();
        TermWeights { ids, idf }
    }

    /// The L2-normalised TF-IDF vector of `terms`; terms the library never has are left out.
    fn vector(&self, terms: &[T]) -> Vector {
        self.vector_with_norm(terms).0
    }

    /// [`TermWeights::vector`], and its norm before normalising.
    fn vector_with_norm(&self, terms: &[T]) -> (Vector, f64) {
        let ids: Vec<u32> = terms
            .iter()
            .filter_map(|term| self.ids.get(term).copied())
            .collect();
        tf_idf_with_norm(counted(ids), &self.idf)
    }
}

/// Each distinct id of `ids` with how many times it occurs, counted by sorting: tens of
/// thousands of short names, no map for each.
fn counted(mut ids: Vec<u32>) -> Vec<(u32, f64)> {
    ids.sort_unstable();
    ids.chunk_by(|a, b| a == b)
        .map(|run| (run[0], run.len() as f64))
        .collect()
}

impl FindIndex {
    /// Builds the index of `roles`.
    #[must_use]
    pub fn build(roles: &[Role]) -> FindIndex {
        let ((names, name_terms, trigrams), (work, work_scale, words)) =
            rayon::join(|| names_view(roles), || work_view(roles));
        FindIndex {
            names,
            name_terms,
            work,
            work_scale,
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
        for name in &self.names {
            let vector = &self.name_terms[name.start as usize..name.end as usize];
            let score = dot(&query_trigrams, vector);
            let role = name.role as usize;
            if score > best_name[role] {
                second_name[role] = best_name[role];
                best_name[role] = score;
            } else if score > second_name[role] {
                second_name[role] = score;
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

/// How many roles one worker takes: one chunk a core, so each numbers its words once.
fn chunk_size(roles: usize) -> usize {
    roles.div_ceil(rayon::current_num_threads()).max(64)
}

/// The names one worker has read: the role and number of trigrams of each name, and the
/// sorted trigrams of all of them, end to end.
#[derive(Default)]
struct NameGrams {
    names: Vec<(u32, u32)>,
    grams: Vec<u64>,
}

impl NameGrams {
    /// Each name's role and sorted trigrams.
    fn each(&self) -> impl Iterator<Item = (u32, &[u64])> {
        self.names.iter().scan(0usize, |start, &(role, len)| {
            let name = &self.grams[*start..*start + len as usize];
            *start += len as usize;
            Some((role, name))
        })
    }
}

/// Name vectors: each name's span, and its vector's entries, end to end.
type NameVectors = (Vec<NameSpan>, Vec<(u32, f64)>);

/// The names view: every name's span, the trigram vectors of all names, and the trigrams'
/// weights.
fn names_view(roles: &[Role]) -> (Vec<NameSpan>, Vec<(u32, f64)>, TermWeights<u64>) {
    let chunk = chunk_size(roles.len());
    let parts: Vec<NameGrams> = roles
        .par_chunks(chunk)
        .enumerate()
        .map(|(part, roles)| {
            let mut words = LocalWords::default();
            let mut read = NameGrams::default();
            for (offset, role) in roles.iter().enumerate() {
                let index = (part * chunk + offset) as u32;
                for name in names_of(role) {
                    let start = read.grams.len();
                    push_trigrams(name, &mut words, &mut read.grams);
                    read.grams[start..].sort_unstable();
                    read.names.push((index, (read.grams.len() - start) as u32));
                }
            }
            read
        })
        .collect();
    let weights = TermWeights::build(parts.iter().flat_map(|part| part.each().map(|n| n.1)));
    // The vectors, each part on its own core, then laid end to end.
    let vectors: Vec<NameVectors> = parts
        .par_iter()
        .map(|part| {
            let (mut spans, mut terms) = (Vec::with_capacity(part.names.len()), Vec::new());
            for (role, name) in part.each() {
                let first = terms.len();
                for run in name.chunk_by(|a, b| a == b) {
                    if let Some(&id) = weights.ids.get(&run[0]) {
                        terms.push((id, run.len() as f64));
                    }
                }
                tf_idf_in_place(&mut terms[first..], &weights.idf);
                spans.push(NameSpan {
                    role,
                    start: first as u32,
                    end: terms.len() as u32,
                });
            }
            (spans, terms)
        })
        .collect();
    let mut names = Vec::new();
    let mut name_terms = Vec::new();
    for (spans, terms) in vectors {
        let offset = name_terms.len() as u32;
        names.extend(spans.into_iter().map(|span| NameSpan {
            start: span.start + offset,
            end: span.end + offset,
            ..span
        }));
        name_terms.extend(terms);
    }
    (names, name_terms, weights)
}

/// The work view: each role's vector of stemmed content words (names, summary and
/// responsibilities), how much of its cosine it keeps, and the words' weights.
fn work_view(roles: &[Role]) -> (Vec<Vector>, Vec<f64>, TermWeights<String>) {
    // Each worker numbers the words it meets; the numbers are made one below.
    let parts: Vec<(Vec<Vec<u32>>, Vec<String>)> = roles
        .par_chunks(chunk_size(roles.len()))
        .map(|roles| {
            let mut words = LocalWords::default();
            let work = roles.iter().map(|role| words.work_of(role)).collect();
            (work, words.stems)
        })
        .collect();
    let mut ids: HashMap<String, u32> = HashMap::default();
    let mut counts: Vec<Vec<(u32, f64)>> = Vec::with_capacity(roles.len());
    for (work, stems) in parts {
        let global: Vec<u32> = stems
            .into_iter()
            .map(|stem| {
                let next = ids.len() as u32;
                *ids.entry(stem).or_insert(next)
            })
            .collect();
        counts.extend(
            work.into_iter()
                .map(|local| counted(local.into_iter().map(|id| global[id as usize]).collect())),
        );
    }
    let mut frequency = vec![0u32; ids.len()];
    for role in &counts {
        for &(id, _) in role {
            frequency[id as usize] += 1;
        }
    }
    let idf: Vec<f64> = frequency.iter().map(|&df| idf(roles.len(), df)).collect();
    let (work, norms): (Vec<Vector>, Vec<f64>) = counts
        .into_par_iter()
        .map(|counts| tf_idf_with_norm(counts, &idf))
        .unzip();
    (work, pivoted_scales(&norms), TermWeights { ids, idf })
}

/// The words one worker has met, each numbered, with its stem: a library repeats the same
/// words many times, so each is stemmed once.
#[derive(Default)]
struct LocalWords {
    ids: HashMap<String, u32>,
    stems: Vec<String>,
}

impl LocalWords {
    /// The number of `word`, stemmed the first time it is met.
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.stems.len() as u32;
        self.stems.push(stem(word));
        self.ids.insert(word.to_owned(), id);
        id
    }

    /// The numbers of the content words of a role's names, summary and responsibilities.
    fn work_of(&mut self, role: &Role) -> Vec<u32> {
        let mut words = Vec::new();
        let texts = std::iter::once(&role.title)
            .chain(&role.aliases)
            .chain(&role.summary)
            .chain(role.responsibilities.iter().map(|item| &item.name));
        for text in texts {
            for_each_content_token(text, |word| words.push(self.id(word)));
        }
        words
    }
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
    let mut grams = Vec::new();
    push_trigrams(text, &mut LocalWords::default(), &mut grams);
    grams
}

/// Appends the trigrams of `text` to `grams`, its words stemmed first, so that
/// `accountant` meets `Accountants`.
fn push_trigrams(text: &str, words: &mut LocalWords, grams: &mut Vec<u64>) {
    let start = grams.len();
    for_each_token(text, |token| {
        let id = words.id(token);
        push_word_trigrams(&words.stems[id as usize], grams);
    });
    if grams.len() == start {
        // No word at all ("C++" is punctuation to the tokeniser): the text as it stands.
        for word in normalize(text).split(' ').filter(|word| !word.is_empty()) {
            push_word_trigrams(&stem(word), grams);
        }
    }
}

/// Appends the trigrams of one word, padded with a space on either side.
fn push_word_trigrams(word: &str, grams: &mut Vec<u64>) {
    const MASK: u64 = (1 << 63) - 1;
    let mut packed = 0u64;
    let padded = std::iter::once(' ')
        .chain(word.chars())
        .chain(std::iter::once(' '));
    for (seen, c) in padded.enumerate() {
        packed = ((packed << 21) | u64::from(u32::from(c))) & MASK;
        if seen >= 2 {
            grams.push(packed);
        }
    }
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
